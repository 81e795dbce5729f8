"""Stories told against the teller: a past move the answer itself judges a mistake.

ConText reads a finding in the patient's history as real but not present. A story the candidate
tells against themself ("Early in my career I pushed a new form live at all twelve sites on the
promised date ... within a month our data was useless") is history of the same kind, told to
show what they would not do again: its moves are no red flag of the plan, no side of a
contradiction and no part of a consumer playbook, though what it shows the candidate knows still
counts. Only the telling's own verdict sets a story aside: a failure the teller owns (a mistake,
the wrong call, something handled badly, what they should have done), their own product dropped
(pulled, abandoned, gone back to paper), a habit set against what they would do here ("In
payments we shipped to 100% on a Friday. In a hospital I'd pilot one unit"), a verdict that opens
the next paragraph ("Every line of that story is a decision I can make differently"), or a
belief they say they dropped ("A year ago I thought ..."); so do the causes of a failure imagined
in a pre-mortem. A story told as a success stays the candidate's, red flags and all, and so does
what they did after the verdict (the repair: "I went to her office the next morning and
apologised").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm.domain import INDUSTRY
from mockpm.keywords import LoweredPattern
from mockpm.substance_lexicon import PLAN_VOICE

if TYPE_CHECKING:
    from mockpm.passages import Reading

# The teller's own verdict on what they did.
_OWNED = (
    r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:mistake|error|blunder|misstep)s?\b|\bmistakes?\s+(?:i|we)\s+made\b|"
    r"\b(?:i|we)\s+made\s+(?:(?:almost|nearly|exactly|precisely|much)\s+){0,2}(?:a|the|this|that|one|two|several)\s+(?:\w+\s+){0,2}?mistakes?\b|"
    r"\b(?:was|were)\s+(?:a|my|our)\s+(?:\w+\s+){0,2}?mistake\b|"
    r"\b(?:my|our)\s+(?:\w+\s+){0,3}?(?:was|were)\s+(?:the\s+|a\s+)?wrong\b|\b(?:i|we)\s+(?:got|had)\s+(?:it|that|this|\w+)\s+(?:all\s+)?wrong\b|"
    r"\bi\s+was\s+wrong\b|\b(?:handled|did|managed|ran|played|read)\s+(?:it|that|this|the\s+\w+(?:\s+\w+){0,3})\s+(?:badly|poorly|wrong)\b|"
    r"\b(?:i|we)\s+should(?:n't|\s+not)?\s+have\b|\bthe\s+hard\s+way\b|\bnever\s+again\b|\bregret\w*\b|\bin\s+hindsight\b|"
    r"\bmy\s+fault\b|\bembarrass\w*\b|\b(?:do|make|made|handle|decide|run)\s+(?:\w+\s+){0,2}?differently\b|\bwhat\s+changed\s+(?:it|my\s+mind)\b"
)
# A belief the candidate says they held and dropped: the paragraph it opens is theirs no longer
# ("A year ago I thought users are users. ... I'd have said a wellness app.").
_FORMER_BELIEF = LoweredPattern(
    r"\b(?:a\s+(?:year|few\s+years)\s+ago|back\s+then|at\s+first|early\s+on|before\s+(?:this|that|healthcare))\s*,?\s+(?:i|we)\s+"
    r"(?:\w+\s+)?(?:thought|believed|assumed|figured)\b|\b(?:i|we)\s+used\s+to\s+(?:think|believe|assume)\b|\b(?:i|we)\s+(?:once|originally)\s+(?:thought|believed|assumed)\b")
_NOW = LoweredPattern(r"[\W_]*(?:(?:but|and|so)\s+)?(?:now|today|these\s+days|since\s+then|here)\b|.*?\bnow\s+(?:i|we)\b")
# ... or what became of it: the product its users dropped, or the teller pulled.
_DROPPED = (
    r"\b(?:backfired|flopped|blew\s+up)\b|\b(?:it|that|this|the\s+(?:launch|rollout|pilot|release))\s+went\s+(?:badly|wrong|sideways)\b|"
    r"\b(?:seen|watched|lived\s+through)\s+(?:this|it|that|one)\s+go\s+(?:badly\s+)?(?:wrong|sideways)\b|"
    r"\b(?:pulled|killed|shelved|scrapped|abandoned|rolled\s+back|switched\s+off|turned\s+off|shut\s+off|shut\s+down)\s+"
    r"(?:it|the\s+(?:\w+\s+)?(?:model|tool|feature|alert|pilot|form|product|app|launch|rollout|change))\b|"
    r"\b(?:stopped|quit)\s+(?:using|trusting|opening|reading)\s+(?:it|them|the|our)\b|\b(?:went|gone|going)\s+back\s+to\s+(?:paper|the\s+old|their\s+old)\b|"
    r"\btuned\s+(?:it|them|us)\s+out\b|\blost\s+(?:their|the|our)\s+trust\b|"
    # ... or the time or the client it cost: "We lost three months, and those patients never got the offer."
    r"\b(?:we|i)\s+lost\s+(?:(?:about|almost|nearly|over)\s+)?(?:a|an|one|two|three|four|five|six|several|\w+)\s+(?:weeks?|months?|quarters?|years?)\b|"
    r"\bcost\s+(?:us|me)\s+(?:(?:about|almost|nearly|over)\s+)?(?:a|an|one|two|three|four|five|six|several|\w+)\s+(?:weeks?|months?|quarters?|years?)\b|"
    # ... or it was pulled, the step nobody took, the person proved right, the harm that kept the teller up
    r"\b(?:it|they|the\s+(?:\w+\s+)?(?:model|tool|feature|alert|pilot|product|app|checker|launch|rollout))\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:pulled|switched\s+off|turned\s+off|shut\s+down|rolled\s+back|abandoned|shelved|scrapped)\b|"
    r"\b(?:(?:nobody|no\s+one)\s+(?:had|ever)|(?:we|i)\s+(?:hadn't|had\s+not|never))\s+(?:\w+ly\s+)?(?:asked|checked|tested|validated|talked\s+to|reviewed)\b|"
    r"\b(?!(?:we|i)\b)\w+\s+(?:had\s+been|was|were)\s+right\s+(?:about|all\s+along)\b|"
    r"\b(?:it|the\s+(?:model|tool|system|algorithm))\s+got\s+(?:\w+\s+){0,4}?wrong\b|\bkept\s+me\s+up\b|"
    r"\b(?:switched|turned|shut)\s+(?:it|them)\s+off\b|\bwe\s+missed\s+(?:a|an|one|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:patients?|cases?)\b|"
    r"\b(?:was|were)\s+mine\s+to\s+(?:stop|catch|prevent|fix|change)\b|\b(?:nobody|no\s+one)\s+used\s+it\b|"
    r"\bour\s+(?:\w+\s+){0,2}?(?:was|were)\s+(?:useless|worthless|wrong|unusable)\b"
)
_VERDICT = LoweredPattern(rf"{_OWNED}|{_DROPPED}")
# A habit told and then set against what the candidate would do here is disowned the same way:
# "In payments we shipped to 100% of traffic on a Friday. In a hospital I'd pilot in one unit."
# ("In healthcare I'd do the same" adopts it.)
_SETTING = (r"(?:in|at|with|for)\s+(?:a\s+|the\s+)?(?:hospital|health\s*care|clinic|clinical\s+(?:care|settings?|work)|"
            r"clinicians?|patients?|nurses?|this\s+(?:role|job|setting|case|scenario))\b[^.!?\n]{0,40}?")
_SETTING_CONTRAST = LoweredPattern(
    rf"[\s*_>-]*(?:(?:but|now|so|here)\s*,?\s+)?(?:{_SETTING}|here|instead|now)\s*,?\s+(?:i|we)(?:'d|\s+would|'ll|\s+will)\b"
    r"(?![^.!?\n]*\b(?:the\s+same|likewise|again|similar\w*|(?:apply|use|bring|run|reuse|borrow|copy|port|carry)\w*\s+(?:that|this|those|these|it|them)\b))")
# A sentence that opens in another industry or company tells its habits, whatever its tense:
# "At the budgeting app, our metrics were retention", "In fintech, we often decided ...".
_ELSEWHERE = LoweredPattern(
    rf"[\s*_>-]*(?:back\s+)?(?:in|at)\s+(?:(?:my|our)\s+(?:last|previous|old|former|first)\s+[\w-]+|"
    rf"the\s+[\w-]+\s+(?:app|company|startup|bank|firm|platform|marketplace)|{INDUSTRY})\b")
# A pre-mortem imagines the plan failed and tells why: its causes are a failure imagined, not the
# plan (ConText's hypothetical), and the plan is what answers them. "It's a year from now and the
# pipeline has been switched off. ... Cause: we agreed to pool everything in a US cloud region.
# Decision: no pooling."
_NUMBER = r"(?:a|one|two|three|four|five|six|nine|ten|twelve|fourteen|eighteen|\d+)\s+(?:years?|months?|quarters?)"
_NEXT = (r"next\s+(?:year|quarter|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|"
         r"september|october|november|december)|the\s+end\s+of\s+next\s+\w+")
_AHEAD = rf"(?:{_NUMBER}\s+(?:from\s+now|later|on|out)|{_NEXT})"
_FAILED = (r"\bfail\w*|\bswitched\s+off|\bshut\s+down|\bpulled\b|\bkilled\b|\babandoned\b|\bdead\b|\bflopped\b|"
           r"\bwent\s+(?:wrong|badly)|\bgone\s+badly|\bin\s+trouble\b|\bhas(?:n't|\s+not)\s+worked|\bdidn't\s+work|\bwon't\s+renew|"
           r"\bripping\s+\w+(?:\s+\w+){0,3}\s+out|\b(?:incident|root[\s-]cause)\s+review|\bbad\s+year|\bnobody\s+uses|\bno\s+one\s+uses|"
           r"\bstopped\s+using|\brolled\s+back|\bhow\s+did\s+(?:we|it|that|this)\s+(?:get|happen|go)|\bwhat\s+(?:went\s+wrong|happened)\b")
_PREMORTEM = LoweredPattern(
    r"\bpre-?mortem\b|\b(?:imagine|picture)\s+(?:the\s+)?(?:incident|root[\s-]cause|post[\s-]?mortem)\s+(?:review|meeting)\b|"
    # a time ahead, imagined ("Imagine it's next spring", "Picture me twelve months into this job",
    # "It's fourteen months from now") and found failed or asked back from ("How did we get here?")
    rf"(?:\b(?:imagine|picture|fast[\s-]forward)(?:\s+(?:this|it|me|us|that|to))?\s*[:,]?\s+(?:(?:it's|it\s+is|we're|we\s+are)\s+)?"
    rf"(?:{_NUMBER}|{_NEXT})|\bit(?:'s|\s+is)\s+{_AHEAD})\b"
    rf"(?=[^\n]{{0,220}}?(?:{_FAILED}))|"
    r"\bimagine\s+(?:\w+\s+){0,4}?(?:has\s+|had\s+)?(?:failed|flopped|been\s+(?:pulled|switched\s+off|shut\s+down|killed|abandoned))\b")
# ... and a cause may be labelled in the present: "Cause: no audit trail on coordinator overrides."
_CAUSE_LABEL = LoweredPattern(
    r"[\s*_>#-]*(?:\d+[.)]\s*)?(?:root\s+)?(?:causes?|why|reasons?|because|what\s+went\s+wrong|how\s+it\s+(?:failed|died)|failure(?:\s+mode)?)\s*[*_]*\s*[:\u2014-]")
# A verdict that says the story is coming: "let me tell it", "here's what happened".
# ... or names the mistake as this one: "I made almost exactly this mistake once."
_ANNOUNCES = LoweredPattern(r"\b(?:let\s+me\s+(?:tell|walk|share|start\s+(?:there|with\s+(?:it|that|the\s+story)))|here's\s+(?:how|what\s+happened|the\s+story)|the\s+story|lived\s+(?:a\s+version|through)|"
                            r"(?:this|the\s+same)\s+(?:exact\s+)?mistake)\b")
# A paragraph that moves a story's time on: "Two weeks later the duplicates have tripled."
_LATER = LoweredPattern(r"[\s*_>-]*(?:(?:\w+\s+){0,2}?(?:later|afterwards?)|within\s+(?:a|an|one|two|three|\w+)\s+(?:days?|weeks?|months?)|"
                        r"by\s+(?:day|week|month)\s+\w+|then|after\s+that|that\s+(?:night|week|month))\b")
# (the whole answer is searched once for each cue: most answers tell no story against themselves)
_SETTING_NAMED = regex_cache.compile(rf"\b{_SETTING}\s*,?\s+(?:i|we)(?:'d|\s+would|'ll|\s+will)\b", re.IGNORECASE)


def mark(reading: Reading) -> None:
    """Mark the told sentences of each story up to its own verdict as an owned mistake."""
    text, low = reading.text, reading.lowered
    verdicts = {reading.sentence_index(m.start()) for m in _VERDICT.finditer(text, low)}
    formers = {reading.sentence_index(m.start()) for m in _FORMER_BELIEF.finditer(text, low)}
    elsewhere = {i for i, s in enumerate(reading.sentences) if _ELSEWHERE.match(text, low, s.start, s.end)}
    premortem = next((reading.sentence_index(m.start()) for m in _PREMORTEM.finditer(text, low)), None)
    if not (verdicts or formers or elsewhere or premortem is not None or _SETTING_NAMED.search(text)):
        return
    from mockpm.narration import told_sentences

    told = told_sentences(reading)
    if premortem is not None:
        for i, s in enumerate(reading.sentences[premortem + 1:], premortem + 1):
            if i in told or _CAUSE_LABEL.match(text, low, s.start, s.end):
                s.owned_mistake = True
    run: list[int] = []
    paragraph: list[int] = []
    former = announced = telling = False
    for i, s in enumerate(reading.sentences):
        verdict = i in verdicts
        if reading.opens_paragraph(i):
            # a verdict opening the next paragraph judges the whole story before it: "Every line of
            # that story is a decision I can make differently now."
            if verdict and any(k in told for k in paragraph):
                _set_aside(reading, paragraph)
            run, paragraph, former = [], [], False
            # (a story announced and begun ends with its paragraph unless the next one moves its time on)
            if telling and not (i in told or _LATER.match(text, low, s.start, s.end)):
                announced = telling = False
        paragraph.append(i)
        if former and _NOW.match(text, low, s.start, s.end):
            former = False  # "Now I'd ..." is the candidate again
        former = former or i in formers
        if former:
            reading.sentences[i].owned_mistake = True
        elif i in told or i in elsewhere:
            run.append(i)
            if verdict or announced:
                _set_aside(reading, run)
                run, telling = [], announced
            # (a verdict may come first: "I've lived a version of this, so let me tell it, because the way we got it wrong")
            announced = announced or (verdict and _ANNOUNCES.search(text, low, s.start, s.end) is not None)
        elif run and (verdict or _SETTING_CONTRAST.match(text, low, s.start, s.end)):  # "That was my mistake." after the story
            _set_aside(reading, run)
            run = []
        elif (run or announced) and not PLAN_VOICE.search(text, low, s.start, s.end):
            run.append(i)  # the story goes on without a past verb ("Within a month pharmacists were dismissing ...")
            if announced:
                _set_aside(reading, run)
                run, telling = [], True
        elif verdict and not run and _ANNOUNCES.search(text, low, s.start, s.end):
            announced = True  # a verdict told before its story sets the story after it aside
        elif len(text[s.start:s.end].split()) >= 4:
            run, announced, telling = [], False, False  # the story ends where the candidate's own voice begins


def _set_aside(reading: Reading, run: list[int]) -> None:
    for i in run:
        reading.sentences[i].owned_mistake = True


def without_owned_mistakes(reading: Reading) -> str:
    """The answer's text with its owned mistakes blanked out (same length, so offsets hold)."""
    owned = [s for s in reading.sentences if s.owned_mistake]
    if not owned:
        return reading.text
    text = reading.text
    for s in reversed(owned):
        text = text[:s.start] + " " * (s.end - s.start) + text[s.end:]
    return text
