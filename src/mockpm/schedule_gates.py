"""A rule that holds a step back until a condition, and a dated schedule that opens the step first.

"No patient in a new state gets scheduled until their clinician holds a license there" ... then
"Month 4: Squad B opens online scheduling to patients in the two new states. Most license
applications will be in flight by then." Each half is sensible; together the schedule breaks the
rule, and a committee reads the schedule as the plan. Only answers laid out by day, week, sprint,
month or quarter are read. The step the rule holds back is found by its own content words (two or
more shared) in a committed sentence that opens something (goes live, starts, enrols, opens,
ships); the condition counts as met in the first sentence that shares two of its words. The step
opening in an earlier slot than that, or earlier in the same slot, is the break.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.concepts import content_stems
from mockpm.passages import Reading
from mockpm.timeline import DAYS

# A slot heading at the start of a line: "Week 6 (contract go-live):", "*Months 1-2.*", "Q3 -", "Day 1:".
_SLOT = regex_cache.compile(
    r"(?:^|\n)[ \t#*_>•-]*(?:by\s+|in\s+)?(day|week|wk|sprint|month|mo|quarter|q)s?\s*(\d{1,2})\b", re.IGNORECASE)
# The rule: a step denied until (before, unless) a condition, in one clause.
_RULE = regex_cache.compile(
    r"\b(?:no|nothing|nobody|never|not|don't|doesn't|won't|will\s+not|does\s+not|do\s+not)\b(?P<step>[^.;:\n]{3,100}?)"
    r"\b(?:until|before|unless)\b(?P<condition>[^.;\n]{4,120})", re.IGNORECASE)
# What opening the step looks like in a schedule line (not "scheduling" or "showing": often the step's own nouns).
_OPENS = regex_cache.compile(
    r"\b(?:go(?:es|ing)?\s+live|go-live|live\s+(?:at|in|on|for|with)|launch\w*|start\w*|begin\w*|enrol\w*|open\w*|"
    r"turn\w*\s+(?:\w+\s+)?on|switch\w*\s+(?:\w+\s+)?on|enabl\w*|roll\w*\s+(?:it\s+)?out|ship\w*|deploy\w*|pilot\w*|"
    r"expand\w*)\b", re.IGNORECASE)
MIN_SHARED = 2


def _slots(text: str) -> list[tuple[int, int]]:
    """(offset, start day) of each slot heading, in order."""
    return [(m.start(), DAYS[m.group(1).lower()] * int(m.group(2))) for m in _SLOT.finditer(text)]


def opened_before_gate(reading: Reading) -> bool:
    """Whether a dated schedule opens a step that a rule of the answer holds back, before the
    rule's condition is met."""
    text = reading.text
    slots = _slots(text)
    if len(slots) < 2:
        return False
    rules = [r for r in _RULE.finditer(text) if reading.stance(r.start(), r.start() + 1) not in st.NOT_THEIRS]
    if not rules:
        return False
    dated = []  # (slot day, sentence index, content words) of each sentence under a slot heading
    for i, sentence in enumerate(reading.sentences):
        day = max((d for at, d in slots if at <= sentence.start), default=None)
        if day is not None:
            dated.append((day, i, content_stems(text[sentence.start:sentence.end])))
    for rule in rules:
        step, condition = content_stems(rule.group("step")), content_stems(rule.group("condition"))
        if len(step) < MIN_SHARED or len(condition) < MIN_SHARED:
            continue
        here = reading.sentence_index(rule.start())
        met = next(((day, i) for day, i, words in dated if i != here and len(condition & words) >= MIN_SHARED), None)
        for day, i, words in dated:
            if i == here or len(step & words) < MIN_SHARED:
                continue
            s = reading.sentences[i]
            if _RULE.search(text, s.start, s.end) or not _OPENS.search(text, s.start, s.end):
                continue  # a restated rule, or a mention that opens nothing
            if reading.stance(s.start, s.end) not in st.COMMITTED:
                continue
            if met is None or (day, i) < met:
                return True
            break  # the step's first opening comes after the condition: the rule is kept
    return False
