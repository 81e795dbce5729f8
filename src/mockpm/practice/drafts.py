"""Drafts: the session saved while the user types, so a crash or Ctrl-C loses nothing.

One JSON file per unfinished session in ``data_dir()/drafts/``; ``--resume`` takes the most
recently saved one. A finished session's draft is deleted once its transcript and history
row are written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from mockpm.errors import UsageError
from mockpm.paths import data_dir
from mockpm.practice.atomic import write_text
from mockpm.practice.state import PracticeState

AUTOSAVE_ENV = "MOCKPM_AUTOSAVE_SECONDS"
DEFAULT_AUTOSAVE_SECONDS = 3.0


def autosave_seconds() -> float:
    raw = os.environ.get(AUTOSAVE_ENV)
    if not raw:
        return DEFAULT_AUTOSAVE_SECONDS
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"{AUTOSAVE_ENV}={raw!r} is not a number", hint="use seconds, e.g. 3") from None
    if value <= 0:
        raise UsageError(f"{AUTOSAVE_ENV} must be above 0", hint="use seconds, e.g. 3")
    return value


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def draft_path(session_id: str) -> Path:
    return drafts_dir() / f"{session_id}.json"


def save(state: PracticeState) -> Path:
    return write_text(draft_path(state.id), state.model_dump_json(indent=2))


def load(path: Path) -> PracticeState:
    try:
        return PracticeState.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        raise UsageError(f"draft {path} cannot be read ({type(exc).__name__})", hint="delete it to start afresh") from None


def list_drafts() -> list[Path]:
    folder = drafts_dir()
    if not folder.is_dir():
        return []
    # Newest first by save time: the one the user was typing in last.
    return sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)


def latest() -> PracticeState | None:
    paths = list_drafts()
    return load(paths[0]) if paths else None


def discard(session_id: str) -> None:
    try:
        draft_path(session_id).unlink()
    except FileNotFoundError:
        pass


# --------------------------------------------------------------------------- --editor files

EDITOR_HEADER_START = "<!-- mockpm:"


def editor_path(session_id: str) -> Path:
    # In the drafts folder rather than /tmp, so what the editor saved survives a crash.
    return drafts_dir() / f"{session_id}.editing.md"


def strip_editor_header(text: str) -> str:
    if text.lstrip().startswith(EDITOR_HEADER_START):
        end = text.find("-->")
        if end != -1:
            text = text[end + 3 :]
    return text.strip()


def recover_editor_text(state: PracticeState) -> bool:
    """On resume, take what an interrupted editor saved for the current answer (if newer)."""
    path = editor_path(state.id)
    turn = state.current
    if turn is None or not path.is_file():
        return False
    text = strip_editor_header(path.read_text(encoding="utf-8", errors="replace"))
    if text and text != turn.answer.strip():
        turn.answer = text
        return True
    return False


def discard_editor_file(session_id: str) -> None:
    try:
        editor_path(session_id).unlink()
    except FileNotFoundError:
        pass
