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


def leaked_runs(text: str, secret: str, run: int = 8) -> list[str]:
    """Every run of ``run`` characters of ``secret`` found in ``text``, in any case."""
    low, s = text.lower(), secret.lower()
    return sorted({s[i:i + run] for i in range(len(s) - run + 1) if s[i:i + run] in low})


def written_files(*roots: Path) -> list[Path]:
    return [f for root in roots for f in root.rglob("*") if f.is_file()]


def test_key_echoed_cut_short_or_upper_cased_is_in_no_file_and_no_output(tmp_path, openai_fake: FakeOpenAI):
    from openai_fake import key_echo_error

    openai_fake.on_chat(key_echo_error(400, lambda k: f"{k[:12]}...{k[-4:]} (as typed: {k.upper()[3:]})"))
    home = tmp_path / "home"
    lib = testlib.write_library(tmp_path / "lib")
    answers = tmp_path / "answers"
    answers.mkdir()
    for i in range(2):
        testlib.write_answer(answers / f"a{i}.md", testlib.ANSWER + f"\nVariant {i}.")
    out = tmp_path / "out"
    out.mkdir()
    outputs = []
    g = run(["grade", str(answers / "a0.md"), "--library", str(lib), "--json"], openai_fake, home)
    assert g.returncode != 0 and "Traceback" not in g.stderr
    outputs.append(g.stdout + g.stderr)
    b = run(["batch", str(answers), "--library", str(lib), "--out", str(out / "r.jsonl"), "--html", str(out / "r.html")],
            openai_fake, home)
    assert b.returncode != 0 and "Traceback" not in b.stderr
    outputs.append(b.stdout + b.stderr)
    assert openai_fake.count() >= 3  # the endpoint really answered with the key in its body
    assert "Incorrect API key provided" in g.stdout + g.stderr  # the reason is kept, the key is not
    for text in outputs:
        assert leaked_runs(text, SECRET) == []
    files = written_files(home, out)
    assert any(f.suffix == ".jsonl" for f in files) and any(f.suffix == ".html" for f in files)
    for f in files:
        assert leaked_runs(f.read_bytes().decode("utf-8", "replace"), SECRET) == [], f


def test_url_credentials_are_never_stored_or_printed(tmp_path, openai_fake: FakeOpenAI):
    home = tmp_path / "home"
    lib = testlib.write_library(tmp_path / "lib")
    answer = testlib.write_answer(tmp_path / "a.md")
    url = openai_fake.base_url.replace("http://", "http://alice:hunter2-pass-99@")
    p = run(["grade", str(answer), "--library", str(lib), "--json", "--base-url", url], openai_fake, home)
    assert p.returncode == 0, p.stderr
    assert openai_fake.count() >= 1
    b = run(["batch", str(answer), "--library", str(lib), "--base-url", url, "--out", str(home / "r.jsonl"),
             "--html", str(home / "r.html")], openai_fake, home)
    assert b.returncode == 0, b.stderr
    endpoints = home.rglob("judge_endpoints.json")
    assert any(str(openai_fake.base_url.split("//")[1].split("/")[0]) in f.read_text() for f in endpoints)
    for text in (p.stdout + p.stderr, b.stdout + b.stderr, *(f.read_bytes().decode("utf-8", "replace") for f in written_files(home))):
        assert "hunter2" not in text and "alice:" not in text
    bad = run(["grade", str(answer), "--library", str(lib), "--base-url", "ftp://alice:hunter2-pass-99@example.org"],
              openai_fake, home)
    assert bad.returncode == 5 and "hunter2" not in bad.stderr and "ftp://example.org" in bad.stderr


def test_key_echo_in_process_report_and_store(tmp_path, openai_fake: FakeOpenAI, monkeypatch):
    from openai_fake import key_echo_error
    from typer.testing import CliRunner

    from mockpm.cli.app import app

    openai_fake.on_chat(key_echo_error(400, lambda k: k.upper()[:15] + "..."))
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_BASE_URL", openai_fake.base_url)
    lib = testlib.write_library(tmp_path / "lib")
    answer = testlib.write_answer(tmp_path / "a.md")
    r = CliRunner().invoke(app, ["grade", str(answer), "--library", str(lib), "--json"])
    assert r.exit_code == 6, r.output  # unscored by the judge: incomplete, not failed
    assert "Incorrect API key provided: ***" in r.stdout
    assert leaked_runs(r.stdout + r.stderr, SECRET) == []


def key_echo_verdicts(req):
    """A 200 reply whose judge text quotes the caller's key: cut short, upper-cased, in pieces."""
    from openai_fake import chat_reply, criteria_in, verdicts

    key = req.headers.get("authorization", "").split(" ", 1)[-1]
    crits = criteria_in(req)
    if not crits:
        return chat_reply({"ok": True})
    doc = verdicts({cid: not red for cid, red in crits}, evidence=f"quoted {key[3:15].upper()}",
                   summary=f"key was {key[2:14].upper()} thanks {key[-9:]}")
    for v in doc["verdicts"]:
        v["rationale"] = f"because {key.lower()[5:]}"
    return chat_reply(doc)


