"""A gate held for a length of time, and a go-live date that comes before that length is up.

"No hospital goes live until we've run silently on its own patients for at least six weeks" and,
later, "our promise is live within 30 days of signature"; "we will not show a single alert until
the model has run silently for the entire quarter" and a schedule with "Week 4: go live on the
pilot wards". Each half is a sensible sentence; together the date breaks the gate, and the answer
never notices. Only gates over the whole launch are read: one scoped to a later wave ("no site
beyond the pilot goes live until ...") is kept by a pilot that opens early. The gate's clock
starts when the schedule starts the silent run ("Week 5: silent run starts"), else on day one.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.passages import Reading
from mockpm.schedule_gates import DENIED, slot_units
from mockpm.substance_lexicon import number_value
from mockpm.timeline import DAYS

_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)"
# The gate: exposure denied until (before) a condition, in one clause.
_GATE = regex_cache.compile(
    DENIED + r"(?P<step>[^.;:\n]{3,120}?)"
    r"\b(?:until|before|prior\s+to|through(?=\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:day|week|month|quarter)s?\b))\b(?P<condition>[^.;\n]{4,160})", re.IGNORECASE)
# The running that holds exposure back, as the subject of a gate said from its side.
_RUNNER = r"(?:silent\w*|shadow\w*|background|quiet\w*|pilot\w*)"
# ... or said from the running's side: "the silent run covers the full quarter before any alert is
# shown to anyone", "shadow mode runs eight weeks before a single nurse sees a score".
_RUN_BEFORE = regex_cache.compile(
    rf"\b{_RUNNER}\b[^.;:\n]{{0,60}}?\b(?:covers|runs|lasts|continues|goes\s+on)\s+(?:for\s+)?"
    r"(?P<length>[^.;:\n]{3,40}?)\s+before\s+(?:any|a\s+single|the\s+first|anything|an?)\s+(?P<step>[^.;\n]{3,80})", re.IGNORECASE)
# ... or as the running's own span and then the exposure: "Shadow scoring gets a full quarter to
# itself; only after that does a nurse see an alert".
_RUN_THEN = regex_cache.compile(
    rf"\b{_RUNNER}\b[^.;:\n]{{0,60}}?\b(?:gets|takes|has|needs|lasts|runs)\s+(?:for\s+)?"
    r"(?P<length>[^.;:\n]{3,70}?)\s*[;,.]?\s+only\s+(?:after|once|then|when)\s+(?:that|it|this)\b(?P<step>[^.;\n]{3,80})", re.IGNORECASE)
# ... or the running's length first: "We'll run a three-month silent period on live data before
# anyone sees an alert".
_SPAN_BEFORE = regex_cache.compile(
    rf"\b(?:a\s+|an\s+)?(?:full\s+)?(?P<length>{_NUMBER}[\s-](?:day|week|month|quarter)s?)\s+(?:of\s+)?{_RUNNER}\b[^.;:\n]{{0,60}}?"
    r"\bbefore\s+(?:any|anyone|anybody|a\s+single|the\s+first|an?)\b(?P<step>[^.;\n]{3,80})", re.IGNORECASE)
# ... or the running kept out of sight for its length: "Before go-live: shadow mode for 90 days on
# all adult inpatients, invisible to clinicians".
_HIDDEN_SPAN = regex_cache.compile(
    rf"\b{_RUNNER}\b[^.;:\n]{{0,30}}?\bfor\s+(?:at\s+least\s+|a\s+full\s+|the\s+first\s+)?(?P<length>{_NUMBER}\s+(?:day|week|month|quarter)s?)\b[^.;\n]{{0,80}}?"
    r"\b(?P<step>(?:invisible|hidden|not\s+shown|unseen)\s+(?:to|from)\s+(?:the\s+)?(?:clinicians|nurses|physicians|doctors|staff|patients|users|members))\b", re.IGNORECASE)
# Every way of saying the running comes before exposure, each with its length and the step held back.
_RUN_GATES = (_RUN_BEFORE, _RUN_THEN, _SPAN_BEFORE, _HIDDEN_SPAN)
# What the gate holds back: patients or clinicians exposed, or the launch itself.
_EXPOSURE = regex_cache.compile(
    r"\b(?:go(?:es|ing)?[\s-]live|live|launch\w*|alerts?|flags?|clinicians?|nurses?|physicians?|doctors?|patients?|users?|members?)\b",
    re.IGNORECASE)
# A gate on a later wave only: "no site beyond the pilot", "no further wards", "before expanding".
_LATER_WAVE = regex_cache.compile(
    r"\b(?:beyond|further|additional|other|next|second|remaining|rest|more|new|expan\w*|wider|widen\w*|scal\w*|outside)\b", re.IGNORECASE)
# The length of the running the condition asks for: "for at least six weeks", "for the entire
# quarter", "eight weeks of silent running", "six weeks' silent running", "a full quarter of
# shadow mode" (not the data it reads: "12 months of our own retrospective encounters").
_RUNNING = r"(?:silent\w*|shadow\w*|background|quiet\w*|live\s+\w+|running|pilot\w*|monitoring)"
_LENGTH = regex_cache.compile(
    rf"\bfor\s+(?:at\s+least\s+|a\s+(?:full|whole)\s+|the\s+(?:entire|whole|full|first)\s+|about\s+|roughly\s+|around\s+)?(?P<n>{_NUMBER})?\s*"
    rf"(?P<unit>day|week|month|quarter)s?\b|"
    rf"\b(?:(?P<n2>{_NUMBER})(?:[\s-]|\s+(?:full|whole)\s+)|(?:a|the)\s+(?:full|whole|entire)\s+)(?P<unit2>day|week|month|quarter)s?(?:'|’)?\s+(?:of\s+)?{_RUNNING}|"
    # ... or that running named again by its length: "until that 12-week window is done"
    rf"\b(?:that|this|the)\s+(?P<n3>{_NUMBER})[\s-](?P<unit3>day|week|month)s?\s+(?:window|period|run|phase|{_RUNNING})\b",
    re.IGNORECASE)
# A go-live date said as a span from now or from signature: "live within 30 days of signature",
# "go live for nurses on every adult ward within three weeks", "using it 30 days after signature".
_LIVE = (r"(?:go(?:es|ing)?[\s-]live|go-live|live|launch\w*|roll\w*\s+(?:it\s+)?out|switch\w*\s+(?:\w+\s+)?on|turn\w*\s+(?:\w+\s+)?on|using\s+it|use\s+it|"
         r"(?:start|begin)\w*\s+(?:getting|receiving|seeing)\s+(?:the\s+)?alerts?)")
_DEADLINE = regex_cache.compile(
    rf"\b{_LIVE}\b[^.;\n]{{0,80}}?\b(?:(?:within|in)\s+(?:the\s+first\s+)?(?P<n>{_NUMBER})\s+(?P<unit>day|week|month)s?\b(?!\s+(?:later|earlier|ago|after\s+(?!signature|signing|contract)))|"
    rf"(?P<n2>{_NUMBER})\s+(?P<unit2>day|week|month)s?\s+(?:after|from|of)\s+(?:the\s+)?(?:signature|signing|contract|kick-?off|today|now)|"
    rf"(?:by|in|from|at\s+the\s+end\s+of)\s+(?P<unit3>week|month)\s+(?P<n3>{_NUMBER})\b)", re.IGNORECASE)
# What going live means in a dated line: patients or clinicians see it (not a silent start, a test
# environment, or a date counted from the gate's own end).
_GOES_LIVE = regex_cache.compile(
    r"\b(?:go(?:es|ing)?[\s-]live|go-live|goes\s+to\s+(?:the\s+)?(?:wards?|clinicians|nurses|patients)|launch\w*|"
    r"(?:switch|turn)\w*\s+(?:the\s+)?alerts?\s+on|alerts?\s+(?:are\s+|get\s+)?(?:switched|turned)\s+on|"
    # ... or clinicians start getting them: "alerts go to bedside nurses", "nurses start receiving alerts"
    r"alerts?\s+(?:go|goes|are\s+sent|fire)\s+to\s+(?:the\s+)?(?:bedside\s+|ward\s+)?(?:nurses|clinicians|physicians|doctors|wards?)|"
    r"(?:start|starts|begin|begins)\s+(?:receiving|getting|seeing)\s+(?:the\s+)?alerts?)\b", re.IGNORECASE)
# A silent run said to go on beside the launch does not make the launch silent: "go-live in week
# four, with the silent period running in parallel".
_ALONGSIDE = regex_cache.compile(
    r"\b(?:silent|shadow)\w*\s+(?:\w+\s+){0,2}?(?:running|runs|run|continu\w+|going)\s+(?:in\s+parallel|alongside|at\s+the\s+same\s+time|concurrently)\b",
    re.IGNORECASE)
_NOT_LIVE = regex_cache.compile(
    r"\b(?:silent\w*|shadow\w*|background|dark|sandbox|staging|test\s+environment|after(?!\s+(?:the\s+)?(?:signature|signing|contract|kick-?off))|once|following|decision|decide|readiness|if|"
    # (the plumbing going live exposes no one: "Week 4: the EHR integration goes live")
    r"integration|interfaces?|feeds?|pipelines?|infrastructure|environment|back-?end|API|usually|typically|often)\b",
    re.IGNORECASE)
# A schedule line that starts the running the gate counts: "Week 5: silent run starts".
_STARTS_RUNNING = regex_cache.compile(rf"\b{_RUNNING}\b[^\n]{{0,60}}?\b(?:start|starts|begin|begins|kicks?\s+off|on)\b|\b(?:start|begin)\w*\s+(?:the\s+)?{_RUNNING}", re.IGNORECASE)
QUALIFIER_CHARS = 40
_PLANNED_RUN = regex_cache.compile(
    rf"\b(?:I'd|I\s+would|we'd|we\s+would|we'll|we\s+will|I'll|I\s+will)\s+(?:\w+\s+){{0,3}}?(?:a\s+|the\s+)?(?:full\s+)?{_NUMBER}[\s-](?:day|week|month)s?\s+{_RUNNING}",
    re.IGNORECASE)


def _days(count: str | None, unit: str) -> float:
    n = 1 if count is None else number_value(count) or 0
    return n * DAYS[unit.lower()]


def _span_days(m: re.Match[str]) -> float:
    """The days a _LENGTH or _DEADLINE match names, whichever of its alternatives matched."""
    k = next(k for k in ("", "2", "3") if m.group(f"unit{k}"))
    return _days(m.group(f"n{k}"), m.group(f"unit{k}"))


def _gate_days(m: re.Match[str], text: str) -> float:
    length = _LENGTH.search(m.group("condition"))
    if length is None:
        return 0.0
    if length.group("unit3") and not _PLANNED_RUN.search(text, 0, m.start()):
        return 0.0  # "until that 10-week window is done" counts only a running the answer itself plans
    return _span_days(length)


def gate_outlasts_deadline(reading: Reading) -> bool:
    """Whether the answer holds its launch behind a condition that takes longer than the date it
    commits to going live by."""
    text = reading.text
    gate = 0.0
    for m in _GATE.finditer(text):
        if reading.stance(m.start(), m.start() + 1) in st.NOT_THEIRS or _LATER_WAVE.search(m.group("step")):
            continue
        if _EXPOSURE.search(m.group("step")):
            gate = max(gate, _gate_days(m, text))
    for m in (m for pattern in _RUN_GATES for m in pattern.finditer(text)):
        length = _LENGTH.search("for " + m.group("length").replace("-", " "))
        if (length is not None and _EXPOSURE.search(m.group("step")) and not _LATER_WAVE.search(m.group("step"))
                and reading.stance(m.start(), m.end()) in st.COMMITTED):
            gate = max(gate, _span_days(length))
    if not gate:
        return False
    lines = _dated_lines(text)
    start = min((first for _, first, _, line in lines if _STARTS_RUNNING.search(line) and not _GOES_LIVE.search(line)), default=0)
    return any(day < start + gate for day in _live_dates(reading, lines))


def _dated_lines(text: str) -> list[tuple[int, int, int, str]]:
    """(offset, first day, last day, line) of each schedule line with a slot heading."""
    out = []
    for at, day, unit in slot_units(text):
        end = text.find("\n", at + 1)
        out.append((at, day - unit, day, text[at:end if end > 0 else len(text)]))
    return out


def _live_dates(reading: Reading, lines: list[tuple[int, int, int, str]]) -> list[float]:
    """The days by which the answer commits to going live, from spans and from dated lines."""
    text = reading.text
    out = []
    for m in _DEADLINE.finditer(text):
        s = reading.sentences[reading.sentence_index(m.start())]
        # (what qualifies the date stands next to it: "weeks 1-2 integration, then go-live in week 6" exposes patients in week 6)
        # (to the end of its clause: "... from week five; the shadow comparison reports later" is live from week five)
        clause = text.find(";", m.end(), s.end)
        qualifier = _ALONGSIDE.sub(" ", text[max(s.start, m.start() - QUALIFIER_CHARS):clause if clause >= 0 else s.end])
        if _NOT_LIVE.search(qualifier) or reading.stance(m.start(), m.end()) not in st.COMMITTED:
            continue
        out.append(_span_days(m))
    for at, _, day, line in lines:
        live = _GOES_LIVE.search(line)
        # (what qualifies it comes before the word or just after: "Week 8: go/no-go decision to launch",
        # "go live after the silent review"; not "so we have data for the launch decision")
        if live is not None and not _NOT_LIVE.search(line, 0, live.end() + QUALIFIER_CHARS) \
                and reading.stance(at + live.start(), at + live.end()) in st.COMMITTED:
            out.append(day)
    return out
