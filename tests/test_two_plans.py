"""Two plans: the plan labelled as the version for show, or disowned, is taken back."""

from __future__ import annotations

import pytest

from mockpm.passages import Reading

PLAN = ("Before any alert reaches a nurse, the model runs silently for eight weeks with two physicians reviewing "
        "the charts, and we break results out by age, sex and race. ")
OPENING = ("My starting plan would be the careful one: the model runs silently for eight weeks with two physicians "
           "reviewing the charts, and we break results out by age, sex and race.")


@pytest.mark.parametrize("turn", [
    # the version as anyone's
    "(That's the version you'd find in a paper. Our calendar has no eight quiet weeks, so I'd fold the silent run into go-live.)",
    # a label for an audience beside how it really goes
    "Items 1 and 2 are the story for the council meeting. Day to day, the squads build group therapy first, "
    "and the safety work gets whatever capacity is left.",
    "Now, that deck is what the audit committee should see. The operating plan underneath is different: "
    "the chart review can wait until a customer insists.",
    # the plan disowned, pointing back at it
    "Having written that out, I don't think we build any of it now. We ship a banner instead.",
    # the plan judged in a sentence of its own, then turned from
    "That's the ideal. But let me be honest about the quarter. So in practice I'd skip the silent phase and go live on every ward in week two.",
    "That's what I'd pitch. In reality, though, the contract date is fixed. I'd keep the silent run and the chart review as ideas for version two.",
    "That's the roadmap I'd put in a case study. If I'm realistic, though, leadership has already chosen. So the chart review can wait for a later release.",
    # ... judged as an end state or a version, then turned from "being realistic" or after owning up
    "That's the careful version. Now, being realistic about the runway, I'd park the pre-sub and revisit it once we have revenue.",
    "That's the principled version. In practice, leadership wants three quarters, so the regulatory hire can wait until next year.",
    "That's the gold standard. In the real world, I'd skip the silent run and go live in week two.",
    # ... judged as what the candidate would say to an audience, then "what I'd actually do"
    "That's the textbook answer, and it's what I'd say in a design review. What I'd actually do, with the date fixed: "
    "skip the silent run and go live on every ward in week two.",
    # ... with the turn's paragraph announcing the plan its next paragraph gives
    "That's the right end state. But I also have to be honest about the situation. So here's what I'd actually commit the team to.\n\n"
    "We launch on the development-set numbers. We submit to ethics committees as the sites get to it.",
    # ... judged as how it would be written up, with the real plan in the next paragraph
    "That's how I'd write it up. In practice, though, a date in a contract is a date, and the review always stretches.\n\n"
    "So what I'd actually do is turn the alerts on for every ward on the contract date. The nurses are the safety layer. "
    "Volume gives us more cases than our test set. The chart review can land as a fast-follow after launch.",
    # ... or a turn whose paragraph ends naming the version it will take forward
    "That's the roadmap I'd want. But I've sat in enough reviews to know it won't survive the exec team. "
    "So the version I'd actually take forward puts both features first.\n\n"
    "The silent run becomes an ongoing workstream. Engineers pick it up between features. The chart review can move to next year.",
    # the plan said not to apply
    "What if the change fixes a real bug? Then honestly, most of the above stops applying. We merge it this sprint.",
    # the version the candidate would present, set against the one they would run or live with
    "That's the version I'd put on a slide. The version I'd live with is different. I'd go live on day 42 across all their "
    "hospitalists, and the chart review can move to next quarter's roadmap.",
    "That's the version I'd defend in an audit. The version I'd run in the first quarter is leaner. The subgroup checks "
    "move to after we've shown enrolment moving.",
    # the plan kept for the appendix, set against the one actually shown, read to the end of its paragraph
    "That's the plan I'd keep in the appendix. The one I'd actually present on the main slide is simpler. We sign all ten "
    "this year on the product as it stands. Security reviews we handle with the questionnaire. The accuracy study moves to next year.",
    "Now, that deck is what the audit committee should see. The operating plan underneath is different. Sales closes all ten. "
    "The study runs in the background. Counsel's memo can wait until a customer raises the device question.",
    # a closing turn opened by a concession, its reversal the plan's undoing
    "\n\nHaving said all that, Im going to be honest, I think thats overkill for what is really a small UI change. "
    "I'd ship it to all 30 clinics next sprint and keep an eye on the support queue.",
])
def test_a_plan_labelled_for_show_or_disowned_is_taken_back(turn):
    r = Reading(PLAN + turn)
    assert r.walk_backs >= 2
    assert r.sentences[0].carried == "dismissed"


