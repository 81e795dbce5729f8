"""The Markdown transcript of a finished session, which `mockpm grade` can grade again.

Only sections headed "Answer" are the candidate's (see ``answers.transcript_answers``), so
the interviewer's question and follow-ups are quoted outside them and never earn credit.
"""

from __future__ import annotations

from pathlib import Path

from mockpm.answers import HEADING
from mockpm.models import Scenario
from mockpm.paths import data_dir
from mockpm.practice.atomic import write_text
from mockpm.practice.state import PracticeState

def transcripts_dir() -> Path:
    return data_dir() / "transcripts"


def transcript_path(state: PracticeState) -> Path:
    return transcripts_dir() / f"{state.id}-{state.scenario}.md"


def _quote(text: str) -> list[str]:
    # Blockquoted, so no line of an interviewer prompt can open an "Answer" section.
    return [f"> {line}".rstrip() for line in text.strip().splitlines()] or [">"]


def _keep_inside(answer: str, level: int) -> str:
    """Push the candidate's own headings below the answer heading so the reader keeps them."""
    out = []
    for line in answer.strip().splitlines():
        m = HEADING.match(line)
        if m and len(m.group(1)) <= level:
            line = "#" * (level + 1) + line[m.end(1):]
        out.append(line)
    return "\n".join(out)


def front_matter(state: PracticeState, scenario: Scenario) -> dict:
    meta: dict = {
        "format": "transcript",
        "scenario": scenario.id,
        "title": scenario.title,
        "round": scenario.round,
    }
    if state.candidate:
        meta["candidate"] = state.candidate
    meta["date"] = state.started_at.isoformat(timespec="seconds")
    meta["session"] = state.id
    if state.time_limit_minutes:
        meta["time_limit_minutes"] = state.time_limit_minutes
    meta["time_taken_seconds"] = round(state.elapsed_seconds)
    meta["mode"] = state.mode
    return meta


def render(state: PracticeState, scenario: Scenario) -> str:
    import yaml

    lines = ["---", yaml.safe_dump(front_matter(state, scenario), sort_keys=False, allow_unicode=True, width=1000).rstrip(), "---", ""]
    lines += [f"# {scenario.title}", ""]
    n = 0
    for turn in state.turns:
        if turn.kind == "question":
            lines += ["## Question", "", *_quote(turn.question), ""]
            if scenario.context.strip():
                lines += [*_quote("Context: " + scenario.context.strip()), ""]
            for c in scenario.constraints:
                lines += [f"> - {c}"]
            if scenario.constraints:
                lines += [""]
            lines += ["## Answer", "", _keep_inside(turn.answer, 2), ""]
        else:
            n += 1
            lines += [f"## Follow-up {n}", "", *_quote(turn.question), ""]
            if turn.answer.strip():
                lines += ["### Answer", "", _keep_inside(turn.answer, 3), ""]
            else:
                lines += ["_Not answered._", ""]
    return "\n".join(lines).rstrip() + "\n"


def write(state: PracticeState, scenario: Scenario, path: Path | None = None) -> Path:
    return write_text(path or transcript_path(state), render(state, scenario))
