"""The words of a walk-back: what reverses a step after a turn, and what re-commits to it.

Kept apart from ``walkbacks`` because it is data, as ``stance_lexicon`` is for ``stance``.
"""

from __future__ import annotations

import re

from mockpm import regex_cache

# What a parked or "not happening" step must name to be a safeguard taken back, not a feature.
_SAFEGUARD_STEPS = (r"checks?|validat\w*|review|audit\w*|pilot\w*|silent|shadow\w*|study|reconcil\w*|translat\w*|"
                    r"interpret\w*|testing|sign-?off|subgroup\w*|safeguards?|comparison|evaluation|regression")
_SAFEGUARD_NOUN = rf"\b(?:{_SAFEGUARD_STEPS})\b"


# What a settling "end up" is followed by: "we'd end up including it", "we ended up spot-checking";
# not "we'd end up running the pilot longer".
_SETTLING = (r"(?:just\s+|only\s+)?(?:skipping|dropping|shipping|launching|going\s+live|merging|cutting|including|leaving|doing|"
             r"recommending|settling|using|with|spot-?check\w*|having\s+to\s+(?:skip|ship|drop|launch))\b")
# A re-commitment inside a turn makes it descoping, not a walk-back: "we'd drop the dashboard to
# phase 2, but we would keep the silent run", "hold off on the second specialty and keep reliability".
_RECOMMITS = regex_cache.compile(
    # ("and keep an eye on the support queue" watches; it keeps no step)
    r"\b(?:but|and)\s+(?:(?:we|I)(?:'d|\s+would|'ll|\s+will)?\s+)?(?:still\s+)?keep\b(?!\s+(?:an?\s+(?:eye|ear|close\s+eye)|going|moving|things\s+moving|it\s+(?:simple|light|moving)))|"
    r"\b(?:we|I)(?:'d|\s+would)\s+still\s+(?:keep|run|do|hold)\b|"
    # ... or stands firm under the pressure named: "if the board pushes back, I hold the line on the study"
    r"(?<!think\sI'd\s)(?<!think\swe'd\s)(?<!n't\s)(?<!not\s)\b(?:hold|holds|holding)\s+(?:the|our|my)\s+(?:line|ground)\b|\b(?:hold|stand)\s+firm\b|\b(?:won't|wouldn't|will\s+not|would\s+not)\s+(?:budge|bend|give\s+(?:way|ground))\b|"
    r"\bnon-?negotiable\b|\b(?:I|we)(?:'d|\s+would|\s+will)?\s+never\s+(?:drop|skip|cut|give\s+up|defer|lose|trade\s+away)\b|"
    # ... or names what it will not give: "drop the dashboard and the animations, never the validation"
    r"(?:,|;|\s[-—–])\s*(?:but\s+)?never\s+(?:the|our|any)\s+[\w-]+|"
    # a cost conceded for the step: "the answer may slow us down, and I'd rather know in week 2"
    r"\b(?:we|I)(?:'d|\s+would)\s+rather\s+(?:know|find\s+out|hear|learn|ask|check|have\s+(?:it|that|the\s+answer))\b",
    re.IGNORECASE,
)
# ... or answers the pressure by resisting it: "if the sponsor insists on central data, I'd push
# back", "I escalate with a recommendation not to, and I'm prepared to let the date slip". The
# walk-back reader checks that nothing after it in the turn gives way (_GIVES_WAY). ("push back on
# that" after a list of safeguards refuses them: only "push back" with no object stands firm.)
_RESISTS = regex_cache.compile(
    r"\b(?:I|we)(?:'d|\s+would|'ll|\s+will|'m|\s+am)?\s+(?:\w+ly\s+)?(?:push\s+back|refuse|decline|say\s+no|argue\s+against|recommend\s+against)(?=\s*(?:[.;:!?,)]|$|and\b))|"
    r"\brecommendation\s+(?:not\s+to|against)\b|(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:let|letting)\s+the\s+(?:date|deadline|launch|go-live|timeline)\s+(?:slip|slide|move)\b",
    re.IGNORECASE,
)
_GIVES_WAY = regex_cache.compile(
    r"\b(?:but|though|ultimately|eventually|anyway|go\s+along|give\s+in|cave|(?:just\s+)?do\s+what\s+(?:\w+\s+){0,2}(?:is|are)\s+asking|"
    r"then\s+(?:we|I)(?:'d|\s+would|'ll|\s+will)?\s+(?:just\s+)?(?:do|ship|go|launch|merge|fold|skip|drop|flip|turn))\b",
    re.IGNORECASE,
)


