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
from mockpm.concepts import answer_stems, distinctive
from mockpm.models import Criterion, KeywordResult
from mockpm.passages import reading_for

MIN_SHARED_WORDS = 2


def stated_then_broken(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> list[str]:
    """The met red flags whose safeguard the answer also commits to, in a sentence of its own."""
    met = [c for c in criteria if c.points < 0 and c.sounds_like and (kw := keywords.get(c.id)) is not None and kw.met and kw.matches]
    if not met:
        return []
    # A red flag is known by the words of its safeguard that few other criteria use.
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
        if any(i not in flagged_in and len(found & words) >= MIN_SHARED_WORDS for i, found in committed.items()):
            broken.append(c.id)
    return broken


# The answer opens by declaring what it holds to: "Three principles I won't compromise on", "My
# non-negotiables for this roadmap:".
_PRINCIPLES = regex_cache.compile(
    r"\b(?:principles?|non-?negotiables?|(?:won't|will\s+not|wouldn't|never)\s+compromise|hold\s+the\s+line|red\s+lines?|ground\s+rules)\b",
    re.IGNORECASE)
# ... and then turns to the plan in a line of its own: "With those principles set, here's the year.",
# "Here's how that plays out on the timeline."
_TO_THE_PLAN = regex_cache.compile(
    r"[\s*_#>]*(?:(?:so|now|then),?\s+)?(?:with\s+th(?:ose|at|ese)\s+(?:[\w-]+\s+){0,2}?(?:set|in\s+place|locked\s+in|agreed|established|framing|said)\b|"
    r"here(?:'s|\s+is)\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:plan|build|rollout|roadmap|year|timeline|sequence)\b|"
    r"here(?:'s|\s+is)\s+how\s+(?:that|this|it|we|I)\b)[^\n]{0,80}$", re.IGNORECASE | re.MULTILINE)
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
    return turn.end() if turn is not None else None


def broken_principles(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> list[str]:
    """The red flags the plan meets after the principles an answer declared (see plan_after_principles)."""
    start = plan_after_principles(text)
    if start is None:
        return []
    return [c.id for c in criteria if c.points < 0 and (kw := keywords.get(c.id)) is not None and kw.met
            and any(m.start >= start for m in kw.matches)]
