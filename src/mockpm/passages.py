"""An answer read as passages: sentences, the stance of each mention, and what each sentence commits to.

Credit comes from passages that commit: a decision, a threshold or number, a named role, a gate
("only if", "until"), a cadence. Each sentence gets a budget of criteria it can earn: a
sentence with commitments can support several (a real plan packs them), a generic claim
("I would consider regulatory requirements and clinical workflows") earns nothing, and a
sentence that strings terms together without commitments earns at most one. That is what stops
buzzword prose and echoes of a good answer from scoring like the answer they imitate.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mockpm import regex_cache
from mockpm import stance as st
from mockpm import labels, options, owned_mistakes, repeats, sequence, speakers, tables, tested_views, walkbacks
from mockpm.exposure import ONGOING
from mockpm.keywords import LoweredPattern
from mockpm.lead_in_lexicon import (
    GLOSSARY_LEAD_IN, LIST_ITEM, REJECTED_LABEL, _RISK_FIELD, _RISK_LABEL, _TOPIC_HEADING, _TABLE_ROW_NO, _POINTS_AT_NEXT, _REFUSAL_LEAD_IN, MAX_LEAD_IN_WORDS, NEEDS_NEXT, REASONED, REQUEST_LIST, SELF_REFUSAL, TIME_WINDOW, refusal_points_on, verdict_on_previous,
)
from mockpm.reported_lexicon import _OWN_WORDS_NEXT, _PITCH_LEAD, _WHOLE_QUOTE, quoted_words
from mockpm.substance_lexicon import COMMIT, CONSIDERING, DEED, NAMED_NUMBER, NUMBER, ROLE, TOPIC_FRAGMENT, VAGUE

# Sentence ends: . ! ? before a capital, digit, sign (±1.5mm, ≤3), quote or list marker; a blank line; a line break
# before a list item, a numbered section ("3.1 Scope") or a heading (a hard-wrapped line is no end). A lower-case
# start counts too ("patients stuck twice. extra blood taken"), unless the word before the stop is an abbreviation
# ("e.g. the", "U.S. sites") or the stop ends an ellipsis ("silent mode... not needed").
_SENTENCE_END = regex_cache.compile(
    r"(?<=[.!?])[\"')\]*]*\s+(?=[\"'(\[*_#>\-•\d±≤≥<~$€£]|[A-Z]|(?P<lower>[a-z]))|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*+•>#|]|\d+[.)])\s|[ \t]*\d+(?:\.\d+)+\.?\s+[A-Z])"
)
_ABBREVIATION = regex_cache.compile(
    r"(?:\b(?:e\.g|i\.e|eg|ie|ex|viz|vs|etc|approx|incl|esp|dept|min|mins|max|avg|est|fig|cf|al|ref|sec|secs|"
    r"dr|mr|mrs|ms|prof|st|mt|jr|sr|inc|ltd|co|wk|wks|hr|hrs|mo|mos|yr|yrs|pt|pts|dx|tx|hx|rx|med|admin|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b\w\.\w|\b[A-Za-z]|\.\.)\.[\"')\]*]*$",
    re.IGNORECASE,
)

# ... and a title never ends one, whatever follows it: "The CMIO, Dr. Feld, on video".
_TITLE = regex_cache.compile(rf"\b(?:{'|'.join(speakers.TITLES)})\.$", re.IGNORECASE)

MAX_BUDGET = 6
_RETRACTION = regex_cache.compile(
    r"\b(?:(?:I|we)(?:'d|'ll|\s+would|\s+will)?\s+(?:do|skip|ignore|drop)\s+(?:almost\s+|nearly\s+|pretty\s+much\s+)?(?:none|little|most|all)\s+of\s+(?:that|this|it|those|them)|"
    r"(?:none|little)\s+of\s+(?:that|this|those)\s+(?:is|are|would\s+be)\s+(?:needed|necessary|realistic|happening)|"
    # "Forget all that" takes it back; "people forget that", "don't forget that" stress it
    r"(?<!people\s)(?<!everyone\s)(?<!folks\s)(?<!teams\s)(?<!vendors\s)(?<!often\s)(?<!usually\s)(?<!always\s)"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?<!easy\sto\s)(?<!want\sto\s)forget\s+(?:all\s+)?(?:that|this|those)|(?:that's|that\s+is|this\s+is)\s+(?:the|a)\s+(?:textbook|theoretical|by-the-book|ideal-world)\s+(?:answer|version|plan)|"
    r"in\s+(?:reality|practice),?\s+(?:I|we)(?:'d|\s+would)?\s+(?:skip|ignore|drop)\s+(?:most|all|it)|"
    r"(?:I|we)\s+(?:said\s+no\s+to\s+(?:both|that|this|it|them|all)|refused\s+(?:both|that|this|it|them)|turned\s+(?:it|that|them|both)\s+down))\b",
    re.IGNORECASE,
)
# ... "I said no to that" refuses one move, the one just before it.
_ONE_REFUSED = regex_cache.compile(r"(?:said\s+no\s+to|refused|turned)\s+(?:that|this|it)\b", re.IGNORECASE)
# A retraction of the whole answer, not just its paragraph: "All of the above is what you say in
# an interview. In practice I'd just ship it."
_WHOLE_RETRACTION = regex_cache.compile(
    r"\b(?:(?:all|most|much)\s+of\s+(?:the\s+above|that|this|what\s+I(?:'ve)?\s+(?:just\s+)?(?:said|described|laid\s+out))\s+(?:is|was|would\s+be|sounds?)\s+"
    r"(?:(?:\w+\s+){0,2}(?:textbook|theory|theoretical|ideal|idealistic|nice|great\s+on\s+paper|for\s+the\s+interview|what\s+(?:you|people|everyone)\s+(?:say|want\s+to\s+hear)))|"
    r"everything\s+(?:above|I(?:'ve)?\s+(?:just\s+)?(?:said|described|laid\s+out))\s+(?:is|was)\s+(?:\w+\s+){0,3}(?:textbook|theory|ideal|nice|what\s+you)|"
    r"(?:what|the\s+(?:stuff|things?|answer))\s+(?:you|people|candidates)\s+(?:say|give)\s+in\s+(?:an\s+)?interviews?|"
    r"(?:in\s+reality|in\s+real\s+life|in\s+practice|realistically|honestly|between\s+us),?\s+(?:though,?\s+)?(?:I'd|I\s+would|we'd|we\s+would|I'll|we'll)\s+"
    r"(?:probably\s+)?just\s+(?:ship|launch|skip|go\s+live|push|turn\s+it\s+on|flip))\b",
    re.IGNORECASE,
)
# Bold or italic markers wrapped round a word: "**not**", "_never_".
_INNER_EMPHASIS = regex_cache.compile(r"(?<=\s)(?:\*{1,2}|_{1,2})(\w[\w'-]*)(?:\*{1,2}|_{1,2})(?=[\s:.,?!])")


def _indent(marker: str) -> int:
    return len(marker) - len(marker.lstrip(" \t"))


def _opens_line(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _in_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a parenthesis opened after ``start``."""
    return text.count("(", start, pos) > text.count(")", start, pos)