# What undoes a step after a turn: skips, drops or delays it, keeps what it was going to remove, or ships as is.
_REVERSAL = regex_cache.compile(
    r"\b(?:(?:skip|skipping|drop|dropping)\s+(?:it|them|that|this|those|the|a|any|our)\b|(?<!can\s)(?<!may\s)(?<!could\s)(?<!will\s)pull\s+it(?!\s+(?:back|off|offline|from))|cut\s+it|leave\s+(?:it|them|that)\s+(?:as\s+(?:is|they\s+are|it\s+is)|out|off|for)|(?:comes?|drops?|falls?|gets?\s+(?:cut|dropped))\s+out\s+of\s+(?:this\s+year's|the|our)\s+(?:plan|roadmap|scope)\b|"
    # ... or names what would really go on the slide: "So what I would actually put on the slide is"
    r"what\s+(?:I|we)(?:'d|\s+would|'ll|\s+will)\s+actually\s+(?:put|ship|present|pitch|propose|commit\s+to)\b|"
    # ... or says the plan will not survive contact: "None of that is going to get built", "none of it gets to
    # hold up a go-live", "the study gets dropped the moment it collides with a sales date", "the contract
    # date wins", "marked complete wherever testing has got to", "call it handled", "stays in a drawer"
    r"none\s+of\s+(?:it|that|this|those|them)\s+(?:is\s+going\s+to|will|would|gets?\s+to|ever)\s+(?:actually\s+|really\s+)?(?:get\s+)?(?:built|happen|ship|shipped|hold\s+up|survive|make\s+it)\b|"
    r"(?:gets?|get|will\s+be|is|are)\s+dropped\s+(?:the\s+moment|as\s+soon\s+as|once|when|whenever)\b|the\s+(?:contract\s+|launch\s+|go-live\s+|sales\s+)?date\s+wins\b|"
    r"marked\s+(?:as\s+)?(?:complete|completed|done|passed|signed\s+off)\b[^.;!?|]{0,40}?\bwherever\b|call\s+it\s+(?:handled|done|covered)\b|(?:stays?|sits?)\s+in\s+a\s+drawer\b|"
    # ... or, in a table of plan against reality, a cell that opens by dropping or deferring the item
    r"(?<=\| )(?:dropped|skipped|cut|not\s+this\s+(?:year|quarter|release)|not\s+happening|left\s+(?:on|as|out)|only\s+if\s+(?:they|someone|anyone)\s+asks?)\b|"
    r"carry\s+on\b|press\s+on\b|(?:proceed|go\s+ahead|press\s+ahead)\s+(?:anyway|regardless)|"
    # ... or goes live with no step between, or calls the safeguard a luxury: "so we'd go straight
    # live", "the EU in-region deployment is probably a luxury for wave one"
    r"go(?:es|ing)?\s+straight\s+(?:to\s+)?(?:live|production|go-live)\b|(?:is|are|'s|feels?|seems?)\s+(?:probably\s+|really\s+|just\s+|more\s+of\s+)?a\s+luxury\b|"
    r"leave\s+(?:our|the|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:alone|as\s+is|untouched)|"
    rf"(?:I'd|I\s+would|we'd|we\s+would)\s+(?:probably\s+|likely\s+|realistically\s+)?(?:actually\s+(?:keep|put\s+\w+\s+back|just)|put\s+\w+\s+back|just(?!\s+(?:split|narrow|hold|pause|wait|pilot|limit|delay|defer|phase|stage|separate|descope|de-scope|shrink|start\s+(?:small|with\s+one)))|end\s+up\s+{_SETTLING}|settle\s+for|make\s+do\s+with|fall\s+back\s+(?:on|to))|(?:practically|realistically|pragmatically),?\s+(?:I'd|we'd)\s+keep\b|"
    # ("we'd probably just split it" narrows the change: a safer call, not the plan undone)
    # ... or, after the turn, ships after all or lets the check lose: "so in practice we'd probably
    # ship full drafts", "the reviewer would get overruled".
    r"(?:I'd|I\s+would|we'd|we\s+would)\s+(?:probably|likely|realistically)\s+(?:ship|launch|go\s+live|merge|release|roll\s+(?:it\s+)?out)|"
    r"(?:would|will|'d|'ll)\s+(?:probably\s+|likely\s+)?(?:get|be)\s+(?:overruled|overridden|skipped|dropped|deprioriti[sz]ed|waved\s+through)|"
    # ... or admits the claim did not happen: "To be fair, I didn't go myself."
    r"(?:I|we)\s+(?:didn't|did\s+not|never)\s+(?:actually\s+|really\s+)?(?:go|do|read|finish|set\s+up|make|run|talk|visit|build|ship|measure|test|check|g[eo]t\s+(?:a)?round\s+to)\b|"
    # ("so it never happened": the step the claim rests on, not a harm that was avoided)
    # ("The shadowing fell through.", "I opened it but didn't get far"; not when it was made up for:
    # "fell through, so I rebooked it", "didn't get far, and we replaced it with ...")
    r"(?:(?<!almost\s)(?:fell|falls|has\s+fallen|had\s+fallen)\s+through|(?:didn't|did\s+not|never)\s+(?:really\s+)?get\s+(?:very\s+)?far)\b"
    r"(?![\s\S]{0,200}?\b(?:re-?book\w*|reschedul\w*|instead|another|elsewhere|replac\w*|made\s+(?:it|that)\s+up|switch\w*|moved)\b)|"
    # ... or is still to come: "the shadowing is still being arranged", "I haven't opened the first
    # module", "the app is an idea at this point" (not a gap owned: "I haven't worked under a QMS")
    r"(?:is|are)\s+still\s+being\s+(?:arranged|scheduled|organi[sz]ed|set\s+up|sorted\s+out|planned|booked)\b|"
    r"(?:I|we)\s+(?:haven't|have\s+not)\s+(?:yet\s+|actually\s+)?(?:opened|started|begun|touched|booked)\b|(?:is|'s)\s+(?:just\s+|still\s+|only\s+)?an\s+idea\b|"
    r"\bso\s+(?:it|that|this)\s+never\s+(?:actually\s+|really\s+)?happened\b(?!\s+again)|\b(?:it|that|this)\s+never\s+actually\s+happened\b(?!\s+again)|"
    r"(?:I|we)\s+(?:stopped|quit)\s+after\s+(?:the\s+)?(?:first\s+)?(?:couple|few)\b(?!\s+\w+\s+(?:to|for)\b)|(?:I|we)\s+gave\s+up\s+on\b|"
    # ... or settles for less in the telling: "and I would stop there until volume tells us otherwise"
    # ("I'd stop there and retune the threshold" goes on), "I wouldn't hold up the sprint for it"
    r"(?:I'd|I\s+would|we'd|we\s+would)\s+stop\s+there\b(?=\s*(?:[.;!?)]|until\b|$))|"
    r"(?:I|we)\s+(?:wouldn't|would\s+not|won't|will\s+not)\s+hold\s+(?:up\s+)?(?:the|our|a)\s+(?:sprint|launch|release|merge|date|rollout|go-live|deal|contract)\b|"
    # ... or denies, with "actually", the step just stated: "I wouldn't actually pull it for a few late
    # notes", "I don't think we'd actually flip it back"
    r"(?:(?:I|we)\s+(?:wouldn't|would\s+not|won't|will\s+not)|(?:don't|do\s+not)\s+think\s+(?:I|we)(?:'d|\s+would|'ll|\s+will))\s+actually\s+"
    r"(?:pull|flip|roll|switch|turn|stop|pause|wait|hold|gate|block|enforce|honou?r|follow|run|use)\b|"
    r"(?:(?:I|we)\s+(?:wouldn't|would\s+not|won't|will\s+not)|(?:don't|do\s+not)\s+think\s+(?:I|we)(?:'d|\s+would|'ll|\s+will))\s+(?:actually\s+|really\s+)?hold\s+the\s+line\b|"
    # ... or lets the launch stand in for the check: "fold the validation into the rollout", "treat
    # the first customers' usage as our study", "go live with the numbers we already have", "the
    # shadow phase we replace by a one-hour training"
    r"(?:fold|bake|roll)\s+(?:the\s+|our\s+|her\s+|his\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:validation|study|evaluation|evidence|trial|testing|silent\s+\w+|shadow\w*)\s+(?:[\w-]+\s+){0,2}?into\s+(?:the\s+)?"
    r"(?:first\s+(?:[\w-]+\s+){0,2}?of\s+)?(?:rollout|launch|release|go-live|deployment|live\s+use|production)\b|"
    r"(?:treat|use|count)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,4}?(?:usage|rollout|launch|go-live|deployment|live\s+\w+|production|sites?|customers?|wards?|hospitals?|"
    r"clinics?|edits|corrections|overrides|months?|weeks?)\s+as\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:study|validation|evidence|evaluation)\b(?!\s+(?:set|cohort|sample)\b)|"
    # (what is already in hand from a silent run or a study is evidence, not a shortcut)
    r"(?:go\s+live|launch|ship|release|roll\s+out)\b[^.;!?]{0,40}?\bwith\s+(?:the\s+[\w-]+\s+|what\s+)?(?:we\s+(?:already\s+)?have|we've\s+got|already\s+in\s+hand)\b"
    r"(?![^.;!?]{0,30}?\b(?:from|after|of)\s+(?:the\s+|our\s+)?(?:silent|shadow|pilot|study|validation|retrospective|trial|evaluation)\b)|"
    r"(?:replace|replacing|swap|swapping|substitute|substituting)\s+(?:it\s+|that\s+|them\s+)?(?:by|with|for)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:one-hour|quick|short|brief|simple|lightweight|light)\b|"
    # ... or deflates it: "the shadowing was more like a coffee chat", "I skimmed it rather than
    # reading it", "it matters less than I made it sound", "I'm not sure it would change much".
    r"(?:was|were|would\s+be|'d\s+be)\s+(?:really\s+|honestly\s+)?more\s+(?:like|of)\s+(?:a|an)\b|"
    # ... or settles, in the telling: "we ended up spot-checking", "I agreed to merge", "the ticket
    # got bumped", "isn't going to happen", "when someone has the bandwidth".
    r"(?:wouldn't|won't|wasn't\s+going\s+to|don't\s+think\s+I'd)\s+win\s+(?:the|that|this)\s+(?:argument|fight)(?!\s+by\b)|a\s+fight\s+I\s+(?:wasn't|won't|wouldn't)\s+(?:going\s+to\s+)?win|"
    r"I\s+said\s+(?:okay|ok|yes|fine)(?=\s*[.,;!]|\s+to\s+(?:ship\w*|launch\w*|go\w*\s+live|skip\w*|merg\w*|the\s+date|it\b|that\b))|(?:don't|do\s+not)\s+see\s+it\s+fitting|(?:mostly|just)\s+do\s+what\s+(?:the\s+)?(?:exec|executive|VP|leadership|sales|they|customer)\w*\s+(?:is|are)\s+asking|"
    r"(?:shipped|launched|went\s+live)\s+(?:[\w-]+\s+){0,3}?on\s+the\s+(?:original\s+)?date|"
    rf"(?:I|we)\s+ended\s+up\s+{_SETTLING}|(?:I|we)\s+(?:agreed|decided)\s+to\s+(?:just\s+)?(?:merge|ship|launch|go\s+live|skip|drop)|"
    r"got\s+(?:bumped|deprioriti[sz]ed|pushed\s+(?:back|out)|dropped|cut)|"
    r"(?:waiting|running|doing|getting|having|building|validating|piloting|reviewing|hiring|translating)\b[^.;!?]{0,60}?\b(?:isn't|is\s+not|won't|will\s+not|aren't)\s+going\s+to\s+happen|"
    r"when(?:ever)?\s+(?:someone|somebody|they|we|the\s+team|anyone)\s+(?:has|have|gets?)\s+(?:the\s+|some\s+)?(?:time|bandwidth|capacity)|"
    r"(?:skim\w*|glanc\w*|brows\w*|flipp\w*|watch\w*|listen\w*)\b[^.;!?]{0,60}?\brather\s+than\s+(?:actually\s+|properly\s+|really\s+)?(?:reading|doing|running|finishing|studying|building|shadowing|testing|learning)\b|"
    r"than\s+I\s+(?:made\s+it\s+(?:sound|seem|look)|let\s+on|implied)|"
    r"not\s+sure\s+(?:it|that|this)(?:'d|\s+would|\s+will)\s+(?:change|help|matter|make\s+(?:a|much|any)\s+difference)|"
    r"(?:ship|go\s+live|launch)\s+(?:it\s+|them\s+)?(?:anyway|as\s+is|regardless|on\s+the\s+(?:original\s+)?date|at\s+launch|everywhere|to\s+all|across\s+(?:all|every)|to\s+every|with\s+the\s+(?:others|rest))|"
    r"hold\s+off|not\s+(?:really\s+)?(?:needed|necessary|on\s+the\s+table|worth|going\s+to\s+happen)|"
    r"(?:don't|do\s+not)\s+think\s+(?:that's|it's|this\s+is|it\s+is|it'll|it\s+will|\w+\s+is)\s+(?:really\s+)?"
    r"(?:needed|necessary|worth|on\s+the\s+table|(?:going\s+to\s+)?(?:come\s+up|matter))|"
    r"(?:wouldn't|would\s+not|won't|will\s+not)\s+(?:actually|really|bother|wait|have\s+(?:the\s+)?time|need)|"
    r"more\s+of\s+a\s+courtesy|(?:in\s+parallel\s+)?after\s+all|instead\s+(?:just|ship|launch|go)|"
    r"(?:start|go)\s+with\s+(?:text|english|email)\s+for\s+everyone|rely\s+on\s+the\s+\w+\s+(?:already|we)|"
    r"(?:for|at)\s+launch\s+I'd\s+(?:skip|drop|leave|just)|revisit\s+in\s+(?:Q\d|the\s+next|a\s+later)|"
    # ... or makes a required step optional, names it as the first to go, or pushes it past the decision:
    # "recommended rather than enforced", "the first things I'd drop", "can be deferred",
    # "move the validation study to next year", "leave the device question until after we've signed".
    r"(?:recommended|optional|encouraged|suggested|advisory)\s+rather\s+than\s+(?:enforced|required|mandatory|mandated)|"
    r"first\s+things?\s+(?:I'd|I\s+would|we'd|we\s+would|to)\s+(?:drop|cut|skip|sacrifice|lose|go)|"
    r"(?:can|could)\s+(?:all\s+)?be\s+(?:deferred|skipped|dropped|waived|cut|postponed)|"
    r"(?:move|push|slip|bump|shift)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:next|a\s+later|the\s+following)\s+(?:year|quarter|release|phase|cycle)|"
    r"leave\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:until|till)\s+after|matters?\s+(?:mostly\s+|only\s+|largely\s+)?on\s+paper|"
    # ... "set aside the validation study", "the piece I'd let go first", "can go on next year's roadmap",
    # "we end up at that compromise version".
    r"set\s+aside\s+(?:the|our|any|all)\b|shelve\s+(?:the|our|it|them)\b|(?:keep|put|leave)\s+(?:it|them|that|(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+on\s+the\s+shelf\b|"
    # ... parks a safeguard, or says it is not happening: "I'd park the pending-order check", "the
    # human translation and the recorded calls aren't happening for launch" (a feature parked, a
    # date that is not happening, or a check "not happening by text-to-speech" is no retreat)
    rf"park\s+(?:it|them|that|(?:the|our)\s+(?:\w+[-\s]+){{0,3}}?{_SAFEGUARD_NOUN})(?![^.;!?]{{0,40}}?\b(?:until|till)\s+(?!after\b))|"
    rf"{_SAFEGUARD_NOUN}[^.;!?]{{0,60}}?(?:isn't|aren't|is\s+not|are\s+not)\s+happening\b(?!\s+(?:by|through|via|until|unless|if|without)\b)"
    r"(?![^.;!?]{0,40}?\b(?:for\s+all|across\s+all|at\s+once)\b)|(?:piece|thing|part|step)\s+(?:I'd|we'd|I\s+would|we\s+would)\s+let\s+go|"
    r"let\s+(?:it|that|them)\s+go\s+first|(?:go|goes|wait|waits|move|moves)\s+(?:on|onto|into|to)\s+next\s+(?:year|quarter)'s\s+(?:roadmap|plan|backlog)|"
    r"end\s+up\s+(?:at|with)\s+(?:that|the|this)\s+(?:compromise|cut-down|reduced|lighter|minimal)\b)",
    re.IGNORECASE,
)


