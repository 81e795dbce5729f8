"""Hostile or broken judges are bounded: total deadline, reply size, JSON depth, summary length,
any refusal of the output mode; identical requests in flight share one call.

Each case runs against a real HTTP server on 127.0.0.1, through the library and through the
installed ``mockpm grade`` command.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from judge_testlib import SECRET
from judge_testlib import write_answer, write_library
from openai_fake import FakeOpenAI, Reply, Request, chat_reply, error_reply, raw_reply, smart_judge, trickle_reply, verdicts
from typer.testing import CliRunner

from mockpm.cli.app import app
from mockpm.grading import grade
from mockpm.judge.schema import MAX_SUMMARY_CHARS, ParseError, extract_json
from mockpm.models import Answer

MOCKPM = shutil.which("mockpm")
IDS = ["tiny.validation", "tiny.outcomes", "tiny.nurses", "tiny.growth-hacking", "tiny.no-regulation"]


def good(summary: str = "ok") -> dict:
    return verdicts({cid: cid in IDS[:3] for cid in IDS}, "run it in silent mode for eight weeks", summary=summary)


def run_grade(tmp_path: Path, base_url: str, *extra: str, timeout: float = 1.0, retries: int = 0) -> subprocess.CompletedProcess:
    """The installed command grading the tiny answer against ``base_url``."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "config.toml").write_text(
        f"[judge]\ntimeout = {timeout}\nmax_retries = {retries}\nbackoff = 0.01\nmax_backoff = 0.5\n", encoding="utf-8")
    lib = write_library(tmp_path / "lib")
    answer = write_answer(tmp_path / "answer.md")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL")}
    env.update(MOCKPM_HOME=str(home), OPENAI_BASE_URL=base_url, OPENAI_API_KEY=SECRET)
    return subprocess.run([MOCKPM, "grade", str(answer), "--library", str(lib), "--json", *extra],
                          capture_output=True, text=True, env=env, timeout=60)


needs_cli = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")


# --------------------------------------------------------------------------- a total deadline


def test_trickling_reply_is_cut_at_the_total_deadline(make, openai_fake: FakeOpenAI, scenario, rubrics, answer):
    # every chunk arrives well inside the timeout; the whole body would take ~70 s
    openai_fake.on_chat(lambda req: trickle_reply(good(), every=0.1, chunk=8))
    started = time.perf_counter()
    report = grade(answer, scenario, rubrics, make(timeout=1.0, max_retries=1))
    took = time.perf_counter() - started
    assert took < 4, took  # two attempts of 1 s each, not a minute of dribble
    assert not report.complete and "timed out (1s) after 2 attempts" in report.judge.error
    assert report.judge.outage and report.score is None


@needs_cli
def test_trickle_through_the_command(tmp_path: Path):
    with FakeOpenAI() as fake:
        fake.on_chat(lambda req: trickle_reply(good(), every=0.1, chunk=8))
        started = time.perf_counter()
        proc = run_grade(tmp_path, fake.base_url, timeout=1.0)
        took = time.perf_counter() - started
    assert took < 6, took
    assert proc.returncode == 6, proc.stderr  # incomplete, not a verdict
    doc = json.loads(proc.stdout)
    assert doc["score"] is None and "timed out" in doc["judge"]["error"]
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- size and depth


def test_extract_json_is_linear_on_a_flood_of_braces():
    started = time.perf_counter()
    with pytest.raises(ParseError):
        extract_json("{" * 10_000_000)
    with pytest.raises(ParseError, match="nested too deeply"):
        extract_json("[" * 100_000)
    with pytest.raises(ParseError):
        extract_json('{"a":' * 200_000)
    assert time.perf_counter() - started < 3
    assert extract_json('chatter {"x": 1} more {"y": 2}') == {"x": 1}


@needs_cli
@pytest.mark.parametrize("kind", ["braces-10MB", "brackets-100k", "body-brackets-100k"])
def test_hostile_replies_are_unscored_quickly(tmp_path: Path, kind: str):
    with FakeOpenAI() as fake:
        if kind == "braces-10MB":
            fake.on_chat(lambda req: chat_reply("{" * 10_000_000))
        elif kind == "brackets-100k":
            fake.on_chat(lambda req: chat_reply("[" * 100_000))
        else:  # the HTTP body itself, not the message content
            fake.on_chat(lambda req: raw_reply("[" * 100_000))
        started = time.perf_counter()
        proc = run_grade(tmp_path, fake.base_url, timeout=10.0)
        took = time.perf_counter() - started
    assert took < 8, took
    assert proc.returncode == 6, proc.stderr
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["score"] is None and all(c["met"] is None for c in doc["criteria"])
    assert len(proc.stdout) < 100_000  # nothing of the reply was copied into the report


