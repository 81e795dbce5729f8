"""What around a stance trigger changes its reading: the words just before or after it.

ConText reads a trigger within a scope; these patterns are the exceptions that scope reading
checks at the edges: an adjective before its noun, an item committed "now" before one put off,
an addition declined, a risk described with a modal, a control's owner named, a gate's
condition, a clinical recipient of an escalation; and pseudo-triggers, which look like one.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.option_costs import heads_as_gerund
from mockpm.stance_scope_lexicon import PATIENT_CHOICE

# Words before "they don't need" that are not the noun it describes: a conjunction or adverb opens
# a clause of its own, and a step, check or review is what is waved off.
_NOT_A_NOUN_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in (
    "and", "but", "so", "if", "then", "because", "since", "when", "honestly", "really", "frankly",
    "step", "steps", "check", "checks", "review", "thing", "something"))

# Pseudo-triggers: look like negation but do not negate what follows.
_PSEUDO = regex_cache.compile(
    r"\b(?:not\s+only|not\s+just|not\s+merely|no\s+(?:more|fewer|less|later|earlier|sooner)\s+than|not\s+(?:more|less|fewer)\s+than|"
    # a question a table row asks, answered in the cells beside it: "| Are we skipping women or Black patients? | Miss rate by sex ..."
    r"(?<=\|\s)(?:are|is|do|does|should|will|can|could|must)\s+(?:we|I|you|they)\s+[^?|\n]{0,100}?\w(?=\?\s*\|)|"
    # a recurring event said to fall later, not a step put off: "the next refill comes later"
    r"next\s+[\w-]+\s+(?:comes?|arrives?|happens?|falls?)\s+later|(?:pair|partner|team)\s+(?:up\s+)?with\s+[^.;\n]{1,40}?\sin\s+my\s+first\b|"
    # a cost told to the people who fund the work, not a step waved off: "the board hears now that a
    # De Novo could eat the runway", "warn investors that the study would take most of the year"
    r"(?:(?:board|CEO|investors?|leadership|funders?)\s+(?:hears?|knows?|learns?)|(?:tell|tells|warn|warns|brief|briefs)\s+(?:the\s+)?(?:board|CEO|investors?|leadership|funders?))"
    r"\s+(?:now\s+|early\s+|up\s+front\s+|today\s+)?that\b[^.;!?\n]{0,60}?\b(?:could|would|will|might|may)\s+(?:eat|burn|consume|swallow|take\s+up)\b|"
    # a terse note's step done regardless: "Pre-Sub anyway.", "Silent mode anyway." (a word, or a
    # safeguard's two, opening a line or sentence; "Launch anyway." still goes ahead regardless)
    r"(?:(?<![^\n])|(?<=[.!?]\s)|(?<=^[-*•]\s)|(?<=\n[-*•]\s))(?!(?:it|that|this|they|we|I|he|she|you|nobody|everyone|launch|ship|go|release|deploy|proceed|continue|roll)\w*\b)"
    r"(?:(?:silent|shadow|bias|chart|subgroup|safety|ethics|privacy|security|validation|fairness|clinical)[\w/-]*\s+)?[A-Z][\w/-]*\s+anyway(?=\s*[.!;]|$)|"
    # a bar to reach or asked for, not one settled for: "to get the NLP good enough in German we need
    # volume", "ask the reviewer what result would be good enough"
    r"(?:get|gets|getting|make|makes|making)\s+(?:[\w'-]+\s+){1,4}?good\s+enough\b|(?:what|which|how)\s+(?:[\w'-]+\s+){0,3}?(?:would|will|is|are|counts?\s+as)\s+(?:be\s+)?good\s+enough\b|"
    r"(?:what|how)\s+good\s+enough\s+(?:looks|means)\b|"
    # ... or the candidate's own work done regardless: "We'd build the study and the safety plan anyway"
    r"(?:I|we)(?:'d|'ll|\s+would|\s+will)\s+(?:still\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:build|do|run|write|keep|create|hire|test|validate|need|want|document)\b"
    # (not work put off: "I'd do shadowing during onboarding anyway" waves it away for now)
    r"(?:(?!\b(?:during|after|later|once|when|eventually|someday|onboarding)\b)[^.;!?\n]){0,80}?\banyway(?=\s*[.!;,]|$)|"
    # both answers named, neither denied: "whether or not it is a device", "when software is or isn't a device"
    r"whether\s+or\s+not|(?:is|are|was|does|do|did|can|will|would|should)\s+or\s+(?:isn't|aren't|wasn't|doesn't|don't|didn't|can't|won't|wouldn't|shouldn't|is\s+not|are\s+not|does\s+not)|"
    # novelty, not a step denied: "nothing like it has been cleared", "no similar device is on the market",
    # "it's not like anything cleared"; or the status quo: "where they are today anyway"
    r"(?:it's|it\s+is)\s+not\s+like\s+anything\s+(?:similar\s+)?(?:(?:has|is|was)\s+(?:been\s+)?)?(?:already\s+)?(?:cleared|approved|authori[sz]ed)\b|"
    r"(?:where|what|how)\s+(?:(?:they|it|we|patients|things)\s+)?(?:are|is|were|happens?)\s+(?:today|now)\s+anyway|"
    r"nothing\s+(?:like\s+(?:it|this|that)|similar)|no\s+similar\s+(?:[\w-]+\s+)?(?:device|tool|product|software|system)s?|"
    # doing it now, or saying the obvious: "we don't need to wait for the quarter to end", "I don't need to tell you that ..."
    r"(?:(?:don't|do\s+not|doesn't|does\s+not)\s+need|no\s+need)\s+to\s+(?:wait|tell\s+you|remind\s+you|explain\s+to\s+you)\b|"
    # ... or a fix that stands alone: "the fix on our side, which doesn't need anyone else"
    r"(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+need\s+(?:(?:anyone|anybody|someone|somebody)\s+else|(?:any\s+)?(?:outside|other)\s+(?:help|teams?|part(?:y|ies))|help\s+from|"
    r"(?:the|an?|our|their)\s+(?:[\w-]+\s+){0,2}?(?:vendor|company|partner|supplier|lab|developer|manufacturer)s?\s+to\s+(?:do|fix)\s+it)\b(?!\s+to\s+\w)|"
    r"no\s+doubt|not\s+necessarily|no\s+matter|nothing\s+(?:else\s+)?but|not\s+least|no\s+exceptions?|none\s+other|"
    # a cap said of each one: "no nurse gets more than three alerts per shift", "never more than two"
    r"no\s+[\w-]+\s+(?:gets?|sees?|receives?|has|handles?|carries|takes?)\s+more\s+than|never\s+more\s+than|(?:days?|weeks?|months?|quarters?|years?|minutes?|hours?|shifts?)\s+later|"
    # a safeguard that holds regardless: "can always escalate anyway", "escalation stays in place for everyone anyway"
    r"\b(?:always|still|stays?\s+in\s+place|remains?\s+in\s+place|already)\b[^.;!?\n]{0,60}?\banyway\b|"
    # an open question the plan sets out to answer, not a denial or a counterfactual: "we don't
    # know how often the right diagnosis was on the list", "check whether it would have got them right"
    r"(?:we|nobody|no\s+one)\s+(?:(?:don't|do\s+not|can't|cannot)\s+(?:yet\s+)?)?(?:know|knows|tell)\s+(?:yet\s+)?(?:how\s+(?:often|many|much|well)|whether|if)\b|"
    r"whether\s+(?:[\w'-]+\s+){0,4}?would\s+have\b|"
    # what others tend to neglect, said to stress the step: "German notes too. People forget that."
    r"(?:people|everyone|everybody|folks|teams|vendors|companies|others|most\s+(?:people|teams|vendors|companies|PMs))\s+"
    r"(?:often\s+|usually\s+|always\s+|tend\s+to\s+|sometimes\s+)?(?:forget|overlook|ignore|neglect|underestimate)\b"
    # ... unless the answer joins them: "most vendors ignore a formal study, and we would too"
    r"(?![^.;!?\n]*\b(?:(?:and|so)\s+(?:we|I)(?:'d|'ll|\s+would|\s+will|\s+do|\s+should|\s+can)?\s+(?:too|as\s+well|the\s+same)|"
    r"so\s+(?:would|will|do|should|can)\s+(?:we|I)|same\s+(?:for|with)\s+us|(?:we|I)(?:'d|'ll|\s+would|\s+will)\s+(?:do\s+)?the\s+same|"
    r"(?:that's|that\s+is|which\s+is|and\s+rightly)\s+(?:the\s+right\s+call|fine|right|correct|sensible|okay|ok)\b))|"
    # a target stated by what it must allow: "precision good enough that coordinators can clear
    # the list in two hours" sets a bar ("the AUROC is good enough" still waves one off)
    # (unless what it allows is doing without: "good enough that nobody would need a silent run")
    r"good\s+enough\s+(?:that\s+|so\s+that\s+|for\s+(?!now\b))(?![^.;!?\n]{0,80}?(?:\b(?:nobody|no\s+one|no|not|never|without|skip\w*|needn't)\b|n't\b))"
    r"(?:(?<=that\s)(?:[\w'-]+\s+){1,4}?(?:can|could|will|would)|(?<=for\s)(?:[\w-]+\s+){1,3}?to)\s|"
    # ... or by what a person must do with it: "video good enough to read a face" (not "good enough to ship")
    r"good\s+enough\s+to\s+(?!(?:ship|launch|go|start|release|roll|deploy|move|skip|drop|proceed|sign|merge|use|stop)\b)[\w-]+\s+(?:a|an|the|their|our|his|her|every|each)\s+(?![^.;!?\n]{0,80}?(?:\b(?:nobody|no\s+one|no|not|never|without|skip\w*|needn't)\b|n't\b))|"
    # ... or the bar itself to be set: "agree in writing what "good enough" means", "define good enough"
    r"what\s+[\"“'‘]?good\s+enough[\"”'’]?\s+(?:means|looks\s+like|is)\b|defin\w*\s+[\"“'‘]?good\s+enough\b|"
    # "works as intended" as what a test must show, not the vendor's reason to change nothing:
    # "must be tested and documented to work as intended", "make sure it works as designed". A
    # result already in ("testing shows it works as intended") is the brush-off, so only a
    # requirement frame counts.
    r"(?:must|should|will|has\s+to|have\s+to|needs?\s+to)\s+(?:be\s+)?(?:[\w-]+\s+){0,5}?to\s+work\s+as\s+(?:specified|designed|intended)|"
    r"(?:make\s+sure|ensure|to\s+(?:confirm|verify|check|prove|show|demonstrate|test|validate))\s+(?:that\s+)?"
    r"(?:[\w'-]+\s+){1,4}?works?\s+as\s+(?:specified|designed|intended)|"
    # what patients or others believe, told as a barrier: "thinking they don't need it once they feel fine"
    r"(?:thinking|think|thinks|believing|believe|believes|feeling|feel|feels)\s+(?:that\s+)?(?:they|he|she|patients|members|people)\s+(?:don't|do\s+not|doesn't|does\s+not)\s+need|"
    # ... or a noun described by what someone else does not need, with no object of its own:
    # "blood they don't need to lose", "scans patients don't need" ("the silent run we don't need" is ours,
    # and "a step patients don't need to take" still waves the step off)
    r"(?<=[a-z]\s)" + _NOT_A_NOUN_BEFORE + r"(?:that\s+)?(?:they|he|she|patients|members|people|kids|babies|children)\s+"
    r"(?:don't|do\s+not|doesn't|does\s+not)\s+need(?:\s+to\s+[a-z]+)?(?=\s*(?:[.,;!?)]|$|(?:and|or|but)\b))|"
    # "anyway" giving a reason to do the step, not waving it off: "bundle compliance, since we
    # report that to CMS anyway" ("since they have to sign anyway, there's a human check" leans on
    # someone else's step instead of doing one)
    r"(?:since|because|as)\s+(?:we|I)\s+(?:[\w'-]+\s+){0,8}?anyway|"
    # ... or a cost paid regardless, which makes the step cheap: "a Pre-Sub runs during a quarter we spend anyway"
    r"\b(?:quarters?|months?|weeks?|time|money|budget|effort)\s+(?:that\s+)?(?:we|I)(?:'d|'ll|'re)?\s+(?:would\s+|will\s+|are\s+)?(?:spend|spending|pay|paying)\s+anyway|"
    # readiness kept now, for whoever may ask: "keep the code version so we can reproduce numbers if CMS asks"
    r"\bso\s+(?:that\s+)?[\w'-]+\s+(?:can|could|will\s+be\s+able\s+to)\s+(?:\w+\s+)?(?:reproduce|show|answer|prove|demonstrate|explain|produce|trace|rebuild|defend|justify|retrieve|restore)\b"
    r"[^.;!?\n]{0,60}?\bif\s+(?:[\w'-]+\s+){0,4}?(?:asks?|requests?|audits?|inquires?|wants?\s+to\s+know)\b|"
    # a preference for now over later: "we'd rather have an awkward conversation now than a safety event later"
    r"\brather\s+(?:have|take|face|do|spend|hear|find)\b[^.;!?\n]{0,60}?\bnow\s+than\b[^.;!?\n]{0,60}?\blater\b|"
    # ... or a rule the step follows: "minimum necessary is the HIPAA principle here anyway"
    r"(?:is|are|'s)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:principle|rule|law|standard|requirement|default|baseline|practice|policy|norm)\b[^.;!?\n]{0,30}?\banyway|"
    rf"{PATIENT_CHOICE}|"
    # others ignoring or skipping something, as what happened or what a design causes ("the old alert died from
    # ignoring", "teach radiologists to ignore the flag"), or work routed around the model: "those scans skip the tool"
    r"(?:from|of|led\s+to|leads?\s+to|results?\s+in|resulted\s+in|because\s+of|caus\w+)\s+(?:[\w-]+\s+){0,2}?(?:ignoring|skipping|bypassing)|"
    r"(?:(?:teach\w*|taught|train\w*)\s+)?(?:nurses|clinicians|doctors|physicians|radiologists|pharmacists|coordinators|reviewers|readers|"
    r"members|staff|people|users|patients|they|them)(?:'ll|'d)?\s+(?:will\s+|would\s+|may\s+|might\s+|just\s+|then\s+|often\s+|start\s+(?:to\s+)?|learn\s+to\s+|to\s+)?"
    r"(?:ignore|ignoring|skip|skipping|bypass|bypassing)\b(?!\s+(?:it|them|that)\s+(?:and|so)\s+(?:we|I)\b)|"
    r"(?:skip|skips|skipping|bypass|bypasses|bypassing)\s+(?:the|our)\s+(?:AI|model|tool|algorithm)\b(?!\s+(?:review|validation|check|audit)))\b",
    re.IGNORECASE,
)

_NOUN_NEXT = regex_cache.compile(r",?\s+[a-z][\w-]*", re.IGNORECASE)
# An item committed to now, before a later one put off: "SOC 2 audit now, HITRUST later".
_COMMITTED_NOW = regex_cache.compile(r"\b(?:now|first|today|immediately|already|at\s+launch|before\s+go-live)\b", re.IGNORECASE)
# What is declined is an addition to a step, not the step: "a second clinical reviewer isn't
# needed", "a new consent form isn't required", "a separate HITRUST certification isn't needed".
_ADDITION = regex_cache.compile(
    r"[\s*>-]*(?:(?:a|an|any)\s+(?:second|new|separate|additional|extra|further|third|duplicate|dedicated)\b|another\b)",
    re.IGNORECASE,
)
# Someone else's habit given as the reason for a clause before it ("signing doesn't make it safe,
# because rushed reviewers skim plausible lists") describes a risk. Not the candidate's own team's
# ("because the team skips the suite"), not a plan ("because the team will skim it"), and not a
# reason that opens its sentence or follows "and" ("Because busy doctors skip review steps, the
# screen is mainly a record"; "and since therapists ignore freezes, it isn't blocking"): those set
# up the call that follows.
_REASON_SUBJECT = regex_cache.compile(
    r"(?<=[\w,)] )(?<!\band )(?<!\bor )\b(?:because|since|as|when|whenever)\s+"
    r"(?!(?:I|we|I'd|we'd|I'll|we'll|you|let's|our|my|the\s+(?:[\w-]+\s+)?team)\b)"
    r"(?:(?!(?:will|would|should|shall|can|must|could|may)\b)[\w-]+\s+){1,3}$", re.IGNORECASE)
# A modal before "hide", "bury" or "ignore" describes what could go wrong, not the candidate's move.
_HIDING = regex_cache.compile(r"(?:hid|conceal|bur(?:y|ies|ied)|mask|obscur)", re.IGNORECASE)
_MODAL_BEFORE = regex_cache.compile(r"\b(?:can|could|may|might|will|would|tends?\s+to)\s+$", re.IGNORECASE)
# ... and so does a thing as its subject ("two-second freezes in therapy hide affect", "averages
# hide subgroup misses"): only a person hides something on purpose. Who can: a pronoun, an
# imperative at the start of a clause, "to hide", "just/quietly hide".
_AGENT_BEFORE = regex_cache.compile(
    r"(?:\b(?:I|we|I'd|we'd|I'll|we'll|let's|they|you|he|she|to|just|simply|quietly|and|or|then)\s+|(?:^|[.;:!?\n(]|\*\*|-)\s*)$",
    re.IGNORECASE)
# A request the candidate makes of a team for something ("ask the labs for two interim measures on
# their side", "ask the pilot hospital's CMIO for adjudicator time on their side") keeps the step
# theirs to drive; asking someone "to handle" it, or asking a vendor, provider or customer for a
# safeguard, still hands it off.
_ASKED_OF = regex_cache.compile(
    r"\b(?:ask|asks|asking|request|requesting)\s+(?:the\s+|each\s+|our\s+|both\s+)?+"
    r"(?!(?:[\w'-]+\s+){0,2}(?:vendor|supplier|partner|manufacturer|third|contractor|developer|provider|"
    r"consultan\w*|customer|employer|sponsor|payer|insurer)s?(?:'s)?\b)(?:[\w-]+(?:'s)?\s+){0,2}[\w-]+\s+for\b[^,;:.]*$",
    re.IGNORECASE)


def asked_of(text: str, start: int, trigger: int) -> bool:
    """Whether a hand-off cue at ``trigger`` closes a request the candidate makes (see _ASKED_OF)."""
    return _ASKED_OF.search(text, max(start, trigger - 70), trigger) is not None


# The control itself named before "sits with", "rests with": who holds it is decided, not handed off.
_CONTROL_BEFORE = regex_cache.compile(
    r"\b(?:kill\s+switch|switch|final\s+(?:call|say|decision)|go/no-go|decision|sign-?off|veto|authority|call)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "not ours" stands for the noun it follows: "on the hospital's calendar, not ours" is a schedule
# that is theirs, and hands off nothing unless that noun is a duty ("their job, not ours").
_ELIDED_POSSESSION = regex_cache.compile(
    r"(?:'s|\btheir)\s+(?!(?:job|problem|responsibilit(?:y|ie)|concern|call|decision|risk|liabilit(?:y|ie)|burden|area|lane|domain|dut(?:y|ie)|"
    r"task|work|worr(?:y|ie)|headache|issue|business|fight|battle|cost|bill|mess|remit|scope|department|side|end|homework|chore|"
    r"paperwork|obligation|ask|to-do)s?\b)[\w-]+,?\s*not\s+ours$",
    re.IGNORECASE,
)
# A deferral verb's own object follows it ("revisit pricing next year"), not a word pointing back.
_OBJECT_NAMED = regex_cache.compile(r"\s*(?!(?:it|them|this|that|these|those|again|after|later|once|when|in|at|on|next)\b)\w", re.IGNORECASE)
_IF_CLAUSE = regex_cache.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
# Someone else able to do a thing later, as the point of a step: "every decision is logged, so an
# inspector can rebuild it later" keeps a record; "so we can add it later" still puts a step off.
_PURPOSE_BEFORE = regex_cache.compile(
    r"\bso\s+(?:that\s+)?(?!(?:we|I)\b)(?:[\w'-]+\s+){1,3}?(?:can|could|will\s+be\s+able\s+to|is\s+able\s+to|are\s+able\s+to)\b|"
    # ... or a state kept for later use: "so it's traceable later", "so the decision stays auditable"
    r"\bso\s+(?:that\s+)?(?:it|this|that|they|everything|the\s+[\w-]+)(?:'s|'re|\s+is|\s+are|\s+stays?|\s+remains?)\s+\w+(?:able|ible)\b", re.IGNORECASE)
# A verb of consequence before a bare "later" makes it an adjective of the outcome.
_CONSEQUENCE_BEFORE = regex_cache.compile(r"\b(?:means?|meaning|caus\w+|leads?\s+to|led\s+to|results?\s+in|resulting\s+in|gets?|got)\s+$", re.IGNORECASE)
# A trigger with nothing after it in its clause has no object there: "a transfer problem we
# don't need and puts the timeline at risk" waves nothing after "need" away.
_NO_OBJECT = regex_cache.compile(r"\s*(?:[.,;!?)]|$|(?:and|or|but)\b)", re.IGNORECASE)
# "..., and eventually patients wait": an adverb that opens a new conjunct orders events; it does
# not put off what came before it.
_CONJUNCT_BEFORE = regex_cache.compile(r"(?:,|\band|\bor|\bthen)\s*$", re.IGNORECASE)
# Handing a case to a clinical service is escalation, not handing the work away: "we hand off to
# the plan's behavioral health line", "route it to the on-call nurse".
_CARE_RECIPIENT = regex_cache.compile(
    r"[ \t]*(?:[\w'-]+[ \t]+){0,4}?(?:behaviou?ral|crisis|clinicians?|nurses?|nursing|care\s+(?:team|manager|coordinator)s?|physicians?|"
    r"doctors?|pharmacists?|case\s+managers?|social\s+workers?|on-call|emergency|988|911|therapists?|counsell?ors?|psychiatr\w*|"
    r"rapid\s+response|clinical\s+team)\b",
    re.IGNORECASE,
)
# Past tense near a bare "later"/"eventually" tells a story, not a deferral.
_PAST = regex_cache.compile(r"\b(?:\w+ed|was|were|had|got|did|saw|made|won|came|went|found|built|ran|took|began|knew)\b", re.IGNORECASE)
_RELATIVE = regex_cache.compile(r"\b(?:that|which|who|where|what)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = regex_cache.compile(r"\b(?:through|at|from|in|with|via|of|for)\s+(?:a|an|the|my|our|his|her|their)?\s*[\w-]+$", re.IGNORECASE)
_ENDS_IN_CONDITION = regex_cache.compile(r"\b(?:after|once|until|behind)\s*$", re.IGNORECASE)
# "no" as a target, not a negation: "fewer adverse events and no patient harm", "means no duplicates".
_TARGET_NO = regex_cache.compile(r"\b(?:and|with|means?|is|be|ensur\w+|guarantee\w*|zero|target\w*|goal\s+is)\s+$", re.IGNORECASE)
# ... unless its noun has a verb of its own: "EU sites run in an EU region and no data goes to the US" refuses.
_NO_CLAUSE_VERB = regex_cache.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:goes|leaves|crosses|moves|flows|reaches|is|are|gets|will|can|ever)\b", re.IGNORECASE)
# Contrastive negators govern a short noun phrase: their scope ends at a comma.
_CONTRAST = regex_cache.compile(r"rather\s+than|instead\s+of|in\s+place\s+of|other\s+than|beyond|less\s+about|more\s+than", re.IGNORECASE)


# A clause that opens on a condition: a cue inside it supposes a case rather than waving anything off.
_OPENS_ON_IF = regex_cache.compile(r"[\s*_>-]*(?:(?:and|but|so|or)\s+)?(?:if|even\s+if|unless|in\s+case)\b", re.IGNORECASE)
_CLAUSE_STOP = regex_cache.compile(r"[,;:()]|\s[-—–]\s")
_MAIN_CLAUSE = regex_cache.compile(
    r"\b(?:we|I|you|they|it|that|this)(?:'ll|'d|\s+will|\s+would|\s+can|\s+should)\b|\bthen\b", re.IGNORECASE)


def in_if_clause(text: str, start: int, trigger: int, trigger_end: int) -> bool:
    """Whether the cue at ``trigger:trigger_end`` stands inside a condition: a clause that opens on
    "if", "even if" or "unless" (or one joined to such a clause by "or"), or the words after an
    "if" or "unless" later in its clause."""
    stops = [start] + [m.end() for m in _CLAUSE_STOP.finditer(text, start, trigger)]
    lo = stops.pop()
    # "if someone wanted X, or wanted it on every unit": a second condition joined to the first
    while stops and _JOINED_CONDITION.match(text, lo, trigger):
        lo = stops.pop()
    # "if doctors hate it we'll hear about it": the main clause has begun, unmarked by a comma
    if lo < trigger and _OPENS_ON_IF.match(text, lo, trigger) is not None and not _MAIN_CLAUSE.search(text, lo, trigger_end):
        return True
    # ... or the condition follows its main clause: "I'd say no if someone wanted it on every unit"
    conds = list(_IF_WORD.finditer(text, lo, trigger))
    return bool(conds) and not _MAIN_CLAUSE.search(text, conds[-1].end(), trigger_end)


_IF_WORD = regex_cache.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# Someone else's wish, then the candidate agreeing to it: "..., and that's fine", "and I'd agree".
_ADOPTED = regex_cache.compile(
    r",?\s+(?:and|which)\s+(?:honestly\s+|frankly\s+)?(?:that's|that\s+is|is|I'm|I\s+am|I'd|I\s+would|we'd|I)\s+"
    r"(?:totally\s+|completely\s+|perfectly\s+|probably\s+)?(?:fine|ok|okay|reasonable|right|the\s+right\s+call|fair|agree|go\s+along|support)\b|"
    # ... or answered yes in the candidate's own clause: "on the sponsor's request to pool it, I'd actually just do it"
    r",\s+(?:I|we)(?:'d|\s+would|'ll|\s+will)\s+(?:actually\s+|honestly\s+|probably\s+)?(?:just\s+)?(?:do\s+it|go\s+(?:with|along\s+with)\s+it|agree|say\s+yes|accept\s+it|take\s+it)\b|"
    # ... or judged sound: "The sponsor's request to pool it in one US region is reasonable."
    r"\s(?:is|seems|sounds)\s+(?:totally\s+|perfectly\s+|entirely\s+|quite\s+)?(?:fine|ok|okay|reasonable|sensible|right|the\s+right\s+call|fair)\b",
    re.IGNORECASE)
# A verdict with a singular verb: its subject is one item, not the list before it.
_SINGULAR_VERDICT = regex_cache.compile(r"(?:is|'s|was)\s", re.IGNORECASE)
_POINTS_BACK = regex_cache.compile(r"\s*(?:(?:each|all|both|any|every\s+one|most|some|none)(?:\s+of)?\s+)?(?:those|these|them|that|this|it|they|which)\b", re.IGNORECASE)
_LIST_END = regex_cache.compile(r"\b(?:and|or)\b|[&+/]", re.IGNORECASE)
_CONTENT_WORD = regex_cache.compile(r"\b(?![a-z]+ly\b)[a-z]{2,}\b", re.IGNORECASE)


def singular_subject(text: str, begin: int, a: int, b: int) -> int:
    """Where a verdict's scope reaching back from its trigger ``a:b`` starts: after the last comma
    when the verb is singular and a subject follows that comma ("Text + voice option, push is a
    bonus" waves off push alone; "Chart review, honestly, is a nice-to-have" still chart review)."""
    comma = text.rfind(",", begin, a)
    if comma == -1 or not _SINGULAR_VERDICT.match(text, a, b) or not _CONTENT_WORD.search(text, comma + 1, a):
        return begin
    # ... unless the comma is inside a list the verb ends ("stratifying by age, sex and race is a
    # nice-to-have") or the subject points back at the list ("..., each of those is a bonus")
    return begin if _LIST_END.search(text, comma + 1, a) or _POINTS_BACK.match(text, comma + 1, a) else comma + 1


# The terms a deferral is accepted on, which it does not put off: "testing once it's stable, as
# long as we read results per language group" (only a proviso that ends the sentence: "as long as
# the CMIO agrees, along with the silent run" goes on deferring).
_PROVISO = regex_cache.compile(r",?\s+(?:as\s+long\s+as|so\s+long\s+as|provided\s+(?:that\s+)?)\b(?=[^,;]*$)", re.IGNORECASE)
_JOINED_CONDITION = regex_cache.compile(r"\s*or\s+(?!(?:we|I|you|they|it|the|then)\b)\w+", re.IGNORECASE)


# An open question is not a call: "whether we show a confidence score ... all matter" and "how
# far an error travels without a human catching it" decide nothing (ConText's hypothetical), and
# a comparison turns its second option down ("better for the account than forcing it through",
# "I'd rather give a discount than do free pilots"),
# up to the end of their clause. So does an absence stated outright ("there is no auto-sign
# path"), which the stance reader leaves asserted because "no" is so often a target ("and no
# patient harm"); callers that read red flags and contradictions use this, positive criteria do not
# ("there is no predicate device" is knowledge).
_OPEN_QUESTION = regex_cache.compile(
    r"\b(?:whether|how\s+(?:directly|much|often|far|well|likely|quickly|fast|badly|long|many|easily|soon)|"
    r"what\s+happens\s+(?:if|when)|(?:better|safer|wiser|smarter|cheaper|kinder|rather)\s+(?:[\w'%-]+\s+){0,6}?than)\b[^,;:.!?()\n]*$|"
    r"\bthere(?:\s+is|\s+are|'s)\s+no\s+$",
    re.IGNORECASE)


def in_open_question(text: str, start: int) -> bool:
    """Whether the words at ``start`` stand in an open question, a comparison's losing side or
    an absence stated outright."""
    return _OPEN_QUESTION.search(text, max(0, start - 90), start) is not None


# A bad practice the candidate turns down is their judgment, not the bad call (ConText's
# negation, with the candidate's verbs of refusal and verdicts as triggers): "what I gave up:
# the big-bang date", "the first things I'd drop are the streak badges", "free pilots sink to the
# bottom of IT's queue", "open rates don't tell you who came". Red flags and the sides of a
# contradiction only: a positive criterion's step "dropped" is a brush-off the stance reader hears.
_GIVES_UP = regex_cache.compile(
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?<!won't\s)\b(?:"
    # "drop" the verb, not "a 40% drop in logging", "users drop off", "drop the timeout from 30 s" or
    # a level reached ("calls that dropped to audio")
    # (not "sacrifice" or "trade away", said of what is lost: "we sacrifice a little sensitivity";
    # nor "push back on", said of people too: "pushed back on the CNO")
    r"(?:give|gave|giving|gives)\s+up|(?<!the\s)(?<!a\s)(?<!%\s)(?:drop|dropped|dropping)(?!\s+(?:in|of|off|out|to|below|by)\b)|"
    r"scrap|scrapped|ditch|ditched|forgo|forgoing|walk(?:ed)?\s+away\s+from|sa(?:y|id)\s+no\s+to|move\s+away\s+from|"
    # a habit unlearned ("The habit I had to unlearn was treating review as running alongside launch"),
    # a plan lost as a trade-off ("we lose the big-bang launch the contract implies")
    r"unlearn\w*(?:\s+(?:was|is))?|(?:lose|loses|losing|lost)(?=\s+(?:the|our)\s)|"
    r"not\s+(?:success|the\s+(?:goal|outcome|metric)))\b"
    # up to the words turned down, inside one clause: no new subject ("we gave up X, but we launch
    # big-bang") and no second verb ("drop the timeout to 500 ms and retry at once")
    r"(?:(?!\b(?:we|I|but|then|so|from|into|and\s+(?!(?:the|a|an|our|some|any|its|their)\b)\w+)\b)[^.;!?\n])*$|"
    # ... or the answer to the candidate's own question: "What would I give up? The whole-department launch"
    r"\b(?:give|gave)\s+up\?\s*(?:(?!(?:I|we|when|because|after)\b)[\w'-]+\s+){0,3}$|"
    # a comparison's losing side, a short phrase ("instead of a big-bang launch", not "instead of
    # one clinic first the reminders go live at all three clinics")
    r"\b(?:rather\s+than|instead\s+of)\s+(?:[\w'%-]+\s+){0,3}$",
    re.IGNORECASE)
_VERDICT_AFTER = regex_cache.compile(
    # up to three words of the subject between ("free trials at big hospitals tend to stall"),
    # none of them a new clause ("a big-bang launch so nurses don't get confused")
    r"[\s\"'”’)*_]*(?:(?!(?:so|that|because|since|and|but|which|who|if|when|as|to|we|I|you|they|it|rarely|never|seldom|not|no)\b)[\w'-]+\s+){0,3}?(?:"
    r"(?:don't|doesn't|do\s+not|does\s+not|can't|never|rarely|seldom)\s+(?:really\s+|actually\s+)?"
    r"(?:tell|tells|show|prove|mean|measure|count|predict|reflect|get|convert|move|translate|turn)\b|"
    r"tends?\s+to\s+(?:stall|stay|die|fail|sit|drag|languish|sink|go\s+nowhere)\b|"
    r"(?:stall|stalls|stalled|sink|sinks|languish|languishes|backfire|backfires)\b|"
    r"go(?:es)?\s+(?:to\s+the\s+bottom|nowhere)\b|sits?\s+at\s+the\s+bottom\b|"
    r"(?:is|are)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:trap|vanity|noise|misleading|how\s+you\s+lose|"
    r"not\s+(?:the|a|an)\s+(?:outcome|goal|point|metric|measure)|not\s+(?:success|outcomes?))\b|"
    r"means?\s+(?:nobody|no\s+one|nothing)\b)",
    re.IGNORECASE)


# A step named as the subject of its own cost is an option weighed, not a plan (on a contradiction's
# sides; a red flag's only when refused, below: "skipping it would save a month" may still be the
# plan): "Moving EU health data to a US region brings transfer paperwork", "Pooling it would mean
# fifteen re-approvals"
# (a match may stop short of its noun phrase: "Pooling ... in one US cloud" + "region brings").
_SENTENCE_OPENS = regex_cache.compile(r"(?:^|[.!?:]\s+|\n)[\s*_>•-]*$")
_COST_AFTER = regex_cache.compile(
    r"[\s,]*(?:[\w'-]+\s+){0,3}?(?:(?:would|could|might)\s+(?:\w+\s+)?\w+|(?:brings?|adds?|costs?|triggers?|invites?|risks?|creates?|breaks?|exposes?|"
    r"(?:is|was)\s+(?:a\s+|the\s+)?(?:risk|problem|non-starter|bad\s+idea|off\s+the\s+table|slower|harder|riskier)))\b",
    re.IGNORECASE)


# ... unless the sentence goes on to take it: "..., and that's where the model trains", "worth it".
_TAKEN_AFTER = regex_cache.compile(
    r"[^.;!?\n]*?\b(?:that's\s+where|that's\s+what\s+(?:we|I)|this\s+is\s+where|so\s+(?:we|I)(?:'ll|\s+will|'d|\s+would)?\s+(?:do|go|take|accept|pick|choose)|"
    r"(?:we|I)(?:'ll|\s+will|'d|\s+would)?\s+(?:accept|take|absorb|eat)\s+(?:it|that|the\s+\w+)|(?:is|'s)\s+worth\s+it)\b", re.IGNORECASE)


def weighed_option(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` open their sentence as a gerund whose cost follows,
    and the sentence does not go on to take it."""
    cost = _COST_AFTER.match(text, end) if heads_as_gerund(text, start, end, _SENTENCE_OPENS) else None
    return cost is not None and _TAKEN_AFTER.match(text, cost.end()) is None


# A red flag's move weighed that way and then refused: "Pooling it in one US region brings transfer
# paperwork ... I'd say no, and offer federated reporting instead."
_REFUSED_NEXT = regex_cache.compile(
    r"[^.;!?\n]*?(?:[.;!?]\s*|,\s*(?:so\s+)?)(?:so,?\s+)?(?:(?:I|we)(?:'d|\s+would)\s+(?:say\s+no|push\s+back|decline|pass|not\s+do\s+(?:it|that))|"
    r"(?:I|we)\s+(?:wouldn't|won't)\s+(?:do\s+(?:it|that)|go\s+there|agree)|no\s*[.,:;]|not\s+worth\s+it)\b", re.IGNORECASE)


def weighed_and_refused(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are an option weighed by its cost (see weighed_option) and
    refused in the same sentence or the next one opens by refusing it."""
    return weighed_option(text, start, end) and _REFUSED_NEXT.match(text, end) is not None


def turned_down(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are given up, or judged a bad idea, by the candidate."""
    return (_GIVES_UP.search(text, max(0, start - 80), start) is not None
            or _VERDICT_AFTER.match(text, end) is not None)


def after_condition(text: str, start: int, begin: int, pos: int) -> int:
    """A backward scope does not reach into a condition closed before it: in "if Creole speakers
    aren't coming, the average doesn't matter" only the average is waved off."""
    last = None
    for m in _IF_CLAUSE.finditer(text, start, pos):
        last = m
    if last is None:
        return begin
    comma = text.rfind(",", last.end(), pos)
    return max(begin, comma + 1) if comma != -1 else begin


_OPEN_QUOTES = "\"'“‘"
_CLOSE_QUOTES = "\"'”’"


def quoted_word(text: str, a: int, b: int) -> bool:
    """A trigger in quotation marks is a word mentioned, not used: a "harmless" rename that broke a model."""
    return a > 0 and text[a - 1] in _OPEN_QUOTES and text[b:b + 1] in _CLOSE_QUOTES and " " not in text[a:b].strip()
