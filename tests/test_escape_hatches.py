"""Safeguards that give way on someone's wish, an obstacle or results that merely look clean."""

from __future__ import annotations

from mockpm.catalog import load_library
from mockpm.escape_hatches import MIN_HATCHES, escape_hatches
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.passages import Reading

PLAN = (
    "The bar: at most two alerts per nurse per shift, PPV of at least 20% on chart review, and results broken out "
    "by age, sex and race before any ward goes live.\n\n"
    "1. Silent mode for eight weeks on all adult wards, with two physicians reviewing a weekly sample of alerts.\n"
    "2. Pilot on two medical wards with matched comparison wards, and the charge nurse and rapid response team in "
    "the escalation chain.\n"
    "3. Every dismissal needs a reason, and the sepsis coordinator reviews each one weekly.\n"
    "4. Device counsel reviews the model against the FDA's decision-support guidance before the pilot starts."
)
WISH = "\n\nIf the CNO wants the date held, we can call silent mode complete after three weeks."
LOOKS_CLEAN = "\n\nOnce the first month looks clean, we could move the dismissal review to spot checks."
OBSTACLE = "\n\nIf the counsel review runs long, we'd go live on the pilot wards anyway and let it finish in the background."


def _hatches(text: str) -> list[str]:
    reading = Reading(text)
    return [text[reading.sentences[i].start:reading.sentences[i].end].strip() for i in escape_hatches(reading)]


def _graded(text: str):
    lib = load_library()
    s = lib.scenario("sepsis-model")
    return grade(Answer(text=text, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)


def test_a_step_let_go_on_a_wish_an_obstacle_or_early_calm_is_an_escape_hatch():
    assert len(_hatches(PLAN + WISH)) == 1
    assert len(_hatches(PLAN + LOOKS_CLEAN)) == 1
    assert len(_hatches(PLAN + OBSTACLE)) == 1
    assert _hatches(PLAN) == []


def test_two_escape_hatches_walk_the_plan_back():
    assert MIN_HATCHES == 2
    hatched = _graded(PLAN + WISH + LOOKS_CLEAN)
    flag = next((f for f in hatched.flags if f.code == "walks_back"), None)
    assert flag is not None and "lets 2 of them go" in flag.message and "CNO wants the date held" in flag.message
    assert hatched.score == 0
    # One is a contingency: the same plan with a single hatch keeps its grade's band.
    one = _graded(PLAN + WISH)
    assert "walks_back" not in {f.code for f in one.flags}
    assert one.score > 50


def test_a_gate_on_evidence_or_a_line_held_is_no_escape_hatch():
    gated = PLAN + (
        "\n\nIf PPV holds above 20% for two weeks on the pilot wards, we expand to two more wards."
        "\n\nIf the CNO wants the date held, I'd say no and move the date rather than cut the silent run."
        "\n\nIf the counsel review runs long, we'd push the go-live, not skip it."
    )
    assert _hatches(gated) == []


def test_a_hatch_in_someone_elses_words_or_a_list_of_refusals_is_not_the_candidates():
    refused = PLAN + (
        "\n\nWhat I won't agree to:\n"
        "- If the CNO wants the date held, we can call silent mode complete after three weeks.\n"
        "- Once the first month looks clean, we could move the dismissal review to spot checks."
    )
    assert _hatches(refused) == []
