"""A story the candidate tells against themself is history, not the plan."""

from __future__ import annotations

import pytest

from mockpm.passages import reading_for

PLAN = (
    "\n\nSo here, before any alert reaches a nurse, I'd run the model silently on our own patients for eight weeks "
    "with two physicians reviewing charts, and we'd go live on one ward first with the charge nurse in the loop."
)


def owned(text: str, words: str) -> bool:
    reading = reading_for(text)
    return reading.sentences[reading.sentence_index(text.index(words))].owned_mistake


@pytest.mark.parametrize("story", [
    # the teller's own verdict, in the story's last sentence
    "Early in my career I pushed a new intake form live at all twelve sites on the date we'd promised the owner. "
    "Within a month three clinics had quietly gone back to paper and our data was useless.",
    # ... in the same sentence
    "At my last company I launched a readmission model at all twelve sites at once, and my first move was the wrong one.",
    # ... or right after it
    "At my last job we launched a readmission model at all twelve sites at once. That was my mistake.",
    # the product dropped
    "In 2019 we turned on a deterioration score at all twelve sites at once, and six weeks later we pulled it.",
    # ... switched off, in the passive, with the story going on in sentences without a past verb of the teller's
    "My first healthcare job, we built a sepsis checker. I escalated to the CMO, who overruled the pharmacists and put it "
    "live at all twelve sites. Within a month nurses were dismissing nearly every alert, and it was quietly switched off.",
    # the time it cost, the step nobody took, the person proved right
    "In 2021 we switched the screening tool on at all twelve sites at once. We lost three months.",
    "In 2021 we launched the Spanish reminders at all twelve sites at once. Nobody had asked a Spanish speaker to read them.",
    "At my last job I went around the pharmacy director and launched at all twelve sites. He had been right about the "
    "workflow, and it cost us six months.",
    # ... the alert switched off after a patient was missed, and the choice owned
    "Last time we turned the alert on at all twelve sites on the same day. Within six weeks we missed a septic patient. We switched it off.",
    "Last time we turned the alert on at all twelve sites on the same day. Every choice in that list was mine to stop, and I didn't.",
])
def test_a_move_in_a_story_its_teller_judges_a_mistake_is_not_theirs(story):
    text = story + PLAN
    assert owned(text, "all twelve sites")
    assert not owned(text, "one ward first")  # the plan after it is the plan


@pytest.mark.parametrize("story", [
    # a success story stays the candidate's
    "At my last company we launched a readmission model at all twelve sites at once, and it went smoothly.",
    # someone else's product failing is not the teller's verdict on their own move
    "In 2019 we launched a readmission model at all twelve sites at once; the last vendor alert had died at around nine a shift.",
    # nor is a plan to hear what went wrong
    "I'd launch at all twelve sites at once and then ask the charge nurses exactly what went wrong.",
    # a step the teller did take, and a story whose teller was right
    "In 2021 we switched the screening tool on at all twelve sites at once. We had asked the coordinators first.",
    "In 2021 I launched at all twelve sites at once over the CMO's doubts. We were right about the workflow.",
    # a story that goes on into the candidate's plan before any verdict
    "In 2021 we switched the screening tool on at all twelve sites at once. Here I'd do the same. We lost three months of data to a bug.",
])
def test_a_story_told_as_a_success_stays_the_candidates(story):
    assert not owned(story + PLAN, "all twelve sites")


def test_what_the_teller_did_after_the_verdict_is_theirs():
    text = ("Ten days before go-live the CNO pulled her support. My first move was the wrong one: I went over her head to the CMO. "
            "I went to her office the next morning, apologised, and spent two twelve-hour shifts at triage with a stopwatch.")
    assert owned(text, "went over her head")
    assert not owned(text, "two twelve-hour shifts at triage")


