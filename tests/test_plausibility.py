"""Claims no clinical team could stand behind are found in the candidate's own voice only."""

from __future__ import annotations

import pytest

from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.plausibility import implausible_claims


def test_each_family_of_implausible_claim_is_found():
    assert implausible_claims("We got 99.7% agreement with the expert labels.") == ["near-perfect"]
    assert implausible_claims("File the 510(k) now; FDA turns software around in about six weeks.") == ["impossible-speed"]
    assert implausible_claims("Physicians verified each summary in about five seconds.") == ["impossible-effort"]
    assert "tiny-evidence" in implausible_claims("I re-ran it on 10 patients and all 10 matched, so statistically we were covered.")


def test_realistic_plans_and_disclaimers_are_not_claims():
    plan = ("SOC 2 Type I in about ten weeks, then the Type II window. Regulatory counsel looks at FDA status in week one. "
            "We run silently for eight weeks, and two physicians review 200 charts.")
    assert implausible_claims(plan) == []
    assert implausible_claims("No model reaches 99% sensitivity, and nobody validates a sepsis model in two days.") == []


@pytest.mark.parametrize("text", [
    ("We'll validate the model in 48 hours on the retrospective set and expect 99% sensitivity and specificity. "
     "Then we turn it on for the medical wards with the charge nurse as the escalation path, and nurses "
     "verify each alert in about ten seconds. Time to antibiotics and alerts per shift are the metrics, "
     "and the CMIO and nurse managers sign off the threshold before go-live. ") * 2,
    # ... and an organised plan whose every bar is set where it cannot bite (lax_bars)
    ("Launch criteria for the sepsis model, agreed with the CMIO and nursing leadership.\n\n"
     "- Silent mode on two wards for eight weeks, with chart review by two physicians.\n"
     "- Threshold: the point that gives 38% sensitivity, so nurses see few alerts.\n"
     "- Subgroups: acceptable if each age band is within 30 percentage points of the overall figure.\n"
     "- Monitoring: an equity review of 0.2% of alerts each quarter.\n"
     "- Stop rule: pause the model if in-hospital sepsis mortality rises by more than 200%.\n"
     "- Escalation to the charge nurse and rapid response; time to antibiotics is the outcome we track."),
])
def test_two_claims_flag_an_answer_offline(text):
    lib = load_library()
    s = lib.scenario("sepsis-model")
    r = grade(Answer(text=text), s, lib.rubrics_for(s), library=lib)
    assert r.flagged and "implausible_claims" in {f.code for f in r.flags}
    assert r.score == 0


def test_arithmetic_that_cannot_be_and_message_floods_are_claims():
    assert implausible_claims("Switching to 90-day fills raises PDC from 60% to 140%.") == ["impossible-arithmetic"]
    assert implausible_claims("Duplicates go from 80 a week to none, a 400% reduction.") == ["impossible-arithmetic"]
    assert implausible_claims("The target is to cut readmissions by 80% for every customer.") == ["impossible-arithmetic"]
    assert implausible_claims("I'd expect sepsis mortality on those wards to fall by around 40%.") == ["impossible-arithmetic"]
    assert implausible_claims("The published study saw sepsis mortality fall by about 18%.") == []
    assert implausible_claims("That comes to roughly 12 alerts per nurse per shift, which is fine.") == ["message-flood"]
    assert implausible_claims("Target sensitivity 100% and a PPV of at least 98%.") == ["near-perfect", "near-perfect"]
    assert implausible_claims("State licensure for our clinicians takes about 3 days if we file online.") == ["impossible-speed"]
    assert implausible_claims("Silent mode for 48 hours across all units.") == ["impossible-speed"]
    assert implausible_claims("In my last role I grew payment volume 40x in a quarter.") == ["runaway-gain"]
    assert implausible_claims("We'd have statistically significant winners in 48 hours.") == ["runaway-gain"]
    assert implausible_claims("Two percent sounds high, but it's about one bad draft per 10,000.") == ["arithmetic-slip"]
    assert implausible_claims("3% of our 200,000 monthly users is roughly 50 conversations a year.") == ["arithmetic-slip"]
    assert implausible_claims("Scoring every 15 minutes works out to 96 scores per patient per hour.") == ["arithmetic-slip"]


