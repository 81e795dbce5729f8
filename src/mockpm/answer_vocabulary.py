"""Does an answer speak the words answers to its question speak? A relevance reading from the labelled answers.

The topic model (topic.py) tells which question of the library an answer is closest to; an
answer to a question the library does not hold (pricing a remote-monitoring service under the
appointment-reminder question, a hospital-at-home launch under the sepsis one) shares enough
healthcare words with its own question to pass it. Off-topic detection in automated essay
scoring (e-rater) compares an essay with essays written to the same prompt rather than with the
prompt alone; this reading does the same with the genuine labelled answers of each built-in
question: the words (stems) that at least MIN_ANSWERS of them use are that question's
vocabulary, and an answer is read by the share of its own distinct words that belong to it.

Genuine answers, strong or weak, from a writer whose answers were left out, use 80% or more of
their words from it (tools/build_answer_vocabulary.py prints the figures); an answer to another
question, a consumer-growth playbook or fluent jargon uses far fewer. Like the reject model, it
reads only answers to the questions it was built from (a user's scenario, or a built-in id whose
question was changed, gets no reading), and it caps offline grades only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mockpm.reject_model import question_digest
from mockpm.stemming import STEM_RULES
from mockpm.topic import tokens

VOCABULARY_FILE = "answer_vocabulary.json"
# A word used by this many genuine answers to a question belongs to its vocabulary; one writer's
# word does not.
MIN_ANSWERS = 2
# Too few distinct words to tell: a short answer's words are mostly the common ones.
MIN_DISTINCT = 25
# Below this share, an answer reads as written to another question. Left one writer group out at a
# time (72 groups), no genuine answer of 4,310 came under 0.75 (the lowest, a weak one, at 0.764;
# strong, good and short-sharp ones 0.811 and up, one in 200 under 0.885), and the share does not
# fall with length; under 0.75 fell 45 of 190 answers to other questions and 212 attacks in all
# (buzzword prose and consumer playbooks most). On a fresh batch of 168 answers the vocabulary
# had not seen, 10 of 14 answers to other questions and no genuine answer (all 0.87+).
BAR = 0.75


# A capitalised word inside a sentence is a name (a place, a person, a product): the story's, not the
# question's ("the Yup'ik villages", "a Bethel clinic"). Unless the answer also uses it in lower case.
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z'’-]+")


def answer_words(text: str) -> set[str]:
    """The answer's distinct words as the vocabulary counts them: stems, function words and names aside."""
    lowered = set(tokens(text))  # (tokens lower-cases)
    names = set(tokens(" ".join(_NAME.findall(text)))) - set(tokens(" ".join(re.findall(r"\b[a-z][a-z'’-]+", text))))
    return lowered - names


@dataclass(frozen=True)
class VocabularyReading:
    share: float  # share of the answer's distinct words that answers to this question use
    distinct: int  # the answer's distinct words (stems, function words aside)

    @property
    def strays(self) -> bool:
        return self.share < BAR


@dataclass(frozen=True)
class _Vocabulary:
    stem_rules: int
    answers: int
    questions: dict[str, str]  # scenario id -> question digest
    words: dict[str, str]  # scenario id -> its words, space-separated (split on first use)


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    raw = json.loads(resources.files("mockpm").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8"))
    return _Vocabulary(stem_rules=raw["stem_rules"], answers=raw["answers"],
                       questions={sid: v["question"] for sid, v in raw["scenarios"].items()},
                       words={sid: v["words"] for sid, v in raw["scenarios"].items()})


@lru_cache(maxsize=32)
def _words_of(scenario_id: str) -> frozenset[str]:
    return frozenset(_vocabulary().words[scenario_id].split())


def answers_read() -> int:
    """How many labelled answers the vocabulary was built from (for messages)."""
    return _vocabulary().answers


def read(text: str, scenario_id: str, question: str) -> VocabularyReading | None:
    """The share of the answer's words that answers to this question use; None when the question
    is not one the vocabulary was built from, or the answer is too short to tell."""
    v = _vocabulary()
    if v.stem_rules != STEM_RULES or v.questions.get(scenario_id) != question_digest(question):
        return None
    own = answer_words(text)
    if len(own) < MIN_DISTINCT:
        return None
    known = _words_of(scenario_id)
    return VocabularyReading(share=round(sum(1 for w in own if w in known) / len(own), 4), distinct=len(own))
