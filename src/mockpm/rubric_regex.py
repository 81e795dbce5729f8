"""Rubric ``re:`` terms are written by strangers: they run with a time budget and are vetted.

They run on the ``regex`` module, whose ``timeout`` stops a match that backtracks without end.
(RE2 cannot: it has no lookarounds, and the built-in rubrics use them.) A term that runs out of
time matches nothing and the criterion that reads it is left unscored, so one bad pattern
costs a tenth of a second per answer, not a stalled batch. ``rubrics validate`` refuses
patterns that blow up before they are ever run: nested unbounded repeats (``(a+)+``), nested
bounded ones whose bounds multiply past ``BOUNDED_PRODUCT``, and any pattern that runs out of
time on probe strings made of its own characters (``(x|xx)+$`` on "xxx…x!").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mockpm import regex_cache

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
        return regex_cache.compile(source, re.IGNORECASE if ignorecase else 0)
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


# Bounded repeats nested so that their bounds multiply past this backtrack like unbounded ones:
# (x{1,30}){1,30} tries hundreds of splits at every position.
BOUNDED_PRODUCT = 100


def _nested_repeat(parsed: Any, inside_unbounded: bool = False, bounded: int = 1) -> str | None:
    """Whether an unbounded repeat holds another one, or bounded repeats nest with a large
    product of bounds, outside lookarounds and atomic groups (the classic exponential shapes:
    ``(a+)+``, ``(\\w*\\s?)*``, ``(x{1,30}){1,30}``). Returns which, or None."""
    from re import _constants as c

    for op, av in parsed:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            top = av[1]
            unbounded = top == c.MAXREPEAT
            if unbounded and inside_unbounded:
                return "unbounded"
            if not unbounded and top >= 2 and bounded > 1 and bounded * top > BOUNDED_PRODUCT:
                return "bounded"
            inner = bounded * top if not unbounded and top >= 2 else bounded
            found = _nested_repeat(av[2], inside_unbounded or unbounded, inner)
            if found:
                return found
        elif op is c.SUBPATTERN:
            found = _nested_repeat(av[-1], inside_unbounded, bounded)
            if found:
                return found
        elif op is c.BRANCH:
            for alt in av[1]:
                found = _nested_repeat(alt, inside_unbounded, bounded)
                if found:
                    return found
        elif op is c.GROUPREF_EXISTS:
            for part in av[1:]:
                found = part is not None and _nested_repeat(part, inside_unbounded, bounded)
                if found:
                    return found
    return None


# One representative character per class the pattern names (\d -> "1", \s -> " ").
_CATEGORY_CHAR = {"CATEGORY_DIGIT": "1", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " ",
                  "CATEGORY_NOT_DIGIT": "a", "CATEGORY_NOT_WORD": "-", "CATEGORY_NOT_SPACE": "a"}
MAX_PROBE_CHARS = 8  # probes per pattern stay few: validation runs on every library load
PROBE_REPEAT = 48
_TERMINATORS = "!#\x01\u2603"


def _pattern_chars(parsed: Any, out: dict[str, None]) -> None:
    """Characters the pattern itself can match, in order of appearance."""
    from re import _constants as c

    for op, av in parsed:
        if len(out) >= MAX_PROBE_CHARS:
            return
        if op is c.LITERAL:
            out.setdefault(chr(av))
        elif op is c.IN:
            if av and av[0][0] is c.NEGATE:
                continue
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.setdefault(chr(iav))
                elif iop is c.RANGE:
                    out.setdefault(chr(iav[0]))
                elif iop is c.CATEGORY and str(iav) in _CATEGORY_CHAR:
                    out.setdefault(_CATEGORY_CHAR[str(iav)])
        elif op is c.CATEGORY and str(av) in _CATEGORY_CHAR:
            out.setdefault(_CATEGORY_CHAR[str(av)])
        elif op is c.ANY:
            out.setdefault("a")
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            _pattern_chars(av[2], out)
        elif op is c.SUBPATTERN:
            _pattern_chars(av[-1], out)
        elif op is c.BRANCH:
            for alt in av[1]:
                _pattern_chars(alt, out)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _pattern_chars(av[1], out)


def pattern_probes(parsed: Any) -> tuple[str, ...]:
    """Texts built from the pattern's own characters: each repeated ``PROBE_REPEAT`` times,
    then a character that cannot end the match, so a backtracking engine tries every split.
    The fixed ``PROBES`` stand in for patterns whose syntax only the regex module reads."""
    if parsed is None:
        return PROBES
    chars: dict[str, None] = {}
    _pattern_chars(parsed, chars)
    end = next((t for t in _TERMINATORS if t not in chars), "\x01")
    own = [ch * PROBE_REPEAT + end for ch in chars]
    if len(chars) > 1:
        mixed = "".join(chars)
        own.append((mixed * PROBE_REPEAT)[: PROBE_REPEAT * 2] + end)
    return tuple(own)


def blowup_reason(source: str, pattern: Any) -> str | None:
    """Why this pattern could hang grading, or None; ``pattern`` is ``source`` compiled
    case-insensitively by ``compile_pattern``."""
    from re import _parser

    try:
        parsed = _parser.parse(source, re.IGNORECASE)
    except re.error:
        parsed = None  # syntax only the regex module knows: the probes still run
    nested = _nested_repeat(parsed) if parsed is not None else None
    if nested == "unbounded":
        return ("a repeat inside a repeat (like (a+)+) can take exponential time; bound one of them "
                "(e.g. {0,20}) or make the group atomic (?>...)")
    if nested == "bounded":
        return (f"repeats nested with bounds multiplying past {BOUNDED_PRODUCT} (like (x{{1,30}}){{1,30}}) can take "
                "exponential time; lower the bounds or make the group atomic (?>...)")
    for probe in pattern_probes(parsed):
        try:
            find_spans(pattern, probe, PROBE_TIMEOUT)
        except RegexTimeout:
            return (f"takes over {PROBE_TIMEOUT:g}s on a {len(probe)}-character text (catastrophic backtracking); "
                    "make alternatives that can match the same text exclusive, e.g. (a|aa)+ -> a+")
    return None
