"""What a hiring committee would say: the missed criteria that cost the most, and red flags hit."""

from __future__ import annotations

from mockpm.models import CriterionResult, GradeReport


def red_flags_hit(report: GradeReport) -> list[CriterionResult]:
    return [c for c in report.criteria if c.points < 0 and c.met]


def top_misses(report: GradeReport, n: int = 3) -> list[CriterionResult]:
    missed = [c for c in report.criteria if c.points > 0 and c.met is False]
    return sorted(missed, key=lambda c: -c.points)[:n]


def weakest_axis(report: GradeReport) -> str | None:
    return min(report.axes, key=report.axes.__getitem__) if report.axes else None

