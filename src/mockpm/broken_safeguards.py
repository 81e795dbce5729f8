"""A safeguard stated and then broken, in any rubric's own words.

The answer meets a red flag while, in another sentence, it commits to the safeguard that red
flag's sounds_like names (what a strong candidate says instead): "Nothing enters the report
without an explicit click" ... "drafts are inserted directly into the report unless the
radiologist deletes them". The pairs in ``contradictions`` hold the decisions every question
shares; this reads every decision a rubric names.

Principles declared up front and a plan after them are read the same way: "My non-negotiables: no
site goes live before a formal evaluation ... With those principles set, here's the plan: Month 2:
go live at all three." A red flag the plan meets breaks a principle the answer claimed to hold.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.concepts import answer_stems, content_stems, distinctive
from mockpm.lead_in_lexicon import LIST_ITEM
from mockpm.models import Criterion, KeywordResult
from mockpm.passages import Reading, reading_for

MIN_SHARED_WORDS = 2


# The letters of a term, regex syntax and escapes left out: "free ~ pilot*|trial*" -> "free pilot trial".
_NOT_A_WORD = regex_cache.compile(r"\\[A-Za-z]|\[[^\]]*\]|[^A-Za-z]+")


def _term_words(criterion: Criterion) -> frozenset[str]:
    """The content words a criterion's own terms match on."""
    check = criterion.check
    if check is None:
        return frozenset()
    terms = [*check.any, *(t for group in check.all for t in group)]
    return content_stems(" ".join(_NOT_A_WORD.sub(" ", t.removeprefix("re:")) for t in terms))


