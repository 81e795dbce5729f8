"""A limit the answer sets and a figure past it, about the same quantity, contradict each other."""

from __future__ import annotations

import pytest

from mockpm.limits import limit_broken
from mockpm.passages import Reading


@pytest.mark.parametrize(("text", "broken"), [
    ("No more than 2 alerts per nurse per 12-hour shift. Nurses on the pilot units will see roughly 6–8 alerts per shift, "
     "which is manageable.", True),
    ("We cap it at 3 reminders a week. Members get 10 reminders a week in the first month.", True),
    # a qualified count and an "or" range: "two new alerts", "seven or eight alerts"
    ("I'd design to no more than two new alerts per nurse per shift. The team estimates this produces around "
     "seven or eight alerts per nurse per shift, which is defensible.", True),
    ("No more than two alerts per nurse per shift. We go live at the threshold that gives nurses the 8 alerts per "
     "nurse per shift they can absorb.", True),
    # only words that qualify the count: a measured baseline, people, or a unit's total are other counts
    ("Target fewer than 10 duplicates a week. The data I'd pull for the 80 reported duplicates a week: timestamps.", False),
    ("No more than two alerts per nurse per shift. The unit sees about 12 total alerts per shift.", False),
    ("No more than two alerts per nurse per shift. We have 6 nurses answering alerts per shift.", False),
    # the same limit kept
    ("No more than 2 alerts per nurse per shift. The pilot units should see about 1.5 alerts per shift.", False),
    # a figure of the past, a baseline or a hypothetical
    ("We'd cap it at 2 alerts per nurse per shift. The old vendor tool fired 8 alerts per shift.", False),
    ("No more than 2 alerts per nurse per shift. If we tuned for 90% sensitivity we'd get 7 alerts per shift.", False),
    # a different quantity, or a figure turned down
    ("No more than 2 alerts per nurse per shift. Each nurse covers 5 patients per shift.", False),
    ("No more than 2 alerts per nurse per shift. We'd never accept 6 alerts per shift.", False),
    # ... or one a design record rejects
    ("No more than 3 alerts per nurse per 12-hour shift.\n\n3. Alternatives considered\n"
     "3.3 Threshold tuned for sensitivity of 85%: rejected; estimated 7-9 alerts per nurse per shift.", False),
    # a trigger's threshold is a condition on the plan, not an amount planned
    ("GO needs after-hours time up no more than 5 minutes per physician per day.\nAutomatic rollback on any of these:\n"
     "- after-hours documentation up more than 10 minutes per physician per day", False),
    ("No more than 2 alerts per nurse per shift. We pause the pilot when a unit averages above 4 alerts per shift.", False),
    # ... so is a change by an amount, and "two in a hundred" is a rate, not a count of anything
    ("Keep it only if notes signed within a day drop by no more than two in a hundred. Switch it off at any clinic "
     "where notes signed within a day drop by five in a hundred for three days running.", False),
    ("No more than 2 alerts per nurse per shift. Switch it off if alerts rise by 5 alerts per shift.", False),
])
def test_a_figure_well_past_a_limit_set_elsewhere(text, broken):
    assert limit_broken(Reading(text)) is broken
