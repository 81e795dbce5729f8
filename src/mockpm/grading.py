"""Grade one answer: guards -> keyword checks -> judge (optional) -> evidence check -> score.

Every caller (``grade``, ``batch``, ``practice``) goes through here, so there is one way to
grade. ``grade`` and ``agrade`` share ``prepare`` and ``finish``; only the judge call differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from datetime import datetime, timezone

from mockpm import __version__, scoring
from mockpm.guards import OFFLINE_CAPS, PARTLY_REJECTED, READS_AS_REJECTED, GuardOutcome, check_answer
from mockpm.verdict_flags import (  # noqa: F401 - re-exported for callers of grading
    FLAG_DISAGREE, FLAG_LOW_CONFIDENCE, FLAG_REGEX_TIMEOUT, FLAG_UNSCORED, FLAG_UNSUPPORTED, is_absence_check,
)
from mockpm.judge.base import Judge, JudgeRequest, JudgeResult, JudgeVerdict
from mockpm.checks import run_checks
from mockpm.keywords import snippet, term_parts, timed_out_terms
from mockpm import answer_vocabulary, reject_model
from mockpm.reading_flags import reading_flags
from mockpm.topic import model_for
from mockpm.models import (
    Answer, Criterion, CriterionResult, Flag, GradeReport, JudgeInfo, KeywordOnlyResult, KeywordResult, Rubric, Scenario,
)

if TYPE_CHECKING:
    from mockpm.catalog import Library

COMBINE_OFFLINE = "offline: a criterion is met when its keyword check passes; criteria without a keyword check are unscored"
COMBINE_LLM = (
    "llm: the judge's verdict decides, but a 'met' verdict counts only when its quoted evidence is "
    "really in the answer (else not credited, flagged 'unsupported evidence'); where the judge and the "
    "keyword check disagree the criterion is flagged for review; a criterion the judge could not score "
    "stays unscored and moves the score neither way"
)


@dataclass
class Prepared:
    answer: Answer
    scenario: Scenario
    criteria: list[Criterion]
    guard: GuardOutcome
    keywords: dict[str, KeywordResult | None]
    regex_timeouts: frozenset[str] = frozenset()  # criteria whose keyword check could not finish
    reject_reading: float | None = None  # see reject_model
    reject_doubt: float = 0.0  # share of the offline score withheld (reject_model.doubt_for)
    reject_quote: str = ""
    reject_severity: float | None = None  # see reject_model.Severity

    def request(self) -> JudgeRequest:
        return JudgeRequest(scenario=self.scenario, criteria=self.criteria, answer_text=self.guard.text)


# Keyed by object identity; the entry holds the criteria so their ids cannot be reused.
_TERMS_CACHE: dict[tuple[int, ...], tuple[tuple[Criterion, ...], tuple[str, ...]]] = {}


def _rubric_terms(criteria: tuple[Criterion, ...]) -> tuple[str, ...]:
    terms: dict[str, None] = {}
    for c in criteria:
        if c.check and c.points > 0:
            for t in (*c.check.any, *(t for g in c.check.all for t in g)):
                if not t.startswith("re:"):
                    terms[t] = None
    return tuple(terms)


def rubric_terms(criteria: list[Criterion]) -> tuple[str, ...]:
    """Plain terms of the positive criteria: what a keyword salad would be made of."""
    key = tuple(map(id, criteria))
    hit = _TERMS_CACHE.get(key)
    if hit is None:
        if len(_TERMS_CACHE) > 256:
            _TERMS_CACHE.clear()
        hit = _TERMS_CACHE[key] = (tuple(criteria), _rubric_terms(tuple(criteria)))
    return hit[1]


def prepare(answer: Answer, scenario: Scenario, rubrics: list[Rubric], library: Library | None = None) -> Prepared:
    criteria = [c for r in rubrics for c in r.criteria]
    peers = model_for(library.scenarios, library.rubrics) if library is not None else None
    guard = check_answer(answer.text, scenario, rubric_terms(criteria), peers)
    own = frozenset(c.id for r in rubrics if r.id == scenario.id for c in r.criteria)
    keywords = run_checks(criteria, guard.text, guard.restated, own)
    timeouts = _regex_timeouts(criteria, guard.text)
    for cid in timeouts:  # a check that could not finish is no verdict either way
        keywords[cid] = None
    if timeouts:
        guard.flags.append(Flag(code="regex_timeout", message=(
            f"a rubric regex ran out of time on this answer: {len(timeouts)} criteria left unscored offline "
            "(run `mockpm rubrics validate` on the rubric)")))
    # Stance and substance, read over the whole answer (offline caps; a judge still grades).
    whole = reject_model.read(guard.text, scenario.id, scenario.question)
    # (an answer in another language is unscored offline, not read as straying)
    vocabulary = None if guard.not_english else answer_vocabulary.read(guard.text, scenario.id, scenario.question)
    guard.flags += reading_flags(criteria, keywords, guard.text, whole, own, vocabulary)
    return Prepared(answer=answer, scenario=scenario, criteria=criteria, guard=guard, keywords=keywords,
                    regex_timeouts=frozenset(timeouts), reject_reading=whole.probability,
                    reject_doubt=whole.doubt, reject_quote=whole.quote, reject_severity=whole.severity)


def _regex_timeouts(criteria: list[Criterion], text: str) -> set[str]:
    timed = timed_out_terms(text)
    if not timed:
        return set()
    return {c.id for c in criteria if c.check is not None and any(
        part in timed for t in (*c.check.any, *c.check.none, *(t for g in c.check.all for t in g)) for part in term_parts(t))}


def _withheld(prep: Prepared, judged: bool) -> float:
    """Share of an offline score held back for a reading under the reject bar: a judge reads
    the answer itself, and a capped answer scores 0 anyway."""
    return 0.0 if judged or _capped(prep, judged) else prep.reject_doubt


def _capped(prep: Prepared, judged: bool) -> bool:
    """Whether the answer is flagged into the bottom band (see guards.BRUSHES_OFF)."""
    return prep.guard.disqualified or (not judged and any(f.code in OFFLINE_CAPS for f in prep.guard.flags))


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _SPACE.sub(" ", text).strip().lower()


# A quote must be a passage, not a word: "the" or "e" is in every answer and proves nothing.
MIN_EVIDENCE_WORDS = 3


def evidence_in_answer(evidence: str, answer_norm: str) -> bool:
    """True when the judge's quote is really in the answer: whole words, at least a short phrase."""
    quote = normalise(evidence).strip(" \"'.…")
    if len(quote.split()) < MIN_EVIDENCE_WORDS:
        return False
    return re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", answer_norm) is not None


