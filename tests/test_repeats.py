"""A sentence said again word for word earns nothing the second time."""

from __future__ import annotations

from mockpm.passages import Reading

PLAN = "We run the model silently for eight weeks on two wards. The CMIO signs off before any alert fires. "


def test_a_sentence_said_again_has_no_budget_and_the_first_keeps_its_own():
    reading = Reading(PLAN + "Then nurses see alerts. " + PLAN.upper().replace(".", "!"))
    repeats = [s.repeat for s in reading.sentences]
    assert repeats == [False, False, False, True, True]
    assert reading.sentences[0].budget > 0 and reading.sentences[3].budget == 0


def test_short_lines_may_recur():
    reading = Reading("Owner: CMIO. Gate one passed. Owner: CMIO.")
    assert not any(s.repeat for s in reading.sentences)
