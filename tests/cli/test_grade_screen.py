"""The installed `mockpm grade` in a real 80x24 pseudo-terminal: verdict first, pager, --brief."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.pty

MOCKPM = shutil.which("mockpm")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")

if MOCKPM is None:
    pytest.skip("the mockpm console script is not on PATH", allow_module_level=True)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL", "NO_COLOR", "PAGER", "MOCKPM_PAGER", "LESS")}
    env.update({"COLUMNS": "80", "LINES": "24", "TERM": "xterm"})
    env.update(extra)
    return env


def test_first_screen_holds_score_band_and_fixes_then_pages(examples, isolated_home):
    child = pexpect.spawn(MOCKPM, ["grade", "--offline", str(examples / "sepsis-weak.md")],
                          env=_env(MOCKPM_HOME=str(isolated_home), PAGER="less"), encoding="utf-8",
                          timeout=20, dimensions=(24, 80))
    child.expect(r"\n:|\(END\)|lines \d")  # less is waiting after the first screen
    screen = ANSI.sub("", child.before)
    assert "0/100" in screen and "Strong No Hire" in screen and "of 63 points" in screen
    assert "Fix these first" in screen and "1. red flag" in screen and "3. " in screen
    assert "say instead:" in screen
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_pager_only_on_a_terminal_and_not_with_no_pager(examples, isolated_home, tmp_path):
    paged = tmp_path / "paged.txt"
    pager = f"cat > {paged}"
    answer = str(examples / "sepsis-weak.md")
    child = pexpect.spawn(MOCKPM, ["grade", "--offline", answer], env=_env(MOCKPM_HOME=str(isolated_home), MOCKPM_PAGER=pager),
                          encoding="utf-8", timeout=20, dimensions=(24, 80))
    child.expect(pexpect.EOF)
    child.close()
    assert "Fix these first" in paged.read_text() and "Criteria" in paged.read_text()
    paged.unlink()
    child = pexpect.spawn(MOCKPM, ["grade", "--offline", "--no-pager", answer], env=_env(MOCKPM_HOME=str(isolated_home), MOCKPM_PAGER=pager),
                          encoding="utf-8", timeout=20, dimensions=(24, 80))
    child.expect(pexpect.EOF)
    assert "Criteria" in ANSI.sub("", child.before) and not paged.exists()
    # piped: never paged, whatever PAGER says
    p = subprocess.run([MOCKPM, "grade", "--offline", answer], capture_output=True, text=True,
                       env=_env(MOCKPM_HOME=str(isolated_home), MOCKPM_PAGER=pager))
    assert p.returncode == 0 and "Criteria" in p.stdout and not paged.exists()


def test_brief_prints_only_the_verdict_and_fixes(examples, isolated_home):
    p = subprocess.run([MOCKPM, "grade", "--offline", "--brief", str(examples / "sepsis-weak.md")],
                       capture_output=True, text=True, env=_env(MOCKPM_HOME=str(isolated_home)))
    assert p.returncode == 0
    assert p.stdout.startswith("0/100") and "Fix these first" in p.stdout and "Criteria" not in p.stdout
    assert len(p.stdout.splitlines()) <= 20


HASH_SOURCE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def test_installed_report_coaches_without_noise(examples, isolated_home):
    env = _env(MOCKPM_HOME=str(isolated_home))
    weak = subprocess.run([MOCKPM, "grade", "--offline", str(examples / "sepsis-weak.md")], capture_output=True, text=True, env=env)
    salad = subprocess.run([MOCKPM, "grade", "--offline", str(examples / "sepsis-keyword-salad.md")], capture_output=True, text=True, env=env)
    strong = subprocess.run([MOCKPM, "grade", "--offline", str(examples / "adherence-strong.md")], capture_output=True, text=True, env=env)
    out = weak.stdout
    # verdict first; two weak attempts at 0/100 still differ by their raw points
    first_weak, first_salad = out.splitlines()[0], salad.stdout.splitlines()[0]
    assert first_weak.startswith("0/100") and first_salad.startswith("0/100") and first_weak != first_salad
    # how to show it, with the article's title, never a file hash or internal words
    assert "a strong answer: “" in out and "say instead: “" in out and "source: " in out
    assert not HASH_SOURCE.search(out) and "seed" not in out.lower() and "GOOD answer" not in out
    # no doubled label; avoided red flags in one line; wrapped lines keep their indent
    assert "Red flag:" not in out and "[red flag]" not in out
    assert len([ln for ln in strong.stdout.splitlines() if ln.lstrip().startswith("✓ avoided")]) == 1
    lines = out.splitlines()
    i = next(n for n, ln in enumerate(lines) if ln.startswith("✗ "))
    assert lines[i + 1].startswith("  ") and lines[i + 1].strip()
