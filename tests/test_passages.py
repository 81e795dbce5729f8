"""Sentences, their commitments and their budgets."""

from __future__ import annotations

import re

import pytest

from mockpm import stance as st
from mockpm.passages import Reading


def sentences(text: str) -> list[str]:
    r = Reading(text)
    return [text[s.start:s.end] for s in r.sentences]


def test_splits_on_sentence_ends_blank_lines_and_list_items_not_on_wrapped_lines():
    text = "We set a bar.\nIt holds for\nfour weeks. Then we go.\n\n- one ward\n- two physicians"
    assert sentences(text) == ["We set a bar.", "It holds for\nfour weeks.", "Then we go.", "- one ward", "- two physicians"]


def test_decimals_and_abbreviations_do_not_split():
    assert len(sentences("The AUROC is 0.86 on retrospective data, e.g. from 2021.")) == 1
    assert len(sentences("We start at two U.S. sites vs. the four in the plan, approx. half.")) == 1


def test_a_sentence_may_start_with_a_sign():
    assert sentences("Rad accepts or edits, nothing auto to report. ±1.5mm on 90%, per vendor. ≤3 false flags/shift.") == [
        "Rad accepts or edits, nothing auto to report.", "±1.5mm on 90%, per vendor.", "≤3 false flags/shift."]


def test_a_candidate_who_types_in_lower_case_still_ends_sentences():
    text = "patients get stuck twice. extra blood taken, which matters for babies. i'd tell the safety officer."
    assert sentences(text) == ["patients get stuck twice.", "extra blood taken, which matters for babies.",
                               "i'd tell the safety officer."]
    assert len(sentences("i'd skip the slow extras, eg. a clinical dry run and pts. over 80.")) == 1
    assert sentences("silent mode... not needed. the answer is no. we launch.") == [
        "silent mode... not needed.", "the answer is no.", "we launch."]


def test_generic_claims_earn_nothing_and_commitments_earn_more():
    echo = Reading("I would consider regulatory requirements, clinical workflows and stakeholder alignment.")
    assert echo.sentences[0].vague and echo.sentences[0].budget == 0
    plan = Reading("Then we'd go live on one ward, with the charge nurse in the escalation chain, only if PPV holds above 20%.")
    assert not plan.sentences[0].vague and plan.sentences[0].budget >= 4
    # a vow to comply, with nothing said about how, is as generic
    vow = Reading("For compliance, I would work closely with our legal team to make sure we meet GDPR and FDA requirements.")
    assert vow.sentences[0].vague and vow.sentences[0].budget == 0
    rule = Reading("Part 11 means an audit trail nobody can edit and e-signed eligibility decisions, owned by the site's QA lead.")
    assert not rule.sentences[0].vague
    how = Reading("We comply with HIPAA requirements by signing a BAA with the model vendor and turning off its retention.")
    assert not how.sentences[0].vague


def test_the_terse_commitments_of_notes_are_commitments():
    for line in ("Own clearance before go-live.", "Marker is editable and never auto-fills the report.",
                 "Drafted rec stays off at launch.", "Retrospective run split by vendor and kernel."):
        assert Reading(line).sentences[0].anchors >= 1, line
    # a value said with "never" is not a step
    assert Reading("AI should support clinical judgment, never replace it.").sentences[0].anchors == 0


def test_buzz_compounds_read_as_filler():
    r = Reading("We'd build a trust-by-design, human-centred, workflow-native operating model.")
    assert r.sentences[0].vague


def test_a_list_of_roles_counts_once():
    r = Reading("We would talk to nurses, physicians, pharmacists and coders.")
    assert r.sentences[0].anchors == 1


def test_an_enumerated_topic_with_no_verb_decides_nothing():
    r = Reading("First, model validation. Second, the threshold at 85% sensitivity.")
    assert r.sentences[0].vague and r.sentences[0].budget == 0
    assert not r.sentences[1].vague


def test_a_label_takes_the_stance_of_the_sentence_that_decides_it():
    text = "**Silent mode:** I like the idea, but a full run would eat most of the quarter.\n\n**Subgroups:** we break results out by age and sex for eight weeks."
    r = Reading(text)
    silent = text.index("Silent mode")
    subgroups = text.index("Subgroups")
    assert r.stance(silent, silent + len("Silent mode")) == "dismissed"
    assert r.stance(subgroups, subgroups + len("Subgroups")) == "asserted"


def test_a_long_question_used_as_a_label_keeps_its_own_stance():
    text = "How a missed dose shows up in the plan's numbers: not directly, since the plan sees fills."
    r = Reading(text)
    at = text.index("missed dose")
    assert r.stance(at, at + len("missed dose")) != "dismissed"


def test_handing_each_step_to_another_party_reads_as_theirs():
    text = ("The latency fix sits with the lab vendor. Safety monitoring I'd pass to their quality department. "
            "Training: I'd hand them our deck and let their educators roll it out. Catching duplicates happens on their end.")
    r = Reading(text)
    assert r.brushed_sentences() == 4
    for words in ("latency fix", "Safety monitoring", "Catching duplicates"):
        at = text.index(words)
        assert r.stance(at, at + len(words)) == "others", words


def test_a_plan_that_owns_its_steps_brushes_nothing_off():
    text = ("We run the model silently for eight weeks. Two physicians review every flagged chart. "
            "We go live on one ward, and the charge nurse owns escalation. The lab director signs off the duplicate rule.")
    assert Reading(text).brushed_sentences() == 0


def test_a_closing_retraction_takes_back_the_whole_answer_not_a_plan_that_says_in_practice():
    text = ("We run it silently for eight weeks with two physicians reviewing charts.\n\nThen one ward, with the charge "
            "nurse escalating.\n\nAll of that is the textbook answer, though. In practice I'd just ship it to every ward in March.")
    at = text.index("silently")
    assert Reading(text).stance(at, at + 8) == "dismissed"
    plan = "We run it silently for eight weeks.\n\nIn practice, we'd ship to one ward first and then expand."
    at = plan.index("silently")
    assert Reading(plan).stance(at, at + 8) == "asserted"


@pytest.mark.parametrize(("plan", "word", "taken_back", "kept"), [
    # a closing turn to how it would really go
    ("We run it silently for six weeks and two physicians review every flagged chart.\n\n"
     "Then one ward, with the charge nurse escalating.\n\n", "silently",
     "That said, if I'm being realistic about a one-quarter deadline, I wouldn't do most of that. "
     "I'd turn it on everywhere and tune from complaints.",
     "Realistically, the silent run is the long pole, so it starts this week."),
    # ... or the story of how it actually played out
    ("We piloted on one pod and took a triage-time baseline before go-live.\n\n"
     "Super-users on every shift answered questions.\n\n", "baseline",
     "Here's how it actually played out. Sales didn't want to reopen the date, so the pod pilot became "
     "the whole department. We never got around to the baseline.",
     "Here's how it actually played out: the pod went well, so we added a pod a week."),
    # ... or the closing summary a committee hears as the decision
    ("We run the patient-level parallel comparison on both schemas before anything merges.\n\n"
     "The quality lead signs off every explained difference.\n\n", "parallel comparison",
     "**Bottom line:** the sprint is committed, so we'll merge it this sprint and run the parallel comparison after the "
     "submission window closes, when there's more bandwidth.",
     "**Bottom line:** nothing merges until the parallel comparison shows zero unexplained differences."),
])
def test_a_closing_turn_or_story_takes_back_the_plan_and_a_closing_that_keeps_it_does_not(plan, word, taken_back, kept):
    at = plan.index(word)
    assert Reading(plan + taken_back).stance(at, at + len(word)) == "dismissed"
    assert Reading(plan + kept).stance(at, at + len(word)) == "asserted"


