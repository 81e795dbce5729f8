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
from bisect import bisect_left
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


@lru_cache(maxsize=4096)
def _compile_term(term: str) -> re.Pattern[str]:
    return re.compile(term_pattern(term), re.IGNORECASE)


_TOKEN = re.compile(r"\w+")
_FIRST_RUN = re.compile(r"^(\w+)(\*?)")


@lru_cache(maxsize=4096)
def _anchor(term: str) -> tuple[str, bool] | None:
    """The lower-cased first word run of a plain term and whether it is a prefix (``word*``).

    None for regex terms and terms that start with punctuation: those are searched in full.
    """
    if term.startswith("re:"):
        return None
    first = term.split()[0] if term.split() else ""
    m = _FIRST_RUN.match(first)
    if not m:
        return None
    prefix = bool(m.group(2)) and m.end() == len(first)
    return m.group(1).lower(), prefix


_SIMPLE_WORD = re.compile(r"^\w+\*?$")
_GAP = re.compile(r"[\s\-]+")
_WORD_RUN = re.compile(r"[\w-]*")


@lru_cache(maxsize=4096)
def _simple_words(term: str) -> tuple[tuple[str, bool], ...] | None:
    """A plain term as (lower-cased word, is-prefix) pairs, or None when it needs its regex.

    Most terms are plain words; matching them on the answer's word index avoids compiling a
    regex per term, which dominated a one-answer run.
    """
    if term.startswith("re:"):
        return None
    words = term.split()
    if not words or not all(_SIMPLE_WORD.match(w) for w in words):
        return None
    if any(w.endswith("*") for w in words[:-1]):
        return None  # a wildcard mid-term can swallow hyphenated parts and give them back: regex
    return tuple((w.rstrip("*").lower(), w.endswith("*")) for w in words)


