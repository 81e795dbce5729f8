"""The practice loop: question, answer against the clock, follow-ups, transcript, grade, history.

Pure of typer and of the terminal: everything the user sees or types goes through a ``UI``,
so the loop can be driven by the terminal, by piped stdin, or by a test double.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from mockpm.errors import MockpmError
from mockpm.models import Answer, GradeReport, Scenario
from mockpm.practice import drafts
from mockpm.practice.state import Clock, PracticeState, Turn, new_session_id

if TYPE_CHECKING:
    from mockpm.catalog import Library
    from mockpm.judge.base import Judge

MAX_FOLLOWUPS = 2


class UI(Protocol):
    """What the loop needs from whoever is at the keyboard."""

    interactive: bool  # False: no y/N questions (piped stdin)

    def show_question(self, scenario: Scenario, state: PracticeState) -> None: ...
    def show_followup(self, number: int, total: int, question: str) -> None: ...
    def answer(self, turn: Turn, clock: Clock, autosave: Callable[[str], None]) -> str: ...
    def status(self, message: str) -> None: ...
    def show_report(self, report: GradeReport, state: PracticeState, transcript: Path) -> None: ...
    def confirm(self, question: str) -> bool: ...
    def show_outline(self, scenario: Scenario) -> None: ...
    def show_suggestion(self, text: str) -> None: ...
    def show_followup_feedback(self, replies: list) -> None: ...
    def show_sample(self, sample) -> None: ...  # noqa: ANN001


@dataclass
class Outcome:
    state: PracticeState
    report: GradeReport
    transcript: Path


def new_state(
    scenario: Scenario,
    *,
    minutes: int | None = None,
    timer: bool = True,
    candidate: str | None = None,
    library: list[Path] | None = None,
    mode: str = "offline",
) -> PracticeState:
    return PracticeState(
        id=new_session_id(),
        scenario=scenario.id,
        candidate=candidate,
        started_at=datetime.now(timezone.utc),
        time_limit_minutes=(minutes or scenario.time_limit_minutes) if timer else None,
        library=[str(Path(p).expanduser().resolve()) for p in library or []],
        mode=mode,  # type: ignore[arg-type]
        turns=[Turn(kind="question", question=scenario.question)],
    )


def plan_followups(state: PracticeState, scenario: Scenario, lib: Library, judge: Judge | None, ui: UI) -> None:
    """Add the follow-up turns once the main answer is in: a judge-written one first, if any,
    then the scenario's own that probe what the answer missed (see practice.followups)."""
    from mockpm.grading import grade
    from mockpm.practice import followups

    if not ui.interactive:
        # Piped answers are written before the session runs: they meet the scenario's first
        # follow-ups in its own order (as `mockpm scenarios show` lists them), whatever the
        # main answer missed, so a scripted reply always lands on the question it was written for.
        probes = followups.probes_in_order(scenario)
        state.turns += [Turn(kind="followup", question=q, probes=list(p)) for q, p in probes[:MAX_FOLLOWUPS]]
        state.followups_planned = True
        return
    main = state.turns[0].answer
    # Keyword checks find the biggest gaps for free; the judge only writes the question.
    quick = grade(Answer(text=main), scenario, lib.rubrics_for(scenario), None, library=lib)
    turns: list[Turn] = []
    if judge is not None:
        from mockpm.judge.followup import write_followup
        from mockpm.report.feedback import red_flags_hit, top_misses

        by_id = {c.id: c for c in lib.criteria_for(scenario)}
        gaps = [*red_flags_hit(quick), *top_misses(quick, 5)]
        missed = [by_id[c.id] for c in gaps if c.id in by_id]
        ui.status("the interviewer is thinking of a follow-up...")
        try:
            written = write_followup(judge, scenario, main, missed)
        except MockpmError as exc:
            ui.status(f"no judge follow-up ({exc}); using the scenario's own")
            written = None
        if written and written.strip():
            turns.append(Turn(kind="followup", question=written.strip(), source="judge", probes=[c.id for c in missed[:2]]))
    chosen = followups.choose(scenario, quick, MAX_FOLLOWUPS - len(turns))
    if chosen is None:  # the scenario names no probes: its follow-ups in order
        turns += [Turn(kind="followup", question=q) for q in scenario.follow_ups[: MAX_FOLLOWUPS - len(turns)]]
    else:
        turns += [Turn(kind="followup", question=p.question, probes=list(p.criteria)) for p in chosen]
        if not turns:
            ui.status("your answer already covered what the follow-ups would ask; no follow-up this time")
    state.turns += turns
    state.followups_planned = True


