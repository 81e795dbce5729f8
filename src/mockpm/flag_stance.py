"""How a red flag's mention is read: in the sentence it names, and by the candidate's own words.

A rubric pattern anchored after a stop ("(?<=[.!?])...") starts on the space before the sentence
it names; read from the sentence before, a move judged by what it would do ("Retiring audio-only
would strand the patients who most need us") would read as asserted. A mention that runs into a
quotation given as the name a thing goes out under is read by the candidate's words that lead
into it ('frame them as "coping tips"'), not as someone else's words. A term wholly in quotation
marks is talked about, not used.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.passages import Reading
from mockpm.stance_context import in_if_clause

_QUOTES = "\"'“”‘’"
_OPENING_QUOTES = "\"“"
# (only a quotation given as the name the thing goes out under: 'frame them as "coping tips"', not
# one talked about: 'clean up the claims ("treats depression" goes)')
_NAMES = regex_cache.compile(r"\b(?:as|called|named|labell?ed|branded)\s*$", re.IGNORECASE)


def quoted(text: str, span: tuple[int, int]) -> bool:
    """A term in quotation marks is being talked about, not used: 'questioning the word "retention"'."""
    a, b = span
    if b < len(text) and text[b] in ".,;:!?":  # 'on "retention."': the closing quote after the stop
        b += 1
    return a > 0 and b < len(text) and text[a - 1] in _QUOTES and text[b] in _QUOTES


# A question the candidate asks is not a call they make ("What does the contract call go-live:
# drafts for all physicians, or something narrower?"), unless it puts the move forward: "Why not
# launch everywhere?", "Shouldn't we just skip the pilot?", "What if we turn it on for all wards?"
_PUTS_FORWARD = regex_cache.compile(
    r"\b(?:why\s+(?:not|bother|wait|would(?:n't|\s+not)|do(?:n't|\s+not)|should(?:n't|\s+not)|waste)|"
    r"(?:should|would|could|can|do|does|is|are)n't|what\s+if|how\s+about|who\s+needs|what's\s+the\s+(?:harm|point|risk)|"
    r"what\s+is\s+the\s+(?:harm|point|risk)|isn't\s+it|aren't\s+they|couldn't\s+we|can't\s+we)\b",
    re.IGNORECASE)


# ... and a question opens like one: "I'd measure what matters: does the physician act on it?" names a measure.
_OPENS_QUESTION = regex_cache.compile(
    r"[^A-Za-z]*(?:(?:and|but|or|so|also|then|first|second|third|next|finally)\b,?\s*)?"
    r"(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|am)\b",
    re.IGNORECASE)


def asked(reading: Reading, span: tuple[int, int]) -> bool:
    """Whether the mention stands in a question the candidate asks rather than a call they make."""
    i = reading.sentence_index(span[0])
    s = reading.sentences[i]
    return (reading.is_question(i) and _OPENS_QUESTION.match(reading.text, s.start, s.end) is not None
            and _PUTS_FORWARD.search(reading.text, s.start, s.end) is None)


# A stop rule's action after its condition: "If more than 3% opt out in any group, we pause and fix it."
_STOPS_AFTER = regex_cache.compile(
    r"[^.;\n]{0,160}?,\s*(?:then\s+)?(?:(?:we|I)(?:'d|'ll|\s+would|\s+will)?\s+(?:(?:immediately|automatically)\s+)?"
    r"(?:pause|stop|halt|roll\s+(?:it\s+)?back|pull\s+(?:it|the)|switch\s+(?:it\s+)?off|turn\s+(?:it\s+)?off|revert|freeze)|"
    # ... or said of what stops: "the model is paused at that site", "the rollout pauses"
    r"(?:the|that|this|its)\s+(?:[\w-]+\s+){0,3}?(?:(?:is|are|gets?|will\s+be)\s+(?:paused|halted|stopped|rolled\s+back|switched\s+off|turned\s+off)|pauses|halts|stops))\b",
    re.IGNORECASE)


# ... or before it: "A site pauses if recall drops under 75%", "Stop the display if triage slows by 30 seconds"
_STOPS_BEFORE = regex_cache.compile(
    r"\b(?:pause[sd]?|halt(?:s|ed)?|stop(?:s|ped)?|roll(?:s|ed)?\s+(?:it\s+)?back|switch(?:es|ed)?\s+(?:it\s+)?off|turn(?:s|ed)?\s+(?:it\s+)?off|revert(?:s|ed)?|freeze[sd]?)\b"
    r"[^.;\n]{0,80}?\b(?:if|when|whenever)\b[^.;\n]{0,160}$",
    re.IGNORECASE)


def stop_rule_condition(reading: Reading, span: tuple[int, int]) -> bool:
    """Whether the mention is what a stop rule watches for, not a move the plan makes."""
    s = reading.sentences[reading.sentence_index(span[0])]
    return in_if_clause(reading.text, s.start, *span) and (_STOPS_AFTER.match(reading.text, span[1], s.end) is not None
                                                           or _STOPS_BEFORE.search(reading.text, s.start, span[0]) is not None)


def trimmed(reading: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the white space it starts on."""
    a, b = span
    return a + len(reading.text[a:b]) - len(reading.text[a:b].lstrip()), b


# Where one clause ends and the next begins inside a long mention: "we don't leave voicemails with
# any detail, and the patient has to confirm a date of birth" (ConText's termination terms).
_CLAUSE_BREAK = regex_cache.compile(r",\s+(?:and|but|while|whereas|so|yet)\s+|;\s*|\s[-–—]\s", re.IGNORECASE)


def mention_stance(reading: Reading, span: tuple[int, int]) -> str:
    """The stance of a red flag's mention at ``span``, read from its first character (pass it
    ``trimmed`` to read it in the sentence it names). A mention that runs on past the end of its
    clause is negated when its head is: a negation's scope ends at the clause, not the move it denies."""
    a, b = span
    stance = reading.stance(a, b)
    if stance == st.ASSERTED:
        cut = _CLAUSE_BREAK.search(reading.text, a, b)
        if cut is not None and cut.start() > a and reading.stance(a, cut.start()) == st.NEGATED:
            return st.NEGATED
    if stance == st.REPORTED:
        quote = next((sc.start for sc in reading.scopes_of(reading.sentence_index(a))
                      if sc.stance == st.REPORTED and a < sc.start < b and reading.text[sc.start] in _OPENING_QUOTES), None)
        if quote is not None and _NAMES.search(reading.text, a, quote):
            stance = reading.stance(a, quote)
    return stance
