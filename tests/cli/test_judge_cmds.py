"""End to end: the installed `mockpm` console script against the fake OpenAI server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import judge_testlib as testlib
from openai_fake import FakeOpenAI, error_reply, openai_fake  # noqa: F401 - fixture

MOCKPM = shutil.which("mockpm")
pytestmark = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
SECRET = "sk-test-SECRET123"



@pytest.fixture
def setup(tmp_path: Path, isolated_home: Path):
    lib = testlib.write_library(tmp_path / "lib")
    answer = testlib.write_answer(tmp_path / "answer.md")
    # Fast failure paths: short timeout, one retry, tiny backoff.
    cfg = isolated_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text("[judge]\ntimeout = 2\nmax_retries = 1\nbackoff = 0.01\n", encoding="utf-8")
    yield lib, answer
    # Every test here runs with the key set: none of them may leave it in a file.
    for path in isolated_home.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def run(*args: str, fake: FakeOpenAI | None = None, key: str | None = SECRET) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env["NO_COLOR"] = "1"
    if fake is not None:
        env["OPENAI_BASE_URL"] = fake.base_url
    if key:
        env["OPENAI_API_KEY"] = key
    result = subprocess.run([MOCKPM, *args], env=env, capture_output=True, text=True, timeout=60)
    # ... and no output may show it.
    assert SECRET not in result.stdout and SECRET not in result.stderr
    return result


def grade(setup, fake, *extra: str, key: str | None = SECRET):
    lib, answer = setup
    return run("grade", str(answer), "--library", str(lib), "--json", *extra, fake=fake, key=key)


def test_grade_with_llm_judge(setup, openai_fake: FakeOpenAI):
    r = grade(setup, openai_fake)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    judge = doc["judge"]
    assert judge["mode"] == "llm" and judge["base_url_host"] == "127.0.0.1" and judge["model"] == "gpt-4o-mini"
    assert judge["prompt_version"] == "judge.v1" and judge["output_mode"] == "json_schema"
    assert judge["calls"] == 1 and judge["usage"]["prompt_tokens"] > 0 and judge["cost_usd"] > 0
    assert doc["complete"] is True
    crit = {c["id"]: c for c in doc["criteria"]}
    assert crit["tiny.validation"]["judge_met"] is True and crit["tiny.validation"]["rationale"] == "judged tiny.validation"
    assert crit["tiny.validation"]["evidence"] == ["I would not roll the sepsis model out"]
    assert crit["tiny.growth-hacking"]["judge_met"] is False
    assert r.stderr == ""
    # unchanged answer: served from the cache, no call
    again = json.loads(grade(setup, openai_fake).stdout)["judge"]
    assert again["cache_hits"] == 1 and again["calls"] == 0 and openai_fake.count() == 1
    # --no-cache bypasses it
    assert json.loads(grade(setup, openai_fake, "--no-cache").stdout)["judge"]["calls"] == 1
    assert openai_fake.count() == 2
    stats = json.loads(run("cache", "stats", "--json").stdout)
    assert stats["entries"] == 1 and stats["hits"] == 1 and stats["size_bytes"] > 100
    r = run("cache", "clear")
    assert r.returncode == 0 and "cleared 1" in r.stdout


def test_failed_judge_exits_6(setup, openai_fake: FakeOpenAI):
    openai_fake.on_chat(lambda req: error_reply(500, "down", type="server_error"))
    r = grade(setup, openai_fake)
    assert r.returncode == 6, r.stderr
    doc = json.loads(r.stdout)
    assert doc["complete"] is False and "500" in doc["judge"]["error"]
    assert all(c["met"] is None for c in doc["criteria"])
    assert openai_fake.count() == 2  # one try + max_retries = 1 from the config file


def test_401_exits_5_with_one_line(setup, openai_fake: FakeOpenAI):
    openai_fake.on_chat(lambda req: error_reply(401, "Incorrect API key provided", code="invalid_api_key"))
    r = grade(setup, openai_fake)
    assert r.returncode == 5
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "OPENAI_API_KEY" in r.stderr and "Traceback" not in r.stderr


def test_no_judge_configured_grades_offline(setup):
    r = grade(setup, None, key=None)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["judge"]["mode"] == "offline"
    assert len(r.stderr.strip().splitlines()) == 1 and "offline" in r.stderr


def test_judge_check(setup, openai_fake: FakeOpenAI):
    r = run("judge", "check", fake=openai_fake)
    assert r.returncode == 0, r.stderr
    assert "works" in r.stdout and "json_schema" in r.stdout and "round trip" in r.stdout
    openai_fake.on_chat(lambda req: error_reply(404, "The model does not exist", code="model_not_found"))
    r = run("judge", "check", "--model", "no-such-model", fake=openai_fake)
    assert r.returncode == 5 and "no-such-model" in r.stderr and "--model" in r.stderr
    r = run("judge", "check", key=None)
    assert r.returncode == 5 and "OPENAI_API_KEY" in r.stderr


def test_api_key_never_written_or_printed(setup, openai_fake: FakeOpenAI, isolated_home: Path):
    # run() checks every output and the setup fixture every file; here the server echoes the key
    assert grade(setup, openai_fake).returncode == 0
    openai_fake.on_chat(lambda req: error_reply(400, f"bad request for key {SECRET}"))
    r = grade(setup, openai_fake, "--no-cache", "--format", "markdown")
    assert r.returncode == 6 and "bad request for key ***" in r.stdout
    # the key really was in use: the server saw it
    assert all(req.headers["authorization"] == f"Bearer {SECRET}" for req in openai_fake.requests)
    assert (isolated_home / "data" / "mockpm.sqlite3").is_file()
    assert (isolated_home / "data" / "judge_endpoints.json").is_file()
