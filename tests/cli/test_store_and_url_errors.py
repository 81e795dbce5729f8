"""A damaged data store and an unparseable base URL end in one line and a documented exit code,
in-process (CliRunner) and through the installed command."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minilib import STRONG, answer_file, write_minilib
from mockpm.cli.app import app

MOCKPM = shutil.which("mockpm")
needs_script = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")


def run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MOCKPM_"))}
    env.update(MOCKPM_HOME=str(home), NO_COLOR="1", OPENAI_API_KEY="sk-test-key-123456")
    return subprocess.run([MOCKPM, *args], env=env, capture_output=True, text=True, timeout=60)


def one_line(stderr: str) -> str:
    lines = [x for x in stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def _corrupt_home(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "home"
    db = home / "data" / "mockpm.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_text("garbage\n")
    return home, db


def test_a_corrupt_store_is_one_line_naming_the_file(tmp_path: Path, monkeypatch) -> None:
    home, db = _corrupt_home(tmp_path)
    monkeypatch.setenv("MOCKPM_HOME", str(home))
    r = CliRunner().invoke(app, ["runs", "list"])
    assert r.exit_code == 9, r.output
    assert str(db) in r.stderr and "move it aside" in r.stderr


@needs_script
def test_installed_corrupt_store_is_one_line_naming_the_file(tmp_path: Path) -> None:
    home, db = _corrupt_home(tmp_path)
    lib = write_minilib(tmp_path / "lib")
    answers = tmp_path / "answers"
    answers.mkdir()
    answer_file(answers / "a.md", STRONG, candidate="A")
    for args in (["runs", "list"], ["batch", "--offline", str(answers), "--library", str(lib)]):
        p = run(args, home)
        line = one_line(p.stderr)
        assert p.returncode == 9 and str(db) in line and "move it aside" in line, (args, p.stderr)
    assert db.read_text() == "garbage\n"  # nothing overwritten: the user decides what to do with it


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:notaport/v1"])
def test_unparseable_base_url_is_one_line_exit_5(tmp_path: Path, monkeypatch, url: str) -> None:
    monkeypatch.setenv("MOCKPM_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-key-123456")
    lib = write_minilib(tmp_path / "lib")
    f = answer_file(tmp_path / "a.md", STRONG)
    r = CliRunner().invoke(app, ["grade", str(f), "--library", str(lib), "--base-url", url])
    assert r.exit_code == 5 and "is not a valid URL" in r.stderr, r.output


@needs_script
def test_installed_unparseable_base_url_is_one_line_exit_5(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    f = answer_file(tmp_path / "a.md", STRONG)
    for cmd in (["grade", str(f)], ["batch", str(f)]):
        p = run([*cmd, "--library", str(lib), "--base-url", "http://[::1"], tmp_path / "home")
        assert p.returncode == 5 and "Invalid IPv6 URL" in one_line(p.stderr), p.stderr