@dataclass
class Sentence:
    start: int
    end: int
    anchors: int  # numbers, named roles, gates and concrete actions
    vague: bool  # an echo verb and nothing concrete beside it
    # Stance scopes, read on first use (Reading.scopes_of): most sentences are never asked.
    scopes: list[st.Scope] | None = None
    carried: str | None = None  # a stance given by a list lead-in above it
    label_scope: st.Scope | None = None  # the stance its section's body gives a label that opens it
    owned_mistake: bool = False  # tells a move its teller judges a mistake (owned_mistakes), or names it a risk
    repeat: bool = False  # says an earlier sentence again, word for word (repeats)

    @property
    def budget(self) -> int:
        """How many criteria this sentence can earn."""
        if self.vague or self.repeat:
            return 0
        return min(MAX_BUDGET, 1 + self.anchors)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class _Marks:
    """Numbers, roles, commitments and echo words of a whole answer, found in one pass each."""

    def __init__(self, text: str) -> None:
        low = text.lower()
        fast = len(low) == len(text)  # lower-cased patterns on lower-cased text: twice as fast
        number, role, commit, vague, deed = (p.lower if fast else p.ci for p in (NUMBER, ROLE, COMMIT, VAGUE, DEED))
        if fast:
            text = low
        named = [(m.start(), m.end()) for m in (NAMED_NUMBER.lower if fast else NAMED_NUMBER.ci).finditer(text)]
        self.numbers = [p for p in (m.start() for m in number.finditer(text)) if not (named and _inside(named, p))]
        self.roles = [(m.start(), m.group(0).lower()) for m in role.finditer(text)]
        self.commits = [m.start() for m in commit.finditer(text)]
        self.vague = [m.start() for m in vague.finditer(text)]
        echo = set(self.vague)
        self.deeds = [p for p in (m.start() for m in deed.finditer(text)) if p not in echo]

    @staticmethod
    def count(positions: list[int], a: int, b: int) -> int:
        return bisect_left(positions, b) - bisect_left(positions, a)


