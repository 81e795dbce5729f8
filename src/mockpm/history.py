"""Practice history: sessions stored in SQLite, per-axis trends, weakest axes, CSV export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pydantic import BaseModel, Field

from mockpm.errors import UsageError
from mockpm.models import AXES, GradeReport

if TYPE_CHECKING:
    import sqlite3

    from mockpm.catalog import Library

LAST = "last"  # `history show last`
SPARKS = "▁▂▃▄▅▆▇█"
RECENT = 5  # sessions that count towards "weakest axes": recent work says more than old work


class SessionRow(BaseModel):
    id: str
    scenario: str
    candidate: str | None = None
    started_at: datetime
    finished_at: datetime | None = None
    time_taken_seconds: float | None = None
    score: float | None = None
    band: str | None = None
    raw_points: int | None = None  # signed points before clipping: two 0/100 attempts still differ
    axes: dict[str, float] = Field(default_factory=dict)
    transcript_path: str | None = None


@contextmanager
def _db(conn: sqlite3.Connection | None) -> Iterator[sqlite3.Connection]:
    """The caller's connection, or a fresh one that is closed afterwards."""
    if conn is not None:
        yield conn
        return
    from mockpm.store import connect

    db = connect()
    try:
        yield db
    finally:
        db.close()


def record(
    *,
    session_id: str,
    scenario: str,
    started_at: datetime,
    finished_at: datetime,
    time_taken_seconds: float,
    report: GradeReport,
    transcript_path: Path | None,
    conn: sqlite3.Connection | None = None,
) -> None:
    """Store one graded session; a re-run of the same session replaces its row."""
    with _db(conn) as db:
        db.execute(
            "INSERT OR REPLACE INTO sessions (id, scenario, started_at, finished_at, time_taken_seconds,"
            " score, band, axes, report, transcript_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id, scenario, started_at.isoformat(), finished_at.isoformat(), time_taken_seconds,
                report.score, report.band, json.dumps(report.axes), report.model_dump_json(),
                str(transcript_path) if transcript_path else None,
            ),
        )


def _row(r) -> SessionRow:  # noqa: ANN001 - sqlite3.Row
    return SessionRow(
        id=r["id"], scenario=r["scenario"], candidate=r["candidate"] if "candidate" in r.keys() else None, started_at=r["started_at"], finished_at=r["finished_at"],
        time_taken_seconds=r["time_taken_seconds"], score=r["score"], band=r["band"],
        raw_points=r["raw_points"] if "raw_points" in r.keys() else None,
        axes=json.loads(r["axes"]) if r["axes"] else {}, transcript_path=r["transcript_path"],
    )


def sessions(conn: sqlite3.Connection | None = None) -> list[SessionRow]:
    """Graded sessions, oldest first."""
    with _db(conn) as db:
        rows = db.execute(
            "SELECT id, scenario, started_at, finished_at, time_taken_seconds, score, band, axes, transcript_path,"
            " json_extract(report, '$.candidate') AS candidate, json_extract(report, '$.raw_points') AS raw_points"
            " FROM sessions WHERE score IS NOT NULL ORDER BY started_at, id"
        ).fetchall()
    return [_row(r) for r in rows]


def get(session_id: str, conn: sqlite3.Connection | None = None) -> tuple[SessionRow, GradeReport]:
    """One session by id or unique id prefix (``last``: the latest graded one), with its stored report."""
    with _db(conn) as db:
        if session_id == LAST:
            latest = db.execute("SELECT * FROM sessions WHERE report IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
            if latest is None:
                raise UsageError("no practice sessions yet", hint="start one with `mockpm practice`")
            return _row(latest), GradeReport.model_validate_json(latest["report"])
        rows = db.execute(
            "SELECT * FROM sessions WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id",
            (session_id, session_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"),
        ).fetchall()
    exact = [r for r in rows if r["id"] == session_id]
    rows = exact or rows
    if not rows:
        raise UsageError(f"no practice session {session_id!r}", hint="see the ids in `mockpm history`")
    if len(rows) > 1:
        raise UsageError(f"{session_id!r} matches {len(rows)} sessions", hint="give more of the id")
    r = rows[0]
    if not r["report"]:
        raise UsageError(f"session {r['id']} was never graded", hint="grade its transcript with `mockpm grade`")
    return _row(r), GradeReport.model_validate_json(r["report"])


# --------------------------------------------------------------------------- summaries


def sparkline(values: list[float]) -> str:
    """Scores 0-100 on a fixed scale, so the same bar height means the same score on every axis."""
    return "".join(SPARKS[min(len(SPARKS) - 1, max(0, int(v / 100 * len(SPARKS))))] for v in values)


def axis_trends(rows: list[SessionRow]) -> dict[str, list[float]]:
    """Per axis, its scores in session order (sessions that did not test an axis are skipped)."""
    # Known axes in their usual order, then any an unknown rubric introduced.
    extra = sorted({a for r in rows for a in r.axes} - set(AXES))
    trends: dict[str, list[float]] = {}
    for axis in (*AXES, *extra):
        values = [r.axes[axis] for r in rows if axis in r.axes]
        if values:
            trends[axis] = values
    return trends


def weakest_axes(rows: list[SessionRow], n: int = 3) -> list[tuple[str, float]]:
    """Lowest mean over each axis's last few sessions; ties go to the axis practised less."""
    means = []
    for axis, values in axis_trends(rows).items():
        recent = values[-RECENT:]
        means.append((axis, round(sum(recent) / len(recent), 1), len(values)))
    means.sort(key=lambda t: (t[1], t[2], t[0]))
    return [(a, m) for a, m, _ in means[:n]]


def never_tried(lib: Library, rows: list[SessionRow]) -> list[str]:
    tried = {r.scenario for r in rows}
    return sorted(s for s in lib.scenarios if s not in tried)


def summary(rows: list[SessionRow], lib: Library | None = None) -> dict:
    """Everything `mockpm history` shows, as plain data (also its --json output)."""
    trends = axis_trends(rows)
    return {
        "sessions": [r.model_dump(mode="json") for r in rows],
        "axis_trends": {a: {"values": v, "sparkline": sparkline(v), "latest": v[-1]} for a, v in trends.items()},
        "weakest_axes": [{"axis": a, "recent_mean": m} for a, m in weakest_axes(rows)],
        "never_tried": never_tried(lib, rows) if lib is not None else [],
    }


# --------------------------------------------------------------------------- export

CSV_FIELDS = ("id", "scenario", "candidate", "started_at", "finished_at", "time_taken_seconds", "score", "band")


def export_csv(rows: list[SessionRow], out: TextIO) -> None:
    axes = list(AXES) + sorted({a for r in rows for a in r.axes} - set(AXES))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_FIELDS, *(f"axis:{a}" for a in axes), "transcript_path"])
    for r in rows:
        writer.writerow([
            r.id, r.scenario, r.candidate or "", r.started_at.isoformat(), r.finished_at.isoformat() if r.finished_at else "",
            "" if r.time_taken_seconds is None else round(r.time_taken_seconds),
            "" if r.score is None else r.score, r.band or "",
            *("" if a not in r.axes else r.axes[a] for a in axes), r.transcript_path or "",
        ])


def export_csv_text(rows: list[SessionRow]) -> str:
    buf = io.StringIO()
    export_csv(rows, buf)
    return buf.getvalue()
