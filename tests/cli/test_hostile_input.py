"""Files written by strangers, through `mockpm` in-process (CliRunner) and the installed command:
bounded parsing, regexes that cannot hang grading, and no control of the terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minilib import CORE, STRONG, answer_file, write_minilib
from mockpm.cli.app import app
from test_answers import laughs_front_matter

MOCKPM = shutil.which("mockpm")
runner = CliRunner()
needs_script = pytest.mark.skipif(MOCKPM is None, reason="the mockpm console script is not installed")
ESC_NAME = '"Ann\\e[2J\\e]0;pwned\\a Lee"'  # YAML escapes: ESC [2J, ESC ]0;pwned BEL
SLOW = r"re:\bq(?:a|aa)+$"


def run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MOCKPM_"))}
    env.update(MOCKPM_HOME=str(home), NO_COLOR="1")
    return subprocess.run([MOCKPM, *args], env=env, capture_output=True, text=True, timeout=60)


def one_line_error(stderr: str) -> str:
    lines = [x for x in stderr.splitlines() if not x.startswith("mockpm: no OPENAI_API_KEY")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return write_minilib(tmp_path / "lib")


def _rubric_lib(tmp_path: Path, term: str) -> Path:
    root = write_minilib(tmp_path / "lib")
    (root / "rubrics" / "mini-core.yaml").write_text(CORE.replace('any: [HIPAA, FDA, SaMD, "510(k)"]', f"any: [HIPAA, '{term}']"))
    return root


# ------------------------------------------------------------------ parsing limits


def test_billion_laughs_front_matter_is_one_line_exit_3(tmp_path: Path, lib: Path) -> None:
    f = tmp_path / "laughs.md"
    f.write_text(laughs_front_matter())
    r = runner.invoke(app, ["grade", str(f), "--library", str(lib)])
    assert r.exit_code == 3 and "aliases" in r.stderr


@needs_script
def test_installed_billion_laughs_and_duplicate_key(tmp_path: Path, lib: Path) -> None:
    f = tmp_path / "laughs.md"
    f.write_text(laughs_front_matter())
    p = run(["grade", str(f), "--library", str(lib)], tmp_path / "home")
    assert p.returncode == 3 and f"{f}:3:" in one_line_error(p.stderr) and "aliases" in p.stderr
    g = tmp_path / "dup.md"
    g.write_text(f"---\nscenario: mini-sepsis\ncandidate: A\nscenario: other\n---\n{STRONG}\n")
    p = run(["grade", str(g), "--library", str(lib)], tmp_path / "home")
    assert p.returncode == 3 and f"{g}:4: duplicate front matter key 'scenario'" in one_line_error(p.stderr)


@needs_script
def test_installed_batch_names_bad_csv_lines_and_keeps_the_good_rows(tmp_path: Path, lib: Path) -> None:
    body = STRONG.replace("\n", " ")
    dup = tmp_path / "dup.csv"
    dup.write_text(f'candidate,scenario,answer,answer\nA,mini-sepsis,"{body}",x\n')
    quote = tmp_path / "quote.csv"
    quote.write_text(f'candidate,scenario,answer\nA,mini-sepsis,"{body}"\nB,mini-sepsis,"never closed\nC,mini-sepsis,{body}\n')
    for args in (["--out", str(tmp_path / "r.csv")], []):
        r = runner.invoke(app, ["batch", str(dup), str(quote), "--offline", "--library", str(lib), "--fresh", *args])
        assert r.exit_code == 7
    p = run(["batch", str(dup), str(quote), "--offline", "--library", str(lib), "--out", str(tmp_path / "r.csv")],
            tmp_path / "home")
    assert p.returncode == 7, p.stderr
    out = p.stdout + p.stderr
    assert f"{dup}:1: duplicate column 'answer'" in out
    assert f"{quote}:3: a quoted cell starting in this row is not closed" in out
    assert (tmp_path / "r.csv").read_text().count("mini-sepsis") >= 1  # row A still graded


# ------------------------------------------------------------------ regexes


def test_validate_rejects_a_nested_quantifier(tmp_path: Path) -> None:
    root = _rubric_lib(tmp_path, "re:(a+)+$")
    r = runner.invoke(app, ["rubrics", "validate", str(root)])
    assert r.exit_code == 4 and "exponential" in r.output


@needs_script
def test_installed_hostile_regex_is_refused_fast_not_run(tmp_path: Path) -> None:
    root = _rubric_lib(tmp_path, "re:(a+)+$")
    p = run(["rubrics", "validate", str(root)], tmp_path / "home")
    assert p.returncode == 4 and "(a+)+$" in p.stdout + p.stderr
    f = answer_file(tmp_path / "a.md", "a" * 30 + "!")
    p = run(["grade", str(f), "--library", str(root)], tmp_path / "home")  # 60 s timeout in run()
    assert p.returncode == 4 and "exponential" in one_line_error(p.stderr)


PATTERN_ALPHABET = [r"re:(x|xx)+$", r"re:(.*?,){30}z", r"re:(x{1,30}){1,30}$"]


@pytest.mark.parametrize("term", PATTERN_ALPHABET)
def test_validate_rejects_blowups_outside_a_fixed_probe_alphabet(tmp_path: Path, term: str) -> None:
    root = _rubric_lib(tmp_path, term)
    r = runner.invoke(app, ["rubrics", "validate", str(root)])
    assert r.exit_code == 4 and ("exponential" in r.output or "backtracking" in r.output), r.output


@needs_script
def test_installed_validate_rejects_blowups_outside_a_fixed_probe_alphabet(tmp_path: Path) -> None:
    for i, term in enumerate(PATTERN_ALPHABET):
        root = _rubric_lib(tmp_path / str(i), term)
        p = run(["rubrics", "validate", str(root)], tmp_path / "home")
        assert p.returncode == 4 and term[3:] in p.stdout + p.stderr, p.stdout + p.stderr


@needs_script
def test_installed_regex_that_times_out_leaves_its_criterion_unscored(tmp_path: Path) -> None:
    root = _rubric_lib(tmp_path, SLOW)
    f = answer_file(tmp_path / "a.md", STRONG + "\n\nq" + "a" * 60 + "!")
    p = run(["grade", str(f), "--library", str(root), "--json"], tmp_path / "home")
    assert p.returncode == 6, p.stderr  # incomplete, not a verdict
    import json

    doc = json.loads(p.stdout)
    crit = next(c for c in doc["criteria"] if c["id"] == "mini-core.regulatory")
    assert crit["met"] is None and "unscored: a rubric regex ran out of time" in crit["flags"]
    assert any(fl["code"] == "regex_timeout" for fl in doc["flags"])


# ------------------------------------------------------------------ terminal


def test_escape_sequences_in_a_name_never_reach_the_terminal(tmp_path: Path, lib: Path) -> None:
    f = answer_file(tmp_path / "a.md", STRONG, candidate=ESC_NAME)
    r = runner.invoke(app, ["grade", str(f), "--library", str(lib)])
    assert r.exit_code == 0 and "Ann" in r.stdout and "\x1b" not in r.stdout + r.stderr


@needs_script
def test_installed_grade_and_batch_print_no_raw_escape(tmp_path: Path, lib: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    f = answer_file(folder / "a.md", STRONG + "\n\x1b[31mred\x1b[0m \x9b2J", candidate=ESC_NAME)
    rows = tmp_path / "rows.csv"
    rows.write_text(f'candidate,scenario,answer\n"Bo\x1b[2J\x1b]0;pwned\x07 Ng",mini-sepsis,"{STRONG}"\n')
    for args in (["grade", str(f)], ["grade", str(f), "--format", "markdown"], ["batch", str(folder), "--offline"],
                 ["batch", str(rows), "--offline"]):
        p = run([*args, "--library", str(lib)], tmp_path / "home")
        assert p.returncode == 0, p.stderr
        assert ("Ann" in p.stdout or "Bo" in p.stdout) and "\x1b" not in p.stdout + p.stderr and "\x9b" not in p.stdout + p.stderr


@needs_script
def test_installed_library_yaml_aliases_and_duplicates_are_named_by_line(tmp_path: Path) -> None:
    root = write_minilib(tmp_path / "lib")
    rubric = root / "rubrics" / "mini-core.yaml"
    rubric.write_text(CORE.replace("title: Mini core", "title: &t Mini core\ntitle: *t"))
    p = run(["rubrics", "validate", str(rubric), "--library", str(root)], tmp_path / "home")
    assert p.returncode == 4 and f"{rubric}:2:" in p.stdout + p.stderr and "aliases" in p.stdout + p.stderr
    rubric.write_text(CORE.replace("title: Mini core", "title: Mini core\ntitle: Again"))
    p = run(["rubrics", "validate", str(rubric), "--library", str(root)], tmp_path / "home")
    assert p.returncode == 4 and f"{rubric}:3: duplicate key 'title'" in p.stdout + p.stderr


@needs_script
def test_installed_scenario_titles_and_error_lines_print_no_raw_escape(tmp_path: Path) -> None:
    root = write_minilib(tmp_path / "lib")
    scenario = root / "scenarios" / "mini-sepsis.yaml"
    scenario.write_text(scenario.read_text().replace("title: Mini sepsis launch bar", 'title: "Mini\\e[2J sepsis\\e]0;pwned\\a bar"'))
    for args in (["scenarios", "list"], ["scenarios", "show", "mini-sepsis"]):
        p = run([*args, "--library", str(root)], tmp_path / "home")
        assert p.returncode == 0, p.stderr
        assert "sepsis" in p.stdout and "\x1b" not in p.stdout + p.stderr
    p = run(["grade", str(tmp_path / "no\x1b[2Jsuch.md"), "--library", str(root)], tmp_path / "home")
    assert p.returncode == 3 and "such.md" in p.stderr and "\x1b" not in p.stderr
