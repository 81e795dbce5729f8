"""The lexicon's compiled patterns kept between runs: same matcher, any damage falls back."""

from __future__ import annotations

import marshal
import re

import pytest

from mockpm import pattern_cache
from mockpm import stance_lexicon as lex

TEXT = ("We would skip silent mode for now; subgroup checks are a nice-to-have and the vendor will "
        "report mortality later. Nothing goes live until chart review ends.")
SOURCES = [p for _, p in lex._FORWARD + lex._BACKWARD] + [r"(?P<verb>skip|defer)\s+(?P<what>\w+)"]


@pytest.fixture()
def fresh(monkeypatch, tmp_path):
    """The module as a new process sees it, with its cache under a temporary data dir."""
    monkeypatch.setenv("MOCKPM_HOME", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_path", None)
    monkeypatch.setattr(pattern_cache, "_added", False)
    return tmp_path


def restart(monkeypatch) -> None:
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_path", None)
    monkeypatch.setattr(pattern_cache, "_added", False)


def same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]
    assert [m.groupdict() for m in a.finditer(TEXT)] == [m.groupdict() for m in b.finditer(TEXT)]


def cache_files(home) -> list:
    return sorted((home / "data" / "cache").glob("patterns-*"))


def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(fresh, monkeypatch):
    first = [pattern_cache.compile(s, re.IGNORECASE) for s in SOURCES]
    pattern_cache.save()
    assert len(cache_files(fresh)) == 1
    restart(monkeypatch)
    again = [pattern_cache.compile(s, re.IGNORECASE) for s in SOURCES]
    assert pattern_cache._added is False  # every one came from the file
    for a, b, source in zip(first, again, SOURCES):
        same(a, re.compile(source, re.IGNORECASE))
        same(b, re.compile(source, re.IGNORECASE))


def test_library_use_writes_nothing_until_the_command_line_saves(fresh):
    pattern_cache.compile(r"\bskip\b")
    assert cache_files(fresh) == []


@pytest.mark.parametrize("damage", [b"not marshal at all", marshal.dumps(["a", "list"]),
                                    marshal.dumps({(r"\bskip\b", 0): (0, [1, 2, 3], 0, {}, ())})])
def test_a_damaged_cache_falls_back_to_compiling(fresh, monkeypatch, damage):
    pattern_cache.compile(r"\bskip\b")
    pattern_cache.save()
    cache_files(fresh)[0].write_bytes(damage)
    restart(monkeypatch)
    same(pattern_cache.compile(r"\bskip\b"), re.compile(r"\bskip\b"))


def test_an_unwritable_cache_costs_speed_only(fresh, monkeypatch):
    (fresh / "data").mkdir()
    (fresh / "data" / "cache").write_text("a file where the folder should be")
    same(pattern_cache.compile(r"\bdefer\b"), re.compile(r"\bdefer\b"))
    pattern_cache.save()  # no exception, nothing half-written
    assert not list((fresh / "data").glob("**/*.tmp"))


def test_the_installed_command_keeps_its_patterns_and_grades_the_same_from_them(tmp_path):
    import json
    import os
    import shutil
    import subprocess
    from pathlib import Path

    exe = shutil.which("mockpm")
    assert exe is not None, "install mockpm first: pip install -e ."
    answer = Path(__file__).resolve().parents[1] / "examples" / "answers" / "sepsis-strong.md"
    env = {**os.environ, "MOCKPM_HOME": str(tmp_path)}

    def grade() -> dict:
        out = subprocess.run([exe, "grade", "--offline", "--json", str(answer)], env=env,
                             capture_output=True, text=True, check=True).stdout
        report = json.loads(out)
        report.pop("graded_at")
        return report

    first = grade()
    assert len(cache_files(tmp_path)) == 1
    assert grade() == first
