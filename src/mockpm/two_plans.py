"""Two plans: an answer that calls its plan the version for an audience, then says what will
really happen.

"That's the version you'd put in a board deck.", "Items 1 and 2 are the story for the council
meeting. Day to day, ...", "That deck is what the audit committee should see. The operating plan
underneath is different." The plan before such a label is for show; what follows it is the
candidate's decision, so a committee hears the first plan as taken back. ConText would call the
labelled plan hypothetical: said, not meant.

A label alone is not enough when it names a real audience ("the story for the nurses is the time
saved" is a communication plan): it must speak of the version as anyone's ("the version you'd
find in a paper"), or a contrast with how things really go must stand beside it ("Day to day",
"underneath", "what I'd actually put on the calendar").

The plan can also be disowned outright, pointing back at it: "Having written those three out, I
don't think we build any of them now." A gate kept in the same clause is a plan ("we don't ship
any of it until the silent run passes").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache

if TYPE_CHECKING:
    from mockpm.passages import Reading

# What points back at the plan: "that", "items 1 and 2", "that deck", "all of the above".
_PLAN_REF = (r"(?:that|this|those|these|all\s+(?:of\s+)?(?:that|this)|(?:all\s+of\s+)?the\s+above|"
             r"items?\s+\w+(?:\s+(?:and|to|through|-)\s+\w+)?|(?:that|this|the)\s+(?:deck|plan|version|roadmap|list|slides?|sequence))")
_SHOW = r"(?:version|story|deck|slides?|pitch|narrative|script|talking\s+points)"
_LABEL = regex_cache.compile(
    # "Items 1 and 2 are the story for the council", "that's the tidy version for the board"
    rf"\b{_PLAN_REF}\s+(?:is|are|'s|would\s+be)\s+(?:(?:the|a|my|our)\s+)?(?:[\w-]+\s+)?{_SHOW}\s+(?:for|to\s+(?:tell|show|give|present))\b|"
    # "that deck is what the board's audit committee should see"
    rf"\b{_PLAN_REF}\s+(?:is|are|'s)\s+what\s+(?:the\s+)?[\w'\s-]{{1,40}}?\s+(?:should|would|wants?\s+to|needs?\s+to|expects?\s+to)\s+(?:see|hear)\b|"
    # the version as anyone's, not the candidate's: "the version you'd put in a board deck"
    rf"\b{_SHOW}\s+(?:you'd|you\s+would|you)\s+(?:put|find|give|present|show|read|write|see|pitch)\b",
    re.IGNORECASE,
)
_ANYONES = regex_cache.compile(r"\b(?:you'd|you\s+would|you)\s+(?:put|find|give|present|show|read|write|see|pitch)\b", re.IGNORECASE)
# How it really goes, beside the label: its sentence, the one before (often a heading: "What I'd
# actually put on the calendar") or the next two.
_REALLY = regex_cache.compile(
    r"\b(?:actually|really|underneath|day\s+to\s+day|day-to-day|in\s+practice|in\s+reality|(?:is|are|looks?|would\s+be)\s+different|"
    r"the\s+real\s+plan|operating\s+plan|on\s+the\s+(?:calendar|ground))\b",
    re.IGNORECASE,
)
REACH = 2


def labelled_at(reading: Reading, own) -> int | None:  # noqa: ANN001 - own: (Reading, int) -> bool
    """The index of the first sentence that labels the plan before it as the version for show,
    with the candidate's real plan after it; None when there is none. ``own`` tells whether a
    position is in the candidate's own voice."""
    text, sentences = reading.text, reading.sentences
    for m in _LABEL.finditer(text):
        i = reading.sentence_index(m.start())
        if i == 0 or i + 1 >= len(sentences) or not own(reading, m.start()):
            continue  # nothing before it to take back, or nothing after it to be the plan
        if _ANYONES.search(m.group(0)):
            return i
        lo, hi = max(0, i - 1), min(len(sentences) - 1, i + REACH)
        if _REALLY.search(text, sentences[lo].start, sentences[hi].end):
            return i
    return None


# "I don't think we build any of them", "we wouldn't actually do most of that", "I won't need half of this"
_DISOWNS = regex_cache.compile(
    r"\b(?:I|we)\s+(?:(?:don't|do\s+not)\s+think\s+(?:we|I)(?:'d|\s+would|'ll|\s+will|\s+should)?|won't|wouldn't|will\s+not|would\s+not|"
    r"aren't\s+going\s+to|am\s+not\s+going\s+to|'m\s+not\s+going\s+to|don't|do\s+not|shouldn't)\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?:build|do|ship|run|fund|staff|start|make|pursue|implement|keep|bother\s+with|need)\s+(?:any|all|most|much|either|half)\s+of\s+"
    r"(?:them|those|these|that|this|it|the\s+above)\b",
    re.IGNORECASE,
)
_GATED = regex_cache.compile(r"[^.;!?\n]{0,80}?\b(?:without|until|unless|before|if|except|till)\b", re.IGNORECASE)


def disowned_at(reading: Reading, own) -> int | None:  # noqa: ANN001 - as in labelled_at
    """The index of the first sentence that disowns the plan before it; None when none does."""
    text = reading.text
    for m in _DISOWNS.finditer(text):
        i = reading.sentence_index(m.start())
        if i and own(reading, m.start()) and not _GATED.match(text, m.end()):
            return i
    return None
