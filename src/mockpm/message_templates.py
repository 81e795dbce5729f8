"""Patient messages the answer writes out, and what they give away.

An answer that promises "no drug name and no visit type in any text" and then writes the template
("Hi {first_name}, your {DRUG_NAME} refill is overdue", "Your prenatal visit with the midwife is
tomorrow") contradicts itself. A message the answer quotes to show the harm ("a text that says
'your HIV follow-up' can out someone") is no template: only a full message addressed to the
patient, introduced as the design (after a colon, or "the reminder reads ..."; with no refusal
just before it, and not today's message quoted to be replaced), counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache

if TYPE_CHECKING:
    from mockpm.passages import Reading

# (short quotes are matched too, so that a sender name in quotes does not pair its closing mark
# with the next quote's opening one; only quotes of MIN_MESSAGE characters are read as messages)
_QUOTE = regex_cache.compile(r'"([^"\n]{1,600})"|“([^”\n]{1,600})”')
MIN_MESSAGE = 40
# A slot for the sensitive detail: "{DRUG_NAME}", "{condition}", "{visit_type}".
SLOT = r"\{\s*(?:drug|medication|med|medicine|condition|diagnosis|dept|department|provider|doctor|clinician|specialty|visit[_ ]?type)\w*\s*\}"
_REVEALS = regex_cache.compile(
    SLOT + r"|"
    r"\b(?:prenatal|HIV|behaviou?ral\s+health|mental\s+health|psychiatr\w+|infectious\s+disease|oncology|STI|substance\s+use|"
    r"addiction|dialysis|chemo\w*|OB(?:/GYN)?|cardiology|diabetes)\s+(?:visit|appointment|clinic|department|team|program|follow-?up|care|"
    r"vitamins|meds|medications?|results?|tests?|screenings?|services?)s?\b|"
    r"\b(?:with|from)\s+(?:the\s+|your\s+)?(?:midwife|psychiatrist|oncologist|therapist|counsell?or|Dr\.?\s+[A-Z][a-z]+)|"
    r"\b(?:metformin|insulin|lisinopril|atorvastatin|amlodipine|losartan|glipizide|sertraline|warfarin|PrEP|methadone|buprenorphine)\b",
    re.IGNORECASE,
)
_TO_PATIENT = regex_cache.compile(r"\b(?:you|your)\b|\{", re.IGNORECASE)
# What the quote is introduced by: the design ("The refill template will be:"), unless the clause
# before it says no ("never: ...", "instead of: ...").
_REFUSED_BEFORE = regex_cache.compile(r"\b(?:never|not|no|nothing|instead\s+of|rather\s+than|avoid\w*|without|reject\w*|refus\w*|turn\w*\s+down|rule\w*\s+out)\b|n't\b", re.IGNORECASE)
# ... and not a harm it describes: '"Your HIV clinic visit" can out someone'.
_HARM_AFTER = regex_cache.compile(r"\s*[,.]?\s*(?:can|could|would|might|will|may)\b", re.IGNORECASE)
_SLOT_OUTSIDE = regex_cache.compile(SLOT, re.IGNORECASE)
# How the design introduces its message: a colon, or "the reminder reads / says / goes out as".
# ("Prenatal reminders add a practical line, ..." introduces one too.)
_INTRODUCED = regex_cache.compile(r"(?::|\b(?:reads?|says?|will\s+(?:read|say)|goes\s+out\s+as|(?:is\s+)?sent\s+as|"
                                  r"(?:add|adds|include|includes)\s+(?:a|an|the|one|this)\s+(?:\w+\s+)?(?:line|note|sentence|reminder)\s*,?)\s*[*_]*)\s*$", re.IGNORECASE)
# ... not the message as it is today, quoted to be replaced: "Today's portal template reads:"
_CURRENT = regex_cache.compile(r"\b(?:today'?s?|current(?:ly)?|existing|old|right\s+now|at\s+the\s+moment|as\s+it\s+stands)\b", re.IGNORECASE)
REFUSAL_REACH = 30  # characters before the colon: "a text should never say:", not "no reply ... leaves a voicemail:"


def revealing_templates(reading: Reading) -> set[int]:
    """Sentences that write out a patient message naming a drug, a condition, a sensitive
    visit type or the clinician."""
    text = reading.text
    out: set[int] = set()
    for q in _QUOTE.finditer(text):
        body = q.group(1) or q.group(2)
        if len(body) < MIN_MESSAGE or not (_TO_PATIENT.search(body) and _REVEALS.search(body)):
            continue
        i = reading.sentence_index(q.start())
        lead = text[reading.sentences[i].start:q.start()]
        if i and not lead.strip(" \t\n>*_-"):  # a message on its own line (a blockquote) is introduced by the line above
            lead = text[reading.sentences[i - 1].start:reading.sentences[i - 1].end]
        if (not _INTRODUCED.search(lead) or _REFUSED_BEFORE.search(lead[-REFUSAL_REACH:]) or _HARM_AFTER.match(text, q.end())
                or _CURRENT.search(lead)):
            continue
        out.add(i)
    for m in _SLOT_OUTSIDE.finditer(text):  # a template written without quotation marks
        i = reading.sentence_index(m.start())
        if not _REFUSED_BEFORE.search(text, reading.sentences[i].start, m.start()):
            out.add(i)
    return out
