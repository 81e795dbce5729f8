"""Stance-aware checks: every criterion's concept check, read through the answer's passages.

1. Mentions: each term's spans (``keywords``), kept only in the stance the check asks for:
   committed (asserted, or inside a rule) for strengths; for red flags, mentions that are not
   negated, ruled out, reported or quoted, and a waved-away one only when the dismissal is the
   flag's own words; brushed off (dismissed, deferred, handed to someone else) for the red flags
   about waving a step away.
2. Substance: a positive criterion is earned in sentences that can still afford it. Each
   sentence has a budget (``passages``); when more criteria compete for one sentence than it
   can carry, those with the most distinct evidence there win and the rest get nothing from it.
3. Verdict: ``any`` needs ``min_matches`` distinct terms, each ``all`` group a match, and no
   asserted ``none`` term may stand in the answer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.concepts import CONCEPT_TERM, concept_spans
from mockpm.flag_stance import asked, mention_stance, quoted, stop_rule_condition, trimmed
from mockpm.keywords import first_match, term_spans
from mockpm.models import Criterion, KeywordCheck, KeywordResult
from mockpm.demoted_measures import demoted
from mockpm.option_costs import weighed_as_harm
from mockpm.passages import Reading, reading_for
from mockpm.stance_context import in_open_question, turned_down, weighed_and_refused

Spans = dict[str, list[tuple[int, int]]]


# A term written with its own negation ("HIPAA doesn't apply", "no need to talk to FDA"): the
# negation in a match is the claim the red flag names, not the candidate denying it.
_NEGATION_IN_TERM = regex_cache.compile(r"n't|n''t|\bnot\b|\bno\b|\bnever\b|\bwithout\b", re.IGNORECASE)


# Putting off a pilot or a later wave is launching more slowly, not waving a safeguard away:
# "a group therapy pilot once video is stable" is a roadmap, not a skipped step.
_STAGED_STEP = regex_cache.compile(r"pilot\w*|(?:phase|wave|stage)s?", re.IGNORECASE)
_NO_BEFORE = regex_cache.compile(r"\bno\s+$", re.IGNORECASE)
# ... and so is putting off an experiment on how a message reads ("we can test wording later",
# "testing send time or text vs. voice once it's stable"): no safeguard is tested there.
_PRESENTATION_TEST = regex_cache.compile(
    r"test\w*\s+(?:the\s+|our\s+|different\s+|a\s+few\s+)?(?:[\w-]+\s+)?(?:wording|copy|send\s+times?|subject\s+lines?|variants?|"
    r"layouts?|colou?rs?|buttons?|headlines?|timing|phrasing|tone|emojis?)\b|test\w*\s+(?:text|sms)\s+(?:vs\.?|versus|or)\s+voice",
    re.IGNORECASE)
_ESCAPE = regex_cache.compile(r"\\[a-zA-Z]")  # \b, \s in a regex term are not words
# Lookarounds (two levels deep): a regex term that rules negations out ("(?!\bnot\b)") does not
# claim one.
_LOOKAROUND = regex_cache.compile(r"\(\?<?[!=](?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)")


@lru_cache(maxsize=4096)
def _term_claims_negation(term: str) -> bool:
    return bool(_NEGATION_IN_TERM.search(_ESCAPE.sub(" ", _LOOKAROUND.sub(" ", term))))


def _claims_negation(reading: Reading, term: str, span: tuple[int, int]) -> bool:
    # (a gate after it does not turn the claim into a rule: "no FDA submission is needed before launch")
    return _term_claims_negation(term) and reading.stance(*span) in (st.NEGATED, st.GATED) and reading.negates_inside(*span)


def _red_flag_counts(reading: Reading, span: tuple[int, int], term: str = "") -> bool:
    """A red flag reads every mention that is not negated, reported, quoted, an open question or
    turned down; see _about_dismissal and _claims_negation."""
    span = trimmed(reading, span)
    # Red flags only: a harm named in a comparison ("better than a patient being stuck twice") still shows a positive
    # criterion that the candidate sees it; a move after "no" ("with no auto-population") is refused ("no harm" is a target).
    if (_NO_BEFORE.search(reading.text, max(0, span[0] - 4), span[0]) or quoted(reading.text, span) or in_open_question(reading.text, span[0]) or turned_down(reading.text, *span)
            or weighed_and_refused(reading.text, *span) or weighed_as_harm(reading.text, *span) or _rule_condition(reading, span)
            or demoted(reading.text, *span) or asked(reading, span) or stop_rule_condition(reading, span)):
        return False
    if _claims_negation(reading, term, span):
        return True
    stance = mention_stance(reading, span)
    # A flag that names the dismissal itself ("skip sign-off") is denied with it: the stance reader
    # cancels "never skip" into a commitment to what follows, which says nothing of the skipping.
    if stance == st.ASSERTED and st.denied_before(reading.text, reading.sentences[reading.sentence_index(span[0])].start, span[0]):
        found = st.Triggers(reading.text, span[0], span[1])
        if any(hits for kind, hits in (*found.forward, *found.backward, *found.wide) if kind in st.BRUSHED_OFF):
            return False
    return stance not in (st.NEGATED, st.GATED, *st.NOT_THEIRS)


def _rule_condition(reading: Reading, span: tuple[int, int]) -> bool:
    """Whether the mention is the condition a rule sets: "never prompt a restart *without a pharmacist check*"."""
    return any(sc.stance == st.GATED and 0 <= span[0] - sc.end <= 1 for sc in reading.scopes_of(reading.sentence_index(span[0])))


def _about_dismissal(groups: list[Spans], reading: Reading) -> list[Spans]:
    """A red flag *about* waving something away ("latency is a nice-to-have") has the dismissal
    among its own matches, and then the thing dismissed counts too. Otherwise a brushed-off
    mention is the candidate rejecting the bad idea ("auto-signing is off the table"): only
    asserted mentions count."""
    if any(reading.brushes_inside(a, b) for hits in groups for spans in hits.values() for a, b in spans):
        return groups
    out = []
    for hits in groups:
        # (untrimmed, as before the sentence-start reading: a walk-back's "I'd ship ... as wellness
        # coaching" stays asserted here though a later "only ... if they ask" waves its sentence off)
        kept = {t: [sp for sp in spans if mention_stance(reading, sp) == st.ASSERTED or _claims_negation(reading, t, sp)]  # not gated
                for t, spans in hits.items()}
        out.append({t: spans for t, spans in kept.items() if spans})
    return out


def _kept(terms: Iterable[str], reading: Reading, *, brushed: bool, red_flag: bool = False) -> Spans:
    """Spans per term in the stance that counts: brushed off; for a red flag see _red_flag_counts;
    else asserted."""
    out: Spans = {}
    if brushed and not reading.has_brushed_off():
        return out  # nothing in the answer is waved away: skip reading hundreds of terms
    for term, spans in term_spans(tuple(terms), reading.text).items():
        if brushed:
            keep = [sp for sp in spans if (stance := reading.stance(*sp)) in st.BRUSHED_OFF
                    and not (stance == st.DEFERRED and _STAGED_STEP.fullmatch(reading.text, *sp))
                    and not _PRESENTATION_TEST.match(reading.text, sp[0])]
        elif red_flag:
            keep = [sp for sp in spans if _red_flag_counts(reading, sp, term)]
        else:  # a term written with its own negation ("didn't hear back") claims it here too
            keep = [sp for sp in spans if reading.stance(*sp) in st.COMMITTED
                    or (_claims_negation(reading, term, sp) and not reading.negates_outside(*sp))]
            # (a sentence said again word for word is no second mention: repeats)
            keep = [sp for sp in keep if not reading.sentences or not reading.sentences[reading.sentence_index(sp[0])].repeat]
        if (brushed or red_flag) and keep:  # a move its teller calls a mistake is history, not the plan
            keep = [sp for sp in keep if not reading.sentences[reading.sentence_index(sp[0])].owned_mistake]
        if keep:
            out[term] = keep
    return out


_NOT_AN_ANSWER = st.BRUSHED_OFF | {st.NEGATED, st.REPORTED}


def _distinct(hits: Spans) -> int:
    """Distinct mentions: two terms matching the same words ("integrat*", "integration") count once.

    Interval scheduling, earliest end first: one long proximity match cannot crowd out two short ones.
    """
    spans = sorted((b, a, term) for term, found in hits.items() for a, b in found)
    used_terms: set[str] = set()
    last_end = -1
    count = 0
    for b, a, term in spans:
        if term in used_terms or a < last_end:
            continue
        used_terms.add(term)
        last_end = b
        count += 1
    return count


def _verdict(check: KeywordCheck, reading: Reading, any_hits: Spans, all_hits: list[Spans]) -> KeywordResult:
    text = reading.text
    met = True
    matches = []
    if check.any or check.from_axes:
        met = _distinct(any_hits) >= check.min_matches
        matches += [first_match(t, sp, text) for t, sp in any_hits.items()]
    for hits in all_hits:
        if not hits:
            met = False
        matches += [first_match(t, sp, text) for t, sp in hits.items()]
    blocked = []
    if check.none and not (check.any or check.all or check.from_axes):
        # An absence flag ("no structure", "never mentions FDA") is answered by a mention in a
        # question or a condition too ("Does the FDA care?"); not by one denied, waved away or
        # put in someone else's mouth ("No FDA paperwork", "a junior PM would wait for FDA").
        # (a term read from the layout, anchored at a line's start, is form: no stance makes it absent)
        blocked = [first_match(t, kept, text) for t, sp in term_spans(tuple(check.none), text).items()
                   if (kept := [x for x in sp if t.startswith("re:(?m)^") or reading.stance(*x) not in _NOT_AN_ANSWER])]
    elif check.none:
        blocked = [first_match(t, sp, text) for t, sp in _kept(check.none, reading, brushed=False).items()]
    if blocked:
        met = False
    matches.sort(key=lambda m: m.start)
    return KeywordResult(met=met, matches=matches, blocked_by=blocked)


def _mentions(check: KeywordCheck, reading: Reading, *, red_flag: bool, extra_terms: tuple[str, ...] = ()) -> tuple[Spans, list[Spans]]:
    """The ``any`` and ``all`` mentions of one check, in the stance it reads."""
    brushed = check.stance == "brushed_off"
    any_hits = _kept((*check.any, *extra_terms), reading, brushed=brushed, red_flag=red_flag)
    all_hits = [_kept(group, reading, brushed=brushed, red_flag=red_flag) for group in check.all]
    if red_flag and not brushed:
        any_hits, *all_hits = _about_dismissal([any_hits, *all_hits], reading)
    return any_hits, all_hits


def run_check(check: KeywordCheck, text: str, *, red_flag: bool = False, extra_terms: tuple[str, ...] = ()) -> KeywordResult:
    """One check on its own, stance-aware but without the sentence budget."""
    reading = reading_for(text)
    any_hits, all_hits = _mentions(check, reading, red_flag=red_flag, extra_terms=extra_terms)
    return _verdict(check, reading, any_hits, all_hits)


# A brushed-off red flag reads only the specific terms of the safety criteria: a generic word
# in them ("week*", "time") would make any deferral sentence look like a brushed-off step.
MIN_AXIS_TERM_CHARS = 6


def axis_terms(criteria: list[Criterion], axes: Iterable[str]) -> tuple[str, ...]:
    """Specific plain terms of the positive criteria on ``axes``: what a brushed-off red flag reads."""
    wanted = set(axes)
    terms: dict[str, None] = {}
    for c in criteria:
        if c.check and c.points > 0 and c.axis in wanted:
            terms.update(dict.fromkeys(_specific_terms(c)))
    return tuple(terms)


def _specific_terms(c: Criterion) -> list[str]:
    """A criterion's plain terms specific enough to name its step: phrases, and words of six
    letters or more (no regexes, no proximity pairs)."""
    assert c.check is not None
    return [t for t in (*c.check.any, *(t for g in c.check.all for t in g))
            if not t.startswith("re:") and " ~ " not in t and (len(t.split()) > 1 or len(t.rstrip("*")) >= MIN_AXIS_TERM_CHARS)]


def _filter(hits: Spans, allowed: set[int], reading: Reading) -> Spans:
    out: Spans = {}
    for term, spans in hits.items():
        keep = [sp for sp in spans if reading.sentence_index(sp[0]) in allowed]
        if keep:
            out[term] = keep
    return out


# Stances that undo a safety step stated elsewhere: waved away or handed off. A deferral does not
# (strong answers put a later phase after a step they take now).
VOIDING = frozenset({st.DISMISSED, st.OTHERS})


def _outside(hits: Spans, wrong: list[tuple[int, int]]) -> Spans:
    """``hits`` without the spans that overlap a red flag's evidence."""
    out: Spans = {}
    for term, spans in hits.items():
        keep = [(a, b) for a, b in spans if not any(wa < b and a < wb for wa, wb in wrong)]
        if keep:
            out[term] = keep
    return out


