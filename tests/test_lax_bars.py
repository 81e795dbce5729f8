"""Safety bars set where they cannot bite are claims no clinical team could stand behind."""

from __future__ import annotations

import pytest

from mockpm.plausibility import implausible_claims


@pytest.mark.parametrize(("text", "family"), [
    ("Human review: a clinical reviewer audits 1 in every 2,000 drafted recommendations.", "token-audit"),
    ("Quality audit: review 0.2% of visit recordings per quarter.", "token-audit"),
    ("Must-not-miss conditions: sensitivity of 40% or higher.", "low-catch-bar"),
    ("Threshold: set at the point that gives 38% sensitivity, which keeps specificity high.", "low-catch-bar"),
    ("Stop rule: pause the flag if more than 60% of confirmed PEs go unflagged for three months.", "unreachable-stop"),
    ("The tool is paused if more than 50 patient-harm events are confirmed in a single week.", "unreachable-stop"),
    ("Pause any feature if adverse-event reports exceed 500 per month.", "unreachable-stop"),
    ("Pause the model if in-hospital sepsis mortality rises by more than 200% over 18 months.", "unreachable-stop"),
    ("Over-80s are acceptable if their sensitivity is within 30 percentage points of the overall figure.", "wide-tolerance"),
    ("A measure rate may move by up to 12 percentage points before we investigate.", "wide-tolerance"),
    ("Validation: a 12-patient retrospective check at one site before going network-wide.", "token-validation"),
    ("Validation set: 12 CTPAs from the hospital, vendor A only.", "token-validation"),
    ("Self-harm classifier target: 35% sensitivity on explicit statements.", "low-catch-bar"),
    ("Release gate: sensitivity ≥ 0.35 on the local set.", "low-catch-bar"),
    ("Pause the feature if more than 60 per cent of flagged cases go unreviewed.", "unreachable-stop"),
    ("Monitoring: a quality nurse audits one chart in a thousand each month.", "token-audit"),
    ("Post-launch monitoring: we audit every 1000th alert.", "token-audit"),
    ("Silent validation: chart review against Sepsis-3 on a dozen charts.", "token-validation"),
    ("Validation cohort: n=15 adjudicated encounters.", "token-validation"),
    ("We pause the model after five dozen patient harms are tied to it.", "unreachable-stop"),
    ("Silent mode: we'd run the model in the background for one shift and compare its suggestions with the nurses'.", "token-trial"),
    ("Pilot: one volunteer hospitalist uses the tool for an afternoon, then everyone gets it the next morning.", "token-trial"),
    ("Red-teaming: a one-afternoon internal hackathon to try to break the bot before launch.", "token-trial"),
    ("The ED medical director reviews 8 encounters where the tool and the nurse disagreed and signs off.", "token-review"),
    ("A crisis classifier validated on 25 flagged conversations.", "token-review"),
    ("We pass the release if the medication-error rate in that sample is under 5%.", "harm-rate-pass"),
])
def test_a_bar_that_cannot_bite_is_a_claim(text, family):
    assert implausible_claims(text) == [family]


@pytest.mark.parametrize("text", [
    # the bars careful answers set, in the same shapes
    "A pharmacist reviews 1 in 20 signed summaries, and every one with a high-risk drug.",
    "We audit 5% of notes a month, and 100% of the notes a physician flags.",
    "Sensitivity of at least 55% for ward-onset sepsis, with a PPV of 20% or better.",
    "The reviewer signs off only if wrong drugs show up in fewer than 1 in 500 drafts in her testing.",
    "Pause if the override rate exceeds 40% for two weeks, or after any serious harm event.",
    "Pause the feature if more than 2 wrong medications reach a signed summary in a month.",
    "Every subgroup's sensitivity must be within 5 percentage points of the overall figure.",
    "Validation on 500 double-abstracted charts, then four weeks silent at two sites.",
    # ... and reported, not set: a finding about someone else's model, a gap the context gives
    "An outside study found the vendor's model ran at 33% sensitivity, which is why we validate locally.",
    "The published external validation had a sensitivity of 33%, so we set our own bar.",
    "Epic's model: sensitivity 33%, PPV 12% in the Michigan study.",
    "Today no-show rates differ by up to 18 percentage points between language groups.",
    # ... a usability test with a handful of people, a busy network's audit, a chart pull, a rate
    "Before launch, a 10-user think-aloud test, and we validate the wording with 8 patients per language.",
    "A physician reviews 1 in 200 signed notes, about 15 a day across the network.",
    "For the safety case we pull at least 400 adverse-event charts from last year.",
    "Roll back if order errors exceed 50 per 100,000 orders in any week.",
    # ... findings about the problem, a share of staff reporting it, a dozen sites
    "Last year's audit found 1 in 600 lab orders was a duplicate, and 1 in 800 messages took over a minute.",
    "Of members who stop logging, more than 60% also miss a refill within a month.",
    "Pause if more than 40% of nurses report the suggestion arrives too late.",
    "External validation across a dozen hospitals before we sell outside the pilot network.",
    # a trial long enough to see real use, an audit repeated each week, a person shadowing, a strict error bar
    "Silent mode runs in the background for six weeks before any nurse sees a suggestion.",
    "A pharmacist reviews 20 flagged alerts a week for the first quarter.",
    "Before the interview I spent one evening shadowing a charge nurse on a med-surg floor.",
    "We pass the release only if the medication-error rate in the sample is zero, and under 1% for other fields.",
    "Pilot physicians are observed using it during a real evening batch.",
])
def test_a_careful_bar_in_the_same_shape_is_not_a_claim(text):
    assert implausible_claims(text) == []



