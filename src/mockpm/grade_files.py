"""Grade answer files on disk: read, find the scenario, grade."""

from __future__ import annotations

from pathlib import Path

from mockpm.answers import parse_answer, read_answer
from mockpm.catalog import Library
from mockpm.errors import UnknownScenarioError, UsageError
from mockpm.grading import grade
from mockpm.judge.base import Judge
from mockpm.models import Answer, GradeReport, Scenario


def resolve_scenario_id(answer: Answer, override: str | None) -> str:
    scenario_id = override or answer.scenario_id
    if not scenario_id:
        raise UsageError(
            f"{answer.source}: no scenario given",
            hint="add `scenario: ID` front matter or pass --scenario ID (see `mockpm scenarios list`)",
        )
    return scenario_id


def read_answers(files: list[Path]) -> list[Answer]:
    """Read every file (``-`` is stdin), before anything else loads: a file from a stranger that
    breaks a limit is refused at once."""
    if sum(1 for f in files if str(f) == STDIN) > 1:
        raise UsageError("`-` (stdin) can be given once", hint="pass the other answers as files")
    return [read_stdin() if str(f) == STDIN else read_answer(f) for f in files]


def load_answers(files: list[Path], lib: Library, *, scenario_override: str | None = None) -> list[tuple[Answer, Scenario]]:
    """Read every file and resolve its scenario, so a bad file fails before any judge is paid for."""
    return [(a, scenario_for(a, lib, scenario_override)) for a in read_answers(files)]


STDIN = "-"


def read_stdin() -> Answer:
    """An answer piped in as `-`, front matter and all, with the same limits as a file."""
    import sys

    from mockpm.answers import MAX_BYTES

    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    return parse_answer(raw, source="<stdin>")


def scenario_for(answer: Answer, lib: Library, override: str | None = None) -> Scenario:
    """The answer's scenario; an unknown id is reported against the file that named it."""
    try:
        return lib.scenario(resolve_scenario_id(answer, override))
    except UnknownScenarioError as exc:
        where = "--scenario" if override else answer.source
        raise UnknownScenarioError(f"{where}: {exc.message}", hint=exc.hint) from None


def grade_loaded(items: list[tuple[Answer, Scenario]], lib: Library, judge: Judge | None = None) -> list[GradeReport]:
    return [grade(a, s, lib.rubrics_for(s), judge, library=lib) for a, s in items]

