"""Patient messages written out in the answer, and whether they give away the drug, the condition or the visit."""

from __future__ import annotations

import pytest

from mockpm.contradictions import contradictions
from mockpm.message_templates import revealing_templates
from mockpm.passages import Reading

PROMISE = "Texts never include the drug name or the condition, since family members share phones.\n\n"


@pytest.mark.parametrize("template", [
    'The refill template will be: "Hi {first_name}, your {DRUG_NAME} is 5 days overdue at {pharmacy}. Reply 1 to refill."',
    'OB patients get a fuller text: "Your 28-week prenatal visit with the midwife is tomorrow, plan for two hours."',
    "Template: Hi {first_name}, your {condition} medicine is due today.",
    'The reminder reads "Your HIV clinic visit with Dr. Lee is tomorrow at 9 am, reply 1 to confirm."',
    # a line added to the reminder, after a short quoted sender name (whose marks must not pair with it)
    'HIV patients get messages from the sender "EastsideCare". Prenatal reminders add a practical line, '
    '"bring your prenatal vitamins and don\'t eat after midnight before your glucose test", since prep is missed.',
    # a message quoted on its own line, introduced by the line above it
    'Sample English master (translated for each language):\n\n> "Hi Rosa, this is Eastside Health. Reminder: your prenatal '
    'visit with the Women\'s Health team is Thursday at 9:30 AM. Reply 1 to confirm."',
])
def test_a_message_written_out_that_names_what_was_promised_away_contradicts(template):
    assert contradictions(PROMISE + template) == ["what a message reveals"]


@pytest.mark.parametrize("example", [
    # the harm described, not the design
    'A text that says "your HIV follow-up" or "your prenatal visit" can out someone to their family.',
    'On a shared phone, "Reminder: your appointment at the HIV Clinic with Dr. Lee tomorrow" could disclose a diagnosis.',
    # a refusal before the colon, on the message's own line or the line above it
    'A reminder should never say: "Your prenatal visit with the midwife is tomorrow at 9 am, see you then."',
    'A reminder should never say:\n\n> "Your prenatal visit with the midwife is tomorrow at 9 am, see you then."',
    'What the vendor proposed, and what I would reject:\n\n> "Your prenatal visit with the midwife is tomorrow at 9 am, see you then."',
    # a message that names nothing sensitive, after a short quote
    'The sender is "Eastside" and the text reads: "Hi Maria, you have an appointment at Eastside Clinic on Tuesday at 10 am. Reply 1 to confirm."',
    # today's message, quoted to be replaced
    'Today\'s portal template reads: "Your HIV clinic visit with Dr. Lee is tomorrow at 9 am." We replace it.',
    # someone's words, not a message to the patient
    'One grandmother told us: "My grandson reads my messages to me. If it says HIV clinic, the whole family will know."',
])
def test_a_harm_described_a_refused_message_or_a_safe_one_contradicts_nothing(example):
    assert revealing_templates(Reading(example)) == set()
    assert contradictions(PROMISE + example) == []


def test_a_revealing_template_without_the_promise_is_no_contradiction():
    assert contradictions('The template: "Hi {first_name}, your {DRUG_NAME} refill is due on Friday."') == []
