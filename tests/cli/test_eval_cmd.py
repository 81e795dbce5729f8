"""`mockpm eval` on a user library: CliRunner and the installed entry point."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from minilib import STRONG, WEAK, write_minilib
from mockpm.cli.app import app

runner = CliRunner()


def samples_file(lib, weak_label: int, spearman: float | None = None):
    def entry(sid, kind, label, why, text):
        body = "\n".join("      " + line for line in text.strip().splitlines())
        return f"  - id: {sid}\n    kind: {kind}\n    label: {label}\n    why: {why}\n    text: |\n{body}\n"

    doc = "scenario: mini-sepsis\nsplit: heldout\n"
    if spearman is not None:
        doc += f"thresholds:\n  spearman: {spearman}\n"
    doc += "answers:\n"
    doc += entry("mini.strong", "strong", 5, "clinical bar, silent mode, FDA status", STRONG)
    doc += entry("mini.weak", "weak", weak_label, "accuracy and growth talk", WEAK)
    doc += entry("mini.mid", "mixed", 3, "somewhere between", STRONG.split(".")[0] + ". " + WEAK)
    (lib / "samples").mkdir(exist_ok=True)
    (lib / "samples" / "mini.yaml").write_text(doc)


@pytest.fixture
def lib(tmp_path):
    return write_minilib(tmp_path / "lib")


def test_labels_that_agree_pass_and_disagreeing_ones_fail(lib):
    samples_file(lib, weak_label=1)
    ok = runner.invoke(app, ["eval", "--library", str(lib), "--json"])
    doc = json.loads(ok.stdout)
    assert doc["scenarios"][0]["name"] == "mini-sepsis" and doc["overall"]["n"] == 3
    assert doc["scenarios"][0]["spearman"] > 0.5
    samples_file(lib, weak_label=5)  # the labels now say the weak answer is the best
    bad = runner.invoke(app, ["eval", "--library", str(lib), "--json"])
    assert bad.exit_code == 1 and not json.loads(bad.stdout)["passed"]


def test_a_kind_of_ones_own_is_counted_as_declared_and_an_undeclared_one_is_a_clear_error(lib):
    samples_file(lib, weak_label=1)
    path = lib / "samples" / "mini.yaml"
    mine = path.read_text().replace("kind: weak\n", "kind: vendor-says-so\n    attack: true\n")
    path.write_text(mine)
    doc = json.loads(runner.invoke(app, ["eval", "--library", str(lib), "--json"]).stdout)
    assert doc["overall"]["adversarial"] == 1
    assert [r["role"] for r in doc["results"] if r["id"] == "mini.weak"] == ["attack"]
    path.write_text(mine.replace("    attack: true\n", ""))
    bad = runner.invoke(app, ["eval", "--library", str(lib), "--json"])
    assert bad.exit_code == 4 and "unknown kind 'vendor-says-so'" in bad.output and "Traceback" not in bad.output


def test_terminal_report_and_split_filter(lib):
    samples_file(lib, weak_label=1, spearman=-1.0)
    r = runner.invoke(app, ["eval", "--library", str(lib), "--split", "heldout", "--worst", "2"])
    assert "mini-sepsis" in r.stdout and "overall" in r.stdout and "Furthest from their labels" in r.stdout
    none = runner.invoke(app, ["eval", "--library", str(lib), "--split", "dev"])
    assert none.exit_code == 2 and "no labelled samples" in none.output


def test_installed_command_evaluates_the_builtin_library():
    exe = shutil.which("mockpm")
    if exe is None:
        pytest.skip("mockpm is not installed on PATH")
    r = subprocess.run([exe, "eval", "--scenario", "sepsis-model", "--json"], capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 1), r.stderr
    doc = json.loads(r.stdout)
    assert doc["scenarios"][0]["name"] == "sepsis-model" and doc["overall"]["n"] >= 8
    assert "Traceback" not in r.stderr
