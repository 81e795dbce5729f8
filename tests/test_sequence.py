"""The order of a plan's steps: gates held for after the step that exposes patients."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.passages import Reading


def stance(text: str, term: str) -> str:
    reading = Reading(text)
    a = text.index(term)
    return reading.stance(a, a + len(term))


INVERTED = """Here's the plan.

**Month 1 - Outreach.** Push ranked candidate lists to all 40 sites and start contacting patients.

**Month 2 - Measure.** Compare screen-failure rates against the baseline.

**Month 3 - Formalise.** Take the pre-screening process to each IRB as an amendment and complete the DPIA.
"""

NUMBERED = """1. **Ship the fix now.** Push it to all four hospitals as a hotfix this week.
2. **Then build out testing.** We stand up a regression suite against the LIS test environment.
3. **Measure.** Duplicate pairs per 1,000 orders.
"""

PHASED = """**Phase 1 (weeks 1-8): silent mode.** Two physicians review charts against Sepsis-3.

**Phase 2: two wards.** Go live on two medical wards with the charge nurse in the escalation chain.

**Phase 3: expand.** Roll out to the other wards. Quarterly re-validation of PPV by age band.
A security review of the scaled deployment before we add the ICUs.

**Phase 4: the ICUs.** Go live in the ICUs. We validate the uplift in time to antibiotics against last year.
"""


def test_gates_in_a_step_after_going_live_are_put_off():
    assert stance(INVERTED, "IRB") == st.DEFERRED
    assert stance(INVERTED, "DPIA") == st.DEFERRED
    assert stance(NUMBERED, "regression suite") == st.DEFERRED


def test_a_phased_plan_keeps_its_gates_and_its_monitoring():
    assert stance(PHASED, "silent mode") == st.ASSERTED
    assert stance(PHASED, "re-validation") == st.ASSERTED  # recurs: monitoring
    assert stance(PHASED, "security review") == st.ASSERTED  # says what it comes before
    assert stance(PHASED, "validate the uplift") == st.ASSERTED  # measures the launch


@pytest.mark.parametrize("text,term,limited,everyone", [
    # a go-live named as the first phase is a limited one
    ("- Day 1: our sales lead and I call the CMIO and offer a phase-1 go-live on the contract date.\n"
     "- Phase 1 (week 6): integration live, drafts in shadow mode for 10 hospitalists.\n",
     "shadow mode", "a phase-1 go-live", "a go-live for every hospitalist"),
    # scoring live patients with nothing shown is a silent run, no exposure
    ("4.2 Scoring. The model shall score live patients on all wards for six weeks with no alert displayed.\n"
     "4.3 Subgroup review. Performance shall be reported separately by age group and sex.\n",
     "Subgroup review", "with no alert displayed", "and alert the nurses"),
    # a technical go-live, or a go-live said under its condition, exposes no one
    ("Day 3: the contracted date becomes a technical go-live on every triage.\n"
     "Day 10: compare silent-mode results with nurse acuity, split by age and language.\n",
     "silent-mode results", "a technical go-live", "a go-live"),
    ("1. We score all studies for vendor B. If it's within 3 points of vendor A, it goes live on day one.\n"
     "2. A De Novo conversation with FDA about the drafted report.\n",
     "De Novo", "If it's within 3 points of vendor A, it goes live", "It goes live"),
])
def test_a_limited_or_unseen_first_step_keeps_the_gates_after_it(text, term, limited, everyone):
    assert stance(text, term) == st.ASSERTED
    assert stance(text.replace(limited, everyone), term) == st.DEFERRED


def test_prose_without_a_told_sequence_is_left_alone():
    text = "We go live on every ward in March. The IRB question goes to counsel in week one."
    assert stance(text, "IRB") == st.ASSERTED


def test_italic_step_headings_and_a_go_live_step_order_the_plan_too():
    text = """A roadmap by quarter.

*Q1 (build):* integration with both scanner vendors and the reading-room UI.

*Q2 (go-live):* all three outputs live at the launch hospital, on schedule.

