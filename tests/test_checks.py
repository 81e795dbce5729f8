"""Stance-aware checks: stance filters mentions, the sentence budget stops term-stringing."""

from __future__ import annotations

import pytest

from mockpm.checks import axis_terms, run_check, run_checks
from mockpm.models import Criterion, KeywordCheck


def crit(cid: str, points: int, axis: str = "model-quality-and-safety", **check) -> Criterion:
    return Criterion(id=cid, axis=axis, statement="A statement long enough.", points=points,
                     check=KeywordCheck(**check), seed="000_94df4dbab0b20ccd.txt", reason="A reason long enough.")


def test_positive_criterion_needs_an_asserted_mention():
    chk = KeywordCheck(any=["silent mode"])
    assert run_check(chk, "We run silent mode for eight weeks.").met
    assert not run_check(chk, "I would skip silent mode because it slows us down.").met
    assert not run_check(chk, "Silent mode is something for later.").met


def test_red_flag_counts_any_mention_that_is_not_negated_or_quoted():
    chk = KeywordCheck(any=["retention"])
    assert run_check(chk, "This is a retention problem.", red_flag=True).met
    assert not run_check(chk, "This is not a retention problem.", red_flag=True).met
    assert not run_check(chk, 'I would question the word "retention" here.', red_flag=True).met
    later = KeywordCheck(any=["FDA later"])
    assert run_check(later, "We deal with the FDA later.", red_flag=True).met



def test_a_red_flag_that_names_a_negation_keeps_it_when_a_gate_follows():
    # "no submission is needed" is the claim itself; "before launch" does not make it a rule
    chk = KeywordCheck(any=[r"re:\bno\s+(?:FDA\s+)?submission\s+(?:is\s+)?needed\b"])
    assert run_check(chk, "No FDA submission is needed before launch.", red_flag=True).met
    assert run_check(chk, "We stay under the wellness policy and no FDA submission is needed before launch.", red_flag=True).met



def test_the_condition_a_rule_sets_is_no_red_flag():
    # "never X without Y": the candidate requires Y; the same words without the rule drop it
    chk = KeywordCheck(any=["without a pharmacist"])
    assert not run_check(chk, "Never prompt a restart without a pharmacist check.", red_flag=True).met
    assert not run_check(chk, "We don't send a restart prompt without a pharmacist check.", red_flag=True).met
    assert run_check(chk, "Prompt a restart without a pharmacist check.", red_flag=True).met
    assert run_check(chk, "Never wait: prompt a restart without a pharmacist check.", red_flag=True).met


def test_a_red_flag_anchored_after_a_stop_is_read_in_the_sentence_it_names():
    # the match starts on the space after "them."; the move is judged by what it would do
    chk = KeywordCheck(any=[r"re:(?<=[.!?])[^.!?]*?\bretir\w*\s+audio-only"])
    assert run_check(chk, "Phone visits: keep them. We retire audio-only in Q2.", red_flag=True).met
    assert not run_check(chk, "Phone visits: keep them. Retiring audio-only would strand the patients who most need us.",
                         red_flag=True).met



def test_a_red_flag_that_runs_into_a_quotation_is_read_by_the_words_before_it():
    chk = KeywordCheck(any=[r're:\bframe\s+(?:it|them)\s+as\s+"?wellness'])
    assert run_check(chk, 'My plan would be to frame them as "wellness coping tips" with a disclaimer.', red_flag=True).met
    assert not run_check(chk, 'Marketing told me to "frame them as wellness tips and move on".', red_flag=True).met


@pytest.mark.parametrize(("text", "met"), [
    ("We skip sign-off to hold the date.", True),
    ("We will never skip sign-off.", False),
    ("I'd refuse outright to skip sign-off or let an unsigned draft leave the building.", False),
    ("I declined to skip sign-off when sales asked.", False),
])
def test_a_red_flag_naming_the_dismissal_is_denied_with_it(text, met):
    chk = KeywordCheck(any=["skip sign-off"])
    assert run_check(chk, text, red_flag=True).met is met, text


def test_distinct_mentions_count_once():
    chk = KeywordCheck(any=["integrat*", "integration"], min_matches=2)
    assert not run_check(chk, "Integration with Epic.").met


def test_a_sentence_said_again_word_for_word_is_no_second_mention():
    chk = KeywordCheck(any=["nursing leadership", "nurse leader*", "charge nurse*"], min_matches=2)
    assert not run_check(chk, "I'd meet nursing leadership first about it. I'd meet nursing leadership first about it.").met
    assert run_check(chk, "I'd meet nursing leadership first, then the charge nurse on each ward.").met


