"""`mockpm practice` with piped stdin and `mockpm history`, in-process."""

from __future__ import annotations

import csv
import io
import json
import re
import sys

import pytest
from typer.testing import CliRunner

from mockpm.cli.app import app
from practice.practice_lib import EQUITY, SEPSIS, SEPSIS_FOLLOWUP, SEPSIS_MAIN, write_library

runner = CliRunner()


@pytest.fixture(autouse=True)
def only_test_library(tmp_path, monkeypatch):
    # The bundled library changes independently and takes a second to parse on every command.
    empty = tmp_path / "no-builtin"
    empty.mkdir()
    monkeypatch.setattr("mockpm.catalog.builtin_root", lambda: empty)


@pytest.fixture
def lib(tmp_path):
    return str(write_library(tmp_path / "lib"))


def invoke(*args, input=None):  # noqa: A002
    return runner.invoke(app, [str(a) for a in args], input=input)


def practise(lib, answers: str = f"{SEPSIS_MAIN}\n%%\n{SEPSIS_FOLLOWUP}\n", *extra):
    r = invoke("practice", SEPSIS, "--library", lib, *extra, input=answers)
    assert r.exit_code == 0, r.output
    return r


def session_ids() -> list[str]:
    return [s["id"] for s in json.loads(invoke("history", "--json").stdout)["sessions"]]


def test_empty_history_is_friendly():
    r = invoke("history")
    assert r.exit_code == 0
    assert "No practice sessions yet" in r.stdout
    r = invoke("history", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["sessions"] == []


def test_piped_practice_grades_and_records(lib):
    r = practise(lib)
    assert "/100" in r.stdout and "What to practise next" in r.stdout
    assert "Follow-up 1 of 2" in r.stdout and "Follow-up 2 of 2" in r.stdout
    assert "Transcript saved" in r.stderr and "Transcript saved" not in r.stdout
    [sid] = session_ids()
    shown = json.loads(invoke("history", "show", sid, "--json").stdout)
    met = {c["id"]: c["met"] for c in shown["criteria"]}
    assert met["zz-sepsis.escalation"] is True  # from the follow-up answer after %%
    assert met["zz-core.regulatory"] is False  # "FDA" and "HIPAA" appear only in the question


def test_history_views_after_two_sessions(lib, tmp_path):
    practise(lib)
    practise(lib, SEPSIS_MAIN + "\nWe check FDA status and HIPAA.\n")
    ids = session_ids()
    assert len(ids) == 2

    r = invoke("history", "--library", lib)
    assert r.exit_code == 0
    assert "2 practice sessions" in r.stdout and "overall score" in r.stdout
    assert "▁█" in r.stdout  # regulatory went from 0 to 100
    assert EQUITY in r.stdout.split("Never tried:")[1]
    assert max(len(line) for line in r.stdout.splitlines()) <= 80

    data = json.loads(invoke("history", "--json", "--library", lib).stdout)
    assert data["axis_trends"]["regulatory"]["values"] == [0.0, 100.0]
    assert EQUITY in data["never_tried"] and SEPSIS not in data["never_tried"]

    # A unique prefix: two sessions in the same second share the timestamp part of their ids.
    prefix = next(ids[1][:n] for n in range(17, len(ids[1]) + 1) if not ids[0].startswith(ids[1][:n]))
    r = invoke("history", "show", prefix)
    assert r.exit_code == 0 and "Sepsis alert launch drill" in r.stdout and "Transcript:" in r.stdout

    r = invoke("history", "export")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["id"] for row in rows] == ids
    out = tmp_path / "h.csv"
    r = invoke("history", "export", "--out", out)
    assert r.exit_code == 0 and out.read_text() == invoke("history", "export").stdout


def test_history_show_unknown_id():
    r = invoke("history", "show", "nope")
    assert r.exit_code == 2 and "no practice session 'nope'" in r.stderr


def test_unknown_scenario_suggests_a_close_one(lib):
    r = invoke("practice", "zz-sepsis-dril", "--library", lib, input="x")
    assert r.exit_code == 2
    assert "unknown scenario" in r.stderr and SEPSIS in r.stderr


@pytest.mark.parametrize("args", [["--minutes", "0"], ["--minutes", "5", "--no-timer"], ["--round", "brunch", "--random"]])
def test_bad_options_are_rejected(lib, args):
    r = invoke("practice", *args, "--library", lib, input="x")
    assert r.exit_code == 2, r.output


def test_piped_without_a_scenario_needs_one(lib):
    r = invoke("practice", "--library", lib, input=SEPSIS_MAIN)
    assert r.exit_code == 2 and "--random" in r.stderr


def test_empty_stdin_is_an_input_error(lib):
    r = invoke("practice", SEPSIS, "--library", lib, input="")
    assert r.exit_code == 3 and "no answer on stdin" in r.stderr
    assert session_ids() == []
    assert invoke("practice", "--resume").exit_code == 2  # nothing typed, so no draft left behind


def test_random_with_round(lib):
    r = invoke("practice", "--random", "--round", "case-study", "--library", lib, input="I would segment reminders.")
    assert r.exit_code == 0, r.output
    assert "Appointment reminder equity drill" in r.stdout  # the only case-study scenario