@pytest.mark.parametrize("text", [
    "We translate into Creole and record voice calls with native speakers.\n\nNow, being realistic about a nonprofit "
    "budget: the human translation and the recorded calls aren't happening for launch. We turn on auto-translate and go.",
    "We trace the interface and fix the duplicate check to see pending orders.\n\nBuuut being realistic about it, that "
    "means a validation cycle at four hospitals. So I'd park the pending-order check and the tracing work.",
])
def test_a_turn_to_being_realistic_that_drops_a_safeguard_walks_it_back(text):
    assert Reading(text).walk_backs >= 1, text


@pytest.mark.parametrize("text", [
    # shorthand for the same turn, in an aside
    "1. Baseline the 24h sign rate. 2. Flag one clinic. 3. Roll back if it drops. (tbh 1-3 are overkill for a "
    "change this small. I'd just turn it on for all 30 next sprint.)",
])
def test_a_turn_in_shorthand_walks_back_the_steps_before_it(text):
    assert Reading(text).walk_backs >= 1, text


def test_keeping_what_the_plan_removed_after_a_turn_walks_it_back():
    text = ("Shrink the scope: one unit, and the medication list pulled from reconciliation instead of generated. "
            "Having said that, the customer will see it as a downgrade. So practically I'd keep the generated "
            "medication section in the pilot.")
    assert Reading(text).walk_backs >= 1, text


@pytest.mark.parametrize("text", [
    "We run the silent mode for eight weeks. Being realistic, that takes eight weeks, and we would still keep it before any alert fires.",
    "Sales wants the date. Being practical, I would ship the narrative sections on the date to one unit and hold the "
    "med list until the reviewer signs off.",
    "We run the silent mode and the subgroup review first. Being realistic, the six-week date isn't happening, so I'd "
    "tell the CMIO now.",
    "We validate on our own members first. Having said that, we'd park the gamification streaks until adherence moves.",
    "Being practical, the Creole voice calls aren't happening by text-to-speech; native speakers record them.",
    "I read the FDA guidance and shadowed two nurses. Being frank, I didn't go to medical school, so I lean on clinicians.",
])
def test_a_turn_to_being_realistic_that_keeps_the_plan_walks_nothing_back(text):
    assert Reading(text).walk_backs == 0, text


@pytest.mark.parametrize("text", [
    # the pressure named, and resisted: the plan before it stands
    "The pipeline runs inside each hospital. GDPR: each site's DPO signs off and a DPIA is done before anything runs.\n"
    "If the sponsor insists on central data: SCCs and a transfer assessment, and I'd push back.",
    "One unit first, with a pharmacist checking 50 summaries a week.\n\n"
    "If the customer insists on everything on day one, I escalate to our CMO with a written recommendation not to, "
    "and I'm prepared to let the date slip.",
])
def test_pressure_answered_by_resisting_it_walks_nothing_back(text):
    r = Reading(text)
    assert r.walk_backs == 0 and all(s.carried is None for s in r.sentences), text


def test_resisting_the_pressure_and_then_giving_way_still_walks_the_plan_back():
    text = ("One unit first, with a pharmacist checking 50 summaries a week.\n\n"
            "If the customer insists on everything on day one, I'd push back, but then we'd just ship it to every unit.")
    r = Reading(text)
    at = text.index("pharmacist")
    assert r.stance(at, at + 10) == "dismissed"


def test_a_step_walked_back_by_the_next_sentence_is_waved_away_and_counted():
    text = ("So I'd normally pilot it in a few clinics with matched controls.\n\n"
            "But honestly, I don't think that's needed here. So I'd skip the pilot and ship it to all 30 clinics.\n\n"
            "Actually, thinking about the deadline, I'd drop the silent run.")
    r = Reading(text)
    at = text.index("pilot it")
    assert r.stance(at, at + 5) == "dismissed"
    assert r.walk_backs >= 2


def test_a_plan_that_says_but_to_add_a_safeguard_walks_nothing_back():
    text = ("We go live on one ward in March. But the CNO signs off the alert text before any nurse sees it, "
            "and we pause if more than two alerts a shift are false.")
    r = Reading(text)
    assert r.walk_backs == 0 and all(s.carried is None for s in r.sentences)


def test_a_closing_paragraph_that_adds_a_safeguard_or_a_later_phase_takes_nothing_back():
    plan = "We run silently for eight weeks with two physicians reviewing charts.\n\nThen one ward with the charge nurse escalating.\n\n"
    at = plan.index("silently")
    for closing in ("Realistically, phase 2 adds Spanish voice reminders after we see the text results.",
                    "In practice, the silent run is the long pole, so it starts this week and the workflow is built in the meantime.",
                    "That said, if the CNO still objects after the pilot, we slip the date two weeks; the textbook mistake is to launch anyway."):
        r = Reading(plan + closing)
        assert r.stance(at, at + 8) == "asserted" and r.walk_backs == 0, closing


def test_a_deed_told_in_the_first_person_is_substance_a_modal_echo_is_not():
    story = "I read the guidance on decision support software and built a small app on synthetic records."
    echo = "I would think about the guidance on decision support and consider what doctors need."
    (deed,) = Reading(story).sentences
    (vague,) = Reading(echo).sentences
    assert deed.budget >= 2 and not deed.vague
    assert vague.vague and vague.budget == 0


def test_a_closing_pivot_that_ships_everywhere_or_hands_the_fix_away_takes_back_the_plan():
    plan = ("Pilot in a handful of clinics for two weeks against similar clinics, tracking notes signed within 24 hours.\n\n"
            "Bring in the billing lead and HIM.\n\n")
    at = plan.index("Pilot")
    ships = plan + "But look, design already tested it. In reality I'd ship it to all 30 clinics next sprint."
    hands = plan + ("Honestly, though, the interface isn't ours. Realistically I'd leave it to the LIS vendor "
                    "and put a banner up in the meantime.")
    for text in (ships, hands):
        assert Reading(text).stance(at, at + 5) == "dismissed", text[-80:]


def test_a_plan_protected_or_adopted_after_its_label_and_a_conditioned_widening_take_nothing_back():
    protected = ("Plan: the reviewer signs off before any draft reaches a chart.\n\nThat's the plan on paper, and here is "
                 "how I'd protect it under pressure. I'd hold off the medication section, not the date.")
    at = protected.index("reviewer")
    assert Reading(protected).stance(at, at + 8) == "asserted"
    adopted = ("Risk is notes left unsigned.\n\nThe plan I'd normally write up for a change like this is the one I'd run "
               "here: baseline, one clinic behind a flag.\n\nOnce the pilot clinic meets the bar for four straight weeks, "
               "we'd put it out to all 30 clinics.")
    assert Reading(adopted).walk_backs == 0
    gated = ("We launch in one clinic with human translation first.\n\nBut once Creole no-shows improve, we'd roll it out "
             "to all three clinics.")
    assert Reading(gated).walk_backs == 0


def test_an_answer_to_plan_for_is_not_a_hedge():
    assert Reading("If the answer is yes or maybe, we talk to the regulator early.").sentences[0].budget > 0
    assert Reading("Maybe we talk to the regulator.").sentences[0].budget == 0


def test_a_plan_labelled_as_the_paper_version_is_taken_back_by_widening_the_launch_after_it():
    plan = "One medicine unit, drafts only, and the reviewer signs off before any draft reaches a chart.\n\n"
    at = plan.index("reviewer")
    widened = plan + ("That's the plan on paper. Now, in real life, I'd let it go live the way it was sold, across the "
                      "hospital, and have the reviewer test alongside it.")
    assert Reading(widened).stance(at, at + 8) == "dismissed"
    normally = ("The risk is notes left unsigned overnight.\n\nThe plan I'd normally write up: baseline for two weeks, one clinic behind a flag, roll back if signing "
                "drops.\n\nSo what I'd actually do is put it out to all 30 clinics in the next release.")
    assert Reading(normally).walk_backs >= 1
    # widening only once the bar is met keeps the plan
    gated = plan + "That's the plan on paper. In practice we'd roll it out across the hospital only once the pilot clears its bar."
    assert Reading(gated).stance(at, at + 8) == "asserted"


