"""The concurrent engine: grade pending items with at most N judge calls in flight.

Each grade is saved to the run's store the moment it finishes, so Ctrl-C or a killed process
loses at most the answers in flight. One answer failing is recorded and the run goes on; a
judge configuration error (bad key, model or URL: every call would fail the same way) stops
the run at once, and so does an outage: after ``OUTAGE_STOP`` answers in a row whose judge
could not be reached or timed out, no more are started (the rest stay pending for a rerun).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mockpm.batch.inputs import BatchItem
from mockpm.batch.runs import RunStore
from mockpm.catalog import Library
from mockpm.errors import JudgeConfigError, MockpmError
from mockpm.grading import agrade
from mockpm.judge.base import Judge
from mockpm.models import GradeReport

DEFAULT_CONCURRENCY = 8
OUTAGE_STOP = 5


@dataclass
class RunCounts:
    graded: int = 0
    failed: int = 0
    outage_streak: int = 0
    stopped: str | None = None  # why the run stopped before every answer was tried


def _watch_outage(counts: RunCounts, report: GradeReport) -> None:
    if report.judge.mode != "llm":
        return  # not judged (a flagged answer): says nothing about the endpoint
    if not report.judge.outage:
        counts.outage_streak = 0
        return
    counts.outage_streak += 1
    if counts.outage_streak >= OUTAGE_STOP and not counts.stopped:
        counts.stopped = (f"stopped early: the judge failed {counts.outage_streak} answers in a row "
                          f"({report.judge.error or 'unreachable'})")


def failure_message(exc: BaseException) -> str:
    if isinstance(exc, MockpmError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


async def grade_pending(
    pending: Iterable[tuple[int, BatchItem]],
    lib: Library,
    judge: Judge | None,
    store: RunStore,
    run_id: str,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_done: Callable[[bool], None] | None = None,
) -> RunCounts:
    """Grade (ordinal, item) pairs; save each result as it finishes; return how many passed/failed."""
    counts = RunCounts()
    queue = iter(pending)  # shared by the workers; next() never yields to the loop, so no item is taken twice

    async def worker() -> None:
        for ordinal, item in queue:
            if counts.stopped:
                return
            try:
                scenario = lib.scenario(item.scenario_id)
                report = await agrade(item.answer, scenario, lib.rubrics_for(scenario), judge, library=lib)
            except JudgeConfigError:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad answer must not stop the cohort
                store.record(run_id, item, ordinal, error=failure_message(exc))
                counts.failed += 1
                ok = False
            else:
                store.record(run_id, item, ordinal, report=report)
                counts.graded += 1
                ok = True
                _watch_outage(counts, report)
            if on_done is not None:
                on_done(ok)
            if judge is None:
                # Offline grading never awaits: yield so Ctrl-C and progress stay responsive.
                await asyncio.sleep(0)

    workers = [asyncio.create_task(worker()) for _ in range(max(1, concurrency))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    finally:
        store.flush()
        aclose = getattr(judge, "aclose", None)
        if aclose is not None:
            # the judge's async client belongs to this loop: close it (and flush its cache) before the loop ends
            try:
                await aclose()
            except Exception:  # noqa: BLE001 - closing must not hide the run's own outcome
                pass
    return counts
