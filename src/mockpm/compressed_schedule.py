"""A whole launch laid out day by day: the right steps, each given an afternoon.

"Tuesday afternoon: clinical validation; if the correlation looks good by 5pm, it's validated",
"Friday: 5% of users at 9am ... 100% by 5pm". Every step a careful team takes is named, and none
could be done in the slot it is given. A committee hears a plan that does not know what the steps
involve. Only a schedule whose headings are days (three or more, and no week, month or quarter
headings beside them) is read, and a step counts only when the slot says it is done: validation
finished, a regulator's sign-off had, everyone switched on. A first week of meetings
inside a longer plan ("Monday: shadow triage") names none of these.
"""

from __future__ import annotations

import re

from mockpm import regex_cache

_DAY_HEADING = regex_cache.compile(
    r"^[ \t>*#_-]*(?:\*\*|__)?[ \t]*(monday|tuesday|wednesday|thursday|friday|saturday|sunday|day[ \t]*[1-7]\b|"
    r"day[ \t]+(?:one|two|three|four|five|six|seven)\b)",
    re.IGNORECASE | re.MULTILINE)
# Headings a longer plan is dated in: a day-by-day first week inside it is a start, not the plan
# ("Phase 1 (this week):" dates nothing longer).
_LONGER_HEADING = regex_cache.compile(
    r"^[ \t>*#_-]*(?:\*\*|__)?[ \t]*(?:weeks?|wks?|months?|quarters?|q|sprint)[ \t-]*(?:\d|one|two|three|four)",
    re.IGNORECASE | re.MULTILINE)
MIN_DAYS = 3
_EVERYONE = (r"(?:\b100\s?%|\b(?:everyone|everybody|all\s+(?:users|members|patients|ACOs|sites|wards|clinics|nurses|customers|"
             r"hospitals|practices)))")
_LIVE = r"(?:live|go(?:es)?[\s-]live|launch\w*|roll\w*[\s-]?out|switch\w*\s+on|turn\w*\s+on|flag\s+goes\s+on|enabled?|released?)"
# What a slot says is done, one kind of step each: validation said finished (not "which suggestions
# they validated"), a regulator's sign-off had (not compliance confirming what a clearance
# covers), everyone switched on (not "a listening session open to all nurses", "everyone completes
# a 20-minute training").
DONE_STEPS: dict[str, re.Pattern[str]] = {
    "validation": regex_cache.compile(
        r"\b(?:(?:it's|it\s+is|we're|we\s+are|(?:model|tool|change|migration)\s+is|(?:is|are)\s+(?:fully\s+)?)\s*validated|"
        r"validation\s+(?:is\s+)?(?:done|complete\w*|finished|signed\s+off|passed))\b", re.IGNORECASE),
    "approval": regex_cache.compile(
        r"\b(?:FDA|regulators?|CMS|IRB|ethics\s+committee|notified\s+body)\b[^.\n]{0,60}?\b(?:sign(?:s|ed)?[\s-]off|approv(?:es|ed|al)|clears?\b|cleared|grants?)|"
        r"\b(?:sign-?off|approval|clearance)\s+(?:on|of|from|for)\s+(?:the\s+)?(?:FDA|pathway|regulators?|CMS|IRB)\b",
        re.IGNORECASE),
    "everyone live": regex_cache.compile(
        rf"(?:{_EVERYONE}|\bfull\s+rollout)[^.\n]{{0,60}}?\b{_LIVE}\b|\b{_LIVE}\b[^.\n]{{0,60}}?{_EVERYONE}|"
        rf"\bfull\s+rollout\b|\b100\s?%\s+(?:by|at)\s+\d|\beveryone\s+(?:by|at)\s+\d",
        re.IGNORECASE),
}


def _slots(heads: list[int], text: str) -> list[tuple[int, int]]:
    """(start, end) of each day slot: from its heading to the next, the last to its paragraph's end."""
    line_end = text.find("\n", heads[-1])
    close = text.find("\n\n", line_end if line_end >= 0 else heads[-1])
    last_end = len(text) if close < 0 or line_end < 0 else close
    return list(zip(heads, [*heads[1:], last_end]))


def done_in_days(text: str) -> list[tuple[str, int, int]]:
    """(step, start, end) of each kind of step a day-by-day schedule says is done within its days;
    empty when the answer's schedule is not laid out in days."""
    headings = list(_DAY_HEADING.finditer(text))
    if len({m.group(1).lower().replace(" ", "") for m in headings}) < MIN_DAYS or _LONGER_HEADING.search(text):
        return []
    slots = _slots([m.start() for m in headings], text)
    found = []
    for name, pattern in DONE_STEPS.items():
        hit = next((m for a, b in slots for m in pattern.finditer(text, a, b)), None)
        if hit is not None:
            found.append((name, hit.start(), hit.end()))
    return found
