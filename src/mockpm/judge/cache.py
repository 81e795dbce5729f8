"""Judge reply cache (SQLite table ``judge_cache``) and the output mode each endpoint supports.

One connection per thread: the sync judge may run in worker threads, and the async judge
does its cache I/O synchronously between awaits on the event loop's thread (a lookup is tens
of microseconds; writes are buffered), so no connection is shared across threads.
"""

from __future__ import annotations

import hashlib
import json
import re
import os
import threading
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from mockpm.paths import data_dir, database_file
from mockpm.redaction import strip_userinfo


class CacheStats(BaseModel):
    entries: int
    hits: int
    size_bytes: int  # the cached replies and keys
    db_size_bytes: int  # the whole store file (it also holds history and batch runs)
    path: str


def cache_key(*parts: str) -> str:
    """sha256 of everything that shapes a reply (length-prefixed, so parts cannot run together).

    Callers never pass the API key.
    """
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


class JudgeCache:
    """Reads go to SQLite at once; writes are buffered and committed together.

    One commit per reply would cost about a millisecond each, which adds up over a batch of
    thousands; entries are flushed every FLUSH_EVERY writes, after FLUSH_AFTER seconds, on
    ``flush()``/``close()`` and at exit. A crash loses at most those unflushed cache entries.
    """

    FLUSH_EVERY = 64
    FLUSH_AFTER = 5.0

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or database_file()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[str | None, str, str]] = {}  # key -> (model, response, created_at)
        self._pending_hits: dict[str, int] = {}
        self._oldest: float | None = None
        self._atexit = False

    def _conn(self):  # noqa: ANN202 - sqlite3.Connection, imported lazily
        conn = getattr(self._local, "conn", None)
        if conn is None:
            from mockpm.store import connect

            conn = connect(self.path)
            self._local.conn = conn
        return conn

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            pending = self._pending.get(key)
        if pending is not None:
            raw = pending[1]
        else:
            row = self._conn().execute("SELECT response FROM judge_cache WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            raw = row[0]
        with self._lock:
            self._pending_hits[key] = self._pending_hits.get(key, 0) + 1
        self._maybe_flush()
        try:
            return json.loads(raw)
        except ValueError:
            return None

    def put(self, key: str, model: str | None, value: dict[str, Any]) -> None:
        from datetime import datetime, timezone

        raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            self._pending[key] = (model, raw, datetime.now(timezone.utc).isoformat())
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        import time

        now = time.monotonic()
        with self._lock:
            if not self._atexit:
                import atexit

                atexit.register(self._flush_at_exit)
                self._atexit = True
            if self._oldest is None:
                self._oldest = now
            due = len(self._pending) + len(self._pending_hits) >= self.FLUSH_EVERY or now - self._oldest >= self.FLUSH_AFTER
        if due:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            pending, hits = self._pending, self._pending_hits
            self._pending, self._pending_hits, self._oldest = {}, {}, None
        if not pending and not hits:
            return
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")  # the write lock at once, waiting on other processes
        try:
            conn.executemany(
                "INSERT OR REPLACE INTO judge_cache (key, model, response, created_at, hits) VALUES (?, ?, ?, ?, 0)",
                [(k, m, r, c) for k, (m, r, c) in pending.items()],
            )
            conn.executemany("UPDATE judge_cache SET hits = hits + ? WHERE key = ?", [(n, k) for k, n in hits.items()])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _flush_at_exit(self) -> None:
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - a cache write must never turn a finished run into a crash
            pass

    def stats(self) -> CacheStats:
        self.flush()
        row = self._conn().execute(
            "SELECT COUNT(*), COALESCE(SUM(hits), 0), COALESCE(SUM(LENGTH(CAST(response AS BLOB)) + LENGTH(key)), 0) FROM judge_cache"
        ).fetchone()
        db = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        return CacheStats(entries=row[0], hits=row[1], size_bytes=row[2], db_size_bytes=db, path=str(self.path))

    def clear(self) -> int:
        with self._lock:
            self._pending, self._pending_hits, self._oldest = {}, {}, None
        conn = self._conn()
        n = conn.execute("SELECT COUNT(*) FROM judge_cache").fetchone()[0]
        conn.execute("DELETE FROM judge_cache")
        # Give the space back: the reply text is most of the database.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        return n

    def close(self) -> None:
        self.flush()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


_shared: dict[Path, JudgeCache] = {}
_shared_lock = threading.Lock()


def shared_cache(path: Path | None = None) -> JudgeCache:
    """One cache object per database in a process, so every judge sees the buffered writes."""
    path = path or database_file()
    with _shared_lock:
        cache = _shared.get(path)
        if cache is None:
            cache = _shared[path] = JudgeCache(path)
        return cache


# --------------------------------------------------------------------------- output modes

MODES = ("json_schema", "json_object", "text")


def _modes_file() -> Path:
    return data_dir() / "judge_endpoints.json"


class EndpointModes:
    """The output mode that last worked per endpoint and model, in a small JSON file in the data dir."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or _modes_file()
        self._data: dict[str, dict[str, str]] | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[str, dict[str, str]]:
        if self._data is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._data = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self._data = {}
        return self._data

    def get(self, base_url: str) -> str | None:
        mode = self._load().get(_public_key(base_url), {}).get("output_mode")
        return mode if mode in MODES else None

    def set(self, base_url: str, mode: str) -> None:
        base_url = _public_key(base_url)  # a URL's user:password or ?api_key= is never written down
        with self._lock:
            data = self._load()
            if data.get(base_url, {}).get("output_mode") == mode:
                return
            data[base_url] = {"output_mode": mode}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)  # atomic: a concurrent reader never sees half a file


def _public_key(key: str) -> str:
    """A ``"<base URL> <model>"`` key as it may be stored: callers pass ``public_url`` already;
    this is the backstop (no userinfo, no query or fragment)."""
    return re.sub(r"[?#]\S*", "", strip_userinfo(key))
