from __future__ import annotations

import pytest

from mockpm.gate_length import gate_outlasts_deadline
from mockpm.passages import Reading

GATE = "Our policy: no hospital goes live until we've run silently on its own patients for at least six weeks."


@pytest.mark.parametrize("date", [
    "Hospitals hate long implementations, so our promise is live within 30 days of signature.",
    "**Plan**\n- Week 1: kick-off with the CMIO.\n- Week 4: go live on the pilot wards so we have data for the launch decision.",
])
def test_a_go_live_date_before_the_gate_can_close_breaks_it(date):
    assert gate_outlasts_deadline(Reading(f"{GATE}\n\n{date}"))


@pytest.mark.parametrize("date", [
    "We go live within 60 days of signature.",
    "**Plan**\n- Week 1: kick-off.\n- Week 4: silent run starts on the pilot wards.\n- Week 10: go live on two wards.",
    "**Plan**\n- Week 4: go/no-go decision to launch on the pilot wards.",
    "We'd go live within 14 days after the silent run ends.",
    "**Plan**\n- Week 4: the EHR integration goes live at the pilot hospital.",
])
def test_a_date_that_leaves_room_for_the_gate_or_is_no_launch_keeps_it(date):
    assert not gate_outlasts_deadline(Reading(f"{GATE}\n\n{date}"))


def test_a_gate_on_a_later_wave_is_kept_by_an_early_pilot():
    gate = "No hospital beyond the pilot goes live until the pilot has run for a full quarter."
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\nThe pilot hospital goes live within 30 days of signature."))


def test_the_whole_quarter_is_a_length():
    gate = "We will not show a single alert to a clinician until the model has run silently for the entire quarter."
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n**Launch**\n- Week 8: go live on the pilot wards."))
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\n**Launch**\n- Week 14: go live on the pilot wards."))
