"""A Ctrl-C is never lost.

Python raises KeyboardInterrupt in whatever code runs when SIGINT arrives. Raised inside a
finalizer (a ``__del__``, such as the regex engine's while it compiles a user rubric's pattern),
it cannot propagate: Python prints "Exception ignored" and carries on, and a batch run would go
to its end. The hook records it instead, and long runs check between answers.
"""

from __future__ import annotations

import sys
from typing import Any

_swallowed = False


def _hook(previous: Any) -> Any:  # noqa: ANN401 - sys.unraisablehook's signature
    def hook(unraisable: Any) -> None:  # noqa: ANN401
        global _swallowed
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            _swallowed = True
            return
        previous(unraisable)

    hook.mockpm = True  # type: ignore[attr-defined]
    return hook


def keep_swallowed_interrupts() -> None:
    """Record a KeyboardInterrupt a finalizer swallowed (installed once, by the command line)."""
    if not getattr(sys.unraisablehook, "mockpm", False):
        sys.unraisablehook = _hook(sys.unraisablehook)


def raise_if_interrupted() -> None:
    """Raise the KeyboardInterrupt a finalizer swallowed since the last check, if one did."""
    global _swallowed
    if _swallowed:
        _swallowed = False
        raise KeyboardInterrupt
