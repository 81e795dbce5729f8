"""A move named as the subject of the harm it leads to is an option weighed, not the plan."""

from __future__ import annotations

import pytest

from mockpm.option_costs import weighed_as_harm


def span(text: str, words: str) -> tuple[str, int, int]:
    start = text.index(words)
    return text, start, start + len(words)


@pytest.mark.parametrize("text", [
    "- Going live as-is into a 110% winter ED -> slower triage, override fatigue, safety risk.",
    "Going live as-is would mean slower triage and a safety risk.",
    "Skipping the silent run leads to missed cases nobody sees.",
])
def test_a_gerund_that_leads_to_a_harm_is_weighed(text):
    first = text.lstrip("- ").split(" as-is")[0].split(" the silent")[0]
    assert weighed_as_harm(*span(text, first))


@pytest.mark.parametrize("text, words", [
    ("If we merge now, users and the ACOs gain nothing, since the engineer says so.", "merge now"),
    ("If we go live as-is, we risk slower triage and override fatigue.", "go live as-is"),
    ("Frankly, if I skip the silent run, then we lose the only check on real patients.", "skip the silent run"),
])
def test_a_move_supposed_then_its_cost_is_weighed(text, words):
    assert weighed_as_harm(*span(text, words))


@pytest.mark.parametrize("text, words", [
    ("Going live as-is means we hit the date.", "Going live"),
    ("If we merge now, we hit the date and users get the dashboard.", "merge now"),  # no harm: still the plan
    ("If we merge now, we lose a day, but the dashboard ships.", "merge now"),  # a cost taken
    ("We merge now, and if anything fails we lose a day.", "merge now"),  # no supposition at the head  # no harm: still the plan
    ("We keep going live as-is -> slower triage.", "going live"),  # not the sentence's head
    ("Launch as-is -> slower triage.", "Launch"),  # an order, not a gerund
    # a harm taken all the same
    ("Skipping silent mode means we lose a month of data, but we hit the date.", "Skipping silent mode"),
    ("Going live as-is leads to some override fatigue, which we can live with.", "Going live"),
])
def test_anything_else_is_left_where_it_was(text, words):
    assert not weighed_as_harm(*span(text, words))


@pytest.mark.parametrize("text, words", [
    # what any such thing would do, then what it can cost (a generic subject with a modal)
    ('So a text that names the reason for the visit, like "your counseling session", can tell a husband '
     "something the patient never chose to share.", "text that names the reason for the visit"),
    ("Any reminder which lists the department could reveal a diagnosis to whoever holds the phone.", "reminder which lists the department"),
    # what tends to happen once it is done
    ("Once text is pre-filled into a report, it tends to get signed, especially at 120 studies a shift.", "pre-filled into a report"),
])
def test_a_move_said_as_what_it_would_do_or_tends_to_do_is_weighed(text, words):
    assert weighed_as_harm(*span(text, words))


@pytest.mark.parametrize("text, words", [
    ("Reminders that name the department will go out 48 hours before.", "Reminders that name the department"),  # the plan
    ("We send a text that names the clinic; it can be read by anyone, which is fine.", "text that names the clinic"),  # no harm
    ("The draft is pre-filled into the report and the radiologist signs it.", "pre-filled into the report"),  # no habit told
])
def test_a_generic_subject_without_a_harm_stays_the_plan(text, words):
    assert not weighed_as_harm(*span(text, words))
