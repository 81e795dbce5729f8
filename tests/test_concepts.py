"""A criterion's distinctive statement words count as one more mention, in committed sentences only."""

from __future__ import annotations

from mockpm.concepts import CONCEPT_TERM, concept_spans
from mockpm.models import Criterion
from mockpm.passages import Reading


def crit(cid: str, statement: str) -> Criterion:
    return Criterion.model_validate({"id": cid, "axis": "equity", "statement": statement, "points": 4,
                                     "check": {"any": ["unlikely-term"]}, "seed": "000_x.txt", "reason": "because it matters to patients"})


CRITERIA = (
    crit("x.literacy", "Writes for low health literacy: plain reading level, voice calls for patients who struggle with text."),
    crit("x.privacy", "Keeps diagnoses off shared phones: minimum necessary detail in each reminder."),
)


def test_a_committed_sentence_sharing_two_distinctive_words_is_a_mention():
    r = Reading("Creole defaults to a recorded voice call, since literacy is the bigger barrier for 30% of them.")
    found = concept_spans(CRITERIA, r)
    assert "x.literacy" in found and "x.privacy" not in found


def test_a_negated_or_generic_sentence_is_not():
    assert concept_spans(CRITERIA, Reading("We would not do voice calls, literacy is not our problem.")) == {}
    assert concept_spans(CRITERIA, Reading("I would consider literacy and voice and other relevant factors.")) == {}


def test_the_concept_term_is_named_for_evidence():
    assert CONCEPT_TERM.startswith("~")


def test_the_plain_words_of_sounds_like_are_a_paraphrase_too():
    base = crit("x.handoff", "Defines the escalation chain and who acts on an alert within a set time.")
    plain = base.model_copy(update={"sounds_like": "The charge nurse owns each alert and calls rapid response within fifteen minutes."})
    text = Reading("Our charge nurse owns every alert on the ward, with 15 minutes to act.")
    assert "x.handoff" not in concept_spans((base, CRITERIA[0]), text)
    assert "x.handoff" in concept_spans((plain, CRITERIA[0]), text)
