"""What the cohort page shows, as plain models: ranking rows, per-candidate drill-downs, heatmap groups."""

from __future__ import annotations

from statistics import mean, median
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from mockpm.report.answer_markup import embedded_part, mark_answer
from mockpm.scoring import BANDS, UNSCORED_BAND
from mockpm.report.coaching import headline, seed_title

if TYPE_CHECKING:
    from mockpm.batch.runs import ItemRow
    from mockpm.batch.summary import CohortSummary

# Colour is never the only cue: every status has a symbol and a word.
SYMBOLS = {"met": "✓", "missed": "✗", "red-flag": "⚑", "avoided": "○", "unscored": "?", "na": "·"}
WORDS = {"met": "met", "missed": "missed", "red-flag": "red flag", "avoided": "red flag avoided",
         "unscored": "unscored", "na": "not graded"}
NEEDS_HELP = 5


class RankRow(BaseModel):
    seq: int
    anchor: str
    name: str
    scenario: str
    score: float | None
    band: str
    raw_points: int = 0
    possible_points: int = 0
    flagged: bool = False
    complete: bool = True
    flags: list[str] = Field(default_factory=list)
    reject_reading: float | None = None
    reject_severity: float | None = None
    rank: int = 0


class CellView(BaseModel):
    id: str
    status: str  # met | missed | red-flag | avoided | unscored
    statement: str
    gist: str = ""  # the statement's one-line gist: the cohort page's drill-downs (statements are in its legend)
    axis: str
    points: int
    refs: list[int] = Field(default_factory=list)  # highlight numbers in the answer
    quotes: list[str] = Field(default_factory=list)  # evidence not found in the answer text
    rationale: str | None = None
    flags: list[str] = Field(default_factory=list)
    keyword_met: bool | None = None
    judge_met: bool | None = None
    human: bool = False  # a person's decision, final
    note: str | None = None
    reason: str
    seed: str

    @property
    def folded(self) -> bool:
        """A red flag avoided with nothing more to say: one line for all of them, as `grade` prints them."""
        return self.status == "avoided" and not (self.human or self.flags or self.note)

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.status]

    @property
    def word(self) -> str:
        return WORDS[self.status]


class CandidateView(BaseModel):
    seq: int
    anchor: str
    rank: int = 0
    name: str
    scenario: str
    scenario_title: str
    source: str
    score: float | None
    band: str
    complete: bool
    judge: str
    flags: list[str]
    cells: list[CellView]
    answer_html: str | None = None
    answer_cut: int = 0  # words of the answer not embedded in the page
    raw_points: int = 0
    flagged: bool = False
    decided: int = 0


def status(points: int, met: bool | None) -> str:
    if met is None:
        return "unscored"
    if points < 0:
        return "red-flag" if met else "avoided"
    return "met" if met else "missed"


def candidate_view(row: RankRow, item: ItemRow, answer: str | None, decisions: dict[str, Any] | None) -> CandidateView:
    r = item.report
    assert r is not None
    decisions = decisions or {}
    marked = None
    cut = 0
    if answer:
        answer, cut = embedded_part(answer)
        marked = mark_answer(answer, {c.id: c.evidence for c in r.criteria if c.met and c.evidence}, anchor=row.anchor)
    cells = []
    for c in r.criteria:
        d = decisions.get(c.id)
        met = d["met"] if d is not None and d.get("met") is not None else c.met
        refs = marked.refs.get(c.id, []) if marked else []
        quotes = (marked.unplaced.get(c.id, []) if marked else list(dict.fromkeys(c.evidence))) if c.met else []
        cells.append(CellView(
            id=c.id, status=status(c.points, met), statement=c.statement, gist=headline(c), axis=c.axis, points=c.points,
            refs=refs,
            quotes=quotes, rationale=c.rationale, flags=c.flags, keyword_met=c.keyword_met, judge_met=c.judge_met,
            human=d is not None and d.get("met") is not None, note=(d or {}).get("note"), reason=c.reason, seed=seed_title(c.seed)))
    judge = r.judge.mode + (f" ({r.judge.model})" if r.judge.model else "")
    return CandidateView(
        seq=row.seq, anchor=row.anchor, name=row.name, scenario=r.scenario, scenario_title=r.scenario_title,
        source=item.source, score=row.score, band=r.band, complete=r.complete, judge=judge,
        flags=[f.message for f in r.flags], cells=cells, answer_html=marked.html if marked else None,
        answer_cut=cut,
        raw_points=r.raw_points, flagged=r.flagged, decided=sum(1 for c in cells if c.human))


def cohort_glance(ranked: list[RankRow], summary: CohortSummary) -> dict[str, Any]:
    """Counts per band (in band order), mean and median of scored answers, and who needs help most."""
    order = [name for _, name in BANDS] + [UNSCORED_BAND]
    counts = {name: 0 for name in order}
    for r in ranked:
        key = r.band if r.score is not None else UNSCORED_BAND
        counts[key] = counts.get(key, 0) + 1
    scored = [r for r in ranked if r.score is not None]
    scores = [r.score for r in scored]
    most = max(counts.values()) or 1
    bands = [{"name": n, "count": c, "width": round(c / most * 100, 1), "cls": n.lower().replace(" ", "-")}
             for n, c in counts.items() if c or n != UNSCORED_BAND]
    return {
        "graded": len(ranked),
        "scored": len(scores),
        "unscored": len(ranked) - len(scores),
        "mean": round(mean(scores), 1) if scores else None,
        "median": round(median(scores), 1) if scores else None,
        "bands": bands,
        # unscored answers are no verdict on the candidate: counted apart, never "needs help"
        "needs_help": list(reversed(scored[-NEEDS_HELP:])) if len(scored) > 1 else [],
        "not_graded": summary.failed + summary.invalid,
    }


def heatmap_groups(candidates: list[CandidateView]) -> list[dict[str, Any]]:
    """One block per scenario: its own criteria (numbered) as columns, its candidates as rows, so a
    mixed cohort shows no cells for criteria a candidate was never asked about."""
    groups: dict[str, dict[str, Any]] = {}
    for cand in candidates:
        g = groups.setdefault(cand.scenario, {"scenario": cand.scenario, "title": cand.scenario_title,
                                              "criteria": {}, "rows": []})
        for cell in cand.cells:
            g["criteria"].setdefault(cell.id, {"id": cell.id, "statement": cell.statement, "points": cell.points,
                                               "hits": 0, "assessed": 0})
            entry = g["criteria"][cell.id]
            if cell.status != "unscored":
                entry["assessed"] += 1
                entry["hits"] += cell.status in ("missed", "red-flag")
        g["rows"].append(cand)
    out = []
    for g in groups.values():
        crits = list(g["criteria"].values())
        for n, c in enumerate(crits, 1):
            c["n"] = n
        rows = []
        for cand in g["rows"]:
            by_id = {c.id: c for c in cand.cells}
            rows.append({"cand": cand, "cells": [by_id.get(c["id"]) for c in crits]})
        out.append({"scenario": g["scenario"], "title": g["title"], "criteria": crits, "rows": rows})
    return out
