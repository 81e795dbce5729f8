"""Grading one answer to a built-in scenario, for tests that read its criteria or its checks."""

from __future__ import annotations

from mockpm.grading import grade, prepare
from mockpm.models import Answer


def prepared(lib, scenario_id: str, text: str):
    """The answer's criteria and keyword checks, before any flag is read."""
    s = lib.scenario(scenario_id)
    return prepare(Answer(text=text, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)


def graded(lib, scenario_id: str, text: str):
    """The answer's offline grade."""
    s = lib.scenario(scenario_id)
    return grade(Answer(text=text, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)