def _red_flag_verdicts(criteria: list[Criterion], raw: dict[str, tuple[Spans, list[Spans]]], reading: Reading) -> dict[str, KeywordResult]:
    """Every red flag's verdict. Red flags are not budgeted and the drops touch only strengths,
    so these are final."""
    return {c.id: _verdict(c.check, reading, *raw[c.id]) for c in criteria
            if c.check is not None and c.points < 0 and c.id in raw}


def _wrong_call_spans(red_flags: dict[str, KeywordResult], raw: dict[str, tuple[Spans, list[Spans]]]) -> list[tuple[int, int]]:
    """The evidence of every red flag that is met (sorted spans)."""
    out: list[tuple[int, int]] = []
    for cid, verdict in red_flags.items():
        if verdict.met:
            any_hits, all_hits = raw[cid]
            out += [sp for hits in (any_hits, *all_hits) for spans in hits.values() for sp in spans]
    return sorted(out)


_CLAUSE_MARK = regex_cache.compile(r"[;:\u2014]|\s-\s")


def _clause(reading: Reading, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: its sentence cut at semicolons, colons and dashes."""
    sentence = reading.sentences[reading.sentence_index(pos)]
    text = reading.text
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, sentence.start, pos)), default=sentence.start)
    stop = _CLAUSE_MARK.search(text, pos, sentence.end)
    return start, stop.start() if stop else sentence.end


def _drop_waved_away_steps(criteria: list[Criterion], raw: dict[str, tuple[Spans, list[Spans]]], reading: Reading) -> None:
    """A step the answer waves away or hands off somewhere is not taken, whatever it says about it
    elsewhere: "we'll pilot on one ward" and "skip the pilot, it slows us down" cannot both be the
    plan. Only the steps a brushed-off red flag watches (safety, validation, equity, regulation)."""
    watched = {a for c in criteria if c.check is not None and c.check.stance == "brushed_off" for a in c.check.from_axes}
    if not watched or not reading.has_brushed_off():
        return
    for c in criteria:
        if c.check is None or c.points <= 0 or c.id not in raw or c.check.stance == "brushed_off" or c.axis not in watched:
            continue
        terms = _specific_terms(c)
        if terms and any(reading.stance(a, b) in VOIDING for spans in _kept(terms, reading, brushed=True).values() for a, b in spans):
            raw[c.id] = ({}, [{} for _ in raw[c.id][1]])


def _drop_wrong_call_words(criteria: list[Criterion], raw: dict[str, tuple[Spans, list[Spans]]],
                           red_flags: dict[str, KeywordResult], reading: Reading, own: frozenset[str]) -> None:
    """Words a met red flag stands on earn no strength: "a few extra alerts per shift is a small
    price" names alert burden only to wave it through. Nor does the rest of the clause that makes
    a decision a committee rejects: "goes straight to the sponsor's call centre, who phones the
    patient" is no eligibility workflow. (The question's own red flags and the harmful shared ones
    name decisions; the other shared ones name framing, which strong answers trip in passing.)"""
    wrong = _wrong_call_spans(red_flags, raw)
    if not wrong:
        return
    decisions = {c.id for c in criteria if c.harm or c.id in own}
    wrong = sorted({*wrong, *(_clause(reading, a) for a, _ in _wrong_call_spans(
        {cid: v for cid, v in red_flags.items() if cid in decisions}, raw))})
    for c in criteria:
        if c.check is not None and c.points > 0 and c.id in raw:
            any_hits, all_hits = raw[c.id]
            raw[c.id] = (_outside(any_hits, wrong), [_outside(h, wrong) for h in all_hits])


def _reassign(budgeted: list[Criterion], raw: dict[str, tuple[Spans, list[Spans]]], claims: dict[int, dict[str, int]],
              allowed: dict[str, set[int]], reading: Reading) -> None:
    """Hand a sentence from a criterion met without it to one that is met only with it.

    The budget caps how many criteria a sentence earns, not which: "Tier = harm if wrong" can earn
    the harm-ranked tiers or patient harm, and should earn whichever has no other evidence. Each
    move keeps every sentence within its budget and every criterion met that was met.
    """
    def met(c: Criterion, sentences: set[int]) -> bool:
        any_hits, all_hits = raw[c.id]
        return _verdict(c.check, reading, _filter(any_hits, sentences, reading),  # type: ignore[arg-type]
                        [_filter(h, sentences, reading) for h in all_hits]).met

    by_id = {c.id: c for c in budgeted}
    for c in sorted(budgeted, key=lambda c: -c.points):
        if met(c, allowed[c.id]):
            continue
        for idx, wanted in sorted(claims.items()):
            if c.id not in wanted or idx in allowed[c.id] or not met(c, allowed[c.id] | {idx}):
                continue
            holder = next((h for h in wanted if idx in allowed[h] and met(by_id[h], allowed[h] - {idx})), None)
            if holder is not None:
                allowed[holder].discard(idx)
                allowed[c.id].add(idx)
                break


def run_checks(criteria: list[Criterion], text: str, restated: frozenset[int] = frozenset(),
               own: frozenset[str] = frozenset()) -> dict[str, KeywordResult | None]:
    """Every criterion's check on one answer, with stance and the sentence budget. Sentences in
    ``restated`` give the question back and earn no strength (see restatement); ``own`` holds the
    ids of the question's own criteria (its red flags name decisions, as harmful shared ones do)."""
    reading = reading_for(text)
    raw: dict[str, tuple[Spans, list[Spans]]] = {}
    for c in criteria:
        if c.check is None:
            continue
        extra = axis_terms(criteria, c.check.from_axes) if c.check.from_axes else ()
        raw[c.id] = _mentions(c.check, reading, red_flag=c.points < 0, extra_terms=extra)
    # The statement's own distinctive words, for the paraphrases no term list holds.
    concepts = concept_spans(tuple(criteria), reading)
    for c in criteria:
        found = concepts.get(c.id)
        if found and c.check is not None and c.check.any and c.check.substance and c.check.stance != "brushed_off":
            raw[c.id] = ({**raw[c.id][0], CONCEPT_TERM: found}, raw[c.id][1])

    _drop_waved_away_steps(criteria, raw, reading)
    red_flags = _red_flag_verdicts(criteria, raw, reading)
    _drop_wrong_call_words(criteria, raw, red_flags, reading, own)
    # Which sentences each budgeted criterion may use.
    budgeted = [c for c in criteria if c.check is not None and c.points > 0 and c.check.substance]
    claims: dict[int, dict[str, int]] = defaultdict(dict)  # sentence -> criterion -> distinct terms there
    for c in budgeted:
        any_hits, all_hits = raw[c.id]
        per_sentence: dict[int, set[str]] = defaultdict(set)
        for hits in (any_hits, *all_hits):
            for term, spans in hits.items():
                for a, _ in spans:
                    per_sentence[reading.sentence_index(a)].add(term)
        for idx, terms in per_sentence.items():
            if idx not in restated:
                claims[idx][c.id] = len(terms)
    allowed: dict[str, set[int]] = defaultdict(set)
    points = {c.id: c.points for c in budgeted}
    # On a tie the later criterion wins: a scenario's own rubric follows the shared core one and
    # names the more specific concept.
    order = {c.id: i for i, c in enumerate(budgeted)}
    for idx, wanted in claims.items():
        budget = reading.sentences[idx].budget if reading.sentences else 1
        ranked = sorted(wanted, key=lambda cid: (-wanted[cid], -order[cid]))
        for cid in ranked[:budget]:
            allowed[cid].add(idx)
    _reassign(budgeted, raw, claims, allowed, reading)

    results: dict[str, KeywordResult | None] = {}
    budgeted_ids = set(points)
    for c in criteria:
        if c.check is None:
            results[c.id] = None
            continue
        if c.id in red_flags:
            results[c.id] = red_flags[c.id]
            continue
        any_hits, all_hits = raw[c.id]
        if c.id in budgeted_ids:
            any_hits = _filter(any_hits, allowed[c.id], reading)
            all_hits = [_filter(h, allowed[c.id], reading) for h in all_hits]
        results[c.id] = _verdict(c.check, reading, any_hits, all_hits)
    return results
