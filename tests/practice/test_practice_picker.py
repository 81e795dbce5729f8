"""Choosing scenarios: the numbered list, weakest-axis preference, what to practise next."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from mockpm.errors import UsageError
from mockpm.history import SessionRow
from mockpm.practice import picker
from practice.practice_lib import EQUITY, SEPSIS


def row(n: int, scenario: str, axes: dict[str, float]) -> SessionRow:
    t = datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(days=n)
    return SessionRow(id=f"s{n}", scenario=scenario, started_at=t, score=50, band="Lean Hire", axes=axes)


def test_choices_are_numbered_by_round_then_id(lib):
    items = picker.choices(lib)
    assert [s.id for s in items] == [SEPSIS, EQUITY]  # technical comes before case-study
    assert [s.id for s in picker.choices(lib, "case-study")] == [EQUITY]
    with pytest.raises(UsageError, match="unknown round"):
        picker.choices(lib, "lunch")
    with pytest.raises(UsageError, match="no scenarios"):
        picker.choices(lib, "final")


def test_resolve_choice_by_number_or_id(lib):
    items = picker.choices(lib)
    assert picker.resolve_choice("2", items).id == EQUITY
    assert picker.resolve_choice(f" {SEPSIS} ", items).id == SEPSIS
    for bad in ("0", "3", "nope", ""):
        assert picker.resolve_choice(bad, items) is None


def test_axis_weight(lib):
    assert picker.axis_weight(lib, lib.scenario(EQUITY), "equity") == pytest.approx(9 / 18)
    assert picker.axis_weight(lib, lib.scenario(SEPSIS), "equity") == 0
    assert picker.axis_weight(lib, lib.scenario(SEPSIS), "regulatory") == pytest.approx(5 / 17)


def test_random_without_history_can_pick_anything(lib):
    seen = {picker.pick_random(lib, [], rng=random.Random(seed))[0].id for seed in range(30)}
    assert seen == {SEPSIS, EQUITY}
    assert picker.pick_random(lib, [])[1] is None


def test_random_prefers_the_weakest_axis(lib):
    rows = [row(1, SEPSIS, {"regulatory": 100, "clinical-workflow": 80, "model-quality-and-safety": 90}),
            row(2, EQUITY, {"regulatory": 100, "clinical-workflow": 80, "equity": 10})]
    for seed in range(20):
        chosen, axis = picker.pick_random(lib, rows, rng=random.Random(seed))
        assert axis == "equity" and chosen.id == EQUITY


def test_weakest_axis_uses_recent_sessions():
    old_bad = [row(i, SEPSIS, {"equity": 0, "regulatory": 60}) for i in range(5)]
    recent_good = [row(10 + i, SEPSIS, {"equity": 100, "regulatory": 60}) for i in range(5)]
    assert picker.weakest_axis(old_bad + recent_good) == "regulatory"
    assert picker.weakest_axis([]) is None


def test_suggest_next_names_axis_scenario_and_miss(lib, fake_ui):
    from mockpm.grading import grade
    from mockpm.models import Answer
    from practice.practice_lib import SEPSIS_MAIN

    scenario = lib.scenario(SEPSIS)
    report = grade(Answer(text=SEPSIS_MAIN), scenario, lib.rubrics_for(scenario))
    s = picker.suggest_next(report, lib, [])
    assert s.axis == "regulatory" and s.scenario == EQUITY
    assert s.criterion == "Names the regulatory constraints that apply."
    text = s.text()
    assert f"mockpm practice {EQUITY}" in text and "Top miss: Names the regulatory" in text
