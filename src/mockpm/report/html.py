"""A self-contained HTML cohort report: one file, inline CSS and SVG, no scripts, no network.

Everything the candidates wrote is untrusted: the template is rendered with autoescaping on,
and a Content-Security-Policy that forbids scripts backs that up.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from mockpm import __version__
from mockpm.scoring import rank_key
from mockpm.batch.inputs import display_name
from mockpm.batch.runs import GRADED, ItemRow

if TYPE_CHECKING:
    from mockpm.batch.summary import CohortSummary

TEMPLATE = "cohort.html.j2"
HEATMAP_MAX_CANDIDATES = 150  # wider than this the grid stops being readable
HIST_BINS = 10


class CellView(BaseModel):
    id: str
    status: str  # met | missed | red-flag | avoided | unscored
    statement: str
    axis: str
    points: int
    evidence: list[str] = Field(default_factory=list)
    rationale: str | None = None
    flags: list[str] = Field(default_factory=list)
    reason: str
    seed: str


class CandidateView(BaseModel):
    anchor: str
    name: str
    scenario: str
    scenario_title: str
    source: str
    score: float | None  # None: unscored, left out of the histogram
    band: str
    complete: bool
    judge: str
    flags: list[str]
    axes: dict[str, float]
    cells: list[CellView]
    answer: str | None = None
    raw_points: int = 0
    flagged: bool = False


def _status(points: int, met: bool | None) -> str:
    if met is None:
        return "unscored"
    if points < 0:
        return "red-flag" if met else "avoided"
    return "met" if met else "missed"


class HtmlCohortBuilder:
    """Collects what the page shows, one stored item at a time."""

    def __init__(self, answers: dict[str, str] | None = None) -> None:
        self.answers = answers or {}
        self.candidates: list[CandidateView] = []
        self.criteria: dict[str, tuple[str, int]] = {}  # id -> (statement, points), first-seen order

    def add(self, item: ItemRow) -> None:
        r = item.report
        if item.status != GRADED or r is None:
            return
        cells = []
        for c in r.criteria:
            self.criteria.setdefault(c.id, (c.statement, c.points))
            cells.append(CellView(id=c.id, status=_status(c.points, c.met), statement=c.statement, axis=c.axis,
                                  points=c.points, evidence=c.evidence[:3], rationale=c.rationale, flags=c.flags,
                                  reason=c.reason, seed=c.seed))
        judge = r.judge.mode + (f" ({r.judge.model})" if r.judge.model else "")
        self.candidates.append(CandidateView(
            anchor=f"c{len(self.candidates) + 1}", name=display_name(r.candidate, item.item_id, item.source),
            scenario=r.scenario, scenario_title=r.scenario_title, source=item.source, score=r.score, band=r.band,
            complete=r.complete, judge=judge, flags=[f.message for f in r.flags], axes=r.axes, cells=cells,
            answer=self.answers.get(item.key), raw_points=r.raw_points, flagged=r.flagged,
        ))

    def render(self, summary: CohortSummary) -> str:
        from jinja2 import Environment, FileSystemLoader, StrictUndefined

        env = Environment(
            loader=FileSystemLoader(Path(__file__).parent / "templates"),
            autoescape=True,  # candidate text is untrusted, always
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        ranked = sorted(self.candidates, key=lambda c: (tuple(-v for v in rank_key(c.score, c.raw_points, flagged=c.flagged)), c.name))
        shown = ranked[:HEATMAP_MAX_CANDIDATES]
        grid = []
        for cid, (statement, points) in self.criteria.items():
            row = []
            for cand in shown:
                cell = next((x for x in cand.cells if x.id == cid), None)
                row.append(cell.status if cell else "na")
            grid.append({"id": cid, "statement": statement, "points": points, "cells": row})
        return env.get_template(TEMPLATE).render(
            s=summary,
            candidates=ranked,
            heat_candidates=shown,
            heat_hidden=len(ranked) - len(shown),
            grid=grid,
            histogram=histogram([c.score for c in ranked if c.score is not None]),
            generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            version=__version__,
        )


def histogram(scores: list[float], bins: int = HIST_BINS) -> list[dict[str, object]]:
    """Counts per score bin (0-9, 10-19, ..., 90-100), with bar heights in percent of the tallest."""
    width = 100 / bins
    counts = [0] * bins
    for s in scores:
        counts[min(int(s // width), bins - 1)] += 1
    tallest = max(counts) or 1
    out = []
    for i, n in enumerate(counts):
        lo = int(i * width)
        hi = 100 if i == bins - 1 else int((i + 1) * width) - 1
        out.append({"label": f"{lo}–{hi}", "count": n, "height": round(n / tallest * 100, 1)})
    return out


def write_html(path: Path, html: str) -> None:
    import os

    from mockpm.outfiles import publish, temp_beside

    fd, tmp = temp_beside(path)  # unique: two runs writing one --html never share a temp file
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(html)
    publish(tmp, path)
