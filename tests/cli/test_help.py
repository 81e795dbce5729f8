"""`--help` reads like a manual: readable metavars, whole descriptions, an example per command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from mockpm.cli.app import app

LEAVES = [
    ["grade"], ["practice"], ["batch"], ["calibrate"], ["eval"], ["scenarios", "list"], ["scenarios", "show"],
    ["rubrics", "validate"], ["history", "show"], ["history", "export"], ["judge", "check"], ["cache", "stats"],
    ["cache", "clear"], ["runs", "list"], ["runs", "show"], ["runs", "export"], ["runs", "rm"], ["runs", "diff"],
    ["report"],
]
GROUPS = [[], ["scenarios"], ["rubrics"], ["history"], ["judge"], ["cache"]]
PYTHON_TYPES = re.compile(r"<[a-z][\w\[\], |]*>|\{[A-Z]")
MOCKPM = shutil.which("mockpm")


def _help(args: list[str]) -> str:
    r = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize("args", LEAVES, ids=" ".join)
def test_every_command_has_readable_metavars_and_an_example(args):
    out = _help(args)
    assert not PYTHON_TYPES.search(out), PYTHON_TYPES.search(out).group(0)
    assert "range>" not in out and "x<=" not in out
    examples = out.split("Examples:", 1)[1]
    assert f"mockpm {' '.join(args)}" in examples
    # an argument is listed as the usage line names it (PATHS..., not paths...)
    if "Arguments:" in out:
        listed = out.split("Arguments:", 1)[1].split("Options:", 1)[0]
        names = [ln.split()[0] for ln in listed.splitlines() if ln.startswith("  ") and not ln.startswith("     ")]
        usage = out.split("\n", 1)[0]
        assert names and all(n.split(".")[0].isupper() for n in names), names
        assert all(n in usage for n in names), (names, usage)


@pytest.mark.parametrize("args", GROUPS, ids=lambda a: " ".join(a) or "mockpm")
def test_command_lists_are_not_cut_short(args):
    listing = _help(args).split("Commands:", 1)[1].split("Examples:")[0]
    assert not re.search(r"\S\.\.\.\s*$", listing, re.MULTILINE), listing


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_installed_help_shows_file_and_score():
    p = subprocess.run([MOCKPM, "grade", "--help"], capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"})
    assert p.returncode == 0
    assert "Usage: mockpm grade [OPTIONS] FILE...\n" in p.stdout
    assert "--fail-under SCORE" in p.stdout and "<list[Path]>" not in p.stdout and "<float range>" not in p.stdout


@pytest.mark.parametrize("args", [leaf for leaf in LEAVES] + [g for g in GROUPS if g])
def test_a_run_that_names_its_command_builds_the_same_command(args):
    """main() builds only the command a run names; its help is the full app's, word for word."""
    from mockpm.cli.app import build

    only = build(only=args[0])
    r = CliRunner().invoke(only, [*args, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert r.exit_code == 0, r.output
    assert r.stdout == _help(args)
    # ... and nothing else: another command is unknown there
    other = "eval" if args[0] != "eval" else "grade"
    assert CliRunner().invoke(only, [other, "--help"]).exit_code != 0
