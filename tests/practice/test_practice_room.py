"""The practice room in a real 80x24 pseudo-terminal: the question on a key, a live word count,
follow-ups aimed at what the answer missed, feedback on the follow-up replies, and a strong
sample answer offered only after grading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from practice.practice_lib import SEPSIS, SEPSIS_MAIN, write_library
from practice.test_practice_pty import MOCKPM, expect, finish, spawn  # noqa: F401 - MOCKPM skips without the script

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.pty

ASK_ACCURACY = "How would you show the model is accurate enough?"
ASK_NURSE = "What happens when a nurse disagrees with the alert?"
ASK_FDA = "Does this need FDA review, and how would you find out?"
SAMPLE_TEXT = "Strong sample: sensitivity first, a silent run, SaMD status settled with regulatory."

PROBES = f"""\
follow_ups:
  - {ASK_ACCURACY}
  - {ASK_NURSE}
  - {ASK_FDA}
follow_up_probes:
  - [zz-sepsis.sensitivity]
  - [zz-sepsis.escalation]
  - [zz-core.regulatory]
"""

SAMPLES = f"""\
scenario: {SEPSIS}
answers:
  - id: zz-sepsis.dev.strong
    kind: strong
    label: 5
    why: Covers the clinical bar, validation and regulation.
    text: "{SAMPLE_TEXT}"
"""


@pytest.fixture
def probing_lib(tmp_path: Path) -> Path:
    root = write_library(tmp_path / "lib")
    path = root / "scenarios" / f"{SEPSIS}.yaml"
    text = path.read_text()
    text = re.sub(r"follow_ups:\n(?:  - .*\n)+", PROBES, text)
    path.write_text(text)
    (root / "samples").mkdir()
    (root / "samples" / f"{SEPSIS}.dev.yaml").write_text(SAMPLES)
    return root


def _spawn(lib: Path, home: Path):
    return spawn(["practice", SEPSIS, "--offline", "--library", str(lib)], home, LINES="24")


def test_question_key_word_count_and_probing_followups(probing_lib: Path, isolated_home: Path):
    child = _spawn(probing_lib, isolated_home)
    child.setwinsize(24, 80)
    expect(child, r"0 words")
    child.send("one two three")
    child.send("\x0c")  # Ctrl-L redraws the whole screen (otherwise only changed cells are sent)
    expect(child, r"3 words")  # the count follows the typing
    child.send("\x07")  # Ctrl-G: the question again, mid-answer
    expect(child, r"The question")
    expect(child, r"FDA-adjacent")
    child.send(" " + SEPSIS_MAIN)
    child.send("\x1b\r")
    # The answer covered sensitivity, missed the regulation (5 pts) and the escalation (3 pts):
    # the biggest gap is asked first, the covered one never.
    before = expect(child, r"Follow-up 1 of 2")
    expect(child, re.escape(ASK_FDA))
    child.send("It is likely SaMD, so I would ask our regulatory lead and check the FDA guidance.")
    child.send("\x1b\r")
    expect(child, r"Follow-up 2 of 2")
    expect(child, re.escape(ASK_NURSE))
    expect(child, r"left of")  # the editor is up (its toolbar shows the clock): a key sent earlier is lost
    child.send("\x04")  # skipped
    report = expect(child, r"Your follow-up answers")
    assert SAMPLE_TEXT not in before + report  # no sample before the candidate has answered
    feedback = expect(child, r"\[y/N\]")
    flat = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", feedback)
    assert "Follow-up 1" in flat and "✓" in flat and "Names the regulatory constraints" in flat
    assert "skipped" in flat
    assert ASK_ACCURACY not in flat
    child.sendline("n")  # no outline
    expect(child, r"See a strong sample answer\? \[y/N\]")
    child.sendline("y")
    expect(child, re.escape(SAMPLE_TEXT[:40]))
    assert finish(child) == 0


def test_the_end_of_session_report_goes_through_the_pager(probing_lib: Path, isolated_home: Path, tmp_path: Path):
    paged = tmp_path / "paged.txt"
    child = spawn(["practice", SEPSIS, "--offline", "--library", str(probing_lib)], isolated_home,
                  LINES="24", MOCKPM_PAGER=f"cat > {paged}")
    child.setwinsize(24, 80)
    expect(child, r"0 words")
    child.send(SEPSIS_MAIN)
    child.send("\x1b\r")
    for n in (1, 2):
        expect(child, rf"Follow-up {n} of 2")
        expect(child, r"left of")  # the editor is up: its toolbar shows the clock
        child.send("\x04")
    expect(child, r"Your follow-up answers")
    child.sendline("n")
    child.sendline("n")
    assert finish(child) == 0
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", paged.read_text())
    # the whole report, verdict first, went to the pager, not scrolled past on the screen
    assert re.match(r"\d+/100 ", text) and "Fix these first" in text and "Criteria" in text
    assert "Time taken:" in text and len(text.splitlines()) > 24


@pytest.mark.parametrize("rows,cols,ids", [(50, 200, True), (50, 100, False), (24, 80, False)])
def test_picker_shows_whole_titles_when_the_screen_has_room(isolated_home: Path, rows: int, cols: int, ids: bool):
    import yaml

    # the shipped scenarios, read from the files: this package's fixtures hide the built-in library
    scenarios = [yaml.safe_load(f.read_text()) for f in sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))]
    assert len(scenarios) > 10
    child = pexpect.spawn(MOCKPM, ["practice", "--offline"], dimensions=(rows, cols), encoding="utf-8", timeout=15,
                          env={**spawn_env(isolated_home), "COLUMNS": str(cols), "LINES": str(rows)})
    table = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", expect(child, r"Scenario number or id"))
    child.sendcontrol("c")
    child.close()
    lines = [ln.rstrip("\r") for ln in table.splitlines()]
    header = next(ln for ln in lines if "title" in ln and "round" in ln)
    start, end = header.index("title"), header.index("id" if ids else "round")
    body = lines[lines.index(header) + 2:]
    cells = " ".join(" ".join(ln[start:end].split()) for ln in body)
    missing = [s["title"] for s in scenarios if " ".join(s["title"].split()) not in cells]
    assert missing == []  # every title whole, at 80x24 too
    assert (scenarios[0]["id"] in table) is ids  # on a narrow screen the id column gives way to the title
    assert len([ln for ln in lines if ln.strip()]) <= rows


def spawn_env(home: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL", "NO_COLOR")}
    env.update({"MOCKPM_HOME": str(home), "TERM": "xterm"})
    return env
