"""Every library problem in one run, right line numbers, and suggestions only for near misses.

Each check runs in-process (CliRunner) and through the installed entry point.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from textwrap import dedent

import pytest
from typer.testing import CliRunner

from minilib import SEED, write_minilib
from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
runner = CliRunner()

# a schema problem (typo'd key), a bad regex, an unknown seed and a duplicate id, all in one file
BAD_RUBRIC = dedent(f"""\
    id: mini-bad
    title: Bad rubric
    criteria:
      - id: mini-bad.one
        axis: regulatory
        statement: Names the regulatory constraints that apply.
        points: 5
        chek: {{any: [FDA]}}
        seed: {SEED}
        reason: Committees reject candidates who ignore regulation.
      - id: mini-bad.two
        axis: regulatory
        statement: Names the regulatory constraints that apply.
        points: 5
        check: {{any: ["re:(unclosed"]}}
        seed: no-such-seed.txt
        reason: Committees reject candidates who ignore regulation.
      - id: mini-bad.two
        axis: regulatory
        statement: Names the regulatory constraints that apply.
        points: 5
        seed: {SEED}
        reason: Committees reject candidates who ignore regulation.
    """)


def _both(tmp_path: Path, *args: str) -> list[tuple[int, str, str]]:
    """(exit code, stdout, stderr) from CliRunner and, when installed, from the real command."""
    r = runner.invoke(app, list(args))
    out = [(r.exit_code, r.stdout, r.stderr)]
    if MOCKPM:
        p = subprocess.run([MOCKPM, *args], capture_output=True, text=True, cwd=tmp_path, timeout=60)
        out.append((p.returncode, p.stdout, p.stderr))
    return out


def _assert_all_four(code: int, stdout: str, path: str) -> None:
    assert code == 4
    lines = stdout.strip().splitlines()
    assert f"{path}:8: unknown key 'chek'; did you mean 'check'?" in lines
    assert any(line.startswith(f"{path}:15: criterion 'mini-bad.two': bad regex") for line in lines)
    assert any(line.startswith(f"{path}:16: criterion 'mini-bad.two' cites unknown seed file 'no-such-seed.txt'") for line in lines)
    assert any(line.startswith(f"{path}:18: duplicate criterion id 'mini-bad.two'") for line in lines)


def test_validate_reports_schema_regex_seed_and_duplicate_problems_together(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    bad = lib / "rubrics" / "mini-bad.yaml"
    bad.write_text(BAD_RUBRIC)
    for code, stdout, _ in _both(tmp_path, "rubrics", "validate", str(bad), "--library", str(lib)):
        _assert_all_four(code, stdout, str(bad))
    # the whole library folder too (the path a library load takes)
    for code, stdout, _ in _both(tmp_path, "rubrics", "validate", str(lib)):
        _assert_all_four(code, stdout, str(bad))


@pytest.mark.parametrize(("front", "line"), [
    ("scenario: [sepsis-model\n", 2),              # unclosed bracket: the line that opened it
    ("candidate: A\nscenario: x: y\n", 3),         # a problem in the middle
    ('candidate: "Ada\n', 2),                       # unclosed quote
])
def test_front_matter_errors_name_the_line_in_the_file(tmp_path: Path, front: str, line: int) -> None:
    f = tmp_path / "answer.md"
    f.write_text(f"---\n{front}---\nI would set the launch bar in clinical terms.\n")
    for code, _, stderr in _both(tmp_path, "grade", "--offline", str(f)):
        assert code == 3, stderr
        assert f"answer.md:{line}: malformed front matter" in stderr
        assert stderr.count("\n") == 1 and "Traceback" not in stderr


@pytest.mark.parametrize(("typed", "suggested"), [
    ("no-such-scenario", None),
    ("sepsis-modle", "sepsis-model"),
    ("sepsis", "sepsis-model"),
    ("medication-adherance", "medication-adherence"),
])
def test_unknown_scenario_suggests_only_near_misses(tmp_path: Path, typed: str, suggested: str | None) -> None:
    f = tmp_path / "answer.md"
    f.write_text("I would set the launch bar in clinical terms such as sensitivity.\n")
    for code, _, stderr in _both(tmp_path, "grade", "--offline", "-s", typed, str(f)):
        assert code != 0 and f"unknown scenario {typed!r}" in stderr
        if suggested:
            assert f"did you mean {suggested}" in stderr
        else:
            assert "did you mean" not in stderr and "mockpm scenarios list" in stderr
