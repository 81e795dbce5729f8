"""A gate held for a length of time, and a go-live date that comes before that length is up.

"No hospital goes live until we've run silently on its own patients for at least six weeks" and,
later, "our promise is live within 30 days of signature"; "we will not show a single alert until
the model has run silently for the entire quarter" and a schedule with "Week 4: go live on the
pilot wards". Each half is a sensible sentence; together the date breaks the gate, and the answer
never notices. Only gates over the whole launch are read: one scoped to a later wave ("no site
beyond the pilot goes live until ...") is kept by a pilot that opens early.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.passages import Reading
from mockpm.schedule_gates import slots
from mockpm.substance_lexicon import number_value
from mockpm.timeline import DAYS

_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# The gate: exposure denied until (before) a condition, in one clause.
_GATE = regex_cache.compile(
    r"\b(?:no|nothing|nobody|never|not|don't|doesn't|won't|will\s+not|does\s+not|do\s+not)\b(?P<step>[^.;:\n]{3,120}?)"
    r"\b(?:until|before)\b(?P<condition>[^.;\n]{4,160})", re.IGNORECASE)
# What the gate holds back: patients or clinicians exposed, or the launch itself.
_EXPOSURE = regex_cache.compile(
    r"\b(?:go(?:es|ing)?[\s-]live|live|launch\w*|alerts?|flags?|clinicians?|nurses?|physicians?|doctors?|patients?|users?|members?)\b",
    re.IGNORECASE)
# A gate on a later wave only: "no site beyond the pilot", "no further wards", "before expanding".
_LATER_WAVE = regex_cache.compile(
    r"\b(?:beyond|further|additional|other|next|second|remaining|rest|more|new|expan\w*|wider|widen\w*|scal\w*|outside)\b", re.IGNORECASE)
# The length the condition takes: "for at least six weeks", "for the entire quarter", "eight weeks of silent running".
_LENGTH = regex_cache.compile(
    rf"\bfor\s+(?:at\s+least\s+|a\s+(?:full|whole)\s+|the\s+(?:entire|whole|full|first)\s+|about\s+|roughly\s+|around\s+)?(?P<n>{_NUMBER})?\s*"
    rf"(?P<unit>day|week|month|quarter)s?\b|\b(?P<n2>{_NUMBER})[\s-](?P<unit2>day|week|month)s?\s+of\b", re.IGNORECASE)
# A go-live date said as a span from now or from signature: "live within 30 days of signature", "go live in four weeks".
_DEADLINE = regex_cache.compile(
    rf"\b(?:go(?:es|ing)?[\s-]live|go-live|live|launch\w*|roll\w*\s+(?:it\s+)?out|switch\w*\s+(?:it\s+)?on|turn\w*\s+(?:it\s+)?on)\b[^.;\n]{{0,40}}?"
    rf"\b(?:within|in)\s+(?:the\s+first\s+)?(?P<n>{_NUMBER})\s+(?P<unit>day|week|month)s?\b(?!\s+(?:later|earlier|ago|after))", re.IGNORECASE)
# What going live means in a dated line: patients or clinicians see it (not a silent start, a test
# environment, or a date counted from the gate's own end).
_GOES_LIVE = regex_cache.compile(r"\b(?:go(?:es|ing)?[\s-]live|go-live|goes\s+to\s+(?:the\s+)?(?:wards?|clinicians|nurses|patients)|launch\w*)\b", re.IGNORECASE)
_NOT_LIVE = regex_cache.compile(
    r"\b(?:silent\w*|shadow\w*|background|dark|sandbox|staging|test\s+environment|after|once|following|decision|decide|readiness|if|"
    # (the plumbing going live exposes no one: "Week 4: the EHR integration goes live")
    r"integration|interfaces?|feeds?|pipelines?|infrastructure|environment|back-?end|API)\b",
    re.IGNORECASE)
QUALIFIER_CHARS = 40


def _days(count: str | None, unit: str) -> float:
    n = 1 if count is None else int(count) if count.isdigit() else number_value(count.lower()) or 0
    return n * DAYS[unit.lower()]


def gate_outlasts_deadline(reading: Reading) -> bool:
    """Whether the answer holds its launch behind a condition that takes longer than the date it
    commits to going live by."""
    text = reading.text
    gate = 0.0
    for m in _GATE.finditer(text):
        if reading.stance(m.start(), m.start() + 1) in st.NOT_THEIRS or _LATER_WAVE.search(m.group("step")):
            continue
        if not _EXPOSURE.search(m.group("step")):
            continue
        length = _LENGTH.search(m.group("condition"))
        if length is not None:
            gate = max(gate, _days(length.group("n"), length.group("unit")) if length.group("unit")
                       else _days(length.group("n2"), length.group("unit2")))
    if not gate:
        return False
    return any(day < gate for day in _live_dates(reading))


def _live_dates(reading: Reading) -> list[float]:
    """The days by which the answer commits to going live, from spans and from dated lines."""
    text = reading.text
    out = []
    for m in _DEADLINE.finditer(text):
        s = reading.sentences[reading.sentence_index(m.start())]
        if not _NOT_LIVE.search(text, s.start, s.end) and reading.stance(m.start(), m.end()) in st.COMMITTED:
            out.append(_days(m.group("n"), m.group("unit")))
    for at, day in slots(text):
        end = text.find("\n", at + 1)
        line = text[at:end if end > 0 else len(text)]
        live = _GOES_LIVE.search(line)
        # (what qualifies it comes before the word or just after: "Week 8: go/no-go decision to launch",
        # "go live after the silent review"; not "so we have data for the launch decision")
        if live is not None and not _NOT_LIVE.search(line, 0, live.end() + QUALIFIER_CHARS) \
                and reading.stance(at + live.start(), at + live.end()) in st.COMMITTED:
            out.append(day)
    return out
