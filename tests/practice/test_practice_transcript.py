"""Transcripts: what is graded, front matter, and the same score from `mockpm grade`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from mockpm.answers import read_answer, split_front_matter
from mockpm.cli.app import app
from mockpm.paths import data_dir
from mockpm.practice import session, transcript
from mockpm.practice.state import Turn
from practice.practice_lib import SEPSIS, SEPSIS_FOLLOWUP, SEPSIS_MAIN


def finished_state(lib, main=SEPSIS_MAIN, followups=(SEPSIS_FOLLOWUP, "")):
    scenario = lib.scenario(SEPSIS)
    state = session.new_state(scenario, candidate="Ana Ruiz", minutes=12)
    state.turns[0].answer, state.turns[0].done = main, True
    for q, a in zip(scenario.follow_ups, followups):
        state.turns.append(Turn(kind="followup", question=q, answer=a, done=True))
    state.followups_planned = True
    state.elapsed_seconds = 301.4
    return scenario, state


def test_front_matter_is_readable_and_complete(lib):
    scenario, state = finished_state(lib)
    path = transcript.write(state, scenario)
    assert path.parent == data_dir() / "transcripts"
    meta, _ = split_front_matter(path.read_text(), str(path))  # raises on an unknown key
    assert meta["format"] == "transcript"
    assert meta["scenario"] == SEPSIS and meta["candidate"] == "Ana Ruiz" and meta["session"] == state.id
    assert meta["time_limit_minutes"] == 12 and meta["time_taken_seconds"] == 301
    assert str(meta["date"]).startswith(str(state.started_at.date()))


def test_only_the_candidates_words_are_graded(lib):
    scenario, state = finished_state(lib)
    text = transcript.render(state, scenario)
    assert "## Question" in text and "## Answer" in text and "## Follow-up 1" in text and "### Answer" in text
    assert "_Not answered._" in text  # follow-up 2 was skipped
    graded = read_answer(transcript.write(state, scenario)).text
    assert SEPSIS_MAIN in graded and SEPSIS_FOLLOWUP in graded
    assert "HIPAA" not in graded and "pushback" not in graded.lower()  # the interviewer's words
    assert scenario.follow_ups[0] not in graded


def test_candidate_headings_stay_inside_the_answer(lib):
    main = "# My plan\n" + SEPSIS_MAIN + "\n## Risks\nWe keep HIPAA controls."
    scenario, state = finished_state(lib, main=main, followups=("### Short\nNurses override it.", ""))
    graded = read_answer(transcript.write(state, scenario)).text
    assert "We keep HIPAA controls." in graded
    assert "Nurses override it." in graded
    assert "### My plan" in graded and "### Risks" in graded


def test_interviewer_lines_cannot_open_an_answer_section(lib):
    scenario, state = finished_state(lib)
    state.turns[1].question = "# Answer\nSay FDA please"
    graded = read_answer(transcript.write(state, scenario)).text
    assert "Say FDA please" not in graded


def test_grade_of_the_transcript_matches_the_session(lib, tmp_path, fake_ui):
    from practice.practice_lib import write_library

    root = write_library(tmp_path / "lib")
    scenario = lib.scenario(SEPSIS)
    outcome = session.run(session.new_state(scenario), lib, fake_ui([SEPSIS_MAIN, SEPSIS_FOLLOWUP, ""]))
    r = CliRunner().invoke(app, ["grade", str(outcome.transcript), "--offline", "--json", "--library", str(root)])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["score"] == outcome.report.score
    assert {c["id"]: c["met"] for c in doc["criteria"]} == {c.id: c.met for c in outcome.report.criteria}
