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
- ``reported``: someone else's words, a straw man, a counterfactual ("a weak PM would skip it")
- ``listed``: topics under a lead-in that names them without deciding ("Key points:")
- ``gated``: inside a rule ("never launch without chart review"), a commitment

A negation then a gate ("never launch *without* chart review") asserts what follows the gate;
a negated dismissal ("*not optional*", "don't skip") is a pseudo-trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from mockpm.attributive import attributive
from mockpm.exposure import deferred_gates
from mockpm.keywords import LoweredPattern
from mockpm.refusal_lists import refused_items
from mockpm.stance_context import (
    _ADDITION, _CARE_RECIPIENT, _COMMITTED_NOW, _CONJUNCT_BEFORE, _CONSEQUENCE_BEFORE, _CONTRAST, _PURPOSE_BEFORE,
    _AGENT_BEFORE, _CONTROL_BEFORE, _ENDS_IN_CONDITION, _HIDING,
    _IF_CLAUSE, _MODAL_BEFORE, _NOUN_NEXT, _NO_CLAUSE_VERB, _NO_OBJECT, _PAST, _PREPOSITION_BEFORE, _PSEUDO, _RELATIVE,
    _ADOPTED, _ELIDED_POSSESSION, _OBJECT_NAMED, _PROVISO, _REASON_SUBJECT, _TARGET_NO, after_condition, asked_of, in_if_clause, quoted_word, singular_subject,
)
from mockpm.lead_in_lexicon import _SELF_ASSESSMENT, _TOPIC_LEAD_IN, LISTED
from mockpm.own_part import own_part_after
from mockpm.reported_lexicon import _REPORTED_FORWARD, REPORTED
from mockpm import regex_cache, stance_cost_lexicon as cost, stance_motive_lexicon as motive
from mockpm.stance_scope_lexicon import (
    _CLAUSE_BOUNDARY, _COORDINATED_CLAUSE, _REFUSED_CONJUNCT, _COST_VERB_BEFORE, _ELIDED, _GATE, _NEGATED_TRIGGER, _NEW_CLAUSE, _OWN_CLAUSE, _SEMI, _SUBJECT_VERB, _MAIN_VERB_AFTER_WITHOUT, _TERMINATION, _TERMINATION_BACK, _VERB_CONJUNCT,
)
from mockpm.stance_lexicon import (
    _BACKWARD, _BARE_DEFERRAL, _CLAUSE_WIDE, _CONDITION, _FORWARD, _MONITORING, _SOFT_DEFERRED, BARE_WINDOW,
    DEFERRED, DISMISSED, NEGATED, OTHERS,
)

ASSERTED = "asserted"
# Inside a rule ("never launch without chart review", "we'd never double-book until ..."): a
# commitment for a strength, but no red flag: the candidate rules the bad thing out.
GATED = "gated"
# Stances that count as brushing a step aside (the core red flag for safety steps reads these).
BRUSHED_OFF = frozenset({DISMISSED, DEFERRED, OTHERS})
COMMITTED = frozenset({ASSERTED, GATED})

FORWARD_WINDOW = 12  # words
BACKWARD_WINDOW = 14
# Scopes are read within this many characters of their trigger, so a run-on "sentence" of a
# hundred thousand words costs no more per trigger than a real one.
WINDOW_CHARS = 400

_FORWARD_RE = [(s, LoweredPattern(p)) for s, p in _FORWARD + cost.COST_FORWARD]
_REPORTED_RE = LoweredPattern(_REPORTED_FORWARD)
_CLAUSE_WIDE_RE = [(s, LoweredPattern(p)) for s, p in _CLAUSE_WIDE + cost.COST_CLAUSE_WIDE + motive.MOTIVE_CLAUSE_WIDE]
_BACKWARD_RE = [(s, LoweredPattern(p)) for s, p in _BACKWARD + cost.COST_BACKWARD + motive.MOTIVE_BACKWARD]
_WORD = regex_cache.compile(r"\S+")


