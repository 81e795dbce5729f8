"""Saved runs as plain text for the terminal: the run list and a comparison of two runs."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from mockpm.report.safe import printable

if TYPE_CHECKING:
    from mockpm.batch.run_queries import RunDiff, RunListing

WIDTH = 80


def _fit(line: str, indent: int = 4) -> list[str]:
    if len(line) <= WIDTH:
        return [line]
    lead = len(line) - len(line.lstrip())
    return textwrap.wrap(line, WIDTH, subsequent_indent=" " * (lead + indent), break_long_words=False,
                         break_on_hyphens=False) or [line]


def _out(lines: list[str]) -> str:
    return printable("\n".join(out for line in lines for out in _fit(line)))


def render_run_list(runs: list[RunListing]) -> str:
    if not runs:
        return "No batch runs saved yet (grade a cohort with `mockpm batch`)."
    lines = []
    for r in runs:
        mean = "–" if r.mean_score is None else f"{r.mean_score:.1f}"
        failed = f", {r.not_graded} not graded" if r.not_graded else ""
        lines.append(f"{r.id}  {r.created_at.replace('T', ' ')[:16]}  {r.status:<11}  {r.graded} graded{failed}"
                     f"  mean {mean}  {r.judge}")
        if r.inputs:
            lines.append(f"    inputs: {', '.join(r.inputs)}")
    return _out(lines)


def _score(x: float | None) -> str:
    return "unscored" if x is None else f"{x:.0f}"


def render_diff(d: RunDiff, *, top: int = 15) -> str:
    lines = [f"Run {d.a} -> {d.b}: {d.matched} answers in both"]
    if d.only_a or d.only_b:
        lines.append(f"  only in {d.a}: {len(d.only_a)}; only in {d.b}: {len(d.only_b)}")
    if d.mean_shift is not None:
        lines.append(f"  mean score {d.mean_a:.1f} -> {d.mean_b:.1f} (shift {d.mean_shift:+.1f})")
    if d.verdict_agreement is not None:
        lines.append(f"  criterion verdicts the runs agree on: {d.verdict_agreement * 100:.0f}%")
    if d.score_spearman is not None:
        lines.append(f"  rank agreement of scores (Spearman): {d.score_spearman:.3f}")
    lines.append(f"  band changed for {d.band_changes} of {d.matched} answers")
    moved = [c for c in d.candidates if c.changed or (c.delta or 0) != 0 or c.band_a != c.band_b]
    if moved:
        shown = "" if len(moved) <= top else f"; {top} shown, all with --json"
        lines += ["", f"Candidates that changed: {len(moved)} (biggest first{shown})"]
        for c in moved[:top]:
            delta = "" if c.delta is None else f" ({c.delta:+.0f})"
            band = f", {c.band_a} -> {c.band_b}" if c.band_a != c.band_b else ""
            lines.append(f"  {c.name} [{c.scenario}]: {_score(c.score_a)} -> {_score(c.score_b)}{delta}{band}")
            for ch in c.changed[:6]:
                lines.append(f"      {ch}")
            if len(c.changed) > 6:
                lines.append(f"      ... {len(c.changed) - 6} more")
    else:
        lines += ["", "No candidate's score or criterion verdicts changed."]
    split = [c for c in d.criteria if c.agree < c.compared]
    if split:
        lines += ["", "Criteria the runs disagree on (least agreement first):"]
        for c in split[:top]:
            lines.append(f"  {c.agreement * 100:3.0f}% agree  {c.id}: met {c.met_a} -> {c.met_b} of {c.compared}")
    return _out(lines)
