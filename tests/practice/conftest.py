"""Fixtures for practice tests: the drill library and a scripted stand-in for the terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from practice.practice_lib import load_library


class FakeUI:
    """Answers from a script; an answer may be an exception to raise mid-typing."""

    interactive = True

    def __init__(self, answers: list, *, confirm: bool = False, typed_before_interrupt: str = "") -> None:
        self.answers = list(answers)
        self.confirm_reply = confirm
        self.typed_before_interrupt = typed_before_interrupt
        self.events: list[tuple] = []
        self.report = None
        self.suggestion: str | None = None

    def show_question(self, scenario, state) -> None:  # noqa: ANN001
        self.events.append(("question", scenario.id))

    def show_followup(self, number: int, total: int, question: str) -> None:
        self.events.append(("followup", number, total, question))

    def answer(self, turn, clock, autosave: Callable[[str], None]) -> str:  # noqa: ANN001
        nxt = self.answers.pop(0)
        if isinstance(nxt, BaseException):
            autosave(turn.answer + self.typed_before_interrupt)  # what the Ctrl-C key binding does
            raise nxt
        return nxt

    def status(self, message: str) -> None:
        self.events.append(("status", message))

    def show_report(self, report, state, transcript) -> None:  # noqa: ANN001
        self.report = report

    def confirm(self, question: str) -> bool:
        self.events.append(("confirm", question))
        return self.confirm_reply

    def show_outline(self, scenario) -> None:  # noqa: ANN001
        self.events.append(("outline", scenario.id))

    def show_suggestion(self, text: str) -> None:
        self.suggestion = text

    def show_followup_feedback(self, replies: list) -> None:
        self.events.append(("followup-feedback", replies))

    def show_sample(self, sample) -> None:  # noqa: ANN001
        self.events.append(("sample", sample.id))


@pytest.fixture(autouse=True)
def only_test_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # In-process commands see only the drill library: the bundled one changes independently.
    empty = tmp_path / "no-builtin"
    empty.mkdir()
    monkeypatch.setattr("mockpm.catalog.builtin_root", lambda: empty)


@pytest.fixture
def lib(tmp_path: Path):
    return load_library(tmp_path / "lib")


@pytest.fixture
def fake_ui():
    return FakeUI
