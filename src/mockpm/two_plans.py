"""Two plans: an answer that calls its plan the version for an audience, then says what will
really happen.

"That's the version you'd put in a board deck.", "Items 1 and 2 are the story for the council
meeting. Day to day, ...", "That deck is what the audit committee should see. The operating plan
underneath is different." The plan before such a label is for show; what follows it is the
candidate's decision, so a committee hears the first plan as taken back. ConText would call the
labelled plan hypothetical: said, not meant.

A label alone is not enough ("the story for the nurses is the time saved" is a communication
plan): it must speak of the version as anyone's ("the version you'd find in a paper") or stand
beside a contrast with how things really go ("Day to day", "underneath", "what I'd actually put on
the calendar"), and what follows it must take a step away (skip, defer, hand off or reverse it).

The plan can also be judged in a sentence of its own and then set against how things go: "That's
the ideal. But let me be honest about the situation.", "That's what I'd pitch. In reality, though,
...". What follows the turn must give a step up (skip, defer or reverse it): a hand-off there is
often the plan's own governance ("the committee can pull it").

The plan can also be disowned outright, pointing back at it: "Having written those three out, I
don't think we build any of them now." A gate kept in the same clause is a plan ("we don't ship
any of it until the silent run passes").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache

if TYPE_CHECKING:
    from mockpm.passages import Reading

# What points back at the plan: "that", "items 1 and 2", "that deck", "all of the above".
_PLAN_REF = (r"(?:that|this|those|these|all\s+(?:of\s+)?(?:that|this)|(?:all\s+of\s+)?the\s+above|"
             r"items?\s+\w+(?:\s+(?:and|to|through|-)\s+\w+)?|(?:that|this|the)\s+(?:deck|plan|version|roadmap|list|slides?|sequence))")
_SHOW = r"(?:version|story|deck|slides?|pitch|narrative|script|talking\s+points)"
_BE = r"(?:\s+(?:is|are|would\s+be)|'s)"
_LABEL = regex_cache.compile(
    # "Items 1 and 2 are the story for the council", "that's the version you'd put in a board deck"
    # "that's the version I'd put on a slide", "that's the version I'd defend in an audit"
    rf"\b{_PLAN_REF}{_BE}\s+(?:(?:the|a|my|our)\s+)?(?:[\w-]+\s+)?{_SHOW}\s+(?:for|you'd|you\s+would|to\s+(?:tell|show|give|present)|"
    rf"(?:I|we)(?:'d|\s+would)\s+(?:put|show|present|pitch|defend|write\s+up|hand|give|take\s+to)\b)\b|"
    # "that deck is what the board's audit committee should see"
    rf"\b{_PLAN_REF}{_BE}\s+what\s+(?:the\s+)?[\w'\s-]{{1,40}}?\s+(?:should|would|wants?\s+to|needs?\s+to|expects?\s+to)\s+(?:see|hear)\b",
    re.IGNORECASE,
)
# The version as anyone's, not the candidate's: "the version you'd find in a paper".
_ANYONES = regex_cache.compile(r"\b(?:you'd|you\s+would)\b", re.IGNORECASE)
# How it really goes, beside the label: its sentence, the one before (often a heading: "What I'd
# actually put on the calendar") or the next two.
_REALLY = regex_cache.compile(
    r"\b(?:actually|really|underneath|day\s+to\s+day|day-to-day|in\s+practice|in\s+reality|(?:is|are|looks?|would\s+be)\s+(?:different|leaner|lighter|simpler|thinner|another\s+(?:story|matter))|"
    # ... or the plan the candidate would live with or run: "The version I'd live with is different."
    r"(?:version|plan)\s+(?:I|we)(?:'d|\s+would)\s+(?:live\s+with|run|ship|execute|operate)|"
    r"the\s+real\s+plan|operating\s+plan|on\s+the\s+(?:calendar|ground))\b",
    re.IGNORECASE,
)
REACH = 2
# Sentences after the label, in its paragraph, that must take something away (a step skipped,
# deferred or handed off, a reversal): a label followed by a change of emphasis takes nothing back.
TAKE_AWAY_REACH = 4
# The paragraph a turn announces is the real plan: read this far into it.
ANNOUNCED_REACH = 6


# The plan judged in a sentence of its own: "That's the ideal.", "That's the plan I believe in.",
# "That's what I'd pitch." (a verdict with more to say, "That's the plan for the first two wards",
# runs past the sentence's short tail).
_VERDICT = regex_cache.compile(
    # (and said to be for an audience: "That's the textbook answer, and it's what I'd say in a design review.")
    rf"[\s*_>-]*(?:and\s+|so\s+)?{_PLAN_REF}{_BE}\s+(?:[\w-]+\s+){{0,3}}?(?:plan|version|ideal|answer|pitch|theory|approach|bar|playbook|textbook|roadmap|strategy|design|sequence|story|end[\s-]state|target\s+state|north\s+star|vision|principle|gold\s+standard)\b"
    rf"(?:,?\s+and\s+(?:it's|that's|it\s+is)\s+what\s+(?:I|you|we)(?:'d|\s+would)\s+(?:say|present|put|write|show)\b[^.!?\n]{{0,50}}|[^.!?\n]{{0,30}})[.!?]|"
    rf"[\s*_>-]*(?:and\s+|so\s+)?(?:that|this){_BE}\s+(?:what|how)\s+(?:I|we)(?:'d|\s+would)\s+(?:pitch|present|recommend|propose|say|write|want|put\s+it|frame\s+it|describe\s+it)\b[^.!?\n]{{0,30}}[.!?]",
    re.IGNORECASE,
)
# ... and the next sentence turns from it to how things go.
# (not a risk to watch or a gap owned: "But here's the risk I'd watch", "But let me be honest about the gap")
_TURNS_TO_REALITY = regex_cache.compile(
    r"[\s*_>(-]*(?:(?:and|so|now),?\s+)?(?!(?:but|though|however|yet)\s+here's\s+(?:the|a|one|what)\b)"
    r"(?![^.!?\n]{0,40}\babout\s+(?:the|my|our)\s+(?:gaps?|weakness\w*|limits?|blind\s+spots?|experience|background|risks?)\b)(?:but|though|however|yet|that\s+said|having\s+said\s+that|then\s+again|"
    r"in\s+(?:reality|practice|real\s+life|the\s+real\s+world)|realistically|honestly|frankly|practically|"
    r"(?:let\s+me|I\s+(?:also\s+)?(?:have|need)\s+to|I\s+must|I'll|I\s+should)\s+(?:also\s+)?be\s+(?:honest|realistic|frank|straight)|(?:to\s+be|being)\s+(?:honest|realistic|frank|practical|pragmatic)|"
    r"if\s+I'm\s+(?:being\s+)?(?:honest|realistic)|the\s+(?:reality|truth)\s+is|I'd\s+be\s+kidding\s+myself|"
    r"here's\s+what\s+(?:would|will)\s+(?:actually|really)\s+happen|what\s+(?:I|we)(?:'d|\s+would)\s+(?:actually|really)\s+do\b|"
    # ... or names the other plan as the one really shown or run: "The one I'd actually present on the main slide is simpler."
    r"the\s+(?:one|version|plan)\s+(?:I|we)(?:'d|\s+would)\s+(?:actually|really)\s+(?:present|show|run|ship|pitch|do|use|put)|"
    r"(?:let\s+me\s+(?:give|tell|show)\s+you|here's|here\s+is)\s+the\s+(?:real|actual|honest|true)\s+(?:one|version|story|plan|answer))\b",
    re.IGNORECASE,
)

# The plan announced at a paragraph's end: "So here's what I'd actually commit the team to for
# phase one.", "So the version I'd actually take forward puts both states first."
_ANNOUNCES = regex_cache.compile(
    r"\b(?:what|the\s+(?:version|plan|roadmap|sequence)(?:\s+that)?)\s+(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+(?:actually|really)\s+\w+|:\s*$", re.IGNORECASE)
# ... or at the next paragraph's start: "So what I'd actually do is turn the drafts on for everyone."
_OPENS_WITH_ACTUAL_PLAN = regex_cache.compile(
    r"[\s*_>-]*(?:(?:so|and|but),?\s+)?(?:here's\s+)?what\s+(?:I|we)(?:'d|\s+would|'ll|\s+will)\s+(?:actually|really)\b", re.IGNORECASE)


def _judged_then_turned(reading: Reading, own, gives_up) -> int | None:  # noqa: ANN001 - as in labelled_at
    """The index of a turn to how things go right after a sentence that judges the plan, when
    the turn or the sentences after it in its paragraph give a step up (skip, defer or reverse it)."""
    text, sentences = reading.text, reading.sentences
    for i in range(1, len(sentences) - 1):
        verdict = _VERDICT.match(text, sentences[i].start)
        if verdict is None or verdict.end() < sentences[i].end - 2 or not own(reading, sentences[i].start):
            continue
        turn = i + 1
        if not _TURNS_TO_REALITY.match(text, sentences[turn].start):
            continue
        last = turn
        while last - turn < TAKE_AWAY_REACH and last + 1 < len(sentences) and not reading.opens_paragraph(last + 1):
            last += 1
        # a paragraph that ends announcing the plan ("So here's what I'd actually commit the team
        # to:") hands its reach to the paragraph it announces, as does one the next paragraph
        # answers ("So what I'd actually do is ...")
        if last + 1 < len(sentences) and reading.opens_paragraph(last + 1) and (
                _ANNOUNCES.search(text, sentences[last].start, sentences[last].end)
                or _OPENS_WITH_ACTUAL_PLAN.match(text, sentences[last + 1].start)):
            last = ahead = last + 1
            while last - ahead < ANNOUNCED_REACH - 1 and last + 1 < len(sentences) and not reading.opens_paragraph(last + 1):
                last += 1
        if gives_up(reading, sentences[turn].start, sentences[last].end):
            return turn
    return None


def labelled_at(reading: Reading, own, takes_away, gives_up) -> int | None:  # noqa: ANN001 - callables, see below
    """The index of the first sentence that labels the plan before it as the version for show,
    with the candidate's real plan after it taking something away; None when there is none.
    ``own(reading, pos)``: whether a position is in the candidate's own voice;
    ``takes_away(reading, a, b)``: whether the text ``a:b`` skips, defers, hands off or reverses a step;
    ``gives_up``: the same without hand-offs, for a plan judged and then turned from."""
    text, sentences = reading.text, reading.sentences
    for m in _LABEL.finditer(text):
        i = reading.sentence_index(m.start())
        if i == 0 or i + 1 >= len(sentences) or not own(reading, m.start()):
            continue  # nothing before it to take back, or nothing after it to be the plan
        lo, hi = max(0, i - 1), min(len(sentences) - 1, i + REACH)
        if not (_ANYONES.search(m.group(0)) or _REALLY.search(text, sentences[lo].start, sentences[hi].end)):
            continue
        # what follows the label in its paragraph, not the label itself ("That's the story for the
        # CMIO: you go live on the date, on one unit" is the story told)
        last = i
        while last - i < TAKE_AWAY_REACH and last + 1 < len(sentences) and not reading.opens_paragraph(last + 1):
            last += 1
        if last > i and takes_away(reading, sentences[i + 1].start, sentences[last].end):
            return i
    return _judged_then_turned(reading, own, gives_up)


# "I don't think we build any of them now", "we wouldn't actually do most of that." The clause ends
# there: "we don't ship any of it to all four sites at once" or "we don't keep any of it beyond 30
# days" is a plan about how, not a plan disowned.
_DISOWNS = regex_cache.compile(
    r"\b(?:I|we)\s+(?:(?:don't|do\s+not)\s+think\s+(?:we|I)(?:'d|\s+would|'ll|\s+will)?|won't|wouldn't|will\s+not|would\s+not|"
    r"aren't\s+going\s+to|am\s+not\s+going\s+to|'m\s+not\s+going\s+to|don't|do\s+not)\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?:build|do|ship|run|fund|staff|start|make|pursue|implement|bother\s+with)\s+(?:any|all|most|much|either|half)\s+of\s+"
    r"(?:them|those|these|that|this|it|the\s+above)(?:\s+(?:now|right\s+now|for\s+now|at\s+all|anymore|yet))?\s*(?:[.;!?)]|$|,\s+(?:and|so|but)\b)|"
    # ... or the plan said not to apply: "Then honestly, most of the above stops applying."
    r"\b(?:most|all|much|half|the\s+rest)\s+of\s+(?:the\s+above|that|this|it|my\s+plan|the\s+plan)\s+(?:stops\s+applying|no\s+longer\s+applies|"
    r"(?:doesn't|does\s+not)\s+(?:really\s+)?apply|goes\s+out\s+(?:of|the)\s+window|is\s+moot|can\s+go)\b",
    re.IGNORECASE,
)
# A gate anywhere in the sentence keeps the plan: "Without that legal basis, we don't run any of it."
_GATED = regex_cache.compile(r"\b(?:without|until|unless|before|if|except|till|while|once)\b", re.IGNORECASE)


def disowned_at(reading: Reading, own) -> int | None:  # noqa: ANN001 - as in labelled_at
    """The index of the first sentence that disowns the plan before it; None when none does."""
    text = reading.text
    for m in _DISOWNS.finditer(text):
        i = reading.sentence_index(m.start())
        sentence = reading.sentences[i]
        if i and own(reading, m.start()) and not _GATED.search(text, sentence.start, sentence.end):
            return i
    return None


# The plan offered as an opening position and traded away: "My starting plan would be the
# disciplined one: ...", "That's my opening position in the roadmap review." ... "So my commitment:
# go live on all adult wards in week 12". The opening is what the candidate would walk in with and
# the closing commitment what they would do; the concessions between give the plan up.
_OPENING = regex_cache.compile(
    r"\b(?:my|our)\s+(?:starting|opening|initial)\s+(?:plan|position|design|proposal|stance|offer|version|point)\b|"
    r"\bthat's\s+(?:my|the)\s+(?:opening|starting)\s+(?:position|plan|point|offer|design)\b|"
    r"\bthe\s+plan\s+(?:I|we)(?:'d|\s+would)\s+walk\s+in(?:to\s+[\w\s'-]{1,30}?)?\s+with\b",
    re.IGNORECASE,
)
# ... the commitment, opening a later paragraph: "So my commitment:", "So the roadmap I'd commit to:"
_COMMITMENT = regex_cache.compile(
    r"[\s*_>-]*so,?\s+(?:(?:my|the|our)\s+(?:final\s+)?(?:commitment|plan|roadmap|recommendation|position)\b|"
    r"what\s+(?:I|we)(?:'d|\s+would)\s+commit\s+to\b|where\s+(?:I|we)(?:'d|\s+would)\s+(?:land|end\s+up|settle)\b)",
    re.IGNORECASE,
)


def superseded_at(reading: Reading, own, gives_up) -> int | None:  # noqa: ANN001 - as in labelled_at
    """The index of the first sentence after an opening position's paragraph, when a later
    paragraph opens with the commitment and the text between them gives a step up (skips, defers
    or reverses it); None otherwise. A position defended through the pushback keeps the plan."""
    text, sentences = reading.text, reading.sentences
    opening = next((m for m in _OPENING.finditer(text) if own(reading, m.start())), None)
    if opening is None:
        return None
    after = reading.sentence_index(opening.start()) + 1
    while after < len(sentences) and not reading.opens_paragraph(after):
        after += 1
    for k in range(after + 1, len(sentences)):
        if (reading.opens_paragraph(k) and _COMMITMENT.match(text, sentences[k].start) and own(reading, sentences[k].start)
                and gives_up(reading, sentences[after].start, sentences[k].start)):
            return after
    return None
