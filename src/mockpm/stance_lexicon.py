"""The trigger lexicon of the stance reader: which words negate, dismiss, defer or hand off.

Kept apart from the scope logic in ``stance`` because it is data: a curated list of the ways
English waves a step away, grouped as ConText groups its triggers. Each entry is a regular
expression; forward triggers modify what follows them, backward ones what precedes them.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.reported_lexicon import REPORTED
from mockpm.stance_outside_lexicon import _OUTSIDE_TRIGGER, _PERMITTING, _RESISTED

DEFERRED = "deferred"
DISMISSED = "dismissed"
NEGATED = "negated"
OTHERS = "others"

_NEG_WORD = r"(?:not|no|never|n't|cannot|nor|neither|nothing|nobody|none)"

# --- forward triggers: modify what follows, up to the scope's end
_FORWARD = [
    (NEGATED, r"\b(?:not|never|no(?!-)|nor|neither|cannot|without|nothing|nobody|none\s+of)\b|\b\w+n't\b"),
    # ("rule out interface resends" tests a cause: a diagnostic step, not an option turned down)
    (NEGATED, r"\b(?:refus(?:e|es|ed|ing)\s+(?:\w+ly\s+|outright\s+)?to|avoid(?:s|ing)?|declin(?:e|es|ed|ing)\s+(?:\w+ly\s+)?to|reject(?:s|ing)?|rule\s+out(?!\s+(?:[\w-]+\s+){0,2}?(?:resends?|retr(?:y|ies)|timeouts?|bugs?|causes?|glitch\w*|race\s+conditions?|faults?|duplicates?\s+(?:messages?|sends?))\b)|ban(?:s|ning)?|prohibit(?:s|ing)?|forbid(?:s|ding)?|"
              r"push(?:ing)?\s+back,?\s+(?:\w+ly,?\s+)?on|steer(?:ing)?\s+(?:away|clear)\s+(?:from|of)|challeng(?:e|ing)\s+(?:the|whether)|question(?:ing)?\s+(?:the|whether)|reframe\w*)\b"),
    # A step held back until a condition is not taken yet: "held auto-approval until she signed".
    # ("hold off on the safety review until ..." and "until after go-live" put a step off instead)
    (NEGATED, r"\b(?:held|hold|holds|holding)\s+(?:back\s+)?(?!off\b)(?=(?:[\w-]+\s+){1,4}?(?:until|till)\b(?!\s+after\b))"),
    # The candidate turning a bad idea down: "I'd decline the single US region", "what I give up:
    # the big-bang launch". Bound to a first-person subject: "a decline in adherence" turns nothing down.
    (NEGATED, r"\b(?:I|we)(?:'d|\s+would|'ll|\s+will|\s+should)?\s+(?:\w+ly\s+)?(?:decline|turn\s+down|say\s+no\s+to|give\s+up|trade\s+away|walk\s+away\s+from|drop\s+the\s+idea\s+of|(?:recommend|advise|argue)s?\s+against)\b"),
    # Leaving a habit behind ("I'm tired of optimizing conversion funnels") and questioning a frame
    # ("before we treat this as retention") are not the candidate adopting it.
    (NEGATED, r"\b(?:tired\s+of|sick\s+of|done\s+with|moving\s+away\s+from|leaving\s+behind|"
              r"(?:before|(?:be|being)\s+(?:careful|wary|cautious)\s+(?:about|of)|(?:not|wouldn't|won't)(?:\s+start\s+by)?)\s+(?:(?:we|I)\s+)?(?:treat|call|frame|label)\w*\s+(?:this|it|that)(?:\s+as)?)\b"),
    (NEGATED, r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|other\s+than|beyond|less\s+about|over-?rel\w+\s+on|"
              r"more\s+than(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:handful|few|couple)|half|once|twice)))\b"),
    (DISMISSED, r"\b(?:(?:don't|do\s+not|doesn't|does\s+not)\s+think\s+(?:we|you|it|this|that|they)?\s*(?:really\s+)?(?:need|needs|have\s+to|should|matters?|is\s+needed|are\s+needed)|"
                r"skip|skips|skipping|skipped|ditch|hide|hiding|conceal\w*|bury|burying|paper\s+over|gloss\s+over|forget(?:\s+about)?|ignore|ignoring|"
                r"bypass|bypassing|waive|waiving|sidestep|deprioriti[sz]e|deprioriti[sz]ing|"
                # (dropping a step is waving it off; "drop the duplicate message", "a drop in no-shows" are not)
                r"(?<!\ba\s)(?<!\bthe\s)(?<!%\s)(?:drop|drops|dropped|dropping)(?!\s+(?:at|in|of|to|by|from|on|off)\b)(?=\s+(?:the\s+|our\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:pre-?subs?|silent\s+(?:run|mode|period)|pilot|validation|"
                r"review|audit|IRB|ethics|consent|DPIA|BAA|QMS|subgroup\w*|chart\s+review|sign-?off|translations?|interpreters?|testing|test\s+set|"
                r"monitoring|safeguards?|parallel[\s-]runs?|comparison|stop\s+rules?|rollback|kill\s+switch)\b)|"
                r"no\s+need\s+(?:for|to)|(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+(?:need|bother|worry|care)|"
                r"not\s+(?:bother|worry|waste\s+time)|why\s+bother|shortcut|"
                # ("can't see a patient's face" is a failure named, not a step waved off)
                r"(?:don't|do\s+not|can't|cannot)\s+see\s+(?:(?:a|any|the|much)\s+(?:real\s+)?(?:need|reason|point|value|benefit|case|use)|why|much|it|that|them)\b)\b"),
    # A step declared needless ("No pre-sub needed") or not worth its cost ("I wouldn't spend five
    # months of runway on a multi-site validation") is waved off, not merely not done.
    # (opening its sentence: "if we stay within the criteria, no FDA submission is needed" is a conclusion)
    (DISMISSED, r"(?:(?<=\A)|(?<=\n)|(?<=[.!?]\s)|(?<=[-*]\s))no(?=\s+(?:[\w-]+\s+){1,2}?(?:needed|necessary|required)\b)|"
                r"\b(?:wouldn't|won't|not|never|don't|can't|shouldn't)\s+(?:\w+\s+)?(?:spend|waste|burn|sink)\s+(?:[\w-]+\s+){0,6}?on\b(?![^.;\n]{0,80}?\b(?:until|unless|before|till)\b)"),
    (DEFERRED, r"\b(?:(?:push|pushed|move|moved|bump|bumped|slide|slid|defer|deferred)\s+(?:out\s+|back\s+)?to\s+(?:next\s+(?:year|quarter)|(?:a\s+)?later\s+(?:phase|quarter|year|release)|year\s+(?:two|2)|phase\s+(?:2|two))(?=\s*[:—–-])|"
               r"postpone|postponing|(?:defer|deferring)(?!\s+to\s+(?:a|an|them|those|their|his|her|experts?|counsel|(?:the|our)\s+(?:\w+\s+)?(?:experts?|team|teams|clinicians|counsel|lawyers?|reviewers?|committee|board)))|push(?:ing)?\s+(?:back|off|out)(?!,?\s+(?:\w+ly,?\s+)?(?:on|against)\b)|punt(?:ing)?\s+on|"
               r"park(?:ing)?|(?:later|eventually|someday|down\s+the\s+road|at\s+some\s+point),?\s+(?:we|I)\b"
               r"(?!\s+(?:\w+ed|was|were|had|got|did|saw|made|won|came|went|found|agreed|built|ran|took|began|knew)\b))"),
    (OTHERS, r"\b(?:leave|leaving)\s+(?:it|that|this|them|those)\s+(?:to|for)\b|"
             r"\blet\s+(?:the\s+)?(?:vendor|vendors|data\s+science\s+team|IT|them|the\s+customer|the\s+sites?|the\s+agenc(?:y|ies))\s+(?:handle|worry|own|deal|decide|figure)|"
             r"\b(?:vendor|vendors|provider|agency|agencies|customer|hospital\s+IT|their\s+IT)\s+(?:handles|owns|takes\s+care\s+of|is\s+responsible\s+for|will\s+handle)\b|\b(?:legal|compliance)\s+(?:handles|takes\s+care\s+of|is\s+responsible\s+for|will\s+handle|owns(?!\s+(?:the|our|a|each|every)\s+(?:[\w-]+\s+){0,3}?(?:checklist|gate|go/no-go|sign-?off|review|amendment|negotiation|memo|filing|submission)s?\b))\b|"  # (legal owning a named checklist or gate is its owner)
             r"(?<!\bwe\s)(?<!\bI\s)\b(?:will|can)\s+(?:figure\s+out|sort\s+out|take\s+care\s+of|paper)\b"),
]

# --- backward triggers: modify what came before them in the clause
_BACKWARD = [
    # A refusal after its topic: "On pooling everything in a US region, I'd push back."
    # (At the end of its clause: "I'd decline the single US region" turns down what follows it.)
    (NEGATED, r",?\s*\b(?:(?:I|we)(?:'d|\s+would)\s+(?:say\s+no|push\s+back(?:\s+\w+ly)?(?!,\s+(?:\w+ly,\s+)?(?:on|against)\b)|decline|refuse)|the\s+answer\s+is\s+no|that's\s+a\s+(?:no|hard\s+no))\b"
              r"(?=\s*(?:[.,;:!?]|$|(?:and|but|because|since)\b))"),
    # ... or demoted to a side measure: "logging retention tracked as secondary only"
    # (only when said to be no more than that: a trial's "secondary outcome" is a design choice)
    (NEGATED, r"\b(?:(?:tracked|kept|reported|watched|monitored|used|counted)\s+(?:only\s+as\s+(?:a\s+)?secondary(?:\s+(?:metric|measure|signal|indicator|KPI)s?)?|"
              r"as\s+(?:a\s+)?secondary(?:\s+(?:metric|measure|signal|indicator|KPI)s?)?\s+only)|"
              r"(?:is|are|stays?)\s+(?:only|just|merely)\s+(?:a\s+)?secondary(?:\s+(?:metric|measure|signal|indicator|KPI)s?)?)\b"),
    (NEGATED, r"\b(?:(?:shouldn't|should\s+not|won't|will\s+not)\s+be\s+it(?=\s*[.;!?]|\s*$)|(?:is|are|was|were)(?:\s+not|n't)\s+(?:really\s+)?(?:the\s+)?(?:point|goal|answer|aim|enough|sufficient|what\s+(?:matters|counts|(?:the|our)\s+[\w-]+\s+(?:buys?|pays?\s+for|wants?|cares?\s+about))|bar|measure|metric|standard|right\s+\w+|whole\s+story|only\s+\w+)|"
              r"alone\s+(?:is|are|was|were)(?:\s+not|n't)|(?:is|are)(?:\s+not|n't)\s+(?:\w+\s+){0,3}?on\s+its\s+own|(?:is|are)\s+(?:misleading|irrelevant|insufficient|not\s+enough|not\s+helpful|unhelpful|harmful|dangerous|unsafe)|"
              r"would\s+be\s+the\s+worst\s+(?:failure|mistake|error|thing\s+we\s+could\s+do)|"
              r"(?:is|are|'s|would\s+be)\s+(?:out\s+of\s+the\s+question|off\s+the\s+table|a\s+non-starter|a\s+no-go|not\s+acceptable|"
              r"unacceptable|never\s+acceptable|a\s+red\s+line|not\s+an\s+option|a\s+hard\s+no)|"
              # ... or refused as an event ("pooling everything in one US region isn't happening"), or a habit that does not carry over
              r"(?:isn't|is\s+not|aren't|are\s+not)\s+(?:going\s+to\s+)?happen(?:ing)?|(?:won't|will\s+not)\s+happen|(?:don't|doesn't|do\s+not|does\s+not|won't|will\s+not)\s+(?:carry\s+over|transfer|translate)\b|"
              # ... or named as a hazard in itself: "hard-blocking a STAT order is a safety risk of its own"
              r"(?:is|are|would\s+be|'s)\s+(?:itself\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:risk|hazard|danger)\s+(?:of\s+its\s+own|in\s+itself))\b"),
    (DISMISSED, r"\b(?:(?:is|are|was|were|be)\s+(?:just\s+|only\s+|really\s+)?(?:a\s+)?nice[\s-]to[\s-]haves?|(?:a\s+)?distant\s+(?:second|third|fourth)|"
                r"nice[\s-]to[\s-]haves?|overkill|disproportionate|optional|unnecessary|(?:not|(?:is|are|was|were)n't)\s+(?:really\s+|strictly\s+)?(?:needed|necessary|required|important|essential|a\s+priority|worth\s+it|worth\s+the\s+\w+)|"
                r"(?:does|do|did)\s*(?:not|n't)\s+(?:really\s+)?matter|(?:doesn't|don't)\s+(?:really\s+)?matter|"
                # ("we don't need to run X", "so it doesn't need to go through IRB" wave off what follows: the forward trigger reads it)
                r"(?<!\bwe\s)(?<!\bI\s)(?<!\byou\s)(?<!\bit\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bthey\s)(?:(?:does|do)\s*(?:not|n't)\s+need\s+to\b|(?:doesn't|don't)\s+need\s+to\b)|"
                r"slows?\s+(?:us|things|everything|the\s+launch)\s+down|(?:takes?|take)\s+(?:way\s+)?too\s+long|"
                r"(?:a\s+)?waste\s+of\s+time|red\s+tape|box[\s-]tick\w*|can\s+be\s+skipped|"
                # ... or costed against no gain: "would cost three engineer-weeks for essentially no risk reduction"
                r"for\s+(?:essentially|virtually|basically|almost|practically)\s+no\s+(?:real\s+)?(?:risk\s+reduction|benefit|gain|value|safety\s+benefit)|"
                r"if\s+(?:they|nurses|doctors|physicians|clinicians|people|anyone|someone|users|staff|the\s+\w+)\s+(?:really\s+)?(?:wants?|asks?|insists?|cares?|likes?|prefers?)\b|"
                r"if\s+(?:time|budget|bandwidth|capacity)\s+(?:permits|allows)|if\s+we\s+have\s+(?:the\s+)?(?:time|bandwidth|budget)|"
                r"if\s+it\s+comes\s+up|if\s+anyone\s+asks|we'll\s+see|"
                r"(?:just\s+|basically\s+|mostly\s+)?a\s+(?:[\w-]+\s+)?formality|(?:would\s+be|is|are|'s)\s+(?:\w+\s+)?(?:good|nice|lovely|great|handy)\s+to\s+have|nice\s+in\s+theory|"
                # ... or named as what gives way first, or left what is over: "the silent period would be the first thing to go", "video gets whatever capacity is left"
                r"(?:is|are|would\s+be|'d\s+be|will\s+be)\s+the\s+first\s+(?:thing|things|step|steps|piece|pieces|part)\s+(?:to\s+go|to\s+be\s+(?:cut|dropped)|we\s+(?:cut|drop))|gets?\s+whatever\s+(?:capacity|time|bandwidth|budget|resources?|engineering|people)\s+(?:is|are)\s+left|won't\s+kill\s+(?:anybody|anyone|us)|(?:is|was|'s)\s+(?:not|no)\s+(?:a\s+)?big\s+loss|"
                r"(?:not|never)\s+on\s+the\s+critical\s+path|off\s+the\s+critical\s+path|"
                # ... or replaced by the launch itself or a shortcut: "in practice the silent run would be
                # replaced by going live" (a check replaced by a stronger one is not waved off)
                r"(?:(?:is|are|was|were|would\s+be|will\s+be|'d\s+be|gets?|can\s+be)\s+(?:\w+ly\s+)?(?:replaced|swapped\s+out|substituted|superseded)\s+(?:by|with|for)|"
                r"(?:would|will|can|could)\s+(?:stand\s+in\s+for|take\s+the\s+place\s+of|make\s+way\s+for))"
                r"(?=\s+(?:going\s+live|launching|shipping|rolling\s+out|live\s+\w+|nothing|(?:a|an|the)\s+(?:quick|short|brief|lighter|light|one-hour|simple|launch|rollout|go-live|release)\b))|"
                r"(?:gives?|would\s+give|will\s+give)\s+way\s+to\b|"
                r"if\s+(?:the\s+)?\w+\s+justif(?:y|ies)\b|"
                r"if\s+(?:\w+\s+){0,4}?(?:raises?|complains?|comes?\s+up|come\s+up|arises?|asks?|pushes\s+back|insists?|demands?)\b|"
                r"(?:good|well)\s+enough\s+(?:for\s+(?:now|v1|a\s+start|launch)|proxy)|(?:as|is|it's|that's)\s+a\s+known\s+(?:limitation|issue)|"
                r"would\s+be\s+(?:nice|ideal|great)|ideal\s+in\s+theory|"
                r"(?:would|will|could)\s+(?:only\s+)?delay\s+(?:the\s+)?(?:launch|go-live|us|things|the\s+date)|"
                r"(?:time|months?|weeks?|a\s+quarter)\s+(?:that\s+)?we\s+(?:don't|do\s+not)\s+have|"
                r"not\s+(?:hold|block|gate|wait)\s+(?:the\s+)?(?:launch|merge|go-live|release|date|rollout)?\s*(?:for|on)\b)\b"),
    (DEFERRED, r"\b(?:(?:is|are)\s+(?:a\s+)?(?:problem|question|concern|topic|thing|issue)s?\s+for\s+later|for\s+later|"
               r"down\s+the\s+(?:road|line)|at\s+some\s+point|"
               r"can\s+(?:all\s+)?wait(?!\s+(?:an?|one|two|three|\d+|several|up\s+to|for|hours?|days?|weeks?|minutes?)\b)|(?:in|until|(?:ideas?|parked|saved|held|kept)\s+for)\s+(?:a\s+)?(?:phase|version|v)\s*(?:2|two|ii)\b(?:\s+maybe)?|(?:in|until)\s+v2|"
               r"once\s+we(?:'re|\s+are)\s+(?:live|launched|scaled)|after\s+(?:the\s+)?(?:launch|go-live|go\s+live|we\s+launch|we\s+go\s+live)\s+(?:if|maybe|when)|"
               r"post-launch\s+maybe|when\s+we\s+get\s+(?:a\s+)?(?:chance|to\s+it)|"
               r"(?:on|in|into|to|onto)\s+(?:the|a|our)\s+(?:[\w.-]+\s+){0,2}?backlog|"
               r"(?:move[sd]?|moving|push\w*|slip\w*|go(?:es)?|went|add\w*|park\w*|put|puts|sits?|carried)\s+(?:on)?to\s+(?:the|a|our)\s+(?:[\w.-]+\s+){0,2}?roadmap|"
               r"post-launch\s+(?:workstreams?|work\s+items?|items?|tasks?|follow-?ups?|backlog|list)|"
               # ... a named later plan: "scheduled for the FY26 planning cycle", "slotted into next year's compliance plan"
               r"(?:scheduled|slotted|parked|pencil+ed|pushed|moved|deferred|sits?|sitting)\s+(?:for|into|in|to)\s+(?:the\s+)?(?:FY\s?\d{2,4}|H[12]|next\s+(?:year|quarter)'s|second-half|\d+\.\d+)\s+"
               r"(?:[\w-]+\s+){0,2}?(?:planning\s+cycle|plan|release|roadmap|backlog|cycle|budget)|icebox|(?:roll|rolls|rolled|fold|folds|folded|go|goes|move|moves|slips?)\s+in(?:to)?\s+next\s+(?:year|quarter|release|sprint|cycle)'s\b|"
               r"(?:fold|folds|folded|roll|rolls|rolled)\s+into\s+(?:the\s+)?next\s+(?:year|quarter|release|sprint|cycle|phase)\b|(?:in|for)\s+(?:a|the)\s+(?:later|future|follow-up|next)\s+(?:release|version|sprint|quarter's\s+release)|"
               r"(?:first|next)\s+post-launch\s+release|watch\s+item|(?:can|could)\s+come\s+(?:once|after|later|when)|can\s+catch\s+(?:us\s+)?up|slides?\s+to\s+(?:Q\d|next|later|phase))\b"),
    (OTHERS, r"\b(?:(?:is|are)\s+what\s+)?(?:the\s+)?(?:vendor|vendors|data\s+science\s+team|IT\s+team|legal\s+team|someone\s+else)\s+"
             r"(?:will|can|would|should|already)\s+(?:report|handle|track|cover|own|take\s+care\s+of|deal\s+with|worry\s+about|figure\s+out)|"
             r"(?:is|are)\s+(?:the\s+)?(?:vendor's|legal's|IT's|compliance's|someone\s+else's|their)\s+(?:job|problem|responsibility|concern)|"
             r"not\s+(?:our|my)\s+(?:job|problem|concern|responsibility)\b|"
             r"(?<=[\w-])'s?(?:\s+(?:and|or)\s+[\w-]+'s?)?\s+(?:[\w-]+\s+)?(?:responsibility|job|concern|problem|runbook|to\s+(?:enforce|sort\s+out|handle|own|fix))(?![\w-])(?=\s*(?:[.,;:!?)]|$|\s+(?:and|so|but|to|for|not|on)\b))|"
             r"(?:a\s+)?(?:question|matter|problem|call|decision)\s+for\s+(?:legal|compliance|IT|the\s+vendor|them|the\s+customer|the\s+sites?)\b|"
             # (by a party, not by a rule or a control: "that flow is covered by 21 CFR Part 11 controls")
             r"(?:is|are)\s+(?:really\s+|mostly\s+|basically\s+)?(?:handled|owned|covered|managed)\s+by\b"
             r"(?!\s+(?:[\w.-]+\s+){0,3}?(?:CFR|HIPAA|GDPR|BAAs?|controls?|polic(?:y|ies)|regulations?|law|consent|SOPs?|QMS|guidance|clearance|contract)\b)|"
             r"(?:is|are)\s+what\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?owns?\b|"
             r"(?:is|are)\s+(?:really\s+)?(?:theirs|hers|his)\b|(?:that|it|this|responsibility)\s+(?:sits|lies|rests)\s+with\s+(?:the|their)\b|"
             r"handles?\s+(?:its|their)\s+own\b|not\s+(?:a\s+)?(?:product|our)\s+(?:one|question|problem|concern|issue)\b|not\s+ours\b|"
             r"not\s+something\s+(?:product|we|I)\s+can\b"),
]
# A move named as the cause of harm is argued against, not proposed: "silently cancelling a
# signed order risks a missed result", "... is a new kind of risk", "... and I think that's a trap".
_BACKWARD += [
    (NEGATED, r"\b(?:risks?\s+(?:a|an|the|missing|missed|delay\w*|harm\w*|patient|losing)|would\s+(?:risk|cause|harm|hurt|kill|endanger)|"
              r"(?:could|can)\s+(?:cause|harm|hurt|kill|endanger|out|expose|reveal|embarrass)|(?:would|could|will)\s+(?:likely\s+|probably\s+)?(?:cost|lose)\s+us\s+(?:the|their|our)\b(?![^.;\n]{0,60}?\bbut\b)|(?:is|are)\s+how\s+(?:patients|people)\s+get\s+hurt|"
              r"(?:is|are)\s+a\s+new\s+(?:kind|class|source)\s+of\s+(?:risk|harm|error)|(?:I\s+think\s+)?(?:that's|that\s+is|that\s+would\s+be|is)\s+a\s+(?:trap|mistake)|"
              # ... or as the wrong thing to aim at: "logging retention is the wrong north star", "gamifying optimises the wrong metric"
              r"(?:is|are|'s|optimi[sz]es?|chases?|rewards?|targets?)\s+(?:exactly\s+|probably\s+|just\s+|simply\s+)?(?:the|a)\s+wrong\s+(?:north[\s-]star|metric|goal|lens|frame|framing|target|measure|kpi|outcome|yardstick|thing)|"
              # ... or as work done badly: "building both at once means building both badly", "is a recipe for"
              r"(?:means|would\s+mean)\s+(?:[\w-]+\s+){0,3}?(?:badly|poorly|half-done)|(?:is|are|would\s+be)\s+a\s+recipe\s+for|"
              # ... "two integrations at once is how both slip"
              r"(?:is|are|'s)\s+how\s+(?:both|all|things|projects|teams|launches|they|it|we)\s+(?:\w+\s+)?(?:slip|fail|break|stall|go\s+wrong)s?\b|"
              # ... or as a move that would leave people worse off or be the error itself: "retiring
              # audio-only would strand the patients who most need us", "treating the freezing as polish
              # would be the mistake", "launching both states in Q1 would be the visible win, and it's the wrong one"
              r"would\s+(?:strand|bury|swamp|overwhelm|drown|alienate|undermine|backfire|lock\s+out|shut\s+out)\b|"
              r"would\s+(?:push|drive|lead|cause)\s+(?:\w+\s+){0,3}?to\s+(?:ignore|tune\s+out|disengage|drop\s+out|distrust|quit|stop)\b|"
              r"would\s+be\s+(?:the|a|an)\s+(?:real\s+|big\s+|bigger\s+|biggest\s+|first\s+|classic\s+|obvious\s+)?(?:mistake|error|trap)\b|"
              r"would\s+be\s+(?:the\s+)?wrong\s+(?:call|move|choice|answer|one|order)\b|"
              r"would\s+be\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:win|move|answer|choice|option|headline)\s*,?\s+(?:and|but)\s+(?:it's|it\s+is|that's|that\s+is)\s+(?:the\s+)?wrong\b|"
              # ... or as a cost no one needs: "pooling everything in one US region would need a
              # transfer mechanism and safeguards we don't need".
              r"would\s+(?:need|require|create|add|introduce|mean)\b[^.;\n]{0,80}?\b(?:we\s+(?:don't|do\s+not)\s+need|we'd\s+rather\s+avoid|we\s+can\s+avoid|for\s+no\s+(?:reason|benefit|gain)))\b"),
]
# Bare adverbs of deferral modify the few words before them: "we measure alerts afterwards".
_BARE_DEFERRAL = regex_cache.compile(r"\b(?:later\s+on|later|afterwards?|eventually|someday)\b", re.IGNORECASE)
BARE_WINDOW = 5
# A condition before the trigger makes it hypothetical, not a deferral: "if we recalculate it later".
_CONDITION = regex_cache.compile(r"\b(?:if|when|once|unless|whether)\b", re.IGNORECASE)
# Deferrals that a real plan also uses ("after launch we add Creole"): they count only in a
# sentence with no number and no monitoring verb, where they read as "not now" rather than a step.
# Once the product is live: the deferrals that can put off a check whose point is to come first.
POST_LAUNCH = (r"after\s+(?:the\s+)?(?:launch|go-live|go\s+live|we\s+launch|we\s+go\s+live)|post-launch|(?:once|after)\s+(?:we're|we\s+are|it's|it\s+is)\s+live|"
               # ... and once everyone has it: "six months after full rollout"
               r"after\s+(?:the\s+)?(?:full|house-wide|hospital-wide|system-wide|network-wide|general)\s+(?:rollout|roll-out|deployment|launch|go-live)")
_SOFT_DEFERRED = regex_cache.compile(
    rf"\b(?:{POST_LAUNCH}|"
    r"(?:when|once)\s+we\s+scale|(?:in|for|until)\s+year\s+(?:two|2)|"
    r"next\s+(?:year|cycle)(?!'s)|for\s+next\s+year|(?:in|until|(?:ideas?|parked|saved|held|kept)\s+for)\s+(?:a\s+)?(?:phase|version|v)\s*(?:2|two|ii)\b|(?:in|until)\s+v2|"
    r"phase\s+(?:2|two)\s+list|(?:we'll|we\s+will)\s+deal\s+with\s+(?:it|that|them)|revisit\s+(?:it|this|that|if|later|after|once|at))\b",
    re.IGNORECASE,
)
_MONITORING = regex_cache.compile(
    r"\b(?:monitor\w*|track\w*|measur\w*|audit\w*|review\w*|watch\w*|compar\w*|report\w*|check\w*|\d+|"
    r"one|two|three|four|five|six|ten|twelve|weekly|monthly|daily)\b|"
    # ... or names what can only come after it: "owns any wording change after launch"
    r"\b(?:changes?|edits?|updates?|revisions?|amendments?)\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?(?:after|post)[\s-]?(?:launch|go-?live)\b",
    re.IGNORECASE,
)


# A decision named as one party's against another's says who decides, no hand-off: "their call,
# not data science's".
_NOT_OTHERS = r"(?!,?\s+not\s+(?:ours|mine|[\w-]+(?:\s+[\w-]+)?'s)\b)"

# The wider repertoire of minimising, deferring and delegating: general English, not any one
# answer's wording.
# "'s" read as "is" after a pronoun ("it's paperwork") or before a hedge ("the audit's just
# paperwork"), not as a possessive: "the first wave's paperwork goes in during week one".
_IS_CONTRACTED = (r"(?:(?:(?<=\bit)|(?<=\bthat)|(?<=\bthis)|(?<=\bwhat)|(?<=\bwhich)|(?<=\bthere)|(?<=\bhere)|(?<=\bwho)|(?<=\bhe)|(?<=\bshe)|(?<=\bone))'s|"
                  r"'s(?=\s+(?:just|only|really|probably)\b))")
_BACKWARD += [
    # an amount conceded to be large, then shown too small: "ten weeks sounds like a lot, but a
    # reconciliation can easily eat six" (the point after the "but" is the candidate's)
    (DISMISSED, r"\b(?:sounds?|looks?)\s+like\s+a\s+lot\b,?\s+but\b"),
    # ("content has to be minimal" is a requirement: a modal of need before "be" is no brush-off)
    (DISMISSED, r"\b(?:(?:is|are|" + _IS_CONTRACTED + r"|(?<!has\sto\s)(?<!have\sto\s)(?<!must\s)(?<!need\sto\s)(?<!needs\sto\s)be)\s+(?:just\s+|only\s+|really\s+|probably\s+)?(?:not\s+a\s+big\s+deal|no\s+big\s+deal|a\s+minor\s+(?:issue|point|detail|thing)|"
                r"(?:a\s+)?(?:low|lower)(?:-|\s+)priority|not\s+(?:urgent|critical|a\s+blocker|blocking)|an?\s+(?:edge|corner)\s+case|"
                r"(?:a\s+)?(?:rubber\s+stamp|checkbox|check-the-box|paperwork|bureaucracy|distraction|bonus|gold-plating|over-?engineering)|"
                r"premature|too\s+(?:early|slow|expensive|costly|heavy|much\s+overhead)|(?:purely\s+)?(?:theoretical|academic)|"
                r"(?:should|will|'ll|would)\s+be\s+fine|(?:probably\s+)?fine\s+(?:for\s+now|as\s+is)|negligible|minimal|overblown|"
                r"(?:a\s+)?(?:small|tiny|low|minimal)\s+risk)|"
                r"(?:we\s+)?can\s+(?:live|do)\s+without(?:\s+it)?|(?:hold|holds|holding)\s+us\s+back|(?<!what\s)(?<!what\sactually\s)(?<!what\sreally\s)gets?\s+in\s+the\s+way|"
                r"(?:shouldn't|should\s+not|won't|will\s+not|doesn't\s+need\s+to|does\s+not\s+need\s+to)\s+(?:block|gate|hold\s+up(?!\s*(?:[.,;:!?)\x22”]|$|(?:and|but|so|if|when|under|to|in\s+court|well|for\s+long)\b))(?!\s+(?:a\s+single|any|a|the)\s+(?:read|reading|scan|visit|patient|order|result|study|shift|triage|report)s?\b)|delay)\b|"
                # ("if a patient is harmed, 'three doctors liked it' won't hold up": evidence that would not stand)
                r"wait\s+and\s+see|cross\s+that\s+bridge|if\s+(?:it|that|this|they)\s+(?:ever\s+)?becomes?\s+(?:a\s+)?(?:problem|issue|an\s+issue)|"
                r"if\s+(?:something|anything)\s+goes\s+wrong|if\s+(?:issues?|problems?|concerns?)\s+(?:arise|come\s+up|show\s+up|surface)|"
                r"if\s+(?:it|that|this)\s+(?:turns\s+out\s+to\s+be\s+)?(?:really\s+)?(?:needed|necessary|required))\b"),
    (DEFERRED, r"\b(?:can\s+come\s+later|comes?\s+later|(?:in|for)\s+(?:the\s+)?(?:future|next\s+(?:release|version|quarter|year|cycle|phase))|"
               r"future\s+work|TBD|to\s+be\s+determined|(?:once|when|after)\s+(?:we|you|they|I)\s+(?:have|get|see|hit|reach)\s+(?:some\s+|real\s+)?(?:traction|scale|revenue|usage|more\s+\w+)|"
               r"(?:once|when)\s+(?:things|it)\s+(?:settles?|stabili[sz]es?)|(?:a|the)\s+(?:v2|v3|phase[\s-](?:2|3|two|three))\s+(?:item|thing|feature|problem|roadmap|backlog|list)|"
               r"kick\w*\s+(?:it|that|this|the\s+can)\s+down\s+the\s+road|(?:put|leave|keep)\s+(?:it|that|this|them)\s+on\s+(?:hold|ice|the\s+shelf)|"
               # what is held back from the release is put off ("I'd hold the subgroup audit back from the release";
               # "hold it back from go-live" keeps the feature under discussion out, nothing more)
               r"(?<!\bit\s)(?<!\bthem\s)(?<!\bthat\s)(?<!\bthis\s)back\s+(?:from|out\s+of)\s+(?:the\s+)?(?:first\s+|initial\s+|day-one\s+)?(?:release|launch|go-?live|rollout|v1|MVP))\b"),
    # "It's on the vendor", "up to their team": a party, not a place ("why it is on the list").
    (OTHERS, r"\b(?:is|are)\s+(?:on|up\s+to)\s+(?:them|their\s+\w+|the\s+(?:vendors?|customers?|clients?|sites?|hospitals?|health\s+systems?|"
             r"team|teams|lab|labs|IT|sponsor|CRO|agency|payers?|plan|providers?|engineers?|data\s+science|legal|compliance|ops|business))\b|(?:their|the\s+\w+'s)\s+(?:call|domain|territory|area|lane)\b" + _NOT_OTHERS + r"|"
             # (not "covered by our clearance": what we hold ourselves)
             r"(?:we're|we\s+are|that's|it's)\s+covered\b(?!\s+(?:by|under)\s+(?:our|its)\s+own\b|\s+(?:by|under)\s+our\b)|(?:is|are)\s+(?:already\s+)?(?:certified|compliant),?\s+so\b|"
             r"not\s+(?:my|our)\s+(?:area|lane|domain|department|call|decision)\b|someone\s+else's\b"),
]
# The words a speaker corrects as they say them: "I shadowed, I was going to say for a week, but to be precise ..."
_FORWARD += [(REPORTED, r"\b(?:I|we)\s+was\s+(?:going|about)\s+to\s+say\b(?=[^.;!?\n]{1,60}?\bbut\b)")]
_FORWARD += [
    (DISMISSED, r"\b(?:descope|descoping|de-scope|shelve|shelving|"
                r"skim|hand-?wave|wave\s+(?:off|away|through)|"
                r"no\s+(?:time|budget|room|appetite)\s+for|(?:not|never)\s+(?:worth|bother)\w*|without\s+(?:bothering|worrying)\s+(?:with|about))\b"),
    (DEFERRED, r"\b(?:revisit(?!\s+once\b)|re-visit|circle\s+back\s+(?:to|on)|come\s+back\s+to|get\s+(?:back\s+)?to\s+(?:it|that|them)\s+later|"
               r"kick\w*\s+(?:the\s+can|it)\s+down\s+the\s+road\s+on|save\s+(?:it|that|\w+)\s+for\s+later)\b"),
    (OTHERS, r"\b(?:rely|relying|lean|leaning|count|counting)\s+on\s+(?:the\s+)?(?:vendor|vendors|provider|model\s+provider|customer|hospital|sites?|legal|compliance)\s+(?:for|to)\b|"
             r"\b(?:hand|hands|handing|pass|passing|outsource|outsourcing|offload|offloading|delegate|delegating)\s+(?:it\s+|that\s+|this\s+)?(?:off\s+)?(?:to|on)\s+(?:the\s+)?(?:vendor|customer|legal|compliance|IT|sites?|agenc\w+|provider)\b"),
]

# Clause-wide cues (ConText's bidirectional triggers): idioms that brush off whatever the sentence
# is about, wherever it stands in the sentence. "A DPIA is a template exercise counsel can knock
# out in a week", "I wouldn't burn cycles on readability testing".
_CLAUSE_WIDE = [
    (DISMISSED, r"\b(?:overthink\w*|overblown|over-?engineer\w*|not\s+(?:losing|lose)\s+sleep|\w*n't\s+lose\s+(?:much\s+|any\s+)?sleep|never\s+lose\s+sleep|harmless|"
                r"(?:a\s+)?template\s+exercise|boilerplate|out\s+of\s+the\s+box|knock\s+(?:it\s+|that\s+)?out|tick\s+(?:the\s+)?box\w*|"
                r"wave[sd]?\s+(?:\w+\s+){0,3}through|(?:I|we|I'd|we'd|I'll|we'll|would|will|just|happy\s+to)\s+(?:just\s+)?go\s+along\s+with|not\s+rocket\s+science|same\s+muscle|"
                r"lighter\s+than\s+(?:people|you|most)|(?:people|they)\s+make\s+it\s+sound|burn\w*\s+(?:cycles|time)|"
                # ("I'd hold it back from the first release" is the candidate's own gate, not a complaint)
                r"(?:(?<!\bI\s)(?<!\bwe\s)(?<!'d\s)(?<!'ll\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bshould\s)|(?<=\bif\swe\s)|(?<=\bif\sI\s))"
                r"hold(?:ing)?\s+(?:up\s+the|\w+\s+back|up\s+(?:the\s+)?(?:launch|release|rollout))|no\s+sense\s+(?:in\s+)?holding|"
                r"(?<!sign\s)(?<!tap\s)(?<!click\s)(?:and|then)\s+move\s+on|good\s+enough|pretty\s+modest|mostly\s+(?:a\s+)?(?:paperwork|documentation|formality)|"
                r"(?<!some\s)(?<!many\s)(?:people|everyone|folks)\s+(?:always\s+)?(?:raise|bring\s+up|worry\s+about)|I\s+get\s+the\s+concern|"
                r"(?:isn't|is\s+not|not)\s+(?:really\s+)?(?:our|my|a\s+product)\s+(?:problem|concern|issue)|fine\s+by\s+me|"
                r"(?:won't|wouldn't|will\s+not|would\s+not)\s+(?:spend|waste|sink)\s+(?:much\s+|[\w-]+\s+)?(?:time|effort|cycles))\b"),
    (DEFERRED, r"\b(?:follow-on\s+(?:phase|wave|release)|"
               # "push the community review to phase 2" (not "we move to phase 2 once ...", a step)
               r"(?:push|bump|kick|defer|punt|drop|relegate|park)(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,6}?(?:to|into|until|till)\s+(?:a\s+)?phase\s*(?:2|two|ii)\b|subsequent\s+(?:wave|phase|release)|(?:a|the)\s+later\s+(?:wave|phase)|"
               r"once\s+(?:we've|we\s+have)\s+(?:proved|proven|shown|seen|validated\s+the\s+value)|once\s+\w+\s+(?:has|have)\s+(?:bandwidth|budget|capacity)|"
               r"when\s+there's\s+enough|(?:on\s+the\s+)?roadmap\s+for\s+after|sequenced\s+for\s+after|"
               r"planning\s+to\s+get\s+to|pays\s+for\s+itself|(?:in\s+)?my\s+first\s+(?:few\s+)?(?:\d+|few|couple|sixty|ninety)\s+(?:days|weeks|months)(?![^.;\n]{0,60}?\b(?:pair|ship|sign[\s-]off|partner)\w*\b(?![^.;\n]{0,80}?\b(?:learn|pick\s+up|read\s+up|so\s+(?:that\s+)?(?:they|he|she|it)\s+can)))|"
               r"once\s+I'm\s+(?:in|assigned|on)|when\s+I\s+(?:start|join|get\s+there)|pick\s+(?:it|that|them)\s+up\s+(?:later|as\s+(?:I|we)\s+go|on\s+the\s+job))\b"),
    (OTHERS, r"\b(?:(?:\w+'s|\w+s')\s+(?:territory|domain|lane|remit)|falls?\s+to\s+(?:them|the\s+\w+|their)|follow\s+their\s+lead|"
             r"handle\s+that\s+piece|(?:is|'s|are|be)\s+(?:a\s+|their\s+)?(?:clinical\s+)?governance\s+decision|conversation\s+for\s+(?:their|the)|"
             r"what\s+we'd\s+be\s+paying\s+them\s+for|a\s+choice\s+they\s+made|(?:the\s+team|they)\s+will\s+have\s+\w+\s+(?:folks|people)\s+anyway|"
             r"not\s+going\s+to\s+second-guess|their\s+(?:problem|responsibility|job|call)(?!-)" + _NOT_OTHERS + r"|on\s+their\s+side(?![^\n]{0,80}?\bon\s+(?:ours|our\s+side)\b))\b"),
]

# More of the same families, in the words people reach for when they play a risk down, put it off
# until the business is ready, or point at whoever else might carry it.
_CLAUSE_WIDE += [
    # ("very small patients", "very small clinics" describe who, not how much it matters; "the
    # marginal notification" is the next one, an economist's word, not a verdict)
    (DISMISSED, r"\b(?:(?:pretty|fairly|very)\s+(?:marginal|tame|minor|small)(?!\s+(?:(?:and|or)\s+\w+\s+)?(?:patients|babies|infants|children|kids|newborns|people|members|clinics|hospitals|sites|practices|teams)\b)|(?<!the\s)(?<!each\s)(?<!every\s)marginal|basically\s+(?:noise|a\s+solved|a\s+formality)|"
                r"(?:simpler|smaller)\s+than\s+it\s+(?:looks|sounds)|keep\s+(?:this|it|things)\s+in\s+proportion|keep\s+it\s+light|"
                r"(?:a\s+)?tiny\s+fraction|(?:the\s+)?downside\s+is\s+small|(?:real|fine)\s+in\s+theory|nobody\s+(?:gets|is\s+getting|'s\s+getting)\s+hurt|"
                r"not\s+a\s+safety\s+issue|call\s+it\s+done|won't\s+notice|(?:a\s+)?soft\s+(?:internal\s+)?(?:goal|target)|"
                r"(?:known|minor)\s+quirk|slot\s+it\s+in|(?:wouldn't|won't|would\s+not|will\s+not)\s+(?:spend|put)\s+(?:money|budget|time)\s+on|"
                r"if\s+something\s+breaks|we'll\s+hear\s+about\s+it|getting\s+ahead\s+of\s+a\s+problem|(?:none|not)\s+of\s+(?:them|those|it)\s+closes|"
                r"(?:I\s+)?doubt\s+anyone|anyway\b(?=\s*[.,;!?]|$)|"
                # a concession that sets a risk up to wave it off: "the 3% number sounds alarming, but"
                r"(?:sounds?|looks?)\s+(?:\w+\s+)?(?:scary|alarming|bad|dramatic|serious|worrying|concerning)\b,?\s+but|"
                r"(?:a\s+lot\s+of|too\s+much|mostly|just|pure)\s+(?:ceremony|bureaucracy|paperwork|overhead|theat(?:er|re))|"
                # a safeguard put down to the nerves of the people who ask for it: "the silent run is mostly institutional anxiety"
                r"(?:institutional|organi[sz]ational|committee|bureaucratic)\s+(?:anxiety|nerves|fear|theat(?:er|re)|comfort|hand-?wringing)|hand-?wringing|"
                r"not\s+a\s+blocker|overcomplicat\w*|"
                # a gate demoted to a wish: "I'd treat it as a stretch goal rather than a blocker"
                r"(?:stretch\s+goal|nice-to-have|aspiration|soft\s+target|target\s+date|guideline)s?\s+(?:rather\s+than|not|instead\s+of)\s+(?:a\s+|an\s+)?(?:hard\s+)?(?:blocker|gate|requirement|stop|exit\s+criterion|condition))"),
    (DEFERRED, r"\b(?:after\s+(?:the\s+)?(?:first\s+revenue|series\s+[a-d]|we\s+raise|the\s+raise|funding|the\s+holiday|the\s+freeze)|"
               # ... or until the business case is made: "the subgroup checks move to after we've shown enrolment moving"
               r"(?:until\s+|till\s+)?after\s+(?:we've|we\s+have|we)\s+(?:shown|proven|proved|demonstrated)\s+(?:[\w-]+\s+){0,2}?(?:moving|value|traction|revenue|ROI|growth|adoption|uptake|demand|(?:the\s+)?business\s+case)|"
               # ... or until a deal is done: "the hand-off partner moves until after the contract is signed"
               r"(?:until|till)\s+(?:after\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:contract|deal|sale|renewal|round)\s+(?:is|has\s+been|gets?)\s+(?:signed|closed|done|in)|"
               # ... or until the filing it exists to support: "we adopt a quality system when the submission is filed"
               r"(?:when|once|after)\s+(?:the\s+|our\s+)?(?:submission|filing|510\(k\)|de\s+novo)\s+(?:is|has\s+been|gets?)\s+(?:filed|submitted|in)|"
               r"(?:for|in|into|to|on)\s+(?:the\s+)?(?:year-two|year\s+two|next\s+year's)\s+plan|when\s+the\s+\w+(?:\s+\w+)?\s+is\s+hired|once\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:are|is)\s+stable|"
               r"(?:when|once)\s+the\s+revenue\s+is\s+there|sequenc\w+\s+(?:\w+\s+){0,3}(?:behind|after)|pencil\s+(?:it|that|them)\s+in|fast[\s-]follow|"
               r"following\s+planning\s+cycle|(?:get|getting)\s+real\s+usage\s+first|then\s+harden|(?:loop|bring)\s+(?:them|\w+)\s+in\s+after)\b"),
    (OTHERS, r"\b(?:their\s+professional\s+responsibility|"
             r"(?:their|its)\s+own\s+(?:review|evaluation|validation|QA|process)\s+anyway|"
             r"lean\s+on\s+(?:that|them|their)|(?:let|ask)\s+(?:each\s+of\s+)?(?:those|the)\s+(?:groups|teams)\s+(?:monitor|own|handle)|"
             r"their\s+team\s+can\s+follow\s+up|comes?\s+down\s+to\s+how\s+the\s+\w+\s+uses|our\s+focus\s+is\s+(?:where|on)\s+(?:we\s+add\s+value|the\s+model))\b"),
]

_CLAUSE_WIDE += [(DISMISSED, r"(?:(?<=\A)|(?<=\n)|(?<=\.\s)|(?<=:\s)|(?<=\*\*\s)|(?<=-\s))(?:" + _OUTSIDE_TRIGGER + _RESISTED + "|" + _PERMITTING + ")")]
_BACKWARD += [(DISMISSED, r"(?<![\n:.]\s)(?<!\A)\b(?:" + _OUTSIDE_TRIGGER + "|" + _PERMITTING + ")")]
# An option conceded as possible and then turned down is not the plan (ConText's hypothetical):
# "transfer under SCCs or the Data Privacy Framework is possible, but it adds legal risk".
_BACKWARD += [(REPORTED, r"\b(?:is|are|would\s+be)\s+(?:technically\s+|legally\s+|also\s+)?possible(?:\s+in\s+principle)?(?=[^.;\n]{0,120}?\bbut\b)")]
# ... and so is a request turned down after it is named: "To pooling everything in a US region I
# would say no".
_BACKWARD += [(REPORTED, r"\b(?:I|we)(?:'d|\s+would|\s+will)?\s+say\s+no\b(?!\s+to\b)")]
# A spoken self-correction withdraws the words before it (the reparandum of a speech repair):
# "we'd go all at once on the contract date... scratch that, that's what sales wanted". Its markers
# (the interregnum) are shared with the verdict on a whole sentence before (lead_in_lexicon).
SPEECH_REPAIR = r"(?:scratch\s+that|strike\s+that|no,?\s+wait|wait,?\s+no|actually,?\s+no)"
_BACKWARD += [(REPORTED, r"(?:\.\.\.|…|,|\s[-—–])\s*(?:but,?\s+|so,?\s+)?(?:(?:no,?\s+)?(?:" + SPEECH_REPAIR + r"|or\s+rather)(?=\s*[,.;:!—–-])|"
              r"no,\s+(?=(?:that's|that\s+is|it's|it\s+is)\s+(?:not\b|wrong\b|unrealistic\b|too\s+(?:high|low|much|many|ambitious)\b)))")]
# A step left to be judged later on whether it is still needed: "the pending-order check goes on the Q3
# roadmap, and we'll see by then whether it is still needed".
_BACKWARD += [(DISMISSED, r"\b(?:we'll|we\s+will|let's|I'll)\s+see\s+(?:by\s+then\s+|later\s+|then\s+|at\s+that\s+point\s+)?(?:whether|if)\s+"
                          r"(?:it's|it\s+is|it\s+will\s+be|that's|they're|they\s+are|we)\s+(?:still\s+)?(?:needed|necessary|required|worth\s+(?:it|doing)|need\s+(?:it|them))\b")]
# A step taken off the plan: "take the pre-sub off the roadmap for now", "pulled the bias audit off the plan".
_BACKWARD += [(DISMISSED, r"(?<=\s)off\s+(?:the|our|this\s+(?:quarter|year)'s)\s+(?:roadmap|plan|backlog|scope|launch\s+list)\b")]

# Triple negatives and sarcasm that wave a step away: "I'm not convinced we can't go live without
# them", "it's not like we'd be unable to launch", "sure, we could spend eight weeks on that",
# "nothing says urgent like waiting two months".
_CLAUSE_WIDE += [
    (DISMISSED, r"\b(?:not\s+convinced|it's\s+not\s+like|(?:don't|do\s+not)\s+see\s+(?:anything|what|why)\s+(?:that\s+)?(?:stops|prevents|blocks|would\s+stop)|"
                r"what\s+could\s+possibly\s+go\s+wrong(?!\s*:)|(?:lawyers|regulators|compliance|auditors)\s+love|"
                r"sure,\s+(?:we|I)\s+could|because\s+there(?:'s|\s+is)\s+always|"
                r"oh\s+sure|yeah,?\s+right|nothing\s+says\s+[\w\s\"'\u201c\u201d-]{1,30}?\s+like|warm\s+(?:and\s+fuzzy\s+)?inside|"
                r"(?:I'm|I\s+am)\s+sure\s+(?:that\s+)?(?:it\s+)?(?:will|it'll|would)\s+be\s+(?:riveting|thrilling|a\s+blast|fascinating|a\s+joy|fun|gripping)|"
                r"great,\s+(?:another|one\s+more)|(?:full|whole|usual)\s+(?:ceremony|song\s+and\s+dance|circus|rigmarole)|"
                r"(?:compliance|security|safety|privacy|validation|governance)\s+theat(?:er|re)|dog\s+and\s+pony|(?:as|for|pure|just)\s+theat(?:er|re)|"
                r"famously\s+(?:generous|quick|fast|cheap|patient|well-funded|easy|responsive|flexible|efficient)|"
                r"(?:they'll|they\s+will|nurses\s+will|everyone\s+will|staff\s+will|people\s+will|doctors\s+will)\s+(?:just\s+|absolutely\s+)?love\s+(?:an?|another|the|that|this|it)|"
                r"works?\s+(?:great|beautifully|perfectly|wonderfully)\s+(?:right\s+)?up\s+until|(?:a|what\s+a)\s+(?:lovely|cute|charming|delightful)\s+(?:idea|project|exercise|research\s+project|thought)|"
                r"so\s+(?:it|we|that\s+it)\s+looks?\s+(?:careful|thorough|responsible|good|safe|rigorous)|so\s+(?:you|we|I)\s+can\s+say\s+(?:you|we|I)\b|"
                r"(?:nod|nodding)\s+a\s+lot|for\s+(?:the\s+)?optics|"
                # a safeguard kept for cover, not to find anything: "it gives us a paper trail",
                # "it keeps the committee off our back", "we log them but don't plan to review them"
                r"(?:gives?|giving)\s+us\s+(?:a\s+)?(?:paper\s+trail|cover)|(?:for|as)\s+(?:a\s+|the\s+)?(?:paper\s+trail|CYA)|off\s+(?:our|my)\s+backs?|"
                # ... "retained seven years, mainly for our defense file", "so we can document diligence"
                r"(?:for|as)\s+(?:our|a|the)\s+(?:defen[cs]e|legal)\s+(?:file|record|binder)|so\s+(?:that\s+)?we\s+can\s+document\s+(?:our\s+)?(?:due\s+)?diligence|"
                # ... or declared enough as it stands: "physicians sign every draft, which covers us in the meantime"
                # (said of us: "which covers this" may be a consent that really covers the use)
                r"(?:that|which|this|so\s+that|and\s+that)\s+(?:already\s+|basically\s+|pretty\s+much\s+)?covers\s+us\b|"
                r"(?:don't|do\s+not|won't|will\s+not)\s+(?:plan|intend)\s+to\s+(?:review|read|look\s+at|act\s+on)|solemnly|per\s+the\s+playbook|,\s+naturally(?=,)|apparently\s+(?:very|so|super)|"
                r"(?:someone|somebody|everyone|they)\s+will\s+definitely|"
                r"(?:I'm|I\s+am|we're|we\s+are)\s+supposed\s+to\s+(?:worry|care|fret|convene|think|pretend)|"
                r"(?:I'm|I\s+am)\s+sure\s+(?:they'll|they\s+will|nurses\s+will|physicians\s+will|doctors\s+will|clinicians\s+will|everyone\s+will)\s+(?:\w+\s+){0,2}?(?:read|check|review|love|notice|care))\b"),
]
# A counterfactual: what an option would have done, said of an option not taken ("going over her
# head would have won the date and lost the nurses").
_CLAUSE_WIDE += [
    (REPORTED, r"\bwould\s+have\s+\w+\b"),
]

# An answer to a point raised before the colon: "Pooling EU and US data in one region: I'd say no."
_CLAUSE_WIDE += [
    (NEGATED, r"(?:[:—]|\s-)\s*(?:I'd|I\s+would|we'd|we\s+would)\s+(?:say\s+no|not\s+do\s+(?:it|that|this)|refuse|decline)\b|"
              r":\s*(?:no|never|not\s+a\s+chance|not\s+happening)\s*(?:[.!;]|$)"),
]

# Deflection of ownership: the step lives on someone else's side ("sits with the lab vendor", "sits
# in the LIS vendor's processing", not "sit in the hospital's records"), goes through their process,
# or is passed to them to run ("I'd pass that to their quality department", "let their team work it").
_CLAUSE_WIDE += [
    (OTHERS, r"\b(?:(?:sits?|lives|(?<!go\s)(?<!goes\s)(?<!went\s)(?<!going\s)live(?=\s+with)|rests?|belongs?)\s+(?:squarely\s+|firmly\s+)?(?:(?:with|on)\s+(?:their|them|the\s+(?:\w+\s+)?(?:side|vendor|vendors|hospital|hospitals|sites?|lab|plan|payer|PBM|customer|client)\b|the\s+\w+'s)|"
             r"in\s+(?:their\s+(?:court|hands|queue|backlog)|the\s+(?:\w+\s+)?(?:vendor|vendors|lab|payer|PBM)'s)\b)|"
             r"(?:is|are)\s+(?:the\s+)?right\s+(?:home|place|people|team|owners?)\s+(?:for|to)|"
             r"let\s+(?:them|their\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:\w+\s+)?(?:work|handle|own|roll|run|deal|decide|fix|sort|manage|take)|"
             r"on\s+their\s+end(?![^\n]{0,80}?\bon\s+(?:ours|our\s+end)\b)|through\s+their\s+(?:own\s+)?process|"
             r"(?:pass|passed|route|routed|forward|forwarded|hand|handed|refer|referred)\s+(?:it\s+|that\s+|this\s+|them\s+|those\s+)?(?:on\s+|off\s+|over\s+)?to\s+(?:their|the\s+(?:hospital|vendor|plan|site|customer|client)(?:'s)?)\b|"
             # ("so it's their win" gives credit for a part they own, and hands nothing off)
             r"(?<!because\s)(?<!since\s)(?:that's|that\s+is|it's|it\s+is|those\s+are)\s+(?:their|the\s+(?:hospital|vendor|plan|site|lab|customer|client)'s)\s+(?!safety\s+net\b|(?:starting|default|preferred|first|native|usual|primary|right|language|phone|number|name|home|family|win|wins|credit|idea|success|victory|achievement)\b)\w+|"
             r"(?:pharmacy(?:\s+benefit)?|benefit|PBM|payer|plan|vendor|hospital|IT|legal|compliance|operations|ops)\s+territory|(?:stay|stick)\s+in\s+(?:our|my)\s+lane|knows?\s+their\s+lane|overreach\w*)\b"),
    (DISMISSED, r"\b(?:works?\s+as\s+(?:specified|designed|intended|spec'd)|(?:submit|file|raise|log)\s+(?:an?\s+)?(?:enhancement|feature|change)\s+request|"
                r"(?:I|we)\s+(?:like|love)\s+the\s+idea,?\s+but|in\s+an\s+ideal\s+world|in\s+principle,?\s+but|"
                r"(?:would|will|could)\s+(?:eat|burn|consume|swallow|take\s+up)\s+(?:most\s+of\s+|half\s+(?:of\s+)?|the\s+whole\s+|all\s+of\s+)?(?:the|a|our)\s+(?:quarter|month|year|sprint|runway|budget|timeline)|"
                r"no\s+point\s+(?:in\s+)?(?:agonis|agoniz|worrying|obsessing|spending|waiting))"),
    (DEFERRED, r"\b(?:once\s+(?:\w+\s+){1,3}(?:has|have|gets?)\s+(?:the\s+|more\s+|some\s+)?(?:bandwidth|budget|capacity|headcount|time)|"
               r"(?:once|after|when)\s+(?:we\s+have|we've\s+got|there\s+is|there's)\s+(?:a\s+few\s+|some\s+|several\s+|\w+\s+)?(?:months?|weeks?|quarters?)\s+of\s+(?:real-world|live|production|post-launch)|"
               r"next\s+planning\s+cycle|(?:on|onto)\s+the\s+roadmap\s+for\s+(?:the\s+)?(?:next|a\s+later|a\s+future)|"
               # ... or left to whoever gets round to it: "we submit to ethics committees as the sites get to it", "as capacity allows"
               r"as\s+(?:the\s+)?(?:sites?|teams?|they|we|people|hospitals?|clinics?)\s+get\s+(?:a\s+chance|round|around)?\s*to\s+it|as\s+(?:capacity|time|bandwidth|resources?)\s+(?:allows?|permits?))\b"),
    # ... or done only when someone outside forces it: "we'd run the study only if a customer or a bad
    # outcome forces us to" ("HITRUST only if a signed customer insists" scopes an extra, not a safeguard)
    (DISMISSED, r"\b(?:if|when|unless|until)\s+(?:a|an|some|the|any|our|one)\s+(?:[\w'-]+\s+){0,3}?(?:customers?|clients?|buyers?|sponsors?|regulators?|FDA|auditors?|bad\s+outcomes?|incidents?)"
                r"(?:'s?\s+[\w-]+)?(?:\s+or\s+(?:a|an|the|some)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:actually\s+|really\s+)?"
                r"(?:forces?\s+(?:us|it|the\s+issue|our\s+hand)|makes?\s+us)\b"),
]
