"""Refusal lists: a label that introduces what the answer turns down ("Red lines: A; B",
"What makes me say no outright: A, B"), and what it lists."""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.lead_in_lexicon import _REFUSAL_LABEL

_REFUSAL_LABEL_RE = regex_cache.compile(_REFUSAL_LABEL, re.IGNORECASE)


def refused_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The refused moves listed after a refusal label opening ``text[start:end]`` ("Red lines:
    A; B"); none when the sentence opens no such list. A condition listed there ("or finding
    that errors cluster in insulin") is reported with the rest: it names what would make the
    answer refuse, so it neither earns credit nor counts as a call the answer makes."""
    label = _REFUSAL_LABEL_RE.match(text, start, end)
    return [(label.end(), end)] if label is not None and label.end() < end else []