def test_a_past_mistake_owned_is_no_red_flag_and_its_plan_is_graded(grade_offline):
    story = ("Early in my career I shipped a readmission model to every unit at once on the contracted date, skipped the silent run "
             "because the vendor said it was validated, and we pulled it six weeks later after nurses stopped trusting it. "
             "I learned that the launch bar is the whole job.\n\n")
    plan = (
        "So here, before any alert reaches a nurse, I would run the model silently on our own patients for eight weeks with two "
        "physicians reviewing a sample of charts. The bar: catch at least 80% of septic patients four hours before the first "
        "antibiotic dose, at least one in four alerts a real case, and no more than two alerts per nurse per twelve-hour shift. "
        "I would break results out by age, sex, race and unit, and hold the launch if any group's catch rate falls more than five "
        "points below the rest. The CMIO and the nurse managers sign off on the thresholds; our regulatory counsel tells us whether "
        "this counts as a device. Then one ward first, with the charge nurse and rapid response team in the escalation chain, "
        "overrides with a reason reviewed weekly, and we expand ward by ward only if catch rate, alert load and time to "
        "antibiotics hold.")
    owned = grade_offline("sepsis-model", story + plan)
    assert not any(f.code in ("contradicts_itself", "bottom_band") for f in owned.flags)
    assert owned.score is not None and owned.score >= 70
    # told as what the candidate would do, the same moves are red flags
    endorsed = grade_offline("sepsis-model", story.replace("and we pulled it six weeks later after nurses stopped trusting it",
                                                           "and it went smoothly") + plan)
    assert endorsed.score is not None and endorsed.score < owned.score


HABITS = (
    "Three of my fintech habits I had to unlearn.\n\n"
    "In payments, we shipped a new fraud model to 100% of traffic on a Friday behind a feature flag and watched conversion. "
    "In a hospital I'd pilot in one unit with the nurse manager's agreement and run silent first.\n\n"
    "At the budgeting app, our success metrics were retention, engagement and daily active users, and we'd A/B test push "
    "notifications, onboarding funnels and growth loops to move them. "
    "In healthcare I'd measure what happens to the patient: readmissions and time to the right treatment.\n\n"
    "In fintech, when users pushed back on a checkout flow, we often decided they'd get used to it. "
    "With clinicians I'd treat pushback as information about their workflow."
)


def test_a_habit_set_against_what_the_candidate_would_do_here_is_disowned():
    assert owned(HABITS, "100% of traffic")
    assert owned(HABITS, "A/B test push")
    assert owned(HABITS, "get used to it")
    assert not owned(HABITS, "pilot in one unit")


def test_a_habit_carried_over_stays_the_candidates():
    text = ("At the budgeting app, we grew retention and engagement with streaks and push notifications. "
            "In healthcare I'd use the same streak mechanics to move engagement.")
    assert not owned(text, "streaks and push")


def test_habits_disowned_are_not_read_as_a_playbook():
    from mockpm.catalog import load_library
    from mockpm.guards import PLAYBOOK, check_answer

    scenario = load_library().scenario("career-transition-pitch")
    assert not any(f.code == PLAYBOOK for f in check_answer(HABITS, scenario).flags)
    adopted = HABITS.replace("In a hospital I'd pilot", "In a hospital I'd do the same and pilot").replace(
        "In healthcare I'd measure", "In healthcare I'd use the same funnels and measure").replace(
        "With clinicians I'd treat", "With clinicians I'd do likewise and treat")
    assert any(f.code == PLAYBOOK for f in check_answer(adopted, scenario).flags)


def test_a_belief_the_candidate_dropped_is_not_theirs_until_they_speak_now():
    text = ("A year ago I thought users are users. I assumed the same playbook would carry over: find the funnel, ship weekly. "
            "I'd have said a wellness app, because it looked like the least regulated corner.\n\n"
            "What changed it was time with clinicians.")
    assert owned(text, "least regulated corner")
    assert owned(text, "find the funnel")
    now = "A year ago I thought silent runs were overkill. Now I'd skip the silent run again to hit the date."
    assert not owned(now, "skip the silent run")


def test_a_verdict_that_opens_the_next_paragraph_judges_the_story_before_it():
    text = ("It's six weeks out. The champion loved the screen, so we shipped it to all 30 clinics at once. "
            "Physicians still sign in batches after clinic.\n\n"
            "Every line of that story is a decision I can make differently now: one clinic first, against a baseline.")
    assert owned(text, "all 30 clinics")
    assert not owned(text, "one clinic first")


PREMORTEM = (
    "Pre-mortem. It's a year from now and the recruitment pipeline has been switched off. The likely reasons, and what I'm doing "
    "about each one today:\n\n"
    "1. \"A regulator asked why the sponsor held data on people who never consented.\"\n"
    "Cause: we agreed to pool everything in a US cloud region.\n"
    "Decision: no pooling. EU data stays in the EU and the sponsor gets aggregate counts.\n\n"
    "2. \"Sponsor QA failed us at the Part 11 audit.\"\n"
    "Cause: no audit trail on coordinator overrides.\n"
    "Decision: every override is logged with user and timestamp."
)


