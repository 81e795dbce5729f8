"""A Markdown report, for pasting into notes or a pull request."""

from __future__ import annotations

from mockpm.models import GradeReport
from mockpm.report.feedback import red_flags_hit, top_misses
from mockpm.scoring import UNSCORED_BAND


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(report: GradeReport) -> str:
    out = [f"# {report.scenario_title}", ""]
    who = f" — {report.candidate}" if report.candidate else ""
    shown = "unscored" if report.score is None or report.band == UNSCORED_BAND else f"{report.score:.0f}/100"
    raw = f" · {report.raw_points:+d} of {report.possible_points} points" if report.possible_points else ""
    out += [f"**Score:** {shown} · **{report.band}**{raw}{who}", ""]
    if report.keyword_only is not None:
        k = report.keyword_only
        out += [f"**{k.label}:** " + ("unscored" if k.score is None else f"{k.score:.0f}/100 · {k.band}"), ""]
    out += [f"Judge: {report.judge.mode}" + (f" ({report.judge.model})" if report.judge.model else ""), ""]
    for f in report.flags:
        out.append(f"> ⚠ {f.message}")
    if report.flags:
        out.append("")
    out += ["| Axis | Score |", "| --- | ---: |"]
    out += [f"| {a} | {v:.0f} |" for a, v in report.axes.items()]
    out += ["", "| Result | Points | Criterion | Evidence |", "| --- | ---: | --- | --- |"]
    for c in report.criteria:
        status = "unscored" if c.met is None else ("met" if c.met else "not met")
        if c.points < 0:
            status = "unscored" if c.met is None else ("RED FLAG" if c.met else "avoided")
        ev = "; ".join(f"“{_cell(e)}”" for e in c.evidence[:2])
        out.append(f"| {status} | {c.points:+d} | {_cell(c.statement)} | {ev} |")
    said = [("Red flag", c) for c in red_flags_hit(report)] + [("Missed", c) for c in top_misses(report)]
    if said:
        out += ["", "## What the committee would say", ""]
        out += [f"- **{kind}:** {c.statement} *{c.reason}* (source: `{c.seed}`)" for kind, c in said]
    out += ["", f"_{report.combine_rule}_", ""]
    return "\n".join(out)
