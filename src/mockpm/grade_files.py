"""Grade answer files on disk: read, find the scenario, grade."""

from __future__ import annotations

from pathlib import Path

from mockpm.answers import read_answer
from mockpm.catalog import Library
from mockpm.errors import UsageError
from mockpm.grading import grade
from mockpm.judge.base import Judge
from mockpm.models import Answer, GradeReport


def resolve_scenario_id(answer: Answer, override: str | None) -> str:
    scenario_id = override or answer.scenario_id
    if not scenario_id:
        raise UsageError(
            f"{answer.source}: no scenario given",
            hint="add `scenario: ID` front matter or pass --scenario ID (see `mockpm scenarios list`)",
        )
    return scenario_id


def grade_answer(answer: Answer, lib: Library, *, scenario_override: str | None = None, judge: Judge | None = None) -> GradeReport:
    scenario = lib.scenario(resolve_scenario_id(answer, scenario_override))
    return grade(answer, scenario, lib.rubrics_for(scenario), judge)


def grade_files(files: list[Path], lib: Library, *, scenario_override: str | None = None, judge: Judge | None = None) -> list[GradeReport]:
    # Read and resolve everything first, so a bad file fails before any judge call is paid for.
    answers = [read_answer(f) for f in files]
    for a in answers:
        lib.scenario(resolve_scenario_id(a, scenario_override))
    return [grade_answer(a, lib, scenario_override=scenario_override, judge=judge) for a in answers]
