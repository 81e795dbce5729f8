"""A go-live window the answer commits to, and steps that cannot fit inside it."""

from __future__ import annotations

from mockpm.passages import Reading
from mockpm.timeline import overruns

OVERRUN = """My goal is to go live on the date, two weeks from now, with the CNO on board.

- **Week 1:** I shadow triage on all three shifts for a full week.
- **Rebuild the integration.** The team estimates three sprints.
- **Pilot.** We run a two-week pilot on the day shift.
- **Go-live** on the contract date.
"""


def test_steps_several_times_the_window_overrun_it():
    assert overruns(Reading(OVERRUN))


def test_a_plan_that_fits_or_only_runs_a_little_long_does_not():
    fits = "We go live in six weeks: a two-week silent run, then a two-week pilot on one ward."
    assert not overruns(Reading(fits))
    long_but_parallel = ("We launch in two weeks. In parallel we run a three-sprint rebuild. "
                         "After go-live we watch override rates for 8 weeks.")
    assert not overruns(Reading(long_but_parallel))
    deadline_not_ours = "Notes must be finished within three days. Then try it in three clinics for two weeks."
    assert not overruns(Reading(deadline_not_ours))


def test_a_target_for_every_site_a_few_weeks_out_is_a_window_too():
    text = ("Pilot in one clinic for six weeks behind a feature flag.\n\n"
            "We'd target all 30 clinics at the start of next month, about two weeks from now.")
    assert overruns(Reading(text))
    fits = ("Pilot in one clinic for six weeks behind a feature flag.\n\n"
            "We'd target all 30 clinics about ten weeks from now, after the pilot review.")
    assert not overruns(Reading(fits))


def test_a_story_told_in_weeks_later_and_a_weekly_habit_are_no_window_or_step():
    story = ("At a lender we shipped the integration on time and swapped the model in 3 weeks later. "
             "Here the reviewer audits 50 signed summaries a week for 8 weeks.")
    assert not overruns(Reading(story))
    plan = "We launched the pilot. We ship the integration in 3 weeks. Then the reviewer audits 50 summaries for 8 weeks."
    assert overruns(Reading(plan))
