"""Walk-backs: an answer that states the right step and then takes it back in its own words.

A candidate can say the textbook thing and then undo it, at the end ("That said, if I'm being
realistic, I wouldn't do most of that") or step by step ("So I'd normally pilot it in a few
clinics. But honestly, I don't think that's needed here."). ConText calls the first kind of
modifier hypothetical; here the step named before the turn is treated as waved away, because the
turn is the candidate's decision and the step was only the version for the interview.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm import stance as st
from mockpm import two_plans
from mockpm.walkback_lexicon import (_ANNOUNCED_TURN, _CONCEDING, _CONDITION_BEFORE, _GIVES_WAY, _JUST_DROPS, _LEFT_ALONE, _NAMED_OBJECT,
                                      _OBJECT_END, _PLAN_LABEL, _PRESSURE, _RECOMMITS, _RESISTS, _REVERSAL, _SETTLES, _WIDENS)

if TYPE_CHECKING:
    from mockpm.passages import Reading, Sentence

# A closing turn to "how it would really go" that undoes the plan before it: the pivot opens one of
# the last paragraphs ("That said, if I'm being realistic...", "Honestly though, that's the
# textbook version.") and the paragraph reverses course ("I wouldn't do most of that", "go along
# with it", "ship ... and deal with it if and when"). Both are needed: a plan may say "realistically".
# "P.S. real talk, ..." turns like "realistically"; "Real talk on alert fatigue:" is a heading.
_REAL_TALK = r"(?:real\s+talk|reality\s+check)(?!\s+(?:on|about)\b)"
# (it undoes the plan only by an outright undo, "merge it as written": "I'd just ask her" does not)
_RECOMMENDATION = (r"(?:so,?\s+|here's\s+)?what\s+(?:I|we)(?:'d|\s+would)\s+(?:actually\s+|really\s+)?(?:take|bring|recommend|propose|pitch|put)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:to|in\s+front\s+of)\b")
_PIVOT = regex_cache.compile(
    rf"\b(?:(?:I|we)'?d\s+be\s+(?:realistic|pragmatic|practical)\b|(?:if\s+I'?m(?:\s+\w+ly)?|if\s+I\s+am|I'?ll\s+be|I\s+want\s+to\s+be|let\s+me\s+be|let's\s+be|to\s+be|(?:I'?m|I\s+am)\s+(?:going\s+to|gonna)\s+be|(?:I|we)\s+(?:must|should|have\s+to|need\s+to|ha(?:ve|s)\s+got\s+to)\s+be)\s+(?:being\s+)?(?:honest|realistic|straight|frank|blunt|candid|practical|pragmatic)|"
    rf"being\s+(?:realistic|honest|candid|frank|pragmatic|practical|real(?![\w-]))|{_REAL_TALK}|candidly|{_PRESSURE}|{_CONCEDING}|realistically|practically(?:\s+speaking)?|pragmatically|honestly,?\s+though|but\s+honestly|in\s+(?:the\s+)?(?:real\s+world|reality|practice)|looking\s+back,?\s+though|"
    r"(?:textbook|ideal|interview|on-paper)\s+(?:version|answer|plan)|(?:all\s+)?that\s+said,\s+(?:if|let|I\s+wouldn't|I'd\s+be)|having\s+said\s+(?:all\s+)?(?:that|this)\b|"
    # ... or a second thought: "P.S. Thinking about it more, I wouldn't bother with the audit"
    r"(?:thinking|having\s+thought)\s+about\s+(?:it|this|that)\s+(?:more|again|further)|on\s+(?:second\s+thoughts?|reflection)|having\s+slept\s+on\s+it|"
    # (opening its sentence: "..., but scratch that, one unit" corrects the words just before it)
    r"(?:\A|(?<=[.!?:\n])|(?<=[.!?:\n]\s))(?:(?:so|okay|um|uh|oh|and|but|no|actually),?\s+){0,3}scratch\s+(?:that|all\s+(?:of\s+)?that)|come\s+to\s+think\s+of\s+it|now\s+that\s+I\s+think\s+about\s+it|"
    # ... or the recommendation set apart from the plan ("So what I'd take to my lead:", "**Bottom line:** ...")
    rf"{_RECOMMENDATION}|(?:\A|(?<=[\n*_]))\s*(?:bottom\s+line|in\s+short|in\s+sum(?:mary)?|to\s+sum\s+(?:it\s+)?up|tl;?dr|net[\s-]net|long\s+story\s+short)\b)",
    re.IGNORECASE,
)
_RECOMMENDS = regex_cache.compile(_RECOMMENDATION, re.IGNORECASE)
_UNDO = regex_cache.compile(
    # (not a heading over refusals: "**What I would NOT do:**", "Things we won't do", nor one naming
    # what it refuses: "the one thing I wouldn't do is let the sales target set the timeline")
    r"\b(?:(?<!what\sI\s)(?<!what\swe\s)(?<!things\sI\s)(?<!things\swe\s)(?:wouldn't|would\s+not|won't|will\s+not)\s+(?:actually\s+|really\s+)?"
    r"(?:do|fight|gate|hold|let\s+\w+\s+gate|push\s+back|bother)(?![\w*_]*\s*:)(?!\s+is\b)|"
    r"go\s+along\s+with|(?:wouldn't|would\s+not|won't)\s+do\s+(?:most|all|any|much)\s+of\s+(?:that|this|it)|"
    # the change taken as it stands: "merge it this sprint as written", "ship it as-is"
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!not\sto\s)(?<!never\sto\s)(?<!than\s)(?<!of\s)(?:merge|ship|launch|release|deploy|push|turn\s+on|switch\s+on|roll\s+out|go\s+live\s+with|approve|accept)\s+"
    r"(?:[\w-]+\s+){0,8}?(?:as(?:[\s-](?:written|is|built)|\s+it\s+(?:is|stands))|in\s+its\s+current\s+form)\b(?!\s+(?:common|standard|usual|typical|required|often|the\s+case))|"
    # ... or as the one pushing for it wants: "let it merge this sprint as the engineer wants"
    r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:merge|ship|launch|release|deploy|go\s+live|roll\s+out)\s+(?:[\w-]+\s+){0,4}?as\s+(?:the\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:wants?|wanted|asked|asks|requested|proposed|promised)\b|"
    # ... or on their word alone: "I'd let the change merge on the engineer's assurance"
    r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:merge|ship|launch|release|deploy|go\s+live|roll\s+out|approve)\w*\s+(?:[\w-]+\s+){0,4}?on\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+(?:'s)?\s+)?(?:assurance|word|say-so|promise|gut\s+feel\w*)\b|"
    r"over-?engineer\w*|overkill|overthought|in\s+theory|(?:is|are)\s+the\s+ideal|if\s+and\s+when|doesn't\s+happen|"
    # ... or put off to no date at all: "the latency work moves to whenever engineering has capacity"
    r"(?:moves?|slides?|goes|pushed|waits?)\s+(?:\w+\s+)?(?:to|until)\s+whenever\b|whenever\s+(?:it|they|that)\s+fits?\b|(?:whenever|(?:for|until)\s+when)\s+(?:engineering|we|the\s+team|they|someone|there's|there\s+is)\s+(?:(?:has|have|gets?|finds?)\s+)?(?:the\s+|spare\s+|free\s+|more\s+)?(?:capacity|bandwidth|time|room|cycles)\b|"
    r"won't\s+change\s+much|call\s+it\s+phase\s+(?:one|1)|just\s+(?:let|ship|merge|launch|turn)|in\s+parallel\s+once\s+we\s+have\s+(?:logos|revenue|customers)|"
    # (an order flipped to put a step off; not one that moves a safeguard earlier: "I'd flip the
    # order: the ethics submissions go in during week one, ahead of the IRB packets")
    r"(?:not|isn't)\s+what\s+(?:closes|startups|companies|teams|people)|flip(?:s|ping)?\s+the\s+order(?![^\n]{0,120}?\b(?:ethics|IRB|DPIA|validat\w*|review\w*|silent|study|audit|consent|safety|submissions?)\b[^\n]{0,80}?\b(?:ahead\s+of|earlier|first|sooner)\b)|(?:I'd|we'd|I\s+would|we\s+would)\s+flip\s+it\b(?=[^\n]{0,140}?\b(?:Q[1-4]|first|quarters?|starts?|before|order|priorit\w+)\b)|sort\s+out\s+(?:the\s+)?\w+\s+(?:\w+\s+)?(?:afterwards|after|later|in\s+the\s+weeks))",
    re.IGNORECASE,
)
PIVOT_TAIL_PARAGRAPHS = 2
# ... or one paragraph further back (a closing note on the record, or on what would make them say
# no, may follow the pivot), unless the pivot is an adverb a plan also opens with and nothing in its
# lines sets it against an ideal ("Realistically, Part 11 is where timelines slip" is a plan; "That's the ideal. In practice, ..." a pivot).
_BARE_ADVERB = regex_cache.compile(
    r"(?:realistically|practically(?:\s+speaking)?|pragmatically|in\s+(?:the\s+)?(?:real\s+world|reality|practice))", re.IGNORECASE)
_SET_AGAINST = regex_cache.compile(
    r"\b(?:ideal\w*|in\s+(?:principle|theory)|on\s+paper|textbook|what\s+I'd\s+(?:want|like)|but|though|however|"
    r"bottom\s+line|in\s+short|tl;?dr|long\s+story\s+short)\b", re.IGNORECASE)  # (a closing summary is the decision set against the plan)


def dismiss_before(reading: Reading, i: int) -> None:
    """Every sentence before ``i`` is waved away: the answer took it back."""
    for earlier in reading.sentences[:i]:
        earlier.carried = st.DISMISSED
        earlier.scopes = None  # read again with the stance it now carries


# Stances that undo the plan in a closing pivot's paragraph: a dismissal or a hand-off. A deferral
# does not ("Realistically, phase 2 adds Spanish voice" is a plan).
PIVOT_UNDO_STANCES = frozenset({st.DISMISSED, st.OTHERS})


def _decides(reading: Reading, i: int, stances: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether sentence ``i`` waves a step away with one of ``stances`` in the candidate's own words
    (see _own_trigger): "I'd leave it to the vendor", not "they'd sign at 5 pm anyway"."""
    # (a condition on money is the decision itself: "... are phase 2 if the budget's there")
    return any(_own_trigger(reading, sc, stances) and (_STEP_VERB.search(reading.text, sc.trigger[0], reading.sentences[i].end)
                                                       or _MONEY_CONDITION.match(reading.text, sc.trigger[0]))
               for sc in reading.scopes_of(i))


