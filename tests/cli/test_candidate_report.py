"""`mockpm report RUN --candidate X --out FILE`: which values pick an answer, and the advice in the report."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, write_minilib
from typer.testing import CliRunner

from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
installed = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
runner = CliRunner()


def _run(home: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    assert MOCKPM
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL")}
    env.update({"MOCKPM_HOME": str(home), "COLUMNS": "80"})
    return subprocess.run([MOCKPM, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@installed
def test_candidate_is_picked_by_file_id_or_name_and_ambiguity_names_the_values(tmp_path: Path, isolated_home: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    folder = tmp_path / "answers"
    folder.mkdir()
    # one person, two answers; a folder cohort has no ids
    answer_file(folder / "sam-1.md", STRONG, candidate="Sam")
    answer_file(folder / "sam-2.md", WEAK, candidate="Sam")
    answer_file(folder / "kim.md", WEAK, candidate="Kim")
    assert _run(isolated_home, tmp_path, "batch", "answers", "--library", str(lib), "--offline").returncode == 0
    out = tmp_path / "x.md"
    amb = _run(isolated_home, tmp_path, "report", "latest", "--candidate", "sam", "--out", str(out))
    assert amb.returncode == 2 and amb.stderr.count("\n") == 1
    assert "'sam-1.md'" in amb.stderr and "'sam-2.md'" in amb.stderr and not out.exists()
    # each value it names works, and so do the path as listed and the absolute path
    for value, want in (("sam-1.md", "sam-1"), ("answers/sam-2.md", "sam-2"), (str(folder / "sam-1.md"), "sam-1"),
                        ("KIM", "kim")):
        out.unlink(missing_ok=True)
        res = _run(isolated_home, tmp_path, "report", "latest", "--candidate", value, "--out", str(out))
        assert res.returncode == 0, (value, res.stderr)
        text = out.read_text()
        assert ("**Score:** 0/100" in text) == (want != "sam-1"), value  # the strong answer is sam-1


def test_candidate_is_picked_by_its_id_in_a_csv_cohort(tmp_path: Path, isolated_home: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    cohort = tmp_path / "cohort.csv"
    import csv

    with cohort.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "candidate", "scenario", "answer"])
        w.writerow(["a-1", "Sam", "mini-sepsis", STRONG])
        w.writerow(["a-2", "Sam", "mini-sepsis", WEAK])
    assert runner.invoke(app, ["batch", str(cohort), "--library", str(lib), "--offline"]).exit_code == 0
    amb = runner.invoke(app, ["report", "latest", "-c", "Sam", "--out", str(tmp_path / "s.md")])
    assert amb.exit_code == 2 and "'a-1'" in amb.stderr and "'a-2'" in amb.stderr
    ok = runner.invoke(app, ["report", "latest", "-c", "a-2", "--out", str(tmp_path / "s.md")])
    assert ok.exit_code == 0, ok.output
    assert "**Score:** 0/100" in (tmp_path / "s.md").read_text()


@installed
def test_candidate_report_carries_the_advice_grade_prints(tmp_path: Path, isolated_home: Path, examples: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    for name in ("sepsis-weak.md", "sepsis-strong.md"):
        shutil.copy(examples / name, folder / name)
    assert _run(isolated_home, tmp_path, "batch", str(folder), "--offline").returncode == 0
    md, page = tmp_path / "jordan.md", tmp_path / "jordan.html"
    assert _run(isolated_home, tmp_path, "report", "latest", "-c", "Jordan Blake", "--out", str(md)).returncode == 0
    assert _run(isolated_home, tmp_path, "report", "latest", "-c", "sepsis-weak.md", "--out", str(page)).returncode == 0
    text = md.read_text()
    graded = _run(isolated_home, tmp_path, "grade", "--offline", "--format", "markdown", str(folder / "sepsis-weak.md"))
    assert "## Fix these first" in text and "A strong answer: “" in text and "Say instead: “" in text
    fixes = text.split("## Fix these first", 1)[1].split("|", 1)[0]
    assert fixes.strip() in graded.stdout  # the same words `mockpm grade` prints
    html = page.read_text()
    assert 'id="fixes"' in html and "Fix these first" in html
    assert html.index('id="fixes"') < html.index('id="candidates"')
    assert "Say instead: “" in html or "A strong answer: “" in html
