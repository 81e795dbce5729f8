"""The cohort view: ranking, per-axis averages, and the criteria the cohort missed most (and why)."""

from __future__ import annotations

from statistics import mean, median
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from mockpm.scoring import UNSCORED_BAND, rank_key_of
from mockpm.batch.inputs import display_name
from mockpm.batch.runs import GRADED, INVALID, ItemRow
from mockpm.models import AXES
from mockpm.report.coaching import seed_title

if TYPE_CHECKING:
    from rich.console import Console


class CohortRow(BaseModel):
    name: str
    candidate: str | None
    scenario: str
    source: str
    score: float | None  # None: unscored (the judge failed), never counted as 0
    band: str
    complete: bool
    flags: list[str] = Field(default_factory=list)
    raw_points: int = 0
    possible_points: int = 0
    flagged: bool = False
    reject_reading: float | None = None
    reject_severity: float | None = None


class MissedCriterion(BaseModel):
    id: str
    statement: str
    axis: str
    points: int
    kind: str  # "missed" (a strength not shown) or "red flag" (a red flag hit)
    count: int
    assessed: int  # answers where this criterion was scored
    reason: str
    seed: str

    @property
    def share(self) -> float:
        return self.count / self.assessed if self.assessed else 0.0


class FailureRow(BaseModel):
    source: str
    candidate: str | None
    scenario: str | None
    status: str
    error: str


class CohortSummary(BaseModel):
    run_id: str
    total: int
    graded: int
    failed: int  # grading failed (judge error, ...)
    invalid: int  # input file or row could not be read
    incomplete: int
    fail_under: float | None = None
    below: int = 0
    mean_score: float | None = None
    median_score: float | None = None
    bands: dict[str, int] = Field(default_factory=dict)
    axes: dict[str, float] = Field(default_factory=dict)
    rows: list[CohortRow] = Field(default_factory=list)  # best first
    most_missed: list[MissedCriterion] = Field(default_factory=list)
    failures: list[FailureRow] = Field(default_factory=list)


class SummaryBuilder:
    """Fed one stored item at a time; keeps only small per-answer facts."""

    def __init__(self, run_id: str, *, fail_under: float | None = None) -> None:
        self.run_id = run_id
        self.fail_under = fail_under
        self.rows: list[CohortRow] = []
        self.failures: list[FailureRow] = []
        self.axis_values: dict[str, list[float]] = {}
        self.misses: dict[str, MissedCriterion] = {}

    def add(self, item: ItemRow) -> None:
        if item.status != GRADED or item.report is None:
            self.failures.append(FailureRow(source=item.source, candidate=item.candidate, scenario=item.scenario,
                                            status=item.status, error=item.error or "not graded"))
            return
        r = item.report
        self.rows.append(CohortRow(
            name=display_name(r.candidate, item.item_id, item.source), candidate=r.candidate, scenario=r.scenario,
            source=item.source, score=None if r.band == UNSCORED_BAND else r.score, band=r.band, complete=r.complete, flags=[f.code for f in r.flags],
            raw_points=r.raw_points, possible_points=r.possible_points, flagged=r.flagged, reject_reading=r.reject_reading,
            reject_severity=r.reject_severity,
        ))
        for axis, value in r.axes.items():
            self.axis_values.setdefault(axis, []).append(value)
        for c in r.criteria:
            if c.met is None:
                continue
            kind = "red flag" if c.points < 0 else "missed"
            entry = self.misses.get(c.id)
            if entry is None:
                entry = self.misses[c.id] = MissedCriterion(
                    id=c.id, statement=c.statement, axis=c.axis, points=c.points, kind=kind, count=0, assessed=0,
                    reason=c.reason, seed=seed_title(c.seed))
            entry.assessed += 1
            # a strength counts when missed; a red flag counts when hit
            if (c.points > 0 and not c.met) or (c.points < 0 and c.met):
                entry.count += 1

    def build(self, top: int = 8) -> CohortSummary:
        scores = [r.score for r in self.rows if r.score is not None]
        rows = sorted(self.rows, key=lambda r: (tuple(-v for v in rank_key_of(r)), r.name))
        bands: dict[str, int] = {}
        for r in rows:
            bands[r.band] = bands.get(r.band, 0) + 1
        axes = {a: round(mean(self.axis_values[a]), 1) for a in AXES if a in self.axis_values}
        missed = sorted((m for m in self.misses.values() if m.count), key=lambda m: (-m.count, -abs(m.points), m.id))
        return CohortSummary(
            run_id=self.run_id,
            total=len(self.rows) + len(self.failures),
            graded=len(self.rows),
            failed=sum(1 for f in self.failures if f.status != INVALID),
            invalid=sum(1 for f in self.failures if f.status == INVALID),
            incomplete=sum(1 for r in rows if not r.complete),
            fail_under=self.fail_under,
            below=sum(1 for s in scores if self.fail_under is not None and s < self.fail_under),
            mean_score=round(mean(scores), 1) if scores else None,
            median_score=round(median(scores), 1) if scores else None,
            bands=bands,
            axes=axes,
            rows=rows,
            most_missed=missed[:top],
            failures=self.failures,
        )


