import pytest

from mockpm.passages import Reading
from mockpm.schedule_gates import opened_before_gate, slot_units

RULE = "No patient in a new state gets scheduled until their clinician holds a license there.\n\n"


def test_a_schedule_that_opens_the_step_before_the_condition_breaks_the_rule():
    text = RULE + ("Month 1: credentialing starts license applications for both states.\n"
                   "Month 4: Squad B opens online scheduling to patients in the two new states. "
                   "Most license applications will be in flight by then.\n"
                   "Month 6: freeze targets hit.")
    assert opened_before_gate(Reading(text))


@pytest.mark.parametrize("schedule", [
    # the condition met first, in an earlier slot or earlier in the same slot
    "Month 1: clinicians apply for a license in both states.\nMonth 4: open scheduling to patients in the new states.",
    "Month 4: each clinician holds a license in both states; we open scheduling to patients in the new states.",
    # the step mentioned, but not opened, or denied again
    "Month 2: design the state-aware patient scheduling screens.\nMonth 5: licenses granted.",
    "Month 2: still no scheduling for patients in a new state.\nMonth 5: licenses granted.",
])
def test_a_schedule_that_keeps_the_rule_breaks_nothing(schedule):
    assert not opened_before_gate(Reading(RULE + schedule))


def test_a_condition_of_one_word_and_a_contraction_is_no_condition_to_date():
    # "until we've measured it" names one condition word: nothing to find met in the schedule
    text = ("I don't accept physician review as the mitigation until we've measured it.\n\n"
            "Week 6: technical go-live, the model runs silently.\n"
            "Week 8: if the reviewer signs off, pilot with ten physicians and their review of every draft.\n"
            "Week 12: expand.")
    assert not opened_before_gate(Reading(text))


def test_without_a_dated_schedule_nothing_is_read():
    text = RULE + "We open scheduling to patients in the new states as soon as we can."
    assert not opened_before_gate(Reading(text))


GO_LIVE_RULE = "No site goes live with physicians seeing output until that study reads out, which I'd expect around month nine.\n\n"


@pytest.mark.parametrize("later", [
    "2. Both Epic systems go live in month four, so physicians are using it at three sites by the board meeting.",
    "2. The month-4 go-live puts physicians at both Epic sites on the tool.",
])
def test_a_dated_condition_and_an_earlier_dated_opening_break_the_rule(later):
    assert opened_before_gate(Reading(GO_LIVE_RULE + later))


@pytest.mark.parametrize("later", [
    # opened on or after the date the rule gives its condition
    "2. Both Epic systems go live in month ten, once physicians have the study in hand.",
    "2. Both Epic systems go live in month 9 with physicians seeing output.",
    # a length, not a date
    "2. Both Epic sites go live after a 4-month silent run that physicians never see.",
])
def test_an_opening_dated_after_the_condition_keeps_the_rule(later):
    assert not opened_before_gate(Reading(GO_LIVE_RULE + later))


def test_a_date_in_passing_against_an_undated_condition_breaks_nothing():
    # the condition is never dated, so "Q1 ... pilot" cannot be placed before it
    text = ("Principle: don't slow radiologists down, everything is precomputed before they open the study.\n"
            "Two quarters is tight: Q1 integration and pilot with radiologists, Q2 rollout to all radiologists.")
    assert not opened_before_gate(Reading(text))


def test_another_step_that_goes_live_early_keeps_the_rule():
    text = ("No report drafting goes live until the De Novo clears, which I'd expect around month nine.\n\n"
            "2. PE triage goes live in month four for every radiologist.")
    assert not opened_before_gate(Reading(text))


def test_a_date_is_no_step_a_dated_go_live_could_open():
    # the rule holds back committing dates; "the date" in a slot names the schedule, not that step
    text = ("Week 1: agree the go/no-go criteria with the reviewer.\n"
            "Weeks 2 to 6: plan for the date: go-live is a limited pilot for one hospitalist group.\n\n"
            "One process fix: sales doesn't commit clinical go-live dates without product and clinical sign-off.")
    assert not opened_before_gate(Reading(text))


def test_a_condition_that_points_back_at_its_own_slots_work_is_met_in_that_slot():
    text = ("**Q1: foundations**\n- Move PHI traffic to an endpoint that signs a BAA. No health-plan launch until that's done and our own agreement with the plan is signed.\n"
            "**Q2**\n- Hire the regulatory lead.\n"
            "**Q3**\n- Launch symptom tracking to the health-plan cohorts.\n")
    assert not opened_before_gate(Reading(text))
    # ... but an opening set out before the work still breaks it
    assert opened_before_gate(Reading(text.replace("**Q1: foundations**\n", "**Q1: foundations**\n- Launch to the health-plan members first.\n")))