def test_brushed_off_check_reads_the_scenarios_safety_terms():
    criteria = [
        crit("s.validation", 5, any=["chart review", "silent mode"]),
        crit("s.workflow", 3, axis="clinical-workflow", any=["handoff"]),
        crit("s.brush", -8, stance="brushed_off", from_axes=["model-quality-and-safety"]),
    ]
    assert "chart review" in axis_terms(criteria, ["model-quality-and-safety"])
    results = run_checks(criteria, "We can skip chart review, it slows us down. The handoff happens at 7.")
    assert results["s.brush"].met and not results["s.validation"].met and results["s.workflow"].met


def test_one_term_stringing_sentence_earns_one_criterion():
    criteria = [
        crit("a", 5, any=["HIPAA"]), crit("b", 5, any=["silent mode"]), crit("c", 5, any=["subgroup*"]),
        crit("d", 5, any=["escalation"]),
    ]
    salad = "We leverage HIPAA, silent mode, subgroup fairness and escalation in a holistic framework."
    assert sum(bool(r.met) for r in run_checks(criteria, salad).values()) <= 1
    plan = ("We run silent mode for 8 weeks. We split results by subgroup before go-live. "
            "The charge nurse owns escalation within 30 minutes. PHI stays under HIPAA with a BAA.")
    assert all(r.met for r in run_checks(criteria, plan).values())


def test_a_sentence_goes_to_the_criterion_that_has_no_other_evidence():
    harm = crit("harm", 4, any=["harm", "harms", "harmed"])
    tiers = crit("tiers", 6, all=[["tier*"], ["harm"]])
    # "harm" claims the first sentence with more terms, but is met by the second one anyway
    text = "Tier by harm. We review every harm to a patient within 24 hours with the CMIO."
    results = run_checks([harm, tiers], text)
    assert results["harm"].met and results["tiers"].met
    # with no other evidence for "harm", the one sentence still earns one criterion only
    alone = run_checks([harm, tiers], "Tier by harm.")
    assert sum(bool(r.met) for r in alone.values()) == 1


def test_whole_answer_traits_skip_the_budget():
    form = crit("form", 3, axis="structure-and-communication", any=["first", "then", "finally"], min_matches=3, substance=False)
    text = "First, then, finally: we'd consider holistic alignment."
    assert run_checks([form], text)["form"].met


def test_a_red_flag_about_a_bad_idea_does_not_fire_when_the_idea_is_waved_away():
    auto = KeywordCheck(any=["auto-sign*"])
    assert run_check(auto, "We would auto-sign notes after 20 hours.", red_flag=True).met
    assert not run_check(auto, "Auto-signing notes is off the table.", red_flag=True).met
    polish = KeywordCheck(any=["nice-to-have"], all=[["latency"]])
    assert run_check(polish, "The latency is a nice-to-have fix for later.", red_flag=True).met
    assert not run_check(polish, "The latency is not a nice-to-have; it comes first.", red_flag=True).met


def test_words_a_red_flag_stands_on_earn_no_strength():
    criteria = [
        crit("burden", 4, axis="clinical-workflow", any=["alerts per shift"]),
        crit("waves-through", -5, any=["extra alerts ~ small price"]),
    ]
    waved = run_checks(criteria, "A few extra alerts per shift is a small price for catching sepsis early.")
    assert waved["waves-through"].met and not waved["burden"].met
    capped = run_checks(criteria, "We hold it to two alerts per shift per nurse, reviewed weekly with the charge nurse.")
    assert capped["burden"].met and not capped["waves-through"].met


def test_the_clause_that_makes_a_rejected_decision_earns_no_strength():
    sponsor = crit("sponsor-calls", -5, any=["call center ~ calls the patient"])
    harmful = sponsor.model_copy(update={"harm": True})
    workflow = crit("workflow", 4, axis="clinical-workflow", any=["screening visit"])
    text = "Likely matches go to the sponsor's call center, who calls the patient and books a screening visit."
    called = run_checks([workflow, harmful], text)
    assert called["sponsor-calls"].met and not called["workflow"].met
    # ... the question's own red flags name decisions too
    assert not run_checks([workflow, sponsor], text, own=frozenset({"sponsor-calls"}))["workflow"].met
    # ... a call that only frames the answer costs its own words, not the clause
    framed = run_checks([workflow, sponsor], text)
    assert framed["sponsor-calls"].met and framed["workflow"].met
    # ... and another clause or sentence is no part of the call
    kept = run_checks([workflow, harmful], text + " The site coordinator confirms each screening visit with the investigator.")
    assert kept["sponsor-calls"].met and kept["workflow"].met
    apart = run_checks([workflow, harmful], "The sponsor's call center calls the patient; the coordinator books the screening visit.")
    assert apart["sponsor-calls"].met and apart["workflow"].met


