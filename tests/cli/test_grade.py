"""`mockpm grade`, in-process (CliRunner) and through the installed entry point."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from minilib import STRONG, WEAK, answer_file, write_minilib
from mockpm.cli.app import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args))


@pytest.fixture
def lib(tmp_path):
    return write_minilib(tmp_path / "lib")


def test_json_one_file_is_one_object(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", STRONG, candidate="Ana Ruiz")
    r = invoke("grade", str(f), "--json", "--library", str(lib))
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["scenario"] == "mini-sepsis" and doc["candidate"] == "Ana Ruiz" and doc["file"] == str(f)
    assert 0 <= doc["score"] <= 100 and doc["band"]
    assert doc["judge"]["mode"] == "offline" and "model" in doc["judge"]
    crit = doc["criteria"][0]
    assert {"id", "axis", "points", "met", "evidence"} <= set(crit)
    assert set(doc["axes"]) and "flags" in doc


def test_json_several_files_is_an_array(tmp_path, lib):
    a = answer_file(tmp_path / "a.md", STRONG)
    b = answer_file(tmp_path / "b.md", WEAK)
    r = invoke("grade", str(a), str(b), "--format", "json", "--library", str(lib))
    docs = json.loads(r.stdout)
    assert [d["file"] for d in docs] == [str(a), str(b)]
    assert docs[0]["score"] > docs[1]["score"]


def test_scenario_flag_wins_over_front_matter(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", STRONG, scenario="sepsis-model")
    r = invoke("grade", str(f), "--scenario", "mini-sepsis", "--json", "--library", str(lib))
    assert json.loads(r.stdout)["scenario"] == "mini-sepsis"


def test_fail_under(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", WEAK)
    assert invoke("grade", str(f), "--fail-under", "50", "--library", str(lib)).exit_code == 1
    g = answer_file(tmp_path / "b.md", STRONG)
    assert invoke("grade", str(g), "--fail-under", "50", "--library", str(lib)).exit_code == 0


def test_terminal_report_explains(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", WEAK)
    r = invoke("grade", str(f), "--library", str(lib))
    out = r.stdout
    assert "Strong No Hire" in out
    assert "red flag" in out and "Fix these first" in out
    assert "Engagement framing misses clinical risk." in out.replace("\n", " ").replace("  ", " ") or "Engagement framing" in out


def test_markdown_format(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", STRONG)
    r = invoke("grade", str(f), "--format", "markdown", "--library", str(lib))
    assert r.stdout.startswith("# Mini sepsis launch bar") and "| met |" in r.stdout


@pytest.mark.parametrize(
    "make,code,needle",
    [
        (lambda d: [str(d / "nope.md")], 3, "no such file"),
        (lambda d: [str(d)], 3, "is a directory"),
        (lambda d: [str(answer_file(d / "x.md", STRONG, scenario=None))], 2, "no scenario given"),
        (lambda d: [str(answer_file(d / "x.md", STRONG, scenario="mini-sepsiss"))], 2, "did you mean mini-sepsis"),
        (lambda d: [str(answer_file(d / "x.md", STRONG)), "--fail-under", "abc"], 2, "fail-under"),
    ],
)
def test_bad_input_one_line_error(tmp_path, lib, make, code, needle):
    r = invoke("grade", *make(tmp_path), "--library", str(lib))
    assert r.exit_code == code, r.output
    assert needle in r.stderr
    assert "Traceback" not in r.output and r.stdout == ""


def test_offline_notice_on_stderr_only(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", STRONG)
    r = invoke("grade", str(f), "--json", "--library", str(lib))
    json.loads(r.stdout)  # nothing but JSON on stdout
    assert "offline" in r.stderr


MOCKPM = shutil.which("mockpm")


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_installed_entry_point(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", STRONG)
    p = subprocess.run([MOCKPM, "grade", str(f), "--json", "--library", str(lib)], capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["band"] == "Strong Hire"
    bad = subprocess.run([MOCKPM, "grade", str(tmp_path / "missing.md")], capture_output=True, text=True, cwd=tmp_path)
    assert bad.returncode == 3 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
@pytest.mark.parametrize(
    "args,needle",
    [
        (["--fail-under", "abc"], "--fail-under"),
        (["--bogus"], "No such option: --bogus"),
        (["--scenario", "mini-sepsiss"], "did you mean mini-sepsis"),
    ],
)
def test_installed_usage_errors_are_one_line(tmp_path, lib, args, needle):
    f = answer_file(tmp_path / "a.md", STRONG)
    p = subprocess.run([MOCKPM, "grade", str(f), "--library", str(lib), *args], capture_output=True, text=True, cwd=tmp_path)
    errors = [line for line in p.stderr.splitlines() if "grading offline" not in line]
    assert p.returncode == 2 and len(errors) == 1 and needle in errors[0], p.stderr
    assert p.stdout == "" and "Traceback" not in p.stderr


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_unknown_scenario_names_the_file(tmp_path, lib):
    f = answer_file(tmp_path / "a.md", STRONG, scenario="mini-sepsiss")
    p = subprocess.run([MOCKPM, "grade", str(f), "--library", str(lib)], capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 2 and f"{f}: unknown scenario" in p.stderr


def test_reports_show_raw_points_beside_the_clipped_score(tmp_path, lib):
    f = answer_file(tmp_path / "w.md", WEAK)
    md = invoke("grade", str(f), "--format", "markdown", "--offline", "--library", str(lib))
    assert md.exit_code == 0 and " points" in md.stdout and "**Score:** 0/100" in md.stdout
    doc = json.loads(invoke("grade", str(f), "--json", "--offline", "--library", str(lib)).stdout)
    assert doc["score"] == 0 and doc["raw_points"] < 0 < doc["possible_points"]


def test_installed_json_criteria_carry_source_title_and_example(tmp_path, examples):
    exe = shutil.which("mockpm")
    assert exe is not None
    p = subprocess.run([exe, "grade", str(examples / "sepsis-weak.md"), "--offline", "--json"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    from mockpm.catalog import load_library

    lib = load_library()
    for c in json.loads(p.stdout)["criteria"]:
        assert c["seed"] and c["source_title"] == lib.seeds[c["seed"]].title  # seed kept for compatibility
        assert c["sounds_like"] == " ".join(lib.criterion_index[c["id"]].sounds_like.split())
