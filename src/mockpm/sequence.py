"""The order of an answer's steps: a gate held for after the step that exposes patients.

Plans are told in order: "Month 1 / Q2 / Sprint 3 / Phase 2" headings, numbered items. A plan
that goes live everywhere, merges into production or starts contacting patients in one step and
holds the IRB, the validation, the security review or the device decision for a later one runs
each gate after the exposure it exists to prevent, however specific every step is. Such gates
read as put off (deferred), as "after launch we validate" does inside one sentence. What a real
plan does after launch is not caught: recurring checks ("re-validate quarterly"), gates on a
further step ("security review before we scale"), and gates named as conditions ("expand once
validation holds").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm.exposure import COMES_BEFORE, GATE, ONGOING
from mockpm.keywords import LoweredPattern
from mockpm.lead_in_lexicon import LIST_ITEM
from mockpm.stance import DEFERRED, Scope

if TYPE_CHECKING:
    from mockpm.passages import Reading

# A paragraph that opens a step of a plan told in order. Bare ordinals ("First, ...") are left
# out: prose uses them for points, not for a timeline.
_STEP = regex_cache.compile(
    r"[ \t>]*(?:[-*+•][ \t]+)?(?:\*\*|__|[*_]|#{1,6}[ \t]+)?[ \t]*(?:"
    r"(?:month|week|quarter|sprint|phase|stage|step|wave|year|day)s?\s+\d+(?:\s*[-–]\s*\d+)?|q[1-4]\b|h[12]\b|\d+[.)]"
    r")",
    re.IGNORECASE,
)
# A numbered bold label with no time in it ("**4. Security.**", "**3. Regulatory, decided in Q1**")
# heads a topic, not a step: an answer organised by subject is not a timeline.
# ... as does a number before an italic label: "1. *It targets screen failure, not volume.*" (a bold
# one is often the step itself: "1. **Ship the fix now.**")
_TOPIC_HEADING = regex_cache.compile(
    r"[ \t>]*(?:(?:\*\*|__)\s*\d+[.)]\s*|\d+[.)]\s*[*_](?=\w))(?![^*_\n]{0,80}\b(?:month|week|quarter|sprint|phase|stage|step|wave|year|day|then|next|after|first|last)s?\b)"
    r"[^*_\n]{1,80}(?:\*\*|__|[*_])",
    re.IGNORECASE,
)
# A go-live named with what it requires is a gate, not the exposure: "Go-live requires >=90% recall".
_REQUIRES = LoweredPattern(r"\s+(?:requires?|needs?|is\s+gated|gates?\s+on|(?:happens|comes|follows)?\s*only\s+(?:if|when|after|once)|(?:happens|comes|follows)\s+(?:when|once|after|if))\b")
# ... and so is one said under its condition: "If it's within a pre-agreed margin, it goes live."
_IF_BEFORE = LoweredPattern(r"\b(?:if|once|provided|as\s+long\s+as|only\s+(?:after|if|once|when))\b[^.;:]*$")
# Putting the product in front of patients or clinicians for real, not silently.
_EXPOSE = LoweredPattern(
    r"\b(?:go(?:es|ing)?[\s-]live|went\s+live|live\s+(?:outreach|use|traffic|patients)|(?<=\s)live\s+(?:at|in|on|across|for)\s+(?:the|all|every|our)\b|(?<!widely\s)(?<!already\s)(?<!commercially\s)deploy(?:s|ing)?\b|"
    r"(?:(?:we|i|we'd|i'd|we'll|then|and|to)\s+)launch\b|launch(?:es|ed|ing)?\s+(?:it|to|on|in|at|for|with|across|everywhere)\b|ship(?:s|ped|ping)?\s+(?:it|the\s+\w+|v1|to)|push(?:es|ed|ing)?\s+(?:it|the\s+\w+)\s+to\s+(?:all|every|production|the)|"
    r"hotfix|in\s+production|into\s+production|roll(?:s|ed|ing)?\s+(?:it\s+|them\s+)?out|(?:turn|switch)(?:s|ed|es|ing)?\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+on|"
    r"start(?:s|ed)?\s+(?:contacting|messaging|texting|calling|seeing|enrolling|treating|alerting|sending|screening)|"
    r"(?:merge|merged|merging)\s+(?:it\s+|this\s+)?(?:this\s+sprint|now|today|immediately))"
)
# A mention that is not a real step: a gate ahead of exposure, or a silent run.
_NOT_EXPOSED = LoweredPattern(
    r"\b(?:before|until|ahead\s+of|prior\s+to|pre-|no|not|without|never|won't|wouldn't|don't|silent\w*|shadow|technical)\s+(?:\w+\s+){0,3}$"
)
_SILENT = LoweredPattern(r"\b(?:silent\w*|shadow)\b")
# ... or said in its own words later in the sentence: "score live patients for six weeks with no alert displayed"
_UNSEEN = LoweredPattern(r"\b(?:no|without\s+(?:any\s+)?)\s*(?:alerts?|results?|scores?|flags?)\s+(?:are\s+|is\s+|being\s+)?(?:displayed|shown|surfaced|sent|fired|visible)\b")
# Exposure that reaches everyone, or patients directly. A roadmap that launches one feature in Q1
# and holds the FDA meeting for a riskier one in Q3 is sequencing features, not skipping a gate.
# ("radiologists confirm or edit every marker" checks each item; it reaches no one new)
_BROAD = LoweredPattern(
    r"\b(?:(?<!confirm\s)(?<!edit\s)(?<!review\s)(?<!reviews\s)(?<!check\s)(?<!checks\s)(?<!verify\s)(?<!audit\s)(?<!sign\s)(?<!label\s)(?<!log\s)"
    r"(?<!read\s)(?<!reads\s)(?<!inspect\s)(?<!approve\s)(?<!approves\s)(?:all|every)|everyone|everywhere|production|hotfix|day\s+one|(?:house|hospital|system|network|company|nation)-?wide|as\s+scheduled|contract\s+date|"
    r"start(?:s|ed)?\s+(?:contacting|messaging|texting|calling|seeing|enrolling|treating|alerting|sending|screening))\b"
)
# A limited first exposure is what strong plans do; the gates after it guard the wider one.
_LIMITED = LoweredPattern(
    r"\b(?:pilot\w*|beta|limited|small|single|one|two|first)\s+(?:[\w-]+\s+)?(?:wards?|units?|clinics?|sites?|employers?|"
    r"hospitals?|practices?|cohorts?|groups?|states?|markets?|customers?|regions?|teams?)\b|\bpilot\w*|\d+\s*%\s+of|"
    # ... or a go-live named as the first phase: "offer a phase-1 go-live on the contract date"
    r"\bphase[\s-]?(?:1|one)\s+(?:go[\s-]?live|launch|roll-?out|release|deployment)"
)
# A later gate that says what it comes before (a further step, or any alert at all).
_GUARDS_NEXT = LoweredPattern(rf"\b(?:{COMES_BEFORE}|gates?|gating)\b")
_THEN = LoweredPattern(r"\b(?:then|after\s+that|next)\b")
# A gate named as the condition of the step it stands in: "only after the FDA pathway is agreed
# and an IRB-approved study reads out", "expand once validation holds".
_CONDITION_BEFORE = LoweredPattern(
    r"\b(?:only\s+(?:after|if|once|when)\b[^.;]*|(?:if|once|provided|as\s+long\s+as|when|unless|after)\b(?:\s+[\w-]+){0,4}\s*)$")


def _steps(reading: Reading) -> list[int | None]:
    """The step each sentence belongs to, in the order written; None outside a told sequence."""
    out: list[int | None] = []
    step: int | None = None
    count = -1
    heading_only = False
    text = reading.text
    for i, s in enumerate(reading.sentences):
        new_line = i == 0 or "\n" in text[reading.sentences[i - 1].end:s.start] or text[s.start - 1] == "\n"
        if new_line and _STEP.match(text, s.start) and not _TOPIC_HEADING.match(text, s.start):
            count += 1
            step = count
            # "**Q1: New states**" alone on its line: the paragraph after it is its body.
            heading_only = len(text[s.start:s.end].split()) <= 8 and (
                i + 1 == len(reading.sentences) or reading.opens_paragraph(i + 1))
        elif i > 0 and reading.opens_paragraph(i):
            if heading_only:
                heading_only = False
            elif not LIST_ITEM.match(text, s.start):
                step = None  # prose after the sequence ends it
        out.append(step)
    return out


def mark(reading: Reading) -> None:
    """Carry "deferred" onto gate sentences in steps after the first step that exposes everyone."""
    steps = _steps(reading)
    if sum(1 for s in set(steps) if s is not None) < 2:
        return
    text, lower = reading.text, reading.lowered
    exposed_at = _first_exposure(reading, steps)
    if exposed_at is None:
        return
    for i, s in enumerate(reading.sentences):
        if steps[i] is None or steps[i] <= exposed_at or s.carried is not None:
            continue
        gate = GATE.search(text, lower, s.start, s.end)
        if gate and not ONGOING.search(text, s.start, s.end) and not _GUARDS_NEXT.search(text, lower, s.start, s.end) \
                and not _CONDITION_BEFORE.search(text, lower, max(s.start, gate.start() - 120), gate.start()) \
                and not _own_rollout_after(reading, gate.end()):
            s.carried = DEFERRED
            if s.scopes is not None:  # read before the order was known (a lead-in's list)
                s.scopes.append(Scope(s.start, s.end, DEFERRED))


def _own_rollout_after(reading: Reading, pos: int) -> bool:
    """Whether the gate's own line goes on to a rollout of its own ("test with injected delays.
    Then one hospital for a week, then the other three."): it gates that step's release."""
    end = reading.text.find("\n", pos)
    end = len(reading.text) if end == -1 else end
    then = _THEN.search(reading.text, reading.lowered, pos, end)
    return then is not None and bool(_LIMITED.search(reading.text, reading.lowered, then.end(), min(end, then.end() + 60))
                                     or _EXPOSE.search(reading.text, reading.lowered, then.end(), min(end, then.end() + 60)))


def _first_exposure(reading: Reading, steps: list[int | None]) -> int | None:
    """The first step that puts the product in front of everyone (its breadth read over the step)."""
    text, lower = reading.text, reading.lowered
    spans: dict[int, tuple[int, int]] = {}
    for i, step in enumerate(steps):
        if step is not None:
            a, _ = spans.get(step, (reading.sentences[i].start, 0))
            spans[step] = (a, reading.sentences[i].end)
    for step in sorted(spans):
        a, b = spans[step]
        if not _BROAD.search(text, lower, a, b) or _LIMITED.search(text, lower, a, b):
            continue
        for m in _EXPOSE.finditer(text, lower, a, b):
            i = reading.sentence_index(m.start())
            s = reading.sentences[i]
            if reading.is_question(i):
                continue  # asking what go-live means puts no one in front of it
            if not _NOT_EXPOSED.search(text, lower, max(a, m.start() - 40), m.start()) \
                    and not _SILENT.search(text, lower, m.end(), min(b, m.end() + 25)) and not _REQUIRES.match(text, lower, m.end()) \
                    and not _UNSEEN.search(text, lower, m.end(), s.end) and not _IF_BEFORE.search(text, lower, s.start, m.start()):
                return step
    return None
