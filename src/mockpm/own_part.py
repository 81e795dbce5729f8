"""The candidate's own part beside a decision named as someone else's."""

from __future__ import annotations

import re

from mockpm import regex_cache

# A decision named as someone else's with the candidate's own part in it right after: "the lawful
# basis is the controllers' call; my job is to bring them a design a DPO can sign" divides the
# work, it does not hand it away ("that's legal's call; my job is to ship" still does).
_OWN_PART = regex_cache.compile(
    r"(?:[^.!?]{0,80}?(?:[;,:]|\band\b|\bbut\b))?\s*(?:but\s+|and\s+|so\s+)?(?:(?:my|our)\s+(?:job|part|role|work)\s+(?:there\s+|here\s+)?(?:is|will\s+be)\s+to\s+|"
    r"(?:we|I)(?:'d|\s+would|'ll|\s+will)?\s+)(?:bring|give|draft|prepare|provide|supply|write|hand)\s+(?:them|each|every|the|a|our)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:design|draft|package|DPIA|evidence|analys[ie]s|data|options?|proposal|plan|template|assessment|documentation|"
    r"results|summary|memo|dossier|validation|report|case)s?\b",
    re.IGNORECASE,
)


# ... or the decision is left with its owner because changing it alone would be wrong: "that's a
# protocol question and their call, not something to quietly tune away" defers to the sponsor.
_NOT_OURS_ALONE = regex_cache.compile(
    r"[^.;!?\n]{0,40}?,?\s*(?:and\s+|but\s+)?not\s+(?:something|anything|one|ours|mine)\s+(?:(?:we|I)\s+(?:should|would|can|get\s+to)\s+|to\s+)?"
    r"(?:\w+\s+)?(?:quietly|unilaterally|silently|secretly|alone|on\s+(?:our|my)\s+own)\b",
    re.IGNORECASE)


def own_part_after(text: str, b: int, end: int) -> bool:
    """Whether the candidate's own part follows a hand-off cue ending at ``b`` (see _OWN_PART), or
    what follows keeps the decision with its owner (see _NOT_OURS_ALONE)."""
    return _OWN_PART.match(text, b, min(end, b + 120)) is not None or _NOT_OURS_ALONE.match(text, b, end) is not None