def test_a_step_framed_as_what_one_would_normally_do_is_taken_back_by_the_turn_after_it():
    text = ("For the safety officer, I'd normally brief them this week. But until we know whose fault it is, "
            "I'd wait.\n\nI'd usually run subgroup checks monthly. But the criteria are the same for everyone.")
    r = Reading(text)
    at = text.index("brief")
    assert r.stance(at, at + 5) == "dismissed" and r.walk_backs == 2
    stronger = "We'd normally pilot for four weeks. Because this is sepsis, we'd pilot for eight."
    assert Reading(stronger).walk_backs == 0


def test_digits_in_a_name_are_not_figures_the_answer_commits_to():
    (named,) = Reading("Compliance covers GDPR and 21 CFR Part 11, screening uses the PHQ-9 over HL7.").sentences
    (figure,) = Reading("Compliance covers GDPR and we screen 20 patients a week.").sentences
    assert named.anchors == 0 and figure.anchors >= 2


def test_a_hedged_step_is_not_a_step_but_a_predicted_risk_is_not_a_hedge():
    (hedged,) = Reading("We could possibly run silent mode against chart review, depending on physician bandwidth.").sentences
    (risk,) = Reading("Physicians might find the extra clicks annoying, so the charge nurse reviews overrides weekly.").sentences
    assert hedged.vague and hedged.budget == 0
    assert not risk.vague and risk.budget >= 2


def test_a_closing_observation_with_anyway_takes_nothing_back():
    plan = "Then a two-week pilot in 3 clinics against 3 matched controls.\n\nShip only if the 24h signing rate holds.\n\n"
    text = plan + "In practice champions are the people who'd sign at 5 pm anyway."
    at = text.index("pilot")
    r = Reading(text)
    assert r.stance(at, at + 5) == "asserted" and r.walk_backs == 0


def test_a_concession_that_settles_for_less_or_admits_it_did_not_happen_walks_back():
    text = ("Voice calls for patients who can't read comfortably. The reality is voice calls cost more, so we'd "
            "probably just do SMS for everyone at first.\n\n"
            "I shadowed at a community hospital to see how clinicians work. To be fair, I didn't go myself; "
            "our customer success manager sent notes.")
    r = Reading(text)
    at = text.index("Voice calls")
    assert r.stance(at, at + 11) == "dismissed" and r.walk_backs == 2
    fair = ("Silent mode runs for eight weeks. To be fair, the vendor's own validation was decent, so we'd "
            "probably end the silent run a week early if PPV holds above 20%.")
    assert Reading(fair).walk_backs <= 1


def test_items_under_a_lead_in_about_what_to_think_about_are_topics_unless_they_carry_content():
    text = ("To answer this well I'd think about:\n\n- Physician workflow and the end-of-day batch\n"
            "- Whether the review step improves note quality\n\n"
            "Risks I'd look at:\n\n- Delayed signing: revenue cycle counts on 24-hour signing, and HIM sends a daily count.\n")
    r = Reading(text)
    topic = text.index("Physician workflow")
    content = text.index("revenue cycle")
    assert r.stance(topic, topic + 18) == "listed"
    assert r.stance(content, content + 13) == "asserted"


def test_a_lead_in_that_turns_down_what_follows_covers_its_items():
    text = ("Two fixes I'd rule out. Auto-cancelling the second order is one. The other is a banner.\n\n"
            "We'd add a duplicate check.")
    reading = Reading(text)
    at = text.index("Auto-cancelling")
    assert reading.stance(at, at + 15) == "reported"
    at = text.index("duplicate check")
    assert reading.stance(at, at + 15) == "asserted"


def test_a_short_verdict_makes_the_sentence_before_it_a_move_described_to_reject():
    text = "The consumer playbook is copy tests until open rates rise. Here that fails quietly. We send neutral reminders."
    reading = Reading(text)
    at = text.index("open rates")
    assert reading.stance(at, at + 10) == "reported"
    at = text.index("neutral reminders")
    assert reading.stance(at, at + 17) == "asserted"


def test_a_lead_in_that_ends_its_paragraph_covers_the_next_one():
    text = ("There are two fast ways out of this, and I'd turn down both.\n\n"
            "One is to get the CEO to overrule them. The other is to hold the date.\n\n"
            "What I'd do is sit down with the CNO.")
    reading = Reading(text)
    at = text.index("overrule")
    assert reading.stance(at, at + 8) == "reported"
    at = text.index("sit down")
    assert reading.stance(at, at + 8) == "asserted"


def test_a_turn_that_ships_after_all_or_lets_the_check_lose_takes_the_plan_back():
    text = ("I'd narrow scope: medication lists come from structured data and the AI drafts only the narrative. "
            "To be fair to sales, the CMIO wants the full thing, so in practice we'd probably ship full drafts. "
            "The reviewer and I make a joint recommendation. "
            "The reality is the reviewer would get overruled if the contract was at stake.")
    r = Reading(text)
    assert r.walk_backs >= 2
    plan = "Ship full drafts with the reviewer's conditions. We'd probably ship on the date if testing passes."
    assert Reading(plan).walk_backs == 0


def test_a_sentence_whose_own_verb_is_thinking_names_topics():
    thinking = Reading("I'd also think carefully about access controls before consent, about diversity in enrolment.")
    assert thinking.sentences[0].vague and thinking.sentences[0].budget == 0
    deciding = Reading("I'd consider a 12-week silent run before any alert fires.")
    assert not deciding.sentences[0].vague


def test_a_turn_that_deflates_what_was_claimed_takes_it_back():
    text = ("To prepare, I shadowed a hospitalist for two shifts and read the FDA guidance. "
            "To be fair, the shadowing was more like a coffee chat, and I skimmed the guidance rather than reading it.\n\n"
            "Care managers get a weekly list of members closest to a gap. "
            "Honestly, I'm not sure it would change much.\n\n"
            "Regulation matters for this role. Honestly, it matters less than I made it sound.")
    r = Reading(text)
    at = text.index("shadowed")
    assert r.stance(at, at + 8) == "dismissed" and r.walk_backs == 3
    # A turn that describes without deflating takes nothing back.
    plain = ("I shadowed a hospitalist for two shifts. Honestly, the most useful part was watching "
             "the night handoff rather than the rounds.")
    assert Reading(plain).walk_backs == 0


def test_a_turn_after_a_topic_lead_or_adopted_by_the_next_sentence_walks_back():
    text = ("Third, request an FDA pre-sub in the first half of the year.\n\n"
            "To be fair, a pre-sub takes months. The reality is most companies launch under the wellness banner and "
            "deal with FDA if it comes up. That's probably what we'd end up doing.\n\n"
            "Sign a BAA with the model provider before any member uses it. "
            "On the BAA, if I'm honest, if the provider won't sign I'd strip names from the transcripts and carry on.")
    r = Reading(text)
    at = text.index("pre-sub")
    assert r.stance(at, at + 7) == "dismissed" and r.walk_backs == 2
    # A turn whose next sentence only continues the plan adopts nothing.
    plain = ("We run silent mode for eight weeks. The reality is nurses have seen alerts fail before. "
             "That's why we'd review every alert with them weekly.")
    assert Reading(plain).walk_backs == 0


def test_a_plan_labelled_as_the_version_for_the_room_is_taken_back_by_what_follows_it():
    text = ("Each site keeps its data and EU sites process in the EU. A pre-screening protocol goes to every ethics "
            "committee, and I'd run a chart-review audit by sex and race.\n\n"
            "That's the clean version. The trouble is the trial is eight months behind.\n\n"
            "Realistically, waiting for 40 ethics committees isn't going to happen, so I'd turn it on at the US sites.\n\n"
            "Part 11 we'd keep, since the audit is a hard gate.")
    r = Reading(text)
    at = text.index("chart-review audit")
    assert r.stance(at, at + 18) == "dismissed" and r.walk_backs >= 2
    # "Realistically," opening a middle paragraph of a plan is not a label: nothing is taken back.
    plan = ("Data stays in the EU, with standard contractual clauses only if a transfer is ever needed.\n\n"
            "Realistically, 21 CFR Part 11 is where timelines slip. We'd write the validation plan in month one.\n\n"
            "Rollout: four sites first, and we'd just add sites as their approvals come through.\n\n"
            "Success is time from eligibility to first contact, under five days at every site.")
    assert Reading(plan).walk_backs == 0


