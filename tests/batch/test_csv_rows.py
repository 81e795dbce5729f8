"""A quote left open in a cohort CSV is named by its line and never swallows the next row."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minilib import STRONG, write_minilib
from mockpm.batch.csv_rows import csv_rows
from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
BODY = STRONG.strip()


def _unterminated(path: Path) -> Path:
    """B opens a quote it never closes; C and D are proper quoted multi-line answers (lines 1, 2,
    2 + n, ...): B's quote is closed by C's opening quote."""
    n = BODY.count("\n") + 2  # lines per quoted answer: the opening line, the body, the closing
    rows = ["candidate,scenario,answer"]
    for who in "ABCD":
        close = "" if who == "B" else '"'
        rows.append(f'{who},mini-sepsis,"\n{BODY}\nAnswer {who}.{close}')
    path.write_text("\n".join(rows) + "\n")
    assert n > 1
    return path


def test_open_quote_is_reported_at_its_line_and_the_next_row_is_read():
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        f = _unterminated(Path(d) / "c.csv")
        lines = f.read_text().splitlines()
        b_line = lines.index('B,mini-sepsis,"') + 1
        c_line = lines.index('C,mini-sepsis,"') + 1
        rows = list(csv_rows(f, {"mini-sepsis"}))
    problems = [(line, msg) for line, _, msg in rows if msg]
    good = [cells for _, cells, msg in rows if not msg]
    assert problems == [(b_line, problems[0][1])] and f"line {c_line} inside it looks like the start of the next row" in problems[0][1]
    assert [c["candidate"] for c in good] == ["A", "C", "D"]
    for cells in good:
        assert cells["answer"].strip().endswith(f"Answer {cells['candidate']}.")
        assert "mini-sepsis" not in cells["answer"]  # no row inside another


def test_a_quote_open_to_the_end_of_file_still_reads_the_rows_it_swallowed(tmp_path: Path):
    f = tmp_path / "c.csv"
    f.write_text('candidate,scenario,answer\nA,mini-sepsis,"fine"\nB,mini-sepsis,"never closed\nC,mini-sepsis,plain c\n'
                 'D,mini-sepsis,plain d\n')
    rows = list(csv_rows(f, {"mini-sepsis"}))
    assert [(line, bool(msg)) for line, _, msg in rows] == [(2, False), (3, True), (4, False), (5, False)]
    assert rows[2][1]["answer"] == "plain c"


def test_commas_in_an_answer_line_are_not_a_new_row(tmp_path: Path):
    f = tmp_path / "c.csv"
    f.write_text('candidate,scenario,answer\nA,mini-sepsis,"Line one.\nSensitivity, PPV, and alert burden, all three.\n'
                 'Ann,then,more"\n')
    rows = list(csv_rows(f, {"mini-sepsis"}))
    assert len(rows) == 1 and rows[0][2] is None and "alert burden" in rows[0][1]["answer"]


def _check(out: Path, text: str, csv_path: Path) -> None:
    lines = csv_path.read_text().splitlines()
    b_line = lines.index('B,mini-sepsis,"') + 1
    assert f"{csv_path}:{b_line}: a quoted cell starting in this row is not closed" in text.replace("\n", " ")
    docs = [json.loads(x) for x in out.read_text().splitlines()]
    graded = sorted(d["candidate"] for d in docs if d.get("status") == "graded")
    assert graded == ["A", "C", "D"], docs


def test_batch_reports_the_open_quote_and_grades_the_other_rows(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("MOCKPM_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "300")
    lib = write_minilib(tmp_path / "lib")
    f = _unterminated(tmp_path / "cohort.csv")
    r = CliRunner().invoke(app, ["batch", str(f), "--offline", "--library", str(lib), "--out", str(tmp_path / "r.jsonl")])
    assert r.exit_code == 7, r.output
    _check(tmp_path / "r.jsonl", r.output, f)


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_installed_batch_reports_the_open_quote_and_grades_the_other_rows(tmp_path: Path):
    lib = write_minilib(tmp_path / "lib")
    f = _unterminated(tmp_path / "cohort.csv")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MOCKPM_"))}
    env.update(MOCKPM_HOME=str(tmp_path / "home"), NO_COLOR="1", COLUMNS="300")
    p = subprocess.run([MOCKPM, "batch", str(f), "--offline", "--library", str(lib), "--out", str(tmp_path / "r.jsonl")],
                       env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 7 and "Traceback" not in p.stderr, p.stderr
    _check(tmp_path / "r.jsonl", p.stdout + p.stderr, f)