def test_reply_over_the_cap_is_not_read(make, openai_fake: FakeOpenAI, scenario, rubrics, answer):
    openai_fake.on_chat(lambda req: chat_reply(good(summary="x" * 3_000_000)))
    report = grade(answer, scenario, rubrics, make(max_retries=2))
    assert report.score is None and "too large" in report.judge.error
    assert openai_fake.count() == 1  # a huge reply is not asked for again


def test_long_summary_is_clipped(make, openai_fake: FakeOpenAI, scenario, rubrics, answer):
    openai_fake.on_chat(lambda req: chat_reply(good(summary="Solid answer. " * 40_000)))  # ~560 KB
    report = grade(answer, scenario, rubrics, make())
    assert report.complete
    assert len(report.judge.summary) <= MAX_SUMMARY_CHARS and report.judge.summary.endswith("…")


# --------------------------------------------------------------------------- output-mode refusals


def _refuse_modes(status: int, message: str, refused: tuple[str, ...]):
    def handle(req: Request) -> Reply:
        if (req.json.get("response_format") or {}).get("type") in refused:
            return error_reply(status, message)
        return smart_judge()(req)

    return handle


@pytest.mark.parametrize(("status", "message"), [
    (422, "Unprocessable Entity"),
    (400, "Bad request"),
    (400, "unsupported feature requested"),
])
def test_any_refusal_of_the_mode_steps_down(make, openai_fake: FakeOpenAI, scenario, rubrics, answer, status, message):
    openai_fake.on_chat(_refuse_modes(status, message, ("json_schema",)))
    report = grade(answer, scenario, rubrics, make())
    assert report.complete and report.judge.output_mode == "json_object"
    assert [(b.get("response_format") or {}).get("type") for b in openai_fake.bodies()] == ["json_schema", "json_object"]


@needs_cli
def test_422_without_the_words_falls_back_to_plain_text_through_the_command(tmp_path: Path):
    with FakeOpenAI() as fake:
        fake.on_chat(_refuse_modes(422, "Unprocessable Entity", ("json_schema", "json_object")))
        proc = run_grade(tmp_path, fake.base_url, timeout=10.0)
        kinds = [(b.get("response_format") or {}).get("type") for b in fake.bodies()]
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["complete"] and doc["judge"]["output_mode"] == "text" and doc["score"] is not None
    assert kinds == ["json_schema", "json_object", None]


# --------------------------------------------------------------------------- identical answers in flight


def test_identical_requests_in_flight_share_one_call(make, openai_fake: FakeOpenAI, scenario, rubrics, answer):
    from mockpm.grading import agrade

    openai_fake.on_chat(smart_judge(delay=0.3))
    judge = make(use_cache=False)  # sharing does not depend on the cache
    texts = [f"{answer.text}\nVariant {i % 5}." for i in range(20)]  # 5 distinct texts, 4 copies each

    async def run():
        try:
            return await asyncio.gather(*(agrade(Answer(text=t), scenario, rubrics, judge) for t in texts))
        finally:
            await judge.aclose()

    reports = asyncio.run(run())
    assert openai_fake.count() == 5
    assert all(r.complete for r in reports)
    assert sum(r.judge.calls for r in reports) == 5  # the copies say they made no call of their own
    by_text = {}
    for t, r in zip(texts, reports):
        by_text.setdefault(t, set()).add(tuple(c.met for c in r.criteria))
    assert all(len(v) == 1 for v in by_text.values())


# --------------------------------------------------------------------------- the Typer layer


def test_outage_with_fail_under_exits_6_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from openai_fake import closed_url

    lib = write_library(tmp_path / "lib")
    answer = write_answer(tmp_path / "answer.md")
    monkeypatch.setenv("OPENAI_BASE_URL", closed_url())
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    home = Path(os.environ["MOCKPM_HOME"])
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "config.toml").write_text("[judge]\ntimeout = 1\nmax_retries = 0\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["grade", str(answer), "--library", str(lib), "--json", "--fail-under", "65"])
    assert result.exit_code == 6, result.output
    doc = json.loads(result.stdout)
    assert doc["score"] is None and doc["band"] == "Unscored"
    assert doc["keyword_only"]["score"] > 0 and "keyword-only" in doc["keyword_only"]["label"]
