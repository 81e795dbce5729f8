"""Terminal rendering of an `mockpm eval` report: one row per scenario, then what failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockpm.evaluation import EvalReport, GroupMetrics
from mockpm.report.safe import printable

if TYPE_CHECKING:
    from rich.console import Console


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.0%}"


def _rho(x: float | None) -> str:
    return "—" if x is None else f"{x:+.2f}"


def render(report: EvalReport, console: Console, *, show_worst: int = 0) -> None:
    from rich.markup import escape
    from rich.table import Table

    from mockpm.evaluation import worst

    table = Table(title=f"mockpm eval · {report.split} samples · {report.mode}", title_justify="left", pad_edge=False)
    table.add_column("scenario", overflow="fold")
    table.add_column("n", justify="right")
    table.add_column("rho", justify="right")
    table.add_column("band", justify="right")
    table.add_column("±1", justify="right")
    table.add_column("esc", justify="right")
    table.add_column("len", justify="right")
    table.add_column("", justify="left")

    def row(g: GroupMetrics, bold: bool = False) -> None:
        mark = "ok" if g.passed else "FAIL"
        cells = [g.name, str(g.n), _rho(g.spearman), _pct(g.band_exact), _pct(g.band_adjacent),
                 f"{len(g.escapes)}/{g.adversarial}", f"{len(g.inversions)}/{g.pairs}", mark]
        table.add_row(*[f"[bold]{c}[/]" if bold else c for c in (escape(printable(x)) for x in cells)])

    for g in report.scenarios:
        row(g)
    table.add_section()
    row(report.overall, bold=True)
    console.print(table)
    console.print("rho: Spearman with the labels · band: exact band agreement · ±1: within one band · "
                  "esc: adversarial answers escaped · len: long generic ≥ short sharp", style="dim")
    for g in (*report.scenarios, report.overall):
        for failure in g.failures:
            console.print(f"FAIL {escape(g.name)}: {escape(failure)}")
    for g in report.scenarios:
        for e in g.escapes:
            console.print(f"  escaped {escape(printable(e.id))} ({e.kind}, {e.score if e.score is not None else '—'}): {escape(e.why)}")
        for inv in g.inversions:
            console.print(f"  length {escape(printable(inv.long_id))} ({inv.long_score}) ≥ {escape(printable(inv.short_id))} ({inv.short_score})")
    if show_worst:
        console.print("\nFurthest from their labels:")
        for r in worst(report.results, show_worst):
            score = "—" if r.score is None else f"{r.score:.0f}"
            console.print(f"  {escape(printable(r.id))}: label {r.label}, {score} {r.band} ({r.raw_points:+d} raw) — {escape(printable(r.why))}")
