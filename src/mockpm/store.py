"""The SQLite store in the user data dir: judge cache, practice history, batch runs.

Migrations are an append-only list; ``PRAGMA user_version`` records how many have run.
Never edit a shipped migration: add a new one at the end.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mockpm.paths import database_file

MIGRATIONS: tuple[str, ...] = (
    # 1: judge reply cache. The key hashes everything that shapes a reply, never the API key.
    """
    CREATE TABLE judge_cache (
        key TEXT PRIMARY KEY,
        model TEXT,
        response TEXT NOT NULL,
        created_at TEXT NOT NULL,
        hits INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 2: practice sessions and their grades.
    """
    CREATE TABLE sessions (
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
    CREATE INDEX sessions_started ON sessions(started_at);
    """,
    # 3: batch runs and their items, written as each grade finishes (resume reads them back).
    """
    CREATE TABLE batch_runs (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        options TEXT NOT NULL,
        status TEXT NOT NULL,
        remote_batch_id TEXT
    );
    CREATE INDEX batch_runs_fingerprint ON batch_runs(fingerprint);
    CREATE TABLE batch_items (
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
    CREATE INDEX batch_items_order ON batch_items(run_id, ordinal);
    """,
)


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn:
            conn.executescript(sql)
            conn.execute(f"PRAGMA user_version = {number}")


def connect(path: Path | None = None) -> sqlite3.Connection:
    path = path or database_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    # WAL lets a batch write grades while another process reads history.
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    migrate(conn)
    return conn
