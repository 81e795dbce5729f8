"""The human report, verdict first: score and band, what to fix first, per-axis bars, criteria.

At 80x24 the verdict and the fixes fit on the first screen; the long part (every criterion)
comes after, so a pager or a scroll-back is only needed for the detail.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mockpm.models import CriterionResult, GradeReport
from mockpm.report.coaching import Coaching, example_label, headline, avoided_summary
from mockpm.report.feedback import fixes_first
from mockpm.report.safe import printable
from mockpm.scoring import FULL_CREDIT_SHARE, UNSCORED_BAND, expected_points

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


_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def plain_quote(snippet: str) -> str:
    """A quote from the answer without its Markdown emphasis markers (``**Pilot**`` -> ``Pilot``)."""
    return _EMPHASIS.sub("", snippet)


def highlight(snippet: str, c: CriterionResult) -> Text:
    snippet = plain_quote(printable(snippet))
    text = Text(snippet)
    for term in {m.text for m in c.matches}:
        for m in re.finditer(re.escape(printable(term)), snippet, re.IGNORECASE):
            text.stylize("bold reverse", m.start(), m.end())
    return text


def score_text(report: GradeReport) -> str:
    """"72/100", or "unscored" when the judge could not grade (never a 0 that reads as a fail)."""
    score = getattr(report, "score", None)
    if score is None or report.band == UNSCORED_BAND:
        return "unscored"
    return f"{score:.0f}/100"


def points_text(report: GradeReport) -> str:
    # Raw points beside the clipped score: two weak attempts at 0/100 still show which is closer.
    if not report.possible_points:
        return ""
    # Full marks come before every point (see scoring.expected_points), sooner for a short answer.
    held = expected_points(report.possible_points, report.word_count) * FULL_CREDIT_SHARE
    return f"{report.raw_points:+d} of {report.possible_points} points; full marks at {held:.0f}"


def _hanging(marker: Text | str, body: Text) -> Table:
    """A bullet whose wrapped lines keep their indent under the text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(marker, body)
    return grid


def _verdict(report: GradeReport, console: Console) -> None:
    band_style = BAND_STYLE.get(report.band, "bold")
    pts = points_text(report)
    console.print(Text.assemble((score_text(report), "bold"), "  ", (report.band, band_style),
                                ("  ·  " + pts if pts else "", "bold")))
    who = f" · {printable(report.candidate)}" if report.candidate else ""
    console.print(Text(f"{report.scenario_title} ({report.scenario}){who}", style="dim"))
    judge = report.judge
    mode = f"judge: {judge.mode}" + (f" ({judge.model})" if judge.model else "")
    if judge.cost_usd is not None:
        mode += f" · ${judge.cost_usd:.4f}"
    if not report.complete:
        mode += " · INCOMPLETE"
    src = f" · {printable(report.file)}" if report.file else ""
    console.print(Text(mode + src, style="dim"))
    if report.keyword_only is not None:
        console.print(Text(keyword_only_line(report), style="magenta"))
    for f in report.flags:
        console.print(Text(f"⚠ {printable(f.message)}", style="yellow"))


def _fixes(report: GradeReport, coaching: Coaching, console: Console) -> None:
    fixes = fixes_first(report)
    console.print()
    if not fixes and not any(c.met is not None for c in report.criteria):
        # an outage is no verdict: "nothing to fix" would read as a perfect answer
        line = "Not graded: no criterion could be scored, so there is nothing to name as a fix yet; grade it again when the judge is back."
        if report.keyword_only is not None:
            line += " Until then, the keyword-only result above is the only guide."
        console.print(Text(line, style="yellow"))
        return
    if not fixes:
        console.print(Text("Nothing to fix first: every scored criterion is met and no red flag was hit.", style="green"))
        return
    console.print(Text("Fix these first", style="bold underline"))
    for i, c in enumerate(fixes, 1):
        kind = ("red flag", "bold red") if c.points < 0 else ("missed", "yellow")
        body = Text.assemble((f"{kind[0]}, {abs(c.points)} pts: ", kind[1]), headline(c))
        example = coaching.example(c.id)
        if example:
            body.append(Text.assemble("\n", (example_label(c), "dim"), (f"“{example}”", "italic")))
        console.print(_hanging(f"{i}.", body))


def _axes(report: GradeReport, console: Console) -> None:
    if not report.axes:
        return
    console.print()
    axes = Table(show_header=False, box=None, pad_edge=False)
    for axis, value in sorted(report.axes.items(), key=lambda kv: kv[1]):
        axes.add_row(axis, Text(bar(value), style="cyan"), f"{value:.0f}")
    console.print(axes)


def _criteria(report: GradeReport, coaching: Coaching, console: Console) -> None:
    console.print()
    console.print(Text("Criteria", style="bold underline"))
    avoided = [c for c in report.criteria if c.points < 0 and c.met is False]
    # What cost points first, biggest first; then what was met; then what could not be scored.
    lost = sorted((c for c in report.criteria if (c.points > 0 and c.met is False) or (c.points < 0 and c.met)),
                  key=lambda c: -abs(c.points))
    met = [c for c in report.criteria if c.points > 0 and c.met]
    unscored = [c for c in report.criteria if c.met is None]
    for c in [*lost, *met, *unscored]:
        console.print(_criterion(c, coaching))
    if avoided:
        head, sep, rest = avoided_summary(avoided).partition(", e.g. " if ", e.g. " in avoided_summary(avoided) else ": ")
        console.print(_hanging(Text("✓", style="green"), Text.assemble((head + sep, "green"), (rest, "dim"))))


def _criterion(c: CriterionResult, coaching: Coaching) -> Table:
    pts = f"{c.points:+d}"
    if c.met is None:
        return _hanging(Text("?", style="magenta"), Text.assemble((f"{pts} unscored: ", "magenta"), headline(c)))
    if c.met and c.points > 0:  # met: one compact line with its best quote
        body = Text.assemble((f"{pts} ", "green"), headline(c))
        for ev in c.evidence[:1]:
            body.append(Text("\n“", style="dim") + highlight(ev, c) + Text("”", style="dim"))
        return _hanging(Text("✓", style="green"), body)
    # missed, or a red flag hit: the gist, how a strong answer says it, why it matters and where from
    label = ("red flag", "bold red") if c.points < 0 else ("missed", "red")
    body = Text.assemble((f"{pts} {label[0]}: ", label[1]), headline(c))
    for ev in c.evidence[:1] if c.points < 0 else []:
        body.append(Text("\n“", style="dim") + highlight(ev, c) + Text("”", style="dim"))
    if c.rationale:
        body.append(Text(f"\njudge: {printable(c.rationale)}", style="dim italic"))
    example = coaching.example(c.id)
    if example:
        body.append(Text.assemble("\n", (example_label(c), "dim"), (f"“{example}”", "italic")))
    title = coaching.source(c.seed)
    body.append(Text(f"\nwhy it matters: {c.reason}" + (f" (source: {title})" if title else ""), style="dim"))
    for fl in c.flags:
        if fl != "unscored":
            body.append(Text(f"\n⚑ {fl}", style="magenta"))
    return _hanging(Text("✗", style="red"), body)


def render(report: GradeReport, console: Console, *, coaching: Coaching | None = None, brief: bool = False) -> None:
    coaching = coaching or Coaching()
    _verdict(report, console)
    _fixes(report, coaching, console)
    if brief:
        return
    _axes(report, console)
    _criteria(report, coaching, console)
    if report.judge.summary:
        console.print(Text(f"Judge summary: {printable(report.judge.summary)}", style="italic"))
    console.print(Text(report.combine_rule, style="dim"))
