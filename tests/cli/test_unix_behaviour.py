"""Scripts: `grade -`, piped practice front matter, --fail-under's reason, --json anywhere,
`history show last`, the candidate column, through CliRunner and the installed command."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from mockpm.cli.app import app, json_last
from mockpm.cli.grade import below

runner = CliRunner()
MOCKPM = shutil.which("mockpm")
needs_installed = pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "80"}
    return subprocess.run([MOCKPM, *args], input=stdin, capture_output=True, text=True, env=env)


def test_grade_dash_reads_stdin_with_its_front_matter(examples):
    text = (examples / "sepsis-weak.md").read_text()
    r = runner.invoke(app, ["grade", "--json", "-"], input=text)
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["scenario"] == "sepsis-model" and doc["candidate"] == "Jordan Blake" and doc["file"] == "<stdin>"
    two = runner.invoke(app, ["grade", "-", "-"], input=text)
    assert two.exit_code == 2 and "once" in two.stderr


@needs_installed
def test_installed_grade_dash_and_fail_under_reason(examples):
    text = (examples / "sepsis-weak.md").read_text()
    p = run("grade", "--offline", "--json", "-", stdin=text)
    assert p.returncode == 0 and json.loads(p.stdout)["candidate"] == "Jordan Blake"
    p = run("grade", "--offline", "--fail-under", "60", "-", stdin=text)
    assert p.returncode == 1
    reason = [ln for ln in p.stderr.splitlines() if "fail-under" in ln]
    assert reason == ["mockpm: below --fail-under 60: <stdin> scored 0"], p.stderr
    ok = run("grade", "--offline", "--fail-under", "60", str(examples / "sepsis-strong.md"))
    assert ok.returncode == 0 and "fail-under" not in ok.stderr


def test_an_unscored_report_never_fails_the_gate(examples):
    r = runner.invoke(app, ["grade", "--json", str(examples / "sepsis-weak.md")])
    from mockpm.models import GradeReport

    report = GradeReport.model_validate_json(r.stdout)
    assert below([report], 60) is not None
    outage = report.model_copy(update={"score": None, "band": "Unscored"})
    assert below([outage], 60) is None


@needs_installed
def test_piped_practice_honours_front_matter(examples, isolated_home):
    env_home = {"MOCKPM_HOME": str(isolated_home)}
    text = (examples / "sepsis-weak.md").read_text()
    p = subprocess.run([MOCKPM, "practice", "--offline", "sepsis-model"], input=text, capture_output=True, text=True,
                       env={**os.environ, **env_home})
    assert p.returncode == 0, p.stderr
    shown = run_env(env_home, "history", "--json", "show", "last")
    report = json.loads(shown.stdout)
    assert report["candidate"] == "Jordan Blake"
    # the front matter is configuration, not answer text
    transcript = report["file"]
    body = open(transcript, encoding="utf-8").read().split("## Answer", 1)[1]
    assert "candidate:" not in body and "scenario: sepsis-model" not in body
    # with no SCENARIO given, the front matter's one is used
    p = subprocess.run([MOCKPM, "practice", "--offline"], input=text, capture_output=True, text=True, env={**os.environ, **env_home})
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO(run_env(env_home, "history", "export").stdout)))
    assert [r["candidate"] for r in rows] == ["Jordan Blake", "Jordan Blake"]
    assert {r["scenario"] for r in rows} == {"sepsis-model"}


def run_env(extra: dict, *args: str) -> subprocess.CompletedProcess:
    p = subprocess.run([MOCKPM, *args], capture_output=True, text=True, env={**os.environ, **extra})
    assert p.returncode == 0, p.stderr
    return p


@needs_installed
def test_json_anywhere_and_show_last(examples, isolated_home):
    env_home = {"MOCKPM_HOME": str(isolated_home)}
    for f in ("sepsis-weak.md", "sepsis-strong.md"):
        subprocess.run([MOCKPM, "practice", "--offline"], input=(examples / f).read_text(), capture_output=True,
                       text=True, env={**os.environ, **env_home}, check=True)
    listed = json.loads(run_env(env_home, "history", "--json").stdout)
    last_id = listed["sessions"][-1]["id"]
    early = json.loads(run_env(env_home, "history", "--json", "show", last_id).stdout)
    late = json.loads(run_env(env_home, "history", "show", "last", "--json").stdout)
    assert early == late and late["score"] == listed["sessions"][-1]["score"]
    assert late["file"].endswith("sepsis-model.md")
    text = run_env(env_home, "history", "show", "last", "--no-pager").stdout
    assert text.startswith(f"{late['score']:.0f}/100")
    assert json.loads(run_env(env_home, "scenarios", "--json", "list").stdout)[0]["id"]
    assert json.loads(run_env(env_home, "--json", "grade", "--offline", str(examples / "sepsis-weak.md")).stdout)["scenario"] == "sepsis-model"


def test_show_last_with_no_history_is_one_line():
    r = runner.invoke(app, ["history", "show", "last"])
    assert r.exit_code == 2 and "no practice sessions yet" in r.stderr


def test_json_last_leaves_everything_after_a_double_dash():
    assert json_last(["history", "--json", "show", "x"]) == ["history", "show", "x", "--json"]
    assert json_last(["grade", "--", "--json"]) == ["grade", "--", "--json"]
    assert json_last(["grade", "a.md", "--json"]) == ["grade", "a.md", "--json"]


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_redirected_output_has_no_padding_no_emphasis_markers_and_bullets_keep_their_indent(tmp_path, examples):
    env = {**os.environ, "MOCKPM_HOME": str(tmp_path), "COLUMNS": "80"}
    strong = subprocess.run([MOCKPM, "grade", str(examples / "sepsis-strong.md"), "--offline"],
                            capture_output=True, text=True, env=env)
    assert strong.returncode == 0, strong.stderr
    assert not [ln for ln in strong.stdout.splitlines() if ln != ln.rstrip()]  # no padding to 80 columns
    quotes = [ln for ln in strong.stdout.splitlines() if ln.lstrip().startswith("“")]
    assert quotes and not [q for q in quotes if "**" in q]
    assert "**" in (examples / "sepsis-strong.md").read_text()  # the answer itself has them

    p = subprocess.run([MOCKPM, "practice", "sepsis-model", "--offline"], input="We launch.\n",
                       capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert not [ln for ln in lines if ln != ln.rstrip()]
    bullet = next(i for i, ln in enumerate(lines) if "• Training data came from one hospital" in ln)
    indent = lines[bullet].index("Training")
    follow = lines[bullet + 1]
    assert follow[indent:].strip() and not follow[:indent].strip("│ ")  # the wrapped line sits under the text


def test_python_dash_m_mockpm_is_the_same_command(examples):
    env = {**os.environ, "COLUMNS": "80"}
    p = subprocess.run([sys.executable, "-m", "mockpm", "grade", "--offline", "--json", str(examples / "sepsis-weak.md")],
                       capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["scenario"] == "sepsis-model"
    bad = subprocess.run([sys.executable, "-m", "mockpm", "grade", "--no-such-flag"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
