"""Pydantic models shared by every part of mockpm.

Library files (scenarios, rubrics) use ``extra="forbid"`` so a typo in a key is an error,
not a silently ignored setting.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ROUND_TYPES = ("screening", "technical", "case-study", "behavioral", "final")
RoundType = Literal["screening", "technical", "case-study", "behavioral", "final"]

AXES = (
    "regulatory",
    "clinical-workflow",
    "model-quality-and-safety",
    "equity",
    "stakeholders",
    "business-and-reimbursement",
    "interoperability-and-data",
    "structure-and-communication",
)

SLUG = r"^[a-z0-9][a-z0-9.-]*$"


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- library


class KeywordCheck(StrictModel):
    """Deterministic evidence for a criterion.

    A term is a phrase matched case-insensitively on word boundaries; ``*`` at the end of a
    word matches any suffix (``reimburs*``); a term starting with ``re:`` is a regular
    expression. The check passes when at least ``min_matches`` distinct ``any`` terms match
    (if ``any`` is given), every ``all`` group has a match, and no ``none`` term matches.
    Negated or contrasted mentions ("not open rates, but ...") never count.
    """

    any: list[str] = Field(default_factory=list)
    all: list[list[str]] = Field(default_factory=list)
    none: list[str] = Field(default_factory=list)
    min_matches: int = Field(default=1, ge=1)
    # Which mentions count: "asserted" (the default: committed to, not negated, dismissed,
    # deferred or handed off) or "brushed_off" (dismissed, deferred or handed to someone else:
    # for red flags about waving a step away).
    stance: Literal["asserted", "brushed_off"] = "asserted"
    # Also read the terms of this scenario's positive criteria on these axes (brushed_off red flags).
    from_axes: list[str] = Field(default_factory=list)
    # A positive criterion is earned by a committed passage, not a term in a list or a generic
    # claim; false for whole-answer traits such as structure or numbers.
    substance: bool = True

    @field_validator("from_axes")
    @classmethod
    def _known_axes(cls, v: list[str]) -> list[str]:
        unknown = [a for a in v if a not in AXES]
        if unknown:
            raise ValueError(f"unknown axis {unknown[0]!r}; use one of: {', '.join(AXES)}")
        return v


class Criterion(StrictModel):
    id: str = Field(pattern=SLUG)
    axis: str
    statement: str = Field(min_length=10)
    points: int = Field(ge=-10, le=10)
    check: KeywordCheck | None = None
    seed: str
    reason: str = Field(min_length=10)
    # What a strong answer sounds like on this point, in a candidate's own words; for a red flag,
    # what to say instead. Required of built-in rubrics (`rubrics validate`), optional for others.
    sounds_like: str | None = Field(default=None, min_length=10, max_length=300)
    # A red flag whose call puts patients at risk (a human check removed, a group dropped, a
    # clinical objection overruled): it counts twice toward the `wrong_calls` flag.
    harm: bool = False
    # A red flag a committee rejects on by itself, whatever else the answer gets right: fraud,
    # paying for referrals, selling patient data, patient data handed out without safeguards. One
    # met is the `wrong_calls` flag on its own.
    disqualifying: bool = False

    @field_validator("points")
    @classmethod
    def _nonzero(cls, v: int) -> int:
        if v == 0:
            raise ValueError("points must be non-zero (positive for strengths, negative for red flags)")
        return v

    @field_validator("axis")
    @classmethod
    def _known_axis(cls, v: str) -> str:
        if v not in AXES:
            raise ValueError(f"unknown axis {v!r}; use one of: {', '.join(AXES)}")
        return v

    @field_validator("harm", "disqualifying")
    @classmethod
    def _harm_is_a_red_flag(cls, v: bool, info) -> bool:  # noqa: ANN001 - pydantic's ValidationInfo
        if v and info.data.get("points", -1) > 0:
            raise ValueError(f"{info.field_name} applies to red flags only (negative points)")
        return v

    @property
    def red_flag(self) -> bool:
        return self.points < 0


class Rubric(StrictModel):
    id: str = Field(pattern=SLUG)
    title: str
    description: str = ""
    criteria: list[Criterion] = Field(min_length=1)


class Scenario(StrictModel):
    id: str = Field(pattern=SLUG)
    title: str
    round: RoundType
    question: str = Field(min_length=20)
    context: str
    constraints: list[str] = Field(default_factory=list)
    time_limit_minutes: int = Field(ge=1, le=180)
    follow_ups: list[str] = Field(min_length=2, max_length=4)
    # The criteria each follow-up probes, in the same order: practice asks the follow-ups that
    # target what the answer missed. Optional; without it they are asked in order.
    follow_up_probes: list[list[str]] = Field(default_factory=list)
    rubrics: list[str] = Field(min_length=1)
    strong_answer: list[str] = Field(min_length=3)
    topic_terms: list[str] = Field(min_length=5)
    seeds: list[str] = Field(min_length=1)
    # Shared (core) criteria that do not fit this question, e.g. clinical validation in a
    # story about a blocked rollout: left out so they neither reward nor cost anything.
    not_applicable: list[str] = Field(default_factory=list)


class SeedSource(StrictModel):
    file: str
    title: str


# --------------------------------------------------------------------------- answers


class Answer(BaseModel):
    text: str
    scenario_id: str | None = None
    candidate: str | None = None
    source: str | None = None  # file path or row label, for reports and errors


# --------------------------------------------------------------------------- grading


class Match(BaseModel):
    term: str
    text: str
    start: int
    end: int


class KeywordResult(BaseModel):
    met: bool
    matches: list[Match] = Field(default_factory=list)
    blocked_by: list[Match] = Field(default_factory=list)  # `none` terms that vetoed it


class Flag(BaseModel):
    code: str
    message: str


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0


class JudgeInfo(BaseModel):
    mode: Literal["offline", "llm"] = "offline"
    model: str | None = None
    base_url_host: str | None = None
    prompt_version: str | None = None
    output_mode: str | None = None  # json_schema | json_object | text
    system_fingerprint: str | None = None
    calls: int = 0
    cache_hits: int = 0
    samples: int = 1
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = None
    summary: str | None = None
    error: str | None = None
    # The judge could not be reached or did not answer in time (an outage, not a bad reply).
    outage: bool = False


class CriterionResult(BaseModel):
    id: str
    axis: str
    statement: str
    points: int
    harm: bool = False  # a red flag whose call puts patients at risk (see Criterion.harm)
    met: bool | None  # None: unscored
    keyword_met: bool | None = None
    judge_met: bool | None = None
    confidence: float | None = None
    evidence: list[str] = Field(default_factory=list)
    matches: list[Match] = Field(default_factory=list)
    rationale: str | None = None
    flags: list[str] = Field(default_factory=list)
    seed: str
    reason: str

    @property
    def red_flag(self) -> bool:
        return self.points < 0


class KeywordOnlyResult(BaseModel):
    """The offline checks' own result, shown beside a report the judge could not score."""

    label: str = "keyword-only result (offline checks, not the judge)"
    score: float | None
    band: str
    raw_points: int = 0
    possible_points: int = 0


