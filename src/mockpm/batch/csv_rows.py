"""Rows of a cohort CSV written by a stranger: every problem is named by its line, and a quote
left open never silently turns the next row into part of an answer.

A strict ``csv.reader`` catches a quote that is never closed. A quote left open in the middle
of the file is subtler: the next row's opening quote closes it, so one row swallows the next
and every row after is off by one quote. A line inside a multi-line cell that reads as the
start of a row (the columns before ``answer``, with a known scenario id where the header has one) is
taken as that: the row is reported at the line where its quote opened, and reading starts
again at the swallowed row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterator
from pathlib import Path

from mockpm.answers import MAX_BYTES

Row = tuple[int, dict, str | None]  # (line, cells by column, problem)
_NEWLINE = re.compile(r"\r\n|\r|\n")


class _Lines:
    """The file's lines for ``csv.reader``, remembering the current record's lines so some can
    be read again; ``line`` is the number of the last line handed out."""

    def __init__(self, handle) -> None:  # noqa: ANN001 - a text file
        self.handle = handle
        self.back: list[str] = []
        self.record: list[str] = []
        self.line = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        text = self.back.pop() if self.back else next(self.handle)
        self.record.append(text)
        self.line += 1
        return text

    def reread_from(self, index: int) -> None:
        """Hand out the current record's lines from ``index`` on again."""
        again = self.record[index:]
        self.back.extend(reversed(again))
        self.line -= len(again)
        self.record = []


def csv_rows(path: Path, scenarios: Collection[str] = ()) -> Iterator[Row]:
    """``scenarios``: the known scenario ids, which tell a swallowed row from an answer's line."""
    csv.field_size_limit(MAX_BYTES * 2)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield 0, {}, f"cannot read: {exc.strerror}"
        return
    with handle:
        lines = _Lines(handle)
        # strict: a quote left open is an error, not a cell that swallows every row after it
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield 1, {}, f"not a readable CSV header ({exc}); save it as UTF-8 CSV"
            return
        if not header:
            yield 0, {}, "empty CSV file; expected a header row with candidate, scenario, answer"
            return
        names = [h.strip().lower() for h in header]
        problem = header_problem(names)
        if problem:
            yield 1, {}, problem
            return
        while True:
            start = lines.line + 1
            lines.record = []
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                yield start, {}, "not UTF-8 text; re-save the file as UTF-8 (the rest of the file was not read)"
                return
            except csv.Error as exc:
                raw = [text.rstrip("\r\n") for text in lines.record]
                k = next((i for i in range(1, len(raw)) if _row_start(raw[i], names, scenarios)), None)
                if k is not None:  # the open quote ran to the end: read again from the row it swallowed
                    yield start, {}, _swallow_message(start + k)
                    lines.reread_from(k)
                    reader = csv.reader(lines, strict=True)
                    continue
                # the reader cannot be trusted past this point: say so rather than drop rows silently
                yield start, {}, (f"a quoted cell starting in this row is not closed properly ({exc}, line {lines.line}); "
                                  "close the quote and write a quote inside a cell as \"\" (the rest of the file was not read)")
                return
            swallowed = _swallowed_row(cells, names, scenarios)
            if swallowed is not None:
                yield start, {}, _swallow_message(start + swallowed)
                lines.reread_from(swallowed)
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(names):
                yield start, {}, f"{len(cells)} cells but the header has {len(names)}; quote answers that hold commas or line breaks"
                continue
            yield start, dict(zip(names, cells)), None


def _swallow_message(line: int) -> str:
    return (f"a quoted cell starting in this row is not closed: line {line} inside it looks like the start of "
            "the next row, so this row was not graded; close the quote and write a quote inside a cell as \"\" "
            "(reading goes on from that line)")


def header_problem(names: list[str]) -> str | None:
    """Why a CSV header cannot be read unambiguously, or None."""
    if "answer" not in names:
        return f"no `answer` column (found: {', '.join(names)}); use columns candidate, scenario, answer (and optional id)"
    dupes = sorted({n for n in names if names.count(n) > 1 and n})
    if dupes:
        return f"duplicate column {', '.join(map(repr, dupes))} in the header; keep one of each"
    if "" in names:
        return f"column {names.index('') + 1} of the header has no name; name it or delete the empty column"
    return None


def _row_start(line: str, names: list[str], scenarios: Collection[str]) -> bool:
    """Whether a line inside a quoted cell reads as the start of a row of this file: the columns
    before `answer`, short and comma-separated, with a known scenario id where the header has one."""
    lead_count = names.index("answer")
    fields = line.split(",", lead_count)
    if lead_count == 0 or len(fields) <= lead_count:
        return False
    lead, rest = fields[:lead_count], fields[lead_count]
    if not all(0 < len(f.strip()) <= 120 for f in lead):
        return False
    if "scenario" in names[:lead_count]:
        return lead[names.index("scenario")].strip() in scenarios
    return rest == ""  # cut right where the next row's opening quote closed this cell


def _swallowed_row(cells: list[str], names: list[str], scenarios: Collection[str]) -> int | None:
    """How many lines after the row's first line a line inside a multi-line cell looks like
    the next row (an open quote that swallowed it), or None."""
    offset = 0
    for cell in cells:
        parts = _NEWLINE.split(cell)
        for k, line in enumerate(parts[1:], 1):
            if _row_start(line, names, scenarios):
                return offset + k
        offset += len(parts) - 1
    return None
