"""Sentences, their commitments and their budgets."""

from __future__ import annotations

from mockpm.passages import Reading


def sentences(text: str) -> list[str]:
    r = Reading(text)
    return [text[s.start:s.end] for s in r.sentences]


def test_splits_on_sentence_ends_blank_lines_and_list_items_not_on_wrapped_lines():
    text = "We set a bar.\nIt holds for\nfour weeks. Then we go.\n\n- one ward\n- two physicians"
    assert sentences(text) == ["We set a bar.", "It holds for\nfour weeks.", "Then we go.", "- one ward", "- two physicians"]


def test_decimals_and_abbreviations_do_not_split():
    assert len(sentences("The AUROC is 0.86 on retrospective data, e.g. from 2021.")) == 1


def test_generic_claims_earn_nothing_and_commitments_earn_more():
    echo = Reading("I would consider regulatory requirements, clinical workflows and stakeholder alignment.")
    assert echo.sentences[0].vague and echo.sentences[0].budget == 0
    plan = Reading("Then we'd go live on one ward, with the charge nurse in the escalation chain, only if PPV holds above 20%.")
    assert not plan.sentences[0].vague and plan.sentences[0].budget >= 4


def test_buzz_compounds_read_as_filler():
    r = Reading("We'd build a trust-by-design, human-centred, workflow-native operating model.")
    assert r.sentences[0].vague


def test_a_list_of_roles_counts_once():
    r = Reading("We would talk to nurses, physicians, pharmacists and coders.")
    assert r.sentences[0].anchors == 1