class GradeReport(BaseModel):
    file: str | None
    scenario: str
    scenario_title: str
    candidate: str | None
    # 0-100; None when nothing could be scored (an outage is not a 0)
    score: float | None
    band: str
    axes: dict[str, float]
    criteria: list[CriterionResult]
    flags: list[Flag]
    judge: JudgeInfo
    complete: bool  # False when any criterion is unscored
    # Signed points of met criteria before clipping, and the positive points at stake: progress
    # between two weak attempts shows here when both scores are 0.
    raw_points: int = 0
    possible_points: int = 0
    flagged: bool = False  # a guard flagged the answer: bottom band, ranked below unflagged answers
    # How strongly the whole answer reads as the answers committees reject (reject_model, 0-1;
    # None when it abstained). Orders flagged answers among themselves; never a score.
    reject_reading: float | None = None
    # Among answers committees turn down, how likely this one is to be among the worst
    # (reject_model.Severity, 0-1; None when the model abstained). Orders flagged answers too.
    reject_severity: float | None = None
    # Share of the offline score withheld because the answer reads partly as rejected (0 when it
    # lowered nothing); kept so a score worked out again (a review decision) withholds it too.
    withheld: float = 0.0
    # With score None under a judge: what the keyword checks alone make of the answer.
    keyword_only: KeywordOnlyResult | None = None
    combine_rule: str
    word_count: int
    graded_at: datetime
    mockpm_version: str