def _escalates(text: str, b: int, end: int) -> bool:
    """Whether a hand-off trigger ending at ``b`` names a clinical service as its recipient."""
    return _CARE_RECIPIENT.match(text, b, min(end, b + 60)) is not None


def _past_item_done_now(text: str, begin: int, a: int) -> int:
    """Where a scope reaching back from ``a`` starts once an earlier list item committed to "now"
    is left out: in "SOC 2 audit now, HITRUST later" only HITRUST is put off."""
    comma = text.rfind(",", begin, a)
    return comma + 1 if comma != -1 and _COMMITTED_NOW.search(text, begin, comma) else begin


@dataclass(frozen=True)
class Scope:
    start: int
    end: int
    stance: str
    # A cancelled trigger ("not a nice-to-have") negates its own words, not what it modifies.
    overlap: bool = False
    trigger: tuple[int, int] | None = None  # where the trigger's own words stand
    wide: bool = False  # a clause-wide cue: it reads the sentence's topic, not one item


# "what I would not do:", "we won't build:": a verb with no object of its own introduces the list.
_BARE_VERB_BEFORE_COLON = regex_cache.compile(r"[\s*_]*(?:\w+\s+)?(?:do|build|use|ship|add|try|touch|want|recommend|include|offer)[\s*_]*", re.IGNORECASE)


# A title of a few words over its body ("Fairness after launch. Coordinators re-check 40 negatives a
# month.") names a phase; the body's first sentence says whether it measures anything.
TITLE_WORDS = 5
_BODY_SENTENCE = regex_cache.compile(r"[ \t]*\n?[ \t]*[^.!?\n]{1,300}")
_MEASURES = regex_cache.compile(r"\b(?:monitor|track|measur|audit|review|watch|compar|check|stratif)\w*", re.IGNORECASE)


def _measured(text: str, start: int, end: int) -> bool:
    """Whether a soft deferral's sentence (or, for a title, the sentence under it) measures."""
    if _MONITORING.search(text, start, end):
        return True
    if len(_WORD.findall(text, start, end)) > TITLE_WORDS:
        return False
    body = _BODY_SENTENCE.match(text, end)  # (its verbs, not any number: "Launch to 40 clinics." measures nothing)
    return body is not None and _MEASURES.search(text, body.start(), body.end()) is not None


def _clip_forward(text: str, pos: int, end: int, past_bare_verb: bool = False) -> int:
    """End of a forward scope from ``pos``: the first termination term, gate or window end."""
    end = min(end, pos + WINDOW_CHARS)  # a window of words never needs more text than this
    limit = end
    words = list(_WORD.finditer(text, pos, end))
    if len(words) > FORWARD_WINDOW:
        limit = words[FORWARD_WINDOW - 1].end()
    bar = text.find("|", pos, limit)  # a table cell ends it: the next cell is another column's say
    limit = bar if bar >= 0 else limit
    m = _TERMINATION.search(text, pos, limit)
    between = text[pos:m.start()] if m is not None else ""
    if m is not None and m.group(0) == ":" and (not between.strip(" *_") or (past_bare_verb and _BARE_VERB_BEFORE_COLON.fullmatch(between))):
        # A trigger that introduces its object ("What I give up: the big-bang launch", "Skipped:
        # silent mode") reaches past its colon; a negation does past a short verb phrase too ("what
        # I would not do: gamification"), a label does not ("**Deferred:** remote monitoring" is a plan).
        m = _TERMINATION.search(text, m.end(), limit)
    return m.start() if m else limit


def last_verb_phrase(text: str, begin: int, pos: int) -> int:
    """Where the last of coordinated verb phrases between ``begin`` and ``pos`` starts: a time cue
    after them is its own ("start it in silent mode and switch it on after go-live")."""
    return max((m.start() for m in _VERB_CONJUNCT.finditer(text, begin, pos)), default=begin)