def _keyword_evidence(text: str, kw: KeywordResult | None) -> list[str]:
    if kw is None or not kw.met:
        return []
    seen: list[str] = []
    for m in kw.matches[:3]:
        s = snippet(text, m)
        if s not in seen:
            seen.append(s)
    return seen


def _combine(c: Criterion, kw: KeywordResult | None, verdict: JudgeVerdict | None, text: str, answer_norm: str) -> CriterionResult:
    keyword_met = kw.met if kw is not None else None
    base = dict(id=c.id, axis=c.axis, statement=c.statement, points=c.points, seed=c.seed, reason=c.reason, harm=c.harm)
    if verdict is None:  # offline
        return CriterionResult(
            **base, met=keyword_met, keyword_met=keyword_met,
            evidence=_keyword_evidence(text, kw), matches=kw.matches if kw and kw.met else [],
            flags=[] if keyword_met is not None else [FLAG_UNSCORED],
        )
    flags = list(verdict.flags)
    judge_met = verdict.met
    met = judge_met
    evidence: list[str] = []
    if judge_met is None:
        flags.append(FLAG_UNSCORED)
    elif judge_met:
        if evidence_in_answer(verdict.evidence, answer_norm):
            evidence = [verdict.evidence.strip()]
        elif not (is_absence_check(c) and not verdict.evidence.strip()):
            met = False
            flags.append(FLAG_UNSUPPORTED)
    if met is not None and keyword_met is not None and met != keyword_met:
        flags.append(FLAG_DISAGREE)
    return CriterionResult(
        **base, met=met, keyword_met=keyword_met, judge_met=judge_met, confidence=verdict.confidence,
        evidence=evidence or _keyword_evidence(text, kw) if met else evidence,
        matches=kw.matches if kw and kw.met else [], rationale=verdict.rationale or None, flags=flags,
    )


def _rejected_in_bottom_band(prep: Prepared, rules: scoring.ScoreBreakdown) -> bool:
    """The rules' offline score (no doubt withheld) already in the bottom band, on an answer that
    reads more like a rejected answer than not (see reject_model.BOTTOM_BAND_BAR)."""
    return (rules.band == scoring.BOTTOM_BAND and prep.reject_reading is not None
            and prep.reject_reading > reject_model.BOTTOM_BAND_BAR)


def _reads_as_rejected(prep: Prepared) -> Flag:
    return Flag(code=READS_AS_REJECTED, message=(
        f"its keyword score alone is in the {scoring.BOTTOM_BAND} band, and it reads, as a whole, like the answers hiring committees reject "
        f"({prep.reject_reading:.0%} by a model of {reject_model.model().trained_on:,} labelled answers); "
        f"the sentence that weighs most: \"{prep.reject_quote}\""))


