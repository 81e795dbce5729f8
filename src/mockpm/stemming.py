"""Stemming: the Snowball stem every matcher, the topic model and the reject model share."""

from __future__ import annotations

from functools import lru_cache

# Words shorter than this match exactly: stems of short words collide ("us", "use").
MIN_STEM_LEN = 4
# Words ending in "sis" at least this long are Greek singulars (diagnosis, analysis, hypothesis);
# shorter ones are not always ("basis", "oasis"), and sepsis (urosepsis too) must stay itself.
MIN_GREEK_SINGULAR = 8
# Bumped whenever stem() changes: caches of stemmed text (the topic model) are keyed by it.
STEM_RULES = 3


@lru_cache(maxsize=1)
def _stemmer():
    # Imported on first use: grading needs it, `mockpm --help` does not.
    from snowballstemmer import stemmer

    return stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word; short words are their own stem."""
    if len(word) < MIN_STEM_LEN or not word.isalpha():
        return word
    if len(word) >= MIN_GREEK_SINGULAR and word.endswith("sis") and not word.endswith("sepsis"):
        # Snowball leaves Greek plurals apart from their singular ("diagnoses" -> diagnos,
        # "diagnosis" -> diagnosi): stem the singular as its plural, so the two meet.
        word = word[:-3] + "ses"
    return _stemmer().stemWord(word)
