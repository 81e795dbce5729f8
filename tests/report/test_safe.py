"""Nothing from an answer controls the terminal."""

from __future__ import annotations

import io

import pytest

from mockpm.report.safe import printable, safe_console

HOSTILE = "Ann\x1b[2J\x1b]0;pwned\x07 Lee\x9b31m\x1bc\u202e\x00"


@pytest.mark.parametrize("raw, clean", [
    ("Ann\x1b[2J Lee", "Ann Lee"),
    ("title\x1b]0;pwned\x07 after", "title after"),
    ("osc\x1b]8;;http://x\x1b\\link", "osclink"),
    ("c1\x9b2Jx", "c1x"),
    ("open\x1b]0;title Lee", "open0;title Lee"),  # an OSC never closed: the rest stays visible
    ("reset\x1bc!", "reset!"),
    ("bidi\u202eevil", "bidievil"),
    ("keep\nlines\tand tabs", "keep\nlines\tand tabs"),
    ("plain text", "plain text"),
])
def test_printable_removes_whole_sequences(raw, clean):
    assert printable(raw) == clean


def test_safe_console_prints_no_control_characters_but_keeps_its_own_styles():
    from rich.text import Text

    buf = io.StringIO()
    con = safe_console(file=buf, force_terminal=True, color_system="standard", width=80)
    con.print(Text(HOSTILE, style="bold red"))
    out = buf.getvalue()
    assert "\x1b]" not in out and "\x1b[2J" not in out and "\x1bc" not in out and "\x9b" not in out and "\u202e" not in out
    assert "\x1b[1;31m" in out  # rich's own styling still works
    assert out.startswith("\x1b[1;31mAnn") and "Lee" in out
