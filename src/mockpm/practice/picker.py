"""Choosing a scenario: from a numbered list, at random towards the weakest axis, and what next."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mockpm.errors import UsageError
from mockpm.models import ROUND_TYPES, GradeReport, Scenario

if TYPE_CHECKING:
    from mockpm.catalog import Library
    from mockpm.history import SessionRow


def choices(lib: Library, round_: str | None = None) -> list[Scenario]:
    """Scenarios in the order the picker numbers them (by round, then id)."""
    if round_ is not None and round_ not in ROUND_TYPES:
        raise UsageError(f"unknown round {round_!r}", hint=f"use one of: {', '.join(ROUND_TYPES)}")
    items = [s for s in lib.scenarios.values() if round_ is None or s.round == round_]
    if not items:
        where = f" for round {round_!r}" if round_ else ""
        raise UsageError(f"no scenarios{where}", hint="drop --round, or add scenarios with --library")
    return sorted(items, key=lambda s: (ROUND_TYPES.index(s.round), s.id))


def resolve_choice(text: str, items: list[Scenario]) -> Scenario | None:
    """A 1-based number from the list or a scenario id; None if it is neither."""
    text = text.strip()
    if text.isdigit():
        n = int(text)
        return items[n - 1] if 1 <= n <= len(items) else None
    return next((s for s in items if s.id == text), None)


def axis_weight(lib: Library, scenario: Scenario, axis: str) -> float:
    """Share of a scenario's positive points that sit on one axis: how much it exercises it."""
    crit = [c for c in lib.criteria_for(scenario) if c.points > 0]
    total = sum(c.points for c in crit)
    return sum(c.points for c in crit if c.axis == axis) / total if total else 0.0


def for_axis(lib: Library, axis: str, items: list[Scenario], exclude: set[str] = frozenset(), tried: set[str] = frozenset()) -> list[Scenario]:
    """Scenarios that exercise an axis, best first: the most weight on it, untried ones first."""
    scored = [(axis_weight(lib, s, axis), s) for s in items if s.id not in exclude]
    scored = [(w, s) for w, s in scored if w > 0]
    scored.sort(key=lambda ws: (-ws[0], ws[1].id in tried, ws[1].id))
    return [s for _, s in scored]


def weakest_axis(rows: list[SessionRow]) -> str | None:
    from mockpm.history import weakest_axes

    weakest = weakest_axes(rows, n=1)
    return weakest[0][0] if weakest else None


def pick_random(lib: Library, rows: list[SessionRow], round_: str | None = None, rng: random.Random | None = None) -> tuple[Scenario, str | None]:
    """A random scenario, drawn from those that exercise the weakest axis when there is history.

    Returns the scenario and the axis it was chosen for (None: no history, any scenario).
    """
    rng = rng or random.Random()
    items = choices(lib, round_)
    axis = weakest_axis(rows)
    if axis is not None:
        tried = {r.scenario for r in rows}
        ranked = for_axis(lib, axis, items, tried=tried)
        if ranked:
            # The top few by weight, not only the single best, so repeated --random runs vary.
            top = ranked[: max(3, len(ranked) // 3)]
            return rng.choice(top), axis
    return rng.choice(items), None


@dataclass
class Suggestion:
    axis: str | None
    scenario: str | None
    criterion: str | None

    def text(self) -> str:
        lines = []
        if self.axis:
            lines.append(f"Weakest axis: {self.axis}.")
            if self.scenario:
                lines.append(f"Practise it next:  mockpm practice {self.scenario}")
        if self.criterion:
            lines.append(f"Top miss: {self.criterion}")
        return "\n".join(lines) or "Nothing missed here: try a harder round next."


def suggest_next(report: GradeReport, lib: Library, rows: list[SessionRow] | None = None) -> Suggestion:
    """The weakest axis of this report, a scenario that exercises it, and the top missed criterion."""
    from mockpm.report.feedback import top_misses, weakest_axis as report_weakest

    axis = report_weakest(report)
    misses = top_misses(report, 1)
    scenario = None
    if axis is not None:
        tried = {r.scenario for r in rows or []}
        ranked = for_axis(lib, axis, list(lib.scenarios.values()), exclude={report.scenario}, tried=tried)
        scenario = ranked[0].id if ranked else None
    criterion = " ".join(misses[0].statement.split()) if misses else None
    return Suggestion(axis=axis, scenario=scenario, criterion=criterion)
