"""Whose words a sentence is: the candidate's own lines, or a line or quotation given to someone else."""

from __future__ import annotations

from mockpm.passages import Reading
from mockpm.speakers import quotations
from mockpm import stance as st


def reported(text: str) -> list[str]:
    r = Reading(text)
    return [text[s.start:s.end].strip(' "\n') for s in r.sentences if s.carried == st.REPORTED]


def test_a_quotation_runs_across_sentences_and_belongs_to_whoever_opened_it():
    text = ('Our COO opened with: "Forty percent churn at 60 days. Triple the notifications, add streaks. I want that at 20%."\n\n'
            'I said: "Before we add a single push, I want to know who stopped taking their pills. Logging isn\'t adherence."')
    assert reported(text) == ['Our COO opened with: "Forty percent churn at 60 days.', "Triple the notifications, add streaks.",
                              'I want that at 20%.']


def test_any_named_speaker_may_open_a_quoted_line_and_the_candidates_next_line_ends_the_turn():
    text = ('Marketing lead: "Can we retire audio-only? It makes us look dated."\n'
            'Me: "No. Audio-only stays a supported path for the 30% over 65."\n'
            'The CMIO, Dr. Feld, on video: "I want it on all four medicine floors at once."\n'
            'I said: "One floor first, and the other three once the pharmacist signs off."')
    assert reported(text) == ['Marketing lead: "Can we retire audio-only?', 'It makes us look dated.',
                              'The CMIO, Dr. Feld, on video: "I want it on all four medicine floors at once.']


def test_words_addressed_to_someone_are_the_candidates_own():
    text = 'To the engineer: "CMS is a downstream consumer with no rollback. We dual-run both versions first."'
    assert [own for _, _, own in quotations(text)] == [True]
    assert reported(text) == []
    said = "I'd say it the way I'd have wanted to hear it: \"You're right that nothing in the UI changes. Let's prove it.\""
    assert [own for _, _, own in quotations(said)] == [True]


def test_a_quotation_named_after_it_is_attributed_too():
    text = '"Can we retire audio-only? It makes us look dated," the marketing lead asked. "No," I said.'
    assert [own for _, _, own in quotations(text)] == [False, True]
    assert reported(text) == ["Can we retire audio-only?", "It makes us look dated,\" the marketing lead asked."]


def test_text_the_product_shows_and_labels_of_the_plan_are_no_ones_words():
    shown = 'The reminder reads: "Hi, this is Eastside Clinic. Reply 1 to confirm your visit on Tuesday."'
    assert quotations(shown) == []
    content = '- Content: "Appointment reminder from Eastside Clinic: Thu Apr 10, 2:15 PM, 125 Main St. Reply C to confirm."'
    assert quotations(content) == []
    listed = 'Three: "change" replies go to the bilingual front desk the next morning. Pilot one clinic for six weeks.'
    assert reported(listed) == []


def test_the_candidates_own_quotation_keeps_its_commitments():
    text = 'I told the CEO: "We pilot on one ward for six weeks, and the charge nurse owns the stop rule."'
    r = Reading(text)
    start = text.index("charge nurse")
    assert r.stance(start, start + len("charge nurse")) == st.ASSERTED
    other = text.replace("I told the CEO", "The CEO told me")
    r = Reading(other)
    assert r.stance(start + 3, start + 3 + len("charge nurse")) == st.REPORTED


def test_a_quotation_set_out_under_the_line_that_introduces_it_is_theirs():
    text = ("The pitch I heard from design goes roughly like this:\n\n"
            "> \"Everyone finished the review in under 20 seconds. Two clicks is nothing. Let's ship it to all 30 clinics.\"\n\n"
            "I'd disagree with three parts of that.")
    assert "Let's ship it to all 30 clinics." in reported(text)
    # a quoted block under a line that introduces nobody's words stays unattributed
    shown = "The reminder we send:\n\n> \"Your visit is tomorrow at 3pm. Reply C to confirm or R to reschedule.\"\n"
    assert quotations(shown) == []


def test_a_claim_quoted_at_the_head_of_a_list_item_is_theirs_and_saying_no_to_it_quotes_nothing():
    text = ("Sales wants four things. I'd say no to that, and say why.\n\n"
            "- **\"Get the CMO to sign off over the CNO.\"** Triage is nursing practice.\n"
            "- **\"They'll get used to it.\"** Extra clicks at triage slow every patient.\n")
    found = reported(text)
    assert any("Get the CMO to sign off" in s for s in found)
    assert any("They'll get used to it" in s for s in found)
    assert not any("Triage is nursing practice" in s for s in found)