def test_a_consequence_drawn_from_a_concession_takes_the_plan_back():
    text = ("A two-week pilot on one shift, with the CNO as co-owner.\n\n"
            "If I'm honest, I don't think I'd win the argument to move the date.\n\n"
            "So what would really happen is that we go live on the date, and the fixes go in the next release.")
    r = Reading(text)
    at = text.index("pilot")
    assert r.stance(at, at + 5) == "dismissed" and r.walk_backs >= 2


@pytest.mark.parametrize("text", [
    "We ran the silent run for eight weeks with the nurse managers.\n\nIn the end, we shipped the narrative sections on "
    "the date with one hospitalist group, after her validation passed. We ended up expanding one group at a time.",
    "A silent run for eight weeks, then two wards. Subgroup checks by age and race before launch.\n\n"
    "That's the clean version. If leadership gave us only a month, we'd drop the override dashboard to phase 2, but we "
    "would keep the silent run and the two-ward start.",
    "The CNO asked for a two-week pilot on one shift.\n\nIn the end, I said okay to the pilot and moved the go-live by three weeks.",
    "I'd bring the triage nurses' own cases to the CNO. Honestly, I don't think I'd win the argument by citing our "
    "validation metrics, and I shouldn't try to.",
    "We'd validate at each site before go-live.\n\nBeing straight about how it would go: ten signed systems this year "
    "isn't going to happen with a validated rollout, and I'd tell the board that directly.",
    "I read the FDA CDS guidance and took a course on payment. Honestly, I learned the most by spending two weeks "
    "shadowing nurses rather than reading more.",
    "The pilot runs in five clinics for four weeks.\n\nThat's the plan I'd want. Realistically, we'd end up running the "
    "pilot over six weeks instead of four, because I'd rather have the right sample than the right date.",
])
def test_stories_descoping_and_candour_that_keep_the_plan_take_nothing_back(text):
    r = Reading(text)
    assert r.walk_backs == 0, text
    # The safeguards stand; only a feature the story descopes on purpose may be put off.
    for safeguard in ("silent run", "validation", "validate", "pilot", "two-ward", "two wards", "shadowing", "Subgroup checks"):
        for m in re.finditer(re.escape(safeguard), text):
            assert r.stance(m.start(), m.end()) not in st.BRUSHED_OFF, (safeguard, text)
    if "override dashboard" in text:
        a = text.index("override dashboard")
        assert r.stance(a, a + len("override dashboard")) == st.DEFERRED
    else:
        assert not r.has_brushed_off(), text


def test_a_time_window_lead_in_is_a_schedule_and_a_signpost_refuses_nothing_past_it():
    schedule = ("**Later (months 7-12):**\n- Remote monitoring: BP cuffs, with thresholds set by the medical director.\n"
                "- Group therapy, after video meets its target, with consent.\n")
    r = Reading(schedule)
    for item in ("Remote monitoring", "Group therapy"):
        at = schedule.index(item)
        assert r.stance(at, at + len(item)) == "asserted", item
    signpost = ("The design, then the things I'd rule out.\n\n"
                "The coordinator and site investigator decide eligibility under an IRB-approved script.\n\n"
                "What I won't do:\n- pool EU data in a US region")
    r = Reading(signpost)
    at = signpost.index("decide eligibility")
    assert r.stance(at, at + 18) == "asserted"
    at = signpost.index("pool EU data")
    assert r.stance(at, at + 12) == "reported"


def test_a_reading_level_is_no_filler_and_a_cap_said_of_each_one_is_no_negation():
    level = Reading("Messages are written at a fifth-grade reading level in Spanish.")
    assert not level.sentences[0].vague
    assert Reading("Our AI-first, data-driven, future-ready platform.").sentences[0].vague
    cap = "No nurse gets more than three alerts per shift."
    at = cap.index("alerts")
    assert Reading(cap).stance(at, at + 6) == "asserted"


def test_a_short_rejection_of_that_makes_the_sentence_before_it_a_move_turned_down():
    for verdict in ("I'd say no to that.", "That's a non-starter.", "Partly, but I don't think that's the right frame."):
        text = "The sponsor wants everything pooled in one US cloud region as a retention play. " + verdict + " Data stays in the EU."
        at = text.index("pooled")
        assert Reading(text).stance(at, at + 6) == "reported", verdict


def test_a_spoken_self_correction_withdraws_the_sentence_before_it_and_keeps_the_repair():
    for repair in ("Actually, no, wait, that's not good enough.", "Scratch that.", "So, no wait, that's backwards.",
                   "Which, that was wrong, and I figured it out later."):
        text = "We would ship everything to all wards on the date. " + repair + " We run the model silently on one ward first."
        reading = Reading(text)
        at = text.index("all wards")
        assert reading.stance(at, at + 9) == "reported", repair
        at = text.index("silently")
        assert reading.stance(at, at + 8) == "asserted", repair
    # "actually, no" is a repair only when it stands alone: "Actually, no pilot is needed" is the plan's own claim
    text = "We pilot on one ward. Actually, no pilot is needed for the wording change."
    at = text.index("pilot on")
    assert Reading(text).stance(at, at + 5) == "asserted"


def test_a_plan_made_to_give_way_under_pressure_is_taken_back():
    # A closing contingency that surrenders the gates: "if the board pushes back, ... next year ... until after".
    text = ("First, a validation study at two health systems before any physician sees output.\n\n"
            "Second, counsel reviews whether this is a device in the first quarter.\n\n"
            "If the sponsor insists on the original date, I'd be flexible: push the validation study to next year "
            "and leave the device review until after the contracts are signed.")
    r = Reading(text)
    at = text.index("validation study")
    assert r.stance(at, at + 16) == "dismissed" and r.walk_backs >= 2
    # A pressure clause that protects the gate takes nothing back.
    firm = ("First, a validation study at two health systems before any physician sees output.\n\n"
            "If the date gets tight, we cut the dashboard, not the validation study, and I'd tell the sponsor why.")
    assert Reading(firm).walk_backs == 0
    # ... a launch date wanted by leadership, and the gate demoted to a target
    gate = ("Quarter 3: one new state, gated on licensure and payer enrollment for every clinician.\n\n"
            "One practical note. If leadership wants the two states live in Q1, I wouldn't hold the line. ")
    gave = Reading(gate + "Licensing can catch up in parallel; the Q3 gate is really a target date rather than a hard stop.")
    assert gave.walk_backs >= 2 and gave.sentences[0].carried == "dismissed"
    held = Reading(gate.replace("I wouldn't hold the line", "I'd hold the line") + "No clinician sees a patient in a state before the licence is in place.")
    assert held.walk_backs == 0


def test_an_aside_that_makes_a_required_step_optional_walks_it_back():
    text = ("Every flagged result is confirmed by a pathologist before it reaches the chart, and we validate "
            "on each lab's analyser first.\n\n"
            "(Candidly, confirmation would be encouraged rather than required, since the pathologists hate extra clicks.)\n\n"
            "We review agreement monthly with the lab director.")
    r = Reading(text)
    at = text.index("confirmed")
    assert r.stance(at, at + 9) == "dismissed" and r.walk_backs >= 1
    plain = ("Every flagged result is confirmed by a pathologist before it reaches the chart.\n\n"
             "(To be candid, this is the slowest part of the workflow, so we measure its time per case.)")
    assert Reading(plain).walk_backs == 0


