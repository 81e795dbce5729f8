"""What to fix first: the missed criteria and red flags that cost the most points."""

from __future__ import annotations

from mockpm.models import CriterionResult, GradeReport


def red_flags_hit(report: GradeReport) -> list[CriterionResult]:
    return [c for c in report.criteria if c.points < 0 and c.met]


def top_misses(report: GradeReport, n: int = 3) -> list[CriterionResult]:
    missed = [c for c in report.criteria if c.points > 0 and c.met is False]
    return sorted(missed, key=lambda c: -c.points)[:n]


def fixes_first(report: GradeReport, n: int = 3) -> list[CriterionResult]:
    """The changes worth the most points: red flags hit and high-value misses, biggest first.

    Unscored criteria are not verdicts, so they are never offered as fixes. On a tie a red flag
    comes first: removing it is the cheaper change.
    """
    hit = red_flags_hit(report)
    missed = [c for c in report.criteria if c.points > 0 and c.met is False]
    ranked = sorted(hit + missed, key=lambda c: (-abs(c.points), c.points > 0))
    return ranked[:n]


def weakest_axis(report: GradeReport) -> str | None:
    return min(report.axes, key=report.axes.__getitem__) if report.axes else None