class TextIndex:
    """Word positions of one answer, so a term is only tried where its first word occurs.

    One big alternation of a few hundred terms costs a regex attempt per term per character;
    looking terms up by their first word makes a whole rubric cost about one pass over the
    words. Results are memoised per term: the guards and every criterion share them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        same_offsets = len(lowered) == len(text)  # false for a few scripts (e.g. dotted capital I)
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.positions: dict[str, list[int]] = {}  # word -> token indices
        setdefault = self.positions.setdefault
        for i, m in enumerate(_TOKEN.finditer(lowered if same_offsets else text)):
            word = m.group() if same_offsets else m.group().lower()
            self.words.append(word)
            self.starts.append(m.start())
            self.ends.append(m.end())
            setdefault(word, []).append(i)
        self.sorted_words = sorted(self.positions)
        self._raw: dict[str, list[tuple[int, int]]] = {}

    def _candidates(self, word: str, prefix: bool) -> list[int]:
        """Token indices whose word is ``word`` (or starts with it, for a prefix)."""
        if not prefix:
            return self.positions.get(word, [])
        out: list[int] = []
        i = bisect_left(self.sorted_words, word)
        while i < len(self.sorted_words) and self.sorted_words[i].startswith(word):
            out += self.positions[self.sorted_words[i]]
            i += 1
        return sorted(out)

    def _word_match(self, words: tuple[tuple[str, bool], ...], i: int) -> tuple[int, int] | None:
        """Same rules as ``term_pattern``: no word or hyphen before, only spaces or hyphens
        between the words, and a ``*`` word runs on through hyphenated parts."""
        text, n = self.text, len(self.words)
        start = self.starts[i]
        if start and text[start - 1] == "-":
            return None
        end = 0
        for k, (word, prefix) in enumerate(words):
            j = i + k
            if j >= n:
                return None
            token = self.words[j]
            if not (token.startswith(word) if prefix else token == word):
                return None
            if k and not _GAP.fullmatch(text, self.ends[j - 1], self.starts[j]):
                return None
            end = self.ends[j]
            if prefix:  # only ever the last word, see _simple_words
                end = _WORD_RUN.match(text, end).end()  # [\w-]* runs on through hyphens
        return start, end

    def spans(self, term: str) -> list[tuple[int, int]]:
        cached = self._raw.get(term)
        if cached is not None:
            return cached
        spans: list[tuple[int, int]] = []
        words = _simple_words(term)
        anchor = _anchor(term)
        if words is not None:
            last_end = -1
            for i in self._candidates(*words[0]):
                if self.starts[i] < last_end:
                    continue
                hit = self._word_match(words, i)
                if hit:
                    spans.append(hit)
                    last_end = hit[1]
        elif anchor is None:
            pattern = _compile_term(term)
            spans = [(m.start(), m.end()) for m in pattern.finditer(self.text) if m.end() > m.start()]
        else:
            pattern = _compile_term(term)
            last_end = -1
            for i in self._candidates(*anchor):
                pos = self.starts[i]
                if pos < last_end:
                    continue
                m = pattern.match(self.text, pos)
                if m and m.end() > m.start():
                    spans.append((m.start(), m.end()))
                    last_end = m.end()
        self._raw[term] = spans
        return spans


@lru_cache(maxsize=16)
def index_for(text: str) -> TextIndex:
    return TextIndex(text)


def invalid_terms(check: KeywordCheck) -> list[tuple[str, str]]:
    """Terms whose regex does not compile, with the reason."""
    bad = []
    for term in (*check.any, *check.none, *(t for g in check.all for t in g)):
        try:
            _compile_term(term)
        except re.error as exc:
            bad.append((term, str(exc)))
    return bad


_FORWARD_NEGATORS = re.compile(
    r"\b(?:not|never|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|insufficient|misleading|irrelevant)\b",
    re.IGNORECASE,
)
# The forward look stops at a comma too: "AUC, not sensitivity" still ranks AUC first.
_FORWARD_STOP = re.compile(r"[,.;:!?\n]|\b(?:but|however|whereas|although|though|yet|so|and|which|that)\b", re.IGNORECASE)
FORWARD_WINDOW_WORDS = 4


def is_negated(text: str, start: int, end: int | None = None) -> bool:
    """True when the mention at ``start:end`` is negated or dismissed in its own clause.

    Backwards: a negator a few words before ("not open rates", "beyond AUC").
    Forwards, when ``end`` is given: a negation right after ("open rates aren't the point",
    "AUC alone is not enough").
    """
    if end is not None:
        after = text[end : end + 80]
        stop = _FORWARD_STOP.search(after)
        if stop:
            after = after[: stop.start()]
        words = _WORD.findall(after)[:FORWARD_WINDOW_WORDS]
        if words and _FORWARD_NEGATORS.search(" ".join(words)):
            return True
    window_start = max(0, start - 120)
    before = text[window_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = _WORD.findall(before)[-NEGATION_WINDOW_WORDS:]
    return bool(words) and _NEGATORS.search(" ".join(words)) is not None


def term_spans(terms: list[str] | tuple[str, ...], text: str, *, skip_negated: bool) -> dict[str, list[tuple[int, int]]]:
    """(start, end) spans per term, only terms with at least one counted match."""
    index = index_for(text)
    positions = index.positions
    found: dict[str, list[tuple[int, int]]] = {}
    for term in terms:
        # Fast reject, inline because it runs for hundreds of terms per answer: a plain term
        # whose first word never occurs cannot match.
        anchor = _anchor(term)
        if anchor is not None and not anchor[1] and anchor[0] not in positions:
            continue
        spans = index.spans(term)
        if spans and skip_negated:
            spans = [sp for sp in spans if not is_negated(text, sp[0], sp[1])]
        if spans:
            found[term] = spans
    return found


def _first(term: str, spans: list[tuple[int, int]], text: str) -> Match:
    a, b = spans[0]
    return Match(term=term, text=text[a:b], start=a, end=b)


def run_check(check: KeywordCheck, text: str, *, red_flag: bool) -> KeywordResult:
    matches: list[Match] = []
    met = True
    if check.any:
        hits = term_spans(check.any, text, skip_negated=red_flag)
        met = len(hits) >= check.min_matches
        matches += [_first(t, sp, text) for t, sp in hits.items()]
    for group in check.all:
        hits = term_spans(group, text, skip_negated=red_flag)
        if not hits:
            met = False
        matches += [_first(t, sp, text) for t, sp in hits.items()]
    blocked: list[Match] = []
    if check.none:
        blocked = [_first(t, sp, text) for t, sp in term_spans(check.none, text, skip_negated=False).items()]
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
