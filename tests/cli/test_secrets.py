"""The API key never lands in a file mockpm writes, nor in its output, across every command
that can call the judge: grade, batch (exports and the HTML report) and practice (transcript
and history)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import judge_testlib as testlib
from openai_fake import FakeOpenAI, openai_fake  # noqa: F401 - fixture

SECRET = "sk-test-NEVER-WRITE-ME-42"
MOCKPM = shutil.which("mockpm")


pytestmark = pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")


def run(args: list[str], fake: FakeOpenAI, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_API_KEY=SECRET, OPENAI_BASE_URL=fake.base_url, MOCKPM_HOME=str(home), NO_COLOR="1")
    p = subprocess.run([MOCKPM, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)
    assert SECRET not in p.stdout and SECRET not in p.stderr
    return p


def test_key_is_in_no_file_and_no_output(tmp_path, openai_fake: FakeOpenAI):
    home = tmp_path / "home"
    lib = testlib.write_library(tmp_path / "lib")
    answers = tmp_path / "answers"
    answers.mkdir()
    for i in range(3):
        testlib.write_answer(answers / f"a{i}.md", testlib.ANSWER + f"\nVariant {i}.")
    out = tmp_path / "out"
    out.mkdir()

    assert run(["grade", str(answers / "a0.md"), "--library", str(lib), "--json"], openai_fake, home).returncode == 0
    b = run(["batch", str(answers), "--library", str(lib), "--out", str(out / "r.csv"), "--html", str(out / "r.html")],
            openai_fake, home)
    assert b.returncode == 0, b.stderr
    run(["batch", str(answers), "--library", str(lib), "--out", str(out / "r.jsonl"), "--fresh"], openai_fake, home)
    body = testlib.ANSWER.split("---")[-1].strip()
    p = run(["practice", testlib.SCENARIO_ID, "--library", str(lib), "--no-timer"], openai_fake, home,
            stdin=body + "\n%%\nNurses sign off.\n%%\nThe CNO.\n")
    assert p.returncode == 0, p.stderr
    assert openai_fake.count() >= 2  # the judge really was called

    written = [f for f in (*home.rglob("*"), *out.rglob("*")) if f.is_file()]
    assert any(f.suffix == ".md" for f in written) and any(f.suffix == ".html" for f in written)
    for f in written:
        assert SECRET.encode() not in f.read_bytes(), f
    # nor in what went over the wire to anyone but the endpoint's auth header
    assert all(SECRET not in (r.body or b"").decode(errors="ignore") for r in openai_fake.requests)