def _clip_backward(text: str, start: int, pos: int) -> int:
    """Start of a backward scope ending at ``pos``: after the last termination term."""
    start = max(start, pos - WINDOW_CHARS)
    begin = start
    words = list(_WORD.finditer(text, start, pos))
    if len(words) > BACKWARD_WINDOW:
        begin = words[-BACKWARD_WINDOW].start()
    last = None
    for m in _TERMINATION_BACK.finditer(text, begin, pos):
        last = m
    return last.end() if last else begin


_PSEUDO_RE = LoweredPattern(_PSEUDO.pattern)
_BARE_RE = LoweredPattern(_BARE_DEFERRAL.pattern)
_SOFT_RE = LoweredPattern(_SOFT_DEFERRED.pattern)


class Triggers:
    """Every trigger match in a stretch of an answer (a sentence, or the whole text)."""

    def __init__(self, text: str, start: int = 0, end: int | None = None, lowered: str | None = None) -> None:
        stop = len(text) if end is None else end
        # Matching lower-cased text with lower-cased patterns is twice as fast as IGNORECASE;
        # only where lower-casing keeps every offset (it does not for a few letters, e.g. "İ").
        fast = lowered if lowered is not None and len(lowered) == len(text) else None

        def found(pattern: LoweredPattern) -> list[tuple[int, int, str]]:
            return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text, fast, start, stop)]

        self.pseudo = found(_PSEUDO_RE)
        self.backward = [(stance, found(p)) for stance, p in _BACKWARD_RE]
        self.forward = [(stance, found(p)) for stance, p in _FORWARD_RE]
        self.bare = found(_BARE_RE)
        self.soft = found(_SOFT_RE)
        self.wide = [(stance, found(p)) for stance, p in _CLAUSE_WIDE_RE]
        self.reported = found(_REPORTED_RE)
        self.lowered = fast

    @staticmethod
    def within(hits: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_left(hits, (start,))
        out = []
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                out.append(hits[i])
            i += 1
        return out


def denied_before(text: str, start: int, a: int) -> bool:
    """Whether a negator or a refusal in its clause, within the sentence from ``start``, denies
    the words at ``a`` ("never skip", "refuse outright to skip")."""
    before = text[max(start, a - 70):a]
    clause = _TERMINATION.split(before)[-1] if _TERMINATION.search(before) else before
    return _NEGATED_TRIGGER.search(clause) is not None


def scopes(text: str, start: int, end: int, triggers: Triggers | None = None) -> list[Scope]:
    """Every trigger scope in the sentence ``text[start:end]``, in text offsets."""
    trig = triggers or Triggers(text, start, end)
    within = Triggers.within
    found: list[Scope] = []
    pseudo = [(a, b) for a, b, _ in within(trig.pseudo, start, end)]

    def is_pseudo(a: int, b: int) -> bool:
        return any(pa <= a < pb for pa, pb in pseudo) or quoted_word(text, a, b)

    def negated_trigger(a: int) -> bool:
        return denied_before(text, start, a)

    backward = [(stance, within(hits, start, end)) for stance, hits in trig.backward]
    forward = [(stance, within(hits, start, end)) for stance, hits in trig.forward]
    brush = [a for stance, hits in (*backward, *forward) if stance in (DISMISSED, DEFERRED) for a, _, _ in hits]
    deferral_verbs = [(a, b) for stance, hits in forward if stance == DEFERRED for a, b, _ in hits]

    def past_deferral_verb(begin: int, ma: int) -> int:
        # A time cue after a deferral verb and its object is the verb's: in "run the audit now and
        # revisit pricing next year" pricing is put off, not the audit ("... and revisit it next year" refers back).
        return max((a for a, b in deferral_verbs if begin <= a and b < ma and _OBJECT_NAMED.match(text, b, ma)), default=last_verb_phrase(text, begin, ma))
    dismiss_spans: list[tuple[int, int]] = []
    # What a backward negation argues against ("skipping silent mode risks a missed case"): a
    # dismissal inside it is the move rejected, so it waves nothing away.
    argued: list[tuple[int, int]] = []
    for stance, hits in backward:
        for ma, mb, _ in hits:
            if is_pseudo(ma, mb):
                continue
            if stance != OTHERS and negated_trigger(ma):
                found.append(Scope(ma, mb, NEGATED, overlap=True))
                continue
            if stance == DISMISSED and attributive(text, start, ma, mb):
                continue
            begin = _clip_backward(text, start, ma)
            if stance == DISMISSED and _COST_VERB_BEFORE.search(text, max(begin, ma - 30), ma):
                for b in _COORDINATED_CLAUSE.finditer(text, begin, ma):
                    begin = b.end()  # the cost is the clause's own subject's
            if stance == DISMISSED and _ADDITION.match(text, begin, ma):
                continue  # "a second reviewer isn't needed": an addition declined, the step itself kept
            if stance == OTHERS and (_CARE_RECIPIENT.search(text, ma, mb) or own_part_after(text, mb, end)):
                continue  # "is up to the nurse manager"; "is their call; my job is to bring them a design"
            if stance == OTHERS and _PREPOSITION_BEFORE.search(text, max(start, ma - 40), ma):
                continue  # "training through a friend's clinic job" hands nothing off
            if stance == OTHERS and _CONTROL_BEFORE.search(text, max(start, ma - 40), ma):
                continue  # "the kill switch sits with the informatics lead": an owner named, not work handed off
            if stance == OTHERS and _ELIDED_POSSESSION.search(text, max(start, ma - 40), mb):
                continue  # "on the hospital's calendar, not ours": their calendar, no duty handed off
            if (stance == DISMISSED and not text[ma:mb].lower().startswith("if") and _IF_CLAUSE.search(text, start, ma)
                    and text.find(",", mb, end) != -1):
                continue  # "if lead time is negligible, it doesn't launch": a gate's condition
            if stance != OTHERS and not text[ma:mb].lower().startswith("if"):
                begin = after_condition(text, start, begin, ma)
            if stance == DEFERRED:
                begin = past_deferral_verb(begin, ma)
            dismiss_spans.append((ma, mb))
            if stance in (DISMISSED, DEFERRED) and text[ma:mb].lower().startswith("if"):
                # A condition waves off the item it follows, not the list before it: "SOC 2 audit
                # now, HITRUST later if customers insist" leaves the SOC 2 audit a commitment.
                begin = _past_item_done_now(text, begin, ma)
            elif stance == DISMISSED:
                begin = singular_subject(text, begin, ma, mb)
            if stance == NEGATED:
                argued.append((begin, ma))
            found.append(Scope(begin, ma, stance, trigger=(ma, mb)))
    for ma, mb, _ in within(trig.bare, start, end):
        if is_pseudo(ma, mb) or negated_trigger(ma):
            continue
        if _CONJUNCT_BEFORE.search(text, max(start, ma - 8), ma) and _NOUN_NEXT.match(text, mb):
            continue
        if _CONSEQUENCE_BEFORE.search(text, max(start, ma - 16), ma) and _NOUN_NEXT.match(text, mb):
            continue  # "a miss means later antibiotics": an outcome described, nothing put off
        begin = _clip_backward(text, start, ma)
        if _CONDITION.search(text, max(start, begin - 12), ma) or _PAST.search(text, begin, min(end, mb + 30)):
            continue  # a condition ("if we recalculate it later") or a story ("we eventually reached")
        if _PURPOSE_BEFORE.search(text, max(start, begin - 12), ma):
            continue  # "so an inspector can rebuild any decision later": a record kept, nothing put off
        begin = past_deferral_verb(_past_item_done_now(text, begin, ma), ma)  # "SOC 2 audit now, HITRUST later"
        words = list(_WORD.finditer(text, begin, ma))
        if len(words) > BARE_WINDOW:
            begin = words[-BARE_WINDOW].start()
        found.append(Scope(begin, ma, DEFERRED, trigger=(ma, mb)))
    for stance, hits in trig.wide:
        for ma, mb, _ in within(hits, start, end):
            if is_pseudo(ma, mb) or negated_trigger(ma):
                continue
            if stance == OTHERS and (_escalates(text, mb, end) or _CONTROL_BEFORE.search(text, max(start, ma - 40), ma) or asked_of(text, start, ma)
                                     or own_part_after(text, mb, end)):
                continue  # ... or names who holds the decision: "the final call rests with them and the reviewer"
            if in_if_clause(text, start, ma, mb):
                continue  # "if they order the same test again anyway, show ..." supposes; it waves nothing off
            # ... but not forward past a semicolon: "pilot it once video is stable; it needs consent"
            # ("a template package; it's mostly paperwork" still reaches back to what "it" stands for).
            hi = text.find(";", mb, end)
            hi = end if hi == -1 else hi
            # ... nor past its clause: "validate locally before anyone acts, and I'd expect my first 90 days to be
            # listening" (a dismissal can point back across it: "they validated it, and I'm not going to second-guess that").
            lo = start
            if stance == DEFERRED:
                for b in _CLAUSE_BOUNDARY.finditer(text, start, ma):
                    lo = b.end()
                # (nor into the gate it waits for: "pushed to phase 2: drafting, after an FDA pre-sub")
                hi = min((m.start() for m in (_CLAUSE_BOUNDARY.search(text, mb, hi), _GATE.search(text, mb, hi), _PROVISO.search(text, mb, hi)) if m),
                         default=hi)
            # A trigger that ends in "after", "once" or "until" puts off what came before it; what
            # follows is its condition: "expansion is sequenced after licensure" defers expansion.
            if stance == DEFERRED and _ENDS_IN_CONDITION.search(text, ma, mb):
                hi = ma
            cell = text.find("|", mb, hi)  # ... nor out of its table cell
            lo, hi = max(lo, text.rfind("|", start, ma) + 1), hi if cell == -1 else cell
            found.append(Scope(lo, hi, stance, trigger=(ma, mb), wide=True))
    found += [Scope(a, b, REPORTED) for a, b in refused_items(text, start, end)]
    for ma, mb, _ in within(trig.reported, start, end):
        stops = [m.start() for m in (_NEW_CLAUSE.search(text, mb, end), _SEMI.search(text, mb, end),
                                     _OWN_CLAUSE.search(text, mb, end)) if m]
        if not _ADOPTED.search(text, mb, end):  # "the CEO pushes to skip it, and that's fine": theirs made the candidate's
            found.append(Scope(mb, min(stops, default=end), REPORTED))
    soft = [hit for hit in within(trig.soft, start, end) if not negated_trigger(hit[0])]
    if soft and not _measured(text, start, end):
        for ma, mb, _ in soft:
            found.append(Scope(past_deferral_verb(_clip_backward(text, start, ma), ma), mb, DEFERRED, trigger=(ma, mb)))
    elif soft:  # figures make it a step, unless the step is a gate that only counts before launch
        found += [Scope(lo, hi, DEFERRED, trigger=trigger)
                  for lo, hi, trigger in deferred_gates(text, start, end, trig.lowered, soft, last_verb_phrase(text, _clip_backward(text, start, soft[0][0]), soft[0][0]))]
    for stance, hits in forward:
        for a, b, word in hits:
            if is_pseudo(a, b) or any(da <= a < db for da, db in dismiss_spans):
                continue
            if stance != NEGATED and (negated_trigger(a) or any(sa <= a < sb for sa, sb in argued)):
                continue  # "don't skip", "never defer", "skipping it is a mistake": a commitment
            if stance == OTHERS and _escalates(text, b, end):
                continue
            if stance != NEGATED and _NO_OBJECT.match(text, b, end):
                continue
            before = max(start, a - 12)
            if stance == DISMISSED and ((_HIDING.match(word) and (_MODAL_BEFORE.search(text, before, a) or (
                    text[before:a].strip() and not _AGENT_BEFORE.search(text, before, a)))) or _REASON_SUBJECT.search(text, max(start, a - 50), a)):
                continue  # "high accuracy can hide the misses", "because rushed reviewers skim": a risk described
            scope_end = _clip_forward(text, b, end, past_bare_verb=stance == NEGATED)
            # A new clause after ", and"/", then" is not what was negated or waved away.
            clause = _NEW_CLAUSE.search(text, b, scope_end)
            if clause:
                scope_end = clause.start()
            if stance in (DISMISSED, DEFERRED):
                rel = _RELATIVE.search(text, b, scope_end)  # "defer anything that needs X": X is not deferred
                if rel:
                    scope_end = rel.start()
                gate = _GATE.search(text, b, scope_end)  # "deferred until licensure": the condition is not deferred
                if gate:
                    scope_end = gate.start()
            if stance == NEGATED:
                word = word.lower()
                if word == "no" and _TARGET_NO.search(text[max(start, a - 20):a]) and not _NO_CLAUSE_VERB.match(text, b, scope_end):
                    continue
                if _ELIDED.match(text, b):
                    continue
                if _CONTRAST.fullmatch(word) or word == "without":
                    comma = text.find(",", b, scope_end)
                    # without a comma, the turned-down option ends where a new subject's verb
                    # begins: "instead of one clinic first the reminders go live at all three"
                    verb = (_SUBJECT_VERB.search(text, b, scope_end) or (word == "without" and _MAIN_VERB_AFTER_WITHOUT.search(
                        text, b, scope_end)) or None) if comma == -1 else None
                    if comma != -1 or verb:
                        scope_end = comma if comma != -1 else verb.start()  # type: ignore[union-attr]
                if word == "without" and negated_trigger(a):
                    continue  # "not ... without X": X is required
                # A negated dismissal ("not optional", "don't skip") is a commitment: no scope.
                if any(b <= p < b + 16 for p in brush):
                    continue
                gate = _GATE.search(text, b, scope_end)
                if gate and word != "without":
                    # "no PHI leaves without a BAA", "never launch until X": a rule
                    found.append(Scope(b, gate.start(), GATED, trigger=(a, b)))
                    # ... and a second move joined after the rule is refused too: "refuse to ship
                    # before sign-off or to go hospital-wide at once" (NegEx scopes over "or").
                    pos = gate.end()
                    while also := _REFUSED_CONJUNCT.match(text, pos, min(end, pos + WINDOW_CHARS // 4)):
                        group = next(g for g in (1, 2, 3) if also.group(g))
                        pos = max(stop := _clip_forward(text, also.end(group), end), also.end())
                        found.append(Scope(also.start(group), stop, NEGATED, trigger=(a, b)))
                    continue
            found.append(Scope(b, scope_end, stance, trigger=(a, b)))
    return found


TOPIC_LEAD_IN = regex_cache.compile(_TOPIC_LEAD_IN, re.IGNORECASE)
SELF_ASSESSMENT = regex_cache.compile(_SELF_ASSESSMENT, re.IGNORECASE)
# Neither credited nor a red flag of the candidate's: someone else's words, a list of topics.
NOT_THEIRS = frozenset({REPORTED, LISTED})
_PRIORITY = {GATED: 1, LISTED: 5, REPORTED: 5, OTHERS: 4, DISMISSED: 3, DEFERRED: 3, NEGATED: 2}


def stance_of(scope_list: list[Scope], a: int, b: int) -> str:
    """The strongest stance whose scope covers the mention ``a:b``; asserted when none does."""
    best = ASSERTED
    rank = 0
    for s in scope_list:
        # A scope that starts inside a long mention (a proximity pair: "includes the name, never
        # the department") governs it too.
        covers = (s.start < b and a < s.end) if s.overlap else (s.start <= a and b <= s.end + 1) or (a < s.start < b - 1)
        if covers and _PRIORITY[s.stance] > rank:
            best, rank = s.stance, _PRIORITY[s.stance]
    return best
