"""Stance read from labels, headings and questions the next words decide."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.passages import Reading


def stance(text: str, term: str) -> str:
    a = text.index(term)
    return Reading(text).stance(a, a + len(term))


@pytest.mark.parametrize("answer", ["No.", "Nope, the data stays in the EU.", "Absolutely not.", "Not a chance.",
                                    "That's how you end up with EU records in a US bucket.", "That's a recipe for a DPO shutdown.",
                                    "Never."])
def test_a_short_question_answered_no_refuses_its_move(answer):
    text = f"Run it inside each site. Pool everything in a US cloud? {answer} Pilot four sites first."
    assert stance(text, "US cloud") == st.NEGATED
    assert stance(text, "Pilot four sites") in st.COMMITTED


def test_a_question_answered_yes_or_at_length_is_not_refused():
    assert stance("Silent mode first? Yes, eight weeks on live data.", "Silent mode") != st.NEGATED
    text = ("How many septic patients does it flag four hours before antibiotics? "
            "Nobody has measured that yet, so we will.")
    assert stance(text, "four hours before antibiotics") != st.NEGATED


def test_a_question_that_already_turns_something_down_keeps_its_own_stance():
    # "Can we skip silent mode? No." keeps silent mode: the question's skip is what is refused
    assert stance("Can we skip silent mode? No. Eight weeks, live data.", "silent mode") != st.NEGATED


def test_a_long_question_is_a_question_not_a_move():
    text = ("Should we, given the sponsor's date, the four countries, the ethics committees and the staffing we have "
            "this quarter, pool everything in a US cloud? No.")
    assert stance(text, "US cloud") != st.NEGATED


def test_a_label_refused_by_its_body_and_a_heading_refused_by_the_next_sentence():
    assert stance("**Pooling everything in one region:** no. Sites keep their data.", "Pooling everything") == st.NEGATED
    assert stance("**Pooling in one US cloud.**\nI'd say no, the data stays local.", "Pooling in one US cloud") == st.NEGATED
    # ... or in italics
    assert stance("Intro.\n\n- *Pooling in a US cloud:* I'd decline. It adds transfer risk.", "Pooling") == st.NEGATED
    assert stance("Intro.\n\n- *Pooling in a US cloud:* we do it nightly.", "Pooling") in st.COMMITTED
    # ... or on the heading's own line, refused for what it names
    assert stance("Intro.\n\n**Pooling in one US cloud region**\nNo for identifiable data. Counts are enough.", "Pooling in one US") == st.NEGATED
    assert stance("Intro.\n\n**Pooling in one US cloud region**\nNobody objects, so we pool.", "Pooling in one US") in st.COMMITTED


def test_a_label_whose_body_brushes_it_off_takes_that_stance():
    text = "**Silent mode:** I like the idea, but a full run would eat most of the quarter."
    assert stance(text, "Silent mode") in st.BRUSHED_OFF


@pytest.mark.parametrize("answer", ["No-brainer.", "No doubt about it.", "No question, the CNO wants it.",
                                    "No problem.", "Not a chance we wait."])
def test_an_emphatic_yes_that_starts_with_no_is_not_a_refusal(answer):
    text = f"Then go live on all wards on day one? {answer} The nurses are ready."
    assert stance(text, "all wards on day one") != st.NEGATED


def test_a_question_about_a_thing_answered_no_keeps_the_thing():
    assert stance("Is the eight-week silent run too slow? No. It pays for itself.", "eight-week silent run") != st.NEGATED
    assert stance("Is subgroup validation hard to do? No, we have the data.", "subgroup validation") != st.NEGATED


def test_a_refused_move_with_a_negation_inside_is_still_refused():
    text = "Would I switch it on in all wards on day one without a silent run? No. Eight weeks silent first."
    assert stance(text, "all wards on day one") == st.NEGATED


@pytest.mark.parametrize("arrow", ["→ no for anything identifiable", "-> no.", "=> nope", "→ not acceptable",
                                   "→ no, sponsor gets aggregates"])
def test_a_move_turned_down_after_an_arrow_is_refused(arrow):
    text = f"- Sites keep their own data.\n- Pool EU data in a US region {arrow}\n- Pilot four sites first."
    assert stance(text, "US region") == st.NEGATED
    assert stance(text, "Pilot four sites") in st.COMMITTED
    assert stance(text, "keep their own data") in st.COMMITTED


@pytest.mark.parametrize("outcome", ["→ no go", "→ no launch", "→ no-brainer", "-> not yet measured here"])
def test_an_arrow_to_an_outcome_is_not_a_refusal(outcome):
    text = f"Sensitivity above 80% in the silent run {outcome}."
    assert stance(text, "silent run") != st.NEGATED


def test_only_the_line_before_the_arrow_is_refused():
    text = ("Run it inside each hospital and validate locally on four hundred charts before anyone sees a flag\n"
            "pool it centrally → no")
    assert stance(text, "pool it centrally") == st.NEGATED
    assert stance(text, "validate locally") != st.NEGATED


def test_an_arrow_turns_down_only_the_last_move_before_it():
    text = "- Launch: all inpatient wards on day one so nobody is confused; staged rollout → no."
    assert stance(text, "staged rollout") == st.NEGATED
    assert stance(text, "all inpatient wards on day one") != st.NEGATED


@pytest.mark.parametrize("line", ["Sensitivity at the chosen threshold under 80% in the silent run → no.",
                                  "More than two alerts per nurse per shift at that threshold → no.",
                                  "If the subgroup gap shows up in the silent run → no."])
def test_a_condition_before_an_arrow_is_a_no_go_not_a_refused_move(line):
    term = line.split(" → ")[0][-20:]
    assert stance(f"Go/no-go after the silent run:\n- {line}\n", term) != st.NEGATED


def test_a_plain_topic_line_refused_alone_by_the_next_sentence_is_negated():
    text = "Fairness comes first.\n\nPooling in a US region. I'd push back. EU data stays in the EU."
    assert stance(text, "Pooling in a US region") == st.NEGATED
    # a refusal with an object of its own, or a line with a subject, is not about the line
    assert stance("Intro.\n\nTwo wards first. I'd push back on anyone who wants more.", "Two wards first") != st.NEGATED
    assert stance("Intro.\n\nWe pool in a US region. I'd push back.", "pool in a US region") != st.NEGATED
    assert stance("Intro.\n\nSilent run on our own wards first.\nNo, I wouldn't shorten it.", "Silent run") != st.NEGATED


def test_a_design_records_verdict_refuses_the_alternative_and_its_reason_makes_no_call():
    text = ("5. Alternatives considered\n"
            "- A wait-90-seconds warning. Rejected: it adds alert fatigue.\n"
            "- Auto-cancelling the second order. Rejected: it drops intended repeats with no clinician review.\n"
            "3.1 Hospital-wide launch at go/no-go: rejected; the last vendor alert failed that way.")
    # named to be turned down: neither a step nor a call, whatever its own words skip
    assert stance(text, "Auto-cancelling") == st.REPORTED
    assert stance(text, "Hospital-wide launch") == st.REPORTED
    assert stance(text.replace("Auto-cancelling the second order", "Skipping the silent run"), "silent run") == st.REPORTED
    # the reason is the candidate's reasoning: no call, but it counts for what it understands
    assert stance(text, "no clinician review") == st.GATED
    # "Rejected orders are re-queued" is no verdict
    assert stance("Auto-cancel the repeat. Rejected orders are re-queued for review.", "Auto-cancel") in st.COMMITTED


@pytest.mark.parametrize("text", [
    "Options:\n- \u274c Skip the silent run to hit the date.\n- \u2705 An eight-week silent run on two wards.",
    "- ~~Skip the silent run to hit the date~~ (too risky)\n- An eight-week silent run on two wards.",
    "- Skip the silent run to hit the date \u2014 rejected, the pilot had no evaluation.\n- An eight-week silent run on two wards.",
    "- Skip the silent run to hit the date (ruled out).\n- An eight-week silent run on two wards.",
    "Don't: skip the silent run to hit the date.\nDo: an eight-week silent run on two wards.",
    "Tempting but wrong: skip the silent run to hit the date.\nRight: an eight-week silent run on two wards.",
])
def test_an_option_crossed_out_or_turned_down_where_it_stands_is_named_not_skipped(text):
    assert stance(text, "silent run to hit") == st.REPORTED
    assert stance(text, "eight-week silent run") in st.COMMITTED


@pytest.mark.parametrize("text", [
    "We skip the silent run to hit the date; rejected orders are re-queued.",
    "We skip the silent run to hit the date, and nurses avoid: nothing.",
    "- Skip the silent run to hit the date. \u2705 Done.",
])
def test_a_verdict_word_that_turns_nothing_down_leaves_the_skip(text):
    assert stance(text, "silent run to hit") == st.DISMISSED
