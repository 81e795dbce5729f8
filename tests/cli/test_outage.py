"""A judge outage is an outage: null scores, exit 6, no effect on cohort figures, an early stop
that leaves the rest pending, and a rerun that finishes the job."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, write_minilib
from openai_fake import FakeOpenAI, closed_url, smart_judge
from typer.testing import CliRunner

from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
needs_cli = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True, exist_ok=True)
    # short timeouts: the outage shows in seconds, not minutes
    (home / "config" / "config.toml").write_text(
        "[judge]\ntimeout = 1\nmax_retries = 1\nbackoff = 0.01\nmax_backoff = 0.1\n", encoding="utf-8")
    return home


def _env(home: Path, base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL")}
    env.update(MOCKPM_HOME=str(home), OPENAI_BASE_URL=base_url, OPENAI_API_KEY="sk-outage-test")
    return env


def _cohort(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        answer_file(folder / f"c{i:02d}.md", (STRONG if i % 2 == 0 else WEAK) + f" Note {i}.", candidate=f"Cand {i:02d}")
    return folder


@needs_cli
def test_grade_with_the_judge_down_is_incomplete_not_a_fail(tmp_path: Path):
    lib = write_minilib(tmp_path / "lib")
    answer = answer_file(tmp_path / "a.md", STRONG, candidate="Ann")
    home = _home(tmp_path)
    proc = subprocess.run([MOCKPM, "grade", str(answer), "--library", str(lib), "--json", "--fail-under", "65"],
                          capture_output=True, text=True, env=_env(home, closed_url()), timeout=60)
    assert proc.returncode == 6, proc.stderr  # incomplete, even with --fail-under
    doc = json.loads(proc.stdout)
    assert doc["score"] is None and doc["band"] == "Unscored" and doc["judge"]["outage"]
    assert doc["keyword_only"]["score"] is not None
    # the terminal report says unscored, shows the labelled keyword-only result, and never a 0
    term = subprocess.run([MOCKPM, "grade", str(answer), "--library", str(lib)],
                          capture_output=True, text=True, env=_env(home, closed_url()), timeout=60)
    assert term.returncode == 6
    assert "unscored" in term.stdout and "keyword-only" in term.stdout
    assert re.search(r"(?<!\d)0/100", term.stdout) is None and "Traceback" not in term.stderr
    # nothing was scored: never "nothing to fix", which reads as a perfect answer
    assert "Nothing to fix first" not in term.stdout and "every scored criterion is met" not in term.stdout
    assert "Not graded: no criterion could be scored" in " ".join(term.stdout.split())


@needs_cli
def test_batch_against_a_dead_judge_stops_early_and_resumes(tmp_path: Path):
    n = 30
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path / "in", n)
    home = _home(tmp_path)
    out = tmp_path / "r.csv"
    cmd = [MOCKPM, "batch", str(folder), "--library", str(lib), "--concurrency", "2", "--out", str(out),
           "--fail-under", "65"]
    url = closed_url()
    down = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, url), timeout=60)
    assert down.returncode == 6, down.stderr  # incomplete, not 1 (below) and not 0
    lines = [ln for ln in down.stderr.splitlines() if "stopped early" in ln]
    assert len(lines) == 1 and "cannot connect" in lines[0] and "rerun the same command" in lines[0]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert 5 <= len(rows) < n  # stopped after the run of failures; the rest were never tried
    assert all(r["score"] == "" and r["keyword_only_score"] for r in rows)  # null, never 0
    assert all("cannot connect" in r["error"] for r in rows)  # the reason, not a blank cell
    assert "Traceback" not in down.stderr
    closing = [ln for ln in down.stderr.splitlines() if ln.startswith("mockpm: run ")]
    assert len(closing) == 1
    never = n - len(rows)
    assert f"{never} not graded ({never} never started)" in closing[0], closing[0]

    # the judge comes back on the same address: the same command resumes the same run
    with FakeOpenAI(port=int(url.rsplit(":", 1)[1].split("/")[0])) as fake:
        fake.on_chat(smart_judge())
        up = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, url), timeout=120)
        calls = fake.count()
    assert up.returncode in (0, 1), up.stderr
    assert "resuming batch run" in up.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == n and all(r["score"] != "" for r in rows)
    assert calls == n


def test_outage_rows_are_left_out_of_the_cohort_mean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Half the cohort graded by a working judge, half during an outage: the mean is the first half's."""
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path / "in", 4)
    home = Path(os.environ["MOCKPM_HOME"])
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "config.toml").write_text("[judge]\ntimeout = 1\nmax_retries = 0\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-outage-test")
    runner = CliRunner()
    with FakeOpenAI() as fake:
        ok_names = {"Cand 00", "Cand 01"}

        def handle(req):  # noqa: ANN001, ANN202
            from openai_fake import answer_in, error_reply

            if any(f"Note {i}." in answer_in(req) for i in (0, 1)):
                return smart_judge()(req)
            return error_reply(503, "overloaded", type="server_error")

        fake.on_chat(handle)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        result = runner.invoke(app, ["batch", str(folder), "--library", str(lib), "--out", str(tmp_path / "r.json")])
    assert result.exit_code == 6, result.output
    doc = json.loads((tmp_path / "r.json").read_text())
    scored = [r["score"] for r in doc["reports"] if r["candidate"] in ok_names]
    assert all(s is not None for s in scored)
    assert all(r["score"] is None for r in doc["reports"] if r["candidate"] not in ok_names)
    assert doc["summary"]["mean_score"] == round(sum(scored) / len(scored), 1)
    assert doc["summary"]["incomplete"] == 2


def test_nothing_scored_in_process_says_not_graded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    lib = write_minilib(tmp_path / "lib")
    answer = answer_file(tmp_path / "a.md", STRONG, candidate="Ann")
    home = _home(tmp_path)
    monkeypatch.setenv("MOCKPM_HOME", str(home))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-outage-test")
    monkeypatch.setenv("OPENAI_BASE_URL", closed_url())
    monkeypatch.setenv("COLUMNS", "200")
    r = CliRunner().invoke(app, ["grade", str(answer), "--library", str(lib)])
    assert r.exit_code == 6, r.output
    assert "Nothing to fix first" not in r.stdout and "Not graded: no criterion could be scored" in r.stdout
    assert "keyword-only result" in r.stdout
