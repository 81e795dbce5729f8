"""Fixtures for judge tests: the fake OpenAI server, a tiny library, judges pointed at the fake."""

from __future__ import annotations

import pytest
import yaml
from judge_testlib import ANSWER, RUBRIC, SCENARIO, SECRET
from openai_fake import FakeOpenAI, openai_fake  # noqa: F401 - fixture re-export

from mockpm.answers import parse_answer
from mockpm.models import Answer, Rubric, Scenario



@pytest.fixture
def scenario() -> Scenario:
    return Scenario.model_validate(yaml.safe_load(SCENARIO))


@pytest.fixture
def rubrics() -> list[Rubric]:
    return [Rubric.model_validate(yaml.safe_load(RUBRIC))]


@pytest.fixture
def answer() -> Answer:
    return parse_answer(ANSWER, source="answer.md")


@pytest.fixture
def make(openai_fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    """make(**settings_overrides, samples=1, use_cache=True) -> OpenAIJudge talking to the fake."""
    from mockpm.config import resolve
    from mockpm.judge.openai_judge import OpenAIJudge

    monkeypatch.setenv("OPENAI_BASE_URL", openai_fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)

    def _make(*, samples: int = 1, use_cache: bool = True, **overrides):
        settings, _ = resolve()
        # Short timeouts and backoff keep the failure tests fast.
        base = {"timeout": 2.0, "backoff": 0.01, "max_backoff": 2.0, "max_retries": 2}
        return OpenAIJudge(settings.model_copy(update={**base, **overrides}), samples=samples, use_cache=use_cache)

    return _make
