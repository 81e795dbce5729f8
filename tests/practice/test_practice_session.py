"""The practice loop driven by a scripted UI: follow-ups, grading, history, interrupt and resume."""

from __future__ import annotations

import pytest

from mockpm import history
from mockpm.practice import drafts, session
from mockpm.practice.editor import toolbar_text
from mockpm.practice.state import Clock, mmss
from practice.practice_lib import EQUITY, SEPSIS, SEPSIS_FOLLOWUP, SEPSIS_MAIN


def met(report, criterion_id: str):
    return next(c.met for c in report.criteria if c.id == criterion_id)


def test_full_session_grades_all_answers_and_records_history(lib, fake_ui):
    scenario = lib.scenario(SEPSIS)
    state = session.new_state(scenario, candidate="Ana")
    ui = fake_ui([SEPSIS_MAIN, SEPSIS_FOLLOWUP, ""], confirm=True)
    outcome = session.run(state, lib, ui)

    followups = [e for e in ui.events if e[0] == "followup"]
    assert [f[3] for f in followups] == scenario.follow_ups[:2]
    assert [f[1:3] for f in followups] == [(1, 2), (2, 2)]
    # The follow-up answer earns the escalation criterion; the question's "FDA"/"HIPAA" earn nothing.
    assert met(outcome.report, "zz-sepsis.escalation") is True
    assert met(outcome.report, "zz-core.regulatory") is False
    assert outcome.report.candidate == "Ana"
    assert ("outline", SEPSIS) in ui.events
    assert "Weakest axis: regulatory." in ui.suggestion
    assert f"mockpm practice {EQUITY}" in ui.suggestion  # the other scenario that tests regulation
    assert "Top miss: Names the regulatory constraints" in ui.suggestion

    rows = history.sessions()
    assert [r.id for r in rows] == [state.id]
    assert rows[0].score == outcome.report.score
    assert outcome.transcript.is_file()
    assert drafts.list_drafts() == []  # finished: the draft is gone


def test_no_outline_unless_asked(lib, fake_ui):
    ui = fake_ui([SEPSIS_MAIN, "", ""], confirm=False)
    session.run(session.new_state(lib.scenario(SEPSIS)), lib, ui)
    assert not [e for e in ui.events if e[0] == "outline"]


def test_interrupt_keeps_the_draft_and_resume_continues(lib, fake_ui):
    scenario = lib.scenario(SEPSIS)
    state = session.new_state(scenario)
    ui = fake_ui([SEPSIS_MAIN, KeyboardInterrupt()], typed_before_interrupt="Nurses can overr")
    with pytest.raises(KeyboardInterrupt):
        session.run(state, lib, ui)

    saved = drafts.latest()
    assert saved is not None and saved.id == state.id
    assert saved.turns[0].done and saved.turns[0].answer == SEPSIS_MAIN
    assert saved.turns[1].answer == "Nurses can overr" and not saved.turns[1].done
    assert history.sessions() == []

    class Continue(type(ui)):
        def answer(self, turn, clock, autosave):  # noqa: ANN001
            self.seen.append(turn.answer)
            return turn.answer + "ide the alert with a reason." if len(self.seen) == 1 else ""

    ui2 = Continue([])
    ui2.seen = []
    outcome = session.run(saved, lib, ui2)
    assert ui2.seen == ["Nurses can overr", ""]  # resumed at the interrupted follow-up, text restored
    assert outcome.state.id == state.id
    assert met(outcome.report, "zz-sepsis.escalation") is True
    assert "override the alert with a reason" in outcome.transcript.read_text()
    assert drafts.latest() is None


def test_elapsed_time_adds_up_across_resumes(lib, fake_ui):
    state = session.new_state(lib.scenario(SEPSIS))
    state.elapsed_seconds = 125.0  # used before the interruption
    outcome = session.run(state, lib, fake_ui([SEPSIS_MAIN, "", ""]))
    assert 125.0 <= outcome.state.elapsed_seconds < 130
    assert history.sessions()[0].time_taken_seconds == pytest.approx(outcome.state.elapsed_seconds)
    assert "time_taken_seconds: 125" in outcome.transcript.read_text()


def test_judge_followup_comes_first_and_gets_the_biggest_gaps(lib, fake_ui, monkeypatch):
    seen = {}

    def fake_write(judge, scenario, answer_text, missed):  # noqa: ANN001
        seen["missed"] = [c.id for c in missed]
        return "You never mentioned the FDA. Is this a device?"

    monkeypatch.setattr("mockpm.judge.followup.write_followup", fake_write)
    state = session.new_state(lib.scenario(SEPSIS))
    ui = fake_ui([SEPSIS_MAIN + " We also track retention.", "", ""])
    session.ask(state, lib.scenario(SEPSIS), lib, ui, judge=object())
    followups = [t for t in state.turns if t.kind == "followup"]
    assert [t.source for t in followups] == ["judge", "scenario"]
    assert followups[0].question.startswith("You never mentioned the FDA")
    assert seen["missed"][:2] == ["zz-core.retention", "zz-core.regulatory"]  # red flag, then the 5-point miss
    assert "zz-sepsis.sensitivity" not in seen["missed"]  # met, so not a gap


def test_judge_without_a_followup_falls_back_to_the_scenarios(lib, fake_ui, monkeypatch):
    monkeypatch.setattr("mockpm.judge.followup.write_followup", lambda *a: None)
    scenario = lib.scenario(EQUITY)
    state = session.new_state(scenario)
    session.ask(state, scenario, lib, fake_ui(["x" * 10, "", ""]), judge=object())
    assert [t.question for t in state.turns[1:]] == scenario.follow_ups[:2]


def test_no_timer_and_minutes_override(lib):
    S = lib.scenario(SEPSIS)
    assert session.new_state(S, minutes=3).time_limit_minutes == 3
    assert session.new_state(S).time_limit_minutes == 10
    assert session.new_state(S, timer=False).time_limit_minutes is None


def test_clock_counts_down_and_goes_over(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("mockpm.practice.state.time.monotonic", lambda: now[0])
    clock = Clock(already=50.0, limit_minutes=1)
    clock.start()
    now[0] += 5
    assert clock.elapsed == pytest.approx(55)
    assert clock.remaining == pytest.approx(5) and not clock.over
    assert toolbar_text(clock).startswith(" 0:05 left of 1:00 |")
    now[0] += 20
    assert clock.over
    assert "TIME'S UP +0:15" in toolbar_text(clock)
    clock.stop()
    now[0] += 100  # stopped: reading the report is not answer time
    assert clock.elapsed == pytest.approx(75)


def test_toolbar_fits_80_columns_and_names_the_keys():
    for clock in (Clock(0, 180), Clock(99999, 180), Clock(3599, None)):
        text = toolbar_text(clock, 12345)
        assert len(text) <= 80, text
        assert "Esc Enter: submit" in text and "Ctrl-G: question" in text and "12345 words" in text
    assert "| 1 word |" in toolbar_text(Clock(0, 10), 1)
    assert "elapsed" in toolbar_text(Clock(61, None)) and "1:01" in toolbar_text(Clock(61, None))
    assert mmss(3599) == "59:59"