# ... or leaves the safeguard or the fix alone after the turn: "I would not touch our duplicate logic",
# "I would not change our validation" (not "I would not touch the contract date").
_LEFT_ALONE = regex_cache.compile(
    r"\b(?:I|we)\s+(?:wouldn't|would\s+not|won't|will\s+not|'d\s+not)\s+(?:touch|change|tinker\s+with|mess\s+with|fix)\s+"
    r"(?:our|the|their|any|this|that)\s+(?:[\w-]+\s+){0,2}?(?:logic|check\w*|validat\w*|review\w*|test\w*|fix|safeguards?|audit\w*|monitoring|consent\w*|translat\w*)\b",
    re.IGNORECASE,
)


# ... or widens the launch to everyone after the turn: "put it out to all 30 clinics", "let it go
# live the way it was sold, across the hospital" (not "... only once the pilot clears", nor "once
# the pilot meets the bar, we'd put it out to all 30": the walk-back reader checks the sentence
# before it for a condition too).
_WIDENS = regex_cache.compile(
    r"\b(?:ship|go\s+live|launch|put\s+it\s+out|roll\s+(?:it\s+)?out|release\s+it|(?:switch|turn)\s+(?:it\s+)?on)\b[^.;!?]{0,40}?(?:\b(?:to|for|on|in)\s+(?:all|every)\s+(?:\d+\s+)?[\w-]+|\bacross\s+(?:the\s+(?:hospital|system|network|organi[sz]ation|company|board)|(?:all|every)\b)|\beverywhere\b)"
    # (nor one staged: "turn on the translated template for all three clinics, one a week")
    r"(?![^.;!?]{0,60}?\b(?:only|after|once|if|when|unless|until|one\s+(?:a|per|at\s+a)\s+(?:time|week|day|month)|in\s+waves|one\s+by\s+one)\b)",
    re.IGNORECASE,
)
_CONDITION_BEFORE = regex_cache.compile(r"\b(?:once|after|if|when|only|until|unless|as\s+soon\s+as|provided)\b", re.IGNORECASE)


