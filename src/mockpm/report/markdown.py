"""A Markdown report, verdict first, for pasting into notes or a pull request."""

from __future__ import annotations

from mockpm.models import GradeReport
from mockpm.report.coaching import Coaching, example_label, headline, plain_statement, avoided_summary
from mockpm.report.feedback import fixes_first
from mockpm.report.safe import printable
from mockpm.report.terminal import points_text, score_text


def _cell(text: str) -> str:
    return " ".join(printable(text).split()).replace("|", "\\|")


def render(report: GradeReport, *, coaching: Coaching | None = None, brief: bool = False) -> str:
    coaching = coaching or Coaching()
    out = [f"# {report.scenario_title}", ""]
    who = f" — {_cell(report.candidate)}" if report.candidate else ""
    pts = f" · {points_text(report)}" if points_text(report) else ""
    out += [f"**Score:** {score_text(report)} · **{report.band}**{pts}{who}", ""]
    if report.keyword_only is not None:
        k = report.keyword_only
        out += [f"**{k.label}:** " + ("unscored" if k.score is None else f"{k.score:.0f}/100 · {k.band}"), ""]
    out += [f"Judge: {report.judge.mode}" + (f" ({report.judge.model})" if report.judge.model else ""), ""]
    for f in report.flags:
        out.append(f"> ⚠ {_cell(f.message)}")
    if report.flags:
        out.append("")
    fixes = fixes_first(report)
    if fixes:
        out += ["## Fix these first", ""]
        for i, c in enumerate(fixes, 1):
            kind = "Red flag" if c.points < 0 else "Missed"
            out.append(f"{i}. **{kind}, {abs(c.points)} pts:** {headline(c)}")
            example = coaching.example(c.id)
            if example:
                out.append(f"   - {example_label(c).capitalize()}“{example}”")
        out.append("")
    if brief:
        return "\n".join(out)
    out += ["| Axis | Score |", "| --- | ---: |"]
    out += [f"| {a} | {v:.0f} |" for a, v in sorted(report.axes.items(), key=lambda kv: kv[1])]
    out += ["", "| Result | Points | Criterion | Evidence |", "| --- | ---: | --- | --- |"]
    avoided = [c for c in report.criteria if c.points < 0 and c.met is False]
    for c in report.criteria:
        if c in avoided:
            continue
        if c.met is None:
            status = "unscored"
        elif c.points < 0:
            status = "RED FLAG"
        else:
            status = "met" if c.met else "not met"
        text = headline(c) if c.met and c.points > 0 else plain_statement(c)
        if c.met is False:
            example = coaching.example(c.id)
            title = coaching.source(c.seed)
            text += f" *Why it matters: {c.reason}*"
            text += f" {example_label(c).capitalize()}“{example}”" if example else ""
            text += f" (source: {title})" if title else ""
        ev = "; ".join(f"“{_cell(e)}”" for e in c.evidence[:1])
        out.append(f"| {status} | {c.points:+d} | {_cell(text)} | {ev} |")
    if avoided:
        summary = avoided_summary(avoided)
        out += ["", summary[:1].upper() + summary[1:] + "."]
    out += ["", f"_{report.combine_rule}_", ""]
    return "\n".join(out)