def _read_sentence(text: str, a: int, b: int, marks: _Marks | None = None) -> Sentence:
    marks = marks or _Marks(text)
    numbers = marks.count(marks.numbers, a, b)
    lo = bisect_left(marks.roles, (a,))
    hi = bisect_left(marks.roles, (b,))
    roles = len({name for _, name in marks.roles[lo:hi]})
    commits = marks.count(marks.commits, a, b)
    # A list of roles is one commitment, not several.
    deeds = min(marks.count(marks.deeds, a, b), 1)
    anchors = min(numbers, 3) + min(roles, 1) + min(commits, 3) + deeds
    vague_hits = marks.count(marks.vague, a, b)
    # Vague when words of echo and filler outnumber the roles and gates beside them and there is
    # no number.
    vague = vague_hits > 0 and numbers == 0 and min(roles, 1) + min(commits, 3) + deeds < vague_hits
    vague = vague or (numbers == 0 and TOPIC_FRAGMENT.fullmatch(text, a, b) is not None)
    vague = vague or (numbers == 0 and CONSIDERING.match(text, a, b) is not None)
    return Sentence(start=a, end=b, anchors=anchors, vague=vague)


# A "sentence" longer than this is a run-on or a pasted blob: read it in pieces of this size.
MAX_SENTENCE_WORDS = 80
_WORD_RE = regex_cache.compile(r"\S+")


