"""Lead-ins: the words before a colon that tell how the lines under them read.

A lead-in can refuse what follows ("Red lines:"), list topics rather than decisions ("Key points
I'd want on the checklist:") or score the answer itself ("Competencies shown:"). Kept apart from
``stance_lexicon`` because these patterns read a whole line, not a trigger's scope.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.reported_lexicon import REPORTED
from mockpm.stance_lexicon import DISMISSED, SPEECH_REPAIR

# A line that opens a list item: "- ...", "* ...", "2. ...", "3) ...".
LIST_ITEM = regex_cache.compile(r"[ \t]*(?:[-*+•]|\d+[.)])\s")

# A sentence that opens by labelling what follows as refused ("**What I'd say no to outright:** A;
# B; C", "Red lines: ...", "Non-starters: ..."): the list after the colon is named to be turned
# down, neither a step nor a call, across its semicolons.
_REFUSAL_LABEL = (
    r"[\s*_>#-]*(?:what\s+(?:I|we)(?:'d|\s+would)\s+(?:say\s+no\s+to|refuse|rule\s+out|push\s+back\s+on)|"
    r"(?:where|when)\s+(?:I|we)(?:(?:'d|\s+would)\s+(?:say\s+no|refuse|draw\s+the\s+line|walk\s+away)|\s+(?:say\s+no|refuse))|"
    # "What makes me say no outright:", "What would make us walk away:"
    r"what\s+(?:makes|would\s+make|gets|would\s+get)\s+(?:me|us)\s+(?:to\s+)?(?:say\s+no|refuse|walk\s+away|push\s+back)|"
    # ... ending in a colon, or a bold heading on its own line: "**Where I'd say no outright**"
    r"(?:outright|hard)\s+nos?|red\s+lines?|non-?starters?|deal-?breakers?)[^:\n*_]{0,25}(?::|(?:\*\*|__)[ \t]*\n)"
)
# A lead-in that introduces topics, not decisions: "Key points I'd want on the checklist:". What is
# listed under it is named, not committed to.
LISTED = "listed"
_TOPIC_LEAD_IN = (
    # Generic things or items done or to be done are steps: "To prepare I've done a few things:",
    # "Things I'd do first:", "..., mostly as things we won't do:". Topics stay topics whoever did
    # them: "Key topics I did my homework on:".
    r"\b(?:key\s+)?(?:points|topics|areas|considerations|dimensions|factors|themes|buzzwords|keywords|"
    r"checklist|check-list|talking\s+points|headlines)\b[^:\n]{0,60}:\s*$|"
    r"\A(?![^\n]*?\b(?:done|did|doing|(?:I|we)(?:'d|\s+would|'ll|\s+will|\s+won't|\s+wouldn't|\s+don't|\s+never)(?:\s+not|\s+never)?\s+do|to\s+do)\b)"
    r"[^\n]*?\b(?:things|items)\b[^:\n]{0,60}:\s*$|"
    # ... or what the answer would think about, not what it would do: "To answer this well I'd think about:"
    # ("I'd pull every case from our records and look at:" examines data it has pulled)
    r"\A(?![^\n]*?\b(?:pull|pulled|query|queried|export|exported|sample|sampled|audit|go\s+through|went\s+through)\b)[^\n]*?"
    r"\b(?:think\w*\s+(?:about|through)|look\w*\s+(?:at|into)|consider\w*|focus\w*\s+on|cover\w*|explor\w*|"
    r"evaluat\w*|assess\w*|weigh\w*|keep\s+in\s+mind|(?:want|need)\s+to\s+understand)\s*:\s*$"
)

# A glossary defines words; however specific each definition, none is a step: "Key terms I'd use
# with the team, so everyone means the same thing:" (an item under it stays listed whatever it names).
GLOSSARY_LEAD_IN = regex_cache.compile(
    r"\b(?:key\s+terms|glossary|terminology|vocabulary|jargon|acronyms|terms\s+I(?:'d|\s+would)\s+use)\b[^:\n]{0,80}:\s*$|"
    # ... and so does a list of areas ticked off as covered, a heading with or without its colon:
    # "Appendix: launch considerations coverage summary", "Roadmap considerations checklist (all addressed)"
    r"\b(?:coverage\s+(?:summary|checklist|map|matrix)|(?:considerations?|topics?|areas?)\s+(?:checklist|covered|addressed)|"
    r"checklist\s*\((?:all\s+)?(?:addressed|covered|considered)\))[^:\n]{0,60}:?\s*$|"
    # ... and a recap worded for the interviewer's notes: "Short version, in the terms you'd put in your notes:"
    r"\b(?:for\s+your\s+(?:notes|scorecard|score\s*sheet|write-?up|rubric)|(?:terms|words|language)\s+you(?:'d|\s+would|'ll|\s+will)?\s+(?:put|write|use)\s+in\s+your\s+"
    r"(?:notes|scorecard|score\s*sheet|write-?up))\b[^:\n]{0,60}:\s*$", re.IGNORECASE)
# A lead-in that scores the answer itself ("To summarise what this example demonstrates:",
# "Competencies shown:"): the items under it are claims about the answer, not steps of a plan.
_SELF_ASSESSMENT = (
    r"\b(?:what\s+(?:this|my|the\s+above)\s+(?:example|answer|story|response|approach|plan)\s+(?:demonstrates|shows|illustrates|proves|covers)|"
    r"(?:skills|competencies|strengths|capabilities|criteria)\s+(?:demonstrated|shown|displayed|covered|met)|"
    r"(?:this|it)\s+(?:example\s+)?(?:demonstrates|shows|proves)(?:\s+that\s+I)?)\b[^:\n]{0,40}:\s*$"
)

# What makes a listed item under a brush-off lead-in a plan rather than a wave-off (passages).
REASONED = regex_cache.compile(
    r"\b(?:until|unless|only\s+(?:after|when|if|once)|after|once|because|since|so\s+that|must|requires?|needs?\s+(?:a|an|the)|"
    # "when licensing is done" waits for a condition; "when the go-live is done" puts it past launch
    r"when\s+(?:(?!(?:go-?live|launch\w*|roll-?out|release\w*|expansion)\b)[\w'-]+\s+){1,5}"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:done|ready|complete|completed|finished|in\s+place|signed|approved|cleared))\b|,\s+so\s+\w+", re.IGNORECASE)
# A sentence of its own under a listed item saying what the item needs ("It also needs consent and
# privacy design.") states a condition; put in the item's own line it still goes with the item.
NEEDS_NEXT = regex_cache.compile(r"[\s*_]*(?:it|this|that|they|these)\s+(?:also\s+|still\s+|first\s+)?needs?\b(?![^.\n]*\b(?:post-launch|after\s+(?:launch|go-?live)|later)\b)", re.IGNORECASE)
# A lead-in that names a time window is a schedule ("Later (months 7-12):", "Deferred past 12
# months:"): its items are planned for then, not waved away.
TIME_WINDOW = regex_cache.compile(r"\b(?:months?|quarters?|Q[1-4]|years?|weeks?|H[12]|sprints?)\b|\d", re.IGNORECASE)

# A decision log's verdict that turns an option down: "Rejected", "Ruled out", "Not chosen".
TURNED_DOWN = r"(?:(?:considered\s+(?:and|but)\s+)?rejected|ruled\s+out|not\s+chosen|not\s+recommended|turned\s+down|discarded)"
# ... as the label its item opens with: "- *Rejected:* turn it on at every customer at once."
# ... and "Don't:", "Avoid:", "Tempting but wrong:" over the move set against "Do:".
REJECTED_LABEL = regex_cache.compile(r"[\s*_>-]*(?:\d+[.)]\s*)?[*_]*(?:" + TURNED_DOWN + r"(?:\s*\([^)\n]{0,30}\))?|"
                                     r"don't|do\s+not|avoid|(?:tempting\s+but\s+)?wrong|traps?|anti-?patterns?)[*_]*\s*[:\u2014\u2013-]", re.IGNORECASE)

# A lead-in whose refusal has no object of its own: what follows is what the candidate turns
# down ("Two fixes I'd rule out.", "What would make me say no outright?", "What I'd avoid:").
_REFUSAL_LEAD_IN = regex_cache.compile(
    r"^[^\n]{0,80}?\b(?:(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+(?:\w+ly\s+)?(?:rule\s+out|avoid|steer\s+(?:away|clear)\s+from|reject|refuse(?:\s+to\s+do)?|"
    r"(?:not|never)\s+do|say\s+no(?:\s+to)?|push\s+back\s+on)|(?:I|we)\s+(?:won't|wouldn't|will\s+not|would\s+not)\s+(?:do|try|ship|build|agree\s+to|sign\s+off\s+on|accept)|"
    r"(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+turn\s+down|(?:makes?|made)\s+me\s+(?:say\s+no|refuse|walk\s+away|stop)|(?:don'ts|anti-patterns|off\s+the\s+table)|"
    # a heading that lists what the plan leaves out: "Not doing:", "Won't do:"
    r"(?<![\w'])(?:not|never)\s+doing|(?:won't|will\s+not)\s+do)"
    r"(?:\s+(?:both|them|all\s+of\s+them|each|either|each\s+of\s+them|all(?:\s+of)?\s+(?:these|those|two|three|four|five)|"
    r"(?:every|each)\s+(?:part|piece|element|bit)\s+of\s+(?:it|them|that|this)|all\s+of\s+it|"
    r"(?:these|those)(?:\s+(?:two|three|four|five))?))?(?:\s+(?:\w+ly|outright|entirely|at\s+all))?"
    # ... whatever comes: "Off the table, whatever the pilot shows:"
    r"(?:,?\s+(?:whatever|no\s+matter|regardless|even\s+if)\b[^\n.:?]{0,40})?[\s*_]*[.:?][\s*_]*$|"
    # ... or a heading that names what the plan leaves out, with or without its colon: "Non-goals for
    # the year", "Out of scope"
    r"^[\s#*_>-]*(?:(?:our\s+|my\s+|the\s+)?non-?goals|(?:explicitly\s+)?out\s+of\s+scope|not\s+in\s+scope|explicitly\s+not)\b[^\n.:?]{0,40}?[\s*_]*[.:?]?[\s*_]*$|"
    # ... or a decision log's heading over the options it turned down: "REJECTED", "Options I ruled out:"
    r"^[\s#*_>-]*(?:(?:the\s+)?(?:options?|alternatives?|ideas?|paths?|approaches?|moves?)\s+(?:(?:I|we)\s+)?)?(?:what\s+(?:I|we)\s+)?"
    r"(?:" + TURNED_DOWN + r"|threw\s+out)(?:\s+(?:options?|alternatives?|ideas?|paths?|approaches?))?[\s*_]*:[\s*_]*$",
    re.IGNORECASE,
)
MAX_LEAD_IN_WORDS = 14
# What someone else asked for, listed after a colon in the same sentence: "Your team asked for three
# things: pool records in one US region, ..., and launch at all 40 sites at once." The list is
# their request, not the candidate's plan (a list of one's own, "I want three things:", is).
# So is someone else's draft set out to be marked up: "Their draft said: turn on all three outputs
# on day one; ...", "What I'd assume leadership's roadmap looks like:".
REQUEST_LIST = regex_cache.compile(
    r"(?![\s*_>#-]*(?:I|we|I'd|we'd|I'll|we'll)\b)[^.:\n]{0,60}?(?:\b(?:asked|asks|wants|wanted|requested|requests|proposed|proposes|pushed|demanded|demands)\s+"
    r"(?:us\s+|me\s+)?(?:for\s+)?(?:(?:the\s+)?following|(?:a\s+few|two|three|four|five|several|\d+)\s+(?:things|changes|items|requests|asks|moves|features|steps|decisions))|"
    r"\b(?:their|(?!(?:here|there|that|it|what|who|where|how|let|he|she|one|today|tomorrow|year|quarter|month|week|day|everyone|nobody|someone)'s)[\w-]+'s?)\s+(?:[\w-]+\s+){0,2}?(?:draft|plan|roadmap|proposal|version|wish\s*list)"
    r"(?:\s+(?:would\s+|probably\s+){0,2}(?:said|says|say|reads?|read|looks?\s+like|look\s+like|proposed|proposes|had|has|have|was|is|went|goes|included|includes))?)\s*:",
    re.IGNORECASE)
# A lead-in reaches into the next paragraph when it introduces it ("What I'd avoid:", "What would
# make me say no?", "... and I'd turn down both."); a signpost ("The design, then the things I'd
# rule out.") points past it.
_POINTS_AT_NEXT = regex_cache.compile(r"[:?][\s*_]*$|\b(?:both|them|each|either|all\s+of\s+them|these|two|three)\b[^\w]*$", re.IGNORECASE)
# A refusal that ends in a full stop is a lead-in only when it names nothing itself: a heading
# on its own line, a "what / when / the things I'd ..." signpost, or a count pointing on ("two
# fast ways out, and I'd turn down both."). One that names its object ("\"Skip the silent run\" is
# the part I'd refuse.", "On pooling: I'd say no.", "French won't do.") or answers the line before
# ("I'd say no.") is done, and what follows is the candidate's reasons and plan.
_SIGNPOST = regex_cache.compile(
    r"^[\s#*_>-]*(?:(?:and|so|then|but|now|here'?s|here\s+is|this\s+is|these\s+are)[\s,]+)*(?:what|when|where|which|whatever|things?)\b|"
    # ... or the things themselves, not yet named: "Two fixes I'd rule out.", "The design, then the things I'd rule
    # out." ("... is the part I'd refuse" names them before its "is")
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!'s\s)\b(?:the|some|a\s+few|two|three|four|five|several)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:I|we)\b(?!\s+(?:is|are|was)\b)",
    re.IGNORECASE)
MAX_HEADING_WORDS = 5
_ENDS_POINTING = regex_cache.compile(r"[:?][\s*_\"”]*$")
# ("I'd turn down every part of it." over the list of its parts)
_EVERY_PART = regex_cache.compile(r"\b(?:every|each)\s+(?:part|piece|element|bit)\s+of\s+(?:it|them|that|this)\b|\ball\s+of\s+it\b", re.IGNORECASE)
_COUNTED = regex_cache.compile(r"\b(?:two|three|four|five|several|a\s+few|these|those|following)\b", re.IGNORECASE)


def refusal_points_on(piece: str, text: str, start: int, end: int) -> bool:
    """Whether refusal lead-in ``piece`` (``text[start:end]``) turns down what comes after it, not
    what it names."""
    # (a heading: marked up as one, or a few words alone on their line; a full sentence on its own
    # line is a sentence: "If the lead proposes skipping the silent run, I say no.")
    own_line = (start == 0 or text[start - 1] == "\n") and text[end:end + 4].lstrip(" *_\"”")[:1] in ("\n", "") and (
        piece.lstrip()[:1] in ("*", "_", "#") or len(piece.split()) <= MAX_HEADING_WORDS)
    if _ENDS_POINTING.search(piece) or own_line or _SIGNPOST.search(piece):
        return True
    pointer = _POINTS_AT_NEXT.search(piece)
    return (pointer is not None and _COUNTED.search(piece, 0, pointer.start()) is not None) or _EVERY_PART.search(piece) is not None


# An item under a refusal lead-in that voices its own refusal ("- **We don't pool in a US cloud.**
# Processing runs in an EU region", "- The model doesn't decide eligibility. The investigator
# confirms ...") needs no lead-in: its refusal is its own, and what follows in it is the plan put
# in its place.
SELF_REFUSAL = regex_cache.compile(
    # (the speaker's own team or product, or a label it quotes; "- Nurses don't get a say" or "- Not
    # telling the customer" under "What makes me say no:" is a condition refused, not a rule)
    r"[\s*_>#-]*(?:\d+[.)]\s*)?[\s*_]*"
    r"(?:I|we|(?:our|the)\s+(?:[\w-]+\s+)?(?:model|system|tool|product|app|pipeline|bot|chatbot|AI|algorithm|service|platform|team)|[\"“][^\"”\n]{1,40}[\"”])\s+"
    r"(?:\w+ly\s+)?(?:don't|doesn't|do\s+not|does\s+not|won't|will\s+not|wouldn't|would\s+not|never|isn't|aren't|can't|cannot|shouldn't)\b",
    re.IGNORECASE)


# A short verdict on the sentence before it: "Here that fails quietly." The sentence before
# described a move to reject it (a straw man), not the candidate's plan.
_VERDICT_ON_PREVIOUS = regex_cache.compile(
    r"[\s*_]*(?:(?:but|and)\s+)?(?:here,?\s+|in\s+healthcare,?\s+)?(?:which,?\s+(?=that\b))?(?:that|this|it|which|none\s+of\s+(?:that|this)|(?:each|all|both|every\s+one)\s+of\s+(?:those|these|them|that|this))(?:\s+(?:\w+ly\s+)?|(?='s\s))"
    r"(?:fails|backfires|breaks\s+(?:down|here)|(?:is|'s|was)\s+(?:exactly\s+)?(?:the\s+)?(?:wrong|backwards|a\s+myth|false|not\s+true)|won't\s+work|doesn't\s+work|does\s+not\s+work|"
    r"would\s+(?:fail|backfire|be\s+(?:a\s+)?mistake|be\s+wrong)|(?:is|'s|was)\s+(?:a\s+)?mistake)\b|"
    # ... or turns it down outright: "I'd say no to that.", "I'd push back on that.", "That's a non-starter.",
    # "Partly, but I don't think that's the right frame."
    r"[\s*_]*(?:partly|maybe|sort\s+of|in\s+part),?\s+but\s+(?:I\s+don't\s+think\s+)?(?:that's|it's)\s+(?:not\s+)?the\s+(?:right|wrong)\s+(?:frame|framing|question|lens)\b|"
    r"[\s*_]*(?:(?:I|we)(?:'d|\s+would)\s+(?:say\s+no|push\s+back)\s+(?:to|on)\s+(?:that|this|it|them|those|these|(?:all|each)\s+(?:of\s+(?:them|those|these)|two|three|four|five))|(?:I|we)(?:'d|\s+would)\s+(?:reject|rule\s+out|pass\s+on)\s+(?:that|this|it)|(?:that|this)(?:'s|\s+is)\s+a\s+(?:non-starter|no-go|hard\s+no)|"
    r"(?:I|we)\s+wouldn't\s+(?:do|accept|allow)\s+(?:that|this|it))\b|"
    # ... or a spoken self-correction: "Actually, no, wait, that's not good enough.", "Scratch that."
    r"[\s*_]*(?:(?:so|okay|um|uh|oh|and|well),?\s+){0,3}(?:" + SPEECH_REPAIR + r"|no,?\s+actually|"
    r"I\s+take\s+(?:that|it)\s+back)(?=\s*[,.;:!—–-]|\s*$)|"
    # ... or a bare "No." or a decision log's "Rejected." after it
    r"[\s*_]*(?:no|" + TURNED_DOWN + r"(?:\s+for\s+now)?)[.!][\s*_]*$",
    re.IGNORECASE,
)
MAX_VERDICT_WORDS = 10


# A short sentence that keeps the step before it from gating anything waves it off: "FDA: counsel
# can review in parallel. I wouldn't hold the launch for it."
_NO_GATE_ON_PREVIOUS = regex_cache.compile(
    r"[\s*_]*(?:I|we)\s+(?:wouldn't|would\s+not|won't|will\s+not|don't|do\s+not)\s+(?:hold|delay|wait\s+on|gate|block)\s+(?:the\s+|our\s+)?"
    r"(?:launch|go-?live|rollout|release|date|pilot)\s+(?:for|on)\s+(?:it|that|this|them)\b", re.IGNORECASE)


def verdict_on_previous(piece: str) -> str | None:
    """The stance a short verdict gives the sentence before it: reported when it names that move to
    reject it, dismissed when it keeps that step from gating anything; None when it is no verdict.
    The verdict may run on in a clause of its own ("Each of those is the wrong call, and each tells
    you a tier."), not into a "but" that keeps the move ("That's the wrong order for most teams,
    but our licences are done.")."""
    verdict = piece if re.search(r"\bbut\b", piece, re.IGNORECASE) else piece.split(",")[0]
    if len(verdict.split()) > MAX_VERDICT_WORDS:
        return None
    if _NO_GATE_ON_PREVIOUS.match(piece):
        return DISMISSED
    return REPORTED if _VERDICT_ON_PREVIOUS.match(piece) else None


# A table row whose cell says a step is not done: "| Silent mode | No |".
# ("No" alone says nothing without its column header: "Reaches the report unread? | No" is good.)
_TABLE_ROW_NO = regex_cache.compile(r"\|\s*(?:no,?\s+)?(?:not\s+needed|not\s+required|skip(?:ped)?|later|deferred|optional|post-launch|after\s+launch)\b[^|\n]{0,60}(?:\||$)", re.IGNORECASE | re.MULTILINE)
_NEEDED_COLUMN = regex_cache.compile(r"\b(?:need(?:ed)?|required|must|do\s+we|will\s+we|planned|in\s+scope|included|done|before\s+(?:go-live|launch))\b", re.IGNORECASE)
_BARE_NO = regex_cache.compile(r"(?:no|none|nope|not\s+really|skip)\b", re.IGNORECASE)
# ... and a column that gives the candidate's verdict on the row's idea: "| Idea | My call |", where
# "No." turns the idea down (a "Skip" there skips a step: it is no verdict on an idea).
_VERDICT_COLUMN = regex_cache.compile(r"\b(?:my\s+call|(?:my\s+|the\s+)?(?:verdict|decision|answer|response|take|position)|where\s+I\s+(?:land|stand)|"
                                      r"yes\s*/\s*no|accept(?:ed)?\??|agreed?\??)\b", re.IGNORECASE)
_VERDICT_NO = regex_cache.compile(r"(?:no|nope|not\s+(?:doing\s+it|happening)|rejected|declined?|never)\b", re.IGNORECASE)
# A hazard named as a risk in a register is what the plan guards against, not the plan: "6. Risk:
# house-wide go-live on one day, then a problem on every floor at once." (A risk rated instead of
# named, "Risk: low, we go live everywhere", is a call of the candidate's.)
_RISK_LABEL = regex_cache.compile(
    r"[\s*_>#-]*(?:\d+[.)]\s*)?[*_]*(?:(?:risks?|failure\s+modes?|what\s+(?:(?:could|can|might)\s+go|goes)\s+wrong|threats?|hazards?|pitfalls?|traps?)(?:\s+\d+)?[*_]*\s*[:\u2014-][*_]*\s+|"
    # ... or said in a sentence: "The main risk is false negatives being deprioritised."
    r"(?:the|our|one)\s+(?:(?:main|biggest|big|key|real|chief|primary|obvious|other|top)\s+)?(?:risk|danger|failure\s+mode|hazard)\s+(?:here\s+)?is\s+(?:that\s+)?)"
    r"(?!(?:low|minimal|medium|moderate|high|none|acceptable|small|negligible|manageable)\b)", re.IGNORECASE)
# ... and so is a register item's heading, known by the field on the line under it: "**3. Three
# years of history is rewritten**" over "- Likelihood/impact: medium / high" or "- What goes wrong:".
_RISK_FIELD = regex_cache.compile(
    r"[\s*_>-]*(?:likelihood|probability|impact|severity|what\s+(?:goes|could\s+go)\s+wrong)\b[^:\n]{0,20}:", re.IGNORECASE)
# A run-in heading that names its topic: "**On pooling in one US region.**", "Re: the FDA question".
# It names what the paragraph weighs, not what the plan does.
_TOPIC_HEADING = regex_cache.compile(
    r"[\s>]*(?:(?:\*\*|__|\#+\s*)[\s*_]*(?:on|re|regarding|as\s+for)\b|re\s*:)\s*:?\s+(?!(?:day|week|month|the\s+(?:first|same|day)|launch|go-?live|\w+day)\b)(?![^\n]*\b(?:we|I|I'd|we'd|I'll|we'll)\b)[^.!?:,\n]{1,60}[.:]?[*_\s]*$",
    re.IGNORECASE)
