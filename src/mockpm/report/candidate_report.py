"""One candidate's feedback from a saved run, as HTML or Markdown, to send to them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockpm.batch.inputs import display_name

if TYPE_CHECKING:
    from mockpm.batch.runs import ItemRow
    from mockpm.report.coaching import Coaching


def answer_text(item: ItemRow) -> str | None:
    """The answer, read again from its file when it still exists (rows of a CSV/JSONL are not kept)."""
    from mockpm.answers import read_answer
    from mockpm.errors import MockpmError

    path = Path(item.source)
    if not path.is_file() or path.suffix.lower() in (".csv", ".jsonl", ".json"):
        return None
    try:
        return read_answer(path).text
    except MockpmError:
        return None


def run_coaching(options: dict[str, Any]) -> Coaching:
    """Example lines and article titles from the library the run was graded with (the built-in
    one and the run's --library folders); none when that library no longer loads."""
    from mockpm.catalog import load_library
    from mockpm.errors import LibraryError
    from mockpm.report.coaching import Coaching, from_library

    folders = [Path(p) for p in options.get("library") or [] if Path(p).is_dir()]
    try:
        return from_library(load_library(folders or None))
    except LibraryError:
        return Coaching()


def fix_rows(item: ItemRow, coaching: Coaching) -> list[dict[str, Any]]:
    """"Fix these first" as `mockpm grade` words it: the costliest misses and red flags, each with
    what a strong answer says (or what to say instead)."""
    from mockpm.report.coaching import example_label, headline
    from mockpm.report.feedback import fixes_first

    assert item.report is not None
    return [{"kind": "Red flag" if c.points < 0 else "Missed", "points": abs(c.points), "headline": headline(c),
             "label": example_label(c).capitalize(), "example": coaching.example(c.id)}
            for c in fixes_first(item.report)]


def candidate_html(item: ItemRow, run_id: str, decisions: dict[str, Any] | None = None,
                   coaching: Coaching | None = None) -> str:
    from mockpm.report.html import render_candidate_page
    from mockpm.report.html_views import RankRow, candidate_view

    r = item.report
    assert r is not None
    row = RankRow(seq=1, anchor="c1", name=display_name(r.candidate, item.item_id, item.source), scenario=r.scenario,
                  score=r.score, band=r.band, raw_points=r.raw_points, possible_points=r.possible_points,
                  flagged=r.flagged, complete=r.complete)
    view = candidate_view(row, item, answer_text(item), decisions)
    view.rank = 0
    from mockpm.report.coaching import Coaching

    return render_candidate_page(view, run_id, fix_rows(item, coaching or Coaching()))


def candidate_markdown(item: ItemRow, decisions: dict[str, Any] | None = None, coaching: Coaching | None = None) -> str:
    """The Markdown report `mockpm grade --format markdown` prints, with the same coaching lines."""
    from mockpm.report.markdown import render

    r = item.report
    assert r is not None
    text = render(r, coaching=coaching)
    if decisions:
        by_id = {c.id: c for c in r.criteria}
        lines = ["## Decided by a person (final)", ""]
        for cid, d in decisions.items():
            c = by_id.get(cid)
            if c is None or d.get("met") is None:
                continue
            verdict = ("red flag hit" if d["met"] else "red flag avoided") if c.points < 0 else ("met" if d["met"] else "not met")
            note = f" — {' '.join(str(d['note']).split())}" if d.get("note") else ""
            lines.append(f"- **{verdict}:** {c.statement}{note}")
        if len(lines) > 2:
            text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    from mockpm.report.safe import printable

    return printable(text)  # the rule `grade --format markdown` and the HTML pages use