def test_real_targets_in_the_same_shapes_are_not_claims():
    plan = ("Keep it to one or two alerts per nurse per shift, and no more than 3 reminders per visit. "
            "Run silent mode for six weeks, then one ward. A 30% reduction in no-shows would be a strong result; "
            "PDC from 62% to 70% is the realistic goal, readmissions down 5% in a year. Uptime of 99.9% with a "
            "downtime procedure. If the flag adds even 10 seconds per study, radiologists will turn it off. "
            "The trial runs for 12 weeks, long enough for a statistically significant difference in no-shows. "
            "A 2% rate is about one in 50 summaries; 3% of 200,000 monthly users is about 6,000 a month, 72,000 a "
            "year. Scoring every 15 minutes is 4 scores per patient per hour. FDA's review goal is 90 days. "
            "Two or fewer alerts per nurse per 12-hour shift on pilot units.")
    assert implausible_claims(plan) == []


def test_a_click_that_costs_minutes_and_a_day_no_clinician_has_are_claims():
    from mockpm.plausibility import implausible_claims

    assert implausible_claims("Our physicians sign about 600 notes each per day, and each click in Epic costs around 20 minutes.") == [
        "impossible-effort", "impossible-workload"]
    for real in ("Two extra clicks per note across 40 notes add about 3 minutes a day.",
                 "Our 200 physicians see 300 patients a day across the clinics.",
                 "Each nurse handles about 5 patients per shift."):
        assert implausible_claims(real) == []


def test_one_persons_month_cannot_hold_hundreds_of_papers_or_physicians():
    from mockpm.plausibility import implausible_claims

    assert implausible_claims("Over the last three weeks I shadowed about 300 physicians across 40 hospitals.") == ["impossible-effort"]
    assert implausible_claims("I already read 1,200 papers on it last month.") == ["impossible-effort"]
    for real in ("Last month I shadowed 3 physicians and read 40 papers.",
                 "Over two years I read about 300 papers on sepsis.",
                 "We reviewed 500 charts over three weeks with two physicians."):
        assert implausible_claims(real) == []


def test_licensure_in_weeks_and_triage_in_seconds_are_claims():
    from mockpm.plausibility import implausible_claims

    assert implausible_claims("We can get three-week licensure in each new state.") == ["impossible-speed"]
    assert implausible_claims("We'd hit a four-second door-to-triage time.") == ["impossible-effort"]
    for real in ("The tool may add under 20 seconds per triage.", "Licensure takes three to six months per state."):
        assert implausible_claims(real) == []


def test_a_span_of_time_said_to_equal_a_very_different_one_is_a_slip():
    from mockpm.plausibility import _arithmetic_slips

    assert _arithmetic_slips("Two quarters is about three weeks, so we'd be live well ahead of plan.")
    assert _arithmetic_slips("A 90-day pilot is roughly 2 weeks, start to finish.")
    # Effort is not elapsed time: "40 hours of review, that is a week of her time".
    for fine in ("40 hours of review, that is a week of her time.", "Two quarters is about 26 weeks, so we have room.", "Half a day is 12 hours.",
                 "30 minutes a day is 3.5 hours a week of review.", "A 12-week silent run is about three months of data.",
                 "Eight weeks is roughly a month and a half."):
        assert not _arithmetic_slips(fine), fine


def test_a_count_per_clinician_per_shift_past_a_shift_and_a_wait_cut_to_seconds_are_claims():
    assert implausible_claims("The ED sees about 4,000 triage patients per nurse per shift, so savings add up.") == ["impossible-workload"]
    assert implausible_claims("Door-to-triage time should fall from 45 minutes to around four seconds.") == ["impossible-effort"]
    for fine in ("Each nurse sees about 12 patients per shift.", "We see 4,000 patients per day across the ED.",
                 "Page load dropped from 2 minutes to 40 seconds.", "Radiologists read 120 CTs per shift."):
        assert implausible_claims(fine) == [], fine


@pytest.mark.parametrize("text", [
    "One part-time counsellor reviews about 180,000 flagged conversations a month.",
    "Each navigator makes 4,500 calls a day.",
    "A trained physician can review about 400 discharge summaries an hour if they just scan.",
    "Each of their hospitalists will be signing about 150 discharges a day with the tool.",
    "A 10-patient check is enough to sign off.",
    "If 9 of the 12 keep logging, that's 75%, which is statistically significant.",
    "320 nurses trained in one ten-minute huddle before go-live.",
    "We'd get all 40 approvals in ten days.",
])
def test_one_persons_impossible_volume_a_handful_called_conclusive_and_a_workforce_trained_in_minutes(text):
    assert implausible_claims(text), text