def render_summary(s: CohortSummary, console: Console, *, max_rows: int | None = None) -> None:
    """The cohort table (best first), per-axis averages, most-missed criteria, failures."""
    from rich.table import Table
    from rich.text import Text

    from mockpm.report.safe import printable
    from mockpm.report.terminal import BAND_STYLE, bar

    head = f"Batch {s.run_id}: {s.graded} graded"
    if s.failed:
        head += f", {s.failed} failed"
    if s.invalid:
        head += f", {s.invalid} unreadable input(s)"
    if s.incomplete:
        head += f", {s.incomplete} incomplete"
    if s.mean_score is not None:
        head += f" · mean {s.mean_score:.1f} · median {s.median_score:.1f}"
    if s.fail_under is not None:
        head += f" · {s.below} below {s.fail_under:g}"
    console.print(Text(head, style="bold"))

    rows = s.rows
    hidden = 0
    if max_rows is not None and len(rows) > max_rows:
        hidden = len(rows) - max_rows
        rows = rows[: max_rows // 2] + rows[-(max_rows - max_rows // 2):]
    if rows:
        table = Table(title="Cohort, best first", title_justify="left")
        # ids and flag codes wrap between words, never inside one ("medication-adh/erence"):
        # their columns are at least as wide as the longest of them
        longest_id = max((len(r.scenario) for r in rows), default=8)
        longest_flag = max((len(f) for r in rows for f in r.flags), default=5)
        # Under 100 columns the flags go on a line of their own under the scenario, so the table
        # fits 80 columns with the longest scenario id and flag code whole.
        narrow = console.width < 100
        table.add_column("#", justify="right")
        table.add_column("candidate / scenario" + (" / flags" if narrow else ""), overflow="fold",
                         min_width=min(longest_id, 40))
        table.add_column("score", justify="right")
        table.add_column("band", max_width=9 if narrow else None)  # narrow: wraps at spaces
        if not narrow:
            table.add_column("flags", min_width=min(longest_flag, 24), overflow="fold")
        rank = {id(r): i for i, r in enumerate(s.rows, 1)}
        for r in rows:
            below = s.fail_under is not None and r.score is not None and r.score < s.fail_under
            score = "unscored" if r.score is None else f"{r.score:.0f}"
            # Text(): a candidate called "[/bold]" is a name, not rich markup
            who = Text.assemble(printable(r.name), "\n", (printable(r.scenario), "dim"))
            if narrow and r.flags:
                who.append("\n⚑ " + " ".join(r.flags), style="yellow")
            cells = [str(rank[id(r)]), who, Text(score, style="bold red" if below else ""),
                     Text(r.band, style=BAND_STYLE.get(r.band, ""))]
            table.add_row(*cells, *([] if narrow else [Text("\n".join(r.flags))]))
        console.print(table)
        if hidden:
            console.print(Text(f"({hidden} middle rows not shown; see --out for every answer)", style="dim"))

    if s.axes:
        axes = Table(title="Cohort average per axis", title_justify="left", show_header=False, box=None)
        for axis, value in sorted(s.axes.items(), key=lambda kv: kv[1]):
            axes.add_row(axis, Text(bar(value), style="cyan"), f"{value:.0f}")
        console.print(axes)

    if s.most_missed:
        console.print(Text("Most-missed criteria", style="bold underline"))
        for m in s.most_missed:
            console.print(Text.assemble(
                ("• ", "bold"), (f"{m.count}/{m.assessed} ", "bold"),
                (f"[{m.kind}] ", "red" if m.kind == "red flag" else "yellow"), m.statement,
                ("\n  why it matters: ", "dim"), (m.reason, "dim"), (f" (source: {m.seed})" if m.seed else "", "dim"),
            ))

    if s.failures:
        console.print(Text(f"Not graded ({len(s.failures)})", style="bold red"))
        for f in s.failures:
            line = f"  {f.error}" if f.error.startswith(f.source) else f"  {f.source}: {f.error}"
            console.print(Text(printable(line), style="red"))  # file names and messages come from strangers' files
