"""History queries, trends, weakest axes and CSV export over the real SQLite store."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from mockpm import history
from mockpm.errors import UsageError
from mockpm.grading import grade
from mockpm.models import Answer
from practice.practice_lib import EQUITY, EQUITY_MAIN, SEPSIS, SEPSIS_MAIN, load_library

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def lib(tmp_path):
    return load_library(tmp_path / "lib")


def add(lib, sid: str, scenario: str, text: str, day: int, seconds: float = 300.0):
    sc = lib.scenario(scenario)
    report = grade(Answer(text=text), sc, lib.rubrics_for(sc))
    start = T0 + timedelta(days=day)
    history.record(session_id=sid, scenario=scenario, started_at=start, finished_at=start + timedelta(seconds=seconds),
                   time_taken_seconds=seconds, report=report, transcript_path=None)
    return report


def test_empty_history():
    assert history.sessions() == []
    assert history.summary([]) == {"sessions": [], "axis_trends": {}, "weakest_axes": [], "never_tried": []}


def test_sessions_come_back_oldest_first_with_their_report(lib):
    r2 = add(lib, "20250303-a", EQUITY, EQUITY_MAIN, day=2)
    r1 = add(lib, "20250301-b", SEPSIS, SEPSIS_MAIN, day=0)
    rows = history.sessions()
    assert [r.id for r in rows] == ["20250301-b", "20250303-a"]
    assert rows[0].score == r1.score and rows[1].axes == r2.axes
    row, report = history.get("20250303")  # a unique prefix is enough
    assert row.id == "20250303-a" and report.score == r2.score and report.scenario == EQUITY


def test_get_unknown_or_ambiguous(lib):
    add(lib, "20250301-a", SEPSIS, SEPSIS_MAIN, day=0)
    add(lib, "20250301-b", SEPSIS, SEPSIS_MAIN, day=1)
    with pytest.raises(UsageError, match="no practice session"):
        history.get("nope")
    with pytest.raises(UsageError, match="matches 2 sessions"):
        history.get("20250301")
    with pytest.raises(UsageError, match="no practice session"):
        history.get("2025030_")  # LIKE wildcards are taken literally


def test_recording_the_same_session_again_replaces_it(lib):
    add(lib, "s1", SEPSIS, SEPSIS_MAIN, day=0)
    add(lib, "s1", SEPSIS, SEPSIS_MAIN + " Nurses can override it.", day=0)
    rows = history.sessions()
    assert len(rows) == 1 and rows[0].axes["model-quality-and-safety"] == 100


def test_sparkline_uses_a_fixed_scale():
    assert history.sparkline([0, 12.5, 25, 37.5, 50, 62.5, 75, 87.5, 100]) == "▁▂▃▄▅▆▇██"
    assert history.sparkline([]) == ""
    assert history.sparkline([40, 40]) == "▄▄"


def test_trends_weakest_axes_and_never_tried(lib):
    add(lib, "a", SEPSIS, SEPSIS_MAIN, day=0)
    add(lib, "b", EQUITY, EQUITY_MAIN, day=1)
    rows = history.sessions()
    trends = history.axis_trends(rows)
    assert trends["regulatory"] == [0.0, 100.0]  # the sepsis answer never names a regulation
    assert len(trends["equity"]) == 1 and trends["equity"][0] > 0  # only the equity drill tests equity
    weakest = history.weakest_axes(rows, n=8)
    # clinical-workflow: 100 then 0 (one clinical word in the equity answer); regulatory: 0 then 100
    assert weakest[:2] == [("clinical-workflow", 50.0), ("regulatory", 50.0)]
    assert dict(weakest)["equity"] == trends["equity"][0]  # one session: its own score
    assert history.never_tried(lib, rows[:1]) == [EQUITY]
    data = history.summary(rows, lib)
    assert data["axis_trends"]["regulatory"]["sparkline"] == "▁█"
    assert data["never_tried"] == []


def test_export_csv(lib):
    add(lib, "a", SEPSIS, SEPSIS_MAIN, day=0, seconds=312.6)
    add(lib, "b", EQUITY, EQUITY_MAIN, day=1)
    rows = list(csv.DictReader(io.StringIO(history.export_csv_text(history.sessions()))))
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["scenario"] == SEPSIS and rows[0]["time_taken_seconds"] == "313"
    assert float(rows[0]["axis:regulatory"]) == 0 and float(rows[1]["axis:regulatory"]) == 100
    assert rows[0]["axis:equity"] == "" and float(rows[1]["axis:equity"]) > 0
    assert rows[1]["band"] and float(rows[1]["score"]) > float(rows[0]["score"]) - 100