def test_key_echoed_in_a_200_reply_is_in_no_file_and_no_output(tmp_path, openai_fake: FakeOpenAI):
    openai_fake.on_chat(key_echo_verdicts)
    home = tmp_path / "home"
    lib = testlib.write_library(tmp_path / "lib")
    answers = tmp_path / "answers"
    answers.mkdir()
    for i in range(2):
        testlib.write_answer(answers / f"a{i}.md", testlib.ANSWER + f"\nVariant {i}.")
    out = tmp_path / "out"
    out.mkdir()
    g = run(["grade", str(answers / "a0.md"), "--library", str(lib)], openai_fake, home)
    gj = run(["grade", str(answers / "a1.md"), "--library", str(lib), "--json"], openai_fake, home)
    b = run(["batch", str(answers), "--library", str(lib), "--out", str(out / "r.jsonl"), "--html", str(out / "r.html"),
             "--fresh"], openai_fake, home)
    assert "Traceback" not in g.stderr + gj.stderr + b.stderr
    assert openai_fake.count() >= 2
    assert "key was ***" in gj.stdout  # the summary is kept, the key is not
    for text in (g.stdout + g.stderr, gj.stdout + gj.stderr, b.stdout + b.stderr):
        assert leaked_runs(text, SECRET) == []
    files = written_files(home, out)
    assert any(f.suffix == ".jsonl" for f in files) and any(f.suffix == ".html" for f in files)
    for f in files:
        assert leaked_runs(f.read_bytes().decode("utf-8", "replace"), SECRET) == [], f


def test_key_echoed_in_a_200_reply_in_process(tmp_path, openai_fake: FakeOpenAI, monkeypatch):
    from typer.testing import CliRunner

    from mockpm.cli.app import app

    openai_fake.on_chat(key_echo_verdicts)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_BASE_URL", openai_fake.base_url)
    monkeypatch.setenv("MOCKPM_HOME", str(tmp_path / "home"))
    lib = testlib.write_library(tmp_path / "lib")
    answer = testlib.write_answer(tmp_path / "a.md")
    r = CliRunner().invoke(app, ["grade", str(answer), "--library", str(lib), "--json"])
    assert "key was ***" in r.stdout and "because ***" in r.stdout, r.output
    assert leaked_runs(r.stdout + r.stderr, SECRET) == []


@pytest.mark.parametrize("shape", ["http://alice:s3cret Passw0rd@{hp}/v1", "http://{hp}/v1?api_key=qs-s3cret-Passw0rd#frag"])
def test_unusual_url_credentials_are_never_stored_or_printed(tmp_path, openai_fake: FakeOpenAI, shape):
    home = tmp_path / "home"
    lib = testlib.write_library(tmp_path / "lib")
    answer = testlib.write_answer(tmp_path / "a.md")
    hp = openai_fake.base_url.split("//")[1].split("/")[0]
    url = shape.format(hp=hp)
    p = run(["grade", str(answer), "--library", str(lib), "--json", "--base-url", url], openai_fake, home)
    assert "Traceback" not in p.stderr
    b = run(["batch", str(answer), "--library", str(lib), "--base-url", url, "--out", str(home / "r.jsonl")],
            openai_fake, home)
    assert "Traceback" not in b.stderr
    endpoints = list(home.rglob("judge_endpoints.json"))
    if p.returncode == 0:
        assert openai_fake.count() >= 1 and endpoints
        assert any(f"http://{hp}/v1" in f.read_text() for f in endpoints)
    for text in (p.stdout + p.stderr, b.stdout + b.stderr, *(f.read_bytes().decode("utf-8", "replace") for f in written_files(home))):
        assert "s3cret" not in text and "alice" not in text, text[:500]


def test_key_echoed_in_a_refusal_is_not_kept(tmp_path: Path, openai_fake: FakeOpenAI):
    from openai_fake import chat_reply

    def refuse(req):  # noqa: ANN001, ANN202
        key = req.headers.get("authorization", "").split(" ", 1)[-1]
        return chat_reply(None, refusal=f"I will not grade for {key.upper()[4:]}")

    openai_fake.on_chat(refuse)
    home = tmp_path / "home"
    lib = testlib.write_library(tmp_path / "lib")
    answer = testlib.write_answer(tmp_path / "a.md")
    p = run(["grade", str(answer), "--library", str(lib), "--json"], openai_fake, home)
    assert p.returncode == 6 and "the model refused: I will not grade for ***" in p.stdout, p.stdout[-800:]
    assert leaked_runs(p.stdout + p.stderr, SECRET) == []
    for f in written_files(home):
        assert leaked_runs(f.read_bytes().decode("utf-8", "replace"), SECRET) == [], f
