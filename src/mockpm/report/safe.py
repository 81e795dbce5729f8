"""Text from files, made safe to print on a terminal."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Control characters (escape sequences that could clear the screen or retitle the window)
    become nothing; newlines and tabs stay."""
    return _CONTROL.sub("", text)