def test_work_toward_the_condition_is_not_the_step_opened():
    schedule = ("Month 2: we start license applications for clinicians who'll see patients in the new states.\n"
                "Month 6: licenses granted; we open scheduling to patients in the new states.")
    assert not opened_before_gate(Reading(RULE + schedule))


def test_patients_who_can_book_before_the_dated_condition_break_the_rule():
    rule = "No patient in a new state gets scheduled until their clinician holds a license there, which we expect around month nine.\n\n"
    early = ("By the end of month 3 every patient in the two new states can book with any of our therapists, "
             "and we catch up on the licensing paperwork as it comes through.")
    assert opened_before_gate(Reading(rule + early))
    assert not opened_before_gate(Reading(rule + early.replace("month 3", "month 10")))


BARE = "We do not go live without the clinical reviewer's sign-off.\n\n"


def test_a_bare_go_live_held_for_a_sign_off_the_schedule_dates_later_breaks_the_rule():
    text = BARE + ("Week 4: training for every unit.\n"
                   "Week 6: go-live across all inpatient units, full functionality.\n"
                   "Week 8: reviewer sign-off recorded.")
    assert opened_before_gate(Reading(text))


@pytest.mark.parametrize("schedule", [
    # the sign-off dated first
    "Week 5: reviewer sign-off recorded.\nWeek 6: go-live across all inpatient units.",
    # a condition the schedule never dates: nothing to compare
    "Week 4: training for every unit.\nWeek 6: go-live across all inpatient units.",
])
def test_a_bare_go_live_after_its_condition_or_against_an_undated_one_breaks_nothing(schedule):
    assert not opened_before_gate(Reading(BARE + schedule))


def test_a_launch_that_keeps_the_step_out_or_a_condition_not_said_to_be_met_breaks_nothing():
    hidden = ("Nothing generated touches the medication list until the reviewer has signed off on the testing.\n\n"
              "Week 6: go-live on all units, with the generated medication list hidden.\n"
              "Week 8: the reviewer signs off the medication list testing.")
    assert not opened_before_gate(Reading(hidden))
    unmet = BARE + ("Week 4: she approves in writing.\nWeek 5: go-live on all units.\n"
                    "Week 10: the clinical reviewer looks at the first month with the unit managers.")
    assert not opened_before_gate(Reading(unmet))


def test_a_paragraph_after_the_schedule_is_not_dated_by_its_last_slot():
    rule = "No more sending conversations to the model provider until there's a BAA, or we move to one who'll sign.\n\n"
    schedule = "Roadmap:\nQ1: hire a regulatory lead.\nQ2: FDA pre-sub meeting.\nQ3: pivotal study under an IRB.\n\n"
    after = "The model is under change control: a provider model update is a change we test before it goes live."
    assert not opened_before_gate(Reading(rule + schedule + after))
    # inside the last slot's own paragraph it is dated, and opens the step
    assert opened_before_gate(Reading(rule + schedule.rstrip("\n") + " The provider model update goes live with the study.\n"))
    # a slot heading alone on its line dates the paragraph under it
    assert opened_before_gate(Reading(rule + "Q1:\n\nhire a regulatory lead.\n\nQ2:\n\nThe provider model update goes live."))


def test_onboarding_the_held_back_people_opens_the_step_and_a_compounds_parts_count():
    rule = "No plan-member PHI to the model provider until there's a BAA, or we move to hosting that signs one.\n\n"
    schedule = ("Q1: build symptom tracking.\n\nQ2: onboard the health plan's diagnosed members on the current model endpoint.\n\n"
                "Q3: launch both features.")
    assert opened_before_gate(Reading(rule + schedule))


def test_a_paragraph_between_two_slots_is_dated_by_the_slot_above_it():
    rule = "No state goes live until every clinician serving it is licensed there and compliance has signed off.\n\n"
    schedule = ("**Q1.** Fix video.\n\n**Q3.** Remote monitoring pilot.\n\n"
                "**Launch dates.** We go live in both new states on January 1, so the states launch then.\n\n**Q4.** Payer review.")
    assert opened_before_gate(Reading(rule + schedule))


