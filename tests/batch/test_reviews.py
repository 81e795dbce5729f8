"""A person's decisions on criteria, applied to a report: the score is worked out again by the same rules."""

from __future__ import annotations

from mockpm import reject_model
from mockpm.batch.reviews import with_decisions
from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.samples import load_samples


def test_a_decision_that_a_criterion_is_not_met_never_raises_a_withheld_score():
    lib = load_library()
    for s in load_samples(None, include_builtin=True, known_scenarios=set(lib.scenarios)).samples:
        scenario = lib.scenario(s.scenario)
        if reject_model.read(s.text, s.scenario, scenario.question).doubt <= 0.1:
            continue
        report = grade(Answer(text=s.text, source="t.md"), scenario, lib.rubrics_for(scenario), library=lib)
        met = [c for c in report.criteria if c.met and c.points > 0]
        if report.flagged or report.withheld == 0 or not met:
            continue
        decided = with_decisions(report, {met[0].id: {"met": False, "note": "not really"}})
        assert decided.score < report.score
        assert decided.withheld == report.withheld
        undecided = with_decisions(report, {met[0].id: {"met": True}})
        assert undecided.score == report.score  # the same verdicts give the same score, share withheld
        return
    raise AssertionError("no labelled answer with a withheld share and a met criterion")
