"""A measure named only to be put in its place: "with retention a secondary concern", "app
retention is a proxy", "delivery and open rates are diagnostics, not success measures"; or a
framing named only to be questioned or dropped: "before deciding this is a retention problem",
"stop treating the drop-off as app retention".

A red flag about framing the product by the wrong measure reads the measure as the answer's
goal. Said right after it that the measure is secondary, a proxy or a diagnostic, the mention
demotes it: that is the framing a committee wants, not the one it rejects. (For other criteria
a secondary measure is still one the plan tracks, so the stance reader leaves it committed.)
"""

from __future__ import annotations

import re

from mockpm import regex_cache

# (a word or two may qualify the measure, but no new clause: "retention and privacy is a secondary
# concern" demotes privacy, not retention)
_GAP = r"(?:\s+(?!(?:and|but|while|whereas|though|although|so)\b)[\w'%-]+){0,2}?\s+"
_DEMOTED_AFTER = regex_cache.compile(
    _GAP + r"(?:(?:is|are|as|becomes?|stays?)\s+)?(?:(?:only|just|merely)\s+)?(?:a\s+)?secondary\s+(?:concern|metric|measure|signal|indicator|KPI|question)s?\b|"
    + _GAP + r"as\s+secondary\b(?!\s+(?:outcome|endpoint))|"
    + _GAP + r"(?:is|are)\s+(?:only\s+|just\s+|merely\s+)?(?:a\s+)?(?:proxy|proxies|diagnostics?)\b(?=\s*[.;,]|\s+(?:for|not)\b)",
    re.IGNORECASE,
)


_QUESTIONED_BEFORE = regex_cache.compile(
    r"\b(?:before|instead\s+of|rather\s+than)\s+(?:deciding|agreeing|accepting|assuming|concluding|declaring|calling\s+it)\s+(?:that\s+)?"
    r"(?:this|it|the\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+is|'s)\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?$|"
    r"\bstop(?:s|ped)?\s+(?:calling|treating|framing|counting|describing|reporting|managing)\b(?:(?!\b(?:and|but|so|then)\b)[^.;,!?\n]){0,40}?$",
    re.IGNORECASE,
)


def demoted(text: str, start: int, end: int) -> bool:
    """Whether the measure at ``start:end`` is then called secondary, a proxy or a diagnostic, or is
    a framing the sentence questions or drops before naming it."""
    return _DEMOTED_AFTER.match(text, end) is not None or _QUESTIONED_BEFORE.search(text, max(0, start - 80), start) is not None