def test_resume_without_a_draft():
    r = invoke("practice", "--resume")
    assert r.exit_code == 2 and "no unfinished practice session" in r.stderr


def test_resume_finishes_a_saved_draft(lib):
    from mockpm.catalog import load_library
    from mockpm.practice import drafts, session

    scenario = load_library([lib]).scenario(SEPSIS)
    state = session.new_state(scenario, library=[lib], minutes=4)
    state.turns[0].answer = SEPSIS_MAIN
    state.elapsed_seconds = 200
    drafts.save(state)

    r = invoke("practice", "--resume", EQUITY)
    assert r.exit_code == 2 and "is for" in r.stderr

    # No --library: the draft remembers it. Piped text continues the unfinished answer.
    r = invoke("practice", "--resume", input="Nurses can override it.\n%%\n\n")
    assert r.exit_code == 0, r.output
    assert "resuming session" in r.stderr
    [sid] = session_ids()
    assert sid == state.id
    shown = json.loads(invoke("history", "show", sid, "--json").stdout)
    assert {c["id"]: c["met"] for c in shown["criteria"]}["zz-sepsis.escalation"] is True
    assert "Time taken: 3:20 of 4:00" in r.stdout
    assert drafts.latest() is None


def test_editor_answer_reads_what_the_editor_saved(lib, monkeypatch):
    from rich.console import Console

    from mockpm.practice import drafts
    from mockpm.practice.editor import editor_command
    from mockpm.practice.state import Clock, Turn
    from mockpm.practice.ui import TerminalUI

    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    from mockpm.errors import UsageError

    with pytest.raises(UsageError, match="EDITOR"):
        editor_command()
    script = "import sys; open(sys.argv[1], 'a').write('typed in the editor')"
    monkeypatch.setenv("EDITOR", f"{sys.executable} -c \"{script}\"")
    ui = TerminalUI(Console(file=io.StringIO()), Console(file=io.StringIO()), editor=True, piped=False)
    ui._session_id = "s1"
    saved: list[str] = []
    text = ui.answer(Turn(kind="question", question="What would you do?", answer="draft so far "), Clock(0, 5), saved.append)
    assert text == "draft so far\ntyped in the editor"
    assert saved == [text]
    assert not drafts.editor_path("s1").exists()  # answered: the editor file is gone


def test_candidate_from_flag_or_config(lib, isolated_home):
    practise(lib, f"{SEPSIS_MAIN}\n", "--candidate", "Ana Ruiz")
    cfg = isolated_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text('[practice]\ncandidate = "Bo Chen"\n')
    practise(lib, f"{SEPSIS_MAIN}\n")
    names = [json.loads(invoke("history", "show", sid, "--json").stdout)["candidate"] for sid in session_ids()]
    assert names == ["Ana Ruiz", "Bo Chen"]


def test_new_session_mentions_an_unfinished_one(lib):
    from mockpm.catalog import load_library
    from mockpm.practice import drafts, session

    drafts.save(session.new_state(load_library([lib]).scenario(SEPSIS)))
    r = practise(lib, f"{SEPSIS_MAIN}\n")
    assert "1 unfinished session(s) saved" in r.stderr
    assert len(drafts.list_drafts()) == 1  # the old draft is left alone


@pytest.mark.parametrize("where", ["dir", "/proc/no-such/x.csv"])
def test_history_export_bad_path_is_one_line(tmp_path, where):
    out = str(tmp_path) if where == "dir" else where
    r = CliRunner().invoke(app, ["history", "export", "--out", out])
    assert r.exit_code == 2, r.output
    assert r.stderr.startswith(f"mockpm: error: --out {out}:") and r.stderr.count("\n") == 1


def test_history_tells_weak_attempts_apart_by_raw_points_and_names_the_candidate(lib, isolated_home):
    import os
    import shutil
    import subprocess

    exe = shutil.which("mockpm")
    assert exe is not None
    env = {**os.environ, "MOCKPM_HOME": str(isolated_home), "COLUMNS": "80"}
    weak = ["We will launch it and track open rates and retention. It will be great for patients.",
            "We will launch it. It will be great."]
    for text in weak:
        p = subprocess.run([exe, "practice", SEPSIS, "--offline", "--library", lib, "--candidate", "Ana"],
                           input=text, capture_output=True, text=True, env=env)
        assert p.returncode == 0, p.stderr
    p = subprocess.run([exe, "history", "--library", lib], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    rows = [ln for ln in p.stdout.splitlines() if SEPSIS[:10] in ln]
    assert len(rows) == 2 and all("Ana" in r for r in rows)
    pts = [re.search(r"\b0 \(([−+]\d+)\)", r).group(1) for r in rows]
    assert pts[0] != pts[1]  # both 0/100, told apart by their raw points
    data = json.loads(subprocess.run([exe, "history", "--json"], capture_output=True, text=True, env=env).stdout)
    assert [s["raw_points"] for s in data["sessions"]] == [int(x.replace("−", "-")) for x in pts]
    assert max(len(ln) for ln in p.stdout.splitlines()) <= 80
