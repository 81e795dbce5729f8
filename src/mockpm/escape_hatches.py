"""Escape hatches: safeguards that give way as soon as someone wants them to.

A plan can name every right step and then attach a condition to each that lets it go: "if the
first 3-4 weeks look stable and leadership needs the date, we can call silent mode complete
early", "if the sponsor's QA calendar is tight, we can go live on our internal validation",
"if she's still hesitant, his approval could be enough to go ahead". ConText would read each as
hypothetical; a committee reads the pattern as the plan, because whatever the step, a reason to
drop it is already written in.

A condition is an escape hatch when it is someone's wish or a practical obstacle (a date, a
calendar, a slow team, a cost) and the answer then permits itself something (we can, we could,
we'd), or when early results merely "look clean" and the answer then cuts, shortens or widens.
A condition that is evidence meeting a bar ("if PPV holds above 20% for two weeks, expand") is a
gate, not a hatch, and a consequence that holds the line ("I'd say no", "we push the date, not
the study") closes the hatch. One hatch is a contingency; two are a plan that binds nothing
(measured on the tuning answers: no strong, good or short-sharp answer has two).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm import stance as st

if TYPE_CHECKING:
    from mockpm.passages import Reading

_IN_CLAUSE = r"[^.;!?\n]"
_CONDITION = r"\b(?:if|once|where|when|unless)\b"
# Whose wish: the people who press on a plan from outside it, or its own stretched reviewers.
_WHO = (r"(?:leadership|execs?|executives?|sales|investors?|customers?|clients?|"
        r"the\s+(?:[\w-]+\s+){0,2}?(?:exec\w*|sponsor|customer|client|ceo|cfo|coo|cmo|cmio|cno|vp|board|business|plan|hospital|chair|prospect|"
        r"team|lead|director|officer|committee|site|physicians|clinicians|radiologists|nurses|payer|legal|counsel|it)|"
        r"physicians|clinicians|radiologists|nurses|he|she|they|their\s+[\w-]+(?:\s+team)?|a\s+(?:site|prospect|customer)(?:'s\s+[\w-]+(?:\s+team)?)?)")
_WISH = (rf"{_WHO}\s+(?:\w+ly\s+)?(?:wants?|needs?|prefers?|pushe?s?\s+(?:back|for)|insists?|"
         r"(?:is|are)\s+(?:\w+\s+)?(?:keen|eager|enthusiastic|hesitant|uncertain|stretched|slow|strongly\s+for)|objects?|feels?\s+strongly|"
         r"has\s+a\s+strong\s+reason|drags?|can't\s+free|(?:doesn't|don't)\s+have\s+(?:the\s+)?(?:bandwidth|room|time|capacity)|finds?\s+it\s+slows)")
# ... or a practical obstacle: the date, a slow or costly piece of work, a step not ready in time.
_OBSTACLE = (r"(?:date|deadline|go-?live(?:\s+date)?|launch(?:\s+date)?|timeline|schedule|quarter|sales\s+cycle|calendar|release)\s+(?:\w+\s+){0,2}?"
             r"(?:needs?|slips?|runs?\s+(?:late|long)|(?:is|gets?|looks?)\s+(?:\w+\s+)?(?:tight|at\s+risk))|"
             r"(?:turns?\s+out|proves?)\s+(?:to\s+be\s+)?(?:\w+\s+){0,3}?(?:slow|messy|bigger|harder|more\s+work|costly|expensive|too)|(?:runs?|drags?)\s+(?:late|long|on)|"
             r"(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|not)\s+(?:\w+\s+)?(?:ready|realistic|feasible|available)|(?:is|are)\s+a\s+concern|"
             r"makes?\s+(?:that|it|this)\s+hard|too\s+(?:much|many|slow|costly)|(?:we're|we\s+are)\s+under\s+pressure|(?:is|are|'s)\s+(?:stretched|swamped|busy)")
# ... or early results that only look reassuring.
_LOOKS_CLEAN = (r"(?:look(?:s|ed)?|(?:is|are|stays?|comes?\s+back))\s+(?:\w+\s+){0,3}?(?:clean|stable|fine|routine|quiet|reasonable|comparable|in\s+line|like\s+the\s+pilot)|"
                r"nothing\s+(?:major\s+)?(?:has\s+)?(?:come|comes|came)\s+up|no\s+(?:issues|problems|incidents)|(?:is|are)\s+small|drop\s+off")
_PERMITS = (r"(?:(?:we|I|you|they|that|it|this)\s+(?:can|could|may|might)\b|(?:we'd|I'd|we\s+would|I\s+would)\b|"
            r"(?:would\s+be|is|'s)\s+(?:reasonable|fine|enough)|no\s+reason\s+to\s+hold|can\s+(?:stand\s+in|cover|treat))")
# What the permission lets go: a step cut, shortened, sped up, widened, swapped for less or put after launch.
_LETS_GO = (r"\b(?:compress|cut|shorten|drop|skip|waive|relax|loosen|lift|raise|remove|close\s+(?:it\s+)?out|move\s+on|step\w*\s+down|ad\s+hoc|spot[\s-]?checks?|"
            r"quarterly|optional|early|sooner|faster|in\s+parallel|alongside|treat\s+(?:that|it|this)\s+as\s+enough|expand|go\s+broader|bring\s+\w+(?:\s+\w+)?\s+in|"
            r"hold\s+\w+(?:\s+\w+){0,2}\s+back|launch|go\s+live|proceed|go\s+ahead|streamlin\w*|instead|fall\s+back|proxy|later|afterward|after\s+launch|background|"
            r"switch|accommodate|replicate|start|rely|use|let|stand\s+in|cover|treat|fold|run\s+a|paper|open|be\s+enough|reasonable|go\s+with|"
            r"move\s+(?:it|the|them)\s+down|keep\s+(?:going|shipping)|call\s+(?:[\w-]+\s+){1,3}?(?:complete|done|finished))\b")
_HATCH = regex_cache.compile(
    rf"{_CONDITION}{_IN_CLAUSE}{{0,60}}?(?:(?:{_WISH}|{_OBSTACLE}){_IN_CLAUSE}{{0,160}}?|(?:{_LOOKS_CLEAN}){_IN_CLAUSE}{{0,120}}?)"
    rf"{_PERMITS}{_IN_CLAUSE}{{0,80}}?{_LETS_GO}",
    re.IGNORECASE)
# A consequence that holds the line closes the hatch: "I'd say no and offer summaries instead",
# "we push the date rather than cut the study", "we'd still keep the review".
_HOLDS = regex_cache.compile(
    r"\b(?:not|never|rather\s+than\s+(?:cut|skip|drop|weaken)|still\s+(?:keep|run|hold)|push\s+(?:the\s+)?(?:date|go-?live|launch)|delay|slip\s+the|"
    r"move\s+the\s+date|hold\s+the\s+line|pause|stop|say\s+no|decline|refuse|argue|escalat\w*|push\s+back|(?:I|we)'d\s+rather)\b",
    re.IGNORECASE)
# Two hatches make the plan's safeguards optional; one is a contingency.
MIN_HATCHES = 2


def escape_hatches(reading: Reading) -> list[int]:
    """The sentences, in the candidate's own plan, that let a step go on someone's wish, an
    obstacle or early results that merely look clean."""
    text = reading.text
    found = []
    for i, s in enumerate(reading.sentences):
        if s.owned_mistake or s.carried in st.NOT_THEIRS:
            continue
        hatch = _HATCH.search(text, s.start, s.end)
        if hatch is not None and not _HOLDS.search(text, hatch.start(), s.end):
            found.append(i)
    return found
