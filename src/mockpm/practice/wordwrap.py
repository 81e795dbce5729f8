"""Soft wrap at word boundaries for the answer editor.

prompt_toolkit wraps long lines at the last column, splitting words. This processor pads the
display (never the text) with spaces before a word that would cross the right edge, so the word
starts on the next row instead. The cursor maps through the padding both ways.
"""

from __future__ import annotations

import re
from typing import Any

PREFIX_WIDTH = 2  # "> " on the first row, "  " on every other: see editor.prompt_answer
_TOKENS = re.compile(r"\s+|\S+")


def wrap_pads(line: str, width: int) -> list[tuple[int, int]]:
    """Where to pad ``line`` for rows ``width`` wide: (index of a word, spaces before it)."""
    if width < 2:
        return []
    pads: list[tuple[int, int]] = []
    col = pos = 0
    for m in _TOKENS.finditer(line):
        size = len(m.group())
        if not m.group().isspace() and col > 0 and col + size > width and size <= width:
            pads.append((pos, width - col))
            col = 0
        col = (col + size) % width
        pos += size
    return pads


def _source_to_display(pads: list[tuple[int, int]]):  # noqa: ANN202
    def convert(i: int) -> int:
        return i + sum(n for p, n in pads if p <= i)
    return convert


def _display_to_source(pads: list[tuple[int, int]]):  # noqa: ANN202
    def convert(j: int) -> int:
        shift = 0
        for p, n in pads:
            if j < p + shift:
                break
            if j < p + shift + n:
                return p  # on the padding: the word it pushed down
            shift += n
        return j - shift
    return convert


def word_wrap_processor(prefix: int = PREFIX_WIDTH) -> Any:  # noqa: ANN401 - prompt_toolkit Processor
    from prompt_toolkit.formatted_text.utils import fragment_list_to_text
    from prompt_toolkit.layout.utils import explode_text_fragments
    from prompt_toolkit.layout.processors import Processor, Transformation

    class WordWrap(Processor):
        def apply_transformation(self, ti):  # noqa: ANN001, ANN202
            pads = wrap_pads(fragment_list_to_text(ti.fragments), ti.width - prefix)
            if not pads:
                return Transformation(ti.fragments)
            at = dict(pads)
            out = []
            for i, frag in enumerate(explode_text_fragments(ti.fragments)):
                if i in at:
                    out.append((frag[0], " " * at[i]))
                out.append(frag)
            return Transformation(out, source_to_display=_source_to_display(pads),
                                  display_to_source=_display_to_source(pads))

    return WordWrap()