@pytest.mark.parametrize(("text", "family"), [
    # bars set in words: a tolerance only a disaster fails, a stop that waits for near-certainty,
    # an impression for a sign-off, a glance at a few charts for a validation
    ("The equity check passes as long as no language group is doing dramatically worse than English speakers.", "extreme-tolerance"),
    ("Exit criteria to expand: nurses are not overwhelmingly opposed to the tool.", "extreme-tolerance"),
    ("Subgroups pass unless one is wildly out of line with the overall figure.", "extreme-tolerance"),
    ("No group should do worse than a coin flip at getting the right diagnosis on the list.", "extreme-tolerance"),
    ("We pull the model only when it is clear that essentially all of its alerts are wrong.", "certain-harm-stop"),
    ("We'd roll back if the alert is clearly causing patient harm.", "certain-harm-stop"),
    ("My threshold for pulling a model is that it's clearly harming a significant number of patients.", "certain-harm-stop"),
    ("We would only step in if the tool were missing the large majority of eligible patients.", "certain-harm-stop"),
    ("If nothing alarming turns up in the red-team afternoon, we're cleared.", "impression-gate"),
    ("Stakeholders get a walkthrough, and we move forward unless someone has a strong objection.", "impression-gate"),
    ("The site passes if the reviewing physicians agree the output looks reasonable.", "impression-gate"),
    ("The bar is that rates land in roughly the same neighbourhood as before.", "impression-gate"),
    ("A physician champion takes a quick look at a handful of flagged charts to confirm the alerts make sense.", "token-validation"),
    ("We validate the barrier hypotheses by skimming a few recent chat threads.", "token-validation"),
    # ... and the same bars with a word more in them
    ("We check that the error rate isn't dramatically worse for long-stay patients.", "extreme-tolerance"),
    ("Overrides are expected, so anything short of nurses ignoring it completely is acceptable early on.", "extreme-tolerance"),
    ("Rollback: we pull it if nurses essentially can't complete triage with it switched on.", "certain-harm-stop"),
    ("We'd pause only if physicians are consistently finding invented drugs in most of their drafts.", "certain-harm-stop"),
    ("The subgroup passes if its rate is in the same general ballpark as everyone else's.", "impression-gate"),
    # ... held until a failure is beyond doubt, or loud
    ("DEA rules: we'll proceed unless counsel tells us something is clearly prohibited.", "extreme-tolerance"),
    ("We'll treat the interpretation software as fine unless it's obviously making a diagnosis on its own.", "extreme-tolerance"),
    ("For audio-only, we'll consider it adequate if older patients aren't complaining in large numbers.", "impression-gate"),
    ("The second state launches as soon as the first hasn't had any incidents that made the news.", "impression-gate"),

    ("The reviewer signs off after she has looked through a reasonable handful of drafts.", "token-validation"),
])
def test_a_bar_in_words_that_cannot_bite_is_a_claim(text, family):
    assert implausible_claims(text) == [family]


@pytest.mark.parametrize("text", [
    # strict bars and findings in the same words
    "The suggestion has to show up before the triage decision almost every time.",
    "Stop and roll back if alerts per nurse go over four a shift.",
    "I would not accept a model that is dramatically worse for older patients; the bar is within 5 points.",
    "A busy radiologist at the end of a shift will accept text that looks reasonable, so the draft is marked.",
    "Two doctors compare a couple of hundred signed notes with the recordings.",
    "Usability sessions tested fresh users on a handful of notes.",
    "They told us the old alert fired on nearly every patient, so nurses dismissed almost all of them.",
    "Expand to the next ward once PPV holds at 20% and alerts stay under three per nurse per shift.",
    "We check that no subgroup's sensitivity is more than 5 points below the overall figure.",
    "Anything short of a signed pharmacist review is a fail, and the draft is held.",
    "We don't launch in a state unless counsel has confirmed in writing that our prescribing is allowed.",
    "If a drafted line is clearly wrong, the radiologist deletes it with one click.",
])
def test_strict_bars_and_findings_in_words_are_not_claims(text):
    assert implausible_claims(text) == []


def test_two_bars_in_words_flag_an_answer_offline(grade_offline):
    text = ("I'd frame the bar clinically: sensitivity, PPV and lead time at the operating threshold, stratified by age, "
            "sex and race, with a silent run on live patients before any alert fires. The subgroup check passes as long as "
            "no group is dramatically worse than the overall. For validation, a physician takes a quick look at a handful "
            "of flagged charts. We would roll back if the alert is clearly causing patient harm. Nurses can override with "
            "a reason, escalation goes to the charge nurse and rapid response, and counsel confirms the CDS position.")
    report = grade_offline("sepsis-model", text)
    assert "implausible_claims" in {f.code for f in report.flags}
    assert report.band == "Strong No Hire"


def test_one_phrase_is_one_claim_for_families_of_one_fault_and_two_for_two_faults():
    assert implausible_claims("Silent validation: we validate on 12 cases before go-live.") == ["token-validation"]
    assert implausible_claims("Red team: a one-afternoon hackathon before launch.") == ["token-trial"]
    # a zero promised and a speed no clinic sees are two faults in one phrase
    assert len(implausible_claims("No-shows fall from 30% to 0% within 30 days.")) == 2