# The plan made to give way under pressure: "if the date gets tight", "if the board pushes back",
# "if the sponsor wants speed", "under deadline pressure". What follows is the decision that counts.
_PRESSURE = (
    r"(?:(?:if|when|once)\s+(?:[\w'-]+\s+){0,4}?(?:date|deadline|timeline|schedule|quarter|go-live|launch|engineering|build)\s+(?:gets?|is|looks?|starts?\s+to\s+look)\s+(?:\w+\s+)?(?:tight|at\s+risk|squeezed|slipping)|"
    r"if\s+(?:[\w'-]+\s+){0,3}?(?:date|deadline|timeline|schedule|quarter|go-live|launch|engineering|build|delivery)\s+(?:slips?|slides?|tightens?)\b|"
    r"if\s+(?:we're|we\s+are|we\s+get)\s+(?:pressed|squeezed|short)\s+(?:for|on)\s+time|"
    r"if\s+(?:I'm\s+|we're\s+|I\s+am\s+|we\s+are\s+|I\s+get\s+|we\s+get\s+)?(?:pushed|pressed)\s+(?:on|about|for)\s+(?:the\s+)?(?:timing|time|date|deadline|schedule|speed|scope)|under\s+(?:time|schedule|deadline|commercial|board)\s+pressure|"
    r"if\s+(?:time|the\s+runway|money|budget)\s+(?:runs?\s+(?:short|out|low)|gets?\s+tight)|if\s+it\s+comes\s+(?:down\s+)?to\s+(?:the|a)\s+(?:date|deadline|choice)|"
    r"if\s+(?:we|they)\s+(?:can't|cannot|won't)\s+(?:move|slip|push)\s+the\s+(?:date|deadline|launch)|if\s+(?:we|they)\s+(?:have|need)\s+to\s+hit\s+the\s+(?:date|deadline)|"
    r"if\s+(?:the\s+)?(?:(?:ceo|cfo|coo|vp|founders?|board|sponsor)\s+and\s+(?:the\s+)?)?(?:board|ceo|cfo|sponsor|leadership|execs?|executives?|sales|investors?|customer|client|buyer|vp)\s+(?:really\s+)?"
    r"(?:pushes?\s+back|push\s+back|insists?|insist|hold\s+to|holds\s+to|sticks?\s+(?:to|with)|wants?\s+(?:speed|the\s+date|it\s+faster|to\s+\w+\s+faster|to\s+recover|to\s+save|to\s+hit|(?:[\w-]+\s+){1,4}?(?:live|launched|shipped|out)\s+(?:in|by|on|before|sooner|earlier)\b)|demands?|presses?|won't\s+wait))")
