"""A story told in the past, when a plan is asked, is experience and not the plan; when a story is
asked, it is the answer, whatever product it is about."""

from __future__ import annotations

import pytest

from mockpm.catalog import load_library
from mockpm.guards import THIN_SUBSTANCE, check_answer
from mockpm.narration import tells_a_story, told_sentences
from mockpm.passages import Reading, reading_for

STORY = (
    "In 2019 I was an analyst at a vendor rolling out an early-warning score at a 600-bed teaching hospital. "
    "Three weeks before go-live, the chief nursing officer wrote to our VP that she would not allow it on the floors. "
    "Her nurses had tried it in a pilot and it fired 40 to 60 alerts per unit per shift. "
    "Our VP flew out and the decision was to go ahead and tune the thresholds after launch. "
    "On one ward the charge nurse held up a phone with 212 notifications from a single night. "
    "Nurses acknowledged alerts in batches without opening them, and in week three a patient deteriorated. "
    "Janet told us exactly that in March. "
    "The tool was switched off in week five and the hospital did not renew. "
    "The lesson I took away is that frontline trust decides whether a tool is used at all. "
    "So in a situation like yours, I'd bring those lessons with me."
)


def told(text: str) -> list[str]:
    r = reading_for(text)
    return [text[r.sentences[i].start:r.sentences[i].end] for i in sorted(told_sentences(r))]


def test_the_sentences_of_a_story_are_told():
    found = told(STORY)
    assert any(s.startswith("Our VP flew out") for s in found)  # someone else's deed in the story
    assert any(s.startswith("Janet told us") for s in found)  # someone named
    assert any("charge nurse held" in s for s in found)
    assert not any("I'd bring" in s for s in found)  # the sentence that looks ahead


@pytest.mark.parametrize("sentence", [
    "The list is capped and sorted by confidence, around 20 cards.",
    "The employer is never told about anyone, and the patient is stuck only once.",
    "The board gets three paid reference sites live in twelve months.",
    "Some might turn out to be our system sending the same order twice because the reply was slow.",
    "After what we saw at the pilot site, I'd cap alerts at two per nurse per shift.",
    "The orders placed twice within a minute are the ones the lab cancels.",
    "The alert would go to the charge nurse first, and then to rapid response.",
    # a refusal is no win: "we won't" is not "we won"
    "- **We won't sell to members with diagnosed depression under a wellness label.",
    "Our vendor won't change the model under us without a revalidation.",
])
def test_a_plan_in_the_present_or_ahead_is_not_told(sentence):
    assert told(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Sales signed four systems in the first six months.",
    "Our CEO promised the board twelve health systems in a year.",
    "The model would flag about 40 studies a shift, and the radiologists found most of them wrong.",
    # "we'd promised" is "we had": the story's past perfect
    "I pushed a new intake form live at all twelve sites on the date we'd promised the owner.",
])
def test_a_deed_with_its_object_or_a_story_in_its_own_past_is_told(sentence):
    assert told(sentence) == [sentence]


def _thin(scenario_id: str, text: str) -> bool:
    lib = load_library()
    return any(f.code == THIN_SUBSTANCE and "happened elsewhere" in f.message
               for f in check_answer(text, lib.scenario(scenario_id)).flags)


def test_a_story_answering_a_plan_question_is_thin_but_answers_a_story_question():
    assert _thin("sepsis-model", STORY)
    assert not _thin("clinician-pushback", STORY)  # "Tell me about a time..."


def test_a_short_story_before_a_plan_is_not_thin():
    plan = ("Before any alert reaches a nurse, the model scores our own patients silently for eight weeks while two "
            "physicians review the charts. I'd cap alerts at two per nurse per shift and break sensitivity out by age, "
            "sex and race. We go live on one ward first, with the charge nurse and rapid response in the escalation "
            "chain, and expand ward by ward only if catch rate and alert load hold. Overrides need a reason we review "
            "weekly. I'd ask device counsel whether the Cures Act carve-out applies, because that sets our timeline. ")
    story = "At my last hospital the old tool fired forty alerts a shift. Nurses muted it within a month. "
    assert not _thin("sepsis-model", story + plan)


