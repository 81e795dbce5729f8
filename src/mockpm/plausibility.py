"""Claims no clinical team could stand behind: the numbers of an answer read against what care allows.

An answer can carry every right word and still promise a 99.9 % catch rate from thirty scans, a
510(k) in six weeks or 280 nurses trained in fifteen minutes. A committee hears that as not
knowing how medicine, regulation or hospitals work. Each family below is one way of being
implausible; one slip is forgiven (a typo, a stretch goal), two claims are a pattern.
Only the candidate's own claims count: "no model reaches 99 % sensitivity" is judgment, not a claim.
"""

from __future__ import annotations

import re

from mockpm import stance as st
from mockpm.passages import reading_for

_SHORT_TIME = (
    r"(?:(?:in|within|over|took|takes|inside|by|under)\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+|less\s+than\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|ten|a\s+couple\s+of|a\s+few|\d{1,2})\s+(?:afternoon|morning|evening|weekend|sprint|days?|hours?|minutes?)s?|"
    r"(?:one|two|three|four|five|six|a\s+couple\s+of|a\s+few|[1-6]|a)\s+weeks?)\b|overnight)"
)
FAMILIES: dict[str, re.Pattern[str]] = {
    # Near-perfect performance or outcome from a model, a process or people.
    "near-perfect": re.compile(
        r"\b(?:(?:9[89](?:\.\d+)?|100)\s?(?:%|percent)|0\.99\d*|0\.0+\d\s?%)\s*(?:\w+\s+){0,3}?"
        r"(?:sensitivity|specificity|accuracy|accurate|agreement|concordance|precision|recall|adherence|attendance|"
        r"adoption|compliance|match|correct|catch|top-1|auroc|auc|completion|hallucination|error)\b|"
        r"\bzero\s+(?:\w+\s+){0,2}?(?:errors?|under-?triage|harm|incidents?|false\s+\w+|misses|missed\s+\w+|duplicates?|"
        r"complaints?|events?|no-shows?|readmissions?)\b",
        re.IGNORECASE,
    ),
    # Work that takes months (clearance, audits, approvals, validation, training a workforce) done in days.
    "impossible-speed": re.compile(
        r"\b(?:FDA|510\s?\(k\)|De\s+Novo|clearance|SOC\s?2|Type\s+(?:II|2)|HITRUST|QMS|quality\s+(?:management\s+)?system|"
        r"ethics\s+(?:committee\s+)?approvals?|audit-ready|IRB\s+approvals?|approvals?\s+(?:from|at)\s+(?:all|every|\d+)|"
        r"(?:re-?)?validat\w*|silent(?:ly)?\s+(?:mode|run|period)|shadow(?:ed|ing)?\s+\d+|translat\w+\s+(?:into\s+)?\d+\s+languages|"
        r"train(?:ed|ing)?\s+(?:all\s+)?\d+\s+\w+|(?:all|every)\s+\d+\s+(?:sites|hospitals|clinics|systems))\b"
        rf"[^.!?\n]{{0,100}}?\b{_SHORT_TIME}|"
        # ... or the short time first: "a 48-hour validation", "a five-day trial".
        r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|ten)[\s-](?:hour|day|minute)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:validation|silent|trial|study|clearance|review|pilot|training|audit|approval)|"
        r"\b(?:\d|one|two|three)[\s-]week\s+(?:[\w-]+\s+){0,2}?(?:clearance|trial|study|approval|audit)|"
        # ... or an outcome that jumps in days: "from 60% to 99% adherence in 30 days".
        r"\b\d{1,2}\s?%\s+to\s+\d{1,3}\s?%\s+(?:[\w-]+\s+){0,3}?(?:in|within)\s+(?:\d{1,2}|a|one|two|three|four|five|six)\s+(?:days?|weeks?)\b",
        re.IGNORECASE,
    ),
    # Human review squeezed to seconds, systems to a few milliseconds.
    "impossible-effort": re.compile(
        r"\b(?:(?:\d{1,2}|one|two|three|five|ten|fifteen|twenty)[\s-]seconds?\s+(?:\w+\s+){0,2}?(?:review|check|sign|verif|read|look)\w*|"
        r"(?:review|check|sign|verif|read)\w*\s+(?:\w+\s+){0,4}?in\s+(?:about\s+|under\s+)?(?:\d{1,2}|one|two|three|five|ten|fifteen|twenty)\s+seconds|"
        r"(?:[1-9]|10)\s?(?:ms|milliseconds?)\b|millisecond\s+\w+)",
        re.IGNORECASE,
    ),
    # A big claim resting on a handful of cases.
    "tiny-evidence": re.compile(
        r"\b(?:on|from|of|with|across)\s+(?:just\s+|only\s+|a\s+)?(?:sample\s+of\s+)?(?:[1-9]\d?|ten|twenty|thirty|forty|fifty)\s+"
        r"(?:cases|scans|studies|charts|patients|records|notes|members|images)\b[^.!?\n]{0,80}?"
        r"\b(?:9\d(?:\.\d+)?\s?%|100\s?%|concordance|statistically|proves?|proven|publishable|matched|perfect)",
        re.IGNORECASE,
    ),
}
MIN_CLAIMS = 2


def implausible_claims(text: str) -> list[str]:
    """The implausible claims the candidate makes in their own voice: one entry per claim,
    named by its family (sorted)."""
    reading = reading_for(text)
    found = []
    for name, pattern in FAMILIES.items():
        found += [name for m in pattern.finditer(text) if reading.stance(m.start(), m.end()) in st.COMMITTED]
    return sorted(found)
