"""Deterministic keyword checks: phrases, suffix wildcards and regexes, with negation handling.

Red flags must not fire on a mention that the candidate negates or contrasts away:
"not open rates, but adherence" is a good sign, not a retention framing. So for red-flag
criteria (negative points) a match counts only when no negator stands shortly before it in
the same clause; a contrast word ("but", "however", ...) starts a new clause.
Positive criteria count every mention: naming a constraint is awareness even in a negative
sentence ("we would not launch without FDA clearance").
"""

from __future__ import annotations

import re
from functools import lru_cache

from mockpm.models import KeywordCheck, KeywordResult, Match

NEGATION_WINDOW_WORDS = 6
SNIPPET_CHARS = 60

_NEGATORS = re.compile(
    r"\b(?:not|no|never|without|nor|neither|rather\s+than|instead\s+of|beyond|"
    r"isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|shouldn't|can't|cannot|"
    r"avoid|avoiding|avoids|less\s+about|more\s+than|not\s+just|not\s+only|stop|stopped|"
    r"ignore|ignoring|over-?rely)\b",
    re.IGNORECASE,
)
# Clause starts: sentence punctuation, line breaks and contrast words.
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|\b(?:but|however|whereas|although|though|yet|so)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_LEADING_FLAGS = re.compile(r"^\(\?([imsx]+)\)")


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> str:
    if term.startswith("re:"):
        body = term[3:]
        # A leading global flag group "(?m)" would be illegal inside our alternation: scope it.
        lead = _LEADING_FLAGS.match(body)
        if lead:
            return f"(?{lead.group(1)}:{body[lead.end():]})"
        return f"(?:{body})"
    parts = []
    for word in term.split():
        if word.endswith("*") and len(word) > 1:
            parts.append(re.escape(word[:-1]) + r"[\w-]*")
        else:
            parts.append(re.escape(word))
    body = r"[\s\-]+".join(parts)
    return rf"(?<![\w-]){body}(?![\w])"


@lru_cache(maxsize=2048)
def _compile_group(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(f"(?P<t{i}>{term_pattern(t)})" for i, t in enumerate(terms))
    return re.compile(alternation or r"(?!x)x", re.IGNORECASE)


def invalid_terms(check: KeywordCheck) -> list[tuple[str, str]]:
    """Terms whose regex does not compile, with the reason."""
    bad = []
    for term in (*check.any, *check.none, *(t for g in check.all for t in g)):
        try:
            re.compile(term_pattern(term), re.IGNORECASE)
        except re.error as exc:
            bad.append((term, str(exc)))
    return bad


def is_negated(text: str, start: int) -> bool:
    """True when a negator stands within a few words before ``start`` in the same clause."""
    window_start = max(0, start - 120)
    before = text[window_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = _WORD.findall(before)[-NEGATION_WINDOW_WORDS:]
    return bool(words) and _NEGATORS.search(" ".join(words)) is not None


def find_terms(terms: list[str] | tuple[str, ...], text: str, *, skip_negated: bool) -> dict[str, list[Match]]:
    """Matches per term (only terms with at least one counted match)."""
    if not terms:
        return {}
    terms = tuple(terms)
    found: dict[str, list[Match]] = {}
    for m in _compile_group(terms).finditer(text):
        if m.start() == m.end():
            continue
        if skip_negated and is_negated(text, m.start()):
            continue
        term = terms[int(m.lastgroup[1:])]  # type: ignore[index]
        found.setdefault(term, []).append(Match(term=term, text=m.group(0), start=m.start(), end=m.end()))
    return found


def run_check(check: KeywordCheck, text: str, *, red_flag: bool) -> KeywordResult:
    matches: list[Match] = []
    met = True
    if check.any:
        hits = find_terms(check.any, text, skip_negated=red_flag)
        met = len(hits) >= check.min_matches
        matches += [ms[0] for ms in hits.values()]
    for group in check.all:
        hits = find_terms(group, text, skip_negated=red_flag)
        if not hits:
            met = False
        matches += [ms[0] for ms in hits.values()]
    blocked: list[Match] = []
    if check.none:
        vetoes = find_terms(check.none, text, skip_negated=False)
        blocked = [ms[0] for ms in vetoes.values()]
        if blocked:
            met = False
    matches.sort(key=lambda m: m.start)
    return KeywordResult(met=met, matches=matches, blocked_by=blocked)


def snippet(text: str, match: Match, width: int = SNIPPET_CHARS) -> str:
    """The match with some context either side, on one line."""
    start = max(0, match.start - width)
    end = min(len(text), match.end + width)
    # widen to word boundaries so the snippet does not start mid-word
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
