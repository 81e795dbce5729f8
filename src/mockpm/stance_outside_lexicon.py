"""Conditions outside the evidence that make a safeguard optional: the data of ``stance_lexicon``.

Kept apart so the main lexicon stays readable: each pattern is the condition itself ("if a customer
asks", "if the data team has capacity", "budget permitting"); ``stance_lexicon`` says where it reaches.
"""

from __future__ import annotations

# A safeguard made to wait on money, demand or someone else raising it ("if a customer asks for
# subgroup performance, we'll do it", "HITRUST later if customers insist") is optional:
# ConText's hypothetical, with an outside trigger. A condition on evidence ("if PPV drops below
# 20%, we pause") is a gate, and is not here. Leading a sentence or an item, the condition waves
# off the whole of it; trailing, only the item it follows.
_OUTSIDE_TRIGGER = (
    r"(?:if|assuming(?:\s+that)?)\s+(?:we\s+(?:close|raise|land)\s+(?:a|the|our)\s+(?:bridge\s+|next\s+|series\s+\w+\s+)?(?:round|funding|deal)|"
    r"we\s+(?:get|have|find)\s+(?:the\s+)?(?:budget|funding|money|capacity|bandwidth|time|headcount|engineering\s+capacity)|"
    r"there(?:'s|\s+is)\s+(?:budget|funding|money|capacity|bandwidth|time|demand|appetite)|(?:the\s+)?(?:budget|money|funding|capacity|headcount)(?:'s|\s+is)\s+there|"
    r"(?:a|the|any)\s+(?:customer|prospect|buyer|client|payer|site|hospital)(?:'s\s+legal\s+team)?\s+(?:asks?|requires?|insists?|makes|is\s+willing|raises?|wants?|demands?|requests?)|"
    r"(?:the\s+)?(?:FDA|regulators?|OCR|CMS)\s+(?:ever\s+)?(?:reaches?\s+out|asks?|comes?\s+(?:asking|knocking)|raises?|knocks?|inquires?|gets?\s+involved)|"
    r"(?:anyone|someone|somebody|legal|customers?|users?)\s+(?:ever\s+)?(?:asks?|raises?|complains?|insists?|pushes?\s+(?:back|for\s+it))|"
    # ... or on someone's spare time: "if the data team (one analyst) has capacity", "if we can free her time", "assuming legal can get to it"
    r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s+\([^)\n]{1,40}\))?\s+(?:has|have|gets?|finds?)\s+(?:the\s+|some\s+|enough\s+|spare\s+)?(?:time|capacity|bandwidth|headcount|budget|room)|"
    r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+can\s+(?:free\s+(?:up\s+)?(?:\w+\s+)?time|find\s+(?:the\s+)?(?:time|budget|money|capacity|bandwidth)|fit\s+(?:it|them|this|that)\s+in|get\s+to\s+(?:it|them|this|that)|backfill|spare)|"
    # ... or on room in the plan, or on someone volunteering: "if it fits in the current sprint", "if we can find a clinic willing"
    r"(?:it|this|that|they|these|those)\s+fits?\s+(?:in(?:to)?\s+)?(?:the\s+|this\s+|our\s+)?(?:current\s+|next\s+)?(?:sprint|release|quarter|timeline|schedule|budget|roadmap|plan)|"
    r"we\s+can\s+find\s+(?:a|an|some|the)\s+(?:[\w-]+\s+){1,2}?(?:willing|ready|happy|keen))\b")
# (A demand for speed or scope that the main clause resists is no safeguard made optional: "If the
# customer insists on everything on day one, I escalate with a recommendation not to." A
# safeguard asked for and pushed back on is still waved off.)
_RESISTED = (r"(?!(?=[^.;!?\n]*\b(?:everything|everyone|every\s+\w+|all\s+at\s+once|day\s+one|full|whole|entire|in\s+\w+\s+weeks|faster|speed|sooner|earlier|the\s+date|go(?:es)?\s+live|launch|ship)\b)"
             r"[^.;!?\n]*\b(?:escalate|push\s+back|refuse|say\s+no|decline|walk\s+away|recommend(?:ation)?\s+(?:not\s+to|against)|"
             r"let\s+the\s+(?:date|deadline|launch|go-live)\s+(?:slip|slide|move))\b)")
# ... and so is one done only as resources permit: "Ideally two units first, budget and staffing permitting."
_PERMITTING = (r"(?:[\w-]+\s+and\s+(?:[\w-]+\s+)?)?(?:time|timeline|budget|bandwidth|capacity|staffing|resources?|runway|schedule|headcount)\s+(?:permitting|allowing)\b")
