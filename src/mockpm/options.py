"""A menu of options, and which of them the candidate chose.

A sentence can be a menu too: "Options include launching broadly, a pilot or a silent run",
"Possible safeguards include human review, validation and monitoring", "There are several
personas: nurses, physicians, patients". It inventories what could be done or who is involved
and decides nothing; its items are listed, unless the same sentence picks one.

"Conservative: silent mode. Balanced: reorder the worklist. Aggressive: page the ED." lays out
what could be done; unless the answer then picks one ("I'd go with balanced"), none of it is
the candidate's plan, however specific each option is. Options left unchosen are listed, not
committed (the stance a topic lead-in gives its items). When the answer names its pick ("I'd
choose C"), or picks an option where it sets it out ("Option C: ... This is where I land.",
"Option D (chosen):"), the other options were set out to be turned down: reported, neither a
step nor a call.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm.stance import LISTED, REPORTED, Scope

if TYPE_CHECKING:
    from mockpm.passages import Reading, Sentence

# An item that opens as one of several options: "*Conservative:*", "Option B -", "Path 2:".
_CONCLUDING = r"(?:(?:so|then|finally|instead|therefore),?\s+)?"
_OPTION = regex_cache.compile(
    r"[ \t>]*(?:[-*+•]|\d+[.)])?[ \t]*[*_]*" + _CONCLUDING + r"(?:"
    r"(?:option|path|approach|alternative|scenario|choice)\s*(?:[a-d1-4]|one|two|three|four)\b|(?-i:[A-D])\s*[:.)][*_]*\s|"
    # ... or by its place: "In the first, I'd ...", "The second way:"
    r"(?:in\s+)?the\s+(?:first|second|third|fourth)(?:\s+(?:option|path|approach|way|version|scenario|route))?\s*(?:[,:]|is\s+to\b)|"
    r"(?:conservative|cautious|balanced|moderate|middle(?:\s+ground)?|aggressive|ambitious|bold|minimal|maximal|"
    r"light|heavy|low-risk|high-risk|medium)\s*[*_]*\s*[:\-–—]"
    r")",
    re.IGNORECASE,
)
# The candidate choosing: "I'd go with", "my recommendation is", "I recommend", "we pick B".
_CHOICE = regex_cache.compile(
    r"\b(?:(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+(?:pick|choose|recommend|go\s+with|opt\s+for|back|lean\s+(?:toward|towards|to))|"
    r"my\s+(?:pick|call|choice|recommendation|vote|preference)|recommendation:|(?:I|we)\s+(?:prefer|recommend))\b",
    re.IGNORECASE,
)
# The pick, by its label: "I'd choose C", "my recommendation is option 2", "we go with balanced".
_PICK = regex_cache.compile(
    r"\b(?:(?:I|we)(?:'d|\s+would|'ll|\s+will)?\s+(?:choose|pick|go\s+with|recommend|take|opt\s+for)|"
    r"my\s+(?:pick|recommendation|choice|vote)\s+is|"
    # "So the one I commit to is four", "I commit to option C"
    r"the\s+one\s+(?:I|we)(?:'d|\s+would)?\s+(?:commit\s+to|pick|choose|go\s+with|back)\s+is|(?:I|we)(?:'d|\s+would)?\s+commit\s+to)"
    r"\s+(?:option\s+|path\s+|approach\s+|number\s+)?(?:the\s+)?([\w-]+)",
    re.IGNORECASE,
)
# The option an item is, picked where it is set out: "Option C: ... This is where I land", "Option
# three, which I'd go with: ...", "That's my pick", or an option that concludes the weighing ("So,
# Option D, staged by tier:").
_PICKED_HERE = regex_cache.compile(
    r"\b(?:(?:this|that)(?:'s|\s+is)\s+(?:where\s+(?:I|we)\s+(?:land|come\s+down|end\s+up)|"
    r"what\s+(?:I|we)(?:'d|\s+would)\s+(?:do|pick|choose|recommend|go\s+with)|"
    r"the\s+one\s+(?:I|we)(?:'d|\s+would)?\s+(?:commit\s+to|pick|choose|go\s+with|recommend|back)|"
    r"my\s+(?:pick|choice|call|recommendation|preference))|"
    r"which\s+(?:I|we)(?:'d|\s+would)\s+(?:go\s+with|pick|choose|recommend)|"
    r"(?:I|we)(?:'d|\s+would)\s+(?:go\s+with|pick|choose)\s+(?:this|that)(?:\s+one)?)\b|"
    # ... or marked so in its label: "Option D (chosen):", "Option C - recommended:"
    r"[(\[][ \t]*(?:chosen|picked|selected|recommended|preferred|my\s+(?:pick|choice|recommendation))[ \t]*[)\]]|"
    r"[\-\u2013\u2014,][ \t]*(?:chosen|picked|selected|recommended|preferred|my\s+(?:pick|choice|recommendation))[ \t]*[:.]",
    re.IGNORECASE,
)
_CONCLUDING_ITEM = regex_cache.compile(r"[ \t>]*(?:[-*+•]|\d+[.)])?[ \t]*[*_]*(?:so|therefore),?\s+", re.IGNORECASE)
# Options counted by bare number words ("One: a warning ... Two: ... Three: ..."), taken as a menu
# only when they are set out as ways to go and the answer picks one of them: numbered points are
# as often the candidate's own plan ("I'd take four commitments to the board. One: ...").
_NUMBER_WORDS = ("one", "two", "three", "four", "five")
_NUMBER_WORD_ITEM = regex_cache.compile(r"[ \t>]*[*_]*(one|two|three|four|five)[*_]*\s*[:\-\u2013\u2014][*_]*\s", re.IGNORECASE)
# ... "There are four obvious ways to go, and I want to rule some out properly"
_MENU_LEAD_IN = regex_cache.compile(r"\b(?:ways|options|alternatives|approaches|paths|choices|routes|possibilities)\b", re.IGNORECASE)
# A sentence that opens by inventorying options or the people involved. Safeguards, steps and
# the like are inventoried only when qualified as possible ("Tier 1 safeguards include a
# double read" is a plan), people when they are the key ones or included ("First customers are
# paid pilots" is a plan).
_MENU_NOUNS = r"options|alternatives|choices|possibilities|paths|approaches|directions"
_PEOPLE_NOUNS = r"stakeholders|personas|user\s+groups|customers|constituencies"
_MAYBE_NOUNS = r"solutions|safeguards|mitigations|interventions|initiatives|ideas|features|levers|fixes|steps|tactics|remedies|controls"
# "There are several:", "a range of options", "a few stakeholders"
_VAGUE_COUNT = r"a\s+(?:range|number|set|menu|handful|variety|few)\s+of|several|many|multiple|various|a\s+few"
_IS_LIST = r"(?:include|are(?!\s+(?:\w+ly\s+)?(?:\w+ed|not|all|clear|limited|few|ready|happy|on|in|at|to|the\s+same)\b)|(?:could|might|would)\s+include)\b"
_INVENTORY = regex_cache.compile(
    r"[ \t>]*(?:[-*+•]|\d+[.)])?[ \t]*[*_]*(?:(?:first|then|next|so|and|here|now),\s+)?(?:"
    rf"there(?:'s|\s+is|\s+are)\s+(?:(?:{_VAGUE_COUNT})\s*:|"
    rf"(?:(?:{_VAGUE_COUNT}|two|three|four|five|six|\d+)\s+)?"
    rf"(?:(?:(?:possible|potential|key|main|different|distinct)\s+)?(?:{_MENU_NOUNS}|{_PEOPLE_NOUNS})|(?:possible|potential)\s+(?:{_MAYBE_NOUNS}))\b"
    r"\s*(?::|\s+(?:here|to\s+consider)\s*:))|"
    rf"(?:the\s+)?(?:(?:key|main|primary|relevant|possible|potential|candidate|available)\s+)?(?:{_MENU_NOUNS})\s+{_IS_LIST}|"
    rf"(?:the\s+)?(?:(?:key|main|primary|relevant)\s+(?:{_PEOPLE_NOUNS})\s+{_IS_LIST}|(?:{_PEOPLE_NOUNS})\s+include\b)|"
    rf"(?:the\s+)?(?:possible|potential|candidate|available)\s+(?:{_MAYBE_NOUNS})\s+{_IS_LIST}|"
    rf"(?:let's\s+|I'd\s+|we\s+)?list\s+(?:the\s+|all\s+)?(?:(?:candidate|possible|potential)\s+)?(?:{_MENU_NOUNS}|{_PEOPLE_NOUNS}|{_MAYBE_NOUNS})\s*:"
    r")",
    re.IGNORECASE,
)
# ... unless the sentence makes a call of its own on them ("..., and I'd assign them per tier") or
# gives the people listed a part ("..., and each of them signs the go-live checklist").
_OWN_CALL = regex_cache.compile(
    r"\b(?:I|we)(?:'d|'ll|\s+would|\s+will)\s+(?!not\b|never\b)\w+|\b(?:each|all|both|every\s+one)\s+of\s+them\b|"
    r"\bwho\s+(?:will|must|'ll|signs?|owns?|approves?|reviews?|decides?|chairs?)\b", re.IGNORECASE)
_LABEL = regex_cache.compile(r"[ \t>]*(?:[-*+•]|\d+[.)])?[ \t]*[*_]*" + _CONCLUDING + r"(?:(?:in\s+)?the\s+(?=(?:first|second|third|fourth)\b))?(?:(?:option|path|approach|alternative|scenario|choice)\s*)?([\w-]+)", re.IGNORECASE)
# A menu introduced as what fails ("three ways I've seen teams try this, because each fails"): unless
# the answer picks one of them, every option is set out to be turned down.
_FAILING_MENU = regex_cache.compile(
    r"\b(?:fails?|failed|go(?:es)?\s+wrong|tempting|traps?|mistakes?|pitfalls?|anti-?patterns?|(?:don't|doesn't|won't)\s+work)\b",
    re.IGNORECASE)
# Fewer options than this is a contrast ("conservative: X; what I'd do: Y"), not a menu.
MIN_OPTIONS = 3
# An unchosen menu is the answer when its items fill this share of the sentences.
MENU_SHARE = 0.3


# A lettered label over a short heading on a line of its own heads a section, not an option:
# "A) Regulatory classification" ... "B) Quality and organisation".
_LETTERED_HEADING = regex_cache.compile(r"[ \t>]*(?:[-*+•]|\d+[.)])?[ \t]*[*_]*(?-i:[A-D])\s*[:.)][*_]*[ \t]+(?:[^\s.!?:]+[ \t]+){0,4}[^\s.!?:]+[*_]*[ \t]*\n")


def _is_option(text: str, start: int) -> bool:
    return _OPTION.match(text, start) is not None and _LETTERED_HEADING.match(text, start) is None


# Options set out inside one sentence and picked by their letter: "Options: (a) both states
# together in Q2; (b) one state at a time once licensure is done. Chosen: (b)." The options not
# chosen were set out to be turned down.
_INLINE_MENU = regex_cache.compile(r"\b(?:options?|alternatives|choices)\s*:", re.IGNORECASE)
_INLINE_ITEM = regex_cache.compile(r"\(([a-d1-4])\)", re.IGNORECASE)
_INLINE_PICK = regex_cache.compile(
    r"\b(?:chosen|choice|decision|picked|pick|recommendation|verdict|my\s+call|call(?=\s*:)|(?:we|I)(?:'d|\s+would|'ll)?\s+(?:go\s+with|choose|pick|take))"
    r"\s*[:\-\u2013\u2014]?\s*(?:option\s+)?\(([a-d1-4])\)", re.IGNORECASE)
INLINE_PICK_REACH = 2  # sentences after the menu the pick may come in


def _mark_inline_menus(reading: Reading) -> None:
    text = reading.text
    for i, s in enumerate(reading.sentences):
        lead = _INLINE_MENU.search(text, s.start, s.end)
        if lead is None:
            continue
        items = list(_INLINE_ITEM.finditer(text, lead.end(), s.end))
        # (a stance the lead's own label carries, "Options: ...", reaches none of the items)
        if len(items) < 2 or (s.label_scope is not None and s.label_scope.end > items[0].start()):
            continue
        pick = _INLINE_PICK.search(text, items[-1].end(), s.end)
        for j in range(i + 1, min(i + 1 + INLINE_PICK_REACH, len(reading.sentences))):
            if pick is not None or reading.opens_paragraph(j):
                break
            pick = _INLINE_PICK.search(text, reading.sentences[j].start, reading.sentences[j].end)
        if pick is None:
            continue
        chosen = next((k for k, m in enumerate(items) if m.group(1).lower() == pick.group(1).lower()), None)
        if chosen is None:
            continue
        # (one scope per sentence: the items before the pick, or those after it when it comes first)
        if chosen:
            start, stop = items[0].start(), items[chosen].start()
        else:
            start, stop = items[1].start(), min(pick.start(), s.end)
        s.label_scope = Scope(start, stop, REPORTED)


def mark(reading: Reading) -> None:
    """Mark the options of an answer that lays out a menu and never chooses as listed."""
    text = reading.text
    _mark_inline_menus(reading)
    for s in reading.sentences:
        if _INVENTORY.match(text, s.start) and not _CHOICE.search(text, s.start, s.end) \
                and not _OWN_CALL.search(text, s.start, s.end):
            _carry_one(s, LISTED)
    items = [i for i, s in enumerate(reading.sentences) if _is_option(text, s.start)]
    by_number = len(items) < MIN_OPTIONS
    if by_number:
        items = [i for i, s in enumerate(reading.sentences) if _NUMBER_WORD_ITEM.match(text, s.start)]
        if len(items) < MIN_OPTIONS or not _led_in(reading, items[0], _MENU_LEAD_IN):
            return
    labels = {i: m.group(1).lower() for i in items if (m := _LABEL.match(text, reading.sentences[i].start))}
    named = {m.group(1).lower() for m in _PICK.finditer(text)}  # the labels a pick names anywhere
    # (a pick made where its option is set out outweighs a label named elsewhere: "before I pick one")
    picks = _picked_where_set_out(reading, items, labels)
    if len(picks) != 1:
        picks = (named | picks) & set(labels.values())
    if by_number:
        if len(picks) == 1:
            _carry(reading, items, REPORTED, skip=picks, labels=labels)
        elif not picks and named & set(_NUMBER_WORDS):  # the pick is one not set out here ("So the one I commit to is four")
            _carry(reading, items, REPORTED)
        return
    if not picks and _introduced_as_failing(reading, items[0]):
        _carry(reading, items, REPORTED)  # (one of them picked, they were not all set out to fail)
        return
    if len(set(labels.values())) < MIN_OPTIONS and not picks:
        return  # two labels used again and again, none picked, name workstreams or owners ("A: migrate ... B: launch ... A: pilot")
    if not picks and not _CHOICE.search(text):
        # ... when the menu is the answer: a few options weighed inside a plan that decides
        # elsewhere ("the reviewer's sign-off is a gate") are part of that plan.
        if len(_spans(reading, items)) >= MENU_SHARE * len(reading.sentences):
            _carry(reading, items, LISTED)
        return
    if len(picks) == 1:
        _carry(reading, items, REPORTED, skip=picks, labels=labels)


def _picked_where_set_out(reading: Reading, items: list[int], labels: dict[int, str]) -> set[str]:
    """The labels of the options picked in their own item (see _PICKED_HERE)."""
    out = set()
    for k, i in enumerate(items):
        stop = items[k + 1] if k + 1 < len(items) else len(reading.sentences)
        for j in range(i, stop):
            s = reading.sentences[j]
            if j > i and reading.opens_paragraph(j):
                break
            if _PICKED_HERE.search(reading.text, s.start, s.end) or (j == i and _CONCLUDING_ITEM.match(reading.text, s.start)):
                if i in labels:
                    out.add(labels[i])
                break
    return out


def _introduced_as_failing(reading: Reading, first: int) -> bool:
    """Whether the sentences leading into the first option, back to the start of their paragraph,
    introduce the options as what fails (see _FAILING_MENU)."""
    return _led_in(reading, first, _FAILING_MENU)


def _led_in(reading: Reading, first: int, lead_in: re.Pattern[str]) -> bool:
    """Whether a sentence leading into the first item, back to the start of its paragraph, matches ``lead_in``."""
    j = first - 1
    while j >= 0:
        s = reading.sentences[j]
        if lead_in.search(reading.text, s.start, s.end):
            return True
        if reading.opens_paragraph(j):
            return False
        j -= 1
    return False


def _spans(reading: Reading, items: list[int], skip: set[str] = frozenset(),
           labels: dict[int, str] | None = None) -> list[int]:
    """The sentences of the option items (but the ``skip``-labelled ones): each item runs to the
    next item, a new paragraph or the pick."""
    out = []
    for k, i in enumerate(items):
        if labels is not None and labels.get(i) in skip:
            continue
        stop = items[k + 1] if k + 1 < len(items) else len(reading.sentences)
        for j in range(i, stop):
            s = reading.sentences[j]
            if j > i and (reading.opens_paragraph(j) or _PICK.search(reading.text, s.start, s.end)):
                break
            out.append(j)
    return out


def _carry(reading: Reading, items: list[int], stance: str, skip: set[str] = frozenset(),
           labels: dict[int, str] | None = None) -> None:
    for j in _spans(reading, items, skip, labels):
        _carry_one(reading.sentences[j], stance)


def _carry_one(s: Sentence, stance: str) -> None:
    if s.carried is None:
        s.carried = stance
        if s.scopes is not None:  # read before the menu was known
            s.scopes.append(Scope(s.start, s.end, stance))
