"""Sentences that give the question back earn nothing; an answer made of them is thin."""

from __future__ import annotations

from pathlib import Path

from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.passages import Reading
from mockpm.restatement import prompt_text, restated_sentences

RESTATED = (Path(__file__).parent / "data" / "restated_sepsis.md").read_text()


def _sepsis():
    lib = load_library()
    return lib, lib.scenario("sepsis-model")


def test_a_sentence_made_of_the_questions_words_and_figures_is_restated():
    _, s = _sepsis()
    text = ("The model scored an AUROC of 0.86 on two years of retrospective data from one hospital. "
            "We run it silently for eight weeks against chart review before any alert reaches a nurse. "
            "The model scored an AUROC of 0.86, and we launch only if PPV stays above 20% on our own patients.")
    assert restated_sentences(Reading(text), prompt_text(s)) == {0}


def test_a_gate_given_in_the_prompt_is_restated_a_gate_of_ones_own_is_not():
    s = load_library().scenario("clinical-trial-pipeline")
    text = ("The sponsor's quality team will audit the system against 21 CFR Part 11 before go-live. "
            "The sponsor's quality team reviews our validation pack before any site goes live.")
    assert restated_sentences(Reading(text), prompt_text(s)) == {0}


def test_an_answer_that_gives_the_question_back_is_thin_and_scores_nothing():
    lib, s = _sepsis()
    r = grade(Answer(text=RESTATED), s, lib.rubrics_for(s), library=lib)
    assert r.score == 0 and "thin_substance" in {f.code for f in r.flags}
    assert any("give the question" in f.message for f in r.flags)
