"""Term matching: phrases, suffix wildcards, inflections, proximity pairs and regexes.

A plain word matches its inflections too ("review" finds "reviewed", "reviews"): words are
compared by their Snowball stem, so rubric authors write a concept once, in plain words.
``word*`` matches any suffix; ``re:`` starts a regular expression; ``a b ~ c|d`` matches when
a phrase from each side stands within a few words of the other in the same sentence ("chart ~
review*" finds "review the charts"). Whether a mention counts (its stance, its substance) is
decided above this module, in ``checks``.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from mockpm import regex_cache
from mockpm import rubric_regex
from mockpm.models import Match
from mockpm.stemming import ABBREVIATIONS, FREQUENCIES, FREQUENCY_STEMS, GLUED_UNITS, LONG_FORMS, NEGATING_PREFIXES, expand_abbreviation, stem

SNIPPET_CHARS = 60

_LEADING_FLAGS = regex_cache.compile(r"^\(\?([imsx]+)\)")
_NOT_AFTER_PREFIX = "".join(rf"(?<!\b{p}-)" for p in sorted(NEGATING_PREFIXES))


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
    return rf"(?<!\w){_NOT_AFTER_PREFIX}{body}(?![\w])"


@lru_cache(maxsize=4096)
def _compile_term(term: str) -> re.Pattern[str]:
    if term.startswith("re:"):  # a stranger's pattern: the engine with a timeout
        return rubric_regex.compile_pattern(term_pattern(term), ignorecase=True, trusted=rubric_regex.is_trusted(term))
    return regex_cache.compile(term_pattern(term), re.IGNORECASE)


_ESCAPE_OR_TEXT = regex_cache.compile(r"\\.|[^\\]+|\\", re.DOTALL)


def lower_source(source: str) -> str:
    """A regex source lower-cased outside its escapes (\\b, \\s and \\w keep their case), to match
    lower-cased text without IGNORECASE, which costs about half the matching time."""
    return "".join(piece if piece[0] == "\\" else piece.lower() for piece in _ESCAPE_OR_TEXT.findall(source))


class LoweredPattern:
    """A pattern compiled lower-cased for lower-cased text (twice as fast as IGNORECASE), and
    case-insensitively only on first use, for the rare text whose lower-casing moves offsets."""

    __slots__ = ("source", "_lower", "_ci")

    def __init__(self, source: str) -> None:
        self.source = source
        # Compiled on first use: a module of lexicon patterns imports without compiling any, and
        # an answer that never reaches a pattern (no figures, no turn) never pays for it.
        self._lower: re.Pattern[str] | None = None
        self._ci: re.Pattern[str] | None = None

    @property
    def lower(self) -> re.Pattern[str]:
        if self._lower is None:
            self._lower = regex_cache.compile(lower_source(self.source))
        return self._lower

    @property
    def ci(self) -> re.Pattern[str]:
        if self._ci is None:
            self._ci = regex_cache.compile(self.source, re.IGNORECASE)
        return self._ci

    def _on(self, text: str, lowered: str | None) -> tuple[re.Pattern[str], str]:
        # ``lowered`` is ``text`` lower-cased; usable only where lower-casing kept every offset.
        if lowered is not None and len(lowered) == len(text):
            return self.lower, lowered
        return self.ci, text

    def search(self, text: str, lowered: str | None, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, read on ``lowered`` when it can be."""
        pattern, subject = self._on(text, lowered)
        return pattern.search(subject, pos, len(subject) if endpos is None else endpos)

    def match(self, text: str, lowered: str | None, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        pattern, subject = self._on(text, lowered)
        return pattern.match(subject, pos, len(subject) if endpos is None else endpos)

    def finditer(self, text: str, lowered: str | None, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Every match in ``text[pos:endpos]``, read on ``lowered`` when it can be."""
        pattern, subject = self._on(text, lowered)
        return pattern.finditer(subject, pos, len(subject) if endpos is None else endpos)


@lru_cache(maxsize=4096)
def _compile_lower(term: str) -> re.Pattern[str]:
    """The term's pattern for lower-cased text."""
    if term.startswith("re:"):
        try:
            return rubric_regex.compile_pattern(lower_source(term_pattern(term)), ignorecase=False,
                                                trusted=rubric_regex.is_trusted(term))
        except rubric_regex.compile_error_types():
            return _compile_term(term)
    try:
        return regex_cache.compile(lower_source(term_pattern(term)))
    except re.error:  # a pattern whose meaning depends on case: keep IGNORECASE
        return _compile_term(term)


_TOKEN = regex_cache.compile(r"\w+")
PROXIMITY_WORDS = 8
PROXIMITY_CHARS = 400  # no phrase pair PROXIMITY_WORDS apart is further apart than this
# (a decimal point is no break: "an AUROC of 0.86 is strong enough" is one clause)
_SENTENCE_BREAK = regex_cache.compile(r"[!?;\n]|\.(?!\d)")


_FIRST_RUN = regex_cache.compile(r"^(\w+)(\*?)")


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


_SIMPLE_WORD = regex_cache.compile(r"^\w+\*?$")
_GAP = regex_cache.compile(r"[\s\-]+")
_WORD_RUN = regex_cache.compile(r"[\w-]*")


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

    One alternation of a few hundred terms costs a regex attempt per term per character; looking
    terms up by their first word costs about one pass over the words. Results are memoised per term.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        same_offsets = len(lowered) == len(text)  # false for a few scripts (e.g. dotted capital I)
        self.lowered = lowered if same_offsets else None
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.positions: dict[str, list[int]] = {}  # word -> token indices
        self.stem_positions: dict[str, list[int]] = {}  # stem -> token indices
        setdefault = self.positions.setdefault
        previous = ""
        for i, m in enumerate(_TOKEN.finditer(lowered if same_offsets else text)):
            word = m.group() if same_offsets else m.group().lower()
            # "2 wks" is matched as "2 weeks", at the shorthand's own offsets (the lookup first:
            # this runs for every word of every answer, and few are shorthand)
            raw = word
            if word in ABBREVIATIONS:
                word = expand_abbreviation(word, previous, text[m.start():m.end()])
            elif word[:1].isdigit() and word[-1:].isalpha():
                word = GLUED_UNITS.get(word.lstrip("0123456789"), word)
            previous = raw
            self.words.append(word)
            self.starts.append(m.start())
            self.ends.append(m.end())
            setdefault(word, []).append(i)
        for word, where in self.positions.items():
            key = stem(word)
            if key in self.stem_positions:
                self.stem_positions[key] = sorted(self.stem_positions[key] + where)
            else:
                self.stem_positions[key] = where
        self.stems = [stem(w) for w in self.words]
        self.sorted_words = sorted(self.positions)
        self._raw: dict[str, list[tuple[int, int]]] = {}
        self.timed_out: set[str] = set()  # regex terms that ran out of time: they match nothing
        self.regex_budget = rubric_regex.ANSWER_BUDGET

    def _candidates(self, word: str, prefix: bool) -> list[int]:
        """Token indices whose word is ``word`` (or starts with it, for a prefix)."""
        if not prefix:
            found = self.stem_positions.get(key := stem(word), [])
            # a span is not a frequency ("a week" is not "weekly")
            return found if key not in FREQUENCY_STEMS or word in FREQUENCIES else [i for i in found if self.words[i] not in FREQUENCIES]
        out: list[int] = []
        i = bisect_left(self.sorted_words, word)
        while i < len(self.sorted_words) and self.sorted_words[i].startswith(word):
            out += self.positions[self.sorted_words[i]]
            i += 1
        return sorted(out)

    def _word_match(self, words: tuple[tuple[str, bool], ...], i: int) -> tuple[int, int] | None:
        """Same rules as ``term_pattern``: no word before (nor a negating prefix and hyphen), only spaces or hyphens
        between the words, and a ``*`` word runs on through hyphenated parts."""
        text, n = self.text, len(self.words)
        start = self.starts[i]
        if start and text[start - 1] == "-" and i and self.ends[i - 1] == start - 1 and self.words[i - 1] in NEGATING_PREFIXES:
            return None
        end = 0
        for k, (word, prefix) in enumerate(words):
            j = i + k
            if j >= n:
                return None
            if prefix:
                if not self.words[j].startswith(word):
                    return None
            elif self.stems[j] != stem(word) or (self.words[j] in FREQUENCIES and word not in FREQUENCIES):
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
        if " ~ " in term:
            spans = self._near(term)
            self._raw[term] = spans
            return spans
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
        elif term.startswith("re:"):
            spans = self._regex_spans(term)
        elif anchor is None:
            if self.lowered is not None:  # a lower-cased pattern on lower-cased text: no IGNORECASE cost
                found = _compile_lower(term).finditer(self.lowered)
            else:
                found = _compile_term(term).finditer(self.text)
            spans = [(m.start(), m.end()) for m in found if m.end() > m.start()]
        else:
            # Compiled only when its first word occurs: most terms' never does, and compiling
            # every term of a library was half of a one-answer run.
            candidates = self._candidates(*anchor)
            pattern = _compile_term(term) if candidates else None
            last_end = -1
            for i in candidates:
                pos = self.starts[i]
                if pos < last_end:
                    continue
                m = pattern.match(self.text, pos)
                if m and m.end() > m.start():
                    spans.append((m.start(), m.end()))
                    last_end = m.end()
        long_forms = LONG_FORMS.get(term.lower())
        if long_forms:  # an acronym spelled out counts as the acronym
            spans = sorted(set(spans).union(sp for form in long_forms for sp in self.spans(form)))
        self._raw[term] = spans
        return spans

    def _regex_spans(self, term: str) -> list[tuple[int, int]]:
        """A rubric regex, within its time: on time-out it matches nothing and is remembered."""
        pattern, text = (_compile_lower(term), self.lowered) if self.lowered is not None else (_compile_term(term), self.text)
        started = time.perf_counter()
        try:
            return rubric_regex.find_spans(pattern, text, min(rubric_regex.TERM_TIMEOUT, self.regex_budget))
        except rubric_regex.RegexTimeout:
            self.timed_out.add(term)
            return []
        finally:
            self.regex_budget -= time.perf_counter() - started

    def _side(self, side: str) -> list[tuple[int, int]]:
        return sorted(sp for alt in side.split("|") if alt.strip() for sp in self.spans(alt.strip()))

    def _near(self, term: str) -> list[tuple[int, int]]:
        """Spans where a phrase of each side stands within PROXIMITY_WORDS words, one sentence."""
        left_part, right_part = term.split(" ~ ", 1)
        left = self._side(left_part)
        if not left:
            return []
        right = self._side(right_part)
        right_starts = [sp[0] for sp in right]
        out: list[tuple[int, int]] = []
        for a in left:
            # Only right-hand phrases that start near this one can be within PROXIMITY_WORDS
            # words: looking at every pair would be quadratic on a long answer.
            lo_i = bisect_left(right_starts, a[0] - PROXIMITY_CHARS)
            hi_i = bisect_left(right_starts, a[1] + PROXIMITY_CHARS)
            for b in right[lo_i:hi_i]:
                lo, hi = (a, b) if a[0] <= b[0] else (b, a)
                if hi[0] < lo[1]:
                    continue  # overlapping: one word cannot stand for both sides
                gap = self.text[lo[1]:hi[0]]
                if len(gap.split()) <= PROXIMITY_WORDS and not _SENTENCE_BREAK.search(gap):
                    out.append((lo[0], max(lo[1], hi[1])))
                    break
        return sorted(set(out))


@lru_cache(maxsize=16)
def index_for(text: str) -> TextIndex:
    return TextIndex(text)


def timed_out_terms(text: str) -> set[str]:
    """The rubric regexes that ran out of time on this text (see ``rubric_regex``)."""
    return index_for(text).timed_out


def term_parts(term: str) -> list[str]:
    """The plain or regex terms a term is made of (one, or the sides of a proximity term)."""
    return _parts(term)


def _parts(term: str) -> list[str]:
    """The plain or regex terms inside a proximity term (or the term itself)."""
    if " ~ " not in term:
        return [term]
    return [alt.strip() for side in term.split(" ~ ", 1) for alt in side.split("|") if alt.strip()]


def term_spans(terms: list[str] | tuple[str, ...], text: str) -> dict[str, list[tuple[int, int]]]:
    """(start, end) spans per term, only terms with at least one match; stance is not read here."""
    index = index_for(text)
    stems = index.stem_positions
    found: dict[str, list[tuple[int, int]]] = {}
    for term in terms:
        # Fast reject, inline because it runs for hundreds of terms per answer: a plain term
        # whose first word never occurs cannot match.
        anchor = _anchor(term)
        if anchor is not None and not anchor[1] and " ~ " not in term and stem(anchor[0]) not in stems \
                and term.lower() not in LONG_FORMS:
            continue
        spans = index.spans(term)
        if spans:
            found[term] = spans
    return found


def first_match(term: str, spans: list[tuple[int, int]], text: str) -> Match:
    a, b = spans[0]
    return Match(term=term, text=text[a:b], start=a, end=b)


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