def test_a_closing_being_realistic_that_ships_everywhere_takes_the_plan_back():
    text = ("Baseline time-to-sign for two weeks, then a four-week pilot in one clinic behind a flag, with a rollback "
            "if same-day signing drops five points.\n\n"
            "That said, being realistic, the build is done, so I wouldn't hold it up for a pilot and we'd ship it "
            "to every clinic next month.")
    r = Reading(text)
    at = text.index("pilot in one clinic")
    assert r.stance(at, at + 5) == "dismissed" and r.walk_backs >= 2


def test_a_date_that_cannot_move_is_pressure_too():
    text = ("Silent mode for eight weeks, then two wards first.\n\n"
            "If we can't move the date, I'd drop the silent run and go live on every ward.")
    r = Reading(text)
    at = text.index("Silent mode")
    assert r.stance(at, at + 11) == "dismissed" and r.walk_backs >= 2
    held = ("Silent mode for eight weeks, then two wards first.\n\n"
            "If we can't move the date, we keep the silent run and launch the dashboard later.")
    assert Reading(held).walk_backs == 0


def test_standing_firm_under_pressure_or_refusing_to_skip_takes_nothing_back():
    plan = ("First, a validation study at two health systems before any physician sees output.\n\n"
            "Second, counsel decides the device question in the first quarter.\n\n")
    for closing in ("If the board pushes back, I hold the line on the validation study.",
                    "If the date gets tight, we move the merge to after submission, not skip the validation study."):
        r = Reading(plan + closing)
        at = (plan + closing).index("validation study")
        assert r.walk_backs == 0 and r.stance(at, at + 16) == "asserted", closing


@pytest.mark.parametrize("closing,taken_back", [
    # a concession that drops the plan's own safeguards takes the plan back ...
    ("One thing I'd be pragmatic about: if the interface team fixes the delay, I'd drop the silent run and the chart review.", True),
    ("If the CEO and the board hold to the date, I'd set aside the validation study and sign whoever is ready.", True),
    ("(Realistically, if engineering slips, the silent run is the piece I'd let go first.)", True),
    # ... dropping an extra the plan never needed does not, nor does refusing to drop the safeguard
    ("One thing I'd be pragmatic about: if the vendor slips, we drop the custom dashboard and use their standard report.", False),
    ("If the timeline tightens, the first things I'd drop are the dashboard and the branding. I would never drop the silent run.", False),
    ("Where I'd compromise if the date is at risk: drop the dashboard and the animations, never the silent run.", False),
    # "not the plan" after a reversal rejects the plan; only "never the X" protects X
    ("Realistically, we'd skip the silent run and ship to every ward, not the phased plan.", True),
])
def test_what_a_concession_gives_up_decides_whether_it_takes_the_plan_back(closing, taken_back):
    text = "Silent mode for eight weeks with chart review, then two wards first with a rollback switch.\n\n" + closing
    r = Reading(text)
    assert (r.stance(0, 11) == "dismissed") is taken_back, closing


@pytest.mark.parametrize("coda,expected", [
    ("Forget all that.", "dismissed"),
    ("People forget that.", "asserted"),
    ("Don't forget that.", "asserted"),
])
def test_forget_that_takes_back_only_as_the_candidates_own_command(coda, expected):
    text = f"We pull EF from the echo reports in German and French, validated on 300 charts. {coda}"
    at = text.index("echo reports")
    assert Reading(text).stance(at, at + 12) == expected


def _after_a_pilot(turn: str) -> tuple[Reading, str]:
    """A planned pilot followed by ``turn``: the reading, and the stance the pilot is read with."""
    text = f"We pilot one clinic behind a flag with a rollback threshold. {turn}"
    at = text.index("pilot one clinic")
    reading = Reading(text)
    return reading, reading.stance(at, at + 16)


@pytest.mark.parametrize("turn", [
    "Actually, thinking about it, a pilot plus baselines is overengineering for two clicks. I'd just turn it on for all 30 clinics.",
    "Although, to be realistic: that means regression testing at every site. So I would actually not change it, and I'd stop there.",
    "Now I'll be honest with you: nobody has time for that. I wouldn't hold up the sprint for it.",
    "That said, the runway is short. So I'd fold the validation into the rollout itself.",
    "In practice we go live at every clinic with the numbers we already have.",
    "Realistically, the shadow phase we replace by a one-hour training.",
])
def test_a_turn_whose_decision_follows_in_the_next_sentences_takes_the_step_back(turn):
    reading, stance_of_pilot = _after_a_pilot(turn)
    assert stance_of_pilot == "dismissed"
    assert reading.walk_backs == 1


@pytest.mark.parametrize("turn", [
    "Realistically, the pilot is the long pole. So it starts this week.",
    "To be realistic, that takes six weeks. We'd still keep the pilot and move the launch date instead.",
    "Although it costs a month, it is what lets us go live safely.",
    # turn words beside a plan that keeps its safeguards
    "But even after silent mode, we'd treat the two-ward rollout as a pilot and pause if PPV drops under 15%.",
    "To be clear, we would really not retrain the model automatically in production.",
    "But we would actually not show the score to nurses during that phase.",
    "To be realistic, we stopped after the first ward for a month to check alert volume.",
    "In practice, we go live on one ward with the data we already have from silent mode.",
    "But the open UI tickets wouldn't hold up the launch.",
    "Then we fold the physician training into the rollout.",
    "If PPV falls under 15% I'd stop there and retune the threshold.",
    "Although the second prospect is keen, we'd leave it out this year.",
])
def test_a_turn_that_keeps_the_step_takes_nothing_back(turn):
    assert _after_a_pilot(turn)[1] == "asserted"


def test_a_bare_turn_leaves_its_decision_to_the_sentences_after_it():
    # "(Now, realistically?" says nothing itself; the step dropped three sentences on is the decision
    taken = _after_a_pilot("(Now, realistically? Leadership asked for the dashboard by name. The board meets in May. "
                           "So I'd skip the pilot and hand the team the dashboard.)")
    assert taken[1] == "dismissed"
    # ... but an extra put off after it is descoping ("I'd let the dashboard slide to Q3")
    put_off = _after_a_pilot("Honestly? Leadership asked for the dashboard by name. So I'd let the dashboard slide to Q3.")
    assert put_off[1] == "asserted"
    # ... and a turn with a sentence of its own still reads only that sentence's stances
    kept = _after_a_pilot("But the reporting work has to wait. For now it stays in the backlog until the pilot reports.")
    assert kept[1] == "asserted"


@pytest.mark.parametrize("turn", [
    # a smaller safeguard chosen instead of a bigger one, or a safeguard held while time is short
    "Realistically, we don't have time for a six-month trial, so I'd run an eight-week silent validation instead.",
    "But the full study won't make this quarter, so for now we'd keep the model in silent mode until the review is done.",
    "In practice, a multi-site trial is months of work, so I'd start the silent run at one site and add the other two "
    "in phase two.",
    "Realistically, that is months of work, so we'd run the old and new reports in parallel and reconcile before switching.",
    "But the date is tight, so we'd contact no patients while the protocol is still in review.",
    "Honestly, sign-off stays as it is for now: nothing ships without it, and we'd repeat the subgroup audit after launch.",
    # a feature put off after the turn is descoping, not the plan taken back
    "But remote monitoring has to wait. For now it stays in the backlog until FDA clearance is confirmed, and we'd check "
    "whether the software is itself a device.",
])
def test_a_turn_under_time_pressure_that_holds_the_safeguard_takes_nothing_back(turn):
    text = f"We validate on 500 retrospective charts from three sites. {turn}"
    at = text.index("validate on")
    assert Reading(text).stance(at, at + 11) == "asserted"


def test_advice_to_forget_all_that_still_takes_it_back():
    text = "We run the model silently for eight weeks. My advice to the CMO would be to forget all that and go live."
    at = text.index("silently")
    assert Reading(text).stance(at, at + 8) == "dismissed"


