"""A KeyboardInterrupt a finalizer swallows is remembered, once."""

from __future__ import annotations

import gc
import sys

import pytest

from mockpm import interrupts


def test_a_swallowed_interrupt_is_raised_at_the_next_check_and_only_once(monkeypatch) -> None:
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)  # restored after the test

    class Finalizer:
        def __del__(self) -> None:
            raise KeyboardInterrupt

    before = sys.unraisablehook
    interrupts.keep_swallowed_interrupts()
    interrupts.keep_swallowed_interrupts()  # installed once, however often it is asked
    assert sys.unraisablehook is not before and getattr(sys.unraisablehook, "mockpm", False)
    interrupts.raise_if_interrupted()  # nothing swallowed yet: no-op
    Finalizer()
    gc.collect()
    with pytest.raises(KeyboardInterrupt):
        interrupts.raise_if_interrupted()
    interrupts.raise_if_interrupted()


def test_other_unraisable_errors_still_reach_the_previous_hook(monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(u.exc_type))
    interrupts.keep_swallowed_interrupts()

    class Broken:
        def __del__(self) -> None:
            raise ValueError("in a finalizer")

    Broken()
    gc.collect()
    assert seen == [ValueError]
    interrupts.raise_if_interrupted()
