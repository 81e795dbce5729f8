"""`mockpm scenarios list|show`, `mockpm rubrics validate`, `mockpm --version`."""

from __future__ import annotations

import os
import json
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from minilib import CORE, write_minilib
from mockpm import __version__
from mockpm.cli.app import app

runner = CliRunner()
REQUIRED = {
    "sepsis-model", "clinical-trial-pipeline", "telehealth-roadmap", "medication-adherence", "clinician-pushback",
    "ehr-documentation-change", "imaging-ai-risk-tiering", "mental-health-chatbot-regulation",
    "appointment-reminders-equity", "quality-reporting-data-change", "speed-vs-safety", "ehr-diagnostic-ai",
}


def invoke(*args):
    return runner.invoke(app, list(args))


def test_version():
    r = invoke("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"mockpm {__version__}"


def test_scenarios_list_json_has_required_ids():
    r = invoke("scenarios", "list", "--json")
    assert r.exit_code == 0, r.output
    ids = {row["id"] for row in json.loads(r.stdout)}
    assert REQUIRED <= ids and len(ids) >= 12


def test_scenarios_list_round_filter():
    rows = json.loads(invoke("scenarios", "list", "--round", "behavioral", "--json").stdout)
    assert rows and all(row["round"] == "behavioral" for row in rows)
    bad = invoke("scenarios", "list", "--round", "lunch")
    assert bad.exit_code == 2 and "use one of" in bad.stderr


def test_scenarios_list_table():
    r = invoke("scenarios", "list")
    assert "sepsis-model" in r.stdout


def test_scenarios_show_json_lists_criteria_with_points():
    doc = json.loads(invoke("scenarios", "show", "sepsis-model", "--json").stdout)
    assert doc["question"] and 2 <= len(doc["follow_ups"]) <= 4
    assert any(c["points"] < 0 for c in doc["criteria"]) and any(c["points"] > 0 for c in doc["criteria"])
    assert all({"id", "axis", "points", "statement", "seed", "reason"} <= set(c) for c in doc["criteria"])


def test_scenarios_show_terminal_and_unknown():
    r = invoke("scenarios", "show", "sepsis-model")
    assert "Follow-ups" in r.stdout and "Graded on" in r.stdout
    bad = invoke("scenarios", "show", "sepsis")
    assert bad.exit_code == 2 and "sepsis-model" in bad.stderr


def test_rubrics_validate_builtin_ok():
    r = invoke("rubrics", "validate")
    assert r.exit_code == 0, r.stdout
    assert "OK" in r.stderr


def test_rubrics_validate_reports_every_problem(tmp_path):
    root = write_minilib(tmp_path / "lib")
    bad = root / "rubrics" / "mini-core.yaml"
    bad.write_text(CORE.replace("axis: regulatory", "axis: law").replace("    statement: Frames", "    statment: Frames"))
    r = invoke("rubrics", "validate", str(bad), "--library", str(root))
    assert r.exit_code == 4
    lines = r.stdout.strip().splitlines()
    assert len(lines) >= 2 and all(line.startswith(str(bad) + ":") for line in lines)


def test_rubrics_validate_folder(tmp_path):
    root = write_minilib(tmp_path / "lib")
    r = invoke("rubrics", "validate", str(root))
    assert r.exit_code == 0, r.stdout


def test_broken_user_library_is_exit_4(tmp_path):
    root = write_minilib(tmp_path / "lib")
    (root / "rubrics" / "mini-core.yaml").write_text("id: [broken\n")
    r = invoke("scenarios", "list", "--library", str(root))
    assert r.exit_code == 4 and "mini-core.yaml:" in r.stderr


MOCKPM = shutil.which("mockpm")


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_installed_commands(tmp_path):
    v = subprocess.run([MOCKPM, "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert v.returncode == 0 and __version__ in v.stdout
    s = subprocess.run([MOCKPM, "scenarios", "list", "--json"], capture_output=True, text=True, cwd=tmp_path)
    assert REQUIRED <= {row["id"] for row in json.loads(s.stdout)}


def test_show_sample_answers_of_a_kind_with_their_label_and_no_raw_escapes(tmp_path):
    from typer.testing import CliRunner

    from mockpm.cli.app import app

    lib = tmp_path / "lib"
    (lib / "samples").mkdir(parents=True)
    (lib / "samples" / "x.yaml").write_text(
        "scenario: sepsis-model\nanswers:\n"
        "  - id: x.strong\n    kind: strong\n    label: 5\n    why: a clear bar\n"
        "    text: \"We run silent mode for eight weeks.\\x1b]0;owned\\x07\\x1b[2J Then one ward.\"\n"
    )
    r = CliRunner().invoke(app, ["scenarios", "show", "sepsis-model", "--sample", "strong", "--library", str(lib)])
    assert r.exit_code == 0, r.output
    assert "rated 5/5" in r.stdout and "silent mode" in r.stdout and "\x1b" not in r.stdout
    bad = CliRunner().invoke(app, ["scenarios", "show", "sepsis-model", "--sample", "stronk"])
    assert bad.exit_code == 2 and "unknown sample kind" in bad.output


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_installed_sample_reads_as_an_answer_with_headings_apart_and_no_ids(tmp_path):
    p = subprocess.run([MOCKPM, "scenarios", "show", "sepsis-model", "--sample", "strong"],
                       capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "COLUMNS": "80"})
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0].strip() == "A strong sample answer · rated 5/5"
    assert "sepsis-model.dev" not in p.stdout and "**" not in p.stdout
    # the bold heading stands on its own line, not run into the sentence after it
    heading = next(ln for ln in lines if "is the 0.86 honest?" in ln)
    assert heading.strip().endswith("is the 0.86 honest?")
    why = next(x for x in _samples("sepsis-model") if x["kind"] == "strong")["why"]
    assert why.split()[-1] in p.stdout  # the whole caption, not cut
    for kind in ("echo", "grader-directed", "long-generic"):
        bad = subprocess.run([MOCKPM, "scenarios", "show", "sepsis-model", "--sample", kind],
                             capture_output=True, text=True, cwd=tmp_path)
        assert bad.returncode == 2 and "use one of: strong, good, weak" in bad.stderr


def _samples(scenario: str) -> list[dict]:
    import yaml

    from mockpm.catalog import builtin_root

    return yaml.safe_load((builtin_root() / "samples" / f"{scenario}.dev.yaml").read_text())["answers"]


def test_rubrics_validate_missing_path_is_a_usage_error(tmp_path):
    missing = tmp_path / "no-such-rubric.yaml"
    r = invoke("rubrics", "validate", str(missing))
    assert r.exit_code == 2 and f"{missing}: no such file or folder" in r.stderr
    exe = shutil.which("mockpm")
    if exe is None:
        return
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MOCKPM_"))}
    env["MOCKPM_HOME"] = str(tmp_path / "home")
    p = subprocess.run([exe, "rubrics", "validate", str(missing)], env=env, capture_output=True, text=True, timeout=60)
    lines = p.stderr.strip().splitlines()
    assert p.returncode == 2 and len(lines) == 1 and "no such file or folder" in lines[0] and "Traceback" not in p.stderr
