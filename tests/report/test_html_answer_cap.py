"""The cohort page embeds at most what was graded of each answer, cut to a character budget with a
visible note: a 900 KB answer adds about 20 KB to the page, not 900 KB."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minilib import STRONG, answer_file, write_minilib
from mockpm.cli.app import app
from mockpm.report.answer_markup import EMBED_CHARS, embedded_part

MOCKPM = shutil.which("mockpm")
FILLER = "Further detail about the rollout plan and the nurses' workflow. "  # 10 words


def test_embedded_part_keeps_short_answers_whole_and_cuts_long_ones():
    assert embedded_part(STRONG) == (STRONG, 0)
    text = STRONG + " " + FILLER * 9_000
    shown, cut = embedded_part(text)
    assert len(shown) <= EMBED_CHARS and text.startswith(shown)
    assert cut == len(text.split()) - len(shown.split()) and cut > 80_000
    one_word = "x" * 900_000
    shown, cut = embedded_part(one_word)
    assert len(shown) == EMBED_CHARS and cut == 1


def test_embedded_part_never_shows_more_than_was_graded():
    from mockpm.guards import MAX_READ_WORDS

    shown, cut = embedded_part("ab " * (MAX_READ_WORDS + 100))
    assert len(shown.split()) == MAX_READ_WORDS and cut == 100


def _cohort(tmp_path: Path) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    for i in range(3):
        answer_file(folder / f"long{i}.md", STRONG + f" Variant {i}. " + FILLER * 14_000, candidate=f"Long {i}")  # ~900 KB
    answer_file(folder / "short.md", STRONG + " Closing TAILMARK.", candidate="Short")
    return folder


def _check_page(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert page.stat().st_size < 250_000, page.stat().st_size  # 3 x 900 KB of answers were 2.7 MB+
    assert html.count("full answer in the file") == 3
    assert "more words; full answer in the file)" in html and "… (cut: 13" in html
    assert "TAILMARK" in html  # a short answer is shown whole


def test_page_embeds_a_bounded_part_of_each_answer(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MOCKPM_HOME", str(tmp_path / "home"))
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path)
    r = CliRunner().invoke(app, ["batch", str(folder), "--offline", "--library", str(lib), "--html", str(tmp_path / "c.html")])
    assert r.exit_code in (0, 1), r.output
    _check_page(tmp_path / "c.html")


@pytest.mark.skipif(MOCKPM is None, reason="mockpm is not installed on PATH")
def test_installed_page_embeds_a_bounded_part_of_each_answer(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    folder = _cohort(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MOCKPM_"))}
    env.update(MOCKPM_HOME=str(tmp_path / "home"), NO_COLOR="1")
    p = subprocess.run([MOCKPM, "batch", str(folder), "--offline", "--library", str(lib), "--html", str(tmp_path / "c.html")],
                       env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode in (0, 1) and "Traceback" not in p.stderr, p.stderr
    _check_page(tmp_path / "c.html")
