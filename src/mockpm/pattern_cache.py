"""The lexicon's regular expressions, compiled once per Python version instead of once per run.

The stance, substance and plausibility lexicons are some 60,000 characters of regular
expressions. CPython compiles a pattern in pure Python (parse, then emit the matcher's code),
which costs about a third of a `mockpm grade` run's start. The emitted code is a list of
integers that depends only on the pattern, its flags and the regex engine's version, so it is
kept in the data dir's cache and handed straight to the engine next time.

Only the built-in lexicons go through here, never a user's rubric regex. Anything unexpected
(another Python, an engine that changed its interface, a damaged file) falls back to
``re.compile``: the engine validates the code it is given and refuses code it did not make.
The cache is written by the command-line entry point (``save``), never by library use.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # the engine behind `re`; absent or different on other Pythons, then nothing is cached
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_entries: dict[tuple[str, int], _Entry] | None = None
_path: Path | None = None
_added = False


def _cache_path() -> Path:
    from mockpm.paths import data_dir

    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{sys.hexversion:x}"
    return data_dir() / "cache" / f"patterns-{tag}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries, _path
    if _entries is None:
        _entries = {}
        try:
            _path = _cache_path()
            found = marshal.loads(_path.read_bytes())
            if isinstance(found, dict):
                _entries = found
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return _entries


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile(source, flags)`` for a built-in pattern, from the cache when it holds it."""
    global _added
    if _sre is None:
        return re.compile(source, flags)
    entries = _load()
    key = (source, int(flags))
    hit = entries.get(key)
    if hit is not None:
        try:
            return _sre.compile(source, *hit)
        except Exception:  # noqa: BLE001 - any refusal means: compile it the ordinary way
            entries.pop(key, None)
    try:
        parsed = _parser.parse(source, int(flags))
        code = _compiler._code(parsed, int(flags))
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        # The code holds named int constants; plain ints are what marshal keeps and the engine reads.
        entry: _Entry = (int(flags) | parsed.state.flags, [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
        pattern = _sre.compile(source, *entry)
    except Exception:  # noqa: BLE001 - an engine whose internals moved: no cache, same result
        return re.compile(source, flags)
    entries[key] = entry
    _added = True
    return pattern


def save() -> None:
    """Write the patterns compiled this run for the next one. Best effort: a read-only data dir
    only costs speed."""
    global _added
    if not _added or _entries is None or _path is None:
        return
    try:
        data: Any = marshal.dumps(_entries)
        _path.parent.mkdir(parents=True, exist_ok=True)
        for old in _path.parent.glob("patterns-*.marshal"):
            if old != _path:
                old.unlink(missing_ok=True)
        tmp = _path.with_suffix(f".{os.getpid()}.tmp")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, _path)
        finally:
            tmp.unlink(missing_ok=True)
        _added = False
    except (OSError, ValueError):
        pass
