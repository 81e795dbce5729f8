"""Text from files, answers and the judge, made safe to print on a terminal.

Anything a stranger wrote (answer text, candidate and scenario names, judge replies, error
messages quoting a file) may hold escape sequences that clear the screen, retitle the window
or hide text. Every rich console mockpm prints through is a ``safe_console``, which cleans each
piece of text before rich adds its own styling; plain ``print`` calls go through ``printable``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Whole escape sequences first (CSI "ESC [ ... letter", OSC "ESC ] ... BEL|ESC \\", and the
# 8-bit C1 forms), so no "[2J" residue is left (an OSC left open loses only its opener: the
# text after it stays visible); then every other C0/C1 control except newline
# and tab, and the bidirectional overrides that make text read differently from what it is.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])(?:[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c))?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Control characters (escape sequences that could clear the screen or retitle the window)
    and bidirectional overrides and isolates become nothing; newlines and tabs stay.

    The terminal and the HTML pages use this one rule: a name holding U+202E would otherwise
    make the text after it read backwards (a score of 21 shown as 12)."""
    if text.isprintable():  # the common case: nothing to do
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)


def strip_trailing(text: str) -> str:
    """Lines without the spaces rich pads them with to the console width: into a file or a pipe
    they are only noise (a terminal shows nothing of them either)."""
    return _TRAILING.sub("", text)


@lru_cache(maxsize=1)
def _console_class() -> type:
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        def _render_buffer(self, buffer: Any) -> str:  # noqa: ANN401 - rich's own hook
            # Control segments are rich's own cursor moves; every other segment is text.
            text = super()._render_buffer(
                seg if seg.control else Segment(printable(seg.text), seg.style) for seg in buffer
            )
            return text if self.is_terminal else strip_trailing(text)

    return SafeConsole


def safe_console(**options: Any) -> Any:  # noqa: ANN401
    """A rich Console that prints no control characters from the text it is given."""
    return _console_class()(**options)