# A section or sentence that announces what the plan gives way on: "One thing I'd be pragmatic
# about:", "Where I'd compromise if ...:", "my recommendation to leadership for this cycle:".
_CONCEDING = (
    r"(?:(?:I'd|I\s+would|we'd|we\s+would)\s+be\s+(?:pragmatic|flexible)|(?:where|what)\s+I'd\s+(?:compromise|give\s+ground|trade\s+away|flex)|"
    r"my\s+recommendation\s+(?:to\s+[\w-]+\s+)?for\s+this\s+(?:cycle|quarter|release)|"
    # ... or a compromise struck with the people pushing: "So I proposed a compromise everyone could live with:"
    r"(?:I|we)\s+(?:proposed|offered|agreed\s+(?:on|to)|landed\s+on|settled\s+on|struck|found|reached|brokered)\s+(?:a|the|our)\s+(?:[\w-]+\s+)?compromise|"
    r"the\s+compromise\s+(?:I|we)\s+(?:proposed|offered|landed\s+on|agreed\s+(?:on|to)|struck))")
# A turn that announces the real plan hands its decision to what follows, as a bare turn does:
# "Now let me be honest about how I'd actually run it."
_ANNOUNCED_TURN = regex_cache.compile(r"\b(?:how|what)\s+(?:I|we)(?:'d|\s+would|'ll|\s+will)\s+(?:actually|really)\s+\w+", re.IGNORECASE)