@pytest.mark.parametrize("text", [
    # a real audience and no turn to how it really goes: a communication plan
    PLAN + "That's the story for the nurses: fewer alerts, each one worth answering. We brief them at every huddle.",
    # a summary at the very end, with nothing after it
    PLAN + "That's the version I'd take to the board.",
    # a label and a turn to how it goes day to day, with nothing taken away
    PLAN + "That is the story for the nurses. Day to day, the charge nurse sees two alerts a shift at most.",
    PLAN + "That deck is what the board needs to see. The version for the CEO is different: it leads with cost.",
    # a plan about how, or about when
    PLAN + "We don't ship any of it to all four hospitals at once.",
    PLAN + "I wouldn't build any of that this year; the silent run comes first.",
    PLAN + "Without that legal basis documented, we don't run any of it.",
    # a gate kept in the same clause
    PLAN + "We don't ship any of it until the silent run meets the bar. Then one ward goes live.",
    # someone else's habit, not the candidate's plan
    PLAN + "Most vendors don't do any of this. We do, and we publish it.",
    # the version for the room set against one that keeps every step
    PLAN + "That's the version I'd put on a slide. The version I'd run is different in one way: the charge nurse owns the threshold.",
    # a concession that keeps the plan, its watching no step kept or dropped
    PLAN + "Having said all that, the date is tight. So we run the silent period on two wards and keep an eye on the alert rate.",
    # a plan judged, then kept and added to
    PLAN + "That's the plan. But it only works if nursing owns the threshold, so the CNO signs off each ward.",
    PLAN + "That's the plan I believe in. In practice, the hard part is the alert budget, and we hold it at two a shift.",
    # a verdict with more to say is not a sentence of its own
    PLAN + "That's the plan for the first two wards and the first two months of scoring. But the budget is fixed.",
    # a risk to watch or a gap owned, with governance handed to a committee or partners
    PLAN + "That's the plan. But here's the risk I'd watch: drift after go-live. So I'd review PPV monthly, and the committee can pull it.",
    PLAN + "That's the story. But let me be honest about the gap: I haven't shipped a regulated product. I would lean on clinical partners for those calls.",
    # a plan announced after the turn that keeps every step
    PLAN + "That's the right end state. But I also have to be honest about the timeline. So here's what I'd actually do first.\n\n"
    "We run the silent period on two wards. The chart review starts in week one.",
    # a plan announced in the next paragraph that keeps every step
    PLAN + "That's how I'd write it up. In practice, though, the hard part is the alert budget.\n\n"
    "So what I'd actually do first is agree the budget with nursing: two alerts a shift. The silent run starts on Monday.",
    # a condition keeps the plan for every other case
    PLAN + "If the change fixes an urgent safety bug, most of the above doesn't apply: we hotfix behind a targeted test.",
    # an opening position defended through the pushback
    OPENING + "\n\nThe CMO wants it live by quarter end. I'd offer a smaller first ward, not a shorter silent run.\n\n"
    "So my commitment: the silent run, then one ward, then the rest.",
    # a step given up with no commitment after it is the plan's own order
    OPENING + "\n\nThe dashboard can wait until phase 2.",
    # no opening position named: a summary after a deferral
    "The model runs silently for eight weeks with two physicians reviewing the charts.\n\n"
    "The dashboard can wait until phase 2.\n\nSo my plan: silent run, then one ward.",
    # the commitment inside the opening's own paragraph
    OPENING + " The dashboard can wait until phase 2. So my commitment is the silent run first.",
])
def test_a_plan_kept_is_not_taken_back(text):
    r = Reading(text)
    assert r.walk_backs == 0
    assert r.sentences[0].carried is None


def test_a_study_kept_on_the_shelf_after_a_turn_takes_the_plan_before_it_back():
    r = Reading(PLAN + "That said, I'd keep the study on the shelf as an option rather than commit to it now.")
    assert r.sentences[0].carried == "dismissed"
    kept = Reading(PLAN + "That said, the study goes first: nothing reaches a nurse before it reads out.")
    assert kept.sentences[0].carried is None


@pytest.mark.parametrize("middle", [
    # each stakeholder's demand accepted, a step given up on the way
    "The CMO wants it live by quarter end. I'd agree, and we'd skip the silent run.\n\n"
    "Data science says the subgroup breakdown would be underpowered. Fair enough; it can wait until next year.",
    "Then the room weighs in. Counsel calls the FDA question a grey area, so I'd take the determination off the roadmap for now.",
])
def test_an_opening_position_traded_away_before_the_commitment_is_taken_back(middle):
    r = Reading(OPENING + "\n\n" + middle + "\n\nSo my commitment: live on every ward in week 12, with a steering group.")
    assert r.walk_backs >= 2
    assert r.sentences[0].carried == "dismissed"