def test_a_long_story_and_then_a_plan_for_this_case_is_not_thin():
    story = ("At my last plan we ran an adherence app for diabetes members. Logging fell off a cliff after six weeks. "
             "We sent more push reminders and it got worse. The care managers had seen it all along. "
             "They knew which members had switched drugs. Our pharmacy data showed most of the dropouts were still filling. ")
    plan = ("Here I'd start from refill claims, not app logs. A refill gap over 15 days triggers a call from a care manager. "
            "We split the 40% by reason: switched, stopped, cost, confusion. Members over 65 get a phone option. "
            "Spanish-speaking members get a bilingual care manager. Success is proportion of days covered and blood "
            "pressure control, not logging. I'd report weekly to the medical director. Push notifications stay off "
            "until the reasons are known. The pharmacist reviews every stopped drug. Nobody is called about a drug "
            "their doctor stopped. ")
    assert not _thin("medication-adherence", story + plan)


PRESENT_STORY = (
    "So it's spring 2022 and I'm the PM on a speech-to-note product at a 200-physician group. "
    "Our lead designer, Mara, has built a confirm-before-sign modal that physicians love in the lab. "
    "We turn it on for everyone on a Tuesday, and by Thursday the billing office calls about a spike in charge lag. "
    "Denise says, fine, I'll pull the report myself. "
    "A family physician has 61 unsigned notes and the medical staff office sends him the letter. "
    "That afternoon our VP asks who tested this at 10pm with 30 notes, and nobody did. "
    "We roll it back on Wednesday, and three months later Mara ships a version inside the sign panel. "
    "I'd do the same here."
)


def test_a_story_told_in_the_present_is_told_from_its_anchor_until_the_candidate_plans():
    found = told(PRESENT_STORY)
    assert any(s.startswith("We turn it on for everyone") for s in found)
    assert any(s.startswith("A family physician has 61") for s in found)  # past a line said in the story
    assert not any("I'd do the same" in s for s in found)
    # the same sentences with no time named read as a plan in the present (only the past tense is told)
    unanchored = told(PRESENT_STORY.replace("So it's spring 2022 and I'm", "I'm"))
    assert not any(s.startswith(("We turn it on", "A family physician has 61")) for s in unanchored)
    # ... and a plan after the candidate turns to it is not the story
    plan = PRESENT_STORY.replace("I'd do the same here.", "Here I'd pilot it in four clinics for four weeks. "
                                 "The review screen goes live only when 24-hour signing holds.")
    assert not any("review screen goes live" in s for s in told(plan))


def test_a_present_tense_story_where_a_plan_is_asked_is_thin():
    assert _thin("ehr-documentation-change", PRESENT_STORY)


def test_a_plan_after_a_present_tense_story_is_not_the_story():
    # a new paragraph that does not move the story's time-line on ends it, whatever its grammar
    text = ("So it's 2021 and I'm the PM on a deterioration score at a community hospital. We switch it on across every "
            "ward on the same Monday. By week three nurses are getting nine alerts a shift.\n\n"
            "Tier 1 is the urgent flag, because it reorders the worklist and a false flag delays other reads.\n\n"
            "Pull the alert logs for two weeks and measure the real alert load per nurse per shift.")
    found = told(text)
    assert any(s.startswith("We switch it on") for s in found)
    assert not any(s.startswith(("Tier 1", "Pull the alert logs")) for s in found)


@pytest.mark.parametrize("opening", [
    "It's 2021, and I'd just joined a teaching hospital as the PM when the sepsis model arrived.",  # "I'd" = "I had"
    "You're six weeks into your first PM job at an EHR vendor, and the sepsis model arrives.",
])
def test_a_story_anchored_in_the_past_perfect_or_the_second_person_runs_on(opening):
    text = (opening + "\n\nThe charge nurses walk me through a night shift and the old alert fires nine times.\n\n"
            "That afternoon the CNO tells the committee she wants the old alert off.\n\n"
            "Over the next eight weeks the model runs silently on two wards, with every alert chart-reviewed.")
    found = told(text)
    assert any(s.startswith("The charge nurses walk me") for s in found)
    assert any(s.startswith("That afternoon the CNO") for s in found)
    assert not any(s.startswith("Over the next eight weeks") for s in found)  # a plan's schedule, not the story's clock


@pytest.mark.parametrize("plan", ["I'd need two weeks of logs before changing anything.",
                                  "I'd proceed ward by ward once the silent run holds."])
def test_a_plan_in_i_d_with_a_verb_ending_in_eed_ends_the_story(plan):
    text = ("So it's spring 2022 and I'm the PM on a sepsis alert. We turn it on everywhere on a Tuesday. " + plan +
            " The charge nurse gets the alert first and the rapid response team second.")
    assert not any(s.startswith("The charge nurse gets") for s in told(text))


