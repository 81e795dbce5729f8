"""Follow-ups that listen: ask about what the answer left out, and grade the replies on it.

A scenario may say which criteria each follow-up probes (``follow_up_probes``). After the main
answer, each follow-up's gap is the points the answer left on those criteria (missed strengths
plus red flags hit); the biggest gaps are asked first and a follow-up whose criteria the answer
already covered is never asked. A reply is then graded on the criteria its follow-up probes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mockpm.models import Answer, CriterionResult, GradeReport, Rubric, Scenario

if TYPE_CHECKING:
    from mockpm.catalog import Library
    from mockpm.practice.state import Turn


@dataclass(frozen=True)
class Probe:
    question: str
    criteria: tuple[str, ...]
    gap: int = 0  # points the main answer left on these criteria


@dataclass
class FollowupFeedback:
    number: int
    question: str
    results: list[CriterionResult] = field(default_factory=list)
    skipped: bool = False  # the candidate left the follow-up empty


def gap(report: GradeReport, criteria: tuple[str, ...]) -> int:
    """Points at stake on these criteria: missed strengths and red flags hit (unscored: none)."""
    by_id = {c.id: c for c in report.criteria}
    total = 0
    for cid in criteria:
        c = by_id.get(cid)
        if c is None or c.met is None:
            continue
        if c.points > 0 and not c.met:
            total += c.points
        elif c.points < 0 and c.met:
            total += -c.points
    return total


def choose(scenario: Scenario, report: GradeReport, limit: int) -> list[Probe] | None:
    """The follow-ups to ask, biggest gap first; None when the scenario names no probes."""
    if not scenario.follow_up_probes or len(scenario.follow_up_probes) != len(scenario.follow_ups):
        return None
    probes = [Probe(q, tuple(ids), gap(report, tuple(ids))) for q, ids in zip(scenario.follow_ups, scenario.follow_up_probes)]
    open_ones = [p for p in probes if p.gap > 0]
    # sorted() is stable: on a tie the scenario's own order (the interviewer's) decides
    return sorted(open_ones, key=lambda p: -p.gap)[:limit]


def grade_replies(turns: list[Turn], scenario: Scenario, lib: Library) -> list[FollowupFeedback]:
    """Each answered follow-up graded on the criteria it probes (keyword checks: instant, free)."""
    from mockpm.grading import grade

    by_id = {c.id: c for c in lib.criteria_for(scenario)}
    out: list[FollowupFeedback] = []
    followups = [t for t in turns if t.kind == "followup"]
    for number, turn in enumerate(followups, 1):
        probed = [by_id[cid] for cid in turn.probes if cid in by_id]
        if not probed:
            continue
        if not turn.answer.strip():
            out.append(FollowupFeedback(number, turn.question, skipped=True))
            continue
        rubric = Rubric(id="follow-up", title="follow-up", criteria=probed)
        report = grade(Answer(text=turn.answer), scenario, [rubric], None)
        out.append(FollowupFeedback(number, turn.question, results=report.criteria))
    return out
