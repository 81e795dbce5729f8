"""Sentences an answer says again word for word: the second telling earns nothing.

Pasting a paragraph twice adds length, not judgment. A sentence whose words (case, spacing and
punctuation aside) repeat an earlier sentence of the answer gets no budget, so it cannot earn a
criterion its first telling had no room for. Short lines ("Owner: CMIO.") may recur in a real
plan, so only sentences of MIN_WORDS words or more count as repeats.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mockpm.passages import Reading

MIN_WORDS = 6
_WORDS = re.compile(r"\w+")


def mark(reading: Reading) -> None:
    """Set ``repeat`` on each sentence that an earlier sentence already said."""
    seen: set[tuple[str, ...]] = set()
    for s in reading.sentences:
        words = tuple(w.lower() for w in _WORDS.findall(reading.text, s.start, s.end))
        if len(words) < MIN_WORDS:
            continue
        if words in seen:
            s.repeat = True
        seen.add(words)