def ask(state: PracticeState, scenario: Scenario, lib: Library, ui: UI, judge: Judge | None = None,
        save: Callable[[PracticeState], object] = drafts.save) -> PracticeState:
    """Run every unanswered turn, saving the draft after each and whenever the UI autosaves."""
    clock = Clock(state.elapsed_seconds, state.time_limit_minutes)

    def autosave(text: str) -> None:
        turn = state.current
        if turn is not None:
            turn.answer = text
        state.elapsed_seconds = clock.elapsed
        save(state)

    save(state)
    shown_question = False
    try:
        while not state.answered:
            turn = state.current
            if turn is None:
                clock.stop()  # a judge-written follow-up takes a moment; not the candidate's time
                plan_followups(state, scenario, lib, judge, ui)
                save(state)
                continue
            if turn.kind == "question" or not shown_question:
                ui.show_question(scenario, state)
                shown_question = True
            if turn.kind == "followup":
                followups = [t for t in state.turns if t.kind == "followup"]
                ui.show_followup(followups.index(turn) + 1, len(followups), turn.question)
            clock.start()
            text = ui.answer(turn, clock, autosave)
            turn.answer = text.strip()
            turn.done = True
            state.elapsed_seconds = clock.elapsed
            save(state)
    except BaseException:
        # Ctrl-C or a crash: whatever was typed is already in `state` via autosave.
        clock.stop()
        state.elapsed_seconds = clock.elapsed
        if any(t.answer.strip() for t in state.turns):
            save(state)
        else:
            drafts.discard(state.id)  # nothing typed: no draft to nag about later
        raise
    clock.stop()
    state.elapsed_seconds = clock.elapsed
    save(state)
    return state


def grade_session(state: PracticeState, scenario: Scenario, lib: Library, judge: Judge | None = None) -> Outcome:
    """Write the transcript, grade it exactly as `mockpm grade TRANSCRIPT` would, record history."""
    from mockpm import history
    from mockpm.answers import read_answer
    from mockpm.grading import grade
    from mockpm.practice import transcript
    from mockpm.scoring import UNSCORED_BAND

    path = transcript.write(state, scenario)
    # Grading the file itself keeps `mockpm grade TRANSCRIPT` and the session's score identical.
    answer = read_answer(path)
    report = grade(answer, scenario, lib.rubrics_for(scenario), judge, library=lib)
    # A session the judge could not score at all would show as a 0 in every trend; keep it out
    # of the history (the transcript stays, and `mockpm grade` can score it later).
    if report.band != UNSCORED_BAND:
        history.record(
            session_id=state.id, scenario=state.scenario, started_at=state.started_at,
            finished_at=datetime.now(timezone.utc), time_taken_seconds=state.elapsed_seconds,
            report=report, transcript_path=path,
        )
    drafts.discard(state.id)
    drafts.discard_editor_file(state.id)
    return Outcome(state=state, report=report, transcript=path)


def feedback(outcome: Outcome, scenario: Scenario, lib: Library, ui: UI) -> None:
    from mockpm import history
    from mockpm.practice.picker import suggest_next

    from mockpm.practice.followups import grade_replies
    from mockpm.practice.sample_offer import strong_sample

    ui.show_report(outcome.report, outcome.state, outcome.transcript)
    replies = grade_replies(outcome.state.turns, scenario, lib)
    if replies:
        ui.show_followup_feedback(replies)
    if ui.interactive and ui.confirm("Show the outline of a strong answer?"):
        ui.show_outline(scenario)
    # Only now, after the candidate has answered: a shipped strong answer to compare with.
    sample = strong_sample(scenario.id, outcome.state.library, set(lib.scenarios)) if ui.interactive else None
    if sample is not None and ui.confirm("See a strong sample answer?"):
        ui.show_sample(sample)
    ui.show_suggestion(suggest_next(outcome.report, lib, history.sessions()).text())


def run(state: PracticeState, lib: Library, ui: UI, judge: Judge | None = None) -> Outcome:
    """A whole session from wherever ``state`` left off."""
    scenario = lib.scenario(state.scenario)
    if not state.answered:
        ask(state, scenario, lib, ui, judge)
    outcome = grade_session(state, scenario, lib, judge)
    feedback(outcome, scenario, lib, ui)
    return outcome
