"""A rule that holds a step back until a condition, and a dated schedule that opens the step first.

"No patient in a new state gets scheduled until their clinician holds a license there" ... then
"Month 4: Squad B opens online scheduling to patients in the two new states. Most license
applications will be in flight by then." Each half is sensible; together the schedule breaks the
rule, and a committee reads the schedule as the plan. Only dated sentences are read: under a slot
heading (day, week, sprint, month or quarter) or naming their own ("go live in month four", "Q2").
The step the rule holds back is found by its own content words (two or more shared) in a committed
sentence that opens something (goes live, starts, enrols, opens, ships). The condition is met on
the date the rule gives it ("until that study reads out, around month nine"), else in the first
dated sentence that shares two of its words. The step opening before that is the break. A bare
go-live held back ("we do not go live without her sign-off") is opened by any dated go-live that
does not keep the step out, and broken only when the schedule says on a later line that the
condition is met ("Week 8: reviewer sign-off recorded").
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.concepts import content_stems
from mockpm.passages import Reading
from mockpm.substance_lexicon import number_value
from mockpm.timeline import DAYS

# A slot heading at the start of a line: "Week 6 (contract go-live):", "*Months 1-2.*", "Q3 -", "Day 1:".
# ... or a table row's first cell: "| Month 2 | Go live ... |".
_SLOT = regex_cache.compile(
    r"(?:^|\n)[ \t#*_>•|-]*(?:by\s+|in\s+)?(day|week|wk|sprint|month|mo|quarter|q)s?\s*(\d{1,2})\b", re.IGNORECASE)
# A table whose first column is headed by a unit dates each row by the number in that cell:
# "| Month | Milestone |" over "| 5–7 | Retrospective validation |" (month 5).
_UNIT_HEADER = regex_cache.compile(r"(?:^|\n)[ \t]*\|[ \t*_]*(day|week|wk|sprint|month|mo|quarter)s?[ \t*_]*\|[^\n]*", re.IGNORECASE)
_NUMBERED_ROW = regex_cache.compile(r"\n[ \t]*\|[ \t*_]*(\d{1,2})\b[^\n|]{0,12}\|")
_TABLE_LINE = regex_cache.compile(r"\n[ \t]*\|[^\n]*")
# The word that denies a step in a rule (also gate_length's gates).
# (or kept out of sight: "alerts stay invisible to nurses prior to eight weeks of silent running")
# A denial that opens a condition denies nothing: "No match means the drug shows red" (if nothing
# matches, then ...), "not signing triggers a page".
DENIED = (r"\b(?:no|nothing|nobody|never|not|don't|doesn't|won't|will\s+not|does\s+not|do\s+not|"
          r"(?:stays?|remains?|(?:is|are)\s+kept)\s+(?:invisible|hidden|dark|muted|silenced|suppressed|switched\s+off|turned\s+off))\b"
          r"(?!(?:\s+[\w-]+){1,2}\s+(?:means?|meant|implies|triggers?|leads?\s+to|results?\s+in|equals)\b)")
# The rule: a step denied until (before, unless) a condition, in one clause.
_RULE = regex_cache.compile(
    DENIED + r"(?P<step>[^.;:\n]{3,100}?)"
    r"\b(?:until|before|unless|without)\b(?P<condition>[^.;\n]{4,120})", re.IGNORECASE)
# What opening the step looks like in a schedule line (not "scheduling" or "showing": often the step's own
# nouns; not inside a compound: "trials have under-enrolled women" opens nothing).
_OPENS = regex_cache.compile(
    r"(?<![\w-])(?:go(?:es|ing)?\s+live|go-live|live\s+(?:at|in|on|for|with)|launch\w*|start\w*|begin\w*|enrol\w*|open\w*|onboard\w*|"
    r"turn\w*\s+(?:[\w-]+\s+){0,4}?on|switch\w*\s+(?:[\w-]+\s+){0,4}?on|enabl\w*|roll\w*\s+(?:it\s+)?out|ship\w*|deploy\w*|pilot\w*|"
    r"expand\w*|(?:is|are)\s+live|live\s+by|can\s+(?:now\s+)?(?:book|schedule|see|use|access|enrol\w*|sign\s+up))\b", re.IGNORECASE)
# A date inside a sentence: "in month four", "month-2 go-live", "by week 6", "Q2". Not a length ("a 9-month study").
_INLINE = regex_cache.compile(
    r"\b(?:(day|week|wk|sprint|month|quarter)[ \t-]?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|(q)([1-4]))\b(?![ \t-]*(?:day|week|month|year)s?\b)", re.IGNORECASE)
MIN_SHARED = 2
# Dates name no condition: "around month nine" shares nothing with "by the end of month 3".
# ... nor steps: "sales doesn't commit go-live dates without sign-off" is not opened by "Plan for the date: go-live is a pilot".
_DATE_WORDS = content_stems("day days week weeks month months quarter quarters year years sprint sprints end date dates "
                            "one two three four five six seven eight nine ten eleven twelve")
# Words of opening itself ("goes live", "start") name no step and count once at most: "PE triage
# goes live in Q2" does not open "no report drafting goes live until ...".
_GO_LIVE_WORDS = content_stems("live launch expand expands")
_WITHHELD = regex_cache.compile(r"\b(?:hidden|hides?|withheld|held\s+back|excluded|disabled|suppressed|(?:switched|turned|stays?|kept)\s+off|removed|pulled|"
                               r"shadow|silent(?:ly)?|(?:don't|do\s+not|doesn't|never|nobody|no\s+one)\s+(?:\w+\s+)?(?:see|sees|shown))\b", re.IGNORECASE)
_MET = regex_cache.compile(r"\b(?:sign(?:s|ed)?[\s-]off|signs|signed|recorded|approv(?:es|ed|al)|complete[sd]?|done|cleared|finish(?:es|ed)|granted|pass(?:es|ed))\b", re.IGNORECASE)
_POSSESSIVE = regex_cache.compile(r"(?<=\w)(?<!\bthere)(?<!\bhere)(?<!\bit)(?<!\bthat)(?<!\bwhat)(?<!\bwho)(?<!\bhe)(?<!\bshe)(?<!\blet)['’]s\b", re.IGNORECASE)
# (or switched on for everyone: "turn the review screen on for all 30 clinics at once")
_GOES_LIVE = regex_cache.compile(r"\b(?:go(?:es|ing)?[\s-]live|launch(?:es)?(?!\s+(?:the\s+|a\s+|each\s+)?(?:visits?|calls?|sessions?|meetings?)\b)|(?:turn|switch)\w*\s+(?:[\w-]+\s+){0,4}?on\s+(?:for|at|across|in)\s+(?:all|every)|"
                                r"(?:turn|switch)\w*\s+on\s+(?:[\w-]+\s+){1,8}?(?:for|at|across|in)\s+(?:all|every)|"
                                r"roll\w*\s+(?:it\s+)?out\s+to\s+(?:all|every)|expand\w*\s+to)\b", re.IGNORECASE)
# A condition that points back at the work just set out: "until that's done", "until this is in place".
_BACK_REFERENCE = regex_cache.compile(r"\s*(?:that|this|it|these|those)(?:'s|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+(?:all\s+)?(?:done|in\s+place|finished|complete[d]?|fixed|signed|live)\b", re.IGNORECASE)
# The people a product meets, and a step that puts the product before them.
_PEOPLE = ("physician", "clinician", "doctor", "nurse", "patient", "member", "user", "radiologist", "pharmacist", "provider")
_MEETS_IT = regex_cache.compile(
    rf"\b(?:(?:{'|'.join(_PEOPLE)})s?|staff)\b"
    r"(?:\W+\w+){0,2}?\W+(?:sees?|gets?|receives?|uses?|acts?\s+on|(?:is|are)\s+shown)\b|"
    r"\b(?:goes|go|reach(?:es)?|(?:is|are)\s+sent|rolls?\s+out|launch(?:es)?|expands?)\s+to\s+(?:the\s+)?(?:full|whole|entire|all|every|everyone|"
    r"members?|patients?|users?|clinicians?|physicians?|nurses?|sites?|wards?|clinics?|hospitals?)\b", re.IGNORECASE)
# Work a condition can name, dated where it starts (not who signs: "the reviewer looks at the first month" is later review).
_WORK_WORDS = content_stems("validation validate silent shadow pilot study trial test testing audit analysis evaluation "
                            "licensure license enrollment credentialing")
# Who meets the product and how say nothing of where: the step's other words (or everyone, on both sides) must be shared.
_MEETING_WORDS = content_stems(" ".join(p + "s" for p in _PEOPLE) + " staff see sees get gets receive receives use uses act shown new")
_EVERYONE = regex_cache.compile(r"\b(?:all|every|everyone|everybody|everywhere|whole|entire|full)\b", re.IGNORECASE)
_OPENING_WORDS = content_stems("go goes going live launch launches start starts begin enrol open opens turn switch "
                               "enable roll out ship deploy pilot expand")


def slot_units(text: str) -> list[tuple[int, int, int]]:
    """(offset, start day, the slot's length in days) of each slot heading, in order."""
    out = [(m.start(), DAYS[m.group(1).lower()] * int(m.group(2)), DAYS[m.group(1).lower()]) for m in _SLOT.finditer(text)]
    for head in _UNIT_HEADER.finditer(text):
        unit = DAYS[head.group(1).lower()]
        pos = head.end()
        while line := _TABLE_LINE.match(text, pos):
            if row := _NUMBERED_ROW.match(text, pos):
                out.append((pos, unit * int(row.group(1)), unit))
            pos = line.end()
    return sorted(set(out))


def slots(text: str) -> list[tuple[int, int]]:
    """(offset, start day) of each slot heading, in order."""
    return [(at, day) for at, day, _ in slot_units(text)]


def _inline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, day) of each date named inside text[start:end]."""
    out = []
    for m in _INLINE.finditer(text, start, end):
        unit, count = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = int(count) if count.isdigit() else number_value(count.lower())
        if n:
            out.append((m.start(), DAYS[unit.lower()] * int(n)))
    return out


_BLANK_LINE = regex_cache.compile(r"\n[ \t]*\n")
_HEADING_ONLY = regex_cache.compile(r"[^\n]{0,40}?(?:\d|\))[\s*_:.)-]*(?:\([^)\n]{0,40}\)[\s*_:.-]*)?$")


# Contractions name no step or condition: "until we've measured it" holds one condition word, not two.
_CONTRACTION = regex_cache.compile(r"\b(?:i|we|you|they|he|she|it|that|there|here|what|who|let)['’](?:ve|ll|d|re|s|m)\b|\b\w+n['’]t\b", re.IGNORECASE)


def _words(text: str, parts: bool = True) -> frozenset[str]:
    """Content words; with ``parts``, a compound's parts counted apart: "plan-member PHI" names the
    plan's members (work toward a condition is read whole: "new-state license applications" hold no license)."""
    text = _CONTRACTION.sub(" ", _POSSESSIVE.sub("", text))
    return content_stems(text.replace("-", " ") if parts else text)


