"""Read an answer as plain text: what a person sees, not what the bytes hide.

Zero-width characters and look-alike letters from other scripts ("sкip", "n​ot") can split or
disguise the words the grader reads; struck-through Markdown (~~silent mode~~) is text the
candidate crossed out. All of them are undone before anything reads the answer, and deliberate
disguise is reported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mockpm import regex_cache

_ZERO_WIDTH = regex_cache.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]")
# Cyrillic and Greek letters that look like Latin ones.
_CONFUSABLE = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_WORD = regex_cache.compile(r"\w+")
_LATIN = regex_cache.compile(r"[A-Za-z]")
# Cyrillic and Greek inside a Latin word: accented Latin letters ("información") are not disguise.
_NON_LATIN_LETTER = regex_cache.compile("[\u0370-\u03ff\u0400-\u04ff]")
_STRUCK = regex_cache.compile(r"~~(?!\s)(.+?)(?<!\s)~~", re.DOTALL)
# Deliberate disguise, not a stray character from a copy and paste.
MIN_DISGUISED = 2


@dataclass(frozen=True)
class PlainText:
    text: str
    disguised: int  # words with hidden characters or letters from another script
    struck: int  # struck-through passages removed


def plain(text: str) -> PlainText:
    if text.isascii():  # nothing hidden or look-alike in plain ASCII: only struck-through text
        struck = len(_STRUCK.findall(text))
        return PlainText(text=_STRUCK.sub(lambda m: " " * len(m.group(0)), text) if struck else text,
                         disguised=0, struck=struck)
    disguised = 0
    for m in _WORD.finditer(text):
        w = m.group(0)
        if _LATIN.search(w) and _NON_LATIN_LETTER.search(w):
            disguised += 1
    disguised += sum(1 for m in _ZERO_WIDTH.finditer(text)
                     if 0 < m.start() < len(text) - 1 and text[m.start() - 1].isalnum() and text[m.end()].isalnum())
    out = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    out = _WORD.sub(lambda m: m.group(0).translate(_CONFUSABLE) if _LATIN.search(m.group(0)) else m.group(0), out)
    struck = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal struck
        struck += 1
        return " " * len(m.group(0))

    out = _STRUCK.sub(blank, out)
    return PlainText(text=out, disguised=disguised, struck=struck)


def one_line(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis: a quote in a one-line message."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[:limit - 1].rstrip() + "…"
