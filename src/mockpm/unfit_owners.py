"""Safeguards handed to the wrong owner: people with a stake in the check passing, or no standing
to judge it.

A named owner for every safeguard is what committees ask for, so an answer can name one for
each and still give every check away: the vendor's sales engineer validates the model, the IT
help desk watches for patient harm, marketing sets the clinical threshold, the team that built
the model signs off its safety. Each such assignment is a call a committee rejects on. A sentence
counts when it ties a safeguard (validation, safety, a threshold, sign-off, a regulatory or
privacy call, harm monitoring, escalation) to an owner of that kind in the candidate's own voice:
"not the team that built it" or "rather than sales" is the right call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm.keywords import LoweredPattern
from mockpm import stance as st

if TYPE_CHECKING:
    from mockpm.passages import Reading

# Owners with a stake in the check passing (selling, marketing, building it) or no standing to
# judge a clinical or regulatory question (a help desk, a call centre, an intern).
_UNFIT = (
    r"(?:(?:vp|head|director|chief)\s+(?:of\s+)?(?:sales|marketing|growth|revenue|customer\s+success|commercial)"
    r"|chief\s+(?:revenue|commercial|marketing|growth)\s+officer"
    r"|(?:sales|marketing|growth|commercial|procurement|customer[\s-]success|account|partnerships?|business[\s-]development|solutions?|pre-?sales)\s+"
    r"(?:team|lead|leads|director|manager|managers|vp|reps?|representatives?|engineers?|executives?|execs?|counsel|org|department|staff|"
    r"consultants?|specialists?|owners?)"
    r"|marketing|sales(?:\s+and\s+marketing)?|csms?|account\s+(?:managers?|executives?|teams?)|procurement|customer\s+(?:support|success)(?:\s+team)?"
    r"|(?:it\s+)?(?:help|service)\s*desk(?:\s+(?:manager|staff|team|agents?))?|call[\s-]cent(?:er|re)(?:\s+(?:supervisor|staff|agents?|team))?"
    r"|it\s+on-?call|(?:tier[\s-]1|first-line|level[\s-]1)\s+support|support\s+(?:desk|agents?)|(?:[\w-]+\s+)?interns?"
    r"|(?:team|engineers?|scientists?|group|developers?|designers?|squad)\s+(?:who|that)\s+(?:co-?)?(?:built|trained|designed|developed|wrote|sold|made)\s+"
    r"(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:model|tool|screen|product|feature|algorithm|prompt|nlp|pipeline|classifier|engine|system|software|change|code|migration|interface|connection|integration|fix))"
    r"|(?:vendor|supplier|manufacturer|(?:cloud|model|ai|llm)\s+provider)'s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:reps?|representatives?|engineer\w*|team|account\s+manager|managers?|consultants?))"
)
_SAFEGUARD = (
    r"(?:validat\w*|safety(?:\s+case)?|patient[\s-]harm|harm|clinical(?:ly)?\s+(?:sign-?off|significan\w*|adequa\w*|review|safety|risk)|"
    r"sign(?:s|ed)?[\s-]off|go/no-go|threshold\w*|cut-?off|clearance|fda|regulatory|intended[\s-]use|device\s+status|licens\w*|adverse|"
    r"incidents?|escalat\w*|crisis|audit\w*|subgroup\w*|breakdowns?\s+by\s+(?:age|sex|race|ethnicity|language|site)|bias|fairness|accuracy|"
    r"privacy|dpia|baa|hipaa|consent|rollback|failure[\s-]modes?|kill[\s-]switch|off[\s-]switch|discrepanc\w*|drift|monitoring|reconcil\w*|lineage|"
    r"measur\w*\s+(?:success|outcomes?|results?|impact)|"
    r"(?:performance|results?|sensitivity|specificity)\s+(?:broken\s+out\s+)?(?:by|per|across)\s+(?:scanner|vendor|site|age|sex|race|ethnicity|language|subgroup)\w*)"
)
_OWNS = (r"(?:own|owns|holds?|sign\w*\s+off(?:\s+on)?|approv\w*|validat\w*|set|sets|decid\w*|confirm\w*|review\w*|certif\w*|monitor\w*|watch\w*|"
         r"triag\w*|runs?|leads?|chairs?|judg\w*|check\w*|verif\w*|assess\w*|audit\w*|maintain\w*|tags?|picks?|rations?|complet\w*|writes?|"
         r"determin\w*|handles?|(?:is|are)\s+responsible\s+for)")
_OWNED_BY = (r"(?:owned|set|signed\s+off|approved|validated|verified|confirmed|reviewed|run|certified|decided|monitored|chaired|led|"
             r"maintained|judged|checked|assessed|audited|determined|handled|watched|triaged|done|performed)")
_DET = r"(?:the\s+|our\s+|their\s+|its\s+|each\s+|every\s+|any\s+|a\s+|all\s+|an\s+)?"
_WHOSE = rf"{_DET}(?:\w+'s\s+)?(?:[\w-]+\s+){{0,2}}?"
# Each alternative captures the owner in its one group, so its stance can be read (patterns are
# lower-cased, so the groups go unnamed).
ASSIGNED = LoweredPattern(
    # "Owner: the IT help desk", under the safeguard it answers for in the same paragraph
    rf"\b{_SAFEGUARD}\b(?:[^\n]|\n(?![ \t]*\n)){{0,250}}?\bowners?\s*(?:is\s+|:\s*){_WHOSE}({_UNFIT})\b|"
    # "the breakdown by age I'd give to our customer success lead"
    rf"\b{_SAFEGUARD}\b[^.;\n]{{0,120}}?\b(?:give|gave|giving|hand|handed|assign\w*|delegat\w*|leave|left)\s+(?:it\s+|that\s+|this\s+|them\s+)?to\s+"
    rf"{_WHOSE}({_UNFIT})\b|"
    # "marketing owns the intended-use statement", "the team that built the model signs the safety case"
    rf"\b({_UNFIT})\b(?:,[^,.;\n]{{0,80}},)?\s+(?:will\s+|would\s+|also\s+|then\s+|can\s+|should\s+)?{_OWNS}\b\s+{_DET}(?:[\w/-]+\s+){{0,3}}?{_SAFEGUARD}\b|"
    # "the cut-off ... is set by the VP Sales"
    rf"\b{_SAFEGUARD}\b[^.;\n]{{0,100}}?\b{_OWNED_BY}\s+(?:\w+\s+)?by\s+{_WHOSE}({_UNFIT})\b|"
    # "Go/no-go: our account executive", "- Model validation — the team that built the NLP"
    rf"(?m:^)[\s*_>-]*(?:\d+[.)]\s*)?[*_]*[^:\n\u2014\u2013]{{0,60}}?\b{_SAFEGUARD}\b[^:\n\u2014\u2013]{{0,40}}(?::|\s[\u2014\u2013]|\s--?\s)[*_]*\s+(?:{_OWNED_BY}\s+by\s+|held\s+by\s+)?{_WHOSE}({_UNFIT})\b|"
    # a table row whose owner cell, after the safeguard's, opens on one: "| FDA pathway decision | Head of Sales, who ... |"
    rf"(?m:^)[ \t]*\|[^\n]*?\b{_SAFEGUARD}\b[^\n|]*\|(?:[^\n|]*\|){{0,2}}?[ \t*_]*(?:{_OWNED_BY}\s+by\s+)?{_WHOSE}({_UNFIT})\b"
)
# Two such hand-offs make the plan's safeguards someone else's interest: one can be a slip.
MIN_UNFIT_OWNERS = 2


# Words one of those owners needs, read first: most answers name none, and the full pattern is long.
_ANY_UNFIT = regex_cache.compile(
    r"sales|marketing|commercial|procurement|customer[\s-](?:success|support)|\bcsms?\b|chief\s+\w+\s+officer|"
    r"(?:vp|head|director|chief)\s+(?:of\s+)?(?:growth|revenue)|"
    r"(?:account|partnerships?|business[\s-]development|solutions?|growth)\s+(?:team|lead|director|manager|vp|rep|engineer|exec|counsel|org|"
    r"department|staff|consultant|specialist|owner)|desk\b|call[\s-]cent|on-?call|support\s+(?:desk|agent)|\binterns?\b|"
    r"(?:who|that)\s+(?:co-?)?(?:built|trained|designed|developed|wrote|sold|made)|(?:vendor|supplier|manufacturer|provider)'s")


def unfit_owners(reading: Reading) -> list[int]:
    """Indices of the sentences that hand a safeguard to an unfit owner in the candidate's voice."""
    text, low = reading.text, reading.lowered
    if not _ANY_UNFIT.search(low):
        return []
    found: set[int] = set()
    for m in ASSIGNED.finditer(text, low):
        group = next(g for g in range(1, len(m.groups()) + 1) if m.group(g) is not None)
        a, b = m.span(group)
        if reading.stance(a, b) in st.COMMITTED and not reading.sentences[reading.sentence_index(a)].owned_mistake:
            found.add(reading.sentence_index(a))
    return sorted(found)
