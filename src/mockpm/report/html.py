"""A self-contained HTML cohort report: one file, inline CSS and SVG, no scripts, no network.

Everything the candidates wrote is untrusted: the template is rendered with autoescaping on,
answers are escaped before their Markdown is rendered (see answer_markup), and a
Content-Security-Policy that forbids scripts backs that up.

Size stays bounded for any cohort: every candidate is counted in the at-a-glance numbers, but
only DETAIL_LIMIT of them (the TOP_DETAIL best and the rest from the bottom, where flagged
answers rank) get a row in the ranking, the heatmap and a drill-down. The builder keeps the full
view of only those, so a 20,000-answer run holds a few hundred views, not 20,000.
"""

from __future__ import annotations

import heapq
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from mockpm import __version__
from mockpm.batch.inputs import display_name
from mockpm.batch.runs import GRADED, ItemRow
from mockpm.report.html_views import (
    CandidateView,
    RankRow,
    candidate_view,
    cohort_glance,
    heatmap_groups,
)
from mockpm.scoring import UNSCORED_BAND, rank_key_of

if TYPE_CHECKING:
    from mockpm.batch.summary import CohortSummary

TEMPLATE = "cohort.html.j2"
DETAIL_LIMIT = 300  # candidates with a ranking row, heatmap row and drill-down
TOP_DETAIL = 50  # of those, the best of the cohort; the rest are the weakest
HIST_BINS = 10


def _sort_key(row: RankRow) -> tuple:
    return tuple(-v for v in rank_key_of(row)), row.name, row.seq


class _Worse:
    """Reverses the order of a sort key, so a min-heap's root is the worst-ranked entry."""

    __slots__ = ("key",)

    def __init__(self, key: tuple) -> None:
        self.key = key

    def __lt__(self, other: _Worse) -> bool:
        return self.key > other.key


class HtmlCohortBuilder:
    """Collects what the page shows, one stored item at a time, holding full views for a bounded few."""

    def __init__(self, answers: dict[str, str] | None = None, *, limit: int = DETAIL_LIMIT, top: int = TOP_DETAIL,
                 decisions: dict[str, dict[str, object]] | None = None) -> None:
        self.answers = answers or {}
        self.decisions = decisions or {}
        self.limit = max(1, limit)
        self.top = min(top, self.limit)
        self.rows: list[RankRow] = []
        # (sort key, view) heaps: the best `top` and the weakest `limit - top`
        self._best: list[tuple[_Worse, CandidateView]] = []
        self._weak: list[tuple[tuple, CandidateView]] = []

    def add(self, item: ItemRow) -> None:
        r = item.report
        if item.status != GRADED or r is None:
            return
        seq = len(self.rows) + 1
        name = display_name(r.candidate, item.item_id, item.source)
        # nothing could be scored: unscored, never a 0 that drags the mean down
        score = None if r.band == UNSCORED_BAND else r.score
        row = RankRow(seq=seq, anchor=f"c{seq}", name=name, scenario=r.scenario, score=score, band=r.band,
                      raw_points=r.raw_points, possible_points=r.possible_points, flagged=r.flagged, complete=r.complete,
                      flags=[f.code for f in r.flags], reject_reading=r.reject_reading,
                      reject_severity=r.reject_severity)
        self.rows.append(row)
        key = _sort_key(row)  # lower is better
        view = None
        weak_room = self.limit - self.top
        # weakest kept: a heap whose root is the best of them; best kept: root is the worst of them
        if weak_room and (len(self._weak) < weak_room or key > self._weak[0][0]):
            view = candidate_view(row, item, self.answers.get(item.key), self.decisions.get(item.key))
            (heapq.heappush if len(self._weak) < weak_room else heapq.heapreplace)(self._weak, (key, view))
        if self.top and (len(self._best) < self.top or key < self._best[0][0].key):
            view = view or candidate_view(row, item, self.answers.get(item.key), self.decisions.get(item.key))
            (heapq.heappush if len(self._best) < self.top else heapq.heapreplace)(self._best, (_Worse(key), view))

    def detailed(self) -> dict[int, CandidateView]:
        return {e[1].seq: e[1] for e in [*self._weak, *self._best]}

    def render(self, summary: CohortSummary, *, export_hint: str | None = None) -> str:
        ranked = sorted(self.rows, key=_sort_key)
        for rank, row in enumerate(ranked, 1):
            row.rank = rank
        views = self.detailed()
        shown: list[RankRow] = [r for r in ranked if r.seq in views]
        gaps = _gaps(ranked, views)
        candidates = [views[r.seq] for r in shown]
        rank_of = {r.seq: r.rank for r in shown}
        for v in candidates:
            v.rank = rank_of[v.seq]
        return _render(TEMPLATE,
            s=summary,
            glance=cohort_glance(ranked, summary),
            shown=shown,
            gaps=gaps,
            hidden=len(ranked) - len(shown),
            candidates=candidates,
            heat=heatmap_groups(candidates),
            histogram=histogram([r.score for r in ranked if r.score is not None]),
            export_hint=export_hint,
            generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            version=__version__,
        )


def _env():  # noqa: ANN202 - jinja2 is imported lazily
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,  # candidate text is untrusted, always
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _render(template: str, **values: object) -> str:
    """The page, with every control character and bidirectional override or isolate taken out of
    it (names, titles, answers and judge text alike): the same rule as the terminal's."""
    from mockpm.report.safe import printable

    return printable(_env().get_template(template).render(**values))


def render_candidate_page(view: CandidateView, run_id: str, fixes: list[dict[str, object]] | None = None) -> str:
    """One candidate's feedback as a page of its own, to send them: what to fix first, then every criterion."""
    return _render("candidate_page.html.j2",
                   c=view, run_id=run_id, open_all=True, version=__version__, fixes=fixes or [],
                   generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


def _gaps(ranked: list[RankRow], views: dict[int, CandidateView]) -> dict[int, tuple[int, int]]:
    """After which shown rank a run of hidden ranks starts: rank -> (first hidden, last hidden)."""
    gaps: dict[int, tuple[int, int]] = {}
    last_shown = 0
    start = None
    for r in ranked:
        if r.seq in views:
            if start is not None:
                gaps[last_shown] = (start, r.rank - 1)
                start = None
            last_shown = r.rank
        elif start is None:
            start = r.rank
    if start is not None:
        gaps[last_shown] = (start, len(ranked))
    return gaps


def histogram(scores: list[float], bins: int = HIST_BINS) -> list[dict[str, object]]:
    """Counts per score bin (0-9, 10-19, ..., 90-100), with bar heights in percent of the tallest.

    Unscored answers (None) are not a score of 0 and are left out."""
    width = 100 / bins
    counts = [0] * bins
    for s in scores:
        if s is None:
            continue
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