def _waves_off_safeguard(reading: Reading, i: int, stances: tuple[str, ...] = (st.DISMISSED,)) -> bool:
    """Whether sentence ``i`` dismisses (or, with ``stances``, puts off) a safeguard it names, in the
    candidate's own words: "A four-week matched pilot is the kind of process that makes teams slow"."""
    text = reading.text
    return any(_own_trigger(reading, sc, stances) and _SAFEGUARD_NAMED.search(text, sc.start, sc.end)
               for sc in reading.scopes_of(i))


def _own(reading: Reading, pos: int) -> bool:
    """Whether ``pos`` is in the candidate's own voice (not inside a reported passage)."""
    return not any(o.stance == st.REPORTED and o.start <= pos < o.end for o in reading.scopes_of(reading.sentence_index(pos)))


def _own_trigger(reading: Reading, sc: st.Scope, stances: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether scope ``sc`` has one of ``stances`` from a trigger of its own, in the candidate's voice."""
    return sc.stance in stances and sc.trigger is not None and not sc.overlap and _own(reading, sc.trigger[0])

# A reversal under a negation keeps the step: "we move the merge, not skip the reconciliation".
_NEGATED_BEFORE = regex_cache.compile(r"(?:\bnot|\bnever|n't|\brather\s+than|\binstead\s+of|\bwithout)\s+(?:\w+\s+)?$", re.IGNORECASE)

# Under a pressure or concession frame, only dropping a safeguard (or "it", "all of that") takes
# the plan back: "if the vendor slips, we drop the custom dashboard" descopes an extra.
_PRESSURED = regex_cache.compile(rf"(?:{_PRESSURE}|{_CONCEDING})", re.IGNORECASE)
_SAFEGUARD_NAMED = regex_cache.compile(
    r"\b(?:it|them|that|those|(?:all|most)\s+of\s+(?:it|that|this|them)|everything|the\s+rest|validat\w*|silent|shadow\w*|pilot\w*|"
    r"review\w*|audit\w*|safety|consent\w*|IRB|ethics|FDA|pre-?sub\w*|510\(k\)|BAA|DPIA|rollback|stratif\w*|subgroups?|bias|"
    r"translat\w*|interpret\w*|sign-?off|filings?|RCA|runbook|dry\s+run|chart\s+review|test\w*|monitor\w*|baselines?|gates?|"
    r"phas\w*|stag\w*|waves?|regulat\w*|device|clearance|compliance|privacy|security|training|threshold\w*|fallbacks?|comparisons?|stud(?:y|ies)|reconcil\w*)\b",
    re.IGNORECASE,
)
_CLAUSE_END = regex_cache.compile(r"[.;!?\n]")


def _recommits(text: str, a: int, b: int, reach_end: int) -> bool:
    """Whether ``text[a:b]`` re-commits to the plan: a re-commitment, or a resisting answer to the
    pressure that nothing up to ``reach_end`` gives way on ("I'd push back. Then we'd ship anyway.")."""
    if _RECOMMITS.search(text, a, b):
        return True
    m = _RESISTS.search(text, a, b)
    return m is not None and not _GIVES_WAY.search(text, m.end(), max(reach_end, m.end()))


def _reverses(reading: Reading, a: int, b: int, safeguard_only: bool = False) -> bool:
    text = reading.text

    def drops_safeguard(m: re.Match[str]) -> bool:
        limit = min(len(text), m.end() + 120)
        stop = _CLAUSE_END.search(text, m.end(), limit)
        # (the safeguard may be the clause's subject: "The audio fallback work comes out of this year's plan")
        begin = max((c.end() for c in _CLAUSE_END.finditer(text, max(0, m.start() - 120), m.start())), default=max(0, m.start() - 120))
        return _SAFEGUARD_NAMED.search(text, begin, stop.start() if stop else limit) is not None

    def unconditional(m: re.Match[str]) -> bool:
        return not _CONDITION_BEFORE.search(text, reading.sentences[reading.sentence_index(m.start())].start, m.start())

    def names_only_an_extra(m: re.Match[str]) -> bool:  # "we'd just drop the redesign of the chat" descopes an extra
        just = _JUST_DROPS.match(text, m.end()) if m.group(0).lower().endswith("just") else None
        at = just.end() if just else m.end() if _NAMED_OBJECT.search(m.group(0)) else None
        stop = _OBJECT_END.search(text, at, min(len(text), at + 100)) if at is not None else None
        return at is not None and _SAFEGUARD_NAMED.search(text, at, stop.start() if stop else min(len(text), at + 100)) is None

    widened = [m for m in _WIDENS.finditer(text, a, b) if unconditional(m)]
    return any(_own(reading, m.start()) and not _NEGATED_BEFORE.search(text, max(a, m.start() - 20), m.start())
               and (not safeguard_only or drops_safeguard(m)) and not names_only_an_extra(m)
               for m in (*_REVERSAL.finditer(text, a, b), *_LEFT_ALONE.finditer(text, a, b), *widened))


def _closing_pivot(reading: Reading) -> int:
    """A closing "how it would really go" paragraph that reverses the plan takes back the
    whole answer before it (the plan was the interview version, the pivot is the decision)."""
    starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", reading.text)]
    for k, p in enumerate(starts):
        if p == 0:
            continue
        first = reading.sentence_index(p)
        if first >= len(reading.sentences) or reading.sentences[first].start < p:
            continue
        head = reading.text[reading.sentences[first].start:reading.sentences[min(first + 1, len(reading.sentences) - 1)].end]
        body_end = reading.sentences[-1].end
        label = _PLAN_LABEL.search(head) is not None
        if not label and k < len(starts) - PIVOT_TAIL_PARAGRAPHS - 1:
            continue
        if _recommits(reading.text, p, body_end, body_end):
            continue
        pivot = _PIVOT.search(head)
        if not (label or pivot):
            continue
        if (not label and k < len(starts) - PIVOT_TAIL_PARAGRAPHS
                and _BARE_ADVERB.fullmatch(pivot.group(0)) and not _SET_AGAINST.search(head)):  # type: ignore[union-attr]
            continue
        pressured = not label and pivot is not None and _PRESSURED.fullmatch(pivot.group(0)) is not None
        # after "what I'd take to my lead" only an outright undo ("merge it as written") takes the plan back
        recommends = not label and pivot is not None and _RECOMMENDS.fullmatch(pivot.group(0)) is not None
        # (set against an ideal, a safeguard put off is the ideal given up: "That's the design I'd
        # defend in a textbook world. ... The DPIA can be completed once the numbers are moving.")
        against = label or _SET_AGAINST.search(head) is not None
        if _UNDO.search(reading.text, p, body_end) or (not recommends and (
                _reverses(reading, p, body_end, pressured)
                or any(_decides(reading, k, PIVOT_UNDO_STANCES) or (against and _waves_off_safeguard(reading, k, (st.DEFERRED,)))
                       for k in range(first, len(reading.sentences))))):
            dismiss_before(reading, first)
            return 1
    return 0


# A sentence that turns on what came before it ("But honestly, ...", "That said, ...", "In practice
# ...", "Realistically though, ..."), and undoes it (walkback_lexicon._REVERSAL).
_TURN = regex_cache.compile(
    # ... after a short topic lead, too: "On the BAA, if I'm honest, ...", or inside an aside: "(To be candid, ...".
    rf"[\s*_>(-]*(?:p\.\s?s\.[\s:,-]*)?(?:(?:on|as\s+for|for|with|given)\s+[^,.;!?\n]{{1,40}},\s*)?(?:(?:and|so|now|bu+t),?\s+)?(?:but|though|that\s+said|having\s+said\s+(?:all\s+)?that|being\s+(?:realistic|practical|pragmatic)|in\s+(?:practice|reality|real\s+life)|realistically|actually|{_REAL_TALK}|{_PRESSURE}|{_CONCEDING}|candidly|"
    r"honestly|tbh|however|although(?=\s*[,:])|then\s+again|to\s+be\s+(?:fair|clear|honest|candid|frank|realistic|pragmatic|practical)|on\s+(?:second\s+thought|reflection)|"
    r"(?:I'll|I\s+will|let\s+me|let's|(?:I|we)\s+(?:must|should|have\s+to|need\s+to))\s+be\s+(?:honest|realistic|frank|straight|candid|pragmatic)|practically(?:\s+speaking)?|pragmatically|"
    r"if\s+I'm\s+(?:\w+ly\s+)?(?:being\s+)?(?:honest|realistic|frank)|the\s+(?:reality|truth)\s+is|truth\s+be\s+told|frankly|between\s+(?:us|you\s+and\s+me)|off\s+the\s+record|"
    r"(?:thinking|having\s+thought)\s+about\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:more|again))?,?\s+(?:though|more|again)?|"
    # ("Looking at the calendar again, I'd actually drop ...": looked at again, not "Looking at the data, ...")
    r"(?:looking|having\s+looked)\s+at\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+again)\b",
    re.IGNORECASE,
)


_ADOPTS = regex_cache.compile(
    r"[\s*_>-]*(?:and\s+|so\s+|honestly,?\s+)?(?:that's|that\s+is|which\s+is|this\s+is)\s+(?:probably\s+|likely\s+|realistically\s+|honestly\s+|also\s+)?"
    r"(?:what|how)\s+(?:we|I)(?:'d|\s+would|'ll|\s+will)\b",
    re.IGNORECASE,
)


_MONEY_CONDITION = regex_cache.compile(
    r"if\s+(?:(?:the\s+)?(?:budget|money|funding|capacity|headcount)|there(?:'s|\s+is)\s+(?:budget|funding|money|capacity|bandwidth)|"
    r"we\s+(?:get|have|find)\s+(?:the\s+)?(?:budget|funding|money|capacity|headcount))\b", re.IGNORECASE)


# A waved-away step in a turn is a decision about doing something ("I'd drop it", "skip it for
# v1", "let data science pick"), not a judgement of a result ("a design failure, not noise").
_STEP_VERB = regex_cache.compile(
    r"\b(?:I'd|I\s+would|we'd|we\s+would|I'll|we'll|let|skip|drop|leave|hold|note|pick|keep|launch|ship|go|start|add|put|treat\s+that\s+as\s+good)\b",
    re.IGNORECASE,
)


# A step framed as what one would do in other circumstances ("I'd normally brief them this week",
# "ideally we'd run subgroup checks monthly"): a turn right after it is the decision not to.
_NORMALLY = regex_cache.compile(
    r"\b(?:(?:I|we)(?:'d|\s+would)\s+(?:normally|usually|ordinarily|typically|ideally)|(?:normally|usually|ordinarily|ideally|in\s+theory),?\s+(?:I|we)(?:'d|\s+would)|"
    # ... or a result that would normally decide it: "The over-80 result would normally stop me"
    r"would\s+(?:normally|ordinarily)\s+(?:stop|block|hold|gate|pause|delay)\s+(?:me|us|the\s+launch|launch|go-live))\b",
    re.IGNORECASE,
)
_BUT = regex_cache.compile(r"[\s*_>-]*(?:but|however|that\s+said|then\s+again)\b", re.IGNORECASE)


def _walk_backs(reading: Reading) -> int:
    """A turn that reverses the step before it waves that step away: the sentences before it in
    its paragraph, or the whole previous paragraph when the turn opens a new one."""
    sentences = reading.sentences
    text = reading.text
    turns = 0
    for i, s in enumerate(sentences):
        turn = _TURN.match(text, s.start) if i else None
        if turn is None:
            continue
        pressured = _PRESSURED.search(turn.group(0)) is not None
        # the reversal must be the candidate's own ("the textbook mistake is to launch anyway" is not)
        scopes = reading.scopes_of(i)
        # (the step framed as what one would normally do may sit a sentence further back, its reason
        # between: "The over-80 result would normally stop me. We'd dig into why. Realistically,
        # though, I'd park that for v2.")
        framed = ((_BUT.match(text, s.start) is not None or _set_against(text, s, turn.end()))
                  and any(not reading.opens_paragraph(k + 1) and _NORMALLY.search(text, sentences[k].start, sentences[k].end)
                          for k in range(max(0, i - 2), i)))
        # "The reality is most teams launch as wellness and deal with FDA later. That's probably what
        # we'd end up doing.": the next sentence adopts what the turn described.
        adopted = (i + 1 < len(sentences) and not reading.opens_paragraph(i + 1)
                   and _ADOPTS.match(text, sentences[i + 1].start) is not None
                   and (any(sc.stance in (st.DISMISSED, st.DEFERRED, st.OTHERS) for sc in scopes)
                        or _reverses(reading, sentences[i + 1].start, sentences[i + 1].end)))
        # The turn's reach: its sentence and the next ones in its paragraph, since the decision
        # often follows the reason ("To be realistic: that's half a year. So I'd not change it.")
        # A bare turn ("(Now, realistically?") or one that announces the real plan ("... how I'd actually run
        # it.") leaves its decision to the sentences after it: a step skipped there, not one put off.
        leaves_decision = (len(text[turn.end():s.end].split()) <= BARE_TURN_WORDS
                           or _ANNOUNCED_TURN.search(text, turn.end(), s.end) is not None)
        # (a turn that ends on a colon hands its decision to the list under it, however long)
        reach = len(sentences) if text[s.start:s.end].rstrip(" *_").endswith(":") else TURN_REACH + leaves_decision
        last = i
        while last - i < reach and last + 1 < len(sentences) and not reading.opens_paragraph(last + 1) \
                and not _TURN.match(text, sentences[last + 1].start):
            last += 1
        end = sentences[last].end
        if _recommits(text, s.start, s.end, end):
            continue
        if last > i and _recommits(text, s.start, end, end):
            end, last = s.end, i
        # (the reach is for reversals said outright; a deferral after the turn is often descoping:
        # "But monitoring has to wait. For now it stays in the backlog until FDA clearance")
        # one turn that settles for less is the plan taken back on its own: "Realistically, though,
        # we'd probably just push it to all four hospitals tonight", "To be honest, I'd skip the silent run"
        settles = _SETTLES.search(text, s.start, end) is not None
        if not (settles or framed or adopted or _reverses(reading, s.start, end, pressured) or _decides(reading, i, (st.DISMISSED, st.DEFERRED))
                or (leaves_decision and any(_decides(reading, k, (st.DISMISSED,)) or _waves_off_safeguard(reading, k) for k in range(i + 1, last + 1)))):
            continue
        turns += 1
        # a step put off or dropped against what one would normally do is a safeguard given up on its own
        reading.safeguards_turned += settles or bool(framed and any(_own_trigger(reading, sc, (st.DISMISSED, st.DEFERRED))
                                                                     for sc in reading.scopes_of(i)))
        j = i - 1
        opened = reading.opens_paragraph(i)
        while j >= 0:
            if sentences[j].carried is None:
                sentences[j].carried = st.DISMISSED
                sentences[j].scopes = None  # read again with the stance it now carries
            if reading.opens_paragraph(j):
                if not opened:
                    break
                opened = False  # one paragraph back, no further
            j -= 1
    return turns


# Sentences after a turn, in its paragraph, that may carry its decision; one more after a turn
# followed by this many words or fewer ("Now, being practical about the quarter."), which carries none itself.
TURN_REACH = 2
BARE_TURN_WORDS = 4
# A turn set against the plan before it: "But in practice", "Being realistic, though", "Now, being real".
_CONTRAST = regex_cache.compile(
    r"\b(?:but|though|however|that\s+said|having\s+said|then\s+again|yet|now(?=,?\s+(?:being|to\s+be|if\s+I'm|realistically|honestly|in\s+practice)))\b",
    re.IGNORECASE)
# A plan label that calls the plan a version for the room: "the textbook version", "in an ideal world".
_VERSION = regex_cache.compile(r"version|answer|plan\s+I'd|blank\s+page|ideal|perfect", re.IGNORECASE)


def _set_against(text: str, s: Sentence, cue_end: int) -> bool:
    """Whether the turn ending at ``cue_end`` in sentence ``s`` is set against what came before:
    a contrast in the sentence up to a few characters past it ("Realistically, though, ...")."""
    return _CONTRAST.search(text, s.start, min(s.end, cue_end + 12)) is not None


def turned_calls(reading: Reading, calls: dict[str, list[int]]) -> list[str]:
    """The wrong calls (criterion id -> where its terms matched) the answer turns to: met in the
    sentence of a turn to how it would really go ("Being realistic, though:", "But in practice")
    or in the next TURN_REACH sentences of its paragraph. A committee hears what follows such a
    turn as the plan, and the plan before it as the version for the interview. A re-commitment in
    the reach keeps the plan ("I'd drop the streak badges, never the risk flags")."""
    text = reading.text
    # Only a turn set against what came before ("But in practice", "Being realistic, though"):
    # "Realistically, login counts tell us nothing" and "In practice, X means Y" are emphasis, and
    # pressure clauses ("if the date gets tight, the formatting fixes wait") have their own rule.
    # A plan labelled as the version for the room ("That's the textbook version") is a turn itself;
    # "being realistic about the ACOs" is not.
    cues = [m.start() for m in _PLAN_LABEL.finditer(text) if _own(reading, m.start()) and _VERSION.search(m.group(0))]
    for m in _PIVOT.finditer(text):
        s = reading.sentences[reading.sentence_index(m.start())]
        if (_own(reading, m.start()) and not _PRESSURED.fullmatch(m.group(0))
                and _set_against(text, s, m.end())):
            cues.append(m.start())
    if not cues:
        return []
    reach: dict[int, int] = {}  # cue -> end of its reach
    for q in cues:
        last = i = reading.sentence_index(q)
        while last - i < TURN_REACH and last + 1 < len(reading.sentences) and not reading.opens_paragraph(last + 1):
            last += 1
        # a re-commitment anywhere in the reach keeps the plan
        if not _recommits(text, q, reading.sentences[last].end, reading.sentences[last].end):
            reach[q] = reading.sentences[last].end
    turned = []
    for cid, starts in calls.items():
        if any(q < pos < end for pos in starts for q, end in reach.items()):
            turned.append(cid)
    return turned


def _takes_away(reading: Reading, a: int, b: int, stances: tuple[str, ...] = (st.DISMISSED, st.DEFERRED, st.OTHERS)) -> bool:
    """Whether ``a:b`` reverses a step or skips, defers or hands one off in the candidate's own words."""
    return _reverses(reading, a, b) or any(_own_trigger(reading, sc, stances) and a <= sc.trigger[0] < b
                                           for i in range(reading.sentence_index(a), reading.sentence_index(max(a, b - 1)) + 1) for sc in reading.scopes_of(i))


def _gives_up(reading: Reading, a: int, b: int) -> bool:
    """Whether ``a:b`` reverses, skips or defers a step: a hand-off alone is often the plan's own
    governance ("the committee can pull it") or an owned gap ("I'd lean on clinical partners")."""
    return _takes_away(reading, a, b, (st.DISMISSED, st.DEFERRED))


# A closing pivot takes back the whole plan; turns back on single steps count from this many.
MIN_TURNS = 2


def mark(reading: Reading) -> int:
    """Mark every walk-back in the answer (called once per Reading); how many there were,
    a closing pivot counting as enough on its own."""
    pivot = _closing_pivot(reading)
    # (a label or a disowning is never the first sentence, so index 0 cannot stand for "found")
    labelled = None if pivot else (two_plans.labelled_at(reading, _own, _takes_away, _gives_up) or two_plans.disowned_at(reading, _own)
                                   or two_plans.superseded_at(reading, _own, _gives_up))
    if labelled is not None:
        dismiss_before(reading, labelled)
    turns = _walk_backs(reading)
    reading._stances.clear()  # stances read before a sentence was marked would be stale
    return MIN_TURNS if pivot or labelled is not None else turns
