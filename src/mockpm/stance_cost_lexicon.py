"""More of the stance reader's triggers: steps waved off as not worth their cost, kept small, or
left until someone else forces them, and the refusals said around them.

Split from ``stance_lexicon`` (the same kind of data, read the same way): ``stance`` appends each
list here to its namesake there.
"""

from __future__ import annotations

from mockpm.reported_lexicon import REPORTED
from mockpm.stance_lexicon import DEFERRED, DISMISSED, NEGATED, OTHERS

COST_BACKWARD: list[tuple[str, str]] = []
COST_FORWARD: list[tuple[str, str]] = []
COST_CLAUSE_WIDE: list[tuple[str, str]] = []

# A reply that turns down what a question put forward: "Why talk to FDA before we have to?
# Honestly, I wouldn't." (the question alone, answered "Because ...", keeps the step).
# The refusal stands alone or takes the step as its object ("I wouldn't go", "we don't need to"), not
# a reason for going early ("We don't want to spend a year building the wrong evidence").
_NO_REPLY = (r"(?:(?:honestly|frankly|realistically|in\s+practice|I'll\s+be\s+honest[^.!?\n]{0,20}?),?\s+)*"
             r"(?:(?:I|we)\s+(?:(?:probably|really|just)\s+)?(?:wouldn't|would\s+(?:probably\s+)?not|won't|don't|do\s+not|shouldn't)"
             r"(?=\s*(?:[.,;!\u2014\u2013]|$)|\s+(?:go|talk|engage|bother|need|have\s+to|file|ask|meet|do\s+(?:it|that|this)|yet)\b)|"
             r"(?:no|not\s+yet)(?=\s*(?:[.,;!\u2014\u2013]|$)))")

# Waving a step away until someone else forces it, or as not worth doing: "if FDA ever takes an
# interest we'll handle it then", "start SOC 2 when a deal really hinges on it", "spending runway
# on a regulatory process now doesn't make sense", "less dramatic than it sounds".
COST_BACKWARD += [
    (DISMISSED, r"\b(?:(?:doesn't|does\s+not|don't|do\s+not)\s+(?:really\s+)?make\s+(?:much\s+)?sense|makes\s+no\s+sense|"
                r"(?:when|once|if)\s+(?:a|the|some|one)\s+(?:deal|customer|contract|buyer|client|hospital)\s+(?:really\s+|actually\s+)?"
                r"(?:hinges|depends|insists|asks|requires|demands)\b)"),
]
COST_CLAUSE_WIDE += [
    (DISMISSED, r"\b(?:less\s+(?:dramatic|serious|scary|alarming|risky|of\s+a\s+(?:problem|risk|deal))\s+than\s+it\s+(?:sounds|looks|seems)|"
                r"(?:is|'s|are)\s+(?:purely\s+|mostly\s+|just\s+)?hypothetical|"
                r"if\s+(?:[\w-]+\s+){0,3}?ever\s+(?:takes?\s+an?\s+interest|notices?|comes?\s+(?:knocking|asking|calling)|asks?|cares?|insists?))\b"),
]
# Someone else's people are there for it; a reviewer "always wants more time".
COST_CLAUSE_WIDE += [
    (OTHERS, r"\b(?:has|have)\s+(?:pharmacists|nurses|staff|people|someone|a\s+team|teams|coders|analysts|it|legal)\s+for\s+that\b"),
    (DISMISSED, r"\b(?:always|forever)\s+wants?\s+(?:more|another|one\s+more)\b|\bthere'?s\s+always\s+(?:one\s+more|another)\b(?!(?:\s+[\w-]+){0,2}\s+than\b)"),
]
# Someone else's ask, named after it: "pooling everything in one US region is what the sponsor wants".
COST_BACKWARD += [
    (REPORTED, r"\b(?:is|are|was)\s+what\s+(?:the\s+)?(?:sponsor|sales|customer|client|vendor|CEO|board|leadership|VP|they|executives?)\s+"
               r"(?:wants?|wanted|asked\s+for|(?:is|are)\s+asking\s+for|proposed|suggested|pushed\s+for)\b"),
]
# Refusing to pay the cost a step brings: "I wouldn't slow everything down for the travel nurses",
# "wouldn't put the date at risk for a subgroup audit", "no sense translating a flow we might change".
_REFUSE_COST = (r"(?:won't|wouldn't|will\s+not|would\s+not|not\s+going\s+to|shouldn't|should\s+not|can't|cannot)\s+(?:\w+ly\s+)?"
                r"(?:slow\s+(?:everything|things|us|the\s+\w+)\s+down|delay\s+(?:everything|things|us|the\s+\w+)|"
                r"hold\s+(?:up\s+)?(?:everything|things|us|the\s+\w+)|(?:put|risk)\s+(?:the|our)\s+(?:date|launch|timeline|deadline|go-live)(?:\s+at\s+risk)?)"
                r"\s+(?:just\s+)?for")
