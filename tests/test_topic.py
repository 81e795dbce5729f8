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


def test_the_topic_cache_key_changes_when_stemming_does(monkeypatch, tmp_path):
    from mockpm import stemming, topic

    monkeypatch.setenv("MOCKPM_HOME", str(tmp_path))
    lib = load_library()
    topic._MODELS.clear()
    topic._BY_LIBRARY.clear()
    topic.model_for(lib.scenarios, lib.rubrics)
    cache = tmp_path / "data" / "cache"
    before = {p.name for p in cache.glob("topics-*.json")}
    monkeypatch.setattr(topic, "STEM_RULES", stemming.STEM_RULES + 1)
    topic._MODELS.clear()
    topic._BY_LIBRARY.clear()
    topic.model_for(lib.scenarios, lib.rubrics)
    after = {p.name for p in cache.glob("topics-*.json")}
    assert len(before) == 1 and after and not after & before  # a new file, not the stale one
    topic._MODELS.clear()
    topic._BY_LIBRARY.clear()
