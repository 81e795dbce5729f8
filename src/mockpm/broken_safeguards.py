"""A safeguard stated and then broken, in any rubric's own words.

The answer meets a red flag while, in another sentence, it commits to the safeguard that red
flag's sounds_like names (what a strong candidate says instead): "Nothing enters the report
without an explicit click" ... "drafts are inserted directly into the report unless the
radiologist deletes them". The pairs in ``contradictions`` hold the decisions every question
shares; this reads every decision a rubric names.
"""

from __future__ import annotations

from mockpm import stance as st
from mockpm.concepts import answer_stems, distinctive
from mockpm.models import Criterion, KeywordResult
from mockpm.passages import reading_for

MIN_SHARED_WORDS = 2


def stated_then_broken(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> list[str]:
    """The met red flags whose safeguard the answer also commits to, in a sentence of its own."""
    met = [c for c in criteria if c.points < 0 and c.sounds_like and (kw := keywords.get(c.id)) is not None and kw.met and kw.matches]
    if not met:
        return []
    # A red flag is known by the words of its safeguard that few other criteria use.
    wanted = distinctive(tuple((c.id, (c.sounds_like or "") if c.points < 0 else f"{c.statement} {c.sounds_like or ''}")
                               for c in criteria))
    reading = reading_for(text)
    safeguards = frozenset().union(*(wanted.get(c.id, frozenset()) for c in met))
    committed: dict[int, set[str]] = {}
    for a, b, word in answer_stems(reading):
        if word in safeguards and reading.stance(a, b) in st.COMMITTED:  # only the words that can count
            committed.setdefault(reading.sentence_index(a), set()).add(word)
    broken = []
    for c in met:
        flagged_in = {reading.sentence_index(m.start) for m in keywords[c.id].matches}  # type: ignore[union-attr]
        words = wanted.get(c.id, frozenset())
        if any(i not in flagged_in and len(found & words) >= MIN_SHARED_WORDS for i, found in committed.items()):
            broken.append(c.id)
    return broken
