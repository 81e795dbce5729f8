"""Rubric ``re:`` terms are written by strangers: they run with a time budget and are vetted.

They run on the ``regex`` module, whose ``timeout`` stops a match that backtracks without end.
(RE2 cannot: it has no lookarounds, and the built-in rubrics use them.) A term that runs out of
time matches nothing and the criterion that reads it is left unscored, so one bad pattern
costs a tenth of a second per answer, not a stalled batch. ``rubrics validate`` refuses
patterns that blow up before they are ever run: nested unbounded repeats (``(a+)+``), and any
pattern that runs out of time on short probe strings (``(a|aa)+$``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

TERM_TIMEOUT = 0.1  # seconds for one term on one answer; the built-in terms take microseconds
ANSWER_BUDGET = 1.0  # seconds for all regex terms on one answer, however many time out
PROBE_TIMEOUT = 0.2
# Exponential patterns need only a few dozen characters to run for minutes.
PROBES = tuple(ch * 48 + "!" for ch in "a1 -.") + ("ab" * 24 + "!", "a " * 24 + "!")


class RegexTimeout(Exception):
    """A rubric regex ran out of time on this text."""


@lru_cache(maxsize=1)
def _engine() -> Any:
    import regex  # imported when a rubric has a regex term, not for `mockpm --help`

    return regex


# The built-in library's own terms: shipped with mockpm and vetted by `rubrics validate` in its
# tests, so they run on the standard engine (three times cheaper to compile, no import).
_TRUSTED: set[str] = set()


def trust(terms: Any) -> None:
    """Mark these ``re:`` terms (the built-in library's) as vetted."""
    _TRUSTED.update(terms)


def is_trusted(term: str) -> bool:
    return term in _TRUSTED


def compile_error_types() -> tuple[type[BaseException], ...]:
    return (re.error, _engine().error)


def compile_pattern(source: str, *, ignorecase: bool, trusted: bool = False) -> Any:
    if trusted:
        return re.compile(source, re.IGNORECASE if ignorecase else 0)
    engine = _engine()
    return engine.compile(source, engine.IGNORECASE if ignorecase else 0)


def find_spans(pattern: Any, text: str, timeout: float) -> list[tuple[int, int]]:
    """Non-empty match spans; RegexTimeout when the whole scan takes longer than ``timeout``."""
    if isinstance(pattern, re.Pattern):  # a vetted built-in term
        return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
    if timeout <= 0:
        raise RegexTimeout
    try:
        return [(m.start(), m.end()) for m in pattern.finditer(text, timeout=timeout) if m.end() > m.start()]
    except TimeoutError:
        raise RegexTimeout from None


def _nested_repeat(parsed: Any, inside_unbounded: bool = False) -> bool:
    """Whether an unbounded repeat holds another one, outside lookarounds and atomic groups
    (the classic exponential shape: ``(a+)+``, ``(\\w*\\s?)*``)."""
    from re import _constants as c

    for op, av in parsed:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            unbounded = av[1] == c.MAXREPEAT
            if unbounded and inside_unbounded:
                return True
            if _nested_repeat(av[2], inside_unbounded or unbounded):
                return True
        elif op is c.SUBPATTERN:
            if _nested_repeat(av[-1], inside_unbounded):
                return True
        elif op is c.BRANCH:
            if any(_nested_repeat(alt, inside_unbounded) for alt in av[1]):
                return True
        elif op is c.GROUPREF_EXISTS:
            if any(part is not None and _nested_repeat(part, inside_unbounded) for part in av[1:]):
                return True
    return False


def blowup_reason(source: str, pattern: Any) -> str | None:
    """Why this pattern could hang grading, or None; ``pattern`` is ``source`` compiled
    case-insensitively by ``compile_pattern``."""
    from re import _parser

    try:
        parsed = _parser.parse(source, re.IGNORECASE)
    except re.error:
        parsed = None  # syntax only the regex module knows: the probes still run
    if parsed is not None and _nested_repeat(parsed):
        return ("a repeat inside a repeat (like (a+)+) can take exponential time; bound one of them "
                "(e.g. {0,20}) or make the group atomic (?>...)")
    for probe in PROBES:
        try:
            find_spans(pattern, probe, PROBE_TIMEOUT)
        except RegexTimeout:
            return (f"takes over {PROBE_TIMEOUT:g}s on a {len(probe)}-character text (catastrophic backtracking); "
                    "make alternatives that can match the same text exclusive, e.g. (a|aa)+ -> a+")
    return None
