"""Whether a dismissal word stands before the noun it describes: "a missed cancer or an
unnecessary biopsy" waves nothing away, where "bias review is an optional step" does."""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.stance_context import _NOUN_NEXT

# A determiner or a count before the word: "got three unnecessary scans" describes the scans.
_DETERMINER_BEFORE = regex_cache.compile(
    r"(?:^|(\S+)\s+)(?:a|an|the|any|some|every|two|three|four|five|six|seven|eight|nine|ten|many|several|more|fewer)\s+$|"
    r"(?:^|(?<=(?-i:[a-z,;:(])\s))\d+\s+$", re.IGNORECASE)  # (not a name's number: "SOC 2 when a deal hinges on it")
_COPULA = frozenset({"is", "are", "was", "were", "be", "been", "being", "as", "seems", "seem", "feels", "feel", "'s"})
_COORDINATOR_BEFORE = regex_cache.compile(r"\b(?:or|and|of|from|with|to|by|in|on|for|into|without|about)\s+$", re.IGNORECASE)
_PLURAL_NEXT = regex_cache.compile(r"\s+[a-z][\w-]*s\b", re.IGNORECASE)


def attributive(text: str, start: int, a: int, b: int) -> bool:
    """Whether the dismissal word at ``a:b`` describes the noun after it (sentence from ``start``)."""
    before = _DETERMINER_BEFORE.search(text, max(start, a - 40), a)
    if before is None:
        # A bare plural after "or", "and" or a preposition: "a missed CT, or unnecessary biopsies".
        if _COORDINATOR_BEFORE.search(text, max(start, a - 12), a) is None:
            return False
        return _PLURAL_NEXT.match(text, b) is not None
    if (before.group(1) or "").lower() in _COPULA:
        return False
    return _NOUN_NEXT.match(text, b) is not None
