"""Pure scoring: signed criterion points to a 0-100 score, per-axis scores and a band.

score = clip(sum of points of met criteria / sum of positive points, 0, 1) x 100, after
HealthBench, with full marks at 85% of the points (see full_credit) and a short answer held to
fewer (see expected_points). Unscored criteria (met is None) move the score neither up nor down: they are
left out of both the numerator and the denominator.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# (lowest score in the band, band name), highest first. Documented in the README.
BANDS: tuple[tuple[float, str], ...] = (
    (80.0, "Strong Hire"),
    (65.0, "Hire"),
    (50.0, "Lean Hire"),
    (30.0, "No Hire"),
    (0.0, "Strong No Hire"),
)
BOTTOM_BAND = BANDS[-1][1]
BOTTOM_EDGE = BANDS[-2][0] / 100  # the share of points at the bottom band's upper edge
# A call that puts patients at risk (a red flag marked harm: a human check removed, the group the
# model serves worse dropped) holds the grade below Lean Hire whatever else the answer gets right:
# committees reject on it alone.
HARM_CAP = 49.0
# Nothing could be scored (the judge failed on every strength): no band, not a 0 that reads
# like a verdict on the candidate.
UNSCORED_BAND = "Unscored"
# A guard-flagged answer scores 0 and ranks below every unflagged answer (see rank_key); its
# raw points stay in the report so two flagged attempts can still be told apart.
FLAGGED_SCORE = 0.0


@dataclass(frozen=True)
class Scored:
    points: int
    met: bool | None
    axis: str
    harm: bool = False  # a red flag whose call puts patients at risk


@dataclass(frozen=True)
class ScoreBreakdown:
    score: float
    axes: dict[str, float]
    band: str
    raw_points: int = 0  # signed points of met criteria, before clipping
    possible_points: int = 0  # positive points of scored criteria
    withheld: float = 0.0  # the share withheld, when it lowered the score (0 when it lowered nothing)


def raw_points(items: Iterable[Scored]) -> tuple[int, int]:
    """(signed points of met criteria, positive points of scored criteria), unclipped."""
    earned = possible = 0
    for it in items:
        if it.met is None:
            continue
        if it.points > 0:
            possible += it.points
        if it.met:
            earned += it.points
    return earned, possible


# Guard flags that say the text is not an attempt at the question at all (see rank_key).
NOT_AN_ATTEMPT = frozenset({"off_topic", "keyword_salad", "addresses_grader", "disguised_text"})


# ... and one that says so only when it capped the grade (offline): words mostly not those answers to
# this question use. With a judge, the judge's reading of the answer stands.
NOT_AN_ATTEMPT_WHEN_CAPPED = frozenset({"strays_from_question"})


def is_gaming(flag_codes) -> bool:  # noqa: ANN001 - Iterable[str]
    return any(code in NOT_AN_ATTEMPT for code in flag_codes)


# Guard flags that each name a thing the answer gets wrong (a committee's reason to reject), as
# against thin_substance, which names a thing it leaves out. Among flagged answers, more reasons
# rank lower: an honest thin attempt is a better answer than one that brushes off safety, calls
# it wrong and walks it back, however many rubric words either carries.
REASONS_TO_REJECT = frozenset({"brushes_off_safety", "wrong_calls", "implausible_claims", "walks_back",
                               "contradicts_itself", "reads_as_rejected"})


def rank_key(score: float | None, raw: int, *, flagged: bool, flags: Iterable[str] = (),
             reading: float | None = None, severity: float | None = None,
             possible: int = 0) -> tuple[int, float, float, int, int]:
    """Sort key, higher is better: unflagged before flagged, then score, then (among flagged
    answers) the reject reading, reasons and raw points.

    Clipping puts every weak answer at 0; the raw points still order them, and a flagged
    answer never outranks an unflagged one whatever its keywords. An answer that is not an
    attempt at the question (off-topic, addressed to the grader, a keyword string, disguised
    text) ranks below every answer that is, however weak. ``flags``: the answer's flag codes.
    ``reading``: how strongly the whole answer reads as rejected (reject_model, 0-1), and
    ``severity``: how likely, among answers turned down, it is to be among the worst
    (reject_model.Severity). Among flagged answers, which all score 0, the one that reads worse
    on the mean of the two ranks lower (see SEVERITY_SHARE), less a little for the share of the
    ``possible`` points it earned (see POINTS_SHARE). None of them ever moves an unflagged answer.
    """
    codes = set(flags)
    tier = 0 if is_gaming(codes) or (flagged and codes & NOT_AN_ATTEMPT_WHEN_CAPPED) else 1 if flagged else 2
    reasons = len(codes & REASONS_TO_REJECT) if flagged else 0
    worse = reading if severity is None or reading is None else (1 - SEVERITY_SHARE) * reading + SEVERITY_SHARE * severity
    if worse is not None and possible > 0:
        worse -= POINTS_SHARE * min(max(raw, 0) / possible, 1.0)
    weight = -round(worse, 2) if flagged and worse is not None else 0.0
    return (tier, -1.0 if score is None else score, weight, -reasons, raw)


# The reading says whether an answer reads like one committees turn down, not how far down: a
# hedged plan (a committee's 2) and a dismissive one (a 1) read alike. Meaned with the severity,
# the bottom band ordered better on answers the severity was not fitted on (each writer group
# left out): Spearman 0.873 -> 0.889 on the 12,234 rubric-blind tuning answers, with attacks
# level with or above a genuine answer 1,840 -> 1,631; 0.828 -> 0.842 and 0.827 -> 0.828 on the
# two newest batches of 168.
SEVERITY_SHARE = 0.5
# ... and an answer turned down that still earns more of the rubric's points is the better attempt:
# a thin honest plan keeps what it got right, a brushed-off one keeps little. Taken off the mean
# at this weight, on the 13,191 rubric-blind tuning answers (reader and severity each left out one
# writer group at a time): Spearman 0.884 -> 0.886, attacks level with or above a genuine answer
# 2,663 -> 2,574; weights 0.1-0.2 all gained, 0.3 and over put more attacks above honest answers.
# On a new batch of 168, graded once before the change: 0.847 -> 0.851, escapes 3 -> 3.
POINTS_SHARE = 0.15


def rank_key_of(row) -> tuple[int, float, float, int, int]:  # noqa: ANN001 - any row with the fields below
    """rank_key of a report row: anything with score, raw_points, possible_points, flagged, flags
    (codes), reject_reading and reject_severity, so tables, pages and eval cannot order answers differently."""
    return rank_key(row.score, row.raw_points, flagged=row.flagged, flags=row.flags, reading=row.reject_reading,
                    severity=row.reject_severity, possible=row.possible_points)


def ratio_score(items: Iterable[Scored]) -> float | None:
    """0-100, or None when nothing positive was scored."""
    return _ratio(*raw_points(items))


def _ratio(earned: int, possible: int | float) -> float | None:
    if possible <= 0:
        return None
    return round(full_credit(min(max(earned / possible, 0.0), 1.0)) * 100, 1)


def full_credit(share: float) -> float:
    """The share of points earned (0-1) as a 0-1 score: itself below the bottom band's edge, then
    stretched so that FULL_CREDIT_SHARE of the points earns full marks."""
    if share <= BOTTOM_EDGE:
        return share
    return min(1.0, BOTTOM_EDGE + (share - BOTTOM_EDGE) * (1.0 - BOTTOM_EDGE) / (FULL_CREDIT_SHARE - BOTTOM_EDGE))


# A short answer is judged on what a short answer can cover: one of FULL_LENGTH_WORDS or more is
# held to every criterion it is scored on, a shorter one to a share that falls linearly to
# SHORT_ANSWER_SHARE. Without this, five sharp sentences lose to a long answer that says more of
# the same things (on the labelled answers, short-sharp answers sat a band below good ones).
FULL_LENGTH_WORDS = 250
SHORT_ANSWER_SHARE = 0.6
# A committee's strong answer does not tick every criterion: an answer earns full marks at this
# share of the points it is held to. Held to all of them, the labelled strong answers' median sat
# in Hire and only 38% of them reached Strong Hire. Scores under the bottom band's edge are not
# stretched, so the bottom band holds the same answers (stretching them too lifted 3 of 84 fresh
# attacks out of it).
FULL_CREDIT_SHARE = 0.85


def expected_points(possible: int, words: int | None) -> float:
    """The positive points an answer of ``words`` words is held to (all of them when unknown)."""
    if words is None:
        return possible
    return possible * (SHORT_ANSWER_SHARE + (1 - SHORT_ANSWER_SHARE) * min(1.0, max(words, 0) / FULL_LENGTH_WORDS))


def band_for(score: float) -> str:
    for floor, name in BANDS:
        if score >= floor:
            return name
    return BOTTOM_BAND


def score(items: Iterable[Scored], *, disqualified: bool = False, words: int | None = None,
          withheld: float = 0.0) -> ScoreBreakdown:
    """The score of scored criteria; ``words``: the answer's length (see expected_points);
    ``withheld``: the share of it held back (0-1) because the answer reads partly as rejected
    (reject_model.doubt_for)."""
    items = list(items)
    earned, possible = raw_points(items)
    held = expected_points(possible, words)
    earned_share = min(max(earned / held, 0.0), 1.0) if held > 0 else None
    axes: dict[str, float] = {}
    for axis in dict.fromkeys(it.axis for it in items):
        value = ratio_score(it for it in items if it.axis == axis)
        if value is not None:
            axes[axis] = value
    harmed = any(it.harm and it.met for it in items)

    def final(total: float) -> float:
        if harmed:
            total = min(total, HARM_CAP)
        return FLAGGED_SCORE if disqualified else total

    share = min(max(withheld, 0.0), 1.0)
    earned_share = earned_share or 0.0
    full = final(round(full_credit(earned_share) * 100, 1))
    kept = earned_share * (1.0 - share)
    # An answer the doubt leaves under the bottom band's edge stays there: the stretch lifts
    # scores above it only, so the bottom band holds the same answers with or without it.
    kept = kept if kept < BOTTOM_EDGE else full_credit(earned_share) * (1.0 - share)
    total = final(round(kept * 100, 1))
    band = band_for(total) if held > 0 or disqualified else UNSCORED_BAND
    return ScoreBreakdown(score=total, axes=axes, band=band, raw_points=earned, possible_points=possible,
                          withheld=share if total < full else 0.0)
