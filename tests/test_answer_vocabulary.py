"""The answer vocabulary: how much of an answer speaks the words answers to its question use."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockpm import answer_vocabulary as av
from mockpm.answers import read_answer
from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.scoring import rank_key

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "answers"

# Written for this test: a sound plan, but for a hospital-at-home programme, not the sepsis model.
HOSPITAL_AT_HOME = (
    "I'd treat this as opening a new ward that happens to be spread across patients' living rooms. Start with "
    "conditions where the home protocols are mature: heart failure exacerbations, COPD flares and cellulitis. "
    "The hospitalist lead writes the exclusion criteria: anyone likely to need intensive care, no working phone, "
    "unstable housing, no caregiver where one is needed. A community paramedic service contracts to reach any home "
    "within thirty minutes, and we drill that response time monthly. Nurses visit twice a day; a tablet and a "
    "cellular blood-pressure cuff send readings to a command centre staffed around the clock. On payment, the "
    "waiver covers Medicare patients, so commercial contracts come second, once we can show readmission and "
    "patient-experience numbers from the first two hundred stays. I'd expand from one service line to three "
    "over a year, with a monthly review of every transfer back to the building and every fall at home.")


@pytest.fixture(scope="module")
def lib():
    return load_library()


def test_an_answer_to_another_question_strays_and_a_real_one_does_not(lib):
    sepsis = lib.scenario("sepsis-model")
    away = av.read(HOSPITAL_AT_HOME, sepsis.id, sepsis.question)
    assert away is not None and away.strays and away.share < av.BAR
    strong = read_answer(EXAMPLES / "sepsis-strong.md")
    own = av.read(strong.text, sepsis.id, sepsis.question)
    assert own is not None and not own.strays and own.share >= 0.85


def test_it_reads_only_the_questions_it_was_built_from_and_answers_long_enough(lib):
    sepsis = lib.scenario("sepsis-model")
    assert av.read(HOSPITAL_AT_HOME, sepsis.id, sepsis.question + " And how would you price it?") is None
    assert av.read(HOSPITAL_AT_HOME, "a-users-own-scenario", sepsis.question) is None
    assert av.read("We pilot on one ward with a nurse lead and a rollback plan.", sepsis.id, sepsis.question) is None


def test_names_are_the_storys_words_not_the_questions():
    assert av.answer_words("We flew to the Yup'ik villages near Bethel. Epic is fine, and epic rollouts are hard.") == {
        "flew", "villag", "near", "epic", "fine", "rollout", "hard"}


def test_every_built_in_question_has_its_vocabulary(lib):
    # A question reworded without rebuilding (tools/build_answer_vocabulary.py) would read as unknown.
    for sid, scenario in lib.scenarios.items():
        assert av.read(HOSPITAL_AT_HOME * 2, sid, scenario.question) is not None, sid


def test_offline_it_caps_the_grade_and_ranks_below_every_attempt(lib):
    sepsis = lib.scenario("sepsis-model")
    r = grade(Answer(text=HOSPITAL_AT_HOME, scenario_id=sepsis.id), sepsis, lib.rubrics_for(sepsis), library=lib)
    assert "strays_from_question" in {f.code for f in r.flags}
    assert r.flagged and r.score == 0
    codes = [f.code for f in r.flags]
    weak_attempt = rank_key(0.0, -20, flagged=True, flags=["wrong_calls", "brushes_off_safety"], reading=0.95)
    assert rank_key(r.score, r.raw_points, flagged=True, flags=codes, reading=r.reject_reading) < weak_attempt
    # with a judge, the flag is a note and the judge's grade stands in the ranking
    assert rank_key(70.0, 30, flagged=False, flags=codes) > weak_attempt


def test_words_unlike_the_questions_flag_only_an_answer_that_leans_rejected(lib):
    from mockpm.reading_flags import reading_flags
    from mockpm.reject_model import RejectReading

    strays = av.VocabularyReading(share=0.70, distinct=120)
    flags = lambda reading: {f.code for f in reading_flags([], {}, HOSPITAL_AT_HOME, reading, vocabulary=strays)}
    assert "strays_from_question" in flags(RejectReading(probability=0.45, flagged=False, quote=""))
    assert "strays_from_question" in flags(RejectReading(probability=None, flagged=False, quote=""))
    # a genuine story in its own words, which the whole-answer reader reads as fine, is left alone
    assert "strays_from_question" not in flags(RejectReading(probability=0.1, flagged=False, quote=""))
