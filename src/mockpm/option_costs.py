"""An option named by its consequences: "Going live as-is -> slower triage, override fatigue".

A move said as a gerund at the head of its sentence, then what it leads to ("->", "means",
"would mean", "leads to", "results in"), and that consequence a harm or failure, is an option
the candidate weighs and finds wanting, the way terse notes write "X -> bad". It is no red flag
of the plan. A consequence that is no harm ("Starting on one ward means we learn fast"), or a
harm the sentence goes on to accept ("Skipping silent mode means we lose a month of data, but
we hit the date"), leaves the move where it was. A move supposed at the head of its sentence and
followed by its cost is weighed the same way: "If we merge now, users gain nothing and the
submission is at risk." So is a move said as what any such thing would do, then what it can
cost: "A text that names the reason for the visit can tell a husband something the patient never
chose to share" describes the risk the plan is built around (ConText's hypothetical: a generic
subject with a modal is no assertion), and so is what tends to happen once it is done ("Once text is
pre-filled into a report, it tends to get signed").
"""

from __future__ import annotations

import re

from mockpm import regex_cache

# Where a sentence (or a clause after ";") starts, past any list marker or emphasis.
_HEAD = r"(?:^|[.!?:;]\s+|\n)[\s*_>•-]*"
_OPENS = regex_cache.compile(_HEAD + "$")
_LEADS_TO = regex_cache.compile(
    r"[\s,]*(?:[\w'%+/.-]+\s+){0,6}?(?:->|→|=>|means|would\s+mean|leads?\s+to|would\s+lead\s+to|results?\s+in|would\s+result\s+in)\s",
    re.IGNORECASE)
_HARM = regex_cache.compile(
    r"[^.;!?\n]*?\b(?:risk\w*|harm\w*|unsafe|fail\w*|fatigue|slower|worse|backlash|mistakes?|disaster|dead\s+on\s+arrival|"
    r"errors?|miss(?:es|ed)?|abandon\w*|revolt|distrust|burnout|overload\w*|lose|losing|lost|breaks?|broken|"
    r"reveal\w*|expos(?:e|es|ed|ing)|leak\w*|embarrass\w*|stigma\w*|scares?|frighten\w*|confus(?:e|es|ed|ing)|"
    # someone's choice taken from them: "something the patient never chose to share"
    r"(?:never|not|(?:did|does|do|would|wo)n't)\s+(?:chose|choose|agreed|agree|wanted|want|consented|consent)\s+to)\b",
    re.IGNORECASE)
# A supposition that opens its sentence: "If we merge now, ..."
_IF_OPENS = regex_cache.compile(_HEAD + r"(?:\w+,\s+)?if\s+(?:we|I|you)\b[^,.;:!?\n]*$", re.IGNORECASE)
_THEN = regex_cache.compile(r"[^,.;:!?\n]{0,80}?,\s*(?:then\s+)?")
# A generic subject ("a text that ...", "any reminder which ..."): the words before the move, or
# the move itself, open with an indefinite noun and a relative clause; then a modal and its cost.
_GENERIC_BEFORE = regex_cache.compile(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:(?:that|which)\s+)?$", re.IGNORECASE)
_RELATIVE = regex_cache.compile(r"\b(?:that|which)\b", re.IGNORECASE)
_MODAL = regex_cache.compile(r"[^.;!?\n]{0,120}?\b(?:can|could|may|might)\s", re.IGNORECASE)
# What tends to happen once a thing is done is how it goes wrong, told as a habit of the world:
# "Once text is pre-filled into a report, it tends to get signed."
_ONCE_OPENS = regex_cache.compile(_HEAD + r"(?:\w+,\s+)?(?:once|when|whenever)\s[^,.;:!?\n]*$", re.IGNORECASE)
_TENDS = regex_cache.compile(r"[^.;!?\n]{0,80}?,\s*(?:it|they|that|this|people|clinicians|doctors|radiologists|nurses|users|patients)\s+(?:tends?\s+to|usually|almost\s+always)\b", re.IGNORECASE)
# ... whose consequence is a harm, or nothing gained
_NOTHING = regex_cache.compile(r"[^.;!?\n]*?\b(?:gain|gains|get|gets|win|wins|save|saves)\s+(?:nothing|little|no\s+\w+)\b", re.IGNORECASE)
# ... the cost taken all the same
_ACCEPTED = regex_cache.compile(
    r"[^.;!?\n]*?\b(?:but|though|however|yet|acceptable|worth\s+it|fine|okay|ok|anyway|(?:I|we)(?:'d|'ll|\s+would|\s+will|\s+can)?\s+(?:accept|take|absorb|live\s+with))\b",
    re.IGNORECASE)


def heads_as_gerund(text: str, start: int, end: int, opens: re.Pattern[str] = _OPENS) -> bool:
    """Whether the words at ``start:end`` begin with a gerund right after what ``opens`` reads as the
    head of a sentence (here a clause after ";" too)."""
    return text[start:end].split(" ", 1)[0].lower().endswith("ing") and opens.search(text, max(0, start - 6), start) is not None


def _generic(text: str, start: int, end: int) -> bool:
    before = _GENERIC_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (_RELATIVE.search(before.group()) is not None or _RELATIVE.search(text, start, end) is not None)


def weighed_as_harm(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` open their sentence as a gerund, or in a supposition, or
    name what any such thing would do, and lead to a harm."""
    if _ONCE_OPENS.search(text, max(0, start - 120), start) is not None and _TENDS.match(text, end):
        return True
    if heads_as_gerund(text, start, end):
        led = _LEADS_TO.match(text, end)
    elif _IF_OPENS.search(text, max(0, start - 120), start) is not None:
        led = _THEN.match(text, end)
    elif _generic(text, start, end):
        led = _MODAL.match(text, end)
    else:
        return False
    harm = (_HARM.match(text, led.end()) or _NOTHING.match(text, led.end())) if led is not None else None
    return harm is not None and _ACCEPTED.match(text, harm.end()) is None
