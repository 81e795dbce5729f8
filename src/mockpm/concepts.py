"""A criterion's own words as a last paraphrase: concept matching for words the lexicon lacks.

Term lists never hold every way a candidate can say a thing ("literacy is the bigger barrier
there"). Automated short-answer scoring meets this with concept matching on content words; here
a committed sentence that shares two of a criterion's distinctive words, from its statement and
its plain-language ``sounds_like`` (stemmed, and distinctive: used by no more than two criteria of
the scenario), counts as one more mention of the criterion. It never outweighs the lexicon: one such mention per criterion, only from a sentence
that commits to something (the substance budget still applies), and only in the candidate's voice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mockpm import stance as st
from mockpm.stemming import stem
from mockpm.models import Criterion
from mockpm.passages import Reading

CONCEPT_TERM = "~concept"
MIN_SHARED = 2
MAX_CRITERIA_PER_WORD = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
# Function words and the boilerplate of rubric statements ("names the ...", "treats X as ...").
_STOP = frozenset(
    """about above after again against also among because before being below between both cannot could
    does doing down during each either every from further have having here into itself just more most
    must only other over same should some such than that their them then there these they this those
    through under until very what when where which while whom with would your yours answer answers
    candidate names name gives give treats treat makes make uses using plan plans specific actually
    real really clear clearly explicit explicitly concrete says said shows show instead rather thing
    things like well what whether without within ones""".split()
)


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return stem(word.lower())


def content_stems(statement: str) -> frozenset[str]:
    """The stemmed content words of a text (function words and rubric boilerplate left out)."""
    return frozenset(_stem(w) for w in _WORD.findall(statement) if w.lower() not in _STOP)


@lru_cache(maxsize=64)
def distinctive(statements: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Per (id, text), its content stems that at most MAX_CRITERIA_PER_WORD of the texts use."""
    stems = {cid: content_stems(statement) for cid, statement in statements}
    count: dict[str, int] = {}
    for found in stems.values():
        for s in found:
            count[s] = count.get(s, 0) + 1
    return {cid: frozenset(s for s in found if count[s] <= MAX_CRITERIA_PER_WORD) for cid, found in stems.items()}


def answer_stems(reading: Reading) -> list[tuple[int, int, str]]:
    """(start, end, stem) of every content-length word of the answer, once per Reading."""
    cached = getattr(reading, "_concept_stems", None)
    if cached is None:
        cached = [(m.start(), m.end(), _stem(m.group(0))) for m in _WORD.finditer(reading.text)]
        reading._concept_stems = cached  # type: ignore[attr-defined]
    return cached


def concept_spans(criteria: tuple[Criterion, ...], reading: Reading) -> dict[str, list[tuple[int, int]]]:
    """Per positive criterion, the committed sentences that share its distinctive words."""
    # sounds_like is the criterion in a strong candidate's plain words: the paraphrase it most needs.
    wanted = distinctive(tuple((c.id, f"{c.statement} {c.sounds_like or ''}") for c in criteria if c.points > 0))
    words = answer_stems(reading)
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for a, b, s in words:
        by_sentence.setdefault(reading.sentence_index(a), []).append((a, b, s))
    out: dict[str, list[tuple[int, int]]] = {}
    for idx, found in by_sentence.items():
        if not reading.sentences or reading.sentences[idx].budget == 0:
            continue
        for cid, stems in wanted.items():
            hits = [(a, b, s) for a, b, s in found if s in stems and reading.stance(a, b) in st.COMMITTED]
            if len({s for _, _, s in hits}) >= MIN_SHARED:
                out.setdefault(cid, []).append((hits[0][0], hits[-1][1]))
    return out
