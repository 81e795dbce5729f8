"""Gates that only protect anyone before patients are exposed, placed after exposure.

"After go-live, run silent mode for eight weeks" carries figures, so it reads like a planned
step, and a deferral that comes with figures is usually one ("after launch we track alert
volume weekly"). But a silent run, a pilot, a security review or an approval that starts once the
product is live protects nobody already exposed: the gate is put off, however specific the
sentence. Monitoring is what a real plan does after launch, so a gate that recurs or continues
("re-validate quarterly", "keep the silent comparison running") is not put off.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.keywords import LoweredPattern
from mockpm.stance_lexicon import POST_LAUNCH

# Checks whose whole point is to come before exposure. Not "pilot ward" or "bias audit": a
# pilot site is where exposure starts, and audits recur; validating the uplift measures a launch.
# ("silently" before a verb of loss or change names a failure, not a silent run: "we never
# silently suppress a re-order", "the field silently drops")
_SILENT_FAILURE = (r"(?!\s+(?:\w+\s+)?(?:drop|cancel|chang|restat|disappear|los[et]|exclud|mov|vanish|fall|fail|enter|stop|shift|"
                   r"rewrit|remov|recomput|suppress|delet|discard|ignor|overwrit|alter|swallow|skip|reject|block|break|corrupt|"
                   r"truncat|merg|replac|downgrad|reassign|re-?rout|reclassif)\w*)")
GATE = LoweredPattern(
    r"\b(?:silent(?:ly" + _SILENT_FAILURE + r"|\s+mode|-mode|\s+run|\s+period|\s+phase)|shadow(?:\s+mode|-mode|\s+run|\s+phase)|"
    r"(?:run|start|do|begin|hold)\s+(?:a|the|our)\s+pilot|pilot\s+(?:it|this|them)\b|"
    r"(?<!re-)(?<!re)validat(?:e|ed|ing|ion)(?!\s+(?:of\s+)?(?:the\s+)?(?:uplift|impact|effect|lift|results?|savings|outcomes?|gains?|roi|benefits?))|security\s+(?:review|assessment)|penetration\s+test\w*|pen\s+test\w*|"
    r"BAA|business\s+associate\s+agreement|IRB|ethics\s+(?:approval|review|board)|"
    r"FDA\s+(?:clearance|submission|review|determination|sign-off)|510\(k\)|de\s+novo|"
    r"regulatory\s+(?:review|determination|clearance|approval|counsel)|device\s+(?:decision|determination|question)|"
    r"DPIA|SCCs|privacy\s+impact\s+assessment|legal\s+review|privacy\s+review|SOC\s*2|HITRUST|part\s+11|"
    r"ethics\s+committee|formal\s+evaluation|(?:regression|integration|end-to-end|acceptance|safety)\s+(?:suite|test\w*)|"
    r"build\s+out\s+testing|test\s+(?:suite|plan|environment)|(?:patient\s+)?safety\s+officer|"
    r"(?:CNO|CMIO|CNIO|CMO|clinical|nursing|safety|medical)\s+(?:sign-off|approval|endorsement)|"
    # a one-off look at who it fails is a gate too; an audit that recurs is monitoring
    r"(?:subgroup|fairness|equity|bias)\s+(?:analysis|analyses|check|review|breakdown))"
)
# A gate that recurs or carries on past launch is monitoring, which belongs after it.
ONGOING = regex_cache.compile(
    r"\b(?:weekly|monthly|quarterly|daily|yearly|annual\w*|(?:every|each)\s+(?:\w+\s+)?(?:day|week|month|quarter|year|cycle|release|sprint|shift|run|time)s?|ongoing|continu\w*|keep\w*|kept|still|"
    r"again|periodic\w*|regular\w*|re-?(?:validat|run|check|test|review|audit)\w*)\b",
    re.IGNORECASE,
)
# Words that may stand before a deferral that leads its clause: "2. Then, after go-live, ...".
_LEAD = regex_cache.compile(r"[\s\d.)*#:_-]*(?:(?:then|and|so|next|finally|step\s+\d+|phase\s+\d+|week\s+\d+)[\s,:.]*)*", re.IGNORECASE)
_CLAUSE_END = regex_cache.compile(r"[;:]|,\s+(?:but|and\s+then|so)\b", re.IGNORECASE)
# The trigger's own phrase ("after go-live on the pilot ward,") ends at the first comma.
_COMMA = regex_cache.compile(r",")
_LABEL_COLON = regex_cache.compile(r"[*_]*:[*_]*")
_POST_LAUNCH = regex_cache.compile(POST_LAUNCH, re.IGNORECASE)
# A gate that says what it comes before ("a security review before we open to more plans") is
# still a gate, wherever the sentence stands.
COMES_BEFORE = r"before|ahead\s+of|prior\s+to|until"
_BEFORE = regex_cache.compile(rf"\b(?:{COMES_BEFORE})\b", re.IGNORECASE)
_ENDS_CLAUSE = regex_cache.compile(r"\s*(?:[.,;:!?)]|$|(?:if|when|maybe|once|unless|and|but)\b)", re.IGNORECASE)


def deferred_gates(text: str, start: int, end: int, lowered: str | None,
                   soft: list[tuple[int, int, str]], clause_start: int) -> list[tuple[int, int, tuple[int, int]]]:
    """Spans of ``text[start:end]`` that a post-launch deferral puts a pre-launch gate into, each
    with the trigger that puts it off.

    ``soft``: the sentence's post-launch triggers ("after go-live", "once we're live"), none of
    them negated; ``clause_start``: where the clause ending at the first trigger begins.
    """
    out: list[tuple[int, int, tuple[int, int]]] = []
    # Only "once it is live" puts a pre-launch gate off: "FDA clearance in year two" or "in v2"
    # defers a later feature together with its gate, which is how a roadmap sequences risk.
    soft = [hit for hit in soft if _POST_LAUNCH.match(text, hit[0], hit[1])]
    # A sentence that lists recurring checks, or says what its gate comes before, is a monitoring
    # plan ("after launch: quarterly audits, and a security review before we open to more plans").
    if ONGOING.search(text, start, end) or _BEFORE.search(text, start, end):
        return out
    for ma, mb, _ in soft:
        if _LEAD.fullmatch(text, start, ma):
            # "After launch:" opens what follows; "after go-live on the pilot ward," ends at its comma.
            label = _LABEL_COLON.match(text, mb)
            comma = None if label else _COMMA.search(text, mb, min(end, mb + 60))
            lo = label.end() if label else comma.end() if comma else mb
            stop = _CLAUSE_END.search(text, lo, end)
            hi = stop.start() if stop else end
        elif _ENDS_CLAUSE.match(text, mb, end):
            lo, hi = clause_start, ma  # "we do the security review after go-live."
        else:
            continue  # attributive: "a 60-day post-launch evaluation" puts off only its noun
        if hi > lo and GATE.search(text, lowered, lo, hi):
            out.append((lo, hi, (ma, mb)))
    return out
