"""`mockpm calibrate` output that reads right, and the batch table at 80 columns.

Each check runs in-process (CliRunner) and through the installed entry point.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from minilib import STRONG, WEAK, answer_file, write_minilib
from typer.testing import CliRunner

from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")


def _both(tmp_path: Path, *args: str) -> list[tuple[int, str, str]]:
    r = CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})
    out = [(r.exit_code, r.stdout, r.stderr)]
    if MOCKPM:
        p = subprocess.run([MOCKPM, *args], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                           env={**os.environ, "COLUMNS": "80"})
        out.append((p.returncode, p.stdout, p.stderr))
    return out


def _grades(tmp_path: Path, n: int, extra: list[tuple[str, str]] = ()) -> Path:
    answers = tmp_path / "answers"
    answers.mkdir(exist_ok=True)
    path = tmp_path / "grades.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "human"])
        for i in range(n):
            strong = i % 2 == 0
            answer_file(answers / f"a{i}.md", (STRONG if strong else WEAK) + f" Note {i}.")
            w.writerow([f"answers/a{i}.md", 5 if strong else 1])
        for row in extra:
            w.writerow(row)
    return path


def test_counts_are_integers_lines_fit_80_and_the_hint_is_a_real_command(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    grades = _grades(tmp_path, 12)
    for code, stdout, stderr in _both(tmp_path, "calibrate", str(grades), "--library", str(lib), "--offline",
                                      "--scale-min", "1", "--scale-max", "5"):
        assert code == 0, stderr
        assert "rows with varied human grades = 12 (" in stdout and "= 12.000" not in stdout
        assert max(len(line) for line in stdout.splitlines()) <= 80
        # the resume hint is a command that can be pasted: whole, on a line of its own, with the scale
        assert f"\n    mockpm calibrate {grades} --scale-min 1 --scale-max 5 --offline --library {lib}\n" in stderr
        assert "(resume with the command below)" in " ".join(stderr.split())
        assert "the same mockpm calibrate command" not in stderr
        assert all(len(line) <= 80 or line.startswith("    mockpm calibrate") for line in stderr.splitlines())


def test_agree_least_needs_enough_rows(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    grades = _grades(tmp_path, 3)
    for _, stdout, stderr in _both(tmp_path, "calibrate", str(grades), "--library", str(lib), "--offline",
                                   "--scale-min", "1", "--scale-max", "5"):
        assert "agree least" not in stdout, stdout
        assert "Per-criterion agreement needs at least 10 rows (have 3)" in stdout


def test_non_integer_grade_is_rejected_with_one_clear_line(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    answer_file(tmp_path / "half.md", STRONG)
    grades = _grades(tmp_path, 12, extra=[("half.md", "4.5")])
    for _, stdout, stderr in _both(tmp_path, "calibrate", str(grades), "--library", str(lib), "--offline",
                                   "--scale-min", "1", "--scale-max", "5"):
        line = f"{grades}:14: human grade 4.5 is not a whole number"
        assert f"skipped {line}" in " ".join(stderr.split()) and line in " ".join(stdout.split())
        assert "Calibration on 12 answers" in stdout  # the row is not used


def test_batch_table_at_80_columns_keeps_ids_whole(tmp_path: Path, examples: Path) -> None:
    for code, stdout, stderr in _both(tmp_path, "batch", str(examples), "--offline"):
        assert code == 0, stderr
        table = stdout.split("Cohort average per axis")[0]
        assert max(len(line) for line in table.splitlines()) <= 80
        for whole in ("medication-adherence", "appointment-reminders-equity", "clinician-pushback",
                      "addresses_grader", "thin_substance"):
            assert whole in table, f"{whole} split across lines:\n{table}"


def test_batch_table_at_80_columns_fits_with_flagged_answers(tmp_path: Path) -> None:
    """Answers the guards flag (dismissive, grader-directed) to the longest scenario ids: every
    border is there and every flag code is whole."""
    from mockpm.samples import load_samples

    longest = {"mental-health-chatbot-regulation", "quality-reporting-data-change"}
    rows = [(f"s{i}", s.scenario, s.text) for i, s in enumerate(
        x for x in load_samples().samples if x.scenario in longest and x.kind in ("dismissive", "grader-directed"))]
    assert len(rows) >= 4
    cohort = tmp_path / "cohort.csv"
    with cohort.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("id", "scenario", "answer"), *rows])
    for code, stdout, stderr in _both(tmp_path, "batch", str(cohort), "--offline"):
        assert code == 0, stderr
        table = stdout.split("Cohort average per axis")[0]
        lines = [line for line in table.splitlines() if line.startswith(("│", "┃", "┏", "┡", "└"))]
        assert lines and max(len(line) for line in table.splitlines()) <= 80
        assert all(line[-1] in "│┃┓┩┘" for line in lines), table  # no right border cut off
        assert "brushes_off_safety" in table and "addresses_grader" in table


def test_a_one_point_scale_is_refused_before_grading(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    grades = tmp_path / "same.csv"
    answer_file(tmp_path / "a.md", STRONG)
    answer_file(tmp_path / "b.md", WEAK)
    grades.write_text("file,human\na.md,3\nb.md,3\n")
    for code, stdout, stderr in _both(tmp_path, "calibrate", str(grades), "--library", str(lib), "--offline"):
        assert code == 2 and stderr.count("\n") == 1, stderr
        assert "fewer than two points" in stderr and "--scale-min and --scale-max" in stderr
        assert "batch run" not in stderr and stdout == ""  # nothing was graded


@pytest.mark.parametrize("when", ["as the run starts", "mid-run"])
def test_ctrl_c_prints_the_command_that_continues(tmp_path: Path, isolated_home: Path, when: str) -> None:
    import signal

    from openai_fake import FakeOpenAI, smart_judge

    if MOCKPM is None:
        pytest.skip("the mockpm console script is not installed")
    lib = write_minilib(tmp_path / "lib")
    grades = _grades(tmp_path, 6)
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "MOCKPM_MODEL")}
    with FakeOpenAI() as fake:
        fake.on_chat(smart_judge(delay=5))
        env.update({"MOCKPM_HOME": str(isolated_home), "COLUMNS": "80", "OPENAI_BASE_URL": fake.base_url})
        p = subprocess.Popen([MOCKPM, "calibrate", str(grades), "--library", str(lib), "--no-cache",
                              "--scale-min", "1", "--scale-max", "5"], cwd=tmp_path, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             # (Ctrl-C as a terminal delivers it, even from a run that inherited an ignored SIGINT)
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        first = p.stderr.readline()
        while "batch run" not in first:
            first = p.stderr.readline()
            assert first, "the command ended before grading started"
        # Ctrl-C as the run starts (while patterns compile: a finalizer may swallow it, and the
        # run must stop all the same) or while an answer is with the judge
        deadline = time.monotonic() + 30
        while when == "mid-run" and fake.count() < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "calibration stopped" in err and "continue with the command below" in " ".join(err.split())
    assert f"\n    mockpm calibrate {grades} --scale-min 1 --scale-max 5 --library {lib}\n" in err