# The plan labelled as the version for the room opens a pivot in any paragraph, not only the last
# ones: "That's the clean version.", "That's the plan I'd want.", "being straight about how it
# would go", "on a blank page" ("Realistically," alone opens plans too, and "In the end," a story's outcome).
_PLAN_LABEL = regex_cache.compile(
    r"\b(?:that's\s+(?:the|my)\s+(?:clean|ideal|textbook|proper|by-the-book|perfect-world)\s+(?:version|answer|plan|way)|"
    r"that's\s+the\s+(?:plan|version|answer|design|approach|roadmap|proposal)\s+I'd\s+(?:want|like|present|pitch|give|defend)|(?:on|from)\s+a\s+blank\s+page|"
    r"in\s+a\s+textbook\s+world|"
    # ... or the plan said to be for paper or for other days, as a sentence or a heading of its own:
    # "That's the plan on paper.", "The plan I'd normally write up:" (not "That's the plan on paper,
    # and here is how I'd protect it", nor "the plan I'd normally write up is the one I'd run")
    r"(?:that's|that\s+is|this\s+is)\s+(?:the|my)\s+(?:plan|version|answer)\s+on\s+paper(?=\s*[.!]|\s*$)|"
    r"(?:the|my)\s+plan\s+(?:I'd|I\s+would)\s+(?:normally|usually|ordinarily)\s+(?:write|put|present|pitch)(?:\s+(?:up|down|together))?\s*:|"
    r"in\s+an?\s+(?:ideal|perfect)\s+world|being\s+(?:realistic|straight|honest|frank)\s+about|"
    # ... or the plan as it will really run, or as it reads on a slide: "the roadmap as it will really run:"
    r"\bas\s+it\s+(?:will|would)\s+(?:really|actually)\s+(?:run|go|play\s+out|happen|land)\b|(?:reads|looks|sounds)\s+(?:well|good|great|nice|fine)\s+on\s+(?:a\s+)?(?:slide|paper|deck|whiteboard)\b|"
    # ... or granted only in principle: "All of that is correct in principle.", "That's fine on paper."
    r"(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:correct|right|true|fine|sound|great|good)\s+(?:in\s+(?:principle|theory)|on\s+paper)(?=\s*[.!;]|\s*$)|"
    # ... or a real plan set apart from the one shown: "Where I'd actually land", "The operating plan underneath is different"
    r"where\s+(?:I|we)(?:'d|\s+would)\s+(?:actually|really)\s+land|(?:the|my|our)\s+(?:operating\s+)?plan\s+underneath|(?:the|my|our)\s+(?:real|actual)\s+plan\b|"
    r"how\s+(?:it|this|that|each\s+(?:piece|part|step|item)|the\s+plan|things)\s+(?:would\s+|will\s+)?(?:actually|really)\s+(?:go|goes|went|land|lands|landed|play\s+out|plays\s+out|played\s+out|turns\s+out|turned\s+out)|(?<!with\s)(?<!to\s)(?<!against\s)(?<!versus\s)(?<!vs\s)(?<!vs\.\s)what\s+(?:actually|really)\s+happened|"
    # ... anywhere in the answer, an aside or heading on what will really happen: "What will actually happen",
    # "A quick aside on what happens in reality", "what the build will actually look like", "the version for the board deck"
    r"(?<!with\s)(?<!to\s)(?<!against\s)(?<!versus\s)(?<!vs\s)what\s+(?:will|would|is\s+going\s+to)\s+(?:actually|really)\s+happen|what\s+(?:actually\s+|really\s+)?happens\s+in\s+(?:reality|practice|real\s+life)|"
    r"what\s+the\s+(?:[\w-]+\s+){0,2}?(?:build|plan|rollout|launch|project|work)\s+(?:will|would)\s+(?:actually|really)\s+look\s+like|"
    r"(?:that's|that\s+is|this\s+is)\s+the\s+version\s+for\s+the\s+(?:board|deck|room|interview|slides?|slide\s+deck|board\s+deck|steering\s+committee)|"
    # ... or the plan confined to an exercise: "That's what I'd recommend in a case study."
    r"(?:that's|that\s+is|this\s+is)\s+what\s+(?:I|you)(?:'d|\s+would)\s+(?:recommend|say|write|do|present|propose|put\s+down)\s+(?:in|for|on)\s+(?:a|an|the)\s+"
    r"(?:case\s+study|case\s+interview|interview|exam|textbook|classroom|whiteboard|take-?home)|"
    # ... or the consequence drawn from a concession: "So what would really happen is", "So practically,"
    # (a clause of its own follows, not an estimate, "so realistically week 7-8 to leave room", nor an
    # adverb, "so in practice after the nurse had decided").
    r"so,?\s+(?:what\s+would\s+(?:really|actually)\s+happen|(?:practically|in\s+practice|realistically)"
    r"(?=\s*,|\s+(?:I|we|I'd|we'd|I'll|we'll|it|it's|this|that|they|there|the|our|nothing|none|most)\b|"
    r"\s+(?:week|month|day|sprint|q)\s*\d+\s+(?:is|are|will|we|goes|means)\b)|for\s+this\s+(?:cycle|quarter|release)))",
    re.IGNORECASE,
)


