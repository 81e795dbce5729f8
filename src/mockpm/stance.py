"""Stance of a mention: does the candidate commit to it, or negate, dismiss, defer or hand it off?

The design follows clinical NLP's NegEx and its successor ConText: trigger phrases, each with a
direction (forward: the trigger comes before what it modifies; backward: after it), a scope
that runs to the clause's end or a termination term, and pseudo-triggers that look like
triggers but are not ("not only", "no more than"). ConText's negated / hypothetical /
someone-else's values become, for an interview answer:

- ``negated``: "I do not think sensitivity matters", "launch without a pilot"
- ``dismissed``: "skip silent mode", "subgroup checks are a nice-to-have", "if nurses want it"
- ``deferred``: "false negatives are a problem for later", "we measure it afterwards"
- ``others``: "mortality is what the vendor will report"

A negation followed by a gate word ("never launch *without* chart review", "no alert fires
*until* the silent run ends") asserts what follows the gate: that is a commitment, not a
dismissal. A dismissal trigger that is itself negated ("subgroup checks are *not optional*",
"don't skip") is a pseudo-trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ASSERTED = "asserted"
NEGATED = "negated"
DISMISSED = "dismissed"
DEFERRED = "deferred"
OTHERS = "others"
# Stances that count as brushing a step aside (the core red flag for safety steps reads these).
BRUSHED_OFF = frozenset({DISMISSED, DEFERRED, OTHERS})

_NEG_WORD = r"(?:not|no|never|n't|cannot|nor|neither|nothing|nobody|none)"

# --- forward triggers: modify what follows, up to the scope's end
_FORWARD = [
    (NEGATED, r"\b(?:not|never|no|nor|neither|cannot|without|nothing|none\s+of)\b|\b\w+n't\b"),
    (NEGATED, r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|other\s+than|beyond|less\s+about|over-?rel\w+\s+on|"
              r"more\s+than(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:handful|few|couple)|half|once|twice)))\b"),
    (DISMISSED, r"\b(?:(?:don't|do\s+not|doesn't|does\s+not)\s+think\s+(?:we|you|it|this|that|they)?\s*(?:really\s+)?(?:need|needs|have\s+to|should|matters?|is\s+needed|are\s+needed)|"
                r"skip|skips|skipping|skipped|ditch|hide|hiding|conceal\w*|bury|burying|paper\s+over|gloss\s+over|forget(?:\s+about)?|ignore|ignoring|"
                r"bypass|bypassing|waive|waiving|sidestep|deprioriti[sz]e|deprioriti[sz]ing|"
                r"no\s+need\s+(?:for|to)|(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+(?:need|bother|worry|care)|"
                r"not\s+(?:bother|worry|waste\s+time)|why\s+bother|leave\s+out|cut\s+out|shortcut|"
                r"(?:don't|do\s+not|can't|cannot)\s+see\s+(?:a|any|the|much|why|it|that|them|a\s+need)\b)\b"),
    (DEFERRED, r"\b(?:postpone|postponing|defer|deferring|push(?:ing)?\s+(?:back|off|out)|punt(?:ing)?\s+on|"
               r"park(?:ing)?|(?:later|eventually|someday|down\s+the\s+road|at\s+some\s+point),?\s+(?:we|I)\b)"),
    (OTHERS, r"\b(?:leave|leaving)\s+(?:it|that|this|them|those)\s+(?:to|for)\b|"
             r"\blet\s+(?:the\s+)?(?:vendor|vendors|data\s+science\s+team|IT|them|the\s+customer|the\s+sites?|the\s+agenc(?:y|ies))\s+(?:handle|worry|own|deal|decide|figure)|"
             r"\b(?:vendor|vendors|provider|agency|agencies|customer|hospital\s+IT|their\s+IT|legal|compliance)\s+(?:handles|owns|takes\s+care\s+of|is\s+responsible\s+for|will\s+handle)\b|"
             r"\b(?!we\b|I\b)[\w-]+\s+(?:will|can)\s+(?:figure\s+out|sort\s+out|take\s+care\s+of|paper)\b"),
]

# --- backward triggers: modify what came before them in the clause
_BACKWARD = [
    (NEGATED, r"\b(?:(?:is|are|was|were)(?:\s+not|n't)\s+(?:really\s+)?(?:the\s+)?(?:point|goal|answer|aim|enough|sufficient|what\s+matters|bar|measure|metric|standard|right\s+\w+|whole\s+story|only\s+\w+)|"
              r"alone\s+(?:is|are|was|were)(?:\s+not|n't)|(?:is|are)\s+(?:misleading|irrelevant|insufficient|not\s+enough))\b"),
    (DISMISSED, r"\b(?:(?:is|are|was|were|be)\s+(?:just\s+|only\s+|really\s+)?(?:a\s+)?nice[\s-]to[\s-]haves?|"
                r"nice[\s-]to[\s-]haves?|overkill|optional|unnecessary|not\s+(?:really\s+)?(?:needed|necessary|required|important|essential|a\s+priority|worth\s+it|worth\s+the\s+\w+)|"
                r"(?:does|do|did)\s*(?:not|n't)\s+(?:really\s+)?matter|(?:doesn't|don't)\s+(?:really\s+)?matter|"
                r"(?:does|do)\s*(?:not|n't)\s+need\s+(?:a|an|any|to)\b|(?:doesn't|don't)\s+need\s+(?:a|an|any|to)\b|"
                r"slows?\s+(?:us|things|everything|the\s+launch)\s+down|(?:takes?|take)\s+(?:way\s+)?too\s+long|"
                r"(?:a\s+)?waste\s+of\s+time|red\s+tape|box[\s-]tick\w*|can\s+be\s+skipped|"
                r"if\s+(?:they|nurses|doctors|physicians|clinicians|people|anyone|someone|users|staff|the\s+\w+)\s+(?:really\s+)?(?:wants?|asks?|insists?|cares?|likes?|prefers?)\b|"
                r"if\s+(?:time|budget|bandwidth|capacity)\s+(?:permits|allows)|if\s+we\s+have\s+(?:the\s+)?(?:time|bandwidth|budget)|"
                r"if\s+needed|if\s+it\s+comes\s+up|if\s+anyone\s+asks|we'll\s+see|maybe|"
                r"(?:just\s+|basically\s+|mostly\s+)?a\s+formality|(?:would\s+be|is|are)\s+(?:good|nice)\s+to\s+have|nice\s+in\s+theory|"
                r"(?:not|never)\s+on\s+the\s+critical\s+path|off\s+the\s+critical\s+path|"
                r"if\s+(?:the\s+)?\w+\s+justif(?:y|ies)\b|"
                r"if\s+(?:\w+\s+){0,4}?(?:raises?|complains?|comes?\s+up|come\s+up|arises?|asks?|pushes\s+back|insists?)\b|"
                r"(?:good|well)\s+enough\s+(?:for\s+(?:now|v1|a\s+start|launch)|proxy)|known\s+(?:limitation|issue)s?|"
                r"would\s+be\s+(?:nice|ideal|great)|ideal\s+in\s+theory|"
                r"(?:would|will|could)\s+(?:only\s+)?delay\s+(?:the\s+)?(?:launch|go-live|us|things|the\s+date)|"
                r"(?:time|months?|weeks?|a\s+quarter)\s+(?:that\s+)?we\s+(?:don't|do\s+not)\s+have|"
                r"not\s+(?:hold|block|gate|wait)\s+(?:the\s+)?(?:launch|merge|go-live|release|date|rollout)?\s*(?:for|on)\b)\b"),
    (DEFERRED, r"\b(?:(?:is|are)\s+(?:a\s+)?(?:problem|question|concern|topic|thing|issue)s?\s+for\s+later|for\s+later|"
               r"down\s+the\s+(?:road|line)|at\s+some\s+point|"
               r"can\s+(?:all\s+)?wait|in\s+(?:a\s+)?(?:phase|version|v)\s*(?:2|two|ii)\b(?:\s+maybe)?|in\s+v2|"
               r"once\s+we(?:'re|\s+are)\s+(?:live|launched|scaled)|after\s+(?:the\s+)?(?:launch|go-live|go\s+live|we\s+launch|we\s+go\s+live)\s+(?:if|maybe|when)|"
               r"post-launch\s+maybe|when\s+we\s+get\s+(?:a\s+)?(?:chance|to\s+it)|"
               r"(?:on|in|to)\s+the\s+backlog|(?:in|for)\s+(?:a|the)\s+(?:later|future|follow-up|next)\s+(?:release|version|sprint|quarter's\s+release)|"
               r"(?:first|next)\s+post-launch\s+release|watch\s+item)\b"),
    (OTHERS, r"\b(?:(?:is|are)\s+what\s+)?(?:the\s+)?(?:vendor|vendors|data\s+science\s+team|IT\s+team|legal\s+team|someone\s+else)\s+"
             r"(?:will|can|would|should|already)\s+(?:report|handle|track|cover|own|take\s+care\s+of|deal\s+with|worry\s+about|figure\s+out)|"
             r"(?:is|are)\s+(?:the\s+)?(?:vendor's|legal's|IT's|compliance's|someone\s+else's|their)\s+(?:job|problem|call|responsibility|concern)|"
             r"not\s+(?:our|my)\s+(?:job|problem|concern|responsibility|call)\b|"
             r"(?:is|are|'s)\s+(?:really\s+|mostly\s+|basically\s+|just\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|s')(?:\s+(?:and|or)\s+[\w-]+(?:'s|s'))?\s+(?:[\w-]+\s+)?(?:responsibility|job|problem|call|decision|concern|runbook|to\s+(?:enforce|sort\s+out|handle|own|decide|fix))\b|"
             r"(?:a\s+)?(?:question|matter|problem|call|decision)\s+for\s+(?:legal|compliance|IT|the\s+vendor|them|the\s+customer|the\s+sites?|later|another\s+day)\b|"
             r"(?:is|are)\s+(?:really\s+|mostly\s+|basically\s+)?(?:handled|owned|covered|managed)\s+by\b|"
             r"(?:is|are)\s+what\s+(?:the\s+)?[\w\s-]{1,40}?\s+owns?\b|"
             r"(?:is|are)\s+(?:really\s+)?(?:theirs|hers|his)\b|(?:sits|lies|rests)\s+with\s+(?:the|their)\b|"
             r"handles?\s+(?:its|their)\s+own\b|not\s+(?:a\s+)?(?:product|our)\s+(?:one|question|problem|concern|issue)\b|not\s+ours\b|"
             r"not\s+something\s+(?:product|we|I)\s+can\b"),
]
# Bare adverbs of deferral modify the few words before them: "we measure alerts afterwards".
_BARE_DEFERRAL = re.compile(r"\b(?:later\s+on|later|afterwards?|eventually|someday)\b", re.IGNORECASE)
BARE_WINDOW = 5
# A condition before the trigger makes it hypothetical, not a deferral: "if we recalculate it later".
_CONDITION = re.compile(r"\b(?:if|when|once|unless|whether)\b", re.IGNORECASE)
# Deferrals that a real plan also uses ("after launch we add Creole"): they count only in a
# sentence with no number and no monitoring verb, where they read as "not now" rather than a step.
_SOFT_DEFERRED = re.compile(
    r"\b(?:after\s+(?:the\s+)?(?:launch|go-live|go\s+live|we\s+launch|we\s+go\s+live)|post-launch|"
    r"once\s+(?:we're|we\s+are|it's|it\s+is)\s+live|(?:when|once)\s+we\s+scale|in\s+year\s+(?:two|2)|"
    r"next\s+(?:year|cycle)|for\s+next\s+year|in\s+(?:a\s+)?(?:phase|version|v)\s*(?:2|two|ii)\b|in\s+v2|"
    r"phase\s+(?:2|two)\s+list|(?:we'll|we\s+will)\s+deal\s+with\s+(?:it|that|them)|revisit\s+(?:it|this|that|if|later|after|once|at))\b",
    re.IGNORECASE,
)
_MONITORING = re.compile(
    r"\b(?:monitor\w*|track\w*|measur\w*|audit\w*|review\w*|watch\w*|compar\w*|report\w*|check\w*|\d+|"
    r"one|two|three|four|five|six|ten|twelve|weekly|monthly|daily)\b",
    re.IGNORECASE,
)

# Termination terms end a trigger's scope (ConText). Gates end a negation's scope and assert
# what follows: "nothing goes live until ...", "never without ...".
_TERMINATION = re.compile(
    r"\b(?:but|however|although|though|yet|except|whereas|because|since|so|which|while|instead|then|"
    r"as\s+long\s+as|so\s+that|and\s+then|and\s+(?:we|I|they|the\s+team)\b|if|when|unless|whether)\b|"
    r"\b(?:we|I)\b(?=\s+(?:will|would|should|can|could|must|need|want|measure|track|set|run|start|use|ask|go|launch|do)\b)|"
    r"\b(?:we'd|we'll|I'd|I'll)\b|[;:()\[\]—–]| - |,\s+(?=(?:and\s+)?(?:we|I|I'd|I'll|we'd|we'll|then|our|they|it)\b)",
    re.IGNORECASE,
)
_GATE = re.compile(r"\b(?:without|until|unless|before|till|only\s+(?:if|when|after|with|once))\b", re.IGNORECASE)

# Pseudo-triggers: look like negation but do not negate what follows.
_PSEUDO = re.compile(
    r"\b(?:not\s+only|not\s+just|not\s+merely|no\s+(?:more|fewer|less|later|earlier|sooner)\s+than|not\s+(?:more|less|fewer)\s+than|"
    r"no\s+doubt|not\s+necessarily|no\s+matter|nothing\s+(?:else\s+)?but|not\s+least|no\s+exceptions?|none\s+other|"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|minutes?|hours?|shifts?)\s+later)\b",
    re.IGNORECASE,
)
# A negator shortly before a dismissal trigger in the same clause cancels both: "not optional",
# "don't skip", "we would not leave the FDA for later".
_NEGATED_TRIGGER = re.compile(rf"(?:\b{_NEG_WORD}\b|n't)\s+(?:[\w'-]+\s+){{0,4}}$", re.IGNORECASE)
# "no" as a target, not a negation: "fewer adverse events and no patient harm", "means no duplicates".
_TARGET_NO = re.compile(r"\b(?:and|with|means?|is|be|ensur\w+|guarantee\w*|zero|target\w*|goal\s+is)\s+$", re.IGNORECASE)
# Contrastive negators govern a short noun phrase: their scope ends at a comma.
_CONTRAST = re.compile(r"rather\s+than|instead\s+of|in\s+place\s+of|other\s+than|beyond|less\s+about|more\s+than", re.IGNORECASE)

FORWARD_WINDOW = 12  # words
BACKWARD_WINDOW = 14

_FORWARD_RE = [(s, re.compile(p, re.IGNORECASE)) for s, p in _FORWARD]
_BACKWARD_RE = [(s, re.compile(p, re.IGNORECASE)) for s, p in _BACKWARD]
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Scope:
    start: int
    end: int
    stance: str
    # A cancelled trigger ("not a nice-to-have") marks its own words as negated: a mention that
    # overlaps it (a red flag's "nice-to-have") is negated, what it would have modified is not.
    overlap: bool = False


def _clip_forward(text: str, pos: int, end: int) -> int:
    """End of a forward scope from ``pos``: the first termination term, gate or window end."""
    limit = end
    words = list(_WORD.finditer(text, pos, end))
    if len(words) > FORWARD_WINDOW:
        limit = words[FORWARD_WINDOW - 1].end()
    m = _TERMINATION.search(text, pos, limit)
    return m.start() if m else limit


def _clip_backward(text: str, start: int, pos: int) -> int:
    """Start of a backward scope ending at ``pos``: after the last termination term."""
    begin = start
    words = list(_WORD.finditer(text, start, pos))
    if len(words) > BACKWARD_WINDOW:
        begin = words[-BACKWARD_WINDOW].start()
    last = None
    for m in _TERMINATION.finditer(text, begin, pos):
        last = m
    return last.end() if last else begin


def scopes(text: str, start: int, end: int) -> list[Scope]:
    """Every trigger scope in the sentence ``text[start:end]``, in text offsets."""
    found: list[Scope] = []
    pseudo = [(m.start(), m.end()) for m in _PSEUDO.finditer(text, start, end)]

    def is_pseudo(a: int, b: int) -> bool:
        return any(pa <= a < pb for pa, pb in pseudo)

    def negated_trigger(a: int) -> bool:
        before = text[max(start, a - 40):a]
        clause = _TERMINATION.split(before)[-1] if _TERMINATION.search(before) else before
        return _NEGATED_TRIGGER.search(clause) is not None

    brush = [
        m.start()
        for stance, pattern in (*_BACKWARD_RE, *_FORWARD_RE)
        if stance in (DISMISSED, DEFERRED)
        for m in pattern.finditer(text, start, end)
    ]
    dismiss_spans: list[tuple[int, int]] = []
    for stance, pattern in _BACKWARD_RE:
        for m in pattern.finditer(text, start, end):
            if is_pseudo(m.start(), m.end()):
                continue
            if stance != OTHERS and negated_trigger(m.start()):
                found.append(Scope(m.start(), m.end(), NEGATED, overlap=True))
                continue
            dismiss_spans.append((m.start(), m.end()))
            found.append(Scope(_clip_backward(text, start, m.start()), m.start(), stance))
    for m in _BARE_DEFERRAL.finditer(text, start, end):
        if is_pseudo(m.start(), m.end()) or negated_trigger(m.start()):
            continue
        begin = _clip_backward(text, start, m.start())
        if _CONDITION.search(text, max(start, begin - 12), m.start()):
            continue
        words = list(_WORD.finditer(text, begin, m.start()))
        if len(words) > BARE_WINDOW:
            begin = words[-BARE_WINDOW].start()
        found.append(Scope(begin, m.start(), DEFERRED))
    if not _MONITORING.search(text, start, end):
        for m in _SOFT_DEFERRED.finditer(text, start, end):
            if not negated_trigger(m.start()):
                found.append(Scope(_clip_backward(text, start, m.start()), m.end(), DEFERRED))
    for stance, pattern in _FORWARD_RE:
        for m in pattern.finditer(text, start, end):
            a, b = m.start(), m.end()
            if is_pseudo(a, b) or any(da <= a < db for da, db in dismiss_spans):
                continue
            if stance != NEGATED and negated_trigger(a):
                continue  # "don't skip", "never defer": a commitment
            scope_end = _clip_forward(text, b, end)
            if stance == NEGATED:
                word = m.group(0).lower()
                if word == "no" and _TARGET_NO.search(text[max(start, a - 20):a]):
                    continue
                if _CONTRAST.fullmatch(word):
                    comma = text.find(",", b, scope_end)
                    if comma != -1:
                        scope_end = comma
                if word == "without" and negated_trigger(a):
                    continue  # "not ... without X": X is required
                # A negated dismissal ("not optional", "don't skip") is a commitment: no scope.
                if any(b <= p < b + 16 for p in brush):
                    continue
                gate = _GATE.search(text, b, scope_end)
                if gate and word != "without":
                    continue  # "no PHI leaves without a BAA", "never launch until X": a rule, asserted
            found.append(Scope(b, scope_end, stance))
    return found


_PRIORITY = {OTHERS: 4, DISMISSED: 3, DEFERRED: 3, NEGATED: 2}


def stance_of(scope_list: list[Scope], a: int, b: int) -> str:
    """The strongest stance whose scope covers the mention ``a:b``; asserted when none does."""
    best = ASSERTED
    rank = 0
    for s in scope_list:
        covers = (s.start < b and a < s.end) if s.overlap else (s.start <= a and b <= s.end + 1)
        if covers and _PRIORITY[s.stance] > rank:
            best, rank = s.stance, _PRIORITY[s.stance]
    return best
