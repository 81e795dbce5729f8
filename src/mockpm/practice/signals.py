"""SIGTERM and SIGHUP (the terminal window closed) end a practice session the way Ctrl-C does.

Every character typed is in the draft before the process ends: while the answer editor is open
it saves its buffer and closes itself; elsewhere the signal becomes ``Stopped``, which the
session's Ctrl-C path already handles (save the draft, say how to resume). The process then
exits with 128 + the signal number, as a shell expects.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
_hooks: list[Callable[[int], bool]] = []


class Stopped(KeyboardInterrupt):
    """The session was ended by a signal; handled wherever Ctrl-C is."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"signal {signum}")
        self.signum = signum
        self.exit_code = 128 + signum


def _handler(signum: int, frame: Any) -> None:  # noqa: ANN401, ARG001 - signal module signature
    if _hooks and _hooks[-1](signum):
        return  # the editor saved its text and will close itself with Stopped
    raise Stopped(signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within this block SIGTERM and SIGHUP stop the session like Ctrl-C (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _handler) for sig in SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def on_stop(hook: Callable[[int], bool]) -> Iterator[None]:
    """While open, a stopping signal first calls ``hook(signum)``; True means it is handled."""
    _hooks.append(hook)
    try:
        yield
    finally:
        _hooks.remove(hook)
