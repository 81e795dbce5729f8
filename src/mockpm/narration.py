"""Sentences that tell what happened elsewhere, when the question asks for a plan.

ConText marks a finding historical when its trigger puts it in the patient's past: it is real,
but it is not the present finding. An answer to a plan question draws the same line. A story
told in the past ("In 2019 we rolled out an early-warning score; nurses acknowledged alerts in
batches; the tool was switched off in week five") is experience, not what the candidate would do
here, and an answer made mostly of them, from its first half to its second, is thin (guards).
Its sentences keep what they earn: past tense runs through genuine plans too ("the last tool was
abandoned when nurses tuned it out", "before we built it, we joined app data to claims"), so the
sentence alone is no verdict. A story told in the present ("So it's spring 2022 and I'm the PM
on ...") is read from the time it names until the candidate's own voice looks ahead, through the
paragraphs that carry it on in a story's own words (its clock, the teller in the scene, dialogue);
a paragraph that opens on a plan's schedule ("Over the next eight weeks ...") is not the story.
A question that asks for a story ("Tell me about a time...") is answered by one, and reads it all.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.passages import Reading
from mockpm.substance_lexicon import (
    HISTORIC_PRESENT, LOOKS_AHEAD, NAMED_PAST, NARRATED, PLAN_VOICE, QUANTITY, SAID_BEFORE, STORY_ADVANCES,
)

# Sentences shorter than this (words) say too little to be read either way ("It was brutal.").
MIN_WORDS = 4


def told_sentences(reading: Reading) -> frozenset[int]:
    """Indices of the sentences of ``reading`` that tell a past event and look nowhere ahead
    (read once per answer: guards, contradictions and owned mistakes all ask)."""
    cached = getattr(reading, "_told", None)
    if cached is None:
        cached = reading._told = _told(reading)  # type: ignore[attr-defined]
    return cached


# A question that asks for a story is answered by one, whatever product the story is about: an
# answer told mostly in the past is no answer to another question because its product is one
# another scenario asks about (a clinician's pushback on a sepsis alert is a pushback story).
TOLD_SHARE = 0.4


def tells_a_story(reading: Reading) -> bool:
    """Whether at least TOLD_SHARE of the sentences of ``reading`` tell a past event."""
    return len(told_sentences(reading)) >= TOLD_SHARE * max(1, len(reading.sentences))


def _told(reading: Reading) -> frozenset[int]:
    text, low = reading.text, reading.lowered
    out = set()
    # A story told in the present runs from its anchor until the candidate plans, through the
    # paragraphs that move its time-line on (one that does not is left out, not the end of it).
    started = story = False
    for i, s in enumerate(reading.sentences):
        ahead = PLAN_VOICE.search(text, low, s.start, s.end)
        if ahead and not (story and SAID_BEFORE.search(text, low, s.start, ahead.start())):
            started = story = False
        elif HISTORIC_PRESENT.search(text, low, s.start, s.end):
            started = story = True
        elif started and reading.opens_paragraph(i):
            story = _moves_on(reading, i)
        if len(text[s.start:s.end].split()) < MIN_WORDS:
            continue
        if (story or NARRATED.search(text, low, s.start, s.end) or NAMED_PAST.search(text, s.start, s.end)) \
                and not LOOKS_AHEAD.search(text, low, s.start, s.end):
            out.add(i)
    return frozenset(out)


def _moves_on(reading: Reading, i: int) -> bool:
    """Whether the paragraph opening at sentence ``i`` carries a story on (STORY_ADVANCES), or names
    its time again, or tells what someone named did."""
    text, low = reading.text, reading.lowered
    while i + 1 < len(reading.sentences) and len(text[reading.sentences[i].start:reading.sentences[i].end].split()) < MIN_WORDS \
            and not reading.opens_paragraph(i + 1):
        i += 1  # ("Dr." or "October." say too little to decide)
    s = reading.sentences[i]
    return bool(STORY_ADVANCES.search(text, low, s.start, s.end) or HISTORIC_PRESENT.search(text, low, s.start, s.end)
                or NAMED_PAST.search(text, s.start, s.end))


# A story the answer takes up as its plan for this case, with the plan's own figures: "Here I
# would run the same sequence, squeezed into the quarter: threshold in weeks 1-2, silent run weeks
# 3-10". The story is its precedent, not a way round planning.
_ADOPTS = regex_cache.compile(
    r"\b(?:I|we)(?:'d|\s+would|'ll|\s+will)\s+(?:run|do|use|follow|repeat|apply|take|reuse)\s+(?:exactly\s+)?(?:the\s+)?(?:same|that|this|these|those)\s+"
    # (counted: "Here I'd do the same three things, faster: ... in week one, ... by month two")
    r"(?:(?:two|three|four|five|\d)\s+)?(?:sequence|approach|playbook|steps|plan|process|order|path|pattern|things|moves|changes|fixes|lessons)\b", re.IGNORECASE)

# Figures the adopting sentence must set out after taking the story up ("weeks 1-2 ... week 11").
MIN_PLAN_FIGURES = 2


def adopts_story(reading: Reading) -> bool:
    """Whether the answer takes its story up as the plan here, naming figures where it does (see _ADOPTS)."""
    text, low = reading.text, reading.lowered
    for s in reading.sentences:
        # (the figures are the plan's own, set out where it is taken up: "same playbook, same war room"
        # takes nothing up, and the case's own figures in the next sentence are the question's)
        m = _ADOPTS.search(text, s.start, s.end)
        if m and sum(1 for _ in QUANTITY.finditer(text, low, m.end(), s.end)) >= MIN_PLAN_FIGURES:
            return True
    return False