COST_FORWARD += [
    # a check filled by something else: "the first two months of live reading stand in for the silent run"
    (DISMISSED, r"\b(?:stands?|standing|stood)\s+in\s+for\b"),
    (DISMISSED, rf"\b(?:{_REFUSE_COST}(?!\s+(?:it|this|that|them)\b)|no\s+(?:sense|point)\s+(?:in\s+)?(?=\w+ing\b))"),
]
# A cost refused or a step kept small: "a cost we can't carry right now", "doesn't pencil out", "not much point designing
# around them", "I'd keep regulatory light", "wouldn't spend a squad on it", "Why talk to FDA
# before you have to?"; and a fix left until something breaks: "We'll adjust when something lapses."
COST_BACKWARD += [
    (DISMISSED, r"\b(?:(?:is\s+)?a\s+cost\s+(?:that\s+)?we\s+(?:can't|cannot|couldn't)\s+(?:carry|afford|justify|take\s+on)|"
                # ... or one whose sums don't work: "a regulatory hire doesn't pencil out before revenue"
                r"(?:doesn't|does\s+not|won't|wouldn't|will\s+not|would\s+not)\s+pencil\s+out|"
                r"(?:wouldn't|won't|not\s+going\s+to)\s+spend\s+(?:a|any|the|much|our)?\s*(?:squad|sprint|team|engineers?|time|money|budget|cycles)\s+on\s+(?:it|this|that|them))\b"),
]
COST_FORWARD += [
    (DISMISSED, r"\b(?:not\s+(?:much|a\s+lot\s+of)\s+point\s+(?:in\s+)?(?=\w+ing\b)|(?:wouldn't|won't|not\s+going\s+to)\s+spend\s+(?:a|any|the|much|our)?\s*"
                r"(?:squad|sprint|team|engineers?|time|money|budget|cycles)\s+on(?!\s+(?:it|this|that|them)\b))"),
]
COST_CLAUSE_WIDE += [
    # optional where it was required: "silent mode becomes something we offer sites rather than require"
    # ("recommend interpreters rather than require patients to bring family" turns down the other thing)
    (DISMISSED, r"\b(?:(?:offer|suggest|recommend|encourag)\w*\s+(?:[\w-]+\s+){0,3}?rather\s+than\s+(?:requir|mandat|enforc)\w*(?:\s+(?:it|them|that))?(?=\s*(?:[.,;!?)]|$))|"
                r"optional\s+rather\s+than\s+(?:required|mandatory)|"
                # a step said to be done already by something else: "the retrospective data is already a kind of
                # silent run", "I'd treat it as our validation"
                r"(?:is|are|was)\s+already\s+(?:a\s+kind\s+of|a\s+form\s+of|a\s+sort\s+of|effectively|basically|in\s+effect)|"
                r"(?:treat|count)\s+(?:it|that|this|them)\s+as\s+(?:our|the)\s+(?:\w+\s+)?(?:validation|silent\s+run|pilot|audit|review|testing|evidence)|"
                # ... or live use made the check: "treat the first month live as our validation period"
                r"(?:treat|count|use)\w*\s+(?:the\s+)?(?:first\s+(?:\w+\s+){0,2}?(?:live|of\s+(?:live\s+use|go-live|production))|go-live|launch|"
                r"live\s+(?:use|running|traffic)|production|real[\s-]world\s+use)\s+as\s+(?:our|the|a)\s+(?:\w+\s+)?(?:validation|silent\s+run|pilot|evaluation|test)\w*|"
                # a gate turned into advice: "I'd treat her sign-off as advisory for go-live"
                r"(?:treat|count)\w*\s+(?:[\w'-]+\s+){0,3}?(?:sign-?off|approval|review|gate|check|audit|validation|requirements?|thresholds?|criteria|triggers?|rules?)\s+"
                r"as\s+(?:advisory|optional|a\s+formality|informational|non-blocking|a\s+suggestion|guidance\s+only))\b"),
    # ("Why go to FDA before we have to?" with no reply waves it off; headed by a colon, or a heading over
    # "Because ...", the reasons for going follow)
    (DISMISSED, rf"\b(?:keep\s+(?:the\s+|our\s+)?(?:regulatory|compliance|validation|governance|process|paperwork|oversight|QA|testing|review|legal|safety)(?:\s+[\w-]+)?\s+(?:light|lean|minimal)|why\s+(?:[\w-]+\s+){{1,4}}?before\s+(?:you|we)\s+(?:have|need)\s+to(?!\s*:)(?=[^.!?\n]*(?:[.!]|\n(?![\s*_>#-]*(?:because|since|the\s+reason)\b)|$)|[^.!?\n]*\?[\s*_\x22\x27”’,]*(?:{_NO_REPLY}|\Z)))\b"),
    (DEFERRED, r"\b(?:we'll|we\s+will|I'll|I\s+will)\s+(?:adjust|deal\s+with\s+it|fix\s+it|react|respond|handle\s+it|sort\s+it\s+out)(?:\s+[\w-]+){0,3}?\s+(?:when|if|once)\s+"
               r"(?:something|anything|it|that|a\s+problem|an\s+issue)\s+(?:actually\s+)?(?:lapses|breaks|happens|goes\s+wrong|comes\s+up|fails)\b"),
]
# A refusal said before its object in the same sentence: "What would make me say no outright: if
# the only way to hit the date was to ship it to every unit."
COST_CLAUSE_WIDE += [
    (NEGATED, r"\bmake\s+me\s+(?:say\s+no|refuse|walk\s+away|stop)(?:\s+outright)?\s*:"),
]