# A pushback story about a sepsis alert, told in the past: the product is one another question asks about.
_PUSHBACK_STORY = (
    "At my last company we were rolling out a sepsis early-warning score to the medical-surgical floors of a 400-bed "
    "hospital. Three weeks before go-live, the director of inpatient nursing stopped it at the nursing practice council. "
    "Her objection: every alert required a six-field reassessment form, and on the pilot ward nurses were getting nine "
    "or ten alerts a shift.\n\n"
    "I asked if I could spend two shifts on the ward. About half the alerts fired on patients already on the sepsis "
    "pathway, and the form duplicated vitals charted ten minutes earlier.\n\n"
    "We suppressed alerts for patients already on a sepsis order set, pre-filled the reassessment from charted vitals, "
    "and raised the threshold after our clinical lead and the sepsis coordinator reviewed 200 past alerts. We gave up "
    "the go-live date and started on one unit for a month. Alerts per nurse per shift went from about 9 to 3, and time "
    "to antibiotics fell from a median of 3.1 hours to 2.4. She took it to the council herself.\n\n"
    "What I'd do differently: agree the stop criteria with her in writing before the unit started."
)
# ... and the same product as a plan, answering the sepsis question instead of the one asked.
_SEPSIS_PLAN = (
    "An AUROC tells us ranking, not whether we catch septic patients in time. I'd aim to catch four in five septic "
    "patients four hours before the first antibiotic dose while keeping alerts to one or two per nurse per shift. "
    "Before any alert goes to a nurse, the model should score our own patients quietly for two months while two "
    "physicians review the charts. I'd break results out by age group, sex, race and ward. Then we'd go live on one "
    "ward, with the charge nurse and the rapid response team in the escalation chain, and expand ward by ward only if "
    "the catch rate, alert load and time to antibiotics hold up. I'd ask device counsel whether the software counts "
    "as a medical device under the decision-support carve-out."
)


def test_a_story_asked_for_is_answered_by_a_story_whatever_product_it_is_about(grade_offline):
    assert tells_a_story(Reading(_PUSHBACK_STORY))
    assert not tells_a_story(Reading(_SEPSIS_PLAN))
    story = grade_offline("clinician-pushback", _PUSHBACK_STORY)
    plan = grade_offline("clinician-pushback", _SEPSIS_PLAN)
    assert "off_topic" not in {f.code for f in story.flags}
    assert story.score > 60
    assert any(f.code == "off_topic" and "sepsis-model" in f.message for f in plan.flags)


def test_a_story_taken_up_as_the_plan_here_with_its_figures_is_not_thin():
    adopted = STORY.replace("So in a situation like yours, I'd bring those lessons with me.",
                            "Here I would run the same sequence, squeezed into the quarter: threshold in weeks 1-2, "
                            "a silent run in weeks 3-10, go/no-go in week 11.")
    assert not _thin("sepsis-model", adopted)
    # ... taking up the same things again ("same war room, same cadence") sets out no plan of its own
    assert _thin("sepsis-model", STORY.replace("So in a situation like yours, I'd bring those lessons with me.",
                                               "For this situation I'd run the same playbook: same war room, same cadence. "
                                               "With 4 hospitals and 80 alerts a week it's smaller, so within a month."))
    # ... saying so with no figures of the plan's own leaves the story a story
    assert _thin("sepsis-model", STORY.replace("So in a situation like yours, I'd bring those lessons with me.",
                                               "Here I would run the same sequence."))
    # ... and the things taken up may be counted: "the same three things"
    assert not _thin("sepsis-model", STORY.replace("So in a situation like yours, I'd bring those lessons with me.",
                                                   "Here I'd do the same three things, faster: threshold in weeks 1-2, "
                                                   "a silent run in weeks 3-10, go/no-go in week 11."))


def test_a_step_under_a_slot_of_the_plans_schedule_looks_ahead():
    from mockpm.narration import told_sentences
    from mockpm.passages import Reading

    text = ("The duplicate check only sees lab-confirmed orders.\n\n"
            "Days 1–2: pull every same-patient, same-test pair where the second order was placed while the first was unconfirmed.\n\n"
            "Within three weeks: the duplicate check covers sent-but-unconfirmed orders, the order list shows what was sent.\n\n"
            "In 2019 the last tool was switched off after nurses stopped reading it.")
    told = told_sentences(Reading(text))
    assert told == frozenset({3})
