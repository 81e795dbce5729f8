"""The concurrent engine: bounded concurrency, saved as each finishes, failures recorded, not fatal."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from minilib import many_answers

from mockpm.batch.inputs import expand_inputs
from mockpm.batch.runner import grade_pending
from mockpm.batch.runs import RunStore
from mockpm.errors import JudgeConfigError, JudgeError
from mockpm.judge.base import JudgeRequest, JudgeResult, JudgeVerdict
from mockpm.models import JudgeInfo


class SlowJudge:
    """Meets every strength after a short sleep; records how many calls overlap."""

    def __init__(self, delay: float = 0.02, fail_on: str | None = None, config_error_on: str | None = None,
                 db: Path | None = None) -> None:
        self.delay = delay
        self.fail_on = fail_on
        self.config_error_on = config_error_on
        self.in_flight = 0
        self.peak = 0
        self.calls = 0
        self.db = db
        self.saved_seen: list[int] = []

    def judge(self, request: JudgeRequest) -> JudgeResult:  # pragma: no cover - batch uses ajudge
        raise AssertionError("batch must use ajudge")

    async def ajudge(self, request: JudgeRequest) -> JudgeResult:
        self.calls += 1
        if self.db is not None:  # what another process would see right now
            with sqlite3.connect(self.db) as c:
                self.saved_seen.append(c.execute("SELECT COUNT(*) FROM batch_items").fetchone()[0])
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        if self.fail_on and self.fail_on in request.answer_text:
            raise JudgeError("the judge timed out (60s) after 4 attempts")
        if self.config_error_on and self.config_error_on in request.answer_text:
            raise JudgeConfigError("the judge endpoint rejected the API key (401)")
        return JudgeResult(
            verdicts=[JudgeVerdict(criterion_id=c.id, met=c.points > 0, evidence="") for c in request.criteria],
            info=JudgeInfo(mode="llm", model="slow-fake"),
        )


def _setup(lib, tmp_path: Path, n: int):
    folder = many_answers(tmp_path / "cohort", n)
    ex = expand_inputs([str(folder)], lib)
    db = tmp_path / "store.sqlite3"
    store = RunStore.open(db)
    run = store.create({"inputs": ex.specs})
    store.register(run.id, [it.key for it in ex.items], ex.problems)
    return ex, store, run, db


def test_concurrency_is_bounded_and_used(lib, tmp_path: Path) -> None:
    ex, store, run, _ = _setup(lib, tmp_path, 24)
    judge = SlowJudge(delay=0.03)
    counts = asyncio.run(grade_pending(list(enumerate(ex.items)), lib, judge, store, run.id, concurrency=4))
    assert counts.graded == 24 and counts.failed == 0
    assert judge.peak == 4
    assert store.counts(run.id) == {"graded": 24}


def test_each_grade_is_committed_as_it_finishes(lib, tmp_path: Path) -> None:
    ex, store, run, db = _setup(lib, tmp_path, 6)
    judge = SlowJudge(delay=0.0, db=db)
    asyncio.run(grade_pending(list(enumerate(ex.items)), lib, judge, store, run.id, concurrency=1))
    # with one worker, answer k starts after k earlier grades are visible to other connections
    assert judge.saved_seen == [0, 1, 2, 3, 4, 5]


def test_one_failure_is_recorded_and_the_run_goes_on(lib, tmp_path: Path) -> None:
    ex, store, run, _ = _setup(lib, tmp_path, 9)
    judge = SlowJudge(fail_on="Candidate note number 4.")
    done: list[bool] = []
    counts = asyncio.run(grade_pending(list(enumerate(ex.items)), lib, judge, store, run.id, concurrency=3,
                                       on_done=done.append))
    assert (counts.graded, counts.failed) == (8, 1)
    assert sorted(done) == [False] + [True] * 8
    failed = [r for r in store.iter_items(run.id) if r.status == "failed"]
    assert len(failed) == 1 and "timed out" in failed[0].error and failed[0].source.endswith("cand004.md")


def test_a_judge_configuration_error_stops_the_run_but_keeps_what_finished(lib, tmp_path: Path) -> None:
    ex, store, run, _ = _setup(lib, tmp_path, 12)
    judge = SlowJudge(delay=0.01, config_error_on="Candidate note number 5.")
    with pytest.raises(JudgeConfigError):
        asyncio.run(grade_pending(list(enumerate(ex.items)), lib, judge, store, run.id, concurrency=2))
    saved = store.counts(run.id).get("graded", 0)
    assert 1 <= saved < 12
    assert judge.calls < 12
