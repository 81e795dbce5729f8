"""Sentences that give the question back: its words, its figures, nothing decided.

Short-answer scoring calls this question demoting (Mohler, Bunescu and Mihalcea, 2011): words
an answer takes from the question show it read the question, not that it knows the answer. Here
the unit is the sentence. One whose content words come mostly from the question, its context and
its constraints, whose figures are the question's own and which sets no gate, earns nothing; an
answer made mostly of such sentences restates the question.
"""

from __future__ import annotations

from functools import lru_cache

from mockpm import regex_cache
from mockpm.models import Scenario
from mockpm.passages import Reading
from mockpm.substance_lexicon import COMMIT
from mockpm.topic import tokens

# Share of a sentence's content words found in the question and its context.
RESTATED_SHARE = 0.8
# At this share every content word is the prompt's, a gate in it included.
ALL_THE_PROMPTS = 1.0
# Sentences shorter than this (content words) say too little to be read either way.
MIN_WORDS = 5
_FIGURE = regex_cache.compile(r"\d+(?:[.,]\d+)*")


def prompt_text(scenario: Scenario) -> str:
    """What the candidate was given to read."""
    return " ".join([scenario.question, scenario.context, *scenario.constraints])


@lru_cache(maxsize=64)
def _prompt(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(tokens(text)), frozenset(_FIGURE.findall(text))


def restated_sentences(reading: Reading, prompt: str) -> frozenset[int]:
    """Indices of the sentences of ``reading`` that restate ``prompt``."""
    words, figures = _prompt(prompt)
    out = set()
    for i, s in enumerate(reading.sentences):
        piece = reading.text[s.start:s.end]
        found = tokens(piece)
        if len(found) < MIN_WORDS:
            continue
        share = sum(1 for w in found if w in words) / len(found)
        if share < RESTATED_SHARE:
            continue
        if any(f not in figures for f in _FIGURE.findall(piece)) or (share < ALL_THE_PROMPTS and COMMIT.ci.search(piece)):
            # a figure of its own or a gate is a decision, however familiar the words, unless
            # every word is the prompt's: "the quality team will audit it before go-live" is its constraint
            continue
        out.add(i)
    return frozenset(out)