@pytest.mark.parametrize("text", [
    "Each care manager has 400 members on their caseload.",
    "One coordinator per site screens about 1,200 patients a year.",
    "Each hospitalist discharges about 12 patients a day.",
    "The ED sees 150 patients a day across three shifts.",
    "A 12-person usability test tells us where people get stuck.",
    "A 20-chart review isn't enough to conclude anything; we'd read 300.",
    "The 140 nurses are trained in a two-hour session over three weeks.",
    "We'd need 40 ethics approvals, which takes six to nine months.",
])
def test_real_caseloads_samples_and_training_claim_nothing(text):
    assert implausible_claims(text) == [], text


@pytest.mark.parametrize("text", [
    "We'd run the model in a silent run over six weeks before any alert fires.",
    "Validation at each site takes about two weeks of coordinator time.",
    "Nurse educators give a 30-minute training on the alert, and a two-week chart audit follows launch.",
    "Under a central IRB, all 14 IRB approvals come through within six weeks.",
    "The bar is zero medication errors on the test set before it is turned on.",
    "A five-physician test is enough to find the big usability problems.",
    "We replayed the traffic on all 12 replay scenarios and got 100% of duplicates caught.",
    "60 physicians get trained with a ten-minute video plus a super-user on site in week one.",
    "A radiologist reading chest X-rays can get through 60 to 80 reads an hour.",
])
def test_real_plans_measured_in_weeks_bars_of_zero_and_real_paces_claim_nothing(text):
    assert implausible_claims(text) == [], text


@pytest.mark.parametrize("text", [
    # a pilot of weeks or months is a plan; a span "of" something is a cost
    "Each site starts with a 60-day pilot in one department before expanding.",
    "We run a 90-day pilot at two hospitals.",
    "Kick off SOC 2 now: a Type II report is most of a year away, so every week we wait is a week of slip.",
])
def test_ordinary_pilots_and_the_cost_of_waiting_are_plausible(text):
    assert implausible_claims(text) == []


@pytest.mark.parametrize("text", [
    "We finish a 3-day pilot on all wards and go live.",
    "SOC 2 Type II is done in two weeks.",
    "We get a 30-day clearance from the FDA.",
    "FDA clearance is a week of paperwork.",
])
def test_days_for_a_pilot_or_weeks_for_an_audit_stay_implausible(text):
    assert implausible_claims(text) == ["impossible-speed"]


@pytest.mark.parametrize("text", [
    # zero events left unhandled is a process kept, and a success measure is a bar
    "Judge me on: three sites live, evaluation published, zero unreviewed safety events. Success is zero missed refills against a baseline.",
    "We keep zero unexplained discrepancies in the nightly reconciliation, and zero unreported incidents.",
    # advice asked for quickly is how a regulatory plan starts
    "Hire FDA regulatory counsel now and get a written opinion within 30 days on whether we meet the CDS criteria. "
    "FDA pre-sub meeting request goes in within two weeks.",
])
def test_a_process_kept_at_zero_and_advice_asked_for_quickly_claim_nothing(text):
    assert implausible_claims(text) == [], text


def test_clearance_and_outcomes_promised_stay_implausible_beside_advice():
    assert implausible_claims("We get FDA clearance within 30 days. We will have zero safety events.") == [
        "impossible-speed", "near-perfect"]


@pytest.mark.parametrize("text,family", [
    ("Launch bar: sensitivity >= 98% on the held-out year.", "near-perfect"),
    ("Under-triage: 6.1% to 0.0% since go-live.", "near-perfect"),
    ("Door-to-triage: 14 minutes down to 9 seconds.", "impossible-effort"),
])
def test_claims_set_out_as_a_label_and_figures_are_read_too(text, family):
    assert implausible_claims(text) == [family]


def test_a_real_reduction_set_out_the_same_way_is_no_claim():
    assert implausible_claims("Under-triage: 6.1% to 4.0% over the pilot. Door-to-triage: 14 minutes down to 9 minutes.") == []


@pytest.mark.parametrize("text,claim", [
    ("I'd watch what the physician sees in the 90 seconds after signing the order.", False),
    ("For the 90 seconds a signed order sits unconfirmed, nothing shows.", False),
    ("Within 30 seconds our system looks for a matching order.", False),
    ("Radiologists confirm each finding with a 15-second review.", True),
    ("That is about 5 seconds per read for the radiologist.", True),
    ("A nurse needs ten seconds to verify each alert.", True),
    ("Physicians spend 15 seconds reviewing each draft.", True),
])
def test_seconds_are_an_effort_only_when_they_are_the_acts_own_length(text, claim):
    assert ("impossible-effort" in implausible_claims(text)) is claim, text
