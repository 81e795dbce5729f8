"""A table's header is read into its rows."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.passages import Reading

CONTRAST = (
    "I'd bring the board two plans side by side.\n\n"
    "| | {other} | What I recommend |\n|---|---|---|\n"
    "| Pricing | Free pilots, enterprise-wide from day one | Paid, scoped pilots on one service line |\n"
    "| FDA | We're decision support, so FDA doesn't apply | Regulatory counsel's written opinion in Q1 |\n"
)


def stance(text: str, term: str) -> str:
    a = text.index(term)
    return Reading(text).stance(a, a + len(term))


@pytest.mark.parametrize("other", ["The plan we're being pushed toward", "What sales wants", "As proposed", "The board's plan"])
def test_a_column_of_someone_elses_plan_is_reported_and_the_recommendation_kept(other):
    text = CONTRAST.format(other=other)
    assert stance(text, "enterprise-wide from day one") == st.REPORTED
    assert stance(text, "FDA doesn't apply") == st.REPORTED
    assert stance(text, "scoped pilots on one service line") in st.COMMITTED


def test_a_column_of_the_candidates_own_phases_is_the_plan():
    text = CONTRAST.format(other="Phase 1")
    assert stance(text, "enterprise-wide from day one") in st.COMMITTED


def test_a_no_under_the_candidates_verdict_turns_the_rows_idea_down():
    text = "| Idea | My call |\n|---|---|\n| Pool all EU data in a US region | No. |\n| Key-coded extracts stay in the EU | Yes |\n"
    assert stance(text, "Pool all EU data") == st.REPORTED  # named to be turned down: neither a step nor a call
    assert stance(text, "Key-coded extracts") in st.COMMITTED


def test_a_decision_logs_rejected_row_skips_nothing_and_its_reason_is_the_candidates():
    text = ("| # | Option considered | Decision | Why |\n|---|---|---|---|\n"
            "| C | Skip a silent run because the pilot already ran | **Rejected** | The pilot had no evaluation of misses |\n"
            "| D | Declare ourselves non-device and move on | Rejected | The carve-out depends on independent review of the basis |\n"
            "| E | Launch at two sites after an eight-week silent run | Chosen | It finds harm early |\n")
    assert stance(text, "silent run because") not in st.BRUSHED_OFF
    assert stance(text, "non-device") not in st.BRUSHED_OFF
    assert stance(text, "independent review") in st.COMMITTED
    assert stance(text, "eight-week silent run") in st.COMMITTED


def test_a_table_that_ticks_areas_off_lists_topics_and_commits_to_none():
    text = ("I'd ship it to the clinics and gather feedback.\n\n**Coverage Summary**\n\n| Area | Considered |\n|---|---|\n"
            "| Pilot, A/B test, matched controls | ✔ |\n| Kill switch / rollback | ✔ |\n")
    assert stance(text, "Kill switch") == st.LISTED
    plan = text.replace("| Area | Considered |", "| Step | When |").replace("| ✔ |", "| week 2 |")
    assert stance(plan, "Kill switch") in st.COMMITTED


def test_a_column_of_the_candidates_own_proposal_is_the_plan():
    text = CONTRAST.format(other="Proposed first step")
    assert stance(text, "enterprise-wide from day one") in st.COMMITTED
