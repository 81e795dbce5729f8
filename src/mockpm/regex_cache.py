"""Compiled regular expressions kept between runs.

The grading lexicons are a few hundred large alternations, and parsing them is most of the
cost of one offline grade. CPython compiles a pattern in two steps: parse and generate SRE
code (pure Python, slow), then build the pattern object from that code (C, fast, and the code
is validated there). The first step's output is cached on disk, keyed by the pattern text and
flags, in a file keyed by the interpreter version, so a later run only does the fast step.

Only the grader's own patterns (built-in lexicons and rubric terms) come through here, never
answer text. The SRE engine does not fully validate code it is handed, so the file is trusted
only as far as the data dir is: it must carry the digest of its contents (a damaged file is
ignored), and on POSIX it must belong to the user running mockpm and be writable by no one else
(a file planted in a shared MOCKPM_HOME is ignored), as ssh treats its config. Any problem
(missing, unreadable, damaged, foreign, another interpreter) falls back to ``re.compile``: the
cache only ever costs or saves time, never changes a match.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

MAX_ENTRIES = 4096  # user rubrics add patterns; keep the file bounded
MAX_FILE_BYTES = 32 * 1024 * 1024

try:  # CPython internals; anything else compiles the ordinary way
    import _sre
    from re import _compiler, _parser

    # SRE code is stored packed, as machine words of the engine's own size: unmarshalling a
    # few hundred thousand ints one by one is most of the cost of reading the file.
    _WORD = next((t for t in "ILQ" if array.array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
    _FAST = sys.implementation.name == "cpython" and hasattr(_sre, "compile") and hasattr(_compiler, "_code") \
        and _WORD is not None
except ImportError:  # pragma: no cover - other interpreters
    _FAST = False

Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

_entries: dict[tuple[str, int], Entry] | None = None
_added = 0


def _cache_file() -> Path:
    from mockpm.paths import data_dir

    tag = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"
    digest = hashlib.sha256(tag.encode()).hexdigest()[:16]
    return data_dir() / "cache" / f"patterns-{digest}.marshal"


def _load() -> dict[tuple[str, int], Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            loaded = _read(_cache_file())
            if isinstance(loaded, dict):
                _entries = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass
        atexit.register(_save)
    return _entries


def _code_for(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before it calls ``_sre.compile``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), pack(code), int(parsed.state.groups - 1), groupindex, tuple(indexgroup)


def pack(code: list[int]) -> bytes:
    return array.array(_WORD, code).tobytes()


def unpack(packed: bytes) -> list[int]:
    return array.array(_WORD, packed).tolist()


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, unpack(code), groups, groupindex, indexgroup)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile`` with the parse step cached between runs."""
    flags = int(flags)
    if not _FAST or flags & re.DEBUG:
        return re.compile(pattern, flags)
    global _added
    entries = _load()
    key = (pattern, flags)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _build(pattern, entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # stale or damaged entry: rebuild it
            del entries[key]
    try:
        entry = _code_for(pattern, flags)
        compiled = _build(pattern, entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals differ: compile the public way, cache nothing
        return re.compile(pattern, flags)
    if len(entries) < MAX_ENTRIES:
        entries[key] = entry
        _added += 1
    return compiled


def _save() -> None:
    """Write the cache if this run compiled anything new. Best effort, atomic."""
    if not _added or _entries is None:
        return
    try:
        path = _cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(_entries)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


MAGIC = b"mockpm-patterns-2\n"  # 2: code packed as bytes


def _trusted(path: Path) -> bool:
    """The file is this user's own and no one else can write it (POSIX); small enough to read."""
    info = path.stat()
    if info.st_size > MAX_FILE_BYTES:
        return False
    if os.name == "posix" and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return False
    return True


def _read(path: Path) -> object:
    """The cached entries, or None when the file is not to be trusted or is damaged."""
    if not _trusted(path):
        return None
    raw = path.read_bytes()
    head = len(MAGIC) + 32
    if not raw.startswith(MAGIC) or len(raw) < head or hashlib.sha256(raw[head:]).digest() != raw[len(MAGIC):head]:
        return None
    return marshal.loads(raw[head:])
