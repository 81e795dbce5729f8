"""Lead-ins: the words before a colon that tell how the lines under them read.

A lead-in can refuse what follows ("Red lines:"), list topics rather than decisions ("Key points
I'd want on the checklist:") or score the answer itself ("Competencies shown:"). Kept apart from
``stance_lexicon`` because these patterns read a whole line, not a trigger's scope.
"""

from __future__ import annotations

import re

from mockpm import regex_cache

# A sentence that opens by labelling what follows as refused ("**What I'd say no to outright:** A;
# B; C", "Red lines: ...", "Non-starters: ..."): the list after the colon is named to be turned
# down, neither a step nor a call, across its semicolons.
_REFUSAL_LABEL = (
    r"[\s*_>#-]*(?:what\s+(?:I|we)(?:'d|\s+would)\s+(?:say\s+no\s+to|refuse|rule\s+out|push\s+back\s+on)|"
    r"(?:where|when)\s+(?:I|we)(?:(?:'d|\s+would)\s+(?:say\s+no|refuse|draw\s+the\s+line|walk\s+away)|\s+(?:say\s+no|refuse))|"
    # "What makes me say no outright:", "What would make us walk away:"
    r"what\s+(?:makes|would\s+make|gets|would\s+get)\s+(?:me|us)\s+(?:to\s+)?(?:say\s+no|refuse|walk\s+away|push\s+back)|"
    r"(?:outright|hard)\s+nos?|red\s+lines?|non-?starters?|deal-?breakers?)[^:\n]{0,25}:"
)
# A lead-in that introduces topics, not decisions: "Key points I'd want on the checklist:". What is
# listed under it is named, not committed to.
LISTED = "listed"
_TOPIC_LEAD_IN = (
    # Generic things or items done or to be done are steps: "To prepare I've done a few things:",
    # "Things I'd do first:". Topics stay topics whoever did them: "Key topics I did my homework on:".
    r"\b(?:key\s+)?(?:points|topics|areas|considerations|dimensions|factors|themes|buzzwords|keywords|"
    r"checklist|check-list|talking\s+points|headlines)\b[^:\n]{0,60}:\s*$|"
    r"\A(?![^\n]*?\b(?:done|did|doing|(?:I|we)(?:'d|\s+would|'ll|\s+will)\s+do|to\s+do)\b)[^\n]*?\b(?:things|items)\b[^:\n]{0,60}:\s*$|"
    # ... or what the answer would think about, not what it would do: "To answer this well I'd think about:"
    # ("I'd pull every case from our records and look at:" examines data it has pulled)
    r"\A(?![^\n]*?\b(?:pull|pulled|query|queried|export|exported|sample|sampled|audit|go\s+through|went\s+through)\b)[^\n]*?"
    r"\b(?:think\w*\s+(?:about|through)|look\w*\s+(?:at|into)|consider\w*|focus\w*\s+on|cover\w*|explor\w*|"
    r"evaluat\w*|assess\w*|weigh\w*|keep\s+in\s+mind|(?:want|need)\s+to\s+understand)\s*:\s*$"
)

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
