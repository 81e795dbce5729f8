"""The substance lexicon of the passage reader: what makes a sentence commit, and what is filler.

Kept apart from the reading logic in ``passages`` because it is data, as ``stance_lexicon`` is
for stance: numbers, named roles, gates and concrete actions, first-person deeds, and the words
of echo, hedging and filler.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.keywords import LoweredPattern

# Counts of two or more said in words.
_COUNT_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|hundred|thousand|dozen|half"
)
NUMBER_WORDS = rf"one|{_COUNT_WORDS}|twice|double|triple|quarter|weekly|daily|monthly|nightly|hourly|per|each|every"
NUMBER = LoweredPattern(rf"\d|%|\bpercent\b|\b(?:{NUMBER_WORDS})\b")
# A quantity proper: not "one" or "each", "every" and "per", which also name who ("each IRB
# decides", "no one").
QUANTITY = LoweredPattern(rf"\d|%|\bpercent\b|\b(?:{_COUNT_WORDS})\b")
# The value of a count said in words, for the checks that do arithmetic on it.
NUMBER_VALUES = {"a": 1.0, "an": 1.0, "half": 0.5, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
                 "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0, "twelve": 12.0,
                 "fourteen": 14.0, "fifteen": 15.0, "sixteen": 16.0, "eighteen": 18.0, "twenty": 20.0, "thirty": 30.0,
                 "forty": 40.0, "forty-five": 45.0, "fifty": 50.0, "sixty": 60.0, "ninety": 90.0}


def number_value(token: str) -> float | None:
    """A count in digits ("1,200", "2.5") or words ("twelve", "a"), or None."""
    token = token.lower().replace(",", "")
    if token in NUMBER_VALUES:
        return NUMBER_VALUES[token]
    try:
        return float(token)
    except ValueError:
        return None
# Digits that are part of a name, not a figure the candidate commits to: "21 CFR Part 11",
# "PHQ-9", "HL7", "510(k)", "SOC 2", "ISO 13485", "FHIR R4", "Class II".
NAMED_NUMBER = LoweredPattern(
    r"\b\d+\s+cfr\b|\b(?:part|title|section|iso|iec|soc|type|class|tier|level|stage|phase|version|v|r)\s?\d+(?:\.\d+)*\b|"
    r"\b(?!q[1-4]\b)[a-z]+-?\d+[a-z]*\b|\b\d+\s?\(k\)"  # "by Q3" is a date, not a name
)
# Named people and bodies: committing to who does what is substance; "stakeholders" is not.
ROLE = LoweredPattern(
    r"\b(?:nurses?|charge\s+nurses?|nurse\s+managers?|physicians?|doctors?|pharmacists?|hospitalists?|intensivists?|"
    r"radiologists?|surgeons?|psychiatrists?|therapists?|CNO|CMIO|CMO|CNIO|CISO|CFO|CEO|CTO|"
    r"chief\s+\w+\s+officer|medical\s+director|counsel|lawyers?|attorneys?|regulatory\s+(?:lead|affairs|consultant)|"
    r"compliance\s+(?:officer|lead)|privacy\s+officer|IRBs?|ethics\s+(?:board|committee)|investigators?|PIs?|"
    r"coordinators?|informaticists?|care\s+managers?|case\s+managers?|community\s+health\s+workers?|"
    r"interpreters?|translators?|educators?|superusers?|super-users?|champions?|payers?|sponsors?|"
    r"FDA|CMS|ONC|coders?|lab\s+(?:manager|director|techs?)|analysts?|"
    r"phlebotomists?|schedulers?|front\s+desk|medical\s+assistants?|residents?|attendings?|engineers?|"
    r"data\s+scientists?|quality\s+(?:director|lead)|rapid\s+response|safety\s+officer|risk\s+management)\b",
)
# Gates, limits and concrete actions: what turns a topic into a decision.
COMMIT = LoweredPattern(
    r"\b(?:only\s+(?:if|when|after|with|once|for)|until|unless|before\s+(?:any|we|it|the|anything)|at\s+least|"
    r"no\s+more\s+than|at\s+most|up\s+to|under|below|above|cap(?:ped)?|threshold|roll\s*back|rollback|"
    r"kill\s+switch|pause|halt|stop|shut\s+(?:it\s+)?off|turn\s+(?:it\s+)?off|go/no-go|go\s+or\s+no-go|"
    r"exit\s+criteri\w+|sign[\s-]off|signs\s+off|block\w*|requir(?:e|es|ed|ing)|"
    r"pilot\w*|one\s+(?:ward|unit|site|clinic)|ward\s+by\s+ward|unit\s+by\s+unit|site\s+by\s+site|"
    r"instead|rather\s+than|because|so\s+that|which\s+means|costs?|by\s+(?:week|month|day|quarter|Q\d)|"
    # ... and the terse forms of notes: "own clearance before go-live", "never auto-fills the report",
    # "off at launch", "split by vendor, kernel, BMI"
    r"before\s+(?:go-?live|launch|release|rollout|expansion)|never\s+(?:auto|label|fire|show|send|demote|write|fill|file|text|leave|store|share|contact|block|sign|touch|move|delete|change|name|mention|page|call|email|message)[a-z-]*|"
    r"(?:off|disabled|hidden|dark)\s+(?:at|until|for)\s+(?:launch|go-?live|release)|(?:split|broken\s+(?:out|down)|stratified)\s+by)\b",
)
# A concrete step given as an instruction, the telegraphic voice of notes and short answers ("Confirm
# the safe number and get consent.", "Step 2: timestamp each hop"). Only doing-verbs: "Ensure
# alignment", "Engage stakeholders" stay echo (see VAGUE). It tells a terse plan from a thin one
# (guards.thin_substance); it earns no criteria, or keyword checklists written as orders would.
IMPERATIVE = regex_cache.compile(
    r"[\s*_#>\-•(]*(?:(?:\d+[.):]|[a-z][.)]|step\s+\w+\s*[:.)-]|(?:fix|then|next|also|and|plus|first|finally|after\s+that)\b[,:]?)\s*)?"
    r"(?:ask|measure|track|count|confirm|get|use|split|send|show|log|tell|run|set|test|build|add|keep|hold|route|flag|"
    r"train|hire|file|escalate|call|page|cap|limit|stop|pause|start|launch|ship|pilot|pull|compare|audit|translate|record|"
    r"delete|encrypt|label|block|require|publish|report|notify|schedule|map|link|retry|dedupe|de-dupe|fix|patch|stratify|"
    r"break|sample|interview|shadow|sit|watch|walk|meet|brief|email|draft|write|sign|timestamp|classify|sort|tag|"
    r"suppress|throttle|gate|freeze|roll|turn|switch|give|offer|pay|invite|recruit|survey|review|validate|monitor|"
    r"default|store|strip|redact|remove|drop|cut|move|push|tune|retune|calibrate|set\s+up|sign\s+off|check|put|make(?!\s+sure))"
    # ... a verb, not a noun with a modal after it ("Launch should be thoughtful."), and a concrete
    # object, not a slogan's ("Measure what matters", "Give people a reason", "Track outcomes").
    r"\s+(?=[\w\"'(])(?!(?:sure|certain|it\s+(?:work|happen|right|better)|should|must|is|are|was|were|will|would|can|could|may|might|needs?|has|have|"
    r"what|outcomes?|results?|impact|progress|success|everything|things|people|users|everyone|it|them|that|this)\b)",
    re.IGNORECASE,
)
# Something the candidate did, told in the first person ("I spent four half-days shadowing", "we
# shipped credit models"): in an answer about experience, a deed is the concrete claim, the way a
# gate or a threshold is in a plan. Modal plans ("I would consider") are not deeds.
_PAST = (r"(?:[a-z]{3,}ed|spent|built|ran|led|took|read|wrote|shipped|sat|met|taught|sold|grew|won|made|gave|"
         r"found|brought|set\s+up|cut|kept|saw|told|went)\b(?<!\bneed)(?<!\bused)")
DEED = LoweredPattern(
    r"\b(?:I|we)\s+(?:(?:also|then|once|first|just|personally|actually)\s+)?(?:(?:have|'ve|had)\s+)?" + _PAST + "|"
    # ... or a résumé bullet with its subject left out ("- Shadowed a hospitalist for a day"); the
    # match starts at the verb, so a filler verb ("- Leveraged synergies") is left to VAGUE
    r"(?:(?<=- )|(?<=\* )|(?<=• ))(?<![^\n][-*•] )\b"
    r"(?!(?:owned|spearheaded|championed|oversaw|supported|helped|facilitated|coordinated|managed|drove|partnered)\b)" + _PAST
)
# Words of echo and filler: saying a topic will be looked at, or dressing it up, without saying
# what will be done. Meta-nouns ("the commercial dimension") and buzz compounds ("trust-by-design").
VAGUE = LoweredPattern(
    r"\b(?:consider(?:s|ing)?\b|think\w*\s+(?:about|through)|assess\w*|evaluat\w*|weigh\w*|understand\w*|explor\w+|"
    r"factor\w*\s+in|take\w*\s+into\s+account|keep\w*\s+in\s+mind|be\s+mindful|mindful\s+of|make\s+sure|ensur\w+|"
    r"address\w*\s+(?:the|this|these|those|their|our|any|all|concerns?|issues?|risks?|gaps?|needs?)|navigat\w+|balanc\w+|align\w*|leverag\w+|prioriti[sz]\w+|focus\w*\s+on|engag\w+|collaborat\w+|"
    # ("diagnosis codes drive the denominators" names a cause: what a figure is computed from)
    r"partner\w*\s+with|driv\w+\b(?!\s+(?:(?:a\s+lot\s+of|most\s+of|much\s+of|all|both)\s+)?(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:denominators?|numerators?|exclusions?|inclusions?|savings|payments?|bonus\w*|penalt\w+|diagnos\w+|dx|treatment|eCQMs?|measures?|scores?|eligibility|reimbursement|revenue|ratings?)\b)|foster\w*|embrac\w+|orchestrat\w+|lean\s+into|anchor\w*|cent(?:er|re)\w*|empower\w*|"
    r"unlock\w*|operationali[sz]\w*|position\w*|de-risk\w*|transform\w*|co-creat\w*|co-own\w*|keep\w*\s+an\s+eye\s+on|"
    r"dimensions?|factors?|considerations?|aspects?|areas?|lens|pillars?|themes?|buckets?|angles?|perspectives?|implications|"
    r"the\s+right\s+(?:people|stakeholders|partners|things?)|appropriate\w*|properly|as\s+needed|relevant|various|"
    r"holistic\w*|robust|comprehensive|end-to-end|best\s+practices?|framework|paradigm|ecosystem|journey|posture|ethos|"
    r"culture|velocity|moat|operating\s+model|north[\s-]star|synerg\w+|value\s+proposition|at\s+scale|scalabl\w+|"
    r"seamless\w*|innovat\w+|transformative|strategic\w*|stakeholders?|"
    r"(?<![\w-])(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-grade)[a-z]+-(?:first|driven|cent(?:red|ered|ric)|native|ready|grade|optimi[sz]ed|forward|aligned|by-design)|"
    r"(?:want|need)\s+to\s+(?:know|understand|learn|find\s+out)|it\s+(?:all\s+)?depends|depends\s+on|"
    r"(?:be|being|get|gets)\s+(?:looked\s+at|evaluated|assessed|considered|reviewed|addressed|explored|weighed|discussed|revisited|taken\s+into\s+account)|"
    # a vow to comply, with nothing said about how: "work closely with legal to make sure we meet GDPR
    # and FDA requirements" ("we comply with HIPAA requirements by signing a BAA" says how)
    r"work\w*\s+closely\s+with|(?:meet|meets|follow|follows|comply\s+with|complies\s+with|adhere\s+to|satisfy|in\s+line\s+with)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:requirements|regulations|guidelines|standards|rules)\b(?![^.;!?\n]{0,40}?\b(?:by|through|via)\s+\w+ing\b)|"
    r"needs?\s+(?:some\s+)?(?:consideration|attention|thought|care)|carefully|based\s+on\s+(?:impact|value|feasibility|priority|effort|risk)|"
    r"it\s+is\s+(?:important|critical|essential|key|vital)|(?:important|critical|essential|key|vital)\s+to|"
    # (a system that looks at something is a design: "make the duplicate check look at waiting orders")
    r"(?<!check\s)(?<!checks\s)(?<!system\s)(?<!logic\s)(?<!rule\s)(?<!alert\s)(?<!model\s)(?<!tool\s)look\s+(?:at|into)|check\s+(?:whether|if)|(?:want|need)\s+to\s+be\s+sure|(?:would|will)\s+be\s+key|"
    r"clear\s+(?:success\s+)?(?:metrics|process(?:es)?|plan|criteria|goals|communication|ownership)|feedback\s+loops?|"
    r"(?:a\s+)?phased\s+approach|building\s+trust|in\s+layers|(?:a\s+)?few\s+(?:key\s+)?(?:areas|frameworks|things|pieces)|"
    # Hedges: a step that might possibly happen is not a step (ConText's hypothetical).
    # Only the candidate's own plan: "physicians might find the clicks annoying" names a risk.
    # ("if the answer is yes or maybe" names an answer to plan for, not a hedge)
    r"(?<!\byes\sor\s)(?<!\bno\sor\s)maybe|perhaps|possibly|potentially|conceivably|(?:we|I)\s+(?:might|could|may)|it\s+might\s+(?:make\s+sense|be\s+worth|help)|"
    r"(?:could|would)\s+be\s+(?:an\s+option|worth|one\s+option)|"
    r"may\s+(?:be\s+worth|want|need|make\s+sense)|(?:probably|might|may)\s+want\s+to|depending\s+on|if\s+feasible|"
    r"for\s+a\s+while|at\s+some\s+level|to\s+some\s+extent)\b",
)
# An enumerated topic with no verb ("First, model validation.", "Fifth, regulatory."): it names
# what will be covered, it decides nothing.
TOPIC_FRAGMENT = regex_cache.compile(
    r"[\s*_#>-]*(?:first|second|third|fourth|fifth|sixth|seventh|next|then|finally|lastly|also)\b,?\s+"
    r"(?:the\s+|on\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}\s*[.:;]?[\s*_]*$",
    re.IGNORECASE,
)
# A sentence whose own verb is thinking about things, not doing them: "I'd also think carefully
# about access controls before consent, about diversity ..." names topics, whatever gate words
# its objects carry.
CONSIDERING = regex_cache.compile(
    r"[\s*_#>-]*(?:(?:so|and|then|also|first|next|finally),?\s+)?(?:I|we)(?:'d|'ll|\s+would|\s+will|\s+want\s+to|\s+need\s+to)?\s+(?:also\s+|then\s+|really\s+|first\s+)?"
    r"(?:think|consider|explore|reflect|keep\s+in\s+mind|be\s+mindful|want\s+to\s+understand|need\s+to\s+understand)\w*\b"
    r"(?:\s+\w+ly)?(?:\s+(?:about|through|on))?\s",
    re.IGNORECASE,
)
# A decision handed to someone else, with nothing decided in the candidate's own words: "the
# threshold is the CMIO's call", "legal should decide", "I'd let nursing pick the wards", "I'd
# follow whatever they say". Strong answers name who signs off on one or two calls; an answer
# made of such sentences owns no decision at all.
_OPEN = r"(?:whether|which|what|when|how|where|if)\b"
DELEGATED = LoweredPattern(
    r"\b(?:(?:is|are|'s)\s+(?:really\s+|ultimately\s+|entirely\s+|squarely\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+'s?|their|his|her)\s+"
    r"(?:call|decision|choice|to\s+(?:make|decide|pick|choose|set|determine))\b|"
    r"(?:is|are|'s)\s+(?:for|up\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:to\s+(?:decide|determine|pick|choose|set|call|weigh\s+in\s+on)|them)\b|"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bi'd\s)(?<!\bwe'd\s)(?:should|can|could|will|would|gets?\s+to)\s+(?:be\s+the\s+ones?\s+to\s+)?(?:decide|determine|pick|choose|define|tell\s+us|"
    r"make\s+(?:that|the|this|those)\s+(?:call|decision)s?|own\s+(?:that|the|this)\s+(?:call|decision))\b|"
    r"(?:i'd|i\s+would|we'd|we\s+would)\s+let\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:decide|pick|choose|set|tell\s+us|determine|make\s+the\s+call)\b|"
    r"(?:follow|go\s+with|defer\s+to|accept)\s+whatever\s+(?:they|he|she|it|the\s+[\w-]+)\s|"
    r"(?:leave|leaving)\s+(?:it|that|this|the\s+[\w-]+)\s+(?:to|up\s+to)\s|"
    r"defer(?:ring)?\s+to\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:'s)?\s+(?:on|for|judgment)|"
    # "**Legal basis:** for the DPO to determine", "legal's call", "data science picks the operating point"
    r"(?:^|:[*_\s]*|,\s*)for\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?to\s+(?:decide|determine|pick|choose|set)|(?<!my\s)(?<!our\s)\b(?!i'd\b)[\w-]+'s\s+call\b|"
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:decides|determines|picks|chooses|votes\s+on)\s+(?:the\s+)?(?:operating\s+point|threshold|scope|who|whether|what|which|how|if)\b|"
    r"\b(?:they|he|she)\s+decides?\b|\btheir\s+call\b|\bowns?\s+the\s+(?:decision|call|scope)\b|"
    r"\bhave\s+(?:them|him|her|the\s+[\w-]+)\s+(?:determine|decide|define|pick|choose)\b|"
    # "they'd decide", "I'd ask counsel to decide", "implement whatever each committee decides"
    r"(?<!\bi)(?<!\bwe)'d\s+(?:decide|determine|pick|choose|define)\b|\bask\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){1,4}?to\s+(?:decide|determine|define|pick|choose)\b|"
    r"\bwhatever\s+(?:each\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:decides?|designs?|says?|recommends?|chooses?)\b|\blet\s+(?:them|him|her)\s+(?:decide|choose|pick)\b|"
    r"\b(?:their|his|her)\s+recommendation\s+(?:drives|decides|sets)|"
    # The decision's content left open for another to fill: "the engineering leads decide whether to
    # repair the platform", "revenue cycle owns how visits get paid for", "I'd ask the radiologists
    # where they want it", "I'd support whichever direction they choose", "if they're comfortable
    # with spot checks, we'll support that too". (A clinician deciding about a patient is one
    # sentence; the guard counts an answer made of such hand-offs.)
    rf"\b(?:they|[a-z]+s)\s+(?:decide|determine|choose|pick|rank)\s+{_OPEN}|(?<!\bi\s)(?<!\bwe\s)\b(?:decides|determines|chooses|picks)\s+(?:when|where)\b|"
    rf"(?<!\bi\s)(?<!\bwe\s)(?<!'d\s)\b(?:will|would|should|can)\s+(?:advise|recommend|rule|confirm|tell\s+(?:us|me)|weigh\s+in)\s+(?:on\s+)?{_OPEN}|"
    # "They'll tell us whether the change affects filing", "they'll define what success looks like",
    # "they set the threshold", "the CMIO and the VP make the go/no-go call"
    rf"\b(?:they|he|she)(?:'ll|\s+will)\s+(?:tell\s+(?:us|me)\s+{_OPEN}|define|decide|determine|pick|choose)\b|\b(?:they|he|she)\s+(?:set|sets|define|defines)\s+the\s+(?:threshold|bar|target|limit|criteria)\b|"
    r"(?<!\bi\s)(?<!\bwe\s)\bmake\s+the\s+(?:go/no-go|go-no-go|final|go-live|launch)\s+(?:call|decision)\b|"
    rf"(?<!\bi\s)(?<!\bwe\s)\bowns?\s+{_OPEN}|\bown\s+the\s+[\w-]+\s+question\b|\bquestion\s+(?:is\s+)?(?:one\s+)?for\s+(?:the|our|their)\b|"
    r"\b(?:whatever|whichever)\s+(?:[\w-]+\s+){0,3}?(?:they|he|she|leadership|the\s+[\w-]+)\s+(?:chooses?|decides?|prefers?|picks?|wants?|specif(?:y|ies)|(?:lands?|settles?)\s+on)\b|"
    r"\b(?:whatever|whichever)\s+(?:they|he|she)\s+(?:choose|decide|prefer|pick|want|land\s+on|settle\s+on)\b|"
    r"\blet\s+(?:them|him|her|each\s+[\w-]+|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:align|settle|agree|work\s+out|sort\s+out|tell\s+(?:me|us)\s+what)\b|"
    r"(?:i'd|i\s+would|we'd|we\s+would)\s+leave\s+(?:to|up\s+to)\s|\b(?:belongs?|falls?)\s+to\s+(?:the|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:teams?|educators|leads?|leadership|department|committee|managers?|nurses|clinicians|physicians|informatics|legal|compliance)\b|"
    r"\b(?:best\s+placed|the\s+right\s+(?:people|person|ones?))\s+to\s+(?:decide|judge|determine|call|make|say|answer|recommend|advise)\b|"
    # "let them set the protocol", "letting them own their parts", "I'd put that question to them"
    r"\blet(?:ting)?\s+(?:them|him|her|each\s+(?:team|group)|the\s+experts)\s+(?:set|own|define|write|run|design)\b|\bput\s+(?:that|the|this|those)\s+questions?\s+to\b|"
    r"\b(?:is|are)\s+(?:a|an)\s+(?:clinical|leadership|legal|medical|nursing|business|executive|regulatory|compliance|engineering|technical|governance)\s+"
    r"(?:decision|conversation|call|question|matter)\b|"
    r"\bfollow\s+(?:their|his|her|the\s+[\w-]+(?:'s)?)\s+(?:lead|guidance|advice|direction|recommendations?)\b|"
    r"(?:i'd|i\s+would|we'd|we'll|we\s+will)\s+(?:trust\s+(?:their|them|his|her|him)|go\s+with\s+(?:their|whatever|whichever)|support\s+(?:whatever|whichever))\b|"
    r"\b(?:their|his|her)\s+(?:ranking|choice|preference|feedback|input|view|order|assessment)\s+(?:becomes|drives|decides|sets|shapes?)\b|"
    r"\blet\s+(?:their|his|her)\s+(?:feedback|input|views?|ranking|preferences?)\s+(?:shape|drive|decide|set)\b|"
    r"\bif\s+(?:they|he|she)\s+(?:want|wants|prefer|prefers|'re\s+comfortable|are\s+comfortable|is\s+comfortable)\b[^.;!?\n]{0,80}?"
    r"\b(?:we'll|we\s+will|i'll|i\s+will|i'd|we'd)\s+(?:build|support|do|adapt|go\s+with|follow|trust|configure)\b|"
    rf"\bask\s+(?:the\s+|our\s+|them\s+)?(?:[\w'-]+\s+){{0,4}}?{_OPEN}\s+(?:[\w-]+\s+){{0,2}}?(?:they|he|she)(?:'d|\s+would)?\s+(?:want|prefer|like|trust)\b|"
    # ... in other words: "that's a determination for regulatory specialists", "really for the medical
    # staff office and legal to interpret", "go with their read", "let legal determine", "a business call
    # above my level", "they're better placed than I am", "I'd defer to our legal team", "facilitating a
    # good decision rather than making it"
    r"(?:is|are|'s)\s+(?:\w+ly\s+)?(?:for|up\s+to)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,6}?to\s+(?:interpret|judge|weigh|rule\s+on|define|answer)\b|"
    r"(?:is|'s)\s+(?:really\s+|ultimately\s+)?(?:a|the)\s+(?:determination|decision|call|judg(?:e)?ment)\s+for\b|"
    r"\bgo\s+with\s+(?:their|his|her|the\s+[\w-]+(?:'s)?)\s+(?:read|call|recommendation|view|advice|answer|verdict)\b|"
    r"\blet\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?(?:determine|decide|prioriti[sz]e|weigh|pick|choose)\b|\b(?:can|could|will)\s+then\s+decide\b|"
    r"\babove\s+my\s+(?:level|pay\s*grade|head)\b|\b(?:legal|clinical|business|regulatory|compliance)\s+(?:matter|question|call)\s+(?:for|between)\b|"
    r"\bbetter\s+placed\s+than\s+(?:i|me|we|us)\b|\bknow\s+(?:[\w-]+\s+){0,3}?(?:far\s+|much\s+)?better\s+than\s+(?:i|we)\s+do\b|"
    r"\b(?:i'd|i\s+would|we'd)\s+defer\s+to\b|\bwhatever\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?agree[sd]?\b|"
    r"\b(?:wouldn't|won't|would\s+not)\s+(?:presume|want)\s+to\s+(?:set|decide|pick|choose|impose|pre-?empt)\b|\brather\s+than\s+(?:making|taking)\s+it\b|"
    r"\bmy\s+(?:role|job)\s+(?:here\s+)?is\s+(?:to\s+)?(?:facilitat|coordinat|conven)\w*|"
    r"(?:is|'s)\s+(?:ultimately\s+|really\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:irb|ethics|committee|legal|compliance|leadership|executive)\s+"
    r"(?:and\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:question|matter|call|decision)\b)"
)
# An evaluator's frame: what "a strong candidate would" do, what "the ideal answer" covers. An
# answer in this voice describes a good answer instead of giving one; whatever it lists is
# nobody's commitment. (Not "the candidate list": clinical-trial candidates are patients.)
_GRADER_SEAT = (r"\b(?:i'd|i\s+would|we'd|you'd|you\s+would)\s+(?:expect|want|look\s+for|hope)\s+(?:to\s+(?:see|hear)\s+)?"
                r"(?:a|the)\s+(?:[\w-]+\s+)?candidate\b")
EVALUATOR_FRAME = LoweredPattern(
    r"\b(?:(?:a|an|the|any)\s+(?:(?:really|truly|very)\s+)?(?:strong|good|great|ideal|excellent|top|best|senior|experienced|"
    r"exceptional|model|hireable|winning|standout|solid|thoughtful|competent|mature|well-prepared|prepared|seasoned|polished|credible|"
    r"convincing|successful)\s+(?:[\w-]+\s+)?"
    r"(?:candidates?|answers?|responses?|plans?|pms?|product\s+managers?|applicants?|interviewees?)|"
    r"the\s+(?:best|strongest|top)\s+(?:candidates|answers|responses|pms)|the\s+(?:candidate|interviewee)|candidates|"
    # (a question named after it: "A strong answer to this question has three parts")
    r"the\s+(?:ideal|model|expected)\s+(?:answer|response|plan))(?:\s+to\s+(?:this|the|that)\s+question)?\s+(?:would|should|will|must|needs?\s+to|could|might|"
    r"(?:is|are)\s+expected\s+to|(?:also\s+)?(?:demonstrates?|shows?|covers?|names?|recogni[sz]es?|sets?|insists?|checks?|phases?|defines?|"
    # ("the candidate has volunteered at ...", "has no clinical training": a record of deeds, not a description of an answer)
    r"includes?|mentions?|address(?:es)?|explains?|proposes?|asks?|(?:has|have)(?!\s+(?:[a-z]+ed|been|done|spent|seen|taken|built|led|run|no|never)\b)|"
    r"connects?|admits?|picks?|avoids?|knows?|understands?|starts?|opens?|"
    r"ties|links?|frames?|acknowledges?|gives?|describes?|justif(?:y|ies)|makes?|lays?\s+out|walks?\s+through))\b|"
    # ... or those who got the job, and what the panel wants to hear: "the people who get hired say",
    # "answers that land here", "what interviewers want to hear is"
    r"\b(?:the\s+)?(?:people|candidates|folks|ones|pms)\s+who\s+(?:(?:get|got|land|landed|receive|win)\s+(?:hired|offers?|the\s+(?:job|offer|role))|do\s+(?:well|best))\b|"
    r"\b(?:answers|responses)\s+that\s+(?:land|score|win|get\s+(?:offers|hired|through))\b|\b(?:an?|the)\s+(?:answer|response)\s+that\s+(?:gets|lands|wins)\s+(?:an?\s+|the\s+)?(?:offer|job|hire)\b|"
    r"\bwhat\s+(?:interviewers|committees|panels|hiring\s+(?:managers|committees))\s+(?:want|like|expect|hope)\s+to\s+(?:hear|see)\b|"
    # (plural, no article: "Top candidates distinguish bookings from go-lives")
    r"(?<![\w-]\s)\b(?:top|strong|great|ideal|excellent|standout)\s+(?:candidates|answers|responses)\s+(?!(?:and|or|to|in|for|of|with|that|who|which|i|we|here)\b)[a-z]+\b|"
    # ... or the grader's seat: "the committee is looking for", "good answers here cover", "I'd
    # expect the candidate to name", "look for answers that", "points for mentioning".
    r"\b(?:the\s+)?(?:interviewers?|committee|panel|hiring\s+(?:manager|committee)|assessors?)\s+(?:is|are|will\s+be|would\s+be)\s+"
    r"(?:looking|listening|hoping)\s+for\b|"
    r"\b(?:strong|good|great|top|ideal|better|weak|poor)\s+(?:answers|responses|candidates)\s+(?:here\s+)?(?:will\s+|would\s+|should\s+)?"
    r"(?:cover|include|mention|show|demonstrate|address|name|explain|propose|recogni[sz]e)\b|"
    rf"{_GRADER_SEAT}|\blook\s+for\s+(?:answers|responses|candidates)\s+that\b|\bpoints?\s+(?:for|to)\s+(?:mentioning|covering|naming|recogni[sz]ing)\b"
)
# First person from the grader's seat ("I'd expect the candidate to name...") is not the
# candidate speaking for themselves.
GRADER_SEAT = LoweredPattern(_GRADER_SEAT)
FIRST_PERSON = LoweredPattern(r"\b(?:i|i'd|i'm|i'll|i've|we|we'd|we'll|we're|we've|my|our|us|let's)\b")
# Told as what happened elsewhere: a past deed or result, the candidate's or anyone's in the
# story ("we went live across all units", "the charge nurse showed me her phone", "our billing
# team had been coding them as video", "at my last company", "mortality fell 38%"). Proof from
# the past, not a plan for this case. Beyond "I" and "we", a regular past form counts only with
# its object after it: "the list is capped", "the screen as designed", "the orders placed twice"
# and "the data collected by the vendor" are no story.
_PAST_FORMS = (
    r"was|were|had|did|went|ran|took|made|found|saw|came|got|told|said|kept|became|began|felt|thought|knew|left|lost|"
    r"paid|spent|sent|built|met|sat|stood|wrote|fell|rose|gave|brought|caught|chose|drove|flew|grew|held|led|meant|"
    r"shut|spoke|stuck|taught|understood|won|sold|quit|broke|forgot|heard"
)
_ADVERBS = r"(?:(?:also|then|once|first|just|personally|actually|never|always|quickly|quietly|eventually|finally|all|both)\s+)*"
# A word of the subject's noun phrase: not a verb or a function word ("the patient is stuck" and
# "the board gets three paid sites" have no past deed in them).
_NOUN_WORD = (r"(?!(?:is|are|be|been|being|was|were|to|of|for|in|on|at|by|with|and|or|not|never|can|will|would|has|have|"
              r"gets?|got|takes?|runs?|needs?|stays?|goes|keeps?)\b)[a-z][\w'-]*")
# A regular past form with its object after it: "promised the board", "signed four systems".
# ("We won't sell ..." is no win: a past form is never the head of a contraction.)
_PAST_WITH_OBJECT = r"[a-z]{3,}ed(?=\s+(?:the|a|an|our|their|his|her|its|us|me|them|every|each|all|no|\d+|two|three|four|five|six|ten|twelve)\b)"
NARRATED = LoweredPattern(
    rf"\b(?:i|we)\s+{_ADVERBS}(?:(?:have|'ve|had)\s+)?"
    rf"(?:[a-z]{{3,}}ed|set\s+up|cut|{_PAST_FORMS})\b(?!['’]t\b)(?<!\bneed)(?<!\bused)|"
    rf"\b(?:they|he|she|nobody|no\s+one|everyone|everybody|"
    rf"(?:the|our|my|their|his|her|one\s+of\s+(?:our|my|the|their))\s+(?:{_NOUN_WORD}\s+){{0,2}}?{_NOUN_WORD})"
    rf"\s+{_ADVERBS}(?:had\s+)?(?:{_PAST_FORMS}|{_PAST_WITH_OBJECT})\b(?!['’]t\b)|"
    r"\bat\s+my\s+(?:last|previous|old|former)\b|\b(?:fell|dropped|rose|went\s+from|grew)\s+(?:by\s+)?\d"
)
# ... or by someone named: "Janet told us", "his therapist, Renée, started calling him", "Sales
# signed four systems".
NAMED_PAST = regex_cache.compile(rf"\b[A-Z][a-z]+,?\s+{_ADVERBS}(?:had\s+)?(?:{_PAST_FORMS}|started|stopped|wanted|asked|called|decided|"
                                 rf"{_PAST_WITH_OBJECT})\b(?!['’]t\b)")
# A story told in the present, anchored in a past it names: "So it's spring 2022 and I'm the PM
# on ...", "It's a Thursday, and an engineer drops a PR link" (ConText's historical trigger, in the
# tense storytellers use; "it's 2020 code" names an age, not a time). The story runs on until the
# candidate's own voice looks ahead (PLAN_VOICE).
_SEASON_OR_MONTH = (r"(?:early|late|mid|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|"
                    r"september|october|november|december)")
HISTORIC_PRESENT = LoweredPattern(
    rf"\b(?:it's|it\s+is)\s+(?:(?:the\s+)?{_SEASON_OR_MONTH}[\s-]+(?:of\s+)?)*(?:19|20)\d\d(?=\s*[,.;:\u2014\u2013-]|\s+and\b)|"
    rf"\b(?:it's|it\s+is)\s+(?:(?:early|late|mid)[\s-]+)?(?:a\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b(?=\s*[,.;:\u2014\u2013]|\s+and\b|\s+(?:morning|afternoon|evening|night)\b)|"
    # ... or a time named as a line of its own: "Spring 2022.", "Flashback to March 2020."
    rf"(?m:^)[\s*_>-]*(?:flash\s*back\s+to\s+)?(?:the\s+)?{_SEASON_OR_MONTH}(?:\s+of)?\s+(?:19|20)\d\d\s*[.:\u2014\u2013]|"
    r"\bflash\s*back\s+to\b|"
    rf"\bback\s+in\s+(?:(?:the\s+)?{_SEASON_OR_MONTH}\s+(?:of\s+)?)?(?:19|20)\d\d\s*,?\s+(?:i'm|i\s+am|we're|we\s+are|you're)\b|"
    rf"(?m:^)[\s*_>-]*(?:the\s+)?{_SEASON_OR_MONTH}(?:\s+of)?\s+(?:19|20)\d\d\s*,\s+(?:and\s+)?(?:i'm|i\s+am|we're|you're)\b|"
    # ... or the teller placed in it: "You're six weeks into your first PM job", "I'm three weeks out from submission"
    r"\b(?:you're|you\s+are|i'm|i\s+am)\s+(?:about\s+|only\s+|just\s+)?(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:into|out\s+from)\b")
# A story's next paragraph carries it on in ways only stories talk: its own clock ("That afternoon
# Mara and I ...", "Meanwhile a nurse ...", "At nine you're on a call"), the teller in the scene
# ("The charge nurses walk me through a night shift", "I'm standing there"), or a line of dialogue.
# Schedule words are not enough: plans say "By Friday", "Over the next eight weeks", "Then the
# live phase", so a paragraph without these is where the story ends and the plan may begin.
STORY_ADVANCES = LoweredPattern(
    r"\b(?:meanwhile|later\s+that\s+(?:day|night|week|morning|afternoon|evening)|that\s+(?:morning|afternoon|evening|night)|"
    r"the\s+next\s+(?:morning|night)|"
    r"at\s+(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)"
    r",?\s+(?:i'm|you're|we're|she's|he's|they're)|"
    r"(?:tells?|walks?|shows?|asks?|texts?|messages?|emails?|drags?|hands?)\s+(?:me|you)\b(?!\s+(?:to|that|which|what|how|whether)\b)|"
    r"(?:i'm|you're)\s+(?:standing|sitting|eating|driving|walking|lying|staring)\b)\b|"
    r"[\"\u201c][^\"\u201d\n]{1,200}[\"\u201d],?\s+(?:she|he|they|the\s+\w+|[a-z]+)\s+(?:says|said|asks|asked|tells|replies)\b|"
    r"\b(?:says|said|asks|asked|replies|tells\s+\w+),?\s*:?\s*[\"\u201c]")
# (what someone in the story says is the story: "She says, okay, I'll call the CMO myself.")
SAID_BEFORE = LoweredPattern(r"\b(?:says|said|tells|told|asks|asked|replies|replied|writes|wrote)\b[^.!?]*$")
# ("I'd just joined", "we'd promised" are "I had": a story's past perfect, not a plan; "I'd need", "I'd proceed" are the plan.)
PLAN_VOICE = LoweredPattern(r"\b(?:i|we)(?:'d(?!\s+(?:just|already|never|only|recently|been|[a-z]*[a-df-z]ed)\b)|'ll|\s+would|\s+will|\s+should|\s+must|\s+need\s+to)\b|\b(?:here|for\s+this|in\s+this\s+case),?\s+(?:i|we)\b")
# A sentence that looks ahead or supposes is the plan, whatever it recalls: "after what we saw
# there, I'd cap alerts", "some might turn out to be our own resends". "Would" and "could" look
# ahead in the candidate's voice; in a story's third person they are its past ("the model would
# flag 40 studies a shift", "it could have sent a patient for a scan").
LOOKS_AHEAD = LoweredPattern(
    r"\b(?:i|we|you)(?:'d(?!\s+(?:just|already|recently|been|[a-z]*[a-df-z]ed)\b)|\s+would|\s+could)\b|\b(?:will|should|shall|must|going\s+to|plan\s+to|can|needs?\s+to|have\s+to)\b|"
    r"\b(?:might|may)\b(?!\s+have\b)|'ll\b|"
    # a step under a slot of the plan's own schedule: "Days 1-2: pull every pair where the second
    # order was placed ...", "Within three weeks: the check covers sent orders"
    r"(?:\A|(?<=\n))[\s*_#>-]*(?:(?:days?|weeks?|months?|sprints?)\s+\d+(?:\s*[-\u2013]\s*\d+)?|(?:this|next)\s+(?:week|month|quarter)|"
    r"within\s+(?:\w+|\d+)\s+(?:days|weeks|months)|by\s+(?:day|week|month)\s+\d+)[\s*_]*:")
# A question said as what the candidate would find out: "First I'd find out which criteria cause
# the screen failures", "I'd ask the DPO what lawful basis they want" (a step that names what it
# checks and then decides is answered by the sentence after it; see guards).
INDIRECT_QUESTION = regex_cache.compile(
    r"[\W_]*(?:(?:first|then|also|next|and|so)\s*,?\s+)?(?:I'd|I\s+would|we'd|we\s+would|I'll|I\s+will|I\s+want\s+to|I\s+need\s+to)\s+"
    r"(?:also\s+|first\s+|then\s+|still\s+)?(?:want\s+to\s+|need\s+to\s+|like\s+to\s+)?(?:find\s+out|ask|know|learn|understand|check|confirm|clarify|"
    r"explore|get\s+(?:answers?|clear)|work\s+out|figure\s+out)\b[^.?!]*?\b(?:whether|if|what|which|who|how|why|when|where)\b", re.IGNORECASE)
# A question that asks for experience ("Tell me about a time...") welcomes a story.
STORY_QUESTION = regex_cache.compile(r"tell\s+me\s+about\s+a\s+time|have\s+you\s+(?:ever|faced)|what\s+have\s+you\s+done|describe\s+a\s+time|"
                            r"if\s+you\s+have(?:n't|\s+not)?\b", re.IGNORECASE)
# A step offered as a possibility, not taken: a modal of possibility, an option or idea floated,
# a call left open (ConText's hypothetical, read per sentence). Genuine answers hedge a risk or
# an estimate now and then; an answer hedged in most of its sentences decides nothing.
HEDGED = LoweredPattern(
    r"\b(?:(?:i|we)(?:'d|\s+would)?\s+(?:might|could|may)|(?:might|could|may)\s+(?:also\s+)?(?:be\s+(?:useful|worth|an\s+option|on\s+the\s+table|a\s+(?:good|reasonable))|"
    r"make\s+sense|help|work|fit)|maybe|perhaps|possibly|potentially|conceivably|presumably|arguably|seems?\s+like\s+a\s+(?:reasonable|good|sensible)|"
    r"(?:one|another)\s+(?:option|idea|possibility|direction)|worth\s+(?:exploring|considering|raising|a\s+look)|hard\s+to\s+(?:know|say)|"
    r"depending\s+on|(?:an\s+)?open\s+question|if\s+(?:feasible|practical|possible|the\s+logistics)|nice\s+to\s+have|"
    r"something\s+(?:i'd|we'd|i|we)\s+(?:want|need|would\s+want)\s+to|ruling\s+(?:anything|it)\s+out|arguments\s+both\s+ways|"
    r"tentative\w*|(?:i'd|we'd|i\s+would|we\s+would)\s+float|straw[\s-]?man|one\s+thought|open\s+to\s+revision|"
    # ... or a menu laid out with no pick: "Options include ...", "The threshold could favor
    # sensitivity", "may or may not be a device", "the right choice depends on risk appetite"
    r"(?:options|choices|approaches|possibilities|alternatives|pathways|possible\s+(?:responses|approaches|options|steps|measures)|relevant\s+measures)\s+"
    r"(?:could\s+|might\s+|would\s+)?(?:include|range\s+from)|(?:could|might)\s+(?:include|favou?r|come\s+from|be\s+made\s+by|take\s+(?:the\s+form|several\s+forms))|"
    r"may\s+or\s+may\s+not|(?:the\s+)?right\s+(?:choice|answer|option)\s+depends\s+on|"
    r"depends\s+on\s+(?:the\s+)?(?:culture|context|organi[sz]ational|risk\s+appetite|circumstances|priorities)|"
    r"(?:either|both|each\s+(?:lens|option|approach|path|one))\s+(?:is|are|would\s+be|has|have)\s+(?:defensible|valid|(?:its\s+|their\s+)?merits?)|sits?\s+on\s+a\s+spectrum|"
    # ... or alternatives set side by side and left there: "the window could be 30 minutes, 2 hours
    # or 24 hours", "or some combination", "either way", "the right one depends on what the CNO's
    # concern turns out to be", "any of these gives us more confidence". (Labelled options, "Option
    # B: hold the change", are how a decision memo sets up its pick, so they float nothing.)
    r"(?:could|might)\s+(?:be|sit|go|come|start|run|live|happen|land)\s+[^.;!?\n]{1,80}?\bor\b|"
    r"or\s+(?:some|a)\s+(?:combination|mix)|some\s+combination|either\s+way|there\s+are\s+(?:a\s+few|several|many|multiple|two|three)\s+(?:reasonable\s+|good\s+)?"
    r"(?:ways|paths|options|approaches)|judg(?:e)?ment\s+call|(?:the\s+)?right\s+(?:one|path|approach|call)\s+depends\s+on|which\s+(?:is\s+best|one|to\s+pick)\s+depends\s+on|"
    r"(?<!\bif\s)any\s+of\s+(?:these|those)(?:\s+options)?,?\s+(?:or\s+a\s+combination,?\s+)?(?:would|could|gives?|works?|is|are))\b"
)

# A slot left for the answer to fill: "[key stakeholder]", "[Output A]", "X% sensitivity", "[N]
# radiologists for X weeks". Not a footnote ("[1]"), a checkbox ("[x]"), a link's text ("[the
# guidance](...)") or a name withheld once ("go-live at [health system]" is one slot, not a share).
SLOT = regex_cache.compile(
    r"\[(?![xX ]\])(?!\d+\])(?!sic\])[^\]\n]{1,60}\](?!\()|"
    r"(?<![\w.$£€])[XYNZ](?:%|\s+(?:weeks?|days?|months?|%|percent|radiologists|nurses|hospitals|sites|clinics|users|patients|per)\b)|"
    # ... or in other marks: "on __ wards", "??%", "<n> alerts", "{ward names}", "TBD hours", "XX%",
    # "sprint (N+1)", "(ACO name) on (reporting period)"
    r"_{2,}|\?{2,}%?|<[a-z][a-z ]{0,20}>|\{[^{}\n]{1,30}\}|\bTBD\b|\bXX+%?|\bN\+1\b|"
    r"\((?:[a-z]+\s+){0,2}(?:name|names|period|threshold|lead|owner|date|target|metric|number|percentage|vendor|team|site|role)\)")
# ... or left to a later decision with no figure beside it: "Tier for each output: to be assigned at
# the risk workshop", "Go-live: TBC", "cut points to be agreed". ("≥ 90%, to be confirmed in the
# silent run" states its bar; only the check is to come.)
LATER_BLANK = LoweredPattern(
    r"\btb[cda]\b|\bto\s+be\s+(?:agreed|assigned|confirmed|decided|defined|determined|documented|finali[sz]ed|set|scoped|"
    r"obtained|established|identified|named|selected|specified|worked\s+out|clarified|refined|discussed|aligned)\b")

