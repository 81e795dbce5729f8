"""Stance read from labels: a heading, a bold label or a short question that the next words decide.

"**Silent mode:** I like the idea, but a full run would eat the quarter." brushes silent mode off;
"**Pooling everything in one region:** no." and "Pool it in a US cloud? No." refuse what the label
or question names. ConText's section scope, read from the body up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.lead_in_lexicon import TURNED_DOWN

if TYPE_CHECKING:
    from mockpm.passages import Reading

MAX_LABEL_WORDS = 5
# A question answered "No." is a move put forward to be refused when it is short enough to be one.
MAX_QUESTION_WORDS = 20
# A question about a thing or a fact, not a move: "Is the silent run too slow?", "What about ...?".
_ABOUT_A_THING = regex_cache.compile(
    r"[\s*_>#-]*(?:(?:so|and|then|but),?\s+)?(?:is|are|was|were|does|did|has|have|had|isn't|aren't|doesn't|"
    r"what|why|how|who|whom|whose|which|where|when)\b", re.IGNORECASE)
# A bold or Markdown heading that is a sentence of its own ("**Pooling in one US cloud.**").
_HEADING_SENTENCE = regex_cache.compile(r"[ \t]*(?:#{1,6}[ \t]+[^\n]{1,80}|(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)?)[ \t]*\n?")
# A design record's verdict on an option: "3.3 Threshold tuned for 85%: rejected; ...".
_VERDICT_WORDS = TURNED_DOWN
# A body that opens by turning its label down: "no", "not yet", "I'd say no" ("We won't skip it"
# after "**Silent mode.**" keeps it, so a bare "won't" is not a refusal).
_REFUSAL = regex_cache.compile(
    # the refusal stands alone: "No.", "No, ...", "Not a chance." ("No-brainer.", "No doubt",
    # "Not a chance we wait" and "Absolutely not optional" say yes)
    r"[\s*_]*(?:(?:no|nope|never|not\s+(?:yet|now|in\s+v1|for\s+v1|a\s+chance)|(?:absolutely|definitely|certainly)\s+not)"
    # (or refuses it for what it names: "No for identifiable data")
    r"(?=\s*(?:[.!,;:\u2014\u2013]|\s-\s|$)|\s+(?:for|unless|except|until|without)\b)|"
    # ... or a design record's verdict after its label
    rf"(?:{_VERDICT_WORDS})(?=[*_]*\s*(?:[.!,;:\u2014\u2013]|\s-\s|$))|"
    r"(?:I|we)(?:'d|\s+would)\s+(?:say\s+no|push\s+back|decline|refuse)\b|"
    # ... or names where it leads: "Both states at once? That's how you end up with a psychiatrist prescribing ..."
    r"(?:that's|that\s+is|this\s+is)\s+(?:exactly\s+)?(?:how\s+(?:you|we|teams|people|companies)\s+(?:end\s+up|get\s+hurt|lose|miss|break)|a\s+recipe\s+for|asking\s+for\s+trouble)\b)",
    re.IGNORECASE,
)
# A move written as shorthand and turned down after an arrow: "Pool EU data in a US region → no
# for anything identifiable", "auto-cancel -> nope". "→ no go" and "→ no launch" are outcomes of
# a condition, not refusals of it, so the refusal must stand alone or name what it excepts.
_ARROW = regex_cache.compile(r"[ \t]*(?:→|->|=>|⇒|⟶)")
# ... read from where the arrow ends.
_ARROW_REFUSAL = regex_cache.compile(
    r"[ \t*_]*(?:no|nope|never|not\s+(?:a\s+chance|ok|okay|acceptable|allowed))"
    r"(?=[ \t]*(?:[.!,;:)\u2014\u2013]|$|\n|for\b|unless\b|except\b|until\b|without\b|in\s+v1\b))",
    re.IGNORECASE,
)
# A short plain line that opens its paragraph and names a move, with no subject of its own
# ("Pooling in a US region."): a restated ask, decided by a refusal said alone after it ("I'd push
# back.", "No."), not by one with its own object ("I'd push back on anyone who wants more") or a
# "No," that goes on to keep it ("No, I wouldn't shorten it").
_PLAIN_TOPIC = regex_cache.compile(
    r"[ \t>]*(?!(?:I|we|you|they|it|he|she|this|that|there|our|my|their|no|not|never)\b)[A-Za-z][^.!?:;\n]{0,60}[.:]", re.IGNORECASE)
_BARE_REFUSAL = regex_cache.compile(
    r"[\s*_]*(?:no|nope|(?:I|we)(?:'d|\s+would)\s+(?:say\s+no|push\s+back|decline|refuse))(?:\s+(?:hard|firmly|strongly))?"
    r"\s*(?:[.!;\u2014\u2013]|$)", re.IGNORECASE)
# A design record's verdict on an alternative, after it: "- Auto-cancelling the second order.
# Rejected: it drops intended repeats." ("Rejected orders are re-queued" is no verdict.)
_ITEM = regex_cache.compile(r"[ \t>]*(?:(?:[-*+•]|\d+[.)])\s+)?(?:\*\*|__)?(?!(?:I|we|you|they|it|he|she|this|that|there|our|my|their)\b)[A-Za-z\"'][^!?:;\n]{0,80}?[.:]?(?:\*\*|__)?\s*", re.IGNORECASE)
_VERDICT_AGAINST = regex_cache.compile(
    rf"[\s*_]*(?:{_VERDICT_WORDS}|declined)[*_]*\s*(?:[.:!;\u2014\u2013]|\s-\s|$)", re.IGNORECASE)
# A decision log's option crossed out or turned down in its own sentence: "~~Launch everywhere~~",
# "- ❌ Skip the silent run", "Launch at all 40 sites at once (rejected)", "... — ruled out, because ...".
# Turned down, it is named, neither a step nor a call, whatever its own words skip.
_STRUCK = regex_cache.compile(r"~~[^~\n]{1,300}~~")
_CROSSED = regex_cache.compile(r"[ \t>]*(?:[-*+•]\s+)?[*_]*(?:\u274c|\u2717|\u2718|\U0001f6ab|\u26d4|:x:)")
_VERDICT_AFTER = regex_cache.compile(rf"(?:\s[-\u2014\u2013]\s*|\s*\(\s*|:\s*)[*_]*(?:{_VERDICT_WORDS})\b", re.IGNORECASE)
_VERDICT_WORD = regex_cache.compile(rf"[\s*_]*(?:{_VERDICT_WORDS})\b", re.IGNORECASE)
# A label that opens a paragraph or list item and names its topic: "**Silent mode:** ...",
# "- Subgroups: ...", "## Monitoring" on its own line.
_LABEL = regex_cache.compile(
    r"[ \t>]*(?:(?:[-*+•]|\d+[.)]|\d+(?:\.\d+)+\.?)\s+)?(?:\*\*|__|[*_](?=[A-Za-z]))?[A-Za-z][^:\n*_.!?]{0,48}:(?:\*\*|__|[*_])?[ \t]*(?=\S)"
    r"|[ \t]*#{1,6}[ \t][^\n]{1,60}\n"
)


def mark(reading: Reading) -> None:
    """Give labels and answered questions their stance: a label whose first sentence brushes its
    topic off takes that stance; one the next words refuse, or a question answered "No.", is
    negated."""
    for i, s in enumerate(reading.sentences):
        turned = _turned_down(reading, i)
        if turned is not None:
            s.label_scope = st.Scope(*turned, st.REPORTED)
            continue
        if _answered_no(reading, i):
            s.label_scope = st.Scope(s.start, s.end, st.NEGATED)  # "Pool it in a US cloud? No."
            continue
        arrow = _arrow_refused(reading, i)
        if arrow is not None:
            s.label_scope = st.Scope(*arrow, st.NEGATED)  # "Pool EU data in a US region → no"
            continue
        head = _HEADING_SENTENCE.match(reading.text, s.start, s.end)
        if head is not None and s.start < head.end() < s.end and reading.text[head.end() - 1] == "\n" and _REFUSAL.match(reading.text, head.end()):
            s.label_scope = st.Scope(s.start, head.end(), st.NEGATED)  # "**Pooling in one US cloud**\nNo for identifiable data."
            continue
        heading = _HEADING_SENTENCE.fullmatch(reading.text, s.start, s.end)
        if heading is not None and len(heading.group(0).split()) <= MAX_LABEL_WORDS + 3 and i + 1 < len(reading.sentences):
            # "**Pooling in one US cloud.** I'd say no, ...": the next sentence decides it.
            if _REFUSAL.match(reading.text, reading.sentences[i + 1].start):
                s.label_scope = st.Scope(s.start, s.end, st.NEGATED)
            continue
        if i + 1 < len(reading.sentences) and _VERDICT_AGAINST.match(reading.text, reading.sentences[i + 1].start) and (
                _ITEM.fullmatch(reading.text, s.start, s.end) and len(reading.text[s.start:s.end].split()) <= MAX_QUESTION_WORDS):
            s.label_scope = st.Scope(s.start, s.end, st.REPORTED)  # "- Auto-cancel the repeat. Rejected: ..."
            # ... and its reason rules the alternative out: the candidate's reasoning, no call of its own
            # ("Rejected: it drops intended repeats with no clinician review")
            verdict = reading.sentences[i + 1]
            verdict.label_scope = st.Scope(verdict.start, verdict.end, st.GATED)
            continue
        if _plain_topic_refused(reading, i):
            s.label_scope = st.Scope(s.start, s.end, st.NEGATED)  # "Pooling in a US region. I'd push back."
            continue
        label = _LABEL.match(reading.text, s.start, s.end)
        if label is None:
            continue
        if len(label.group(0).split()) <= MAX_LABEL_WORDS + 3 and _REFUSAL.match(reading.text, label.end()):
            # "**Pooling everything in one region:** no." ("...: rejected" names it to turn it down)
            s.label_scope = st.Scope(s.start, label.end(), st.REPORTED if _VERDICT_WORD.match(reading.text, label.end()) else st.NEGATED)
            continue
        if len(label.group(0).split()) > MAX_LABEL_WORDS:
            continue
        stance = next((sc.stance for sc in reading.scopes_of(i)
                       if sc.stance in st.BRUSHED_OFF and sc.start >= label.end()), None)
        if stance is not None:
            s.label_scope = st.Scope(s.start, label.end(), stance)


def _turned_down(reading: Reading, i: int) -> tuple[int, int] | None:
    """Where sentence ``i`` holds an option it crosses out or turns down itself (see _STRUCK), or None."""
    s = reading.sentences[i]
    text = reading.text
    if _CROSSED.match(text, s.start, s.end):
        return s.start, s.end
    struck = _STRUCK.search(text, s.start, s.end)
    if struck is not None:
        return struck.span()
    verdict = _VERDICT_AFTER.search(text, s.start, s.end)
    if verdict is not None and text[s.start:verdict.start()].strip(" *_-\n"):
        return s.start, verdict.start()
    return None


def _plain_topic_refused(reading: Reading, i: int) -> bool:
    s = reading.sentences[i]
    return (i + 1 < len(reading.sentences) and reading.opens_paragraph(i)
            and len(reading.text[s.start:s.end].split()) <= MAX_LABEL_WORDS + 3
            and _PLAIN_TOPIC.fullmatch(reading.text, s.start, s.end) is not None
            and _BARE_REFUSAL.match(reading.text, reading.sentences[i + 1].start) is not None)


def _answered_no(reading: Reading, i: int) -> bool:
    """A short question the next sentence answers "No." puts its move forward to refuse it.
    Not a question about a thing ("Is the silent run too slow? No." keeps the silent run), and
    not one that already brushes something off ("Can we skip it? No."): a double negative is
    not unpicked here, so that question keeps its own stance."""
    s = reading.sentences[i]
    piece = reading.text[s.start:s.end].rstrip(" *_\n")
    if not piece.endswith("?") or len(piece.split()) > MAX_QUESTION_WORDS or i + 1 >= len(reading.sentences):
        return False
    if _ABOUT_A_THING.match(piece) or not _REFUSAL.match(reading.text, reading.sentences[i + 1].start):
        return False
    return not any(sc.stance in st.BRUSHED_OFF for sc in reading.scopes_of(i))


# What an arrow turns down is the last move before it, after the clause's own separator: in
# "all wards on day one; staged rollout → no" it is the staged rollout, not the launch.
_CLAUSE_SEPARATOR = regex_cache.compile(r"[;,:(\u2014\u2013]|\s-\s")
# A condition before the arrow makes "→ no" a no-go, not a refused move: "Sensitivity under 80%
# in the silent run → no", "More than two alerts per nurse per shift → no", "if PPV drops → no".
_CONDITION_BEFORE_ARROW = regex_cache.compile(
    r"\b(?:under|over|below|above|less|more|fewer|greater|higher|lower|exceeds?|drops?|falls?|rises?|misses|fails?|"
    r"if|when|unless|shows?|any)\b|[<>\u2264\u2265%]|\d", re.IGNORECASE)


def _arrow_refused(reading: Reading, i: int) -> tuple[int, int] | None:
    """Where a short move turned down after an arrow stands ("Pool EU data in a US region → no"),
    or None. The move is the last clause before the arrow, at most a short question's length,
    and not a condition whose outcome the arrow gives."""
    s = reading.sentences[i]
    text = reading.text
    for m in _ARROW.finditer(text, s.start, s.end):
        if not _ARROW_REFUSAL.match(text, m.end()):
            continue
        start = max(s.start, text.rfind("\n", 0, m.start()) + 1)
        for sep in _CLAUSE_SEPARATOR.finditer(text, start, m.start()):
            start = sep.end()
        short = len(text[start:m.start()].split()) <= MAX_QUESTION_WORDS
        if short and not _CONDITION_BEFORE_ARROW.search(text, start, m.start()):
            return start, m.start()
    return None
