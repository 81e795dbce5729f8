"""A menu of options with no choice among them.

"Conservative: silent mode. Balanced: reorder the worklist. Aggressive: page the ED." lays out
what could be done; unless the answer then picks one ("I'd go with balanced"), none of it is
the candidate's plan, however specific each option is. Options left unchosen are listed, not
committed (the stance a topic lead-in gives its items).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm.stance import LISTED, Scope

if TYPE_CHECKING:
    from mockpm.passages import Reading

# An item that opens as one of several options: "*Conservative:*", "Option B -", "Path 2:".
_OPTION = re.compile(
    r"[ \t>]*(?:[-*+•]|\d+[.)])?[ \t]*[*_]*(?:"
    r"(?:option|path|approach|alternative|scenario|choice)\s*(?:[a-d1-4]|one|two|three|four)\b|"
    r"(?:conservative|cautious|balanced|moderate|middle(?:\s+ground)?|aggressive|ambitious|bold|minimal|maximal|"
    r"light|heavy|low-risk|high-risk|medium)\s*[*_]*\s*[:\-–—]"
    r")",
    re.IGNORECASE,
)
# The candidate choosing: "I'd go with", "my recommendation is", "I recommend", "we pick B".
_CHOICE = re.compile(
    r"\b(?:(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+(?:pick|choose|recommend|go\s+with|opt\s+for|back|lean\s+(?:toward|towards|to))|"
    r"my\s+(?:pick|call|choice|recommendation|vote|preference)|recommendation:|(?:I|we)\s+(?:prefer|recommend))\b",
    re.IGNORECASE,
)
# Fewer options than this is a contrast ("conservative: X; what I'd do: Y"), not a menu.
MIN_OPTIONS = 3


def mark(reading: Reading) -> None:
    """Mark the options of an answer that lays out a menu and never chooses as listed."""
    text = reading.text
    items = [i for i, s in enumerate(reading.sentences) if _OPTION.match(text, s.start)]
    if len(items) < MIN_OPTIONS or _CHOICE.search(text):
        return
    for i in items:
        s = reading.sentences[i]
        if s.carried is None:
            s.carried = LISTED
            if s.scopes is not None:  # read before the menu was known
                s.scopes.append(Scope(s.start, s.end, LISTED))
