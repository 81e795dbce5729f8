"""Scenario red flags read the call, not a fact the answer gives about the people it serves."""

from __future__ import annotations

import pytest

from mockpm.catalog import load_library
from mockpm.checks import run_check


def _fires(criterion_id: str, text: str) -> bool:
    crit = next(c for r in load_library().rubrics.values() for c in r.criteria if c.id == criterion_id)
    return run_check(crit.check, text, red_flag=True).met


@pytest.mark.parametrize("text,fires", [
    # where people learned to read is why a spoken Creole call works, not a French reminder
    ("Many people grew up speaking Creole but were taught to read in French, so a written Creole message can be harder.", False),
    ("Many Haitian Creole speakers went to school in French, so Creole speakers default to a recorded voice call.", False),
    ("Haitian patients get French. It's Haiti's official written language.", True),
    ("For Haitian Creole we just send French; it's close enough.", True),
    ("Written reminders for Haitian patients go in French, which is easier to translate.", True),
])
def test_creole_speakers_sent_french(text, fires):
    assert _fires("appointment-reminders-equity.french-for-creole", text) is fires, text


@pytest.mark.parametrize("text,fires", [
    # staff clearing their own work at once is a workflow, not a launch
    ("Most doctors sign all their notes in one go at the end of the day.", False),
    ("We switch it on for all clinics in one go.", True),
    ("Go live on every ward at once.", True),
])
def test_a_launch_to_everyone_not_a_batch_of_work(text, fires):
    assert _fires("core.big-bang-launch", text) is fires, text


def _meets(criterion_id: str, text: str) -> bool:
    crit = next(c for r in load_library().rubrics.values() for c in r.criteria if c.id == criterion_id)
    return run_check(crit.check, text).met


@pytest.mark.parametrize("criterion,text,met", [
    # plain words for the concept
    ("career-transition-pitch.clinical-immersion",
     "A family doctor let me spend four mornings at her community clinic. I sat with the front desk and the billing staff.", True),
    ("career-transition-pitch.specialty-focus",
     "Where I'd go deep: insurance pre-approvals. We watch how often denials are overturned on appeal.", True),
    ("career-transition-pitch.health-data-standards",
     "I built a practice app on made-up patient records. They were in the standard format hospitals use to share data.", True),
    ("speed-vs-safety.clinical-sign-off", "Our reviewer has the final say on safety.", True),
    ("speed-vs-safety.scope-not-safety",
     "On the original date we still deliver something. The medicine list is copied straight from the checked list.", True),
])
def test_criteria_recognise_plain_words(criterion, text, met):
    assert _meets(criterion, text) is met, text


@pytest.mark.parametrize("text,fires", [
    # the law explained as what a transfer would need is the candidate's reason to refuse it
    ("Pooling in one US region: no. Moving EU records would need SCCs or the Data Privacy Framework, a transfer impact "
     "assessment and fifteen ethics committees reopening approvals.", False),
    # ... the framework as what makes the transfer fine is the flag
    ("For hosting we'll use our existing US tenant, which is covered by the EU-US Data Privacy Framework, so transfers are handled.", True),
])
def test_the_data_privacy_framework_as_a_reason_or_as_a_pass(text, fires):
    assert _fires("clinical-trial-pipeline.pools-eu-data-in-us", text) is fires, text



@pytest.mark.parametrize("criterion,text,fires", [
    # a launch to everyone under its own condition is the last phase's gate
    ("core.launch-everywhere-unphased", "5. Roll out to all 30 clinics only if signing stays on time and the screen catches real mistakes.", False),
    ("core.launch-everywhere-unphased", "We go live on every ward only once the silent run holds its bar.", False),
    ("core.launch-everywhere-unphased", "5. Roll out to all 30 clinics in week two.", True),
    # pooled over time for a small group is not pooled over people
    ("appointment-reminders-equity.vp-test-on-clicks",
     "No-show 30% to 20%, tracked per language; Creole read on pooled 3-month data plus CHW interviews.", False),
    ("appointment-reminders-equity.vp-test-on-clicks", "We'd judge the subject lines on the pooled results across all patients.", True),
    # the same ideas in a weak candidate's words
    ("core.regulatory-myth", "Most of our users come from employers, so HIPAA mostly doesn't apply to us.", True),
    ("mental-health-chatbot-regulation.regulation-later", "We'd talk to the FDA if they reach out. Early contact mainly invites scrutiny.", True),
    ("mental-health-chatbot-regulation.regulation-later", "If FDA reaches out before our Pre-Sub, we answer with the intended-use memo.", False),
    ("mental-health-chatbot-regulation.llm-improvises-crisis", "On self-harm, the LLM already handles these conversations pretty well.", True),
    ("mental-health-chatbot-regulation.llm-improvises-crisis",
     "Self-harm gets a fixed clinician-written reply; the model never improvises, whatever safety training is built in.", False),
    # the signature as the backstop a plan keeps, not its safety control
    ("speed-vs-safety.signature-as-safety-net", "So the doctor's signature is a last line of defence, not the main one.", False),
    ("speed-vs-safety.signature-as-safety-net", "The physician's signature is our last line of defence, so a 2% rate is fine.", True),
    # haste on the safety work itself is no deadline over safety
    ("core.deadline-over-safety", "The danger is running out of time to fix what testing finds. So I'd move fast this week: agree what pass means today.", False),
    ("core.deadline-over-safety", "We need to move fast and hit the date, so the review runs after launch.", True),
    # active users counted beside the misses are counted beside a result
    ("core.engagement-as-outcome", "Measure adoption (weekly active physicians) and collect structured feedback on wrong suggestions.", False),
    ("core.engagement-as-outcome", "Success is weekly active physicians and the share of admissions where the list was opened.", True),
    # the software as the one who decides eligibility, not a Part 11 list that names both
    ("clinical-trial-pipeline.software-decides-eligibility",
     "Part 11: audit trail, unique IDs, e-signatures on eligibility determinations, change control for model versions.", False),
    ("clinical-trial-pipeline.software-decides-eligibility", "The model makes the final eligibility determination for each patient.", True),
    # a miss a stop rule watches for is no trade the plan makes
    ("clinical-trial-pipeline.precision-over-recall", "A site pauses if recall drops under 75% or a subgroup gap passes 10 points.", False),
])
def test_red_flags_read_the_idea_not_one_wording(criterion, text, fires):
    assert _fires(criterion, text) is fires, text
