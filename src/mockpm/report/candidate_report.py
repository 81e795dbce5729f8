"""One candidate's feedback from a saved run, as HTML or Markdown, to send to them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mockpm.batch.inputs import display_name

if TYPE_CHECKING:
    from mockpm.batch.runs import ItemRow


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


def candidate_html(item: ItemRow, run_id: str, decisions: dict[str, Any] | None = None) -> str:
    from mockpm.report.html import render_candidate_page
    from mockpm.report.html_views import RankRow, candidate_view

    r = item.report
    assert r is not None
    row = RankRow(seq=1, anchor="c1", name=display_name(r.candidate, item.item_id, item.source), scenario=r.scenario,
                  score=r.score, band=r.band, raw_points=r.raw_points, flagged=r.flagged, complete=r.complete)
    view = candidate_view(row, item, answer_text(item), decisions)
    view.rank = 0
    return render_candidate_page(view, run_id)


def candidate_markdown(item: ItemRow, decisions: dict[str, Any] | None = None) -> str:
    from mockpm.report.markdown import render

    r = item.report
    assert r is not None
    text = render(r)
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
    return text
