"""The small interface every judge implements.

The grading pipeline hands a judge the scenario, the criteria and the answer text; the judge
returns one verdict per criterion. Checking evidence against the answer, combining with the
keyword checks and scoring all happen in ``mockpm.grading``, so every judge is held to the
same rules.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field

from mockpm.models import Criterion, JudgeInfo, Scenario


class JudgeRequest(BaseModel):
    scenario: Scenario
    criteria: list[Criterion]
    answer_text: str


class JudgeVerdict(BaseModel):
    criterion_id: str
    met: bool | None  # None: the judge could not decide (unscored)
    rationale: str = ""
    evidence: str = ""  # a verbatim quote from the answer, or ""
    confidence: float | None = None  # share of samples that agreed, with --samples N
    flags: list[str] = Field(default_factory=list)


class JudgeResult(BaseModel):
    verdicts: list[JudgeVerdict]
    summary: str = ""
    info: JudgeInfo


@runtime_checkable
class Judge(Protocol):
    """Grades all criteria of one answer, normally in a single model call."""

    def judge(self, request: JudgeRequest) -> JudgeResult: ...

    async def ajudge(self, request: JudgeRequest) -> JudgeResult: ...


@runtime_checkable
class TextCompleter(Protocol):
    """Optional: a judge that can also write free text (interviewer follow-ups)."""

    def complete_text(self, messages: list[dict[str, str]], *, max_tokens: int = 200, temperature: float = 0.7) -> str: ...
