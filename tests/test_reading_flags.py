"""Flags read from the whole answer: a harmful call that the reader also leans against."""

from __future__ import annotations

import pytest

from mockpm import reject_model
from mockpm.catalog import load_library
from mockpm.checks import run_checks
from mockpm.guards import WRONG_CALLS
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
