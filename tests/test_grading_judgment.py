"""Grades that read judgment: the two answers that showed vocabulary counting, ranking, and the judge path's guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockpm.answers import read_answer
from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.guards import DISQUALIFYING
from mockpm.models import Answer
from mockpm.samples import GENUINE_KINDS, load_samples
from mockpm.scoring import rank_key

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def lib():
    return load_library()


def graded(lib, path: Path):
    a = read_answer(path)
    s = lib.scenario(a.scenario_id)
    return grade(a, s, lib.rubrics_for(s), library=lib)


def test_dismissing_every_safety_step_lands_in_the_bottom_band(lib):
    r = graded(lib, DATA / "issue-dismissive.md")
    assert r.band == "Strong No Hire" and r.flagged
    met = {c.id for c in r.criteria if c.met}
    assert "core.brushes-off-safety" in met and "core.big-bang-launch" in met and "core.no-numbers" in met
    assert not {"sepsis-model.silent-validation", "sepsis-model.subgroup-performance", "sepsis-model.clinical-metrics"} & met


def test_a_strong_answer_in_plain_words_is_a_hire(lib):
    r = graded(lib, DATA / "issue-plain-strong.md")
    assert r.band in ("Hire", "Strong Hire") and not r.flagged and r.score >= 65


def test_raw_points_order_two_weak_attempts(lib):
    s = lib.scenario("sepsis-model")
    worse = grade(Answer(text="We'd boost engagement and retention with push notifications. " * 8), s, lib.rubrics_for(s), library=lib)
    better = grade(Answer(text="We'd boost engagement with push notifications and ask nurses what they think. " * 8), s, lib.rubrics_for(s), library=lib)
    assert worse.score == better.score == 0
    assert rank_key(better.score, better.raw_points, flagged=better.flagged) > rank_key(worse.score, worse.raw_points, flagged=worse.flagged)


def test_an_answer_pasted_three_times_earns_no_more_than_once(lib):
    samples = [x for x in load_samples().samples if x.kind in ("weak", "mixed") and x.split == "dev"]
    assert len(samples) >= 14
    for x in samples:
        s = lib.scenario(x.scenario)
        once = grade(Answer(text=x.text), s, lib.rubrics_for(s), library=lib)
        thrice = grade(Answer(text="\n\n".join([x.text] * 3)), s, lib.rubrics_for(s), library=lib)
        earned = [sum(c.points for c in r.criteria if c.met and c.points > 0) for r in (once, thrice)]
        assert earned[1] <= earned[0] and (thrice.score or 0) <= (once.score or 0), x.id


def test_a_flagged_answer_ranks_below_every_unflagged_one():
    assert rank_key(0.0, -40, flagged=False) > rank_key(0.0, 30, flagged=True)
    assert rank_key(0.0, 0, flagged=False) > rank_key(29.0, 30, flagged=True)


def test_no_genuine_sample_answer_gets_a_flag_that_skips_the_judge(lib):
    """With a judge configured, guard flags skip the judge: they must not fire on real answers."""
    samples = load_samples(known_scenarios=set(lib.scenarios))
    hit = []
    for s in samples.samples:
        if s.kind not in GENUINE_KINDS or s.kind == "weak":
            continue
        scen = lib.scenario(s.scenario)
        r = grade(Answer(text=s.text), scen, lib.rubrics_for(scen), library=lib)
        codes = {f.code for f in r.flags} & DISQUALIFYING
        if codes:
            hit.append((s.id, codes))
    assert not hit


def test_an_answer_that_brushes_off_most_of_itself_is_flagged(lib):
    s = lib.scenario("lab-order-sync")
    text = ("The 90-second delay lives on the lab side, so the latency fix sits with the lab vendor and I'd let their team work it. "
            "Catching duplicates before the draw is an operational step for lab leadership; they can set up a rule on their end. "
            "Physicians ordering twice is for the CMIO to take up with their doctors, that's their call. "
            "The incident review runs through their process and we'll supply data if anyone asks. "
            "Our duplicate check works as specified on confirmed orders. "
            "If the hospitals want pending orders checked too, they can submit an enhancement request.")
    r = grade(Answer(text=text), s, lib.rubrics_for(s), library=lib)
    assert r.flagged and "brushes_off_safety" in {f.code for f in r.flags}


def test_several_wrong_calls_cap_an_answer_offline_whatever_its_vocabulary(lib):
    r = graded(lib, DATA / "issue-dismissive.md")
    red = [c for c in r.criteria if c.points < 0 and c.met]
    assert len(red) >= 4 and "wrong_calls" in {f.code for f in r.flags}
    strong = graded(lib, DATA / "issue-plain-strong.md")
    assert "wrong_calls" not in {f.code for f in strong.flags}


def test_an_answer_that_is_not_an_attempt_ranks_below_a_weak_flagged_one():
    assert rank_key(0.0, -10, flagged=True) > rank_key(0.0, 40, flagged=True, flags=["off_topic"])
    assert rank_key(0.0, -40, flagged=False) > rank_key(0.0, 30, flagged=True)


def test_promising_perfection_is_a_red_flag_and_disclaiming_it_is_not(lib):
    s = lib.scenario("sepsis-model")
    def red(text):
        r = grade(Answer(text=text * 3), s, lib.rubrics_for(s), library=lib)
        return "core.promises-certainty" in {c.id for c in r.criteria if c.met and c.points < 0}
    assert red("We will validate it in two days and expect 99.9% sensitivity with zero false alarms on the wards. ")
    assert not red("We can't promise 100% sensitivity, and no model catches every case; it runs silently for eight weeks. ")


def test_every_integrity_guard_but_too_short_marks_a_text_that_is_not_an_attempt():
    from mockpm.scoring import NOT_AN_ATTEMPT, is_gaming

    assert NOT_AN_ATTEMPT == DISQUALIFYING - {"too_short"}
    assert is_gaming(["off_topic"]) and not is_gaming(["too_short", "thin_substance"])


def test_strong_answers_with_turns_owners_and_later_phases_are_never_flagged(lib):
    """Plain phrasings of good plans ('That said, ...', 'their IT team builds it', 'phase 2 adds
    Spanish voice', '99.9% uptime') must not read as walk-backs, hand-offs or implausible claims."""
    samples = load_samples([DATA / "tuning"], include_builtin=False, known_scenarios=set(lib.scenarios))
    # The stress answers, and the strong answers later writers were asked to phrase with a trade-off,
    # a deferral and a "that said" / "realistically" / "in practice", to state what a law does not
    # cover, or to look risky on the surface (a careful analogy, a restated constraint, a bad option named
    # to reject it, an honest hedge with an owner).
    stress = [s for s in samples.samples if ".stress." in s.id
              or (s.kind == "strong-plain" and any(f".fresh{n}." in s.id for n in (4, 5, 6, 7)))]
    assert len(stress) == 112
    flagged = []
    for s in stress:
        scen = lib.scenario(s.scenario)
        r = grade(Answer(text=s.text), scen, lib.rubrics_for(scen), library=lib)
        if r.flagged:
            flagged.append((s.id, [f.code for f in r.flags]))
    assert not flagged


def test_one_brushed_off_phrase_is_one_step_however_many_criteria_list_it():
    from mockpm.checks import run_checks
    from mockpm.reading_flags import brushed_off
    from mockpm.models import Criterion, KeywordCheck

    def crit(cid, points, **check):
        return Criterion(id=cid, axis="model-quality-and-safety", statement="A statement long enough.", points=points,
                         check=KeywordCheck(**check), seed="000_94df4dbab0b20ccd.txt", reason="A reason long enough.")

    criteria = [crit(f"s.step{i}", 3, any=["medical staff office"]) for i in range(3)]
    criteria.append(crit("s.brush", -8, stance="brushed_off", from_axes=["model-quality-and-safety"]))
    text = "Who would notice: revenue cycle, and the medical staff office for later."
    keywords = run_checks(criteria, text)
    assert brushed_off(criteria, keywords, text) == (1, 1)


def test_a_sentence_brushed_off_only_by_a_comparison_is_one_step():
    from mockpm.checks import run_checks
    from mockpm.reading_flags import brushed_off
    from mockpm.models import Criterion, KeywordCheck

    def crit(cid, points, **check):
        return Criterion(id=cid, axis="model-quality-and-safety", statement="A statement long enough.", points=points,
                         check=KeywordCheck(**check), seed="000_94df4dbab0b20ccd.txt", reason="A reason long enough.")

    criteria = [crit("s.validation", 3, any=["validation"]), crit("s.audit", 3, any=["audit trail*"]),
                crit("s.device", 3, any=["medical device*"]),
                crit("s.brush", -8, stance="brushed_off", from_axes=["model-quality-and-safety"])]
    # "the same muscle" reads the whole sentence; it is one claim, not three steps turned down
    wide = "Validation and audit trails are second nature, and that's the same muscle as medical device work."
    assert brushed_off(criteria, run_checks(criteria, wide), wide) == (1, 1)
    # a trigger that turns down each item is as many steps as it names, and so is a minimiser
    direct = "I would skip the validation, the audit trails and the medical device question."
    assert brushed_off(criteria, run_checks(criteria, direct), direct) == (1, 3)
    minimised = "Validation, audit trails and the medical device file are mostly paperwork at our size."
    assert brushed_off(criteria, run_checks(criteria, minimised), minimised) == (1, 3)


def test_calls_that_put_patients_at_risk_count_twice_toward_wrong_calls():
    import pytest
    from pydantic import ValidationError

    from mockpm.checks import run_checks
    from mockpm.models import Criterion, KeywordCheck
    from mockpm.reading_flags import reading_flags

    def crit(cid, points, terms, harm=False):
        return Criterion(id=cid, axis="model-quality-and-safety", statement="A statement long enough.", points=points,
                         check=KeywordCheck(any=terms), seed="000_94df4dbab0b20ccd.txt", reason="A reason long enough.",
                         harm=harm)

    text = "The system auto-signs the note, and we drop the over-80s from alerting."
    plain = [crit("s.a", -4, ["auto-signs"]), crit("s.b", -4, ["drop the over-80s"])]
    harmful = [crit("s.a", -4, ["auto-signs"], harm=True), crit("s.b", -4, ["drop the over-80s"], harm=True)]
    assert "wrong_calls" not in {f.code for f in reading_flags(plain, run_checks(plain, text), text)}
    assert "wrong_calls" in {f.code for f in reading_flags(harmful, run_checks(harmful, text), text)}
    with pytest.raises(ValidationError, match="red flags only"):
        crit("s.c", 4, ["silent mode"], harm=True)


def test_one_disqualifying_call_flags_the_answer_and_a_harm_flag_made_twice_counts_twice():
    from pydantic import ValidationError

    from mockpm.checks import run_checks
    from mockpm.models import Criterion, KeywordCheck
    from mockpm.reading_flags import reading_flags

    def crit(cid, points, terms, **extra):
        return Criterion(id=cid, axis="model-quality-and-safety", statement="A statement long enough.", points=points,
                         check=KeywordCheck(any=terms), seed="000_94df4dbab0b20ccd.txt", reason="A reason long enough.", **extra)

    def codes(criteria, text):
        return {f.code for f in reading_flags(criteria, run_checks(criteria, text), text)}

    text = "We sell the chart data to an ad network to fund the pilot."
    assert "wrong_calls" not in codes([crit("s.a", -6, ["sell the chart data"])], text)
    assert "wrong_calls" in codes([crit("s.a", -6, ["sell the chart data"], disqualifying=True)], text)
    once = "The system auto-signs the note. Nurses review the alerts each morning."
    twice = "The system auto-signs the note. Later, it auto-files the discharge summary too."
    harmful = [crit("s.b", -4, ["auto-signs", "auto-files"], harm=True)]
    assert "wrong_calls" not in codes(harmful, once)
    assert "wrong_calls" in codes(harmful, twice)
    with pytest.raises(ValidationError, match="disqualifying applies to red flags only"):
        crit("s.c", 4, ["silent mode"], disqualifying=True)


def test_a_candid_answer_that_names_the_textbook_plan_and_then_a_safe_realistic_one_is_not_a_walk_back():
    from mockpm.catalog import load_library
    from mockpm.grading import grade
    from mockpm.models import Answer

    text = ("An AUROC of 0.86 isn't the bar. The bar is sensitivity of at least 80% within six hours, at no more than "
            "two alerts per nurse per shift, with PPV reported by age band. The textbook answer is a twelve-week silent "
            "run and a two-ward pilot before anything else.\n\n"
            "Realistically, with one quarter, I'd run silent mode for six weeks on live Epic data with two physicians "
            "reviewing charts against Sepsis-3, then pilot on one medical ward with the charge nurse and rapid response "
            "in the escalation chain. Overrides need a reason and we review them weekly. Device counsel checks the CDS "
            "criteria in week one, and the over-80s stay in silent mode until recalibrated.")
    lib = load_library()
    s = lib.scenario("sepsis-model")
    report = grade(Answer(text=text, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)
    # no flag but, at most, the model's doubt at "textbook" and "Realistically" (a share withheld,
    # never a cap): the rules read a plan, not a walk-back
    assert not [f.code for f in report.flags if f.code != "reads_partly_as_rejected"]
    assert not report.flagged and report.score is not None
    assert report.score / (1 - report.withheld) >= 70
    # the doubt withholds a share: with the model retrained on batch 52 ("Realistically" opens many
    # of its retractions) the plan grades 64.2, just under Hire, and stays well clear of No Hire
    assert report.score >= 60


def test_a_plan_that_turns_to_a_wrong_call_is_walked_back(lib):
    s = lib.scenario("mental-health-chatbot-regulation")
    plan = ("Q1: write the intended use. Tracking symptoms and recommending treatment for diagnosed depression makes "
            "this a medical device, so we hire a regulatory lead and start a quality system.\n\n"
            "Q2: a pre-sub meeting with FDA on intended use, risk file and study protocol. {turn}\n\n"
            "Q2: crisis protocol: detection before the model, a scripted reply, 988 and a warm handoff to an on-call "
            "clinician. Q3: a study with PHQ-9 at baseline, week 6 and week 12, results split by language and income.")
    turned = plan.format(turn="Being realistic, though, with no regulatory staff that is a big-company move. I'd ship "
                              "the symptom tracking and the recommendations as wellness coaching with a disclaimer and "
                              "only talk to FDA if they ask.")
    kept = plan.format(turn="Being realistic, with no regulatory staff we bring in an outside consultant for it, and "
                            "nothing with treatment claims ships before that meeting.")
    walked = [f for f in grade(Answer(text=turned, scenario_id=s.id), s, lib.rubrics_for(s), library=lib).flags
              if f.code == "walks_back"]
    assert walked and "wellness-relabel" in walked[0].message
    report = grade(Answer(text=kept, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)
    assert "walks_back" not in {f.code for f in report.flags} and not report.flagged
