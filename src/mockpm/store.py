"""The SQLite store in the user data dir: judge cache, practice history, batch runs.

Migrations are an append-only list; ``PRAGMA user_version`` records how many have run.
Never edit a shipped migration's effect: add a new one at the end.

Several mockpm processes may open a fresh data directory at once (parallel CI jobs): the
migrations run in one write transaction that re-reads the version under the lock, so exactly
one process applies each of them, and opening the store retries while another process holds
the file.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from mockpm.paths import database_file

MIGRATIONS: tuple[str, ...] = (
    # 1: judge reply cache. The key hashes everything that shapes a reply, never the API key.
    """
    CREATE TABLE IF NOT EXISTS judge_cache (
        key TEXT PRIMARY KEY,
        model TEXT,
        response TEXT NOT NULL,
        created_at TEXT NOT NULL,
        hits INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 2: practice sessions and their grades.
    """
    CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        scenario TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        time_taken_seconds REAL,
        score REAL,
        band TEXT,
        axes TEXT,
        report TEXT,
        transcript_path TEXT
    );
    CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_at);
    """,
    # 3: batch runs and their items, written as each grade finishes (resume reads them back).
    """
    CREATE TABLE IF NOT EXISTS batch_runs (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        options TEXT NOT NULL,
        status TEXT NOT NULL,
        remote_batch_id TEXT
    );
    CREATE INDEX IF NOT EXISTS batch_runs_fingerprint ON batch_runs(fingerprint);
    CREATE TABLE IF NOT EXISTS batch_items (
        run_id TEXT NOT NULL REFERENCES batch_runs(id),
        item_key TEXT NOT NULL,
        source TEXT NOT NULL,
        candidate TEXT,
        scenario TEXT,
        status TEXT NOT NULL,
        score REAL,
        report TEXT,
        error TEXT,
        finished_at TEXT NOT NULL,
        PRIMARY KEY (run_id, item_key)
    );
    """,
    # 4: batch items keep their place in the input order and the optional `id` column; a NULL
    # ordinal marks an item that is no longer among the run's inputs (left out of exports).
    """
    ALTER TABLE batch_items ADD COLUMN ordinal INTEGER;
    ALTER TABLE batch_items ADD COLUMN item_id TEXT;
    CREATE INDEX IF NOT EXISTS batch_items_order ON batch_items(run_id, ordinal);
    """,
)


# How long opening the store waits for other processes before giving up.
BUSY_SECONDS = 30.0


def _statements(sql: str) -> list[str]:
    # The migrations are plain DDL without string literals: ";" only ever ends a statement.
    return [part.strip() for part in sql.split(";") if part.strip()]


def migrate(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
        return
    # executescript() would commit on its own; one statement at a time keeps them all in this
    # transaction, and IMMEDIATE takes the write lock before the version is read again.
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _unreadable(path: Path, exc: sqlite3.Error) -> Exception:
    from mockpm.errors import store_error

    return exc if _busy(exc) else store_error(path, exc)


def connect(path: Path | None = None) -> sqlite3.Connection:
    path = path or database_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    give_up = time.monotonic() + BUSY_SECONDS
    delay = 0.02
    while True:
        conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            # WAL lets a batch write grades while another process reads history.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            migrate(conn)
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            # Switching a fresh file to WAL can report "locked" without waiting on the busy
            # handler while another process does the same: wait a little and try again.
            if not _busy(exc) or time.monotonic() > give_up:
                raise _unreadable(path, exc) from None
            time.sleep(delay)
        except sqlite3.DatabaseError as exc:  # "file is not a database", "disk image is malformed"
            conn.close()
            raise _unreadable(path, exc) from None
            delay = min(delay * 2, 0.5)
