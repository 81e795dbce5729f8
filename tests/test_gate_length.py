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


def test_the_data_a_gate_reads_is_no_length_and_the_clock_starts_with_the_silent_run():
    read = ("No nurse sees an alert until we've re-validated the model on 12 months of our own retrospective "
            "encounters and run it silently for six weeks.")
    assert not gate_outlasts_deadline(Reading(f"{read}\n\n**Plan**\n- Month 4: go live on one medical ward."))
    late = "No nurse sees an alert until the model has run silently for eight weeks."
    schedule = "**Plan**\n- Week 1: kick-off.\n- Week 5: silent run starts.\n- Week 10: go live on two wards."
    assert gate_outlasts_deadline(Reading(f"{late}\n\n{schedule}"))
    assert not gate_outlasts_deadline(Reading(f"{late}\n\n{schedule.replace('Week 10', 'Week 14')}"))


@pytest.mark.parametrize("gate,date", [
    ("No physician sees a suggestion until a full quarter of silent running is complete.",
     "Our promise to customers is physicians using it 30 days after signature."),
    ("No alert reaches a nurse until six weeks' silent running is complete.",
     "We switch alerts on for the pilot wards at the end of week three."),
    ("No alert reaches a nurse until the model has run silently for six weeks.",
     "We go live for nurses and physicians on every adult ward within three weeks."),
])
def test_other_wordings_of_a_gate_and_a_date(gate, date):
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n{date}"))


def test_a_usual_integration_time_is_no_go_live_date():
    gate = "No physician sees a suggestion until it has run silently for eight weeks."
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\nThe Epic integration is usually live within four weeks of signature."))


def test_a_running_named_again_by_its_length_and_a_go_live_after_plumbing_in_one_sentence():
    gate = ("I'd run a full 12-week silent period on live data. "
            "Nothing goes in front of a nurse until that 12-week window is done and reviewed.")
    early = "The plan: weeks 1-2 integration, weeks 3-5 nurse training, then house-wide go-live in week 6."
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n{early}"))
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\n{early.replace('week 6', 'week 16')}"))
    # the plumbing going live exposes no one
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\nThe EHR integration goes live in week 6."))


def test_a_length_in_words_past_twelve_and_a_window_the_answer_does_not_plan():
    gate = "No physician sees a suggestion until ninety days of silent running on that hospital's own patients is complete."
    assert gate_outlasts_deadline(Reading(f"{gate}\n\nOur promise is physicians live within 30 days of signature."))
    running = ("The reviewer's 10-week testing window is already six weeks in. "
               "Nothing generated reaches a physician until that 10-week window is done.")
    assert not gate_outlasts_deadline(Reading(f"{running}\n\nThe plan: weeks 1-3 training, then go-live in week 6."))


@pytest.mark.parametrize("gate", [
    "The silent run covers the full quarter before any alert is shown to anyone.",
    "Shadow mode runs for eight weeks before a single nurse sees a score.",
])
def test_a_gate_said_from_the_running_side_is_read_too(gate):
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n**Launch**\n- Week 1: labels.\n- Week 4: go live on two medical wards."))
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\n**Launch**\n- Week 1: labels.\n- Week 14: go live on two medical wards."))
    # a later wave held back by the running is kept by an early pilot
    later = gate.replace("any alert is shown to anyone", "any further ward sees it").replace("a single nurse sees a score", "we expand to more wards")
    assert not gate_outlasts_deadline(Reading(f"{later}\n\n**Launch**\n- Week 4: go live on two medical wards."))


def test_a_step_kept_out_of_sight_for_full_weeks_and_alerts_switched_on_earlier_contradict():
    gate = ("The bar: alerts stay invisible to nurses and physicians prior to eight full weeks of silent running on live data.")
    early = "**Schedule**\nWeek 2: silent running starts on two pilot wards.\nWeek 5: alerts switched on for nurses on the pilot wards."
    late = "**Schedule**\nWeek 2: silent running starts on two pilot wards.\nWeek 11: alerts switched on for nurses on the pilot wards."
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n{early}"))
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\n{late}"))


@pytest.mark.parametrize("gate", [
    "The bar: alerts remain muted for nurses and physicians through eight full weeks of background scoring on live data.",
    "The silent run covers the full quarter before any alert is shown to a nurse.",
])
@pytest.mark.parametrize("line", [
    "Week 3: alerts go to bedside nurses on every medical ward.",
    "Week 5: nurses on all medical wards start receiving alerts.",
])
def test_other_words_for_a_muted_gate_and_for_alerts_reaching_nurses(gate, line):
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n**Plan**\nWeek 1: labels.\n{line}"))
    later = line.replace("Week 3", "Week 14").replace("Week 5", "Week 14")
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\n**Plan**\nWeek 1: labels.\n{later}"))


def test_a_running_given_its_own_span_and_only_then_an_alert_is_a_gate():
    gate = "Shadow scoring gets a full quarter to itself on the adult wards; only after that does a nurse see an alert."
    assert gate_outlasts_deadline(Reading(f"{gate}\n\n**Plan**\nWeek 1: labels.\nWeek 5: nurses on all wards start receiving alerts."))
    assert not gate_outlasts_deadline(Reading(f"{gate}\n\n**Plan**\nWeek 1: labels.\nWeek 14: nurses on all wards start receiving alerts."))


def test_a_running_named_by_its_span_before_anyone_sees_an_alert_is_a_gate():
    gate = "We'll run a three-month silent period on live data before anyone sees an alert. "
    assert gate_outlasts_deadline(Reading(gate + "Go-live on all adult wards is in week four."))
    assert not gate_outlasts_deadline(Reading(gate + "Go-live on all adult wards is in week fourteen."))
    # a silent run said to go on beside the go-live does not make the go-live silent
    assert gate_outlasts_deadline(Reading(gate + "Go-live on all adult wards is in week four, with the silent period running in parallel."))
    assert not gate_outlasts_deadline(Reading(gate + "The silent go-live on all adult wards is in week four."))


def test_a_running_kept_out_of_sight_for_its_length_is_a_gate_for_the_clause_that_opens_alerts():
    gate = "Before go-live: shadow mode for 90 days on all adult inpatients, invisible to clinicians. "
    early = "Bedside nurses on two wards start getting the alert from week five; the shadow comparison reports at the end of the quarter."
    assert gate_outlasts_deadline(Reading(gate + early))
    assert not gate_outlasts_deadline(Reading(gate + early.replace("week five", "week fourteen")))
