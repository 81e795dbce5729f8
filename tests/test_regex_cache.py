"""The compiled-pattern cache: same matches as re.compile, reused across runs, never answer text."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mockpm import regex_cache

MOCKPM = shutil.which("mockpm")

PATTERNS = [
    (r"\b(?:skip(?:ping)?|drop)\s+(?P<what>silent\s+mode|chart\s+review)\b", re.IGNORECASE),
    (r"(?<!\w)(\d{1,3})\s?%|\bfour\s+in\s+five\b", 0),
    (r"^(\w+)(\*?)$", re.MULTILINE),
]
TEXTS = ["We would Skip silent mode.", "catch 80 % or four in five", "alpha*\nbeta", "drop chart   review now"]


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch, isolated_home: Path):
    """Module state as a new process would have it, with this test's home."""
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_added", 0)
    monkeypatch.setattr(regex_cache.atexit, "register", lambda fn: None)
    return isolated_home


def _same_matches(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a.flags == b.flags and a.groups == b.groups and a.groupindex == b.groupindex
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


def test_cached_patterns_match_exactly_like_re_compile(fresh_cache: Path) -> None:
    for source, flags in PATTERNS:
        _same_matches(regex_cache.compile(source, flags), re.compile(source, flags))
    regex_cache._save()
    path = regex_cache._cache_file()
    assert path.is_file() and path.is_relative_to(fresh_cache)
    # A later run builds the same patterns from the file, without parsing them again.
    regex_cache._entries, regex_cache._added = None, 0
    for source, flags in PATTERNS:
        _same_matches(regex_cache.compile(source, flags), re.compile(source, flags))
    assert regex_cache._added == 0 and len(regex_cache._entries or {}) == len(PATTERNS)


def test_a_bad_pattern_still_raises_re_error(fresh_cache: Path) -> None:
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\x00" * 64, "flip"])
def test_a_damaged_cache_file_is_never_loaded(fresh_cache: Path, damage: bytes | str) -> None:
    source, flags = PATTERNS[0]
    regex_cache.compile(source, flags)
    regex_cache._save()
    path = regex_cache._cache_file()
    raw = path.read_bytes()
    # One flipped byte in the code is caught by the digest before the engine ever sees it.
    path.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0x40]) + raw[-4:] if damage == "flip" else damage)
    assert regex_cache._read(path) is None
    regex_cache._entries, regex_cache._added = None, 0
    _same_matches(regex_cache.compile(source, flags), re.compile(source, flags))
    assert regex_cache._added == 1  # parsed again, not taken from the file


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_cache_file_others_can_write_is_not_trusted(fresh_cache: Path) -> None:
    source, flags = PATTERNS[1]
    regex_cache.compile(source, flags)
    regex_cache._save()
    path = regex_cache._cache_file()
    assert path.stat().st_mode & 0o077 == 0  # written for this user only
    assert regex_cache._read(path) is not None
    path.chmod(0o666)  # as a file planted in a shared home would be
    assert regex_cache._read(path) is None


def test_a_tampered_entry_is_rebuilt_not_trusted(fresh_cache: Path) -> None:
    source, flags = PATTERNS[0]
    regex_cache.compile(source, flags)
    key = (source, int(flags))
    ff, code, groups, gi, ig = regex_cache._entries[key]
    regex_cache._entries[key] = (ff, regex_cache.pack([999999, *regex_cache.unpack(code)[1:]]), groups, gi, ig)  # invalid SRE code
    _same_matches(regex_cache.compile(source, flags), re.compile(source, flags))


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed")
def test_graded_answer_text_never_lands_in_the_cache(tmp_path: Path) -> None:
    """Whole process: two grades from a fresh home; the second reuses the file; no answer words in it."""
    home = tmp_path / "home"
    answer = tmp_path / "answer.md"
    marker = "Zyxwquorblex"
    answer.write_text(f"---\nscenario: sepsis-model\n---\nI would run silent mode for 8 weeks with {marker} review.\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")} | {"MOCKPM_HOME": str(home)}
    cmd = [MOCKPM, "grade", "--offline", "--json", str(answer)]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    files = list((home / "data" / "cache").glob("patterns-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 100_000
    stamp = files[0].stat().st_mtime_ns
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == second.returncode
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    a.pop("graded_at", None), b.pop("graded_at", None)
    assert a == b
    assert files[0].stat().st_mtime_ns == stamp  # nothing new to write: every pattern came from the file
    raw = files[0].read_bytes()
    assert marker.encode() not in raw and marker.lower().encode() not in raw
