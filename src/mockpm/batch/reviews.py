"""A person's decisions on the criteria the grader doubts, kept with the run in the store.

The grader flags a criterion for review when the judge and the keyword check disagree, when the
judge's samples disagree among themselves, when quoted evidence is not in the answer, or when the
criterion could not be scored. A decision (met / not met, or skip for later) with an optional
note is final: reports, exports, the HTML page and `calibrate` read it instead of the grader's
verdict. Decisions are keyed by the answer's stable key, so they survive a resumed run.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from mockpm.batch.runs import GRADED

if TYPE_CHECKING:
    from mockpm.batch.runs import ItemRow, RunStore
    from mockpm.models import CriterionResult, GradeReport

DECISIONS = ("met", "not met", "skip")
DECIDED = "decided by a person"  # the flag a decided criterion carries in reports and exports
# Kept out of the numbered migrations: created on first use by the commands that need it.
_TABLE = """
CREATE TABLE IF NOT EXISTS review_decisions (
    run_id TEXT NOT NULL,
    item_key TEXT NOT NULL,
    criterion_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    note TEXT,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (run_id, item_key, criterion_id)
)
"""


class ReviewTask(BaseModel):
    item: Any  # ItemRow
    criterion: Any  # CriterionResult
    reasons: list[str]


def review_reasons(c: CriterionResult) -> list[str]:
    """Why the grader doubts this criterion (empty: it does not)."""
    from mockpm.verdict_flags import FLAG_UNSCORED, FLAG_UNSUPPORTED

    reasons = [f for f in c.flags if f.startswith(("review:", "judge:")) or f in (FLAG_UNSCORED, FLAG_UNSUPPORTED)]
    if c.met is None and FLAG_UNSCORED not in reasons:
        reasons.append(FLAG_UNSCORED)
    return reasons


def _ensure(store: RunStore) -> None:
    store.flush()
    store.conn.execute(_TABLE)


def record(store: RunStore, run_id: str, item_key: str, criterion_id: str, decision: str, note: str | None = None) -> None:
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    _ensure(store)
    store.conn.execute(
        "INSERT OR REPLACE INTO review_decisions (run_id, item_key, criterion_id, decision, note, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (run_id, item_key, criterion_id, decision, (note or "").strip() or None,
         datetime.now(timezone.utc).isoformat(timespec="seconds")))


def decisions(store: RunStore, run_id: str) -> dict[str, dict[str, dict[str, Any]]]:
    """item key -> criterion id -> {"decision", "met" (None for skip), "note"}."""
    _ensure(store)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in store.conn.execute("SELECT item_key, criterion_id, decision, note FROM review_decisions WHERE run_id = ?",
                                (run_id,)):
        met = None if r["decision"] == "skip" else r["decision"] == "met"
        out.setdefault(r["item_key"], {})[r["criterion_id"]] = {"decision": r["decision"], "met": met, "note": r["note"]}
    return out


def decided_runs(store: RunStore) -> set[str]:
    """The runs holding at least one met / not met decision."""
    store.flush()
    if not store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_decisions'").fetchone():
        return set()
    return {r[0] for r in store.conn.execute("SELECT DISTINCT run_id FROM review_decisions WHERE decision != 'skip'")}


def pending(store: RunStore, run_id: str, *, include_skipped: bool = True) -> list[ReviewTask]:
    """Every flagged criterion of the run's graded answers that has no met / not met decision yet."""
    done = decisions(store, run_id)
    tasks = []
    for item in store.iter_items(run_id, statuses=(GRADED,)):
        if item.report is None:
            continue
        for c in item.report.criteria:
            reasons = review_reasons(c)
            d = done.get(item.key, {}).get(c.id)
            if not reasons or (d is not None and (d["met"] is not None or not include_skipped)):
                continue
            tasks.append(ReviewTask(item=item, criterion=c, reasons=reasons))
    return tasks


def with_decisions(report: GradeReport, decided: dict[str, dict[str, Any]] | None) -> GradeReport:
    """The report with each decided criterion's verdict replaced by the person's (marked as such)
    and the score worked out again from the verdicts, by the same scoring rules."""
    from mockpm import scoring

    if not decided:
        return report
    criteria = []
    for c in report.criteria:
        d = decided.get(c.id)
        if d is not None and d.get("met") is not None:
            note = f": {d['note']}" if d.get("note") else ""
            c = c.model_copy(update={"met": d["met"], "flags": [*c.flags, f"{DECIDED}{note}"]})
        criteria.append(c)
    b = scoring.score((scoring.Scored(points=c.points, met=c.met, axis=c.axis, harm=c.harm) for c in criteria),
                      disqualified=report.flagged, words=report.word_count, withheld=report.withheld)
    return report.model_copy(update={
        "criteria": criteria, "score": b.score, "band": b.band, "axes": b.axes, "raw_points": b.raw_points,
        "possible_points": b.possible_points, "complete": all(c.met is not None for c in criteria)})


def item_with_decisions(item: ItemRow, decided: dict[str, dict[str, Any]] | None) -> ItemRow:
    if item.report is None or not decided:
        return item
    return item.model_copy(update={"report": with_decisions(item.report, decided)})