def test_an_expansion_held_to_a_dated_review_is_broken_by_switching_everyone_on_first():
    pilot = ("Four clinics get the review screen behind a feature flag. Nothing expands until the week-4 review with the "
             "revenue cycle director and CMIO.\n\n")
    early = pilot + ("- Week 1: turn the review screen on for all 30 clinics at once, so HIM supports one workflow instead of two.\n"
                     "- Week 5: go/no-go on keeping it.\n")
    assert opened_before_gate(Reading(early))
    late = early.replace("Week 1: turn", "Week 6: turn").replace("Week 5: go/no-go", "Week 2: first read of the data")
    assert not opened_before_gate(Reading(late))


def test_a_denial_that_opens_a_condition_holds_nothing_back():
    # "No match means ..." says what happens when nothing matches; it holds no step back
    text = ("Every drug in the draft is matched against the reconciled list. No match means the drug shows red and "
            "the physician can't sign until they keep or delete it.\n\n"
            "Week 1: build the guard.\nWeek 3: the physician-facing pilot starts on one unit after sign-off.")
    assert not opened_before_gate(Reading(text))
    held = text.replace("No match means the drug shows red and the physician can't sign", "No physician signs a draft")
    assert opened_before_gate(Reading(held))


TABLE_RULE = ("No health system's physicians see a suggestion until we've completed a retrospective validation "
              "and a six-week silent run at that site.\n\n")
TABLE = ("| Month | Milestone |\n|---|---|\n| 1 | Sign the two Epic systems |\n"
         "| 2 | Go live for internal medicine at both Epic systems |\n"
         "| 5–7 | Retrospective validation on 1,500 admissions |\n| 7–8 | Six-week silent runs at the new sites |\n")


def test_a_table_dates_its_rows_by_the_unit_its_first_column_names():
    assert slot_units(TABLE) == [(TABLE.index("\n| 1 "), 30, 30), (TABLE.index("\n| 2 "), 60, 30),
                                 (TABLE.index("\n| 5–7"), 150, 30), (TABLE.index("\n| 7–8"), 210, 30)]
    assert [day for _, day, _ in slot_units("| Week 2 | pilot |\n| Week 4 | expand |")] == [14, 28]


def test_people_held_back_from_the_product_are_opened_by_a_go_live_before_the_work_starts():
    assert opened_before_gate(Reading(TABLE_RULE + TABLE))
    # the same go-live after the validation and the silent runs keeps the rule
    later = TABLE.replace("| 2 | Go live for internal medicine", "| 9 | Go live for internal medicine")
    assert not opened_before_gate(Reading(TABLE_RULE + later))
    # ... and a condition that names no work to date (who signs) gives no start to compare with
    assert not opened_before_gate(Reading("No physician sees a suggestion until the CMIO signs off.\n\n" + TABLE))
    # an exposure to everyone held for a pilot, and switched on for all members first
    rule = "Nothing goes to the full membership until a randomised pilot on 10% of members shows a gain.\n\n"
    plan = "- **Month 1:** Launch translated content to everyone.\n- **Month 3:** Start the 10% randomised pilot.\n"
    assert opened_before_gate(Reading(rule + plan))



VISIT_RULE = "No patient sees a clinician in a new state until licensure applications are approved.\n\n"
VISIT_PLAN = ("- **Month 1:** Launch the visit from the EHR schedule, note side by side.\n"
              "- **Month 4:** Licensure applications filed for both states.\n- **Month 8:** Go live in State A.\n")
SYSTEM_RULE = "No new health system's physicians see a suggestion until the retrospective validation at that system is done.\n\n"
SYSTEM_PLAN = ("| Month | Step |\n|---|---|\n| 2 | Go live for the rest of internal medicine at the pilot hospital |\n"
               "| 6 | Retrospective validation at the first new system |\n")


@pytest.mark.parametrize("text,broken", [
    # starting a visit is no go-live; going live in the held-back state is
    (VISIT_RULE + VISIT_PLAN, False),
    (VISIT_RULE + VISIT_PLAN.replace("Launch the visit from the EHR schedule", "Launch in State A"), True),
    # a go-live elsewhere, or one nobody sees, keeps a rule on who meets the product
    (SYSTEM_RULE + SYSTEM_PLAN, False),
    (SYSTEM_RULE + SYSTEM_PLAN.replace("the rest of internal medicine at the pilot hospital", "both new systems"), True),
    (SYSTEM_RULE + SYSTEM_PLAN.replace("the rest of internal medicine at the pilot hospital",
                                       "both new systems in shadow mode that physicians don't see"), False),
])
def test_only_a_go_live_to_the_people_held_back_breaks_the_rule(text, broken):
    assert opened_before_gate(Reading(text)) is broken
