"""A limit the answer sets and a figure past it: "no more than 2 alerts per nurse per shift" ...
"nurses will see roughly 6-8 alerts per shift, which is manageable".

Committees hear the second figure as the plan. Two figures are about the same quantity when
they count the same thing (the noun after the number, stemmed) over a shared unit ("per
shift"); the later one breaks the limit when it is well past it and is the candidate's own
plan: not negated or reported, and not said of the past, a baseline or a hypothetical.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.stemming import stem
from mockpm.passages import Reading
from mockpm.substance_lexicon import number_value

_NUMBER = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
# What is counted, then what it is counted over: "alerts per nurse per 12-hour shift".
_PER = r"\s+(?:per|a|an|each|every)\s+(?:\d[\w-]*\s+)?([a-z]+)"
# A word or two may qualify the thing counted ("two new alerts", "two actionable sepsis alerts"),
# from a closed list: an open one read "6 nurses answering alerts per shift" and "12 total alerts
# per shift" (a unit's total against a per-nurse cap) as the capped count.
_QUALIFIER = (r"(?:(?:new|additional|extra|more|actionable|interruptive|true|real|false|sepsis|unique|separate|"
              r"distinct|active|automated|text|sms|push|reminder|outbound|firing|fired)\s+){0,2}")
_COUNTED = rf"{_QUALIFIER}([a-z][\w-]*)((?:{_PER}){{1,2}})"
_LIMIT = regex_cache.compile(
    r"\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|(?:a\s+)?max(?:imum)?\s+of|capped\s+at|cap\s+(?:of|at|it\s+at)|"
    r"(?:a\s+)?ceiling\s+of|(?:a\s+)?budget\s+of|(?:a\s+)?limit\s+of|fewer\s+than|≤|<=)\s+(?:about\s+|around\s+|roughly\s+)?"
    rf"{_NUMBER}\s+{_COUNTED}",
    re.IGNORECASE,
)
_FIGURE = regex_cache.compile(rf"\b{_NUMBER}(?:\s*(?:–|-|to|or)\s*{_NUMBER})?\s+{_COUNTED}", re.IGNORECASE)
# A figure said of the past, a baseline, another option (or one rejected), a measured default or a hypothetical is
# not the plan ("at the vendor's default threshold our data shows 7 per shift, so we'll need ...").
_NOT_THE_PLAN = regex_cache.compile(
    r"\b(?:today|currently|baseline|used\s+to|old|last|previous|existing|was|were|had|fired|if|would\s+have|"
    r"vs\.?|versus|compared|instead|rather|unlike|option|default|shows?|showed|too\s+(?:many|high)|rejected|ruled\s+out|not\s+chosen|discarded|"
    r"so\s+we(?:'ll|\s+will|'d|\s+would)?\s+need|over\s+the\s+(?:limit|cap|budget|ceiling))\b",
    re.IGNORECASE,
)
# A figure after "more than" or "above" is a trigger's threshold ("roll back if after-hours time is up
# more than 10 minutes per physician per day"), a condition on the plan rather than a planned amount.
# So is a change by an amount ("switch it off where same-day signing drops by five in a hundred").
_THRESHOLD_BEFORE = regex_cache.compile(
    r"(?:\b(?:more|greater|higher|longer|worse)\s+than|\b(?:over|above|exceeds?|exceeding|beyond|past)|"
    r"\b(?:drops?|dropped|falls?|fell|rises?|rose|grows?|grew|increases?|increased|decreases?|decreased|slips?|slipped|worsens?)\s+by)\s+$",
    re.IGNORECASE)
# Well past the limit, not a rounding of it.
PAST_FACTOR = 1.5


# "Two in a hundred" is a rate, not a count of anything.
_NOT_A_NOUN = frozenset({"in", "out", "of", "to", "for", "per", "by"})


def _counted(noun: str, per: str) -> tuple[str, frozenset[str]]:
    over = frozenset(stem(w.lower()).rstrip("s") for w in re.findall(_PER, per, re.IGNORECASE))
    return stem(noun.lower()).rstrip("s"), over


def limit_broken(reading: Reading) -> bool:
    """Whether a figure in one sentence is well past a limit the answer set in another."""
    text = reading.text
    limits = [(reading.sentence_index(m.start()), number_value(m.group(1)), _counted(m.group(2), m.group(3)))
              for m in _LIMIT.finditer(text)]
    if not limits:
        return False
    for m in _FIGURE.finditer(text):
        i = reading.sentence_index(m.start())
        sentence = reading.sentences[i]
        if _NOT_THE_PLAN.search(text, sentence.start, sentence.end) or reading.stance(m.start(), m.end()) not in st.COMMITTED:
            continue
        if _THRESHOLD_BEFORE.search(text, max(sentence.start, m.start() - 20), m.start()):
            continue
        low, (noun, over) = number_value(m.group(1)), _counted(m.group(3), m.group(4))
        if noun in _NOT_A_NOUN:
            continue
        if any(j != i and noun == l_noun and over & l_over and low > PAST_FACTOR * cap
               for j, cap, (l_noun, l_over) in limits):
            return True
    return False