def test_a_lead_ins_brush_off_reaches_its_own_sub_items_not_its_siblings_nor_from_parentheses():
    listed = "- Things I'd skip for launch:\n  - the dashboard polish\n  - the analytics export\n- Pilot on one ward first."
    carried = [s.carried for s in Reading(listed).sentences]
    assert carried == [None, "dismissed", "dismissed", None]
    # "doesn't need" in parentheses is about the vendor, not the fix listed under it
    fix = "- Our fix (doesn't need the other vendor):\n  - duplicate check includes sent orders\n  - soft stop with a reason"
    assert all(s.carried is None for s in Reading(fix).sentences)


@pytest.mark.parametrize("lead,listed", [
    ("To prepare I've done a few things:", False),
    ("Things I'd do first:", False),
    ("Key points I'd want on the checklist:", True),
    ("Key topics I did my homework on:", True),
    ("To answer this well I'd think about:", True),
])
def test_a_lead_in_of_things_done_introduces_steps_not_topics(lead, listed):
    text = lead + "\n- Learned the basics of FHIR and HL7 from the hospital's interface team.\n"
    r = Reading(text)
    at = text.index("FHIR")
    assert (r.stance(at, at + 4) == "listed") is listed


@pytest.mark.parametrize("text,step,turns", [
    # a closing "P.S. real talk" that skips the safeguards
    ("Eight weeks of silent mode on live feeds, then two pilot units.\n\nGG, that's the plan.\n\n"
     "P.S. real talk, with a one-quarter deadline I'd probably skip silent mode and just flip it on for every ward.",
     "silent mode", 2),
    # after a turn, what would really go on the slide
    ("Video comes first, with latency under 400 ms and freezes under 2% of minutes. "
     "But realistically, a roadmap that opens with video won't survive review. So what I would actually put "
     "on the slide is group therapy and the new states in Q1.", "latency", 1),
])
def test_real_talk_and_the_real_slide_take_the_plan_back(text, step, turns):
    r = Reading(text)
    at = text.index(step)
    assert r.stance(at, at + len(step)) == "dismissed" and r.walk_backs >= turns


@pytest.mark.parametrize("text", [
    # the giving way in the next sentence of the turn
    "Eight weeks of silent mode, then two pilot wards.\n\nRealistically, though, if leadership pushes for speed, I'd push back. "
    "Then we would just do what leadership is asking and fold the silent run into the rollout.",
    # a resisting phrase denied, or a recommendation filed and then ignored
    "Eight weeks of silent mode, then two pilot wards.\n\nRealistically, though, we won't let the date slip, so we skip the silent mode.",
    "Eight weeks of silent mode, then two pilot wards.\n\nRealistically, my recommendation not to merge goes in the ticket. "
    "Then we merge this sprint and skip the silent mode.",
])
def test_resisting_in_words_and_giving_way_in_deeds_still_walks_back(text):
    r = Reading(text)
    at = text.index("silent mode")
    assert r.stance(at, at + 11) == "dismissed", text


def test_real_talk_on_a_topic_is_a_heading_not_a_pivot():
    text = ("Eight weeks of silent mode, then two pilot wards with the charge nurse escalating.\n\n"
            "P.S. Real talk on alert fatigue: if the pilot wards see more than three alerts per shift, we pull it and retune.")
    r = Reading(text)
    at = text.index("silent mode")
    assert r.stance(at, at + 11) == "asserted" and r.walk_backs == 0


@pytest.mark.parametrize("text", [
    # a turn that says the candidate must be realistic, then leaves the fix alone
    "We change the duplicate check to see pending orders too.\n\n"
    "Now, I must be realistic. Changing clinical logic is months of work. So I would not touch our duplicate logic "
    "and put up a wait message instead.\n\nWe count the nurses' reports weekly.",
    # a closing turn that makes the safeguards wait on money
    "Spanish and Creole templates by certified translators, read by patients from each community.\n\n"
    "But honestly, for the first quarter: English and Spanish through auto-translate, and the certified translators are "
    "phase 2 if the budget's there.",
    # "to be practical", a fix left alone, "go live with the others"
    "We change the duplicate check to see pending orders too.\n\n"
    "OK but to be practical. The trial is late. So I would not change our duplicate check logic, and we ship the banner now.",
    "We change the duplicate check to see pending orders too.\n\n"
    "Now, to be realistic about the quarter: in practice I would let it go live as is, with a header on the screen.",
])
def test_other_words_for_a_turn_and_for_what_really_ships_walk_back(text):
    step = "duplicate check" if "duplicate check" in text else "certified translators"
    assert stance_of(text, step) == "dismissed", text


@pytest.mark.parametrize("text", [
    # what is left alone is no safeguard; what launches first is a stage
    "We change the duplicate check to see pending orders too.\n\nHonestly, I would not touch the contract date either.",
    "We change the duplicate check to see pending orders too.\n\n"
    "In practice, what I'd actually launch first is the targeted version in five pilot clinics.",
])
def test_leaving_a_date_alone_or_naming_the_first_stage_is_no_walk_back(text):
    assert stance_of(text, "duplicate check") == "asserted", text


def test_a_plan_that_must_be_realistic_and_keeps_its_fix_is_no_walk_back():
    text = ("We change the duplicate check to see pending orders too.\n\n"
            "Now, I must be realistic about the timeline: the change ships in six weeks, validated at one hospital first.")
    assert stance_of(text, "duplicate check") == "asserted" and Reading(text).walk_backs == 0


def stance_of(text: str, term: str) -> str:
    at = text.index(term)
    return Reading(text).stance(at, at + len(term))


@pytest.mark.parametrize(("text", "concrete"), [
    # a system that looks at something, and a figure's cause, are design, not echo verbs
    ("Make our duplicate check look at those waiting orders too.", True),
    ("Diagnosis codes drive a lot of the denominators and exclusions.", True),
    ("Encounter type drives denominators; problem list drives dx + exclusions.", True),  # no article
    # a résumé bullet with its subject left out is a deed; a filler verb there is still echo
    ("- Read up on HIPAA and FDA's SaMD framework, so I understand when a feature becomes a device.", True),
    ("- Leveraged synergies to understand the ecosystem.", False),
    ("I'd look at the workflow.", False),
    ("We drive adoption and alignment.", False),
])
def test_a_system_looking_at_data_or_a_cause_of_a_figure_is_not_an_echo(text, concrete):
    assert (Reading(text).sentences[0].budget > 0) is concrete


@pytest.mark.parametrize(("text", "term", "expected"), [
    # a topic lead-in lists what the answer would think about; data it has pulled is examined
    ("To answer this well I'd look at:\n- the duplicate rate\n- the override rate", "duplicate rate", "listed"),
    ("I'd pull every case from our records and look at:\n- how far apart the two orders were\n- which wards",
     "how far apart", "asserted"),
    # the candidate naming their own bar is no one else's words
    ("I'd call it working when repeat orders drop by at least four-fifths.", "drop by", "asserted"),
    ("The vendor calls it a minor issue and skips the audit.", "minor issue", "reported"),
])
def test_pulled_data_examined_and_a_bar_of_ones_own(text, term, expected):
    assert stance_of(text, term) == expected


@pytest.mark.parametrize(("text", "term", "expected"), [
    # under a "Deferred:" lead-in, what an item needs and the condition it waits for are not put off
    ("**Deferred:**\n- Group therapy: later. It also needs consent and privacy design.", "consent", "asserted"),
    ("**Deferred:**\n- New states: we go live when licensing is done by compliance.", "compliance", "asserted"),
    ("**Deferred:**\n- Group therapy.\n- Consent and privacy design.", "Consent", "deferred"),
    # ... but a step waiting for the launch itself is put past it, and a need in the item's own line goes with it
    ("**Deferred:**\n- A silent run on live data, when the go-live is done.", "silent run", "deferred"),
    ("**Deferred:**\n- The FDA question; it also needs outside regulatory counsel.", "FDA", "deferred"),
    ("**Deferred:**\n- Group therapy.\n- Checking performance by age. It also needs more post-launch data.",
     "performance by age", "deferred"),
])
def test_what_a_deferred_item_needs_is_not_put_off(text, term, expected):
    assert stance_of(text, term) == expected


