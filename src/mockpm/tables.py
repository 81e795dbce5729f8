"""A Markdown table's header read into its rows: what a column says about the cells under it.

A "No" under a column that asks whether a step is needed or done ("Needed before go-live?")
dismisses the row's step; under the candidate's verdict ("My call") it turns the row's idea
down. A column headed as someone else's plan ("The plan we're being pushed toward", "What sales
wants") holds what the candidate sets out to argue against: its cells are reported, as a
quotation is. A column that ticks areas off ("Considered") makes each row a topic listed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.lead_in_lexicon import _BARE_NO, _NEEDED_COLUMN, _VERDICT_COLUMN, _VERDICT_NO

if TYPE_CHECKING:
    from mockpm.passages import Reading

# A column of another party's plan, or of the option turned down.
_OTHERS_COLUMN = regex_cache.compile(
    # (a bare "Proposed" heads the candidate's own proposal: "| Step | Proposed date |")
    r"\b(?:pushed\s+(?:toward|towards|for)|being\s+asked|as\s+(?:proposed|requested|sold|promised)|the\s+ask|status\s+quo|"
    r"(?:their|sales'?|the\s+board's|leadership's|the\s+ceo's|the\s+sponsor's|the\s+vendor's|the\s+customer's)\s+(?:plan|ask|version|proposal|request|pitch)|"
    r"what\s+(?:they|sales|the\s+board|leadership|the\s+ceo|the\s+sponsor|the\s+customer)\s+(?:wants?|asked\s+for|proposed?)|"
    r"rejected|turned\s+down|what\s+I(?:'d|\s+would)\s+(?:avoid|not\s+do)|instead\s+of|not\s+this)\b", re.IGNORECASE)


# A column that only ticks an area off ("| Area | Considered |", "| Topic | Covered? |"): the table
# lists what the answer says it thought about, not what it would do.
_COVERAGE_COLUMN = regex_cache.compile(
    r"(?:considered|covered|addressed|coverage|mentioned|touched\s+on|taken\s+into\s+account)\s*\??\s*$", re.IGNORECASE)


def _cells(row: str, start: int) -> list[tuple[str, int, int]]:
    """Each cell of a row, stripped, with its span in the answer (the row begins at ``start``)."""
    out = []
    inner = row.rstrip()
    first = inner.index("|") + 1 if inner.lstrip().startswith("|") else 0
    last = len(inner) - 1 if inner.endswith("|") else len(inner)
    pos = first
    for part in inner[first:last].split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((part.strip(), start + pos + lead, start + pos + lead + len(part.strip())))
        pos += len(part) + 1
    return out


def read_row(reading: Reading, i: int, row: str, header: list[str] | None) -> list[str] | None:
    """Read sentence ``i``, a table row, under the table's ``header`` (None: this row is the
    header); the header to read the next row under."""
    cells = _cells(row, reading.sentences[i].start)
    if header is None:
        return [c for c, _, _ in cells]  # the first row of a table is its header
    if all(set(c) <= set("-: ") for c, _, _ in cells):
        return header  # the separator row
    s = reading.sentences[i]
    if any(_COVERAGE_COLUMN.match(head) for head in header):
        s.carried = st.LISTED
        return header
    for head, (cell, a, b) in zip(header, cells):
        if _NEEDED_COLUMN.search(head) and _BARE_NO.match(cell):
            s.carried = st.DISMISSED
        elif _VERDICT_COLUMN.search(head) and _VERDICT_NO.match(cell.strip("*_ ")):
            # the candidate's "No" to the row's idea, named to be turned down whatever its own words
            # skip (the cells after the verdict give the candidate's reasons)
            if s.label_scope is None and a > s.start:
                s.label_scope = st.Scope(s.start, a, st.REPORTED)
            else:
                s.carried = st.NEGATED
        elif _OTHERS_COLUMN.search(head) and cell and s.label_scope is None and b <= s.end:
            s.label_scope = st.Scope(a, b, st.REPORTED)
    return header
