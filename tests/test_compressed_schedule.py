from __future__ import annotations

from mockpm.compressed_schedule import done_in_days
from mockpm.plausibility import implausible_claims

WEEK = ("**Monday**\n- Kickoff; the consultant classifies the product by lunch.\n\n"
        "**Tuesday**\n- Afternoon: forty users try the tracker. If the correlation looks good by 5pm, it's validated.\n\n"
        "**Wednesday**\n- Call FDA and get verbal sign-off on the pathway.\n\n"
        "**Friday**\n- 5% of users at 9am, 50% at 2pm and 100% by 5pm.\n- Retro.\n\n"
        "Leadership asked for three quarters; I'd deliver in one week.")


def test_a_launch_done_day_by_day_names_each_step_it_claims_done():
    assert [name for name, _, _ in done_in_days(WEEK)] == ["validation", "approval", "everyone live"]
    assert implausible_claims(WEEK).count("days-for-months") == 3


def test_a_first_week_of_meetings_or_a_day_plan_inside_a_longer_schedule_claims_nothing():
    first_week = ("Monday: shadow triage on the day shift.\nTuesday: the night shift.\n"
                  "Wednesday: meet the CNO.\nThursday: write up what we saw.")
    assert done_in_days(first_week) == []
    inside = WEEK.replace("Leadership asked", "Week 2: silent run on one ward.\nMonth 3: expand.\n\nLeadership asked")
    assert done_in_days(inside) == []
    # two day headings are a note, not a schedule
    two = "Monday: validation is done.\nTuesday: everyone goes live."
    assert done_in_days(two) == []



def test_words_of_a_setup_week_that_claim_nothing_done():
    setup = ("Day 1: install the model; connect to PACS.\n"
             "Day 3: hospital compliance confirms our clearance covers the PE triage output.\n"
             "Day 4: review which suggestions the physicians validated in the simulation lab.\n"
             "Day 5: everyone on the reading rota completes a 20-minute training; a listening session open to all nurses.")
    assert done_in_days(setup) == []


def test_a_phase_heading_for_this_week_dates_nothing_longer():
    week = WEEK.replace("**Monday**", "Phase 1 (this week):\n**Monday**")
    assert [name for name, _, _ in done_in_days(week)] == ["validation", "approval", "everyone live"]