def stated_then_broken(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> list[str]:
    """The met red flags whose safeguard the answer also commits to, in a sentence of its own."""
    met = [c for c in criteria if c.points < 0 and c.sounds_like and (kw := keywords.get(c.id)) is not None and kw.met and kw.matches]
    if not met:
        return []
    # A red flag is known by the words of its safeguard that few other criteria use; a sentence
    # states it with one of them beyond the words the red flag's own terms match on: "the free
    # pilots matter" repeats the wrong call, it does not state "paid, scoped pilots".
    wanted = distinctive(tuple((c.id, (c.sounds_like or "") if c.points < 0 else f"{c.statement} {c.sounds_like or ''}")
                               for c in criteria))
    reading = reading_for(text)
    safeguards = frozenset().union(*(wanted.get(c.id, frozenset()) for c in met))
    committed: dict[int, set[str]] = {}
    for a, b, word in answer_stems(reading):
        if word in safeguards and reading.stance(a, b) in st.COMMITTED:  # only the words that can count
            committed.setdefault(reading.sentence_index(a), set()).add(word)
    broken = []
    for c in met:
        flagged_in = {reading.sentence_index(m.start) for m in keywords[c.id].matches}  # type: ignore[union-attr]
        words = wanted.get(c.id, frozenset())
        own = _term_words(c)
        if any(i not in flagged_in and len(found & words) >= MIN_SHARED_WORDS and (found & words) - own for i, found in committed.items()):
            broken.append(c.id)
    return broken


# The answer opens by declaring what it holds to: "Three principles I won't compromise on", "My
# non-negotiables for this roadmap:".
_PRINCIPLES = regex_cache.compile(
    r"\b(?:(?:two|three|four|five|my|our|a\s+few|the)\s+(?:[\w-]+\s+)?(?:commitments|rules)\b(?!\s+(?:of|for|on|about)\b)|principles?|non-?negotiables?|(?:won't|will\s+not|wouldn't|never)\s+compromise|hold\s+the\s+line|red\s+lines?|ground\s+rules)\b",
    re.IGNORECASE)
# ... and then turns to the plan in a line of its own: "With those principles set, here's the year.",
# "Here's how that plays out on the timeline."
_TO_THE_PLAN = regex_cache.compile(
    r"[\s*_#>]*(?:(?:so|now|then),?\s+)?(?:with\s+th(?:ose|at|ese)\s+(?:[\w-]+\s+){0,2}?(?:set|in\s+place|locked\s+in|agreed|established|framing|said)\b|"
    r"here(?:'s|\s+is)\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:plan|build|rollout|roadmap|year|timeline|sequence)\b|"
    r"here(?:'s|\s+is)\s+how\s+(?:that|this|it|we|I)\b)[^\n]{0,80}$", re.IGNORECASE | re.MULTILINE)
_ENDS_IN_COLON = regex_cache.compile(r":[\s*_]*$")
# Where the principles may be declared: the answer's opening paragraphs.
PRINCIPLE_PARAGRAPHS = 2


def plan_after_principles(text: str) -> int | None:
    """Where the plan starts in an answer that opens by declaring its principles and then turns to
    its plan (see _PRINCIPLES, _TO_THE_PLAN), or None."""
    reading = reading_for(text)
    opening = [i for i in range(len(reading.sentences)) if reading.opens_paragraph(i)][:PRINCIPLE_PARAGRAPHS]
    if not opening:
        return None
    end = reading.sentences[opening[-1]].end
    first = _PRINCIPLES.search(text, 0, end)
    if first is None:
        return None
    turn = _TO_THE_PLAN.search(text, first.end())
    if turn is not None:
        return turn.end()
    return _after_listed_principles(reading, reading.sentence_index(first.start()))


def _after_listed_principles(reading: Reading, lead: int) -> int | None:
    """Where the plan starts when the principles are a list under their lead-in ("Three rules I'd
    hold firm: 1. ... 2. ...") and the plan follows in paragraphs of its own: just past the list."""
    sentences, text = reading.sentences, reading.text
    k = lead + 1
    if k < len(sentences) and reading.opens_paragraph(k) and not _ENDS_IN_COLON.search(text, sentences[lead].start, sentences[lead].end):
        return None
    if k >= len(sentences) or not LIST_ITEM.match(text, sentences[k].start):
        return None
    while k + 1 < len(sentences) and not reading.opens_paragraph(k + 1):
        k += 1
    return sentences[k].end if k + 1 < len(sentences) else None


def broken_principles(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> list[str]:
    """The red flags the plan meets after the principles an answer declared (see plan_after_principles)."""
    start = plan_after_principles(text)
    if start is None:
        return []
    return [c.id for c in criteria if c.points < 0 and (kw := keywords.get(c.id)) is not None and kw.met
            and any(m.start >= start for m in kw.matches)]


# A rule the candidate sets in their own words: "nothing enters the signed report without that
# click", "no nurse sees an alert until ...", "EU records never leave the EU".
_OWN_RULE = regex_cache.compile(
    r"\b(?:nothing|nobody|no\s+one|no\s+[\w-]+(?:\s+[\w-]+)?|not\s+a\s+single|not\s+one)\b[^.;\n]{0,120}?"
    r"\b(?:without|until|unless|before|leaves?|enters?|goes|reaches?|sees?)\b|\bnever\b", re.IGNORECASE)
_CLAUSE_EDGE = regex_cache.compile(r"[.;:()\n]|\s[-—–]+\s")
# A red flag met later in a sentence that shares this many content words with the rule breaks it:
# "after 200 accepted drafts, their drafts are pre-filled into the report and sign with the study".
# (Two shared words were common in strong answers, "data" and "sponsor"; three were not, in 5,000
# tuning answers.)
MIN_RULE_WORDS = 3


def own_rules_broken(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> list[str]:
    """The met red flags whose sentence, after a rule the answer set itself, shares the rule's words."""
    reading = reading_for(text)
    rules: list[tuple[int, frozenset[str]]] = []
    for m in _OWN_RULE.finditer(text):
        i = reading.sentence_index(m.start())
        s = reading.sentences[i]
        if not s.owned_mistake and s.carried not in st.NOT_THEIRS:
            # the rule's words are its own clause's: "(we score, nobody sees it)" rules on nothing else
            begin = max((d.end() for d in _CLAUSE_EDGE.finditer(text, s.start, m.start())), default=s.start)
            end = _CLAUSE_EDGE.search(text, m.end(), s.end)
            rules.append((i, content_stems(text[begin:end.start() if end else s.end])))
    if not rules:
        return []
    broken = []
    for c in criteria:
        kw = keywords.get(c.id)
        if c.points >= 0 or kw is None or not kw.met:
            continue
        for m in kw.matches:
            j = reading.sentence_index(m.start)
            words = content_stems(text[reading.sentences[j].start:reading.sentences[j].end])
            if any(i < j and len(found & words) >= MIN_RULE_WORDS for i, found in rules):
                broken.append(c.id)
                break
    return broken
