"""A dated schedule that launches to everyone and then gathers the evidence the launch needed."""

from __future__ import annotations

import pytest

from mockpm.launch_order import evidence_after_launch
from mockpm.passages import reading_for

_LATE = (
    "I'd tier by harm and fit the two-quarter window.\n\n"
    "Month 1-2: integration with PACS and the worklist, UI work with two radiologists.\n"
    "Month 3: go-live of all three outputs at the first hospital, with the kill switch ready.\n"
    "Month 3-4: the per-vendor analysis, and we set the confidence cut-offs per tier from those results.\n"
    "Month 5: pre-submission meeting with FDA on the drafting function, with real-world usage data.\n")
_FIRST = (
    "Month 1-2: silent run on both vendors, with the per-vendor analysis and a sensitivity floor of 95%.\n"
    "Month 3: we set the confidence cut-offs from the silent data and book the FDA pre-sub for drafting.\n"
    "Month 4: go-live of all three outputs at the first hospital, with the kill switch ready.\n"
    "Month 5: per-vendor results reviewed again with the radiology chair before hospital two.\n")
_PHASED = (
    "Week 1-8: integration and training on ward 4.\n"
    "Week 9: go live on ward 4 with a nurse champion per shift.\n"
    "Week 10-14: silent run on the other wards, thresholds set per ward, subgroup results by age and sex.\n")
_MONITORED = (
    "Week 1: baseline of time-to-sign from last quarter's data, and the rollback threshold agreed with the CMIO.\n"
    "Week 3: release for all 30 clinics behind a flag.\n"
    "Week 4-8: monitor time-to-sign against the baseline weekly, by clinic and by subgroup of physicians.\n")

# a launch said as turning the feature on, with its baseline and bars after it
_SWITCHED_ON = (
    "- Week 1: turn the review screen on in all 30 clinics on a Monday, so every physician gets the same experience.\n"
    "- Week 2: pull the baseline of time to sign from history and compare it with the first week live.\n"
    "- Week 4: set rollback thresholds with the CMIO based on what we've observed.\n")


@pytest.mark.parametrize(("text", "late"), [
    (_LATE, ["thresholds", "subgroups", "regulatory read"]),
    (_SWITCHED_ON, ["baseline", "thresholds"]),
    (_FIRST, []),       # the same steps before the launch: the evidence informs it
    (_PHASED, []),      # one ward first, the next wards validated before they go live
    (_MONITORED, []),   # the baseline and the bar first, watching after
])
def test_evidence_gathered_after_a_launch_to_everyone_is_read(text, late):
    assert evidence_after_launch(reading_for(text)) == late


def test_evidence_after_the_launch_reads_as_a_plan_at_odds_with_itself():
    from mockpm.contradictions import contradictions

    found = contradictions(_LATE)
    assert "a launch first and the evidence it needed after it" in found
    assert "a launch first and the evidence it needed after it" not in contradictions(_FIRST)


_STEPS = (
    "Step 1, close. Sign the three late-stage systems now.\n\n"
    "Step 2, deploy. Go live across internal medicine at each signed site.\n\n"
    "Step 3, clinician input. Once we're live, we convene a physician advisory council to shape v2.\n\n"
    "Step 4, silent-mode benchmarking. At each live site we run a shadow comparison against the final diagnosis.\n\n"
    "Step 5, regulatory determination. We engage counsel on whether we need an FDA pre-sub.\n")


def test_numbered_steps_are_an_order_and_hearing_clinicians_after_the_launch_is_late():
    late = evidence_after_launch(reading_for(_STEPS))
    assert {"discovery", "silent run", "regulatory read"} <= set(late)
    steps = _STEPS.split("\n\n")
    deploy_last = "\n\n".join([steps[0], *steps[2:5], steps[1]]).replace("Once we're live, we", "We")
    assert evidence_after_launch(reading_for(deploy_last)) == []


def test_a_member_who_went_quiet_is_no_silent_run_and_shipping_to_everyone_is_a_launch():
    text = ("Month 1: ship the new reminder engine to all members.\n"
            "Month 2: any member silent for 10 days lands on the care manager's queue.\n"
            "Month 4: our pharmacist interviews 50 members who dropped off, and we do home visits.\n"
            "Month 5: we build the claims-based adherence baseline.\n")
    late = evidence_after_launch(reading_for(text))
    assert "silent run" not in late
    assert {"discovery", "baseline"} <= set(late)