*Q3 (hardening):* an FDA pre-submission for the drafting output and a validation study on Q2 cases.
"""
    assert stance(text, "FDA pre-submission") == st.DEFERRED
    gated = text.replace("*Q2 (go-live):* all three outputs live at the launch hospital", "*Q2 (silent run):* all three outputs scored silently at the launch hospital")
    assert stance(gated, "FDA pre-submission") in st.COMMITTED


TOPICS = """**1. Validation.** A retrospective check on 5,000 charts, then a prospective study at the first live sites.

**2. Launch.** Go live at all three customer hospitals in Q2.

**3. Security.** Start SOC 2 now and sign BAAs with every subprocessor.
"""


def test_bold_numbered_topic_labels_are_not_a_timeline():
    # organised by subject, not by time: the security section is not "after the launch"
    assert stance(TOPICS, "SOC 2") != st.DEFERRED
    # the same items told as a timeline are
    timeline = TOPICS.replace("**1. Validation.**", "**Month 1.**").replace("**2. Launch.**", "**Month 2.**").replace(
        "**3. Security.**", "**Month 3.**")
    assert stance(timeline, "SOC 2") == st.DEFERRED


MEMO = """**Why this design**
1. *It can be approved.* Ethics committees approve pre-screening that stays with the care team.
2. *It finds the patients the diversity plan needs.* Go-live requires 90% recall on 400 charts, with every subgroup within 5 points; after launch we compare every month.

**Plan**
- Weeks 1-6: DPIAs with each EU site's DPO and IRB packages.
- Weeks 6-12: retrospective validation at three sites.
"""


def test_reasons_under_italic_labels_and_a_go_live_named_by_its_bar_are_no_launch():
    assert stance(MEMO, "retrospective validation") in st.COMMITTED
    assert stance(MEMO, "DPIAs") in st.COMMITTED


RANKED = """1. Drafted follow-up recommendation: highest risk. It stays off at launch.

2. Nodule marker: medium. The radiologist must confirm or edit every marker and measurement. I'd start it in silent mode and switch it on a month after go-live.

3. PE triage flag: lowest. Local validation split by scanner vendor, with a sensitivity floor per vendor.
"""


def test_checking_every_item_reaches_no_one_new():
    # "confirm or edit every marker" is a check on each output, not a launch to everyone
    assert stance(RANKED, "Local validation") in st.COMMITTED
    # a launch to every site in the step before still puts the gate off
    wide = RANKED.replace("I'd start it in silent mode and switch it on a month after go-live.", "We go live at every site.")
    assert stance(wide, "Local validation") == st.DEFERRED


QUESTIONS_FIRST = """1. **What does "go-live" mean in the contract: production use on real patients, or delivery?** I'll assume real use.
2. **Is the reviewer's testing for the current build?** I'll assume so.

**Week 1**: the reviewer and I agree written acceptance criteria.

**Week 6**: if she has signed, one unit goes live. If not, we go live with shadow-mode drafts nobody sees.
"""

OWN_ROLLOUT = """### 1. Contain it (days 1-5)
- **Our module, as a hotfix:** show "Sent, awaiting lab confirmation" on every order in all four hospitals.

### 2. Fix (weeks 2-6)
- **Testing and rollout:** test in the test environment with injected delays. Then one hospital for a week, then the other three.
- We never silently suppress a re-order when the first one may be lost.
"""


def test_a_question_about_go_live_puts_no_one_in_front_of_it():
    # the numbered questions are steps of no plan: the gates in the weeks after them are kept
    assert stance(QUESTIONS_FIRST, "shadow-mode") != st.DEFERRED


def test_a_gate_whose_line_goes_on_to_its_own_rollout_is_not_put_off():
    assert stance(OWN_ROLLOUT, "test environment") == st.ASSERTED
    # ("silently" before a verb of loss names a failure refused, not a silent run put off)
    assert stance(OWN_ROLLOUT, "silently suppress") != st.DEFERRED
    held = OWN_ROLLOUT.replace(" Then one hospital for a week, then the other three.", "")
    assert stance(held, "test environment") == st.DEFERRED
