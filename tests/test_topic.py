"""Which question an answer answers, measured over the whole library."""

from __future__ import annotations

import pytest

from mockpm.catalog import load_library
from mockpm.topic import model_for


@pytest.fixture(scope="module")
def lib():
    return load_library()


def test_an_answer_is_closest_to_its_own_question(lib, examples):
    text = (examples / "sepsis-strong.md").read_text()
    rel = model_for(lib.scenarios, lib.rubrics).relevance(text, "sepsis-model")
    assert rel.own > rel.best_other_sim + 0.1


def test_an_answer_to_another_question_names_that_question(lib, examples):
    text = (examples / "sepsis-strong.md").read_text()
    rel = model_for(lib.scenarios, lib.rubrics).relevance(text, "appointment-reminders-equity")
    assert rel.best_other == "sepsis-model" and rel.best_other_sim > rel.own + 0.2
