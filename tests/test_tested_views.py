"""Views set out to be tested and versions set out to be replaced are reported, not the plan."""

from __future__ import annotations

from mockpm import stance as st
from mockpm.catalog import load_library
from mockpm.passages import Reading

from graded_answers import graded as _graded


def stance(text: str, term: str) -> str:
    a = text.index(term)
    return Reading(text).stance(a, a + len(term))


ASSUMPTIONS = """Assumption: the fix is more push notifications and streaks.
What I'd do: a pharmacist call about side effects and 90-day fills.

Assumption: we can launch in English and add the other languages next year.
What I'd do: launch in Spanish and Vietnamese from day one.
"""


def test_an_assumption_laid_out_to_test_is_reported_and_the_answer_to_it_is_the_plan():
    assert stance(ASSUMPTIONS, "more push notifications") == st.REPORTED
    assert stance(ASSUMPTIONS, "launch in English") not in st.COMMITTED
    assert stance(ASSUMPTIONS, "pharmacist call") in st.COMMITTED
    assert stance(ASSUMPTIONS, "launch in Spanish") in st.COMMITTED
    # ... the candidate's own working assumptions, answered by nothing, stay theirs
    own = "Assumptions: (1) HFrEF population, EF <= 40%, elevated NT-proBNP. (2) We act as a processor for the sites.\n\nPlan: ..."
    assert stance(own, "elevated NT-proBNP") in st.COMMITTED
    # ... while a plain line of the plan stays committed
    assert stance(ASSUMPTIONS.replace("Assumption: the fix", "Plan: the fix"), "more push notifications") in st.COMMITTED


BEFORE_AFTER = """Let me show the rewrite I'd make of the vendor's stock template.

Before (the vendor's stock template):
"Your Behavioral Health appointment with Dr. Alvarez, Psychiatry, is on 05/06 at 10:30."

After:
"Eastside Clinic: you have a visit Tue May 6, 10:30 am. Reply 1 = yes, 2 = change."
"""


def test_the_version_shown_before_its_rewrite_is_reported():
    assert stance(BEFORE_AFTER, "Behavioral Health appointment") == st.REPORTED
    assert stance(BEFORE_AFTER, "you have a visit") in st.COMMITTED
    # with no "After:", a "Before launch:" line is a step of the plan
    plain = "Before launch: eight weeks of silent mode on two wards.\n\nThen one ward live."
    assert stance(plain, "eight weeks of silent mode") in st.COMMITTED



OPTIONS = (
    "I'd frame the work as two trade-offs.\n\n"
    "**Trade-off 1: engagement vs. adherence as the goal**\n"
    "Options: keep 60-day logging retention as the goal; switch to claims-based PDC of 80% or more.\n"
    "Call: claims PDC is the goal, logging is a diagnostic.\n\n"
    "**Trade-off 2: languages**\n"
    "Options: stay English-first until next year; translate the top three languages properly.\n"
    "Call: the top three, checked by native-speaking clinical staff before the measurement year."
)


def test_options_set_out_before_the_call_are_weighed_not_planned():
    lib = load_library()
    result = _graded(lib, "medication-adherence", OPTIONS)
    red = {c.id for c in result.criteria if c.met and c.points < 0}
    assert not red & {"core.retention-framing", "medication-adherence.app-activity-success", "medication-adherence.english-first-launch"}
    # Without a call after them, the same lines are the plan.
    plan = OPTIONS.replace("Options: ", "").replace("Call: ", "Also: ")
    red = {c.id for c in _graded(lib, "medication-adherence", plan).criteria if c.met and c.points < 0}
    assert red & {"core.retention-framing", "medication-adherence.app-activity-success", "medication-adherence.english-first-launch"}


def test_a_view_whose_own_words_defer_is_still_the_view_laid_out_to_test():
    text = ("Assumption: we can launch in English and add the other languages next year.\n"
            "What I'd do: launch in Spanish and Vietnamese from day one.\n")
    assert stance(text, "launch in English") == st.REPORTED
    assert stance(text, "launch in Spanish") in st.COMMITTED
