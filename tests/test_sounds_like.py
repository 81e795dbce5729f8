"""Every built-in criterion says what a strong answer sounds like; `rubrics validate` insists on it."""

from __future__ import annotations

import re
import shutil
import subprocess

from typer.testing import CliRunner

from mockpm import catalog
from mockpm.catalog import load_library
from mockpm.library_check import validate_paths
from mockpm.cli.app import app

JARGON = re.compile(r"\b[Ss]eeds?\b|\bBAD\b|\bGOOD\b")


def test_every_builtin_criterion_has_its_own_example():
    lib = load_library()
    crits = [c for r in lib.rubrics.values() for c in r.criteria]
    assert len(crits) > 200
    missing = [c.id for c in crits if not c.sounds_like]
    assert missing == []
    lines = [c.sounds_like for c in crits]
    assert len(set(lines)) == len(lines)  # one line per criterion, never a shared template


def test_candidate_facing_reasons_carry_no_internal_words():
    lib = load_library()
    leaks = [c.id for r in lib.rubrics.values() for c in r.criteria if JARGON.search(c.reason) or JARGON.search(c.sounds_like or "")]
    assert leaks == []


def test_validate_requires_the_example_for_builtin_rubrics_only(tmp_path, monkeypatch):
    root = tmp_path / "builtin"
    for part in ("rubrics", "scenarios", "samples"):
        shutil.copytree(catalog.builtin_root() / part, root / part)
    shutil.copy(catalog.builtin_root() / "seeds.yaml", root / "seeds.yaml")
    core = root / "rubrics" / "core.yaml"
    lines = core.read_text().splitlines(keepends=True)
    dropped = next(i for i, ln in enumerate(lines) if "sounds_like:" in ln)
    core.write_text("".join(lines[:dropped] + lines[dropped + 1:]))
    monkeypatch.setattr(catalog, "builtin_root", lambda: root)
    _, problems = validate_paths([])
    assert len(problems) == 1 and "core.yaml" in problems[0] and "sounds_like" in problems[0]
    r = CliRunner().invoke(app, ["rubrics", "validate"])
    assert r.exit_code != 0 and "sounds_like" in r.stderr + r.stdout
    # the same rubric as a user's file is fine without it
    user = tmp_path / "mine" / "rubrics"
    user.mkdir(parents=True)
    shutil.copy(core, user / "core.yaml")
    _, problems = validate_paths([user / "core.yaml"])
    assert problems == []


def test_installed_validate_passes_on_the_shipped_library():
    exe = shutil.which("mockpm")
    assert exe is not None
    p = subprocess.run([exe, "rubrics", "validate"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
