"""`mockpm calibrate`, in-process and through the installed entry point."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, write_minilib
from typer.testing import CliRunner

from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")


def grades_csv(tmp_path: Path, *, agree: bool) -> Path:
    """12 answers, strong and weak alternating; human grades that agree with mockpm or invert it."""
    answers = tmp_path / "answers"
    answers.mkdir()
    path = tmp_path / "grades.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "human", "human2"])
        for i in range(12):
            strong = i % 2 == 0
            answer_file(answers / f"a{i}.md", (STRONG if strong else WEAK) + f" Note {i}.")
            human = 5 if strong == agree else 1
            w.writerow([f"answers/a{i}.md", human, human])
    return path


def test_agreeing_humans_pass(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    r = CliRunner().invoke(app, ["calibrate", str(grades_csv(tmp_path, agree=True)), "--library", str(lib),
                                 "--offline", "--scale-min", "1", "--scale-max", "5", "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["passed"] is True and doc["qwk"] == 1.0 and doc["n"] == 12


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_disagreeing_humans_fail_through_the_installed_command(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    p = subprocess.run([MOCKPM, "calibrate", str(grades_csv(tmp_path, agree=False)), "--library", str(lib),
                        "--offline", "--scale-min", "1", "--scale-max", "5"], capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    assert "FAIL" in p.stdout and "QWK" in p.stdout


def test_bad_grades_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "g.csv"
    bad.write_bytes(b"\xff\xfefile,human\n")
    r = CliRunner().invoke(app, ["calibrate", str(bad), "--offline"])
    assert r.exit_code == 3 and "not valid UTF-8" in r.stderr
