"""Fixtures for cohort grading tests: a tiny library, cohorts of answer files, the fake server."""

from __future__ import annotations

from pathlib import Path

import pytest
from minilib import MIDDLE, STRONG, WEAK, answer_file, load_minilib, many_answers, write_minilib  # noqa: F401 - re-export
from openai_fake import openai_fake  # noqa: F401 - fixture re-export



@pytest.fixture
def libdir(tmp_path: Path) -> Path:
    return write_minilib(tmp_path / "lib")


@pytest.fixture
def lib(tmp_path: Path):
    return load_minilib(tmp_path / "lib")


@pytest.fixture
def cohort(tmp_path: Path) -> Path:
    """Three answer files: strong, middle, weak."""
    folder = tmp_path / "answers"
    folder.mkdir()
    answer_file(folder / "alice.md", STRONG, candidate="Alice")
    answer_file(folder / "bob.md", WEAK, candidate="Bob")
    answer_file(folder / "carol.md", MIDDLE, candidate="Carol")
    return folder