def finish(prep: Prepared, judged: JudgeResult | None, *, judge_skipped: bool = False) -> GradeReport:
    text = prep.guard.text
    answer_norm = normalise(text)
    verdicts = {v.criterion_id: v for v in judged.verdicts} if judged else {}
    results = []
    unread = judged is None and prep.guard.not_english
    for c in prep.criteria:
        if unread:  # offline rules read English only: unscored, not a verdict
            results.append(CriterionResult(id=c.id, axis=c.axis, statement=c.statement, points=c.points, seed=c.seed,
                                           reason=c.reason, harm=c.harm, met=None, flags=[FLAG_UNSCORED]))
            continue
        verdict = verdicts.get(c.id) if judged else None
        if judged and verdict is None:
            verdict = JudgeVerdict(criterion_id=c.id, met=None, rationale="the judge returned no verdict")
        result = _combine(c, prep.keywords[c.id], verdict, text, answer_norm)
        if c.id in prep.regex_timeouts:
            result.flags.append(FLAG_REGEX_TIMEOUT)
        results.append(result)
    flags = list(prep.guard.flags)
    capped = _capped(prep, judged is not None)
    scored = [scoring.Scored(points=r.points, met=r.met, axis=r.axis, harm=r.harm) for r in results]
    if not judged and not capped and _rejected_in_bottom_band(prep, scoring.score(scored, words=prep.guard.word_count)):
        flags.append(_reads_as_rejected(prep))
        capped = True
    breakdown = scoring.score(scored, disqualified=capped, words=prep.guard.word_count,
                              withheld=_withheld(prep, judged is not None))
    withheld = breakdown.withheld  # 0 when nothing was lowered (a score of 0, or the harm cap decided it): no notice
    if withheld > 0:
        flags.append(Flag(code=PARTLY_REJECTED, message=(
            f"score lowered by {withheld:.0%}: reads {prep.reject_reading:.0%} like the answers hiring committees reject "
            f"(a model of {reject_model.model().trained_on:,} labelled answers); the sentence that weighs most: \"{prep.reject_quote}\"")))
    if capped:
        flags.append(Flag(code="bottom_band", message=f"flagged answers score 0 and sit in the {scoring.BOTTOM_BAND} band"))
    if judge_skipped:
        flags.append(Flag(code="judge_skipped", message="the judge was not called: a flagged answer is graded on keywords alone"))
    info = judged.info if judged else JudgeInfo(mode="offline")
    if judged and judged.summary and not info.summary:
        info = info.model_copy(update={"summary": judged.summary})
    unscored = sum(1 for r in results if r.met is None)
    if unscored:
        flags.append(Flag(code="incomplete", message=f"{unscored} criteria unscored; the score covers the rest"))
    nothing_scored = breakdown.band == scoring.UNSCORED_BAND
    return GradeReport(
        file=prep.answer.source,
        scenario=prep.scenario.id,
        scenario_title=prep.scenario.title,
        candidate=prep.answer.candidate,
        score=None if nothing_scored else breakdown.score,
        band=breakdown.band,
        axes=breakdown.axes,
        criteria=results,
        flags=flags,
        judge=info,
        complete=unscored == 0,
        raw_points=breakdown.raw_points,
        possible_points=breakdown.possible_points,
        flagged=capped,
        reject_reading=None if prep.reject_reading is None else round(prep.reject_reading, 3),
        reject_severity=None if prep.reject_severity is None else round(prep.reject_severity, 3),
        withheld=withheld,
        keyword_only=keyword_only(prep) if nothing_scored and judged else None,
        combine_rule=COMBINE_LLM if judged else COMBINE_OFFLINE,
        word_count=prep.guard.word_count,
        graded_at=datetime.now(timezone.utc),
        mockpm_version=__version__,
    )


def keyword_only(prep: Prepared) -> KeywordOnlyResult:
    """What the keyword checks alone make of a prepared answer, for a report the judge left
    without a score (the reject model's doubt is not withheld here: this is the keywords' view)."""
    kw = prep.keywords
    unread = prep.guard.not_english
    b = scoring.score(
        (scoring.Scored(points=c.points, met=None if unread or kw[c.id] is None else kw[c.id].met, axis=c.axis, harm=c.harm)
         for c in prep.criteria),
        disqualified=_capped(prep, False), words=prep.guard.word_count,
    )
    return KeywordOnlyResult(score=None if b.band == scoring.UNSCORED_BAND else b.score, band=b.band,
                             raw_points=b.raw_points, possible_points=b.possible_points)


def _should_judge(prep: Prepared, judge: Judge | None) -> bool:
    # Guard-flagged answers land in the bottom band anyway: do not pay for a judge call.
    return judge is not None and not prep.guard.disqualified


def grade(answer: Answer, scenario: Scenario, rubrics: list[Rubric], judge: Judge | None = None,
          *, library: Library | None = None) -> GradeReport:
    """Grade one answer. With ``library``, the answer is also compared with every other question."""
    prep = prepare(answer, scenario, rubrics, library)
    call = _should_judge(prep, judge)
    judged = judge.judge(prep.request()) if call else None
    return finish(prep, judged, judge_skipped=judge is not None and not call)


async def agrade(answer: Answer, scenario: Scenario, rubrics: list[Rubric], judge: Judge | None = None,
                 *, library: Library | None = None) -> GradeReport:
    prep = prepare(answer, scenario, rubrics, library)
    call = _should_judge(prep, judge)
    judged = await judge.ajudge(prep.request()) if call else None
    return finish(prep, judged, judge_skipped=judge is not None and not call)