def _reach(text: str, at: int) -> int:
    """Where the last slot heading's dates stop applying: the end of its paragraph, or of the paragraph
    after it when the heading stands alone on its line ("Month 1:" over its list). A paragraph after
    the schedule ("Crisis handling, now, not in Q3.") is undated."""
    start = at + 1 if text.startswith("\n", at) else at
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    first = _BLANK_LINE.search(text, start)
    if first is None:
        return len(text)
    if _HEADING_ONLY.match(text, start, line_end) and first.start() == line_end:
        second = _BLANK_LINE.search(text, first.end())
        return len(text) if second is None else second.start()
    return first.start()


def opened_before_gate(reading: Reading) -> bool:
    """Whether a dated schedule opens a step that a rule of the answer holds back, before the
    rule's condition is met."""
    text = reading.text
    heads = slots(text)
    if len(heads) < 2 and not _INLINE.search(text):
        return False
    rules = [r for r in _RULE.finditer(text) if reading.stance(r.start(), r.start() + 1) not in st.NOT_THEIRS]
    if not rules:
        return False
    # (each slot reaches the next; the last, only its own paragraph)
    reach = [(at, day, heads[k + 1][0] if k + 1 < len(heads) else _reach(text, at)) for k, (at, day) in enumerate(heads)] if len(heads) >= 2 else []
    dated = []  # (day, sentence index, content words with and without compounds split, dated inline) of each dated sentence
    for i, sentence in enumerate(reading.sentences):
        day = max((d for at, d, end in reach if at <= sentence.start < end), default=None)
        named = _inline(text, sentence.start, sentence.end) if day is None else []
        if named:
            # the date nearest the opening verb: "silent in month 2, live in month 9" goes live in month 9
            opening = _OPENS.search(text, sentence.start, sentence.end)
            near = opening.start() if opening else sentence.start
            day = min(named, key=lambda d: abs(d[0] - near))[1]
        if day is not None:
            dated.append((day, i, _words(text[sentence.start:sentence.end]), _words(text[sentence.start:sentence.end], parts=False), bool(named)))
    for rule in rules:
        step, condition = _words(rule.group("step")), _words(rule.group("condition"), parts=False)
        core = step - _OPENING_WORDS - _DATE_WORDS
        # a bare go-live held back ("we do not go live without her sign-off") is opened by any go-live,
        # as is one said as who meets the product ("no health system's physicians see a suggestion until ...")
        meets = _MEETS_IT.search(rule.group("step")) is not None
        bare = not core and bool(step & _GO_LIVE_WORDS) or meets
        if not (core or bare) or len(step) < MIN_SHARED - bare or len(condition) < MIN_SHARED:
            continue
        here = reading.sentence_index(rule.start())
        own = _inline(text, rule.start("condition"), reading.sentences[here].end)
        if own:
            met = (own[0][1], -1)  # dated by the rule itself: an opening that day keeps it
        else:
            # (a bare go-live needs the condition said to be met there: "Week 8: reviewer sign-off recorded")
            met = next(((day, i) for day, i, _, words, _ in dated if i != here and len(condition & words) >= MIN_SHARED
                        and (not bare or _MET.search(text, reading.sentences[i].start, reading.sentences[i].end))), None)
        if meets and met is None:
            # not said to be met, but not met before its work starts: a go-live dated earlier than that breaks it
            # (not for a bare "launch", which the schedule's other launches share: "launch the visit from the EHR")
            met = next(((day, -1) for day, i, _, words, _ in dated if i != here and len(condition & words) >= MIN_SHARED
                        and condition & words & _WORK_WORDS), None)
        if met is None and _BACK_REFERENCE.match(text, rule.start("condition")):
            # "No health-plan launch until that's done" points back at work its own slot sets out
            met = next(((day, i) for day, i, *_ in dated if i == here), None)
        if bare and met is None:
            continue  # a go-live against a condition the schedule never dates: nothing to compare
        for day, i, words, plain, inline in dated:
            # the step's own words, with the opening words counting once at most
            if i == here or (not bare and (not core & words or len(core & words) + min(1, len(step & words & _OPENING_WORDS)) < MIN_SHARED)):
                continue
            if bare and not _GOES_LIVE.search(text, reading.sentences[i].start, reading.sentences[i].end):
                continue
            if meets and not (core - _MEETING_WORDS) & words and not (
                    _EVERYONE.search(rule.group("step")) and _EVERYONE.search(text, reading.sentences[i].start, reading.sentences[i].end)):
                continue  # a go-live elsewhere ("at two clinics", "for care managers") keeps the rule on who meets it
            s = reading.sentences[i]
            opening = _OPENS.search(text, s.start, s.end)
            if _RULE.search(text, s.start, s.end) or not opening or _WITHHELD.search(text, s.start, s.end):
                continue  # a restated rule, a mention that opens nothing, or a launch that keeps the step out
            if not bare and len((condition - _DATE_WORDS) & plain) >= MIN_SHARED:
                continue  # work toward the condition: "in month two we start license applications for clinicians"
            # (a go-live's own stance: "..., so HIM supports one workflow instead of two" negates nothing it opens)
            if reading.stance(s.start, s.end) not in st.COMMITTED and not (bare and reading.stance(*opening.span()) in st.COMMITTED):
                continue
            if met is None and inline:
                continue  # a date in passing, against a condition never dated: no schedule to break the rule
            if met is None or (day, i) < met:
                return True
            break  # the step's first opening comes after the condition: the rule is kept
    return False
