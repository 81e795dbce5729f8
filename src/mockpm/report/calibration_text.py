"""`mockpm calibrate`'s result as plain text for the terminal, 80 columns wide."""

from __future__ import annotations

from mockpm.calibration import MIN_ROWS, CalibrationReport

AGREE_WEAK = 0.30  # a criterion whose verdict correlates less than this with the humans' is worth a look
WIDTH = 80  # fits a default terminal


def _fit(line: str, indent: int = 2) -> list[str]:
    """One logical line, wrapped to WIDTH at spaces (ids and paths are never split)."""
    import textwrap

    if len(line) <= WIDTH:
        return [line]
    lead = len(line) - len(line.lstrip())
    return textwrap.wrap(line, WIDTH, subsequent_indent=" " * (lead + indent), break_long_words=False,
                         break_on_hyphens=False) or [line]


def _value(v: int | float | None) -> str:
    if v is None:
        return "n/a"
    return str(v) if isinstance(v, int) else f"{v:.3f}"


def render(report: CalibrationReport) -> str:
    """Plain-text result for the terminal, 80 columns wide."""
    pct = lambda x: f"{x * 100:.0f}%"  # noqa: E731
    lines = [
        f"Calibration on {report.n} answers, scale {report.scale_min}..{report.scale_max} ({report.scale_source}):",
        "mockpm's 0-100 mapped linearly onto the scale, rounded to whole points",
        f"  QWK mockpm vs human   {report.qwk:.3f}",
    ]
    if report.qwk_vs_human2 is not None:
        lines.append(f"    (vs human {report.qwk_vs_human:.3f}, vs human2 {report.qwk_vs_human2:.3f})")
    if report.qwk_human_human is not None:
        lines.append(f"  QWK human vs human2   {report.qwk_human_human:.3f}")
    lines += [
        f"  Spearman              {'n/a' if report.spearman is None else f'{report.spearman:.3f}'}",
        f"  exact agreement       {pct(report.exact)}",
        f"  adjacent (±1)         {pct(report.adjacent)}",
        f"  SMD (mockpm - human)  {'n/a' if report.smd is None else f'{report.smd:+.3f}'}",
        "",
    ]
    for c in report.checks:
        lines.append(f"{'PASS' if c.passed else 'FAIL'}  {c.name} = {_value(c.value)} (needs {c.threshold})")
    weak = [a for a in report.criteria if a.correlation is not None and a.correlation < AGREE_WEAK]
    if report.criteria and not report.criteria_conclusive:
        lines += ["", f"Per-criterion agreement needs at least {MIN_ROWS} rows (have {report.n}); not shown."]
    elif weak:
        lines += ["", "Criteria that agree least with the human grades (correlation of met with",
                  "the human grade; negative = mockpm's verdict goes against the humans):"]
        for a in weak:
            lines.append(f"  {a.correlation:+.2f}  {a.id}  met {a.met}/{a.assessed} — {a.statement}")
    elif report.criteria:
        lines += ["", f"Every criterion's verdict goes with the human grades (correlation >= {AGREE_WEAK:.2f})."]
    if report.gaps:
        lines += ["", "Biggest gaps:"]
        for g in report.gaps:
            lines.append(f"  {g.label}: human {g.human:g}, mockpm {g.mockpm:.1f} ({g.mockpm_score:.0f}/100), {g.direction}"
                         + (f"; behind it: {', '.join(g.criteria)}" if g.criteria else ""))
    if report.skipped:
        lines += ["", f"Skipped {len(report.skipped)} row(s):"] + [f"  {s}" for s in report.skipped]
    lines += ["", "RESULT: " + ("PASS" if report.passed else "FAIL")]
    from mockpm.report.safe import printable

    # labels and skipped rows come from strangers' files: no terminal control sequences
    return printable("\n".join(out for line in lines for out in _fit(line)))