@pytest.mark.parametrize(("text", "term"), [
    # a refusal heading over a list, however it counts its items
    ("Three fixes people will suggest first. I'd turn down all three:\n1. Hard-block any repeat order for the same test.\n"
     "2. Retry faster.", "Hard-block"),
    ("Deferred to next year:\n- group therapy\n\nNot doing:\n- both states at once\n- RPM for every chronic patient by default",
     "both states at once"),
    # a sentence wholly in quotation marks, then taken apart
    ('"The drafted recommendation is the lowest tier, since a radiologist always reads and signs it."\nThat\'s backwards. '
     "It is my top tier.", "lowest tier"),
    ('"Tune the PE flag for high specificity so radiologists trust it." No. A missed clot can kill.', "high specificity"),
    # another speaker's line in a role-play
    ("VP: Forty percent churn is a retention problem, so double the push notifications.\n\nMe: I'd push back on that.",
     "push notifications"),
    # a pitch set out to be taken apart
    ("The pitch I got from our sales lead went like this: the CMIO is eager and physicians sign every summary, "
     "so ship the whole thing on the date to every hospitalist.", "every hospitalist"),
    # what someone else asked for, listed after a colon
    ("Sarah, thanks for the brief. Your team asked for three things: pool records in a single US cloud region, send "
     "your field staff names and phone numbers so they can call them, and launch at all 40 sites at once.", "all 40 sites at once"),
    # someone else's draft set out to be marked up, inline or as a list with its reasons
    ("Their draft said: turn on all three outputs on day one; skip the silent period to make the date.", "turn on all three outputs"),
    ("What I'd assume their draft looks like:\n- Q1: launch in both states.\n- Retire audio-only visits, since we're a "
     "video platform.\n\nMy markup, line by line.", "Retire audio-only"),
    # a move judged by what it would do, or as the mistake
    ("Phone visits: keep them. Retiring audio-only would strand exactly the patients who most need us.", "Retiring audio-only"),
    ("Treating the freezing as polish would be the mistake.", "Treating the freezing as polish"),
    ("Launching both states in Q1 would be the visible win, and it's the wrong one: every clinician needs a license.",
     "Launching both states"),
    # what a department asked for, and a safeguard put down to nerves
    ("Nursing informatics wanted a three-month silent run and a two-unit pilot. Our CMO didn't have the patience.",
     "three-month silent run"),
    ("The lesson I took: the silent run is mostly institutional anxiety.", "the silent run"),
    # a safeguard kept for the defence file, not to find anything
    ("Audit logs are retained seven years, mainly for our defense file.", "Audit logs"),
    ("A six-week silent run at each site so we can document diligence.", "silent run"),
    # a second want of someone else's, or a move argued against by what it would drive people to do
    ("I'd refuse outright if anyone wanted drafts before sign-off, or wanted it switched on across the whole hospital "
     "on day one.", "switched on across the whole hospital"),
    ("Fear-based texts about strokes would push some of them to ignore us.", "Fear-based texts"),
    # a step kept from gating anything, in the sentence after it
    ("FDA: regulatory counsel can review in parallel. I wouldn't hold the launch for it.", "regulatory counsel"),
    # a verdict that runs on in a clause of its own
    ("Sales also wanted to launch on all 12 wards at once. Each of those is the wrong call, and each tells you a tier.",
     "launch on all 12 wards"),
    # a gate demoted to a wish, and a check put off until the business case is made
    ("I'd set the latency target as the exit criterion, but in practice I'd treat it as a stretch goal rather than a blocker.",
     "latency target"),
    ("The per-language validation set and the sex and age checks move to after we've shown enrolment moving.",
     "per-language validation set"),
    # a check run only when someone outside forces it
    ("We'd run the accuracy study only if a customer or a bad outcome forces us to.", "accuracy study"),
])
def test_what_the_answer_sets_out_to_turn_down_is_not_its_plan(text, term):
    assert stance_of(text, term) not in st.COMMITTED


def test_a_gate_kept_until_the_evidence_is_in_is_still_the_plan():
    assert stance_of("The latency target is a hard gate, not a stretch goal.", "latency target") in st.COMMITTED
    assert stance_of("Expansion to the other sites waits until the pilot has shown the bar holds.", "pilot") in st.COMMITTED
    # an extra scoped to demand is a plan: "HITRUST only if a signed customer insists"
    assert stance_of("The SOC 2 Type II window starts this month; HITRUST only if a signed customer insists.", "SOC 2") in st.COMMITTED


def test_a_draft_of_ones_own_or_a_verdict_with_a_but_is_still_the_plan():
    assert stance_of("Our draft plan:\n- Launch in one state in Q3, since licensing takes a quarter.", "Launch in one state") in st.COMMITTED
    assert stance_of("We launch both states in Q1. That's the wrong order for most teams, but our licences are done.",
                     "launch both states") in st.COMMITTED



def test_a_list_of_ones_own_after_a_colon_is_the_plan():
    assert stance_of("I want three things: pool nothing, launch at 3 sites first, and consent before contact.",
                     "launch at 3 sites") in st.COMMITTED


def test_a_quotation_after_the_candidate_says_they_would_say_it_is_their_own_words():
    quote = (' "If the diabetes measure moves three points, our ACOs could lose part of their shared savings, and neither '
             'of us could explain why." Engineers respond to concrete failure modes.')
    assert stance_of("I'd frame it as a shared risk, not a rule." + quote, "shared savings") in st.COMMITTED
    # said by no one in particular, the quoted sentence is reported
    assert stance_of("Engineers often argue this." + quote, "shared savings") == st.REPORTED


def test_a_title_before_a_name_ends_no_sentence():
    assert sentences("The CMIO, Dr. Feld, asked for all four floors. Ms. Ortiz agreed.") == [
        "The CMIO, Dr. Feld, asked for all four floors.", "Ms. Ortiz agreed."]


def test_a_non_goals_heading_turns_down_the_list_under_it():
    text = ("Goals\n- Ten systems signed, three in clinical use.\n\nNon-goals for the year\n"
            "- Free pilots rolled out enterprise-wide from day one.\n- A chat-style assistant.\n\nThe plan\n\nWe validate at three sites.")
    r = Reading(text)
    carried = {text[s.start:s.end].strip("- \n"): s.carried for s in r.sentences}
    assert carried["Free pilots rolled out enterprise-wide from day one."] == st.REPORTED
    assert carried["A chat-style assistant."] == st.REPORTED
    assert carried["Ten systems signed, three in clinical use."] is None and carried["We validate at three sites."] is None


REJECTED_OPTION = "silent run to hit"


@pytest.mark.parametrize("text,expected", [
    # a verdict label that opens the item ...
    ("**Decision 5: the launch**\n- *Rejected: skip the silent run to hit a quarter.* We shadow-score for a month.\n- *Chosen:* a silent run at two sites.", st.REPORTED),
    ("- Ruled out \u2014 skip the silent run to hit a quarter. We shadow-score for a month.\n- Chosen: a silent run at two sites.", st.REPORTED),
    # ... a verdict after it ...
    ("**Option B: skip the silent run to hit a quarter.** *Rejected.* We shadow-score for a month.\n\nChosen: a silent run at two sites.", st.REPORTED),
    ("Option E: skip the silent run to hit a quarter. Rejected for now. We shadow-score for a month.\n\nChosen: a silent run at two sites.", st.REPORTED),
    # ... or a heading over the options turned down
    ("REJECTED\n- Skip the silent run to hit a quarter.\n\nCHOSEN\n- We shadow-score for a month.\n- Chosen: a silent run at two sites.", st.REPORTED),
    ("Options I ruled out:\n- Skip the silent run to hit a quarter.\n\nWe shadow-score for a month.\n\nChosen: a silent run at two sites.", st.REPORTED),
    # "rejected" inside a sentence is no decision log's verdict
    ("We rejected the vendor's claim. Skip the silent run to hit a quarter. We shadow-score for a month. Chosen: a silent run at two sites.", st.DISMISSED),
    ("Skip the silent run to hit a quarter. Rejected because it is slow. We shadow-score for a month. Chosen: a silent run at two sites.", st.DISMISSED),
])
def test_a_decision_log_names_the_options_it_rejects_to_turn_them_down(text, expected):
    r = Reading(text)
    at = text.index(REJECTED_OPTION)
    assert r.stance(at, at + 10) == expected
    for kept in ("shadow-score", "a silent run at two"):
        at = text.index(kept)
        assert r.stance(at, at + 12) == st.ASSERTED