# A safeguard's own word, the steps above and the rules a launch must meet: what "sort ... out
# later" may put off and "... anyway" must not be about (a prefix: "reviewers", "licensing").
_SAFEGUARD_WORD = (rf"\b(?:{_SAFEGUARD_STEPS}|licen[cs]\w*|credential\w*|consent|BAA|monitor\w*|paperwork|compliance|"
                   r"privacy|security|tests?|safety|staging|IRB|DPIA)")


# What settles for less after such a turn: "we'd probably just push it to all four hospitals
# tonight", "I'd skip the vendor split and the silent run" (a safeguard named, not "skip it").
_SETTLES = regex_cache.compile(
    # (exposure, not a feature descoped or a conversation: "we'd probably just drop the chat redesign")
    r"\b(?:I'd|we'd|I\s+would|we\s+would)\s+(?:probably|likely)\b[^.;\n]{0,40}?\bjust\s+(?:turn|switch|push|ship|launch|go|roll|include|let|trigger|put|"
    r"release|enable|send|merge|deploy|expand|open|trust)\b|"
    # ... or goes ahead with the exposure, not at a gate: "I'd go ahead and turn it on for that first unit"
    # (not at a gate, nor only the part that exposes no one: "go ahead and ship everything that doesn't put a draft in front of a physician")
    r"\b(?:I'd|we'd|I\s+would|we\s+would)\s+(?:just\s+)?go\s+ahead\s+and\s+(?:turn|switch|push|ship|launch|go|roll|release|enable|send|merge|deploy|expand|open)\b"
    r"(?![^.;\n]{0,60}?\b(?:once|after|when|as\s+soon\s+as|as\s+each|except|other\s+than|short\s+of|behind\s+a|in\s+(?:shadow|silent|test)|silently|hidden|"
    r"(?:that|which)\s+(?:doesn't|does\s+not|don't|do\s+not|won't|can't|never))\b)|"
    # ... or does it anyway: "I'd let our clinicians start those visits anyway"
    # (exposure done anyway, not a check run anyway: "I'd run the vendor-B validation on it anyway")
    r"\b(?:I'd|we'd|I\s+would|we\s+would|I'll|we'll)\s+(?:[\w-]+\s+){0,6}?(?:start|launch|ship|go|see|begin|switch|turn|push|roll|release|open|send|expand)\w*\b"
    rf"(?:(?!{_SAFEGUARD_WORD})[^.;\n]){{0,40}}?\banyway\b|"
    # ... or lets a safeguard trail the launch: "let the licensing catch up", "switch it on from day one",
    # "sort the licences out after"
    r"\blet\s+(?:the\s+|our\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+catch\s+up\b|\bsort\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_SAFEGUARD_WORD}\w*\s+out\s+(?:after|later|afterwards)\b|"
    r"\b(?:switch|turn)\w*\s+(?:[\w-]+\s+){0,3}?on\s+(?:for\s+(?:[\w-]+\s+){1,2})?from\s+day\s+(?:one|1)\b|"
    # ... or goes straight to the exposure, or folds a safeguard into it: "I'd go straight from the
    # back-test to the pilot wards", "treat the pilot itself as our silent-mode period"
    # (not to a pilot: "I'd go straight to a one-ward pilot instead" narrows the exposure)
    r"\b(?:go|jump|move|skip)\s+straight\s+(?:from\s+[^.;\n]{1,60}?\s+)?to\s+(?:(?:the|a)\s+)?(?:(?:full|general|wide|hospital-wide|system-wide|network-wide)\s+)?"
    r"(?:live|launch|go-live|rollout|roll-out|production|(?:all|every)\s+(?:[\w-]+\s+)?(?:wards?|units?|sites?|clinics?|hospitals?|patients)|everyone)\b|"
    # ... or brings a safeguard in only once the product is live: "bring the human transfer in after launch"
    r"\b(?:bring|add|phase|put|turn)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_SAFEGUARD_STEPS}|hand-?offs?|transfers?|escalations?|oversight)\s+(?:in|on|back)\s+(?:after\s+|post[\s-]?)(?:the\s+)?(?:launch|go-?live|v1)\b|"
    # (not the other way: "treat the two-ward rollout as a pilot" adds a safeguard)
    r"\btreat\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:pilot|launch|rollout|go-live|live\s+run|first\s+(?:weeks?|month))\s+(?:itself\s+)?as\s+(?:our\s+|the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:silent|shadow\w*|validat\w*|study|testing|tests?|review|audit\w*|sign-?off)\b|"
    # ... or lets a step go, or softens a rule: "I'd let the pharmacist step go for launch", "I'd soften that last one"
    r"(?<!not\s)(?<!n't\s)\blet\s+(?:the\s+|our\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:step|check|review|gate|requirement|safeguard|guardrail|audit|pilot|study|sign-?off|rule)\s+go\b|"
    r"\b(?:soften|relax|loosen|water\s+down|weaken)\s+(?:that|this|those|these|it\b|the\s+(?:[\w-]+\s+){0,2}?(?:rule|gate|guardrail|requirement|bar|threshold|check|review|audit|sign-?off))|"
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!to\s)\b(?:skip|drop|cut|waive|forgo)\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,5}?(?:silent[\s-]+(?:run|mode|period)|shadow\w*|pilot|validation|"
    r"review|audit|sign-?off|staging|testing|study|subgroup\w*|chart\s+review|IRB|DPIA|training|translation|consent)\b", re.IGNORECASE)

# A reversal that names what it drops ("drop the ...", "just skip the ...") and where that name ends.
_NAMED_OBJECT = regex_cache.compile(r"(?:skip|skipping|drop|dropping)\s+(?:the|a|any|our)$", re.IGNORECASE)
_JUST_DROPS = regex_cache.compile(r"\s+(?:drop|skip|cut|leave\s+out)\s+(?:the|a|any|our)\b", re.IGNORECASE)
_OBJECT_END = regex_cache.compile(r"[.;:!?\n,]|\s(?:and|but|so|then|because|since)\s", re.IGNORECASE)
