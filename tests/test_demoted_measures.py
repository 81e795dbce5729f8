"""A measure called secondary, a proxy or a diagnostic right after it is named is put in its place."""

from __future__ import annotations

import pytest

from mockpm.demoted_measures import demoted


@pytest.mark.parametrize(("text", "measure", "expected"), [
    ("Treat it as an adherence-risk problem, with retention a secondary concern.", "retention", True),
    ("Logging retention becomes a secondary metric.", "retention", True),
    ("60-day logging retention is a secondary signal.", "retention", True),
    ("PDC first; logging retention as secondary.", "retention", True),
    ("App retention is a proxy. The outcome is whether they take their medicine.", "retention", True),
    ("Delivery and open rates are diagnostics, not success measures.", "open rates", True),
    # the measure made the goal, or a trial's secondary outcome (a design choice), is not demoted
    ("Retention is our north star, and PDC is tracked too.", "Retention", False),
    ("Open rates are the headline number for the VP.", "Open rates", False),
    ("Enrolment time as secondary outcome.", "Enrolment time", False),
    ("We optimise retention and privacy is a secondary concern.", "retention", False),
])
def test_a_measure_put_in_its_place(text, measure, expected):
    assert demoted(text, text.index(measure), text.index(measure) + len(measure)) is expected


def test_the_framing_red_flag_reads_the_demotion():
    from mockpm.catalog import load_library
    from mockpm.checks import run_check

    crit = next(c for r in load_library().rubrics.values() for c in r.criteria if c.id == "core.retention-framing")
    assert not run_check(crit.check, "Success is PDC from claims; app retention is a secondary signal.", red_flag=True).met
    assert run_check(crit.check, "Success is app retention at day 60.", red_flag=True).met


@pytest.mark.parametrize(("text", "measure", "expected"), [
    ("Before deciding this is a retention problem, I'd check whether it's a medicine problem.", "retention", True),
    ("Before agreeing it's a retention problem, I'd check refills.", "retention", True),
    ("My instinct is to stop calling the 40% churn until we know whether they stopped their pills.", "churn", True),
    ("Stop treating the drop-off as app retention.", "retention", True),
    ("This is a retention problem, so we fix onboarding.", "retention", False),
    ("We'll stop reporting weekly and focus on churn.", "churn", False),
])
def test_a_framing_questioned_or_dropped_before_it_is_named(text, measure, expected):
    assert demoted(text, text.index(measure), text.index(measure) + len(measure)) is expected
