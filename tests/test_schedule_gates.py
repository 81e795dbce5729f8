import pytest

from mockpm.passages import Reading
from mockpm.schedule_gates import opened_before_gate

RULE = "No patient in a new state gets scheduled until their clinician holds a license there.\n\n"


def test_a_schedule_that_opens_the_step_before_the_condition_breaks_the_rule():
    text = RULE + ("Month 1: credentialing starts license applications for both states.\n"
                   "Month 4: Squad B opens online scheduling to patients in the two new states. "
                   "Most license applications will be in flight by then.\n"
                   "Month 6: freeze targets hit.")
    assert opened_before_gate(Reading(text))


@pytest.mark.parametrize("schedule", [
    # the condition met first, in an earlier slot or earlier in the same slot
    "Month 1: clinicians apply for a license in both states.\nMonth 4: open scheduling to patients in the new states.",
    "Month 4: each clinician holds a license in both states; we open scheduling to patients in the new states.",
    # the step mentioned, but not opened, or denied again
    "Month 2: design the state-aware patient scheduling screens.\nMonth 5: licenses granted.",
    "Month 2: still no scheduling for patients in a new state.\nMonth 5: licenses granted.",
])
def test_a_schedule_that_keeps_the_rule_breaks_nothing(schedule):
    assert not opened_before_gate(Reading(RULE + schedule))


def test_without_a_dated_schedule_nothing_is_read():
    text = RULE + "We open scheduling to patients in the new states as soon as we can."
    assert not opened_before_gate(Reading(text))
