"""A red flag's mention is read in the sentence it names and by the candidate's own words."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.flag_stance import asked, mention_stance, quoted, stop_rule_condition, trimmed
from mockpm.passages import Reading


def test_a_mention_starting_on_the_space_before_its_sentence_is_read_in_that_sentence():
    text = "Phone visits: keep them. Retiring audio-only would strand the patients who most need us."
    reading = Reading(text)
    at = text.index(" Retiring")
    span = trimmed(reading, (at, at + len(" Retiring audio-only")))
    assert span[0] == at + 1
    assert mention_stance(reading, span) not in st.COMMITTED


def test_a_mention_running_into_a_quotation_is_read_by_the_words_before_it():
    text = 'My plan would be to frame them as "wellness coping tips" with a disclaimer.'
    reading = Reading(text)
    a, b = text.index("frame"), text.index("wellness") + len("wellness")
    assert reading.stance(a, b) == st.REPORTED  # the quotation's scope alone
    assert mention_stance(reading, (a, b)) == st.ASSERTED
    said = 'Marketing told me to "frame them as wellness tips and move on".'
    c = said.index("frame")
    assert mention_stance(Reading(said), (c, c + len("frame them as wellness"))) == st.REPORTED


def test_a_term_wholly_in_quotation_marks_is_talked_about():
    text = 'I would question the word "retention" here.'
    at = text.index("retention")
    assert quoted(text, (at, at + len("retention")))
    assert not quoted("This is a retention problem.", (10, 19))


def test_a_quotation_talked_about_stays_someone_elses_words():
    text = 'First quarter: clean up the marketing claims ("treats depression" goes).'
    a, b = text.index("clean"), text.index("depression") + len("depression")
    assert mention_stance(Reading(text), (a, b)) == st.REPORTED


def test_a_mention_running_past_its_clause_is_negated_when_its_head_is():
    def stance_of(text, first, last):
        reading = Reading(text)
        return mention_stance(reading, (text.index(first), text.index(last) + len(last)))

    denied = "For HIV visits we don't leave voicemails with any detail, and the patient has to confirm a date of birth."
    assert stance_of(denied, "voicemails", "date of birth") == st.NEGATED
    # the head asserted: the move is made, whatever follows
    made = "We leave voicemails with the visit type, and the patient has to confirm a date of birth."
    assert stance_of(made, "voicemails", "date of birth") == st.ASSERTED


def _asked(text: str, words: str) -> bool:
    at = text.index(words)
    return asked(Reading(text), (at, at + len(words)))


def test_a_question_the_candidate_asks_is_no_call_they_make():
    assert _asked('- What does the contract call "go-live": drafts for all physicians, or something narrower?',
                  "drafts for all physicians")
    assert _asked("Do we launch on every ward at once, or on one first?", "launch on every ward")
    # a question that puts the move forward, and a measure named as a question, still count
    assert not _asked("Why not launch on every ward at once?", "launch on every ward")
    assert not _asked("Shouldn't we just skip the silent run?", "skip the silent run")
    assert not _asked("I'd measure what matters: does the physician accept the suggestion?", "accept the suggestion")
    assert not _asked("We launch on every ward at once.", "launch on every ward")


def test_a_red_flag_in_a_question_asked_does_not_fire():
    from mockpm.checks import run_check
    from mockpm.models import KeywordCheck
    check = KeywordCheck(any=["all physicians"])
    assert not run_check(check, "What does go-live mean: visible drafts for all physicians, or less?", red_flag=True).met
    assert run_check(check, "Go-live means visible drafts for all physicians.", red_flag=True).met


@pytest.mark.parametrize("text,watched", [
    ("If more than 3% a month opt out in any language group, or any group does worse, we pause and fix it.", True),
    ("If opt-outs pass 3% in any group, I'd roll it back.", True),
    ("If the model starts to exclude women at a site, the model is paused at that site.", True),
    # a condition whose main clause goes on with the plan, and a move said outright, are the plan
    ("If we exclude the members over 80, we hit the target.", False),
    ("We opt out the members in any language group that does worse.", False),
])
def test_a_stop_rules_condition_is_watched_for_not_done(text, watched):
    term = "opt out" if "opt out" in text else "opt-outs" if "opt-outs" in text else "exclude"
    a = text.index(term)
    assert stop_rule_condition(Reading(text), (a, a + len(term))) is watched, text
