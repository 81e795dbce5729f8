"""Batch runs in the SQLite store: find or create a run, save each grade as it finishes, read back.

A run is identified by a fingerprint of its resolved inputs and grading options (never the API
key), so running the same command again continues the same run and grades only what is
missing. Items are written as each grade finishes; with ``group > 1`` a few are committed
together, but never more than ``max_delay`` seconds' worth, so a killed process loses at most
that much.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from mockpm.errors import UsageError
from mockpm.models import GradeReport
from mockpm.redaction import redact

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path

    from collections.abc import Sequence

    from mockpm.batch.inputs import BatchItem, InputProblem

GRADED = "graded"
FAILED = "failed"
INVALID = "invalid"  # an input file or row that could not be read


class RunInfo(BaseModel):
    id: str
    created_at: str
    fingerprint: str
    options: dict[str, Any]
    status: str
    remote_batch_id: str | None = None


class ItemRow(BaseModel):
    key: str
    ordinal: int | None
    source: str
    candidate: str | None
    scenario: str | None
    item_id: str | None
    status: str
    score: float | None
    error: str | None
    report: GradeReport | None = None


def fingerprint(options: dict[str, Any]) -> str:
    doc = json.dumps(options, sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(doc.encode()).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_run_id() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%d}-{secrets.token_hex(3)}"


class RunStore:
    def __init__(self, conn: sqlite3.Connection, *, group: int = 1, max_delay: float = 0.25) -> None:
        self.conn = conn
        self.group = max(1, group)
        self.max_delay = max_delay
        self._pending = 0
        self._since = 0.0

    @classmethod
    def open(cls, path: Path | None = None, **kw: Any) -> RunStore:
        from mockpm.store import connect

        return cls(connect(path), **kw)

    def close(self) -> None:
        self.flush()
        self.conn.close()

    # ----------------------------------------------------------------- runs

    def _run(self, row: Any) -> RunInfo:
        return RunInfo(id=row["id"], created_at=row["created_at"], fingerprint=row["fingerprint"],
                       options=json.loads(row["options"]), status=row["status"], remote_batch_id=row["remote_batch_id"])

    def get(self, run_id: str) -> RunInfo:
        row = self.conn.execute("SELECT * FROM batch_runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            recent = [r["id"] for r in self.conn.execute("SELECT id FROM batch_runs ORDER BY created_at DESC LIMIT 3")]
            hint = f"recent runs: {', '.join(recent)}" if recent else "no batch runs are saved yet"
            raise UsageError(f"unknown batch run {run_id!r}", hint=hint)
        return self._run(row)

    def find(self, fp: str) -> RunInfo | None:
        row = self.conn.execute(
            "SELECT * FROM batch_runs WHERE fingerprint = ? ORDER BY created_at DESC, rowid DESC LIMIT 1", (fp,)
        ).fetchone()
        return self._run(row) if row else None

    def find_or_create(self, options: dict[str, Any], *, fresh: bool = False) -> tuple[RunInfo, bool]:
        """The newest run for these options, or a new one: (run, whether it existed).

        One write transaction: two identical commands started together find the same run
        rather than each creating its own (and then judging every answer twice).
        """
        fp = fingerprint(options)
        self.flush()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            existing = None if fresh else self.find(fp)
            if existing is None:
                run_id = new_run_id()
                self.conn.execute(
                    "INSERT INTO batch_runs (id, created_at, fingerprint, options, status) VALUES (?, ?, ?, ?, 'running')",
                    (run_id, _now(), fp, json.dumps(options, sort_keys=True)),
                )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return (existing, True) if existing is not None else (self.get(run_id), False)

    def create(self, options: dict[str, Any]) -> RunInfo:
        run_id = new_run_id()
        self.flush()
        self.conn.execute(
            "INSERT INTO batch_runs (id, created_at, fingerprint, options, status) VALUES (?, ?, ?, ?, 'running')",
            (run_id, _now(), fingerprint(options), json.dumps(options, sort_keys=True)),
        )
        return self.get(run_id)

    def set_status(self, run_id: str, status: str) -> None:
        self.flush()
        self.conn.execute("UPDATE batch_runs SET status = ? WHERE id = ?", (status, run_id))

    def set_remote(self, run_id: str, remote_batch_id: str | None) -> None:
        self.flush()
        self.conn.execute("UPDATE batch_runs SET remote_batch_id = ? WHERE id = ?", (remote_batch_id, run_id))

    # ----------------------------------------------------------------- items

    def register(self, run_id: str, keys: Sequence[str], problems: list[InputProblem]) -> None:
        """Mark which stored items (by key) belong to the current inputs, in input order; save input problems."""
        self.flush()
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("UPDATE batch_items SET ordinal = NULL WHERE run_id = ?", (run_id,))
            self.conn.executemany(
                "UPDATE batch_items SET ordinal = ? WHERE run_id = ? AND item_key = ?",
                ((i, run_id, key) for i, key in enumerate(keys)),
            )
            base = len(keys)
            self.conn.executemany(
                "INSERT OR REPLACE INTO batch_items (run_id, item_key, source, candidate, scenario, status, error, "
                "finished_at, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((run_id, p.key, p.source, p.candidate, p.scenario_id, INVALID, p.message, _now(), base + i)
                 for i, p in enumerate(problems)),
            )

    def graded_keys(self, run_id: str) -> set[str]:
        # An incomplete report (the judge failed on some criteria) is not a finished grade: a rerun
        # tries it again rather than keeping the outage's result for good.
        rows = self.conn.execute(
            "SELECT item_key FROM batch_items WHERE run_id = ? AND status = ? AND json_extract(report, '$.complete') = 1",
            (run_id, GRADED),
        )
        return {r[0] for r in rows}

    def record(self, run_id: str, item: BatchItem, ordinal: int, *, report: GradeReport | None = None,
               error: str | None = None) -> None:
        """Save one finished item now (committed at once, or with the next few when ``group > 1``)."""
        if self._pending == 0:
            self.conn.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()
        self.conn.execute(
            "INSERT OR REPLACE INTO batch_items (run_id, item_key, source, candidate, scenario, status, score, report, "
            "error, finished_at, ordinal, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, item.key, item.source, item.answer.candidate, item.scenario_id,
             GRADED if report is not None else FAILED, report.score if report is not None else None,
             report.model_dump_json() if report is not None else None, redact(error) if error else None, _now(), ordinal,
             item.item_id),
        )
        self._pending += 1
        if self._pending >= self.group or time.monotonic() - self._since >= self.max_delay:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.conn.execute("COMMIT")
            self._pending = 0

    def counts(self, run_id: str) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT status, COUNT(*) FROM batch_items WHERE run_id = ? AND ordinal IS NOT NULL GROUP BY status", (run_id,)
        )
        return {r[0]: r[1] for r in rows}

    def iter_items(self, run_id: str, *, statuses: tuple[str, ...] | None = None, with_report: bool = True) -> Iterator[ItemRow]:
        """The run's current items in input order, one at a time (a cohort's reports need not fit in memory)."""
        self.flush()
        where = "run_id = ? AND ordinal IS NOT NULL"
        args: list[Any] = [run_id]
        if statuses:
            where += f" AND status IN ({', '.join('?' * len(statuses))})"
            args += list(statuses)
        cols = "item_key, ordinal, source, candidate, scenario, item_id, status, score, error"
        if with_report:
            cols += ", report"
        cur = self.conn.execute(f"SELECT {cols} FROM batch_items WHERE {where} ORDER BY ordinal", args)
        for r in cur:
            report = GradeReport.model_validate_json(r["report"]) if with_report and r["report"] else None
            yield ItemRow(key=r["item_key"], ordinal=r["ordinal"], source=r["source"], candidate=r["candidate"],
                          scenario=r["scenario"], item_id=r["item_id"], status=r["status"], score=r["score"],
                          error=r["error"], report=report)