def test_a_hazard_named_in_a_risk_register_is_guarded_against_not_planned():
    text = ("6. Risk: house-wide go-live on one day, then a problem on every floor at once. Likelihood: medium.\n"
            "Mitigation: two pilot units first.\n7. Risk: low, we go live everywhere on day one.")
    r = Reading(text)
    named = {text[s.start:s.end].strip(): s.owned_mistake for s in r.sentences}
    assert named["Risk: house-wide go-live on one day, then a problem on every floor at once."] is True
    assert named["Mitigation: two pilot units first."] is False
    assert named["Risk: low, we go live everywhere on day one."] is False
    # ... or said in a sentence
    said = "The main risk is false negatives being deprioritised. The risk is low, so we go live everywhere on day one."
    named = {said[s.start:s.end].strip(): s.owned_mistake for s in Reading(said).sentences}
    assert named["The main risk is false negatives being deprioritised."] is True
    assert named["The risk is low, so we go live everywhere on day one."] is False


def test_a_glossary_defines_words_and_commits_to_none_of_them():
    from mockpm import stance as st
    from mockpm.passages import Reading
    text = ("I'd launch on the medical wards this quarter.\n\nKey terms I'd use with the team, so everyone means the same thing:\n\n"
            "- Silent mode: running the model on live patients for eight weeks without alerts, then chart review.\n"
            "- Escalation path: bedside nurse to charge nurse, covering physician and rapid response.\n")
    reading = Reading(text)
    for term in ("Silent mode", "Escalation path"):
        a = text.index(term)
        assert reading.stance(a, a + len(term)) == st.LISTED
    # the same items under the candidate's own plan are the plan
    plan = text.replace("Key terms I'd use with the team, so everyone means the same thing:", "Before go-live:")
    a = plan.index("Silent mode")
    assert Reading(plan).stance(a, a + len("Silent mode")) in st.COMMITTED


def test_a_heading_of_what_the_candidate_would_refuse_to_do_turns_its_items_down():
    text = ("Reminders go out in each patient's language.\n\n**What I would refuse to do**\n\n"
            "1. Send a message that names the service.\n2. Cancel a visit nobody confirmed.\n")
    assert stance_of(text, "names the service") not in st.COMMITTED
    assert stance_of(text, "Cancel a visit") not in st.COMMITTED


def test_saying_no_to_that_refuses_the_move_just_before_it_not_the_facts_behind_it():
    text = ("She needed five more weeks to test the fix properly across their three hospitals. "
            "Our head of sales wanted to go live and fix it in the next release. I said no to that, in front of our CEO.")
    assert stance_of(text, "go live") not in st.COMMITTED
    assert stance_of(text, "test the fix") in st.COMMITTED
    both = text.replace("I said no to that", "I said no to both")
    assert stance_of(both, "test the fix") not in st.COMMITTED


@pytest.mark.parametrize("heading", ["Appendix: launch considerations coverage summary",
                                     "Roadmap considerations checklist (all addressed)"])
def test_a_checklist_of_areas_ticked_off_as_covered_commits_to_none_of_them(heading):
    text = (f"Q1: group therapy. Q4: bug fixes.\n\n{heading}\n"
            "- Safety: emergency protocols, patient location verification, crisis escalation, 988\n"
            "- Regulatory: state licensure, IMLC, PSYPACT, DEA tele-prescribing, HIPAA, BAAs\n")
    assert stance_of(text, "crisis escalation") == st.LISTED
    plan = text.replace(heading, "Before the first visit in a new state")
    assert stance_of(plan, "crisis escalation") in st.COMMITTED


def test_a_recap_worded_for_the_interviewers_notes_commits_to_none_of_its_items():
    text = ("Quarter 1: ship symptom tracking to diagnosed members.\n\n"
            "Short version, in the terms you'd put in your notes:\n"
            "- FDA: Pre-Sub meeting as a dated milestone in Q1.\n"
            "- Crisis: clinician-written script, 988, warm handoff.\n")
    assert stance_of(text, "Pre-Sub meeting") not in st.COMMITTED
    assert stance_of(text, "ship symptom tracking") in st.COMMITTED


def test_a_register_item_heading_over_its_likelihood_names_a_risk_not_a_plan():
    register = ("**3. Three years of history is rewritten**\n"
                "- Likelihood/impact: medium / high.\n"
                "- Mitigation: snapshot the submitted values as read-only now.\n")
    reading = Reading(register)
    heading = next(s for s in reading.sentences if "rewritten" in register[s.start:s.end])
    assert heading.owned_mistake
    # the same line over a step of the plan is the plan
    plan = register.replace("- Likelihood/impact: medium / high.\n", "- Week 2: the engineer runs it.\n")
    reading = Reading(plan)
    heading = next(s for s in reading.sentences if "rewritten" in plan[s.start:s.end])
    assert not heading.owned_mistake


def test_a_run_in_topic_heading_names_what_the_paragraph_weighs():
    text = "**On pooling in one US region.** Each site would have to agree as controller first."
    assert Reading(text).sentences[0].carried == st.REPORTED
    # a bold statement of the plan, or one that opens with a time, is the plan
    for plan in ("**On day one, all wards go live.**", "**On Monday all wards go live.**", "**Pilot on two wards.**"):
        assert Reading(plan).sentences[0].carried is None


def test_what_goes_wrong_in_a_register_names_a_risk():
    text = "- What goes wrong: a wrong interval ends up in the signed report and drives an unnecessary follow-up."
    assert Reading(text).sentences[0].owned_mistake


@pytest.mark.parametrize("refusal", [
    "\"Skip the silent run\" is the part I'd refuse.",
    "On pooling everything in one US region: I'd say no.",
    "Quiet exclusion is off the table.",
    "Putting all the data in one American cloud? I'd say no.",
])
def test_a_refusal_that_names_its_own_object_leaves_the_plan_after_it_the_candidates(refusal):
    text = refusal + " We run the model silently for eight weeks on our own patients before any alert reaches a nurse."
    assert stance_of(text, "silently for eight weeks") in st.COMMITTED
    # a refusal that points ahead still turns down what follows it
    ahead = "What I'd refuse:\n- Running the model silently for eight weeks and calling that validation.\n"
    assert stance_of(ahead, "silently for eight weeks") not in st.COMMITTED


def test_an_item_that_voices_its_own_refusal_keeps_the_plan_put_in_its_place():
    text = ("Most of the design is in what the system won't do.\n\n"
            "- **We don't move EU patient data out of the EU.** Processing runs in an EU region.\n"
            "- **The model doesn't decide eligibility.** The investigator confirms each patient.\n"
            "- Anyone asking to send the sponsor identifiable records.\n")
    assert stance_of(text, "Processing runs in an EU region") in st.COMMITTED
    assert stance_of(text, "investigator confirms") in st.COMMITTED
    assert stance_of(text, "send the sponsor identifiable records") not in st.COMMITTED
    # an item under a conditions lead-in that names someone else's move stays a condition refused
    heading = "**What makes me say no outright**\n- Nurses don't get a say in the threshold.\n"
    assert stance_of(heading, "get a say in the threshold") not in st.COMMITTED


def test_things_the_plan_will_not_do_are_rules_not_topics():
    text = "How I'd build regulation into this roadmap, mostly as things we won't do:\n\n- **We won't keep conversations.** Retention is 30 days.\n"
    assert stance_of(text, "Retention is 30 days") in st.COMMITTED
