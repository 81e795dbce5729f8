"""Interviewer follow-up questions written by the judge from an answer's biggest gap."""

from __future__ import annotations

from mockpm.judge.base import Judge
from mockpm.models import Criterion, Scenario


def write_followup(judge: Judge | None, scenario: Scenario, answer_text: str, missed: list[Criterion]) -> str | None:
    """One probing follow-up question, or None when no judge is available or it fails."""
    return None
