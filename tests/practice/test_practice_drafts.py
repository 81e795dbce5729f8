"""Drafts: atomic saves, the newest draft wins on resume, the autosave interval, editor files."""

from __future__ import annotations

import os
import time

import pytest

from mockpm.errors import UsageError
from mockpm.paths import data_dir
from mockpm.practice import drafts, session
from mockpm.practice.atomic import write_text
from practice.practice_lib import EQUITY, SEPSIS


def test_save_and_load_round_trip(lib):
    state = session.new_state(lib.scenario(SEPSIS), candidate="Ana", minutes=7)
    state.turns[0].answer = "half an answer\nwith two lines"
    state.elapsed_seconds = 42.5
    path = drafts.save(state)
    assert path.parent == data_dir() / "drafts"
    back = drafts.latest()
    assert back == state


def test_latest_is_the_most_recently_saved(lib):
    a = session.new_state(lib.scenario(SEPSIS))
    b = session.new_state(lib.scenario(EQUITY))
    drafts.save(b)
    drafts.save(a)
    old = time.time() - 60
    os.utime(drafts.draft_path(b.id), (old, old))
    assert drafts.latest().id == a.id
    drafts.discard(a.id)
    assert drafts.latest().id == b.id
    drafts.discard(b.id)
    drafts.discard(b.id)  # twice is fine
    assert drafts.latest() is None


def test_corrupt_draft_is_a_usage_error(lib):
    drafts.drafts_dir().mkdir(parents=True)
    (drafts.drafts_dir() / "bad.json").write_text("{not json")
    with pytest.raises(UsageError, match="cannot be read"):
        drafts.latest()


def test_atomic_write_leaves_no_temp_files(tmp_path):
    target = tmp_path / "sub" / "file.md"
    write_text(target, "one")
    write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["file.md"]


def test_autosave_interval_from_env(monkeypatch):
    monkeypatch.delenv(drafts.AUTOSAVE_ENV, raising=False)
    assert drafts.autosave_seconds() == drafts.DEFAULT_AUTOSAVE_SECONDS
    monkeypatch.setenv(drafts.AUTOSAVE_ENV, "0.25")
    assert drafts.autosave_seconds() == 0.25
    for bad in ("soon", "0", "-1"):
        monkeypatch.setenv(drafts.AUTOSAVE_ENV, bad)
        with pytest.raises(UsageError):
            drafts.autosave_seconds()


def test_editor_file_is_recovered_on_resume(lib):
    state = session.new_state(lib.scenario(SEPSIS))
    state.turns[0].answer = "old text"
    path = drafts.editor_path(state.id)
    write_text(path, "<!-- mockpm: write below\nQuestion: x -->\n\nnewer text from the editor\n")
    assert drafts.recover_editor_text(state) is True
    assert state.turns[0].answer == "newer text from the editor"
    drafts.discard_editor_file(state.id)
    assert not path.exists()
    assert drafts.recover_editor_text(state) is False


def test_strip_editor_header_keeps_plain_text():
    assert drafts.strip_editor_header("no header here\n") == "no header here"
    assert drafts.strip_editor_header("<!-- mockpm: a\nb -->\nbody") == "body"
