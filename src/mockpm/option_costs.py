"""An option named by its consequences: "Going live as-is -> slower triage, override fatigue".

A move said as a gerund at the head of its sentence, then what it leads to ("->", "means",
"would mean", "leads to", "results in"), and that consequence a harm or failure, is an option
the candidate weighs and finds wanting, the way terse notes write "X -> bad". It is no red flag
of the plan. A consequence that is no harm ("Starting on one ward means we learn fast") leaves
the move where it was.
"""

from __future__ import annotations

import re

from mockpm import regex_cache

_OPENS = regex_cache.compile(r"(?:^|[.!?:;]\s+|\n)[\s*_>•-]*$")
_LEADS_TO = regex_cache.compile(
    r"[\s,]*(?:[\w'%+/.-]+\s+){0,6}?(?:->|→|=>|means|would\s+mean|leads?\s+to|would\s+lead\s+to|results?\s+in|would\s+result\s+in)\s",
    re.IGNORECASE)
_HARM = regex_cache.compile(
    r"[^.;!?\n]*?\b(?:risk\w*|harm\w*|unsafe|fail\w*|fatigue|slower|worse|backlash|mistakes?|disaster|dead\s+on\s+arrival|"
    r"errors?|miss(?:es|ed)?|abandon\w*|revolt|distrust|burnout|overload\w*|lose|losing|lost|breaks?|broken)\b",
    re.IGNORECASE)


def weighed_as_harm(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` open their sentence as a gerund that leads to a harm."""
    first = text[start:end].split(" ", 1)[0].lower()
    if not first.endswith("ing") or _OPENS.search(text, max(0, start - 6), start) is None:
        return False
    led = _LEADS_TO.match(text, end)
    return led is not None and _HARM.match(text, led.end()) is not None
