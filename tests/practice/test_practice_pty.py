"""The installed `mockpm` in a real pseudo-terminal: pick, type, submit, follow-up, grade, resume."""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest

from mockpm import history
from mockpm.practice import drafts, session
from practice.practice_lib import SEPSIS, SEPSIS_FOLLOWUP, SEPSIS_MAIN, load_library, write_library

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.pty

MOCKPM = shutil.which("mockpm")
CPR_REQUEST = r"\x1b\[6n"
COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7]|38;)[0-9;]*m")

if MOCKPM is None:
    pytest.skip("the mockpm console script is not on PATH", allow_module_level=True)


@pytest.fixture
def libdir(tmp_path: Path) -> Path:
    return write_library(tmp_path / "lib")


def spawn(args: list[str], home: Path, **extra: str):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL", "NO_COLOR")}
    # No pager unless a test asks for one: `less` would wait for a key the test never sends.
    env.update({"MOCKPM_HOME": str(home), "COLUMNS": "80", "LINES": "30", "TERM": "xterm", "MOCKPM_AUTOSAVE_SECONDS": "0.3",
                "MOCKPM_PAGER": "cat"})
    env.update(extra)
    child = pexpect.spawn(MOCKPM, args, env=env, encoding="utf-8", timeout=15, dimensions=(30, 80))
    return child


def expect(child, pattern: str) -> str:
    """Wait for ``pattern``, answering the terminal's cursor-position requests like a real one.

    Returns everything printed before the match.
    """
    seen = ""
    while True:
        found = child.expect([CPR_REQUEST, pattern])
        seen += child.before
        if found == 0:
            child.send("\x1b[1;1R")
            continue
        return seen


def finish(child) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + child.signalstatus


def test_whole_session(libdir: Path, isolated_home: Path):
    child = spawn(["practice", "--library", str(libdir)], isolated_home)
    table = expect(child, r"Scenario number or id")
    # at 80 columns the picker lists titles without ids: find the row by its title
    number = re.search(r"(\d+)\s+Sepsis alert launch drill\s", table).group(1)
    child.sendline(number)
    expect(child, r"10:00")  # the countdown in the bottom toolbar
    first, second = SEPSIS_MAIN.split(". Before")
    child.send(first + ".\r")  # Enter starts a new line, it does not submit
    child.send("Before" + second)
    child.send("\x1b\r")  # Esc then Enter submits
    expect(child, r"Follow-up 1 of 2")
    child.send(SEPSIS_FOLLOWUP)
    child.send("\x04")  # Ctrl-D submits too
    expect(child, r"Follow-up 2 of 2")
    expect(child, r"left of 10:00")
    child.send("\x04")  # empty: skipped
    shown = expect(child, r"\[y/N\]")
    child.sendline("y")
    expect(child, r"A strong answer covers")
    expect(child, r"What to practise next")
    assert finish(child) == 0

    [row] = history.sessions()
    assert re.search(r"(\d+)/100", shown).group(1) == f"{row.score:.0f}"
    assert row.scenario == SEPSIS
    _, report = history.get(row.id)
    assert {c.id: c.met for c in report.criteria}["zz-sepsis.escalation"] is True  # follow-up counted
    text = Path(row.transcript_path).read_text()
    assert row.transcript_path.startswith(str(isolated_home / "data" / "transcripts"))
    assert first + ".\nBefore" + second in text  # the line break typed with Enter is kept
    assert "### Answer\n\n" + SEPSIS_FOLLOWUP in text and "_Not answered._" in text
    assert drafts.list_drafts() == []