# A launch that goes ahead in place of a safeguard waves it off for whoever goes live: "Medicine 5
# and 6 go live with alerts in week 2 rather than shadowing", "the ED goes live in week 2, skipping
# the silent run". A launch denied or held keeps the safeguard ("we don't launch instead of
# piloting"), so no word of the clause before the connective negates. (A bare "without" is left to
# the negation: "launch tracking without treatment claims" leaves out a risky feature, not a safeguard.)
_PLAIN_WORD = r"(?:(?!(?:not|no|never|nothing|nobody|none|cannot|until|unless|only|if)\b)(?![\w'-]*n't\b)[\w'()%+/-]+[\s,]+)"
_UNGATED_WORD = r"(?:(?!(?:once|after|when|provided)\b)" + _PLAIN_WORD + ")"
_CLAUSE_START = r"(?:(?<=\A)|(?<=\n)|(?<=[.!?;:]\s)|(?<=[-*]\s))"
_GOES_LIVE = r"(?:go(?:es|ing)?\s+live|launch(?:es|ing)?|ship(?:s|ping)?|roll(?:s|ing)?\s+out|(?:turn|switch)(?:s|ed|ing)?\s+"
COST_FORWARD += [
    (DISMISSED, _CLAUSE_START + _PLAIN_WORD + r"{1,14}?" + _GOES_LIVE + r"(?:it\s+|them\s+)?on)(?!\s+(?:and|or)\s+off)[\s,]+"
                + _PLAIN_WORD + r"{0,10}?(?:rather\s+than|instead\s+of|skipping|bypassing)\b"),
    # ... and so does one "without" the check the rest of the plan gets: "so we'll
    # switch the ED on directly at go-live using the internal medicine validation, without a separate silent run"
    # (not once a gate is met: "once ward 1 holds the bar, ward 2 goes live without a separate pilot")
    (DISMISSED, r"(?:" + _CLAUSE_START + r"|(?<=,\sso\s)|(?<=,\sand\s)|(?<=,\sthen\s))" + _UNGATED_WORD + r"{1,14}?"
                + _GOES_LIVE + r"(?:[\w-]+\s+){0,3}?on)\b(?!\s+(?:and|or)\s+off)[\s,]*"
                + _UNGATED_WORD + r"{0,14}?without\s+(?:a\s+|an\s+|any\s+|its\s+|their\s+)?(?:separate|own|additional|further|fresh|new|local|dedicated|second|re-?\w+)\b"
                r"(?![^.;\n]{0,80}?\b(?:once|after|when|if|provided|until)\b)"),
]

# A step doubted out of the plan, or shrunk to a chore, in a courteous voice: "I'm not sure a Pre-Sub
# buys us much at this stage", "I'd treat the BAA as more of a procurement detail".
COST_CLAUSE_WIDE += [
    # (a step named there: "otherwise I'm not sure it adds anything" doubts the product, under its condition)
    (DISMISSED, r"(?<!otherwise,\s)(?<!otherwise\s)\b(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:sure|convinced)\s+(?:that\s+)?(?!(?:it|this|that|they|these|those)\b)(?:[\w-]+\s+){1,5}?(?:buys?|gets?|gives?|adds?|earns?)\s+(?:us\s+)?"
                r"(?:much|anything|a\s+lot|enough)\b|"
                r"\b(?:treat|see|view|handle)\w*\s+(?:this|it|that|the\s+[\w-]+)\s+as\s+(?:more\s+of\s+|mostly\s+|just\s+|merely\s+)?(?:a|an)\s+"
                r"(?:procurement|paperwork|admin(?:istrative)?|contracting|legal|sales|closing)\s+(?:detail|item|task|step|matter|question|formality)\b"),
]

# A step left until there is room for it: "run the parallel comparison after the window closes, when
# there's more bandwidth", "the study once revenue is coming in", "after the new year once the team has capacity".
COST_BACKWARD += [
    (DEFERRED, r"\b(?:when|once|if|whenever)\s+(?:there's|there\s+is|we\s+have|we've\s+got|we\s+get|(?:the\s+)?(?:engineering\s+)?team\s+has|engineering\s+has)\s+"
               r"(?:more\s+|some\s+|spare\s+|the\s+)?(?:bandwidth|capacity|headcount|room|budget|breathing\s+room)\b|"
               r"\bonce\s+(?:the\s+)?(?:revenue|money|cash)\s+(?:is\s+|starts?\s+)?(?:coming|comes|flowing|flows)\s+in\b"),
]