def test_turning_a_bad_idea_down_in_the_first_person_negates_it():
    chk = KeywordCheck(any=["big-bang launch", "single US region"])
    assert not run_check(chk, "What I give up: the big-bang launch.", red_flag=True).met
    assert not run_check(chk, "So I'd decline the single US region and offer pooled metrics.", red_flag=True).met
    assert run_check(chk, "We go with a single US region despite a decline in enrolment.", red_flag=True).met


def test_a_safety_step_waved_away_anywhere_is_not_taken_whatever_it_says_elsewhere():
    criteria = [
        crit("s.validation", 5, any=["silent mode", "chart review"]),
        crit("s.workflow", 3, axis="clinical-workflow", any=["handoff"]),
        crit("s.brush", -8, stance="brushed_off", from_axes=["model-quality-and-safety"]),
    ]
    both = ("We run silent mode for eight weeks before go-live. The handoff happens at 7. "
            "Honestly, silent mode is overkill for a model this good.")
    results = run_checks(criteria, both)
    assert not results["s.validation"].met and results["s.brush"].met
    kept = "We run silent mode for eight weeks before go-live. The handoff happens at 7; the cafe menu is overkill."
    assert run_checks(criteria, kept)["s.validation"].met


def test_a_word_in_quotation_marks_before_its_stop_is_talked_about_not_used():
    chk = KeywordCheck(any=["retention"])
    assert not run_check(chk, 'I\'d push back gently on "retention." The plan pays for adherence.', red_flag=True).met


def test_a_red_flag_written_with_its_own_negation_reads_it_as_the_claim():
    myth = KeywordCheck(any=["re:\\bHIPAA\\s+(?:doesn't|does\\s+not)\\s+apply\\b"])
    assert run_check(myth, "Users aren't patients, so HIPAA doesn't apply to them.", red_flag=True).met
    guarded = KeywordCheck(any=["re:(?:(?!\\b(?:not|never)\\b)[^.])*?\\bbig[\\s-]bang\\b"])
    assert not run_check(guarded, "We would never do a big bang launch.", red_flag=True).met
    plain = KeywordCheck(any=["big bang launch"])
    assert not run_check(plain, "We would never do a big bang launch.", red_flag=True).met


def test_a_strength_written_with_its_own_negation_reads_it_as_the_claim():
    # "didn't hear back" is the interface cause the criterion names, not the candidate denying it
    cause = KeywordCheck(any=["didn't hear back", "send* ~ twice"], min_matches=2)
    assert run_check(cause, "Did our system send the order twice because it didn't hear back from the lab?").met
    # a negation the term does not hold still takes the mention away
    assert not run_check(KeywordCheck(any=["hear* back"]), "We didn't hear back from the lab.").met


def test_putting_a_pilot_off_is_launching_slowly_not_brushing_a_safeguard_off():
    brush = KeywordCheck(stance="brushed_off", any=["pilot*", "consent"])
    assert not run_check(brush, "A group therapy pilot comes later in the year.").met
    assert run_check(brush, "We would skip the pilot, it slows us down.").met
    assert run_check(brush, "Consent forms come later.").met


def test_an_open_question_is_not_a_call():
    chk = KeywordCheck(any=["confidence score"])
    assert not run_check(chk, "How we rank, whether we show a confidence score, and what we claim all matter.", red_flag=True).met
    assert run_check(chk, "We show a confidence score on every suggestion.", red_flag=True).met


def test_a_question_of_degree_and_the_option_a_comparison_turns_down_are_not_calls():
    chk = KeywordCheck(any=["without a radiologist", "force it through"])
    assert not run_check(chk, "I'd tier on how directly the output reaches a decision without a radiologist in between.",
                         red_flag=True).met
    assert not run_check(chk, "Slipping two weeks is better for the account than trying to force it through.", red_flag=True).met
    assert run_check(chk, "The flag goes straight to the ED without a radiologist reading it.", red_flag=True).met
    assert run_check(chk, "If she won't move, we force it through with the COO.", red_flag=True).met
    # a positive criterion still hears the harm a comparison names
    harm = KeywordCheck(any=["stuck twice"])
    assert run_check(harm, "A targeted stop is still better than a patient being stuck twice.").met