def _split(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if (m.group("lower") and _ABBREVIATION.search(text, max(0, m.start() - 12), m.start())) or _TITLE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if m.start() > pos and text[pos:m.start()].strip():
            spans += _chunks(text, pos, m.start())
        pos = m.end()
    if text[pos:].strip():
        spans += _chunks(text, pos, len(text))
    return spans


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    words = list(_WORD_RE.finditer(text, a, b))
    if len(words) <= MAX_SENTENCE_WORDS:
        return [(a, b)]
    cuts = [words[i].start() for i in range(MAX_SENTENCE_WORDS, len(words), MAX_SENTENCE_WORDS)]
    edges = [a, *cuts, b]
    return [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]


class Reading:
    """Sentences of one answer with their stance scopes and substance."""

    def __init__(self, text: str) -> None:
        # Curly apostrophes read as straight ones; same length, so offsets hold.
        self.text = text.replace("’", "'").replace("‘", "'")
        self.lowered = self.text.lower()
        self._triggers: st.Triggers | None = None
        self._brushed: bool | None = None
        self._stances: dict[tuple[int, int], str] = {}
        self.safeguards_turned = 0  # turns that drop a named safeguard (walkbacks)
        marks = _Marks(self.text)
        self.sentences = [_read_sentence(self.text, a, b, marks) for a, b in _split(self.text)]
        self._starts = [s.start for s in self.sentences]
        self._quotes = speakers.quotations(self.text)
        self._own = [(a, b) for a, b, own in self._quotes if own]  # in order, and never overlapping
        self._mark_retractions_and_speakers()
        self._carry_list_stance()
        self._carry_refusals()
        for mark in (labels.mark, tested_views.mark, sequence.mark, options.mark, owned_mistakes.mark, repeats.mark):  # stance read from the answer's shape
            mark(self)
        self.walk_backs = walkbacks.mark(self)

    def _mark_retractions_and_speakers(self) -> None:
        """Stance that crosses sentences: "That's the textbook answer. I'd do almost none of it."
        dismisses what came before it in the paragraph; a line given to another speaker
        ("Interviewer: ...", "Sales: ...") is reported, not the candidate's plan."""
        others = speakers.others_words(self.text, self.sentences, self._quotes)
        header = None
        for i, s in enumerate(self.sentences):
            piece = self.text[s.start:s.end]
            if i in others or (_opens_line(self.text, s.start) and REJECTED_LABEL.match(piece)) or _PITCH_LEAD.search(piece) or _TOPIC_HEADING.fullmatch(piece) or (_WHOLE_QUOTE.match(self.text[s.start:self._quote_end(s.end)]) and not (
                    i and _OWN_WORDS_NEXT.search(self.text, self.sentences[i - 1].start, self.sentences[i - 1].end)) and not self._own_words(s.start)):
                s.carried = st.REPORTED
            elif _RISK_LABEL.match(piece) or self._risk_heading(i):
                s.owned_mistake = True  # a hazard named in a risk register: known and guarded against, not planned
            if _TABLE_ROW_NO.search(piece):
                s.carried = st.DISMISSED
            if piece.lstrip().startswith("|"):
                header = tables.read_row(self, i, piece, header)
            elif not self.text[self.text.rfind("\n", 0, s.start) + 1:s.start].lstrip().startswith("|"):
                header = None  # (a row's cell may hold sentences of its own: "| Streaks | No. Wrong tool. |")
            if _WHOLE_RETRACTION.search(piece):
                walkbacks.dismiss_before(self, i)
            elif (retracted := _RETRACTION.search(piece)) is not None:
                # ("I said no to that" refuses the move just before it, not the facts that led up to it)
                stop = i - 1 if _ONE_REFUSED.search(retracted.group(0)) else 0
                j = i - 1
                while j >= stop:
                    if self.opens_paragraph(j + 1) and j < i - 1:
                        break
                    self.sentences[j].carried = st.DISMISSED
                    j -= 1

    def _risk_heading(self, i: int) -> bool:
        """Whether sentence ``i`` is a line of its own over a risk register's field ("- Likelihood: ...")."""
        if i + 1 >= len(self.sentences):
            return False
        s, nxt = self.sentences[i], self.sentences[i + 1]
        return ("\n" in self.text[s.end - 1:nxt.start + 1] and self.text[s.start:s.end].rstrip(" *_")[-1:] not in ".!?:;,"
                and _RISK_FIELD.match(self.text, nxt.start) is not None)

    def is_question(self, i: int) -> bool:
        return self.text[self.sentences[i].start:self.sentences[i].end].rstrip(" *_\"'”").endswith("?")

    def _own_words(self, pos: int) -> bool:
        """Whether ``pos`` opens or stands in a quotation the candidate gives themselves."""
        k = bisect_right(self._own, (pos, len(self.text))) - 1
        return k >= 0 and self._own[k][0] <= pos < self._own[k][1]

    def _quote_end(self, end: int) -> int:
        """``end``, or just past the closing quotation mark the sentence split left outside it."""
        nxt = self.text[end:end + 2].lstrip(" ")
        return end + self.text[end:end + 2].index(nxt[0]) + 1 if nxt[:1] in ('"', "”") else end

    def _as_lead_in(self, i: int) -> str:
        """Sentence ``i``, with a colon when it heads a list on a line of its own ("**What I would NOT do**");
        read for refusals only (a "**Deferred**" heading over features is a roadmap, not a brush-off)."""
        s, nxt = self.sentences[i], self.sentences[i + 1] if i + 1 < len(self.sentences) else None
        bare = self.text[s.start:s.end].strip().strip("*_# ")
        heading = (bare and bare[-1] not in ".:?!;,)" and len(bare.split()) <= MAX_LEAD_IN_WORDS and nxt is not None
                   and not LIST_ITEM.match(self.text, s.start))
        if heading and "\n" in self.text[s.end - 1:nxt.start + 1] and LIST_ITEM.match(self.text, nxt.start):  # type: ignore[union-attr]
            bare += ":"
        else:
            bare = self.text[s.start:s.end]
        # emphasis inside a lead-in stresses its words, it does not split them ("What I would **not** do:")
        return _INNER_EMPHASIS.sub(r"\1", bare)

    def _carry_list_stance(self) -> None:
        """A lead-in that brushes off what follows ("Things I'd not hold launch for:") gives its
        stance to the list items under it, up to the next paragraph (ConText's section scope)."""
        carry: str | None = None
        glossary = False
        depth = -1  # the lead-in's indent when it is itself a list item: its siblings end the list
        for i, s in enumerate(self.sentences):
            piece = self.text[s.start:s.end].rstrip(" *_")
            item = LIST_ITEM.match(self.text, s.start)
            indent = _indent(item.group(0)) if item is not None and _opens_line(self.text, s.start) else -1
            if carry is not None:
                if (self.opens_paragraph(i) and not item) or 0 <= indent <= depth:
                    carry = None
                elif theirs or not REASONED.search(self.text, s.start, s.end) and not NEEDS_NEXT.match(self.text, s.start) \
                        and not (carry == st.LISTED and s.anchors >= 2 and not glossary) \
                        and not (carry == st.DEFERRED and ONGOING.search(self.text, s.start, s.end)):
                    # An item with its condition or reason is a plan, not a wave-off; under a topic
                    # lead-in, an item with figures, people or gates of its own is content, not a topic.
                    s.carried = carry
            glossary_here = GLOSSARY_LEAD_IN.search(self._as_lead_in(i)) is not None  # (a glossary heading needs no colon)
            if piece.endswith(":") or glossary_here:
                # (a brush-off in parentheses is about its own words: "Our fix (doesn't need the vendor):")
                lead = [sc.stance for sc in self.scopes_of(i) if sc.stance in st.BRUSHED_OFF
                        and not (sc.trigger and _in_parentheses(self.text, s.start, sc.trigger[0]))]
                depth = indent
                if lead and lead[0] == st.DEFERRED and TIME_WINDOW.search(piece):
                    lead = []
                # (someone else's list is theirs, reasons and all: "- Retire audio-only, since we're a video platform")
                theirs = not lead and REQUEST_LIST.match(self.text, s.start, s.end) is not None
                glossary = glossary_here
                carry = lead[0] if lead else st.REPORTED if theirs or st.SELF_ASSESSMENT.search(piece) else (
                    st.LISTED if glossary or st.TOPIC_LEAD_IN.search(piece) else None)

    def _carry_refusals(self) -> None:
        """Refusals that cross sentences: a lead-in that turns down what follows it negates the
        items up to the paragraph's end (the next paragraph's, when the lead-in ends its own), but
        not an item that voices its own refusal, nor the plan that item puts in its place; a short
        verdict ("Here that fails.") makes the sentence before it a move described to be rejected."""
        refusing = voiced = False
        lead = -1
        for i, s in enumerate(self.sentences):
            piece = self._as_lead_in(i)
            if self.opens_paragraph(i) and not LIST_ITEM.match(self.text, s.start) and (
                    lead != i - 1 or not _POINTS_AT_NEXT.search(self.text, self.sentences[lead].start, self.sentences[lead].end)):
                refusing = False
            if refusing and lead != i and ((own := SELF_REFUSAL.match(piece) is not None) or LIST_ITEM.match(self.text, s.start)):
                voiced = own  # a new item starts unvoiced unless it voices its refusal; the rest of a voiced item stays the plan
            if refusing and not voiced and s.carried is None:
                s.carried = st.REPORTED  # named to be turned down: neither a step nor a call
            if len(piece.split()) <= MAX_LEAD_IN_WORDS and _REFUSAL_LEAD_IN.search(piece) and refusal_points_on(piece, self.text, s.start, s.end):
                refusing, lead, voiced = True, i, False
            if i and (verdict := verdict_on_previous(piece)) \
                    and self.sentences[i - 1].carried is None and not self.is_question(i - 1):  # (a question answered "No." is labels')
                self.sentences[i - 1].carried = verdict

    def scopes_of(self, i: int) -> list[st.Scope]:
        """The stance scopes of sentence ``i``, read on first use."""
        s = self.sentences[i]
        if s.scopes is None:
            if self._triggers is None:  # every pattern once over the whole answer, on first need
                self._triggers = st.Triggers(self.text, lowered=self.lowered)
            s.scopes = st.scopes(self.text, s.start, s.end, self._triggers)
            s.scopes += [st.Scope(a, b, st.REPORTED) for a, b in quoted_words(self.text, s.start, s.end) if not self._own_words(a)]
            if s.carried is not None:
                s.scopes.append(st.Scope(s.start, s.end, s.carried))
            if (asked := REQUEST_LIST.match(self.text, s.start, s.end)) is not None:
                s.scopes.append(st.Scope(asked.end(), s.end, st.REPORTED))
        if s.label_scope is not None and s.label_scope not in s.scopes:
            s.scopes.append(s.label_scope)
        return s.scopes

    def brushes_inside(self, a: int, b: int) -> bool:
        """Whether a dismissal or deferral trigger's own words fall inside ``a:b`` (a red flag
        about treating something as a nice-to-have is the dismissal itself)."""
        i = self.sentence_index(a)
        return any(sc.stance in st.BRUSHED_OFF and sc.trigger is not None and a < sc.trigger[1] and sc.trigger[0] < b
                   for sc in self.scopes_of(i))

    def matches(self, pattern: LoweredPattern) -> Iterator[re.Match[str]]:
        """``pattern`` over the answer: lower-cased on the lower-cased text (twice as fast as
        IGNORECASE) wherever lower-casing keeps every offset, which it does not for a few letters."""
        return pattern.finditer(self.text, self.lowered)

    def negates_inside(self, a: int, b: int) -> bool:
        """Whether a negation trigger's own words fall inside ``a:b`` (a red flag about a claim that
        something does not apply, "HIPAA doesn't apply", is the negation itself)."""
        i = self.sentence_index(a)
        return any(sc.stance in (st.NEGATED, st.GATED) and sc.trigger is not None and a <= sc.trigger[0] and sc.trigger[1] <= b
                   for sc in self.scopes_of(i))

    def negates_outside(self, a: int, b: int) -> bool:
        """Whether a negation trigger outside ``a:b`` covers it ("not because the system didn't
        hear back" denies the cause the inner negation names)."""
        i = self.sentence_index(a)
        return any(sc.stance == st.NEGATED and sc.trigger is not None and sc.start <= a < sc.end
                   and not (a <= sc.trigger[0] and sc.trigger[1] <= b) for sc in self.scopes_of(i))

    def brushed_sentences(self) -> int:
        """How many sentences skip, defer or hand off something (reads every sentence)."""
        return sum(1 for i in range(len(self.sentences)) if any(sc.stance in st.BRUSHED_OFF for sc in self.scopes_of(i)))

    def has_brushed_off(self) -> bool:
        """Whether any sentence dismisses, defers or hands something off (reads every sentence)."""
        if self._brushed is None:
            self._brushed = any(sc.stance in st.BRUSHED_OFF for i in range(len(self.sentences)) for sc in self.scopes_of(i))
        return self._brushed

    def opens_paragraph(self, i: int) -> bool:
        """Whether a blank line stands between sentence ``i - 1`` and sentence ``i``."""
        return i > 0 and "\n\n" in self.text[self.sentences[i - 1].end:self.sentences[i].start].replace(" ", "")

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def stance(self, a: int, b: int) -> str:
        """The stance of the mention at ``a:b`` (memoised: many criteria ask about the same words)."""
        key = (a, b)
        found = self._stances.get(key)
        if found is None:
            found = st.stance_of(self.scopes_of(self.sentence_index(a)), a, b) if self.sentences else st.ASSERTED
            self._stances[key] = found
        return found


@lru_cache(maxsize=16)
def reading_for(text: str) -> Reading:
    return Reading(text)
