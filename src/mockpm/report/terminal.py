"""The human report: score and band, per-axis bars, criteria with evidence, committee view."""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mockpm.models import CriterionResult, GradeReport
from mockpm.report.feedback import red_flags_hit, top_misses
from mockpm.scoring import UNSCORED_BAND

BAND_STYLE = {
    "Strong Hire": "bold green",
    "Hire": "green",
    "Lean Hire": "yellow",
    "No Hire": "red",
    "Strong No Hire": "bold red",
    "Unscored": "magenta",
}
BAR_WIDTH = 20


def bar(value: float, width: int = BAR_WIDTH) -> str:
    filled = round(value / 100 * width)
    return "█" * filled + "░" * (width - filled)


def keyword_only_line(report: GradeReport) -> str:
    k = report.keyword_only
    assert k is not None
    shown = "unscored" if k.score is None else f"{k.score:.0f}/100 {k.band}"
    return f"{k.label}: {shown}"


def highlight(snippet: str, c: CriterionResult) -> Text:
    text = Text(snippet)
    terms = {m.text for m in c.matches} or set()
    for term in terms:
        for m in re.finditer(re.escape(term), snippet, re.IGNORECASE):
            text.stylize("bold reverse", m.start(), m.end())
    return text


def _status(c: CriterionResult) -> Text:
    if c.met is None:
        return Text("? unscored", style="magenta")
    if c.points < 0:
        return Text("✗ red flag", style="bold red") if c.met else Text("✓ avoided", style="green")
    return Text("✓ met", style="green") if c.met else Text("✗ missed", style="red")


def render(report: GradeReport, console: Console, *, show_all: bool = True) -> None:
    band_style = BAND_STYLE.get(report.band, "bold")
    who = f" · {report.candidate}" if report.candidate else ""
    src = f" · {report.file}" if report.file else ""
    unscored = report.score is None or report.band == UNSCORED_BAND
    shown = "" if unscored else f"{report.score:.0f}/100 "
    # Raw points beside the clipped score: two weak attempts at 0/100 still show which is closer.
    raw = f" · {report.raw_points:+d} of {report.possible_points} pts" if report.possible_points else ""
    head = Text.assemble(
        (shown, "bold"), ("unscored" if unscored else report.band, band_style), (raw, "dim"),
        f"   {report.scenario}{who}{src}",
    )
    judge = report.judge
    mode = f"judge: {judge.mode}" + (f" ({judge.model})" if judge.model else "")
    if judge.cost_usd is not None:
        mode += f" · ${judge.cost_usd:.4f}"
    if not report.complete:
        mode += " · INCOMPLETE"
    console.print(Panel(head, subtitle=mode, title=report.scenario_title, expand=False))
    if report.keyword_only is not None:
        console.print(Text(keyword_only_line(report), style="magenta"))

    for f in report.flags:
        console.print(Text(f"⚠ {f.message}", style="yellow"))

    axes = Table(show_header=False, box=None, pad_edge=False)
    for axis, value in sorted(report.axes.items(), key=lambda kv: kv[1]):
        axes.add_row(axis, Text(bar(value), style="cyan"), f"{value:.0f}")
    console.print(axes)

    crit = Table(show_lines=False, expand=False, title="Criteria", title_justify="left")
    crit.add_column("", no_wrap=True)
    crit.add_column("pts", justify="right")
    crit.add_column("criterion", overflow="fold")
    for c in report.criteria:
        if not show_all and c.met is False and c.points < 0:
            continue
        body: list = [Text(c.statement)]
        for ev in c.evidence[:1]:
            body.append(Text("  “", style="dim") + highlight(ev, c) + Text("”", style="dim"))
        if c.rationale:
            body.append(Text(f"  judge: {c.rationale}", style="dim italic"))
        for fl in c.flags:
            if fl != "unscored":
                body.append(Text(f"  ⚑ {fl}", style="magenta"))
        crit.add_row(_status(c), f"{c.points:+d}", Group(*body))
    console.print(crit)

    said = [(c, "red flag") for c in red_flags_hit(report)] + [(c, "missed") for c in top_misses(report)]
    if said:
        console.print(Text("What the committee would say", style="bold underline"))
        for c, kind in said:
            console.print(Text.assemble(("• ", "bold"), (f"[{kind}] ", "red" if kind == "red flag" else "yellow"),
                                        c.statement, ("\n  why it matters: ", "dim"), (c.reason, "dim"),
                                        (f" (source: {c.seed})", "dim")))
    if judge.summary:
        console.print(Text(f"Judge summary: {judge.summary}", style="italic"))
    console.print(Text(report.combine_rule, style="dim"))