def test_the_causes_in_a_premortem_are_a_failure_imagined_and_its_decisions_are_the_plan():
    assert owned(PREMORTEM, "we agreed to pool everything")
    assert owned(PREMORTEM, "no audit trail")
    assert not owned(PREMORTEM, "no pooling")
    assert not owned(PREMORTEM, "every override is logged")
    from mockpm.contradictions import contradictions
    assert "where the data lives" not in contradictions(PREMORTEM)
    # a year from now with nothing failed is no pre-mortem: the plan's own past tense stays the plan
    vision = PREMORTEM.replace("Pre-mortem. ", "").replace("has been switched off", "runs at forty sites")
    assert not owned(vision, "we agreed to pool everything")


def test_a_verdict_told_before_its_story_sets_the_story_aside_until_the_plan():
    text = ("I've lived a version of this, so let me tell it, because the way we got it wrong is the best argument.\n\n"
            "It's 2021, I'm a PM at an order-entry vendor, and a hospital reports duplicate orders. We cut the timeout to 5 seconds "
            "and add retries. We tell the safety officer the root cause is physicians re-ordering.\n\n"
            "Two weeks later the duplicates have tripled.\n\nSo here's what I'd do now.\n\n"
            "Root cause from data: pull the HL7 logs for duplicate pairs.")
    assert owned(text, "We cut the timeout") and owned(text, "We tell the safety officer") and owned(text, "Two weeks later")
    assert not owned(text, "Root cause from data")
    # a paragraph that does not move the story on is the candidate again
    plain = text.replace("Two weeks later the duplicates have tripled.", "Retries must reuse the placer order number.")
    assert not owned(plain, "Retries must reuse")


def test_a_story_announced_in_its_own_paragraph_may_be_told_in_fragments():
    text = ("I've seen this go wrong once, so let me start there.\n\n"
            "Oncology trial, a previous employer. One data lake in a US cloud region for all sites. Every site live at once, on one Monday.\n\n"
            "How it ended: the Italian DPO shut the feed in week two.\n\n"
            "So here:\n\nRecords stay home. EU data is processed in an EU region.")
    assert owned(text, "One data lake") and owned(text, "Every site live at once")
    assert not owned(text, "Records stay home") and not owned(text, "EU data is processed")


@pytest.mark.parametrize("opening", [
    "Imagine it's next spring and the reminder project is being written up as a failure. Here's how I think it happened:",
    "Picture this: it's a year from now and the four hospitals are still seeing duplicate draws. How did we get here?",
    "Picture it: nine months from now, we're in a root-cause review with the customer's patient safety officer. Here's the story.",
    "Picture next spring. The telehealth platform had a bad year. What went wrong?",
    "Picture me twelve months into this job, and it hasn't worked.",
    "Picture the incident review eighteen months from now.",
])
def test_a_failure_imagined_at_a_time_ahead_opens_a_premortem(opening):
    text = (f"{opening}\n\n- We turned it on at every clinic on the same day and nobody checked the Creole wording.\n\n"
            "So here is the plan: one clinic first, for six weeks, with professional translation read aloud by patients.")
    assert owned(text, "We turned it on at every clinic")
    assert not owned(text, "So here is the plan")


@pytest.mark.parametrize("opening", [
    # a time ahead with nothing failed, a picture that is no time ahead, a person shadowing
    "It's a year from now and the pipeline runs at forty sites.",
    "From the CRO side I see this picture many times: enrolment 8 months late, high screen failures.",
    "In six months we review the results with the sponsor and decide on the next wave.",
])
def test_a_time_ahead_without_a_failure_imagined_is_no_premortem(opening):
    text = f"{opening}\n\nWe turned it on at every clinic on the same day and nobody checked the Creole wording."
    assert not owned(text, "We turned it on at every clinic")


def test_a_mistake_named_as_this_one_before_its_story_sets_the_story_aside():
    story = ("I made almost exactly this mistake once. I was PM for a discharge summary tool, and we added an "
             "attestation step. We shipped it to all units at once. Within three weeks the backlog had doubled.")
    assert owned(story + PLAN, "We shipped it to all units at once")
    assert not owned(story + PLAN, "I'd run the model silently")
    # ... a mistake named without pointing at this case announces no story
    other = story.replace("I made almost exactly this mistake once.", "I have seen teams make mistakes.")
    assert not owned(other + PLAN, "We shipped it to all units at once")
