"""Follow-ups that listen: ask about what the answer left out, and grade the replies on it.

A scenario may say which criteria each follow-up probes (``follow_up_probes``). After the main
answer, each follow-up's gap is the points the answer left on those criteria (missed strengths
plus red flags hit); the biggest gaps are asked first and a follow-up whose criteria the answer
already covered is never asked. A reply is then graded on the criteria its follow-up probes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mockpm.models import Answer, CriterionResult, GradeReport, Rubric, Scenario

if TYPE_CHECKING:
    from mockpm.catalog import Library
    from mockpm.practice.state import Turn


@dataclass(frozen=True)
class Probe:
    question: str
    criteria: tuple[str, ...]
    gap: int = 0  # points the main answer left on these criteria


@dataclass
class FollowupFeedback:
    number: int
    question: str
    results: list[CriterionResult] = field(default_factory=list)
    skipped: bool = False  # the candidate left the follow-up empty


def gap(report: GradeReport, criteria: tuple[str, ...]) -> int:
    """Points at stake on these criteria: missed strengths and red flags hit (unscored: none)."""
    by_id = {c.id: c for c in report.criteria}
    total = 0
    for cid in criteria:
        c = by_id.get(cid)
        if c is None or c.met is None:
            continue
        if c.points > 0 and not c.met:
            total += c.points
        elif c.points < 0 and c.met:
            total += -c.points
    return total


def probes_in_order(scenario: Scenario) -> list[tuple[str, tuple[str, ...]]]:
    """The scenario's follow-ups in its own order, each with the criteria it probes (none when
    the scenario does not say)."""
    probes = scenario.follow_up_probes if len(scenario.follow_up_probes) == len(scenario.follow_ups) else []
    return [(q, tuple(probes[i]) if probes else ()) for i, q in enumerate(scenario.follow_ups)]


def choose(scenario: Scenario, report: GradeReport, limit: int) -> list[Probe] | None:
    """The follow-ups to ask, biggest gap first; None when the scenario names no probes."""
    if not scenario.follow_up_probes or len(scenario.follow_up_probes) != len(scenario.follow_ups):
        return None
    probes = [Probe(q, tuple(ids), gap(report, tuple(ids))) for q, ids in zip(scenario.follow_ups, scenario.follow_up_probes)]
    open_ones = [p for p in probes if p.gap > 0]
    # sorted() is stable: on a tie the scenario's own order (the interviewer's) decides
    return sorted(open_ones, key=lambda p: -p.gap)[:limit]


FLAG_SAME_POINT = "not credited: the reply hit a red flag on the same point"


def reply_criteria(probes: list[str], scenario: Scenario, lib: Library) -> list:
    """What a follow-up reply is graded on: the criteria its follow-up probes plus every red flag
    of the question (a reply can be a red flag itself). Red flags about something missing from
    the whole answer ("not a single number") are left out: a short reply lacks them by design."""
    from mockpm.verdict_flags import is_absence_check

    crits = lib.criteria_for(scenario)
    probed = [c for c in crits if c.id in probes]
    flags = [c for c in crits if c.points < 0 and c.id not in probes and not is_absence_check(c)]
    return probed + flags


def grade_reply(text: str, probes: list[str], scenario: Scenario, lib: Library) -> list[CriterionResult]:
    """One reply through the same grade() as a whole answer (stance-aware checks included).

    Shown: the probed criteria, then any other red flag the reply hit. A probed strength on the
    axis of a red flag the reply hit is not credited: naming the FDA only to wave it off is no
    regulatory grip.
    """
    from mockpm.grading import grade

    criteria = reply_criteria(probes, scenario, lib)
    if not any(c.id in probes for c in criteria):
        return []
    rubric = Rubric(id="follow-up", title="follow-up", criteria=criteria)
    report = grade(Answer(text=text), scenario, [rubric], None, library=lib)
    hit_axes = {c.axis for c in report.criteria if c.points < 0 and c.met}
    out: list[CriterionResult] = []
    for c in report.criteria:
        if c.id in probes:
            if c.points > 0 and c.met and c.axis in hit_axes:
                c = c.model_copy(update={"met": False, "flags": [*c.flags, FLAG_SAME_POINT]})
            out.append(c)
        elif c.met:  # an unprobed red flag: shown only when the reply hit it
            out.append(c)
    return out


def grade_replies(turns: list[Turn], scenario: Scenario, lib: Library) -> list[FollowupFeedback]:
    """Each answered follow-up graded on the criteria it probes and the question's red flags
    (keyword and stance checks: instant, free)."""
    out: list[FollowupFeedback] = []
    followups = [t for t in turns if t.kind == "followup"]
    known = {c.id for c in lib.criteria_for(scenario)}
    for number, turn in enumerate(followups, 1):
        if not any(cid in known for cid in turn.probes):
            continue
        if not turn.answer.strip():
            out.append(FollowupFeedback(number, turn.question, skipped=True))
            continue
        results = grade_reply(turn.answer, list(turn.probes), scenario, lib)
        out.append(FollowupFeedback(number, turn.question, results=results))
    return out
