"""Several real mockpm processes on one data directory: no migration race, one process per batch
run (no answer judged twice), no shared temporary export file."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from minilib import many_answers
from openai_fake import FakeOpenAI, smart_judge

MOCKPM = shutil.which("mockpm")
pytestmark = pytest.mark.skipif(MOCKPM is None or sys.platform == "win32",
                                reason="needs the installed console script and POSIX file locks")
RACE_WORDS = ("Traceback", "already exists", "database is locked")


def _env(home: Path, base_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL")}
    env["MOCKPM_HOME"] = str(home)
    if base_url:
        env["OPENAI_BASE_URL"] = base_url
    return env


def _start_all(cmds: list[list[str]], env: dict[str, str]) -> list[tuple[int, str, str]]:
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for c in cmds]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=60)
        out.append((p.returncode, stdout, stderr))
    return out


def test_processes_racing_on_a_fresh_data_directory(tmp_path: Path):
    cmds = [[MOCKPM, "history", "--json"], [MOCKPM, "cache", "stats"]] * 3
    for rc, _, stderr in _start_all(cmds, _env(tmp_path / "home")):
        assert rc == 0, stderr
        assert not any(w in stderr for w in RACE_WORDS), stderr


def test_two_identical_batches_judge_each_answer_once(tmp_path: Path, libdir: Path):
    n = 40
    folder = many_answers(tmp_path / "in", n)
    home = tmp_path / "home"
    with FakeOpenAI() as fake:
        fake.on_chat(smart_judge(delay=0.05))
        cmd = [MOCKPM, "batch", str(folder), "--library", str(libdir), "--concurrency", "4", "--no-cache",
               "--out", str(tmp_path / "r.csv")]
        results = _start_all([cmd, cmd], _env(home, fake.base_url))
        first_calls = fake.count()
        assert first_calls == n  # not one answer judged twice
        codes = sorted(rc for rc, _, _ in results)
        assert codes in ([0, 8], [0, 0]), [r[2] for r in results]
        for rc, _, stderr in results:
            assert not any(w in stderr for w in RACE_WORDS), stderr
            if rc == 8:
                assert "in progress in another mockpm process (pid " in stderr
        # the loser (or anyone) reruns the same command: everything is already graded
        again = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, fake.base_url), timeout=60)
        assert again.returncode == 0, again.stderr
        assert fake.count() == first_calls
    assert len(list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))) == n


def test_two_batches_writing_the_same_out_file(tmp_path: Path, libdir: Path):
    a = many_answers(tmp_path / "a", 8)
    b = many_answers(tmp_path / "b", 5)
    out = tmp_path / "same.csv"
    html = tmp_path / "same.html"
    cmds = [[MOCKPM, "batch", str(folder), "--offline", "--library", str(libdir), "--out", str(out), "--html", str(html)]
            for folder in (a, b)]
    for rc, _, stderr in _start_all(cmds, _env(tmp_path / "home")):
        assert rc == 0, stderr
        assert not any(w in stderr for w in RACE_WORDS), stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) in (8, 5)  # one whole file or the other, never a mix or a crash
    assert not list(tmp_path.glob(".same.*"))  # no temporary file left behind


def test_identical_answers_in_flight_share_one_judge_call(tmp_path: Path, libdir: Path):
    from minilib import STRONG, WEAK

    table = tmp_path / "cohort.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["candidate", "scenario", "answer"])
        for i in range(30):  # 10 distinct texts, each sent by three candidates
            w.writerow([f"Cand {i}", "mini-sepsis", (STRONG, WEAK)[i % 2] + f" Shared note {i % 10}."])
    with FakeOpenAI() as fake:
        fake.on_chat(smart_judge(delay=0.2))
        proc = subprocess.run([MOCKPM, "batch", str(table), "--library", str(libdir), "--concurrency", "30",
                               "--no-cache", "--out", str(tmp_path / "r.csv")],
                              capture_output=True, text=True, env=_env(tmp_path / "home", fake.base_url), timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert fake.count() == 10
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert len(rows) == 30 and all(r["score"] for r in rows)


def test_a_claimed_run_is_refused_with_the_holders_pid(tmp_path: Path, libdir: Path):
    """Deterministic half of the race above: while this process holds the run, the same command exits 8."""
    from typer.testing import CliRunner

    from mockpm.batch.claim import claim_run
    from mockpm.batch.runs import RunStore
    from mockpm.cli.app import app

    folder = many_answers(tmp_path / "in", 3)
    cmd = ["batch", str(folder), "--offline", "--library", str(libdir)]
    runner = CliRunner()
    assert runner.invoke(app, cmd).exit_code == 0
    store = RunStore.open()
    try:
        run_id = store.conn.execute("SELECT id FROM batch_runs").fetchone()[0]
    finally:
        store.close()
    with claim_run(run_id):
        busy = runner.invoke(app, cmd)
        assert busy.exit_code == 8, busy.output
        assert f"batch run {run_id} is in progress in another mockpm process (pid {os.getpid()})" in busy.stderr
        assert "Traceback" not in busy.output
    assert runner.invoke(app, cmd).exit_code == 0  # released with the holder
