"""Soft wrap at word boundaries: the display is padded, the answer text never is."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mockpm.practice.wordwrap import _display_to_source, _source_to_display, wrap_pads
from practice.practice_lib import SEPSIS, write_library
from practice.test_practice_pty import MOCKPM, expect, finish, spawn  # noqa: F401

pexpect = pytest.importorskip("pexpect")

LONG = ("Before the alert goes live I would run it silently for eight weeks, review every alert with the "
        "charge nurses, and agree an alert ceiling per nurse per shift with nursing leadership.")


def test_pads_push_a_crossing_word_to_the_next_row():
    pads = wrap_pads("hello world foo", 8)
    assert pads == [(6, 2), (12, 2)]
    s2d, d2s = _source_to_display(pads), _display_to_source(pads)
    assert [s2d(i) for i in (0, 5, 6, 12)] == [0, 5, 8, 16]
    assert [d2s(j) for j in (0, 6, 7, 8, 16)] == [0, 6, 6, 6, 12]
    assert wrap_pads("x" * 20, 8) == []  # a word longer than a row still breaks: nothing to gain
    for width in (12, 17, 40, 78):  # wider than the longest word
        text = LONG
        # rebuild the rows the padding produces: no word is ever split
        shown = text
        for pos, n in reversed(wrap_pads(text, width)):
            shown = shown[:pos] + " " * n + shown[pos:]
        rows = [shown[i:i + width] for i in range(0, len(shown), width)]
        for a, b in zip(rows, rows[1:]):
            assert not (a[-1:].isalnum() and b[:1].isalnum()), (width, a, b)


@pytest.mark.pty
def test_typed_line_wraps_at_words_on_screen_and_is_stored_unpadded(tmp_path: Path, isolated_home: Path):
    pyte = pytest.importorskip("pyte")
    lib = write_library(tmp_path / "lib")
    child = spawn(["practice", SEPSIS, "--offline", "--library", str(lib)], isolated_home, LINES="24")
    child.setwinsize(24, 80)
    screen = pyte.Screen(80, 24)
    stream = pyte.Stream(screen)
    expect(child, r"0 words")
    child.send(LONG)
    time.sleep(0.5)
    child.send("\x0c")  # Ctrl-L: a clean full redraw, so the emulated screen starts from nothing
    try:
        while True:
            chunk = child.read_nonblocking(100000, timeout=1.0)
            if "\x1b[6n" in chunk:
                child.send("\x1b[1;1R")
            stream.feed(chunk)
    except pexpect.TIMEOUT:
        pass
    rows = [r.rstrip() for r in screen.display]
    start = next((i for i, r in enumerate(rows) if r.startswith("> Before")), None)
    assert start is not None, "\n".join(rows)
    body = [r[2:] for r in rows[start:start + 3] if r.strip()]
    assert len(body) >= 2  # the line did wrap
    # every word whole on its row: a word split across rows would show up as two pieces
    assert " ".join(body).split() == LONG.split(), body
    child.send("\x1b\r")
    expect(child, r"Follow-up 1 of 2")
    expect(child, r"left of")  # the editor is up (its toolbar shows the clock): a key sent earlier is lost
    child.send("\x04")
    expect(child, r"Follow-up 2 of 2")
    expect(child, r"left of")
    child.send("\x04")
    expect(child, r"\[y/N\]")
    child.sendline("")
    assert finish(child) == 0
    from mockpm import history

    [row] = history.sessions()
    assert LONG in Path(row.transcript_path).read_text()
