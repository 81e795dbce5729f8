"""`mockpm batch` through Typer's CliRunner and as the installed console script (incl. SIGKILL + resume)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, write_minilib
from openai_fake import FakeOpenAI, smart_judge
from typer.testing import CliRunner

from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
runner = CliRunner()


@pytest.fixture
def libdir(tmp_path: Path) -> Path:
    return write_minilib(tmp_path / "lib")


def cohort(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = (STRONG if i % 2 == 0 else WEAK) + f" Candidate note number {i}."
        answer_file(folder / f"c{i:02d}.md", body, candidate=f"Cand {i:02d}")
    return folder


def bad_table(tmp_path: Path, kind: str) -> Path:
    if kind == "csv":
        p = tmp_path / "cohort.csv"
        with p.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["candidate", "scenario", "answer"])
            w.writerow(["Ann", "mini-sepsis", STRONG])
            w.writerow(["Ben", "mini-sepsiss", WEAK])
            w.writerow(["Cat", "mini-sepsis", WEAK])
        return p
    p = tmp_path / "cohort.jsonl"
    p.write_text("\n".join([
        json.dumps({"candidate": "Ann", "scenario": "mini-sepsis", "answer": STRONG}),
        '{"candidate": "Ben", "scenario": ',
        json.dumps({"candidate": "Cat", "scenario": "mini-sepsis", "answer": WEAK}),
    ]) + "\n")
    return p


def test_folder_summary_on_stdout(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 4)
    res = runner.invoke(app, ["batch", str(folder), "--offline", "--library", str(libdir)])
    assert res.exit_code == 0, res.output
    assert "Cand 00" in res.stdout and "Most-missed criteria" in res.stdout and "Cohort average per axis" in res.stdout
    # ranking: strong answers (even numbers) above weak ones
    order = [line for line in res.stdout.splitlines() if "Cand " in line]
    assert "Cand 00" in order[0] or "Cand 02" in order[0]
    assert "batch run" in res.stderr and "--resume" in res.stderr  # the run id, at start, on stderr


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_table_with_a_bad_row_is_named_counted_skipped(tmp_path: Path, libdir: Path, kind: str) -> None:
    table = bad_table(tmp_path, kind)
    out = tmp_path / "results.csv"
    res = runner.invoke(app, ["batch", str(table), "--offline", "--library", str(libdir), "--out", str(out)])
    bad = f"{table}:3" if kind == "csv" else f"{table}:2"
    assert res.exit_code == 7
    assert f"skipped {bad}: " in res.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["status"] for r in rows] == ["graded", "graded", "invalid"]
    assert [r["candidate"] for r in rows][:2] == ["Ann", "Cat"]
    assert rows[2]["source"] == bad
    assert "1 unreadable input" in res.stderr  # summary went to stderr since --out took stdout's place
    assert res.stdout == ""


def test_out_dash_html_and_fail_under(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 3)
    html = tmp_path / "r.html"
    res = runner.invoke(app, ["batch", str(folder), "--offline", "--library", str(libdir), "--out", "-", "--html", str(html),
                              "--fail-under", "50"])
    assert res.exit_code == 1
    rows = list(csv.DictReader(res.stdout.splitlines()))
    assert len(rows) == 3 and {r["band"] for r in rows} >= {"Strong Hire"}
    assert html.read_text().count("<details") >= 3


def test_usage_errors(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 1)
    assert runner.invoke(app, ["batch", "--offline"]).exit_code == 2
    r = runner.invoke(app, ["batch", "--resume", "nope-123"])
    assert r.exit_code == 2 and "unknown batch run" in r.stderr
    r = runner.invoke(app, ["batch", str(folder), "--offline", "--library", str(libdir), "--out", str(tmp_path / "x.xlsx")])
    assert r.exit_code == 2 and ".csv, .jsonl or .json" in r.stderr
    r = runner.invoke(app, ["batch", str(tmp_path / "empty-dir-missing"), "--offline", "--library", str(libdir)])
    assert r.exit_code == 3 and "no such file or folder" in r.stderr and "no answers to grade" in r.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    r = runner.invoke(app, ["batch", str(empty), "--offline", "--library", str(libdir)])
    assert r.exit_code == 3 and "no answer files" in r.stderr
    r = runner.invoke(app, ["batch", str(folder), "--offline", "--library", str(libdir), "--out", ""])
    assert r.exit_code == 2 and "--out is empty" in r.stderr


def test_resume_by_id_needs_no_inputs(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 2)
    first = runner.invoke(app, ["batch", str(folder), "--offline", "--library", str(libdir), "--out", str(tmp_path / "a.json")])
    run_id = json.loads((tmp_path / "a.json").read_text())["summary"]["run_id"]
    assert run_id in first.stderr
    again = runner.invoke(app, ["batch", "--resume", run_id, "--out", str(tmp_path / "b.json")])
    assert again.exit_code == 0, again.output
    assert "0 graded now, 2 graded in all" in again.stderr


# --------------------------------------------------------------------------- the real program


def _env(home: Path, base_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL")}
    env["MOCKPM_HOME"] = str(home)
    if base_url:
        env["OPENAI_BASE_URL"] = base_url
    return env


def _graded(home: Path) -> int:
    db = home / "data" / "mockpm.sqlite3"
    if not db.exists():
        return 0
    with sqlite3.connect(db, timeout=5) as c:
        try:
            return c.execute("SELECT COUNT(*) FROM batch_items WHERE status = 'graded'").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


@pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
def test_console_script_offline_exports(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 3)
    out = tmp_path / "r.jsonl"
    proc = subprocess.run([MOCKPM, "batch", str(folder), "--offline", "--library", str(libdir), "--out", str(out)],
                          capture_output=True, text=True, env=_env(tmp_path / "home"), timeout=60)
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(docs) == 3 and all(d["status"] == "graded" and d["criteria"] for d in docs)
    assert "\x1b[" not in proc.stderr  # no progress bar or colour when stderr is not a terminal


@pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
def test_sigkill_mid_run_then_rerun_grades_only_the_missing(tmp_path: Path, libdir: Path) -> None:
    n = 16
    folder = cohort(tmp_path / "in", n)
    home = tmp_path / "home"
    with FakeOpenAI() as fake:
        fake.on_chat(smart_judge(delay=0.15))
        cmd = [MOCKPM, "batch", str(folder), "--library", str(libdir), "--concurrency", "2", "--no-cache",
               "--out", str(tmp_path / "r.csv")]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(home, fake.base_url))
        deadline = time.monotonic() + 30
        while _graded(home) < 4 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        saved = _graded(home)
        assert 4 <= saved < n
        before = fake.count()
        done = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, fake.base_url), timeout=60)
        assert done.returncode == 0, done.stderr
        assert f"{saved} already graded, {n - saved} to grade" in done.stderr
        assert fake.count() - before == n - saved  # saved grades are never paid for twice
        assert _graded(home) == n
        rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
        assert len(rows) == n and {r["judge_mode"] for r in rows} == {"llm"}
        # the same command once more: zero judge calls
        again = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, fake.base_url), timeout=60)
        assert again.returncode == 0 and fake.count() - before == n - saved


@pytest.mark.skipif(MOCKPM is None or sys.platform == "win32", reason="needs the console script and POSIX signals")
def test_ctrl_c_saves_and_exits_130(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 12)
    home = tmp_path / "home"
    with FakeOpenAI() as fake:
        fake.on_chat(smart_judge(delay=0.5))  # wide enough to interrupt on a loaded machine
        cmd = [MOCKPM, "batch", str(folder), "--library", str(libdir), "--concurrency", "2", "--no-cache", "--out", str(tmp_path / "r.jsonl")]
        # (Ctrl-C as a terminal delivers it: a test run started in the background inherits an
        # ignored SIGINT, which the child would rightly keep ignoring)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(home, fake.base_url),
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 30
        while _graded(home) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
        assert proc.returncode == 130, err + ((tmp_path / "r.jsonl").read_text()[-1500:] if (tmp_path / "r.jsonl").exists() else "")
        assert "interrupted" in err and "rerun the same command" in err
        assert 2 <= _graded(home) < 12


def test_names_are_shown_literally_and_csv_cells_cannot_run(tmp_path: Path, libdir: Path) -> None:
    rows = tmp_path / "c.jsonl"
    rows.write_text("\n".join(json.dumps({"candidate": name, "scenario": "mini-sepsis", "answer": STRONG})
                              for name in ("[/bold] closer", "=HYPERLINK(\"http://x\")")) + "\n", encoding="utf-8")
    out = tmp_path / "r.csv"
    r = runner.invoke(app, ["batch", str(rows), "--offline", "--library", str(libdir), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "[/bold] closer" in r.stderr  # the summary (on stderr with --out) shows the name as typed
    names = {row["candidate"] for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert names == {"[/bold] closer", "'=HYPERLINK(\"http://x\")"}


@pytest.mark.parametrize("flag", ["--out", "--html"])
def test_bad_output_path_fails_before_grading(tmp_path: Path, libdir: Path, flag: str) -> None:
    folder = cohort(tmp_path / "in", 2)
    target = tmp_path / ("d.csv" if flag == "--out" else "d.html")
    target.mkdir()
    r = runner.invoke(app, ["batch", str(folder), "--offline", "--library", str(libdir), flag, str(target)])
    assert r.exit_code == 2 and f"{flag} {target}: is a directory" in r.stderr
    assert _graded(Path(os.environ["MOCKPM_HOME"])) == 0  # nothing was graded first


@pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
def test_incomplete_grades_are_retried_on_rerun(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 2)
    home = tmp_path / "home"
    cfg = home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("[judge]\nmax_retries = 0\n", encoding="utf-8")
    cmd = [MOCKPM, "batch", str(folder), "--library", str(libdir), "--out", str(tmp_path / "r.csv")]
    with FakeOpenAI() as fake:
        fake.on_chat(lambda req: __import__("openai_fake").error_reply(500, "down", type="server_error"))
        first = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, fake.base_url), timeout=60)
        assert first.returncode == 6, first.stderr  # graded, but incomplete
        fake.on_chat(smart_judge())
        before = fake.count()
        second = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, fake.base_url), timeout=60)
        assert second.returncode == 0, second.stderr
        assert fake.count() - before == 2  # both outage results were graded again
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert [r["complete"] for r in rows] == ["yes", "yes"]


@pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
def test_batch_api_unreachable_is_one_line(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 2)
    env = _env(tmp_path / "home", "http://127.0.0.1:9/v1")  # nothing listens on port 9
    env["OPENAI_API_KEY"] = "sk-test-unreachable"
    p = subprocess.run([MOCKPM, "batch", str(folder), "--library", str(libdir), "--via", "batch"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 7 and "Traceback" not in p.stderr
    assert p.stderr.strip().splitlines()[-1].startswith("mockpm: error: cannot reach the Batch API at 127.0.0.1")


def test_editing_a_rubric_starts_a_new_run(tmp_path: Path, libdir: Path) -> None:
    folder = cohort(tmp_path / "in", 2)
    args = ["batch", str(folder), "--offline", "--library", str(libdir)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0 and "2 to grade" in first.stderr
    again = runner.invoke(app, args)
    assert "0 to grade" in again.stderr  # unchanged: nothing to do
    rubric = libdir / "rubrics" / "mini-sepsis.yaml"
    rubric.write_text(rubric.read_text().replace("points: 4", "points: 6"))
    edited = runner.invoke(app, args)
    assert edited.exit_code == 0 and "2 to grade" in edited.stderr  # old grades are not reused