@pytest.mark.parametrize("text", [
    "What I gave up: the big-bang date and a bit of scope.",
    "The first things I'd drop are the free pilots and the home-screen redesign.",
    "Not success: opens, DAU, free pilots.",
    "Paid, discounted; free pilots sink to the bottom of IT's queue.",
    "Free pilots at big hospitals tend to stall.",
    "They pay something, because free pilots don't get IT to prioritize the work.",
    "Instead of a big-bang launch, one pod first.",
    "I'd rather give a discount than do free pilots.",
    "I'd rather give a 40% first-year discount than do free pilots.",
    "What would I give up? The big-bang date.",
])
def test_a_bad_idea_the_candidate_gives_up_or_judges_is_not_the_call(text):
    chk = KeywordCheck(any=["free pilot*", "big-bang"])
    assert not run_check(chk, text, red_flag=True).met


@pytest.mark.parametrize("text", [
    "We will offer free pilots to all ten systems.",
    "I gave up some goodwill, but we launch big-bang on day one.",
    "Rather than a slow pilot, we do the big-bang launch.",
    "We'll do a big-bang launch so nurses don't get confused.",
    # "instead of" turns down only its own clause; "drop" the noun or "drop off" gives nothing up
    "Instead of waiting on the integration, we run free pilots in a browser window.",
    "After a 40% drop in sign-ups, free pilots are the plan.",
    # a verdict the candidate denies, a chosen loss, a short comparison's winning side
    "Free pilots rarely stall when a champion is on site.",
    "A big-bang go-live is how you get real adoption.",
    "What would I give up? Nothing. We run free pilots at every site.",
    "What did I give up? Goodwill when I ran free pilots everywhere.",
])
def test_a_bad_idea_kept_or_chosen_is_still_the_call(text):
    chk = KeywordCheck(any=["free pilot*", "big-bang"])
    assert run_check(chk, text, red_flag=True).met


def test_an_absence_flag_is_answered_by_any_mention_but_a_brush_off():
    never_fda = KeywordCheck(none=["FDA"])
    assert run_check(never_fda, "We launch on one ward and watch alerts per shift.", red_flag=True).met
    # a mention in a question still shows it was considered; one denied or someone else's does not
    assert not run_check(never_fda, "Does the FDA care here? Yes, so we ask counsel first.", red_flag=True).met
    assert run_check(never_fda, "No FDA paperwork; we ship.", red_flag=True).met
    assert run_check(never_fda, "A junior PM would wait for FDA clearance.", red_flag=True).met
    # waved away, it was never weighed
    assert run_check(never_fda, "I would skip the FDA question; it slows us down.", red_flag=True).met
    # a rule with something to find reads the blocking terms in the candidate's own stance
    pilot_less = KeywordCheck(any=["every ward"], none=["pilot*"])
    assert run_check(pilot_less, "We go to every ward without a pilot.", red_flag=True).met


@pytest.mark.parametrize(("text", "met"), [
    ("Pooling all EU and US data in one US cloud region brings transfer paperwork and a fresh DPIA. I'd say no, and "
     "offer federated reporting instead.", False),
    ("Pooling all EU and US data in one US cloud region brings transfer paperwork, so I'd push back.", False),
    ("Pooling all EU and US data in one US cloud region brings transfer paperwork. Legal has templates, so we do it.", True),
    ("We pool all EU and US data in one US cloud region.", True),
])
def test_a_bad_move_weighed_by_its_cost_and_refused_is_no_red_flag(text, met):
    chk = KeywordCheck(any=["pool* ~ US cloud region|US region"])
    assert run_check(chk, text, red_flag=True).met is met, text


@pytest.mark.parametrize(("text", "met"), [
    # a move said with "no" before it is refused, wherever "no" stands in the sentence
    ("Radiologists confirm or edit every marker, with no auto-population of sizes.", False),
    ("The tool drafts the impression and no auto-population happens.", False),
    ("Sizes are auto-populated into the report.", True),
    ("We auto-populate sizes, and no one reviews them.", True),
])
def test_a_red_flag_move_after_no_is_refused(text, met):
    chk = KeywordCheck(any=["auto-populat*"])
    assert run_check(chk, text, red_flag=True).met is met, text
