"""Refusal lists: a label that introduces what the answer turns down ("Red lines: A; B",
"What makes me say no outright: A, B"), and the items under it that are refused moves."""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.stance_lexicon import _REFUSAL_LABEL

_REFUSAL_LABEL_RE = regex_cache.compile(_REFUSAL_LABEL, re.IGNORECASE)
# An item under a refusal label that names what would make the answer refuse, not a move it
# refuses: "What makes me say no: weakening review, or finding that errors cluster in insulin".
_ITEM_SPLIT = regex_cache.compile(r"\s*(?:[;,]\s*(?:(?:or|and)\s+)?|\s(?:or|and)\s+)")
_CONDITION_ITEM = regex_cache.compile(
    r"(?:any\s+)?(?:if|when|finding|seeing|learning|evidence\s+(?:that|of)|data\s+(?:that|showing)|"
    r"signs?\s+(?:that|of)|results?\s+(?:that|showing))\b", re.IGNORECASE)


def refused_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The refused moves listed after a refusal label opening ``text[start:end]`` ("Red lines:
    A; B"), leaving out conditions; none when the sentence opens no such list."""
    label = _REFUSAL_LABEL_RE.match(text, start, end)
    if label is None:
        return []
    out, at = [], label.end()
    for m in [*_ITEM_SPLIT.finditer(text, at, end), None]:
        stop = m.start() if m else end
        head = len(text[at:stop]) - len(text[at:stop].lstrip())
        if stop > at and not _CONDITION_ITEM.match(text, at + head, stop):
            out.append((at, stop))
        at = m.end() if m else end
    return out
