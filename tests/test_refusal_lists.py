"""Refusal lists: what a label such as "Red lines:" introduces as turned down."""

from __future__ import annotations

import pytest

from mockpm.refusal_lists import refused_items


def items(text: str) -> list[str]:
    return [text[a:b].strip(" *") for a, b in refused_items(text, 0, len(text))]


@pytest.mark.parametrize("label", ["Red lines:", "What makes me say no outright:", "Where I'd draw the line:",
                                   "**What would make us walk away:**", "Non-starters:"])
def test_a_refusal_label_lists_refused_moves(label):
    got = items(f"{label} all units on day one; model-written medication lists without sign-off")
    assert got == ["all units on day one; model-written medication lists without sign-off"]


@pytest.mark.parametrize("label", ["**Where I'd say no outright**\n", "__Red lines__\n"])
def test_a_refusal_heading_on_its_own_line_lists_the_refused_moves_under_it(label):
    got = items(f"{label}Shipping the full product to all physicians before sign-off; drafts reaching patients unsigned")
    assert got == ["Shipping the full product to all physicians before sign-off; drafts reaching patients unsigned"]
    assert items("**Where I'd start**\nShipping the full product to all physicians") == []


def test_a_condition_under_the_label_is_reported_with_the_rest():
    # neither a call the answer makes (no red flag) nor a step it commits to
    text = ("What makes me say no outright: any proposal to weaken physician review, or finding that "
            "our plan treats the signing physician as the final safety net")
    assert items(text) == [text.split(": ", 1)[1]]


def test_a_plain_sentence_opens_no_refusal_list():
    assert items("We run a silent pilot on one ward: eight weeks, two reviewers.") == []
    # requirements, not refusals
    assert items("Non-negotiables: local validation, subgroup checks.") == []


def test_a_refusal_heading_qualified_by_whatever_comes_turns_down_its_list():
    from mockpm import stance as st
    from mockpm.passages import Reading

    text = ("How I'd decide: pilot in two clinics for four weeks.\n\n"
            "Off the table, whatever the pilot shows:\n"
            "- Shipping it to all 30 clinics in one release.\n"
            "- Having the app sign notes on the physician's behalf after 24 hours.\n")
    a = text.index("sign notes")
    assert Reading(text).stance(a, a + len("sign notes")) not in st.COMMITTED
    a = text.index("pilot in two clinics")
    assert Reading(text).stance(a, a + len("pilot in two clinics")) in st.COMMITTED


@pytest.mark.parametrize("heading", ["5. When I'd say no outright", "What I won't agree to:"])
def test_a_heading_that_says_no_turns_down_the_list_under_it(heading):
    from mockpm import stance as st
    from mockpm.passages import Reading

    text = ("Phase 1: the reviewer signs off on medication content before go-live.\n\n"
            f"{heading}\n"
            "- Any request for drafts to auto-finalise before a physician signs.\n"
            "- Going live hospital-wide before the reviewer's sign-off.\n")
    reading = Reading(text)
    a = text.index("auto-finalise")
    assert reading.stance(a, a + len("auto-finalise")) not in st.COMMITTED
    a = text.index("Going live hospital-wide")
    assert reading.stance(a, a + len("Going live hospital-wide")) not in st.COMMITTED


def test_a_refusal_that_opens_its_sentence_turns_down_its_list_up_to_the_candidates_own_clause():
    assert items("Hard no to going live unsigned, skipping physician review, or hospital-wide day one.") == [
        "going live unsigned, skipping physician review, or hospital-wide day one."]
    assert items("I'd say no to pooling in the US, and instead we keep the data in the EU.") == ["pooling in the US"]
    assert items("We say the silent run comes first.") == []
