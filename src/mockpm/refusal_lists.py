"""Refusal lists: a label that introduces what the answer turns down ("Red lines: A; B",
"What makes me say no outright: A, B", "Hard no to A, B, or C"), and what it lists."""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.lead_in_lexicon import _REFUSAL_LABEL

_REFUSAL_LABEL_RE = regex_cache.compile(_REFUSAL_LABEL, re.IGNORECASE)
# A refusal that opens its sentence and runs straight on into what it turns down, no colon needed:
# "Hard no to going live unsigned, skipping physician review, or hospital-wide day one."
_REFUSAL_OPENING = regex_cache.compile(
    r"[\s*_>#-]*(?:(?:a\s+)?(?:hard|firm|flat)\s+no|(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+say\s+no)\s+(?:to|on)\s+(?=\S)",
    re.IGNORECASE)
# ... up to where the candidate's own clause takes over: "..., and instead we pilot one ward".
_OWN_CLAUSE_AFTER = regex_cache.compile(r",?\s+(?:and|but|so|then)\s+(?:I|we|instead)\b|;|\binstead\b|\s[-—–]\s", re.IGNORECASE)


def refused_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The refused moves listed after a refusal label opening ``text[start:end]`` ("Red lines:
    A; B"); none when the sentence opens no such list. A condition listed there ("or finding
    that errors cluster in insulin") is reported with the rest: it names what would make the
    answer refuse, so it neither earns credit nor counts as a call the answer makes."""
    label = _REFUSAL_LABEL_RE.match(text, start, end)
    if label is not None:
        return [(label.end(), end)] if label.end() < end else []
    opening = _REFUSAL_OPENING.match(text, start, end)
    if opening is None:
        return []
    own = _OWN_CLAUSE_AFTER.search(text, opening.end(), end)
    return [(opening.end(), own.start() if own else end)]
