"""Fixtures for cohort grading tests: a tiny library, cohorts of answer files, the fake server."""

from __future__ import annotations

from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, load_minilib, write_minilib
from openai_fake import openai_fake  # noqa: F401 - fixture re-export

MIDDLE = (
    "I would set the launch bar on sensitivity and false negatives because a missed sepsis case means "
    "antibiotics start late for that patient. We would run the alert silently in the ICU first and compare "
    "against chart review before any nurse sees it, and we would check how the alert fits the vitals and "
    "lactate feed. I would also think about how we measure success over time with the clinical team."
)


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


def many_answers(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = (STRONG, WEAK, MIDDLE)
    for i in range(n):
        # a distinct final sentence keeps every answer (and its key) unique
        answer_file(folder / f"cand{i:03d}.md", texts[i % 3] + f" Candidate note number {i}.", candidate=f"Cand {i:03d}")
    return folder
