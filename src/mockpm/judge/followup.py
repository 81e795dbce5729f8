"""Interviewer follow-up questions written by the judge from an answer's biggest gap."""

from __future__ import annotations

from mockpm.judge.base import Judge
from mockpm.models import Criterion, Scenario

MAX_CHARS = 400


def biggest_gap(missed: list[Criterion]) -> Criterion | None:
    """The missed strength worth most points; else the heaviest red flag present."""
    strengths = [c for c in missed if c.points > 0]
    if strengths:
        return max(strengths, key=lambda c: c.points)
    return max(missed, key=lambda c: abs(c.points), default=None)


def write_followup(judge: Judge | None, scenario: Scenario, answer_text: str, missed: list[Criterion]) -> str | None:
    """One probing follow-up question, or None when no judge is available or it fails.

    ``missed``: strengths not met and red flags present. Never raises: a practice session
    falls back to the scenario's scripted follow-ups.
    """
    complete = getattr(judge, "complete_text", None)
    gap = biggest_gap(missed)
    if complete is None or gap is None:
        return None
    try:
        from mockpm.judge.prompts import followup_messages

        statement = " ".join(gap.statement.split())
        gap_text = f"it shows this weakness: {statement}" if gap.red_flag else f"it does not show this: {statement}"
        text = complete(followup_messages(scenario, answer_text, gap_text), max_tokens=120, temperature=0.7)
    except Exception:  # noqa: BLE001 - any judge failure just means no generated follow-up
        return None
    question = " ".join(str(text).strip().strip('"').split())
    if not question or len(question) > MAX_CHARS:
        return None
    return question
