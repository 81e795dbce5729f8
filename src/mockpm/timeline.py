"""A deadline the answer commits to and steps that cannot fit inside it.

"My goal is to go live on the date, two weeks from now" followed by a week of shadowing, a
three-sprint rebuild and a two-week pilot before go-live: each step is sensible, together they
take two months, and the answer never notices. Committees hear a plan at odds with its own date.
Only short windows (a few weeks) the candidate commits to finishing in are read, and only step
durations several times past them count, so a plan that runs a little long is not flagged.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.passages import Reading
from mockpm.substance_lexicon import number_value

_NUMBER = r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# Days in each unit a plan is dated in (the short forms and quarters for schedule headings).
DAYS = {"day": 1, "week": 7, "wk": 7, "sprint": 14, "month": 30, "mo": 30, "quarter": 91, "q": 91}
# The candidate's own deadline: going live (shipping, launching) within a few weeks. "3 weeks
# later" tells a story ("shipped the integration on time, swapped the model in 3 weeks later").
_WINDOW = regex_cache.compile(
    rf"\b(?:go(?:ing)?\s+live|go-live|launch\w*|ship\w*|roll\w*\s+(?:it\s+|this\s+)?out|deploy\w*|target\w*\s+(?:all|every|the\s+(?:full|whole))\b)\b[^.;\n]{{0,60}}?"
    rf"\b(?:(?:in|within|inside|over\s+the\s+next)\s+(?:the\s+next\s+)?{_NUMBER}\s+(week)s?\b(?!\s+(?:later|earlier|ago))|{_NUMBER}\s+(week)s?\s+from\s+now\b)",
    re.IGNORECASE,
)
# A step with its own length: "a two-week pilot", "three sprints", "for a full week", "over 6 weeks".
_STEP = regex_cache.compile(
    rf"\b(?:(?:for|over|takes?|taking|estimates?|spend\w*)\s+(?:a\s+full\s+|the\s+|about\s+|roughly\s+|around\s+)?{_NUMBER}\s+(day|week|month|sprint)s?\b|"
    rf"{_NUMBER}-(day|week|month)\b|{_NUMBER}\s+(sprint)s\b)",
    re.IGNORECASE,
)
# "we shipped within 3 weeks of signing" tells what happened, not what the plan commits to.
_TOLD = regex_cache.compile(r"\b(?:we|I|they)\s+(?:\w+\s+)?(?:went\s+live|launched|shipped|rolled\s+(?:it\s+)?out|deployed)\b", re.IGNORECASE)
# Steps in parallel, recurring or after go-live do not add up before it.
_NOT_SEQUENTIAL = regex_cache.compile(
    r"\b(?:in\s+parallel|parallel|meanwhile|at\s+the\s+same\s+time|alongside|concurrently|after\s+(?:go-?live|launch)|"
    r"post-?launch|every|each|per|a\s+(?:day|week|month)\s+for|weekly|monthly|ongoing|first\s+(?:week|month|\d+\s+days)\s+(?:after|of\s+go-?live)|"
    r"at-the-elbow|hypercare|support)\b",
    re.IGNORECASE,
)
# Steps this many times the window's length no longer fit it by any reading.
OVERRUN = 2.5
MAX_WINDOW_DAYS = 42


def overruns(reading: Reading) -> bool:
    """Whether the answer commits to a short go-live window and lists steps several times longer."""
    text = reading.text
    window = None
    window_sentence = -1
    for m in _WINDOW.finditer(text):
        count = m.group(1) or m.group(3)
        unit = m.group(2) or m.group(4)
        i = reading.sentence_index(m.start())
        if reading.stance(m.start(), m.end()) not in st.COMMITTED or _TOLD.search(text, max(reading.sentences[i].start, m.start() - 30), m.end()):
            continue
        days = (number_value(count.lower()) or 0) * DAYS[unit.lower()]
        if 0 < days <= MAX_WINDOW_DAYS and (window is None or days < window):
            window, window_sentence = days, i
    if window is None:
        return False
    total = 0.0
    for m in _STEP.finditer(text):
        i = reading.sentence_index(m.start())
        s = reading.sentences[i]
        if i == window_sentence or _NOT_SEQUENTIAL.search(text, s.start, s.end):
            continue
        if reading.stance(m.start(), m.end()) not in st.COMMITTED:
            continue
        count, unit = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        total += (number_value(count.lower()) or 0) * DAYS[unit.lower()]
    return total >= OVERRUN * window
