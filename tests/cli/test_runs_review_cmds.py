"""`mockpm runs`, `mockpm report`, `mockpm review`: in-process (CliRunner), through the installed
entry point, and (review) in a real pseudo-terminal."""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from minilib import CORE, STRONG, WEAK, answer_file, write_minilib
from openai_fake import FakeOpenAI, smart_judge
from typer.testing import CliRunner

from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
installed = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
runner = CliRunner()


def _env(home: Path, base_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL")}
    env.update({"MOCKPM_HOME": str(home), "COLUMNS": "80"})
    if base_url:
        env["OPENAI_BASE_URL"] = base_url
    return env


def _run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    assert MOCKPM
    return subprocess.run([MOCKPM, *args], capture_output=True, text=True, env=_env(home), input=stdin, timeout=120)


def _cohort(tmp_path: Path) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    answer_file(folder / "alice.md", STRONG, candidate="Alice")
    answer_file(folder / "bob.md", WEAK, candidate="Bob")
    answer_file(folder / "carol.md", STRONG.replace("FDA", "agency").replace("HIPAA", "privacy"), candidate="Carol")
    return folder


@pytest.fixture
def home(isolated_home: Path) -> Path:
    return isolated_home


@installed
def test_runs_list_show_export_rm_from_the_installed_command(tmp_path: Path, home: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path)
    assert _run(home, "batch", str(folder), "--library", str(lib), "--offline").returncode == 0
    listed = json.loads(_run(home, "runs", "list", "--json").stdout)
    assert len(listed) == 1 and listed[0]["graded"] == 3 and listed[0]["judge"] == "offline"
    run_id = listed[0]["id"]
    text = _run(home, "runs", "list").stdout
    assert run_id in text and "3 graded" in text and str(folder) in text
    # a prefix finds it; show prints the ranking
    shown = _run(home, "runs", "show", run_id[:11])
    assert shown.returncode == 0 and "Alice" in shown.stdout and "Bob" in shown.stdout
    doc = json.loads(_run(home, "runs", "show", "latest", "--json").stdout)
    assert doc["run"]["id"] == run_id and doc["summary"]["graded"] == 3
    out, page = tmp_path / "r.csv", tmp_path / "r.html"
    exported = _run(home, "runs", "export", run_id, "--out", str(out), "--html", str(page))
    assert exported.returncode == 0, exported.stderr
    assert out.read_text().count("\n") == 4 and "human_decisions" in out.read_text()
    assert 'id="ranking"' in page.read_text()
    # an unknown run: one line, the usage exit code, and the runs there are
    bad = _run(home, "runs", "show", "nope")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and run_id in bad.stderr
    assert _run(home, "runs", "rm", run_id).returncode == 0
    assert json.loads(_run(home, "runs", "list", "--json").stdout) == []
    # CliRunner: the same list, in-process
    r = runner.invoke(app, ["runs", "list"])
    assert r.exit_code == 0 and "No batch runs saved yet" in r.stdout


def test_runs_diff_after_a_rubric_change(tmp_path: Path) -> None:
    """Same cohort before and after a rubric change: what changed per candidate and criterion."""
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path)
    assert runner.invoke(app, ["batch", str(folder), "--library", str(lib), "--offline"]).exit_code == 0
    # the rubric now also accepts "privacy controls" as naming a regulatory constraint: Carol meets it
    (lib / "rubrics" / "mini-core.yaml").write_text(CORE.replace('any: [HIPAA, FDA, SaMD, "510(k)"]',
                                                                 'any: [HIPAA, FDA, SaMD, "510(k)", privacy controls]'))
    assert runner.invoke(app, ["batch", str(folder), "--library", str(lib), "--offline"]).exit_code == 0
    runs = json.loads(runner.invoke(app, ["runs", "list", "--json"]).stdout)
    new, old = runs[0]["id"], runs[1]["id"]
    r = runner.invoke(app, ["runs", "diff", old, new, "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["matched"] == 3 and d["mean_shift"] > 0
    carol = next(c for c in d["candidates"] if c["name"] == "Carol")
    assert carol["delta"] > 0 and "mini-core.regulatory: not met -> met" in carol["changed"]
    assert d["candidates"][0]["name"] == "Carol"  # biggest change first
    crit = {c["id"]: c for c in d["criteria"]}
    assert crit["mini-core.regulatory"]["agree"] == 2 and crit["mini-core.regulatory"]["compared"] == 3
    assert 0 < d["verdict_agreement"] < 1
    text = runner.invoke(app, ["runs", "diff", old, new]).stdout
    assert "mean score" in text and "Carol" in text and "mini-core.regulatory" in text
    assert max(len(line) for line in text.splitlines()) <= 80
    same = runner.invoke(app, ["runs", "diff", old, old])
    assert same.exit_code == 2 and "same run" in same.stderr


@installed
def test_report_one_candidate_as_html_and_markdown(tmp_path: Path, home: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path)
    answer_file(folder / "eve.md", "<script>alert(1)</script> **bold claim** " + STRONG, candidate="Eve <b>")
    assert _run(home, "batch", str(folder), "--library", str(lib), "--offline").returncode == 0
    page = tmp_path / "eve.html"
    p = _run(home, "report", "latest", "--candidate", "eve <b>", "--out", str(page))
    assert p.returncode == 0, p.stderr
    html = page.read_text()
    assert "Feedback for Eve &lt;b&gt;" in html and "<script>" not in html and "&lt;script&gt;" in html
    assert "<strong>bold claim</strong>" in html and "<mark" in html  # answer re-read, formatted, evidence marked
    md = tmp_path / "bob.md"
    assert _run(home, "report", "latest", "-c", "Bob", "--out", str(md)).returncode == 0
    assert md.read_text().startswith("# Mini sepsis launch bar") and "Bob" in md.read_text()
    r = runner.invoke(app, ["report", "latest", "-c", "Nobody", "--out", str(tmp_path / "x.md")])
    assert r.exit_code == 2 and "no graded answer by 'Nobody'" in r.stderr
    r = runner.invoke(app, ["report", "latest", "-c", "Bob", "--out", str(tmp_path / "x.pdf")])
    assert r.exit_code == 2 and ".html or .md" in r.stderr


# --------------------------------------------------------------------------- review


@pytest.fixture
def judged(tmp_path: Path, home: Path):
    """A run graded by the judge (the fake OpenAI server) where judge and keywords disagree on Bob."""
    lib = write_minilib(tmp_path / "lib")
    folder = tmp_path / "in"
    folder.mkdir()
    answer_file(folder / "alice.md", STRONG, candidate="Alice")
    answer_file(folder / "bob.md", WEAK, candidate="Bob")
    with FakeOpenAI() as fake:
        fake.on_chat(smart_judge())  # every strength met, no red flag: wrong for Bob
        cmd = [MOCKPM or "mockpm", "batch", str(folder), "--library", str(lib), "--no-cache"]
        p = subprocess.run(cmd, capture_output=True, text=True, env=_env(home, fake.base_url), timeout=120)
        assert p.returncode == 0, p.stderr
        yield {"cmd": cmd, "lib": lib, "fake": fake}


@installed
def test_review_records_decisions_that_survive_a_resume_and_show_in_exports(tmp_path: Path, home: Path, judged) -> None:
    listed = json.loads(_run(home, "review", "latest", "--list", "--json").stdout)
    assert {t["candidate"] for t in listed} == {"Bob"} and len(listed) == 5
    assert all("judge and keywords disagree" in t["reasons"][0] for t in listed)
    # decisions piped on stdin: met with a note; a typo then not met; skip; then stop (EOF)
    p = _run(home, "review", "latest", stdin="m\nquotes FDA later on\nx\nn\n\ns\n")
    assert p.returncode == 0, p.stderr
    assert "keywords: not met   judge: met" in p.stdout and "type m, n, s or q" in p.stdout
    assert "1 met, 1 not met, 1 skipped; 3 still to review" in p.stderr
    left = json.loads(_run(home, "review", "latest", "--list", "--json").stdout)
    assert len(left) == 3  # the skipped one comes back
    # the same batch command again resumes the run; decisions stay and are final in its outputs
    out = tmp_path / "after.jsonl"
    again = subprocess.run([*judged["cmd"], "--out", str(out), "--html", str(tmp_path / "after.html")],
                           capture_output=True, text=True, env=_env(home, judged["fake"].base_url), timeout=120)
    assert again.returncode == 0 and "resuming batch run" in again.stderr
    bob = next(json.loads(line) for line in out.read_text().splitlines() if json.loads(line).get("candidate") == "Bob")
    crits = {c["id"]: c for c in bob["criteria"]}
    assert crits["mini-core.regulatory"]["met"] is True
    assert "decided by a person: quotes FDA later on" in crits["mini-core.regulatory"]["flags"]
    assert crits["mini-core.retention-framing"]["met"] is False
    html = (tmp_path / "after.html").read_text()
    assert html.count('class="decision"') == 2 and "quotes FDA later on" in html
    # a Markdown report for Bob marks them as a person's decisions
    md = tmp_path / "bob.md"
    assert _run(home, "report", "latest", "-c", "Bob", "--out", str(md)).returncode == 0
    assert "## Decided by a person (final)" in md.read_text() and "quotes FDA later on" in md.read_text()


def test_review_in_process_and_calibrate_uses_decisions(tmp_path: Path, home: Path, judged) -> None:
    r = runner.invoke(app, ["review", "latest"], input="n\n\nn\n\nn\nno numbers\nn\n\nn\n\n")
    assert r.exit_code == 0, r.output
    assert "0 met, 5 not met, 0 skipped; 0 still to review" in r.stderr
    assert runner.invoke(app, ["review", "latest"]).stderr.startswith("mockpm: nothing to review")
    # calibrate --run reads Bob's report with the person's verdicts: no longer 100
    grades = tmp_path / "g.csv"
    grades.write_text("candidate,scenario,human\nAlice,mini-sepsis,5\nBob,mini-sepsis,1\n")
    c = runner.invoke(app, ["calibrate", str(grades), "--run", "latest", "--scale-min", "1", "--scale-max", "5", "--json"])
    assert c.stdout, c.stderr
    doc = json.loads(c.stdout)
    assert doc["exact"] == 1.0 and doc["qwk"] == 1.0


@pytest.mark.pty
@installed
def test_review_in_a_real_terminal(tmp_path: Path, home: Path, judged) -> None:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(MOCKPM, ["review", "latest"], env=_env(home), encoding="utf-8", timeout=20,
                          dimensions=(30, 80))
    child.expect(r"\[1/5\] Bob")
    child.expect(r"decision \[m\]et")
    child.sendline("m")
    child.expect("note")
    child.sendline("seen in the second paragraph")
    child.expect(r"\[2/5\] Bob")
    child.expect("red flag hit")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    left = json.loads(_run(home, "review", "latest", "--list", "--json").stdout)
    assert len(left) == 4


@installed
def test_review_shows_keyword_matches_and_the_judges_evidence(home: Path, judged) -> None:
    p = _run(home, "review", "latest", stdin="q\n")
    assert p.returncode == 0, p.stderr
    first = p.stdout.split("[2/")[0]
    assert "keyword matches: " in first and "judge's evidence: “" in first and "judge's rationale: " in first
    # a red flag the keywords hit and the judge did not: the matched words are quoted
    listed = json.loads(_run(home, "review", "latest", "--list", "--json").stdout)
    red = next(i for i, t in enumerate(listed, 1) if t["keyword_met"] and not t["judge_met"])
    shown = _run(home, "review", "latest", stdin="s\n" * (red - 1) + "q\n").stdout
    block = shown.split(f"[{red}/")[1]
    assert re.search(r"keyword matches: “[^”]+”", block), block


def test_runs_list_and_diff_apply_review_decisions(tmp_path: Path, home: Path, judged) -> None:
    before = json.loads(runner.invoke(app, ["runs", "list", "--json"]).stdout)[0]["mean_score"]
    r = runner.invoke(app, ["review", "latest"], input="n\n\n" * 5)
    assert "0 met, 5 not met" in r.stderr
    shown = json.loads(runner.invoke(app, ["runs", "show", "latest", "--json"]).stdout)["summary"]
    listed = json.loads(runner.invoke(app, ["runs", "list", "--json"]).stdout)[0]
    assert listed["mean_score"] == shown["mean_score"] != before
    judged_id = listed["id"]
    # the same cohort graded offline: the diff compares the decided scores, not the judge's
    folder = tmp_path / "in"
    assert runner.invoke(app, ["batch", str(folder), "--library", str(judged["lib"]), "--offline"]).exit_code == 0
    d = json.loads(runner.invoke(app, ["runs", "diff", judged_id, "latest", "--json"]).stdout)
    bob_shown = next(row for row in shown["rows"] if row["name"] == "Bob")
    bob = next(c for c in d["candidates"] if c["name"] == "Bob")
    assert bob["score_a"] == bob_shown["score"]
    assert not any(ch.startswith("mini-core.regulatory") for ch in bob["changed"])  # decided as keywords said


@installed
def test_a_killed_run_is_listed_as_interrupted(tmp_path: Path, home: Path) -> None:
    import signal
    import sys
    import time

    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path)
    assert _run(home, "batch", str(folder), "--library", str(lib), "--offline").returncode == 0
    run_id = json.loads(_run(home, "runs", "list", "--json").stdout)[0]["id"]
    from mockpm.batch.runs import RunStore

    store = RunStore.open()
    store.set_status(run_id, "running")  # as a run looks while it grades
    store.close()
    # a process holding the run's claim, as `mockpm batch` does while it grades
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from mockpm.batch.claim import claim_run\n"
                               f"with claim_run({run_id!r}):\n    print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True, env=_env(home))
    try:
        assert holder.stdout.readline().strip() == "held"
        assert json.loads(_run(home, "runs", "list", "--json").stdout)[0]["status"] == "running"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    time.sleep(0.1)
    listed = _run(home, "runs", "list")
    assert "interrupted" in listed.stdout and "running" not in listed.stdout
    assert json.loads(_run(home, "runs", "show", run_id, "--json").stdout)["run"]["status"] == "interrupted"


def test_run_found_by_the_part_after_the_date_and_diff_wording(tmp_path: Path, home: Path) -> None:
    from mockpm.batch.run_queries import CandidateChange, RunDiff
    from mockpm.report.runs_text import render_diff

    lib = write_minilib(tmp_path / "lib")
    assert runner.invoke(app, ["batch", str(_cohort(tmp_path)), "--library", str(lib), "--offline"]).exit_code == 0
    run_id = json.loads(runner.invoke(app, ["runs", "list", "--json"]).stdout)[0]["id"]
    tail = run_id.split("-", 1)[1]
    r = runner.invoke(app, ["runs", "show", tail[:4], "--json"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["run"]["id"] == run_id
    cands = [CandidateChange(name=f"c{i}", scenario="s", score_a=10, score_b=20 + i, band_a="x", band_b="x")
             for i in range(30)]
    text = render_diff(RunDiff(a="A", b="B", matched=30, candidates=cands))
    assert "Candidates that changed: 30 (biggest first; 15 shown, all with --json)" in text
    assert text.count(" [s]: ") == 15
    few = render_diff(RunDiff(a="A", b="B", matched=3, candidates=cands[:3]))
    assert "Candidates that changed: 3 (biggest first)" in few
