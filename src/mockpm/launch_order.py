"""A dated schedule that launches to everyone first and gathers the evidence the launch needed afterwards.

"Month 3: go-live of all three outputs. Month 3-4: the per-vendor analysis ... and we set the
confidence cut-offs from those results. Month 5: pre-submission meeting with FDA." Each step is
one a committee wants; in this order the validation, the subgroup split, the thresholds and the
regulatory read inform nothing, because the decision they were for is already made. Only dated
schedules are read (slot headings: day, week, sprint, month, quarter; or numbered steps), only steps that belong
before a launch count (not monitoring, which belongs after it), and only when the answer never
names that step before the launch: a plan that validates, then goes live, then validates the next
wave keeps its order.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.passages import Reading
from mockpm.schedule_gates import slots

# A launch to the people it is for (a silent, hidden or shadow run is not one).
_LAUNCH = regex_cache.compile(
    r"\b(?:go(?:es|ing)?[\s-]live|go-lives?|launch(?:es|ed|ing)?|ship\s+(?:it|call|date)|ship(?:s|ped|ping)?\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:to|across)|"
    r"release\s+(?:it\s+)?(?:for|to)\s+all|"
    r"roll(?:s|ing)?\s+(?:it\s+)?out\s+(?:to|across)|(?:turn|switch)(?:s|ed|ing)?\s+(?:it|them|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+on|"
    r"(?:turn|switch)(?:s|ed|ing)?\s+on\s+(?:the|our)\s)\b",
    re.IGNORECASE)
# ... to everyone at once (a first ward live and the next wards validated first is a phased plan).
_EVERYONE = regex_cache.compile(
    r"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?(?:[\w-]+\s+){0,2}?(?:wards?|units?|sites?|clinics?|"
    r"hospitals?|outputs?|features?|pods?|practices?|members?|patients?|users?|states?|locations?)\b|\b(?:hospital|house|system|network|enterprise)-?wide\b|"
    r"\beverywhere\b", re.IGNORECASE)
# A launch named as the gate's far side is no launch: "a clear answer before go-live".
_GATED = regex_cache.compile(r"\b(?:before|until|prior\s+to|without|ahead\s+of|after|pre)[\s-]+(?:the\s+|any\s+|a\s+)?$", re.IGNORECASE)
_NOT_LIVE = regex_cache.compile(r"\b(?:silent\w*|shadow\w*|background|hidden|dark|dry[\s-]run|sandbox|test\s+environment)\b", re.IGNORECASE)
# Steps whose findings a launch decision needs, by kind; a sentence about watching a live product
# (monitoring, tracking, a cadence) is aftercare, not the evidence.
EVIDENCE = {
    "validation": regex_cache.compile(r"\b(?:validat\w*|evaluation|the\s+study|chart\s+review|adjudicat\w*)\b", re.IGNORECASE),
    # (a run kept out of sight, not a member who went quiet: "anyone silent for 10 days")
    "silent run": regex_cache.compile(
        r"\b(?:silent[\s-]+(?:mode|run|period|pilot|phase|weeks?|months?|trial|scoring|benchmark\w*)|(?:run|runs|running|score|scores|scoring)\s+(?:it\s+|them\s+)?silently|"
        r"shadow\s+(?:mode|run|comparison|period))\b", re.IGNORECASE),
    "baseline": regex_cache.compile(r"\bbaselines?\b", re.IGNORECASE),
    "thresholds": regex_cache.compile(
        r"\b(?:set|decide|agree|choose|pick)\w*\s+(?:\w+\s+){0,4}?(?:thresholds?|cut-?offs?|operating\s+points?|stop\s+rules?)\b|"
        r"\b(?:thresholds?|cut-?offs?)\s+(?:are\s+|get\s+)?(?:set|decided|agreed)\b", re.IGNORECASE),
    "subgroups": regex_cache.compile(r"\b(?:subgroups?|per-vendor|stratif\w*|broken\s+out\s+by|split\s+\w+\s+by|by\s+(?:age|sex|race|vendor|scanner))\b", re.IGNORECASE),
    "regulatory read": regex_cache.compile(r"\b(?:pre-?sub\w*|FDA|device\s+(?:status|question|position)|non-device)\b", re.IGNORECASE),
    # what the people who will use it and live with it say, heard before the design is fixed
    "discovery": regex_cache.compile(
        r"\b(?:shadow(?:ing|ed)|interview\w*|home\s+visits?|discovery|listening\s+(?:tour|sessions?)|clinician\s+input|"
        r"advisory\s+(?:council|board|group)|(?:sit|sat|sitting)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:nurses|clinicians|physicians|staff|users|members|patients))\b",
        re.IGNORECASE),
}
_AFTERCARE = regex_cache.compile(r"\b(?:monitor\w*|track\w*|ongoing|continu\w*|every\s+(?:week|month|quarter)|weekly|monthly|quarterly|drift|audit\w*)\b", re.IGNORECASE)
# Kinds of evidence put after the launch, none of them named before it, for the order to count.
MIN_KINDS_AFTER = 2


_ORDINAL = regex_cache.compile(r"(?:^|\n)[ \t#*_>•-]*(?:step|phase|stage)\s*(\d{1,2})\b", re.IGNORECASE)


def _day_of(heads: list[tuple[int, int]], pos: int) -> int | None:
    return max((day for at, day in heads if at <= pos), default=None)


def evidence_after_launch(reading: Reading) -> list[str]:
    """The kinds of pre-launch evidence a dated schedule gathers only after its first launch."""
    text = reading.text
    # (numbered steps are an order too: "Step 2, deploy. ... Step 4, silent-mode benchmarking.")
    heads = slots(text) or [(m.start(), int(m.group(1))) for m in _ORDINAL.finditer(text)]
    if len(heads) < 2:
        return []
    days = [_day_of(heads, s.start) for s in reading.sentences]
    launch = None
    for s, day in zip(reading.sentences, days):
        m = _LAUNCH.search(text, s.start, s.end)
        if (day is not None and m and not _NOT_LIVE.search(text, s.start, s.end) and _EVERYONE.search(text, s.start, s.end)
                and not _GATED.search(text, max(s.start, m.start() - 14), m.start())
                and reading.stance(m.start(), m.end()) in st.COMMITTED):
            launch = (s.start, day)
            break
    if launch is None:
        return []
    at, launch_day = launch
    late = []
    for kind, pattern in EVIDENCE.items():
        if pattern.search(text, 0, at):
            continue  # named before the launch: the plan gathers it first
        for s, day in zip(reading.sentences, days):
            if s.start <= at:
                continue
            m = pattern.search(text, s.start, s.end)
            if (m and day is not None and day >= launch_day and not _AFTERCARE.search(text, s.start, s.end)
                    and reading.stance(m.start(), m.end()) in st.COMMITTED):
                late.append(kind)
                break
    return late if len(late) >= MIN_KINDS_AFTER else []
