"""What the reports need from the library beyond a grade: example lines and article titles.

A stored report carries criterion ids and seed file names only; the words a candidate reads
(what a strong answer sounds like, which article a criterion comes from) are looked up here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mockpm.catalog import Library
    from mockpm.models import CriterionResult

_RED_FLAG_PREFIX = re.compile(r"^\s*red flag:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Coaching:
    sounds_like: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def example(self, criterion_id: str) -> str | None:
        return self.sounds_like.get(criterion_id)

    def source(self, seed: str) -> str | None:
        """The article's title; never the file name, which means nothing to a reader."""
        return self.titles.get(seed)


def from_library(lib: Library | None) -> Coaching:
    if lib is None:
        return Coaching()
    examples = {c.id: " ".join(c.sounds_like.split())
                for r in lib.rubrics.values() for c in r.criteria if c.sounds_like}
    return Coaching(sounds_like=examples, titles={f: s.title for f, s in lib.seeds.items() if s.title})


def report_doc(report, coaching: Coaching) -> dict:  # noqa: ANN001 - GradeReport
    """A report as JSON data, each criterion with the words a reader needs beside its ids: the
    source article's title (``seed`` stays, for compatibility) and what a strong answer says."""
    doc = report.model_dump(mode="json")
    for c in doc.get("criteria", []):
        c["source_title"] = coaching.source(c.get("seed", "")) or None
        c["sounds_like"] = coaching.example(c.get("id", ""))
    return doc


def plain_statement(c: CriterionResult) -> str:
    """The statement without the "Red flag:" label (the report marks red flags itself)."""
    return _RED_FLAG_PREFIX.sub("", " ".join(c.statement.split()))


def drop_parentheticals(text: str) -> str:
    """The text without its parenthesised asides, nested ones included ("(510(k) or De Novo)").

    An aside left open runs to the end of the text, so it is dropped whole; a stray ")" is kept.
    """
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    # the space before an aside is left behind: "tool (x) and" -> "tool  and"; a space before a
    # comma or full stop likewise
    return re.sub(r"\s+([,.;:])", r"\1", " ".join("".join(out).split()))


def headline(c: CriterionResult) -> str:
    """A one-line gist: the statement before its colon and without parenthesised asides."""
    text = drop_parentheticals(plain_statement(c))
    head, sep, _ = text.partition(": ")
    text = head if sep and len(head) >= 20 else text
    text = text.rstrip(" .")
    return text[:1].upper() + text[1:]


def example_label(c: CriterionResult) -> str:
    """How an example line is introduced: a strength's example, or what to say instead of a red flag."""
    return "say instead: " if c.points < 0 else "a strong answer: "


def avoided_summary(avoided: list[CriterionResult], examples: int = 2) -> str:
    """One line for the red flags an answer avoided: a count and a few of them in plain words
    (the question's own first, costliest first), never rubric ids."""
    n = len(avoided)
    head = f"avoided {n} red flag{'s' if n != 1 else ''}"
    # the question's own red flags first, the shortest to read first
    picked = sorted(avoided, key=lambda c: (c.id.startswith("core."), len(headline(c))))[:examples]
    gists = "; ".join(headline(c)[:1].lower() + headline(c)[1:] for c in picked)
    return f"{head}, e.g. {gists}" if n > len(picked) else f"{head}: {gists}"


_TITLES: dict[str, str] | None = None


def seed_title(seed: str) -> str:
    """An article's title for reports built without a library at hand (cohort views); "" when
    unknown, so a file name never reaches a reader."""
    global _TITLES
    if _TITLES is None:
        from mockpm.catalog import load_library
        from mockpm.errors import LibraryError

        try:
            _TITLES = from_library(load_library()).titles
        except LibraryError:
            _TITLES = {}
    return _TITLES.get(seed, "")