def _wait_for_draft(predicate, timeout: float = 5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        state = drafts.latest() if drafts.list_drafts() else None
        if state is not None and predicate(state):
            return state
        time.sleep(0.1)
    raise AssertionError("the draft was never autosaved")


def test_killed_mid_answer_then_resumed(libdir: Path, isolated_home: Path):
    child = spawn(["practice", SEPSIS, "--library", str(libdir)], isolated_home)
    expect(child, r"left of 10:00")
    half = SEPSIS_MAIN[:120]
    child.send(half)
    _wait_for_draft(lambda s: s.turns[0].answer == half)  # autosaved while typing
    child.kill(signal.SIGKILL)
    child.close()

    child = spawn(["practice", "--resume"], isolated_home)  # the draft knows the --library folder
    expect(child, r"resuming session")
    expect(child, r"left of 10:00")
    child.send(SEPSIS_MAIN[120:] + "\x1b\r")
    expect(child, r"Follow-up 1 of 2")
    expect(child, r"left of")
    child.send("\x04")
    expect(child, r"Follow-up 2 of 2")
    expect(child, r"left of")
    child.send("\x04")
    expect(child, r"\[y/N\]")
    child.sendline("")
    assert finish(child) == 0
    [row] = history.sessions()
    assert SEPSIS_MAIN in Path(row.transcript_path).read_text()


def test_time_up_then_ctrl_c_keeps_everything(libdir: Path, isolated_home: Path):
    lib = load_library(libdir)
    state = session.new_state(lib.scenario(SEPSIS), minutes=1, library=[libdir])
    state.turns[0].answer = "Typed before."
    state.elapsed_seconds = 59.0
    drafts.save(state)

    # A long autosave interval: only the Ctrl-C key itself can have saved the new words.
    child = spawn(["practice", "--resume"], isolated_home, MOCKPM_AUTOSAVE_SECONDS="60")
    expect(child, r"Time's up")
    expect(child, r"TIME'S UP")
    child.send(" And after the bell.")
    time.sleep(0.1)
    child.send("\x03")  # Ctrl-C saves at once, without waiting for the autosave
    expect(child, r"practice --resume")
    assert finish(child) == 130
    saved = drafts.latest()
    assert saved.id == state.id
    assert saved.turns[0].answer == "Typed before. And after the bell."
    assert saved.elapsed_seconds >= 60
    assert history.sessions() == []


def test_no_colour_with_NO_COLOR(isolated_home: Path, libdir: Path):
    # One graded session so history has something to colour.
    from mockpm.grading import grade
    from mockpm.models import Answer

    lib = load_library(libdir)
    sc = lib.scenario(SEPSIS)
    st = session.new_state(sc)
    history.record(session_id=st.id, scenario=SEPSIS, started_at=st.started_at, finished_at=st.started_at,
                   time_taken_seconds=1, report=grade(Answer(text=SEPSIS_MAIN), sc, lib.rubrics_for(sc)), transcript_path=None)

    coloured = spawn(["history"], isolated_home)
    coloured.expect(pexpect.EOF)
    plain = spawn(["history"], isolated_home, NO_COLOR="1")
    plain.expect(pexpect.EOF)
    assert COLOUR.search(coloured.before), "expected colour in a terminal"
    assert not COLOUR.search(plain.before)
    assert "overall score" in plain.before


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_sigterm_sighup_and_sigint_save_every_typed_character(libdir: Path, isolated_home: Path, sig: int):
    # A long autosave interval: only the signal itself can have saved the last words.
    child = spawn(["practice", SEPSIS, "--library", str(libdir)], isolated_home, MOCKPM_AUTOSAVE_SECONDS="60")
    expect(child, r"left of 10:00")
    child.send(SEPSIS_MAIN[:80])
    time.sleep(1.0)  # let the editor read the keys (the terminal wraps the echo, so it cannot be matched)
    child.kill(sig)  # kill -INT too: a signal, not a Ctrl-C key the editor reads
    status = finish(child)
    assert status == 128 + sig  # SIGINT: 130, as Ctrl-C
    saved = drafts.latest()
    assert saved is not None and saved.turns[0].answer == SEPSIS_MAIN[:80]
    assert history.sessions() == []


def test_closing_the_terminal_saves_every_typed_character(libdir: Path, isolated_home: Path):
    child = spawn(["practice", SEPSIS, "--library", str(libdir)], isolated_home, MOCKPM_AUTOSAVE_SECONDS="60")
    expect(child, r"left of 10:00")
    child.send(SEPSIS_MAIN[:80])
    time.sleep(1.0)  # let the editor read the keys
    child.ptyproc.fileobj.close()  # the window closes: the kernel hangs up the session (SIGHUP)
    child.closed = child.ptyproc.closed = True  # closed by hand: pexpect must not close it again
    _, status = os.waitpid(child.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGHUP  # not a traceback on a dead terminal
    saved = drafts.latest()
    assert saved is not None and saved.turns[0].answer == SEPSIS_MAIN[:80]
