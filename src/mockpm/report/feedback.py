"""What to fix first: the missed criteria and red flags that cost the most points."""

from __future__ import annotations

from mockpm.models import CriterionResult, GradeReport


def red_flags_hit(report: GradeReport) -> list[CriterionResult]:
    return [c for c in report.criteria if c.points < 0 and c.met]


def top_misses(report: GradeReport, n: int = 3) -> list[CriterionResult]:
    missed = [c for c in report.criteria if c.points > 0 and c.met is False]
    return sorted(missed, key=lambda c: -c.points)[:n]


CORE_PREFIX = "core."
MAX_CORE_MISSES = 1  # shared criteria give generic advice; the scenario's own say what this question needs


def is_core(c: CriterionResult) -> bool:
    return c.id.startswith(CORE_PREFIX)


def fixes_first(report: GradeReport, n: int = 3) -> list[CriterionResult]:
    """The changes worth the most points: red flags hit and high-value misses, biggest first.

    Unscored criteria are not verdicts, so they are never offered as fixes. On a tie the
    scenario's own criteria come before the shared core ones, and a red flag before a miss
    (removing it is the cheaper change). At most one missed core criterion is offered while
    other fixes remain: its advice fits every question, so it says least about this one. A red
    flag hit is always about the answer's own words, so it is never held back.
    """
    hit = red_flags_hit(report)
    missed = [c for c in report.criteria if c.points > 0 and c.met is False]
    def rank(c: CriterionResult) -> tuple:
        return (-abs(c.points), is_core(c), c.points > 0)

    ranked = sorted(hit + missed, key=rank)
    chosen: list[CriterionResult] = []
    held: list[CriterionResult] = []
    cores = 0
    for c in ranked:
        if c.points > 0 and is_core(c):
            if cores >= MAX_CORE_MISSES:
                held.append(c)
                continue
            cores += 1
        chosen.append(c)
    return sorted((chosen + held)[:n], key=rank)


def weakest_axis(report: GradeReport) -> str | None:
    return min(report.axes, key=report.axes.__getitem__) if report.axes else None
