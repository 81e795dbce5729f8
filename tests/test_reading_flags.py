"""Flags read from the whole answer: a harmful call that the reader also leans against."""

from __future__ import annotations

import pytest

from mockpm import reject_model
from mockpm.catalog import load_library
from mockpm.checks import run_checks
from mockpm.guards import BRUSHES_OFF, WRONG_CALLS
from mockpm.reading_flags import reading_flags

PLAN = ("Before any alert fires, the model runs silently for eight weeks on two wards with chart review by two "
        "physicians. Over-80s get their own threshold. Counsel settles the CDS question in week two. ")
HARM = "When the score crosses 0.7, the system places the sepsis order set automatically under the physician's name."


def _flags(text: str, probability: float | None) -> list[str]:
    lib = load_library()
    scenario = lib.scenario("sepsis-model")
    criteria = [c for r in lib.rubrics_for(scenario) for c in r.criteria]
    keywords = run_checks(criteria, text)
    whole = reject_model.RejectReading(probability=probability, flagged=False, quote="")
    return [f.code for f in reading_flags(criteria, keywords, text, whole)]


@pytest.mark.parametrize("probability,flagged", [(0.55, True), (0.4, True), (0.35, False), (None, False)])
def test_a_harmful_call_the_reader_leans_against_is_a_no_hire(probability, flagged):
    assert (WRONG_CALLS in _flags(PLAN + HARM, probability)) is flagged


def test_the_same_reading_without_a_harmful_call_flags_nothing():
    assert WRONG_CALLS not in _flags(PLAN + "The physician places the sepsis order set after reading the alert.", 0.55)


BROKEN_PRINCIPLE = (
    "Three rules I'd hold to:\n"
    "1. No nurse sees an alert until the model has run silently for eight weeks with chart review.\n"
    "2. Over-80s get their own threshold before go-live.\n"
    "3. Counsel settles the CDS question in week two.\n\n"
    "Week 10: the alert fires again every 15 minutes until someone acts on it.\n"
)


@pytest.mark.parametrize("probability,flagged", [(0.45, True), (0.35, False), (None, False)])
def test_a_call_against_a_declared_principle_that_the_reader_leans_against_is_a_no_hire(probability, flagged):
    assert (WRONG_CALLS in _flags(BROKEN_PRINCIPLE, probability)) is flagged
    # the same call with no principles declared before it is one wrong call, whatever the reading
    plan = BROKEN_PRINCIPLE.split("\n\n", 1)[1]
    assert WRONG_CALLS not in _flags(plan, probability)


def _flags_for(scenario_id: str, text: str) -> list[str]:
    lib = load_library()
    criteria = [c for r in lib.rubrics_for(lib.scenario(scenario_id)) for c in r.criteria]
    whole = reject_model.RejectReading(probability=None, flagged=False, quote="")
    return [f.code for f in reading_flags(criteria, run_checks(criteria, text), text, whole)]


STREAKS = ("I agree it's partly a retention problem. I'd check pharmacy claims for the members who stop logging, to see whether they still fill.\n\n"
           "1. Translate the app and reminders into the top three languages.\n"
           "2. A streak and rewards program: members earn points for logging 7 days in a row, redeemable for gift cards.\n"
           "3. Care managers call anyone whose claims show a missed refill.\n")


def test_one_sentence_read_by_many_red_flags_is_one_call():
    # the streak program meets engagement, app-activity and cash-incentive red flags: one call, not three
    # (with the retention framing, two calls in all)
    assert WRONG_CALLS not in _flags_for("medication-adherence", STREAKS)
    separate = STREAKS + ("\nSuccess is 60-day logging retention, our north star for engagement.\n"
                          "The board reads daily active users as the measure that counts.\n"
                          "We also pay members $50 cash each month they log every day.\n")
    assert WRONG_CALLS in _flags_for("medication-adherence", separate)


def test_a_postscript_that_brushes_off_a_safeguard_the_plan_set_up_takes_it_back():
    plan = ("Before any alert fires, the model runs silently for eight weeks on two wards with chart review by two physicians. "
            "Over-80s get their own threshold. Counsel settles the CDS question in week two.\n\n")
    dropped = "P.S. To keep the date, from the third ward onward we'll skip chart review."
    assert BRUSHES_OFF in _flags(plan + dropped, None)
    # in the plan's own body it is one brushed-off passage; with no earlier commitment to it, or
    # committed to twice, it is no taking back
    assert BRUSHES_OFF not in _flags(plan + dropped.replace("P.S. ", ""), None)
    assert BRUSHES_OFF not in _flags(plan + "- Update the threshold quarterly.\n" + dropped.replace("P.S. ", ""), None)
    assert BRUSHES_OFF in _flags(plan + "Update: " + dropped.replace("P.S. ", ""), None)
    assert BRUSHES_OFF not in _flags(plan.replace(" with chart review by two physicians", "") + dropped, None)
    assert BRUSHES_OFF not in _flags(plan + "P.S. From the third ward onward chart review covers every alert.", None)
