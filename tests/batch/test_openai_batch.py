"""`--via batch` against the fake server's /v1/files and /v1/batches routes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from minilib import many_answers
from openai_batch_fake import install_batch_api

from mockpm.batch.runs import RunStore
from mockpm.batch.service import BatchSettings, run_batch
from mockpm.judge.factory import make_judge


def _run(lib, folder: Path, judge, **kw):
    store = RunStore.open()
    try:
        return run_batch(BatchSettings(inputs=[str(folder)], via="batch", poll_interval=0.01, progress=False, **kw),
                         lib, judge, store=store)
    finally:
        store.close()


def test_batch_api_round_trip_with_an_error_line(lib, tmp_path: Path, openai_fake) -> None:
    folder = many_answers(tmp_path / "c", 6)
    judge = make_judge(base_url=openai_fake.base_url, model="fake-model")
    failing: list[str] = []
    api = install_batch_api(openai_fake, polls=3, fail=lambda cid: cid in failing)
    # fail the request of one judged answer (guard-flagged ones are never sent)
    from mockpm.batch.inputs import expand_inputs
    items = expand_inputs([str(folder)], lib).items
    failing.append(items[0].key)
    res = _run(lib, folder, judge)
    assert len(api.batches) == 1
    batch = next(iter(api.batches.values()))
    sent = [json.loads(x) for x in api.files[batch["input_file_id"]]["data"].decode().splitlines()]
    assert {s["url"] for s in sent} == {"/v1/chat/completions"} and sent[0]["body"]["model"] == "fake-model"
    assert batch["metadata"] == {"mockpm_run": res.run.id}
    assert openai_fake.count() == 0  # nothing went through the synchronous endpoint
    assert api.executed == len(sent) - 1
    assert res.summary.failed == 1 and res.exit_code == 7
    failure = res.summary.failures[0]
    assert failure.source.endswith("cand000.md") and "500" in failure.error and "fake upstream failure" in failure.error
    store = RunStore.open()
    reports = [r.report for r in store.iter_items(res.run.id) if r.report is not None]
    assert any(r.judge.mode == "llm" and r.judge.model == "fake-model" for r in reports)
    assert all(c.met is not None for r in reports for c in r.criteria)
    assert store.get(res.run.id).remote_batch_id is None  # joined: nothing left to collect

    # the rerun submits a new job holding only the failed answer
    failing.clear()
    again = _run(lib, folder, make_judge(base_url=openai_fake.base_url, model="fake-model"))
    assert again.run.id == res.run.id and again.newly_graded == 1 and again.exit_code == 0
    second = api.batches["batch_0002"]
    assert len(api.files[second["input_file_id"]]["data"].decode().splitlines()) == 1


def test_a_stopped_command_picks_up_the_same_remote_job(lib, tmp_path: Path, openai_fake, monkeypatch) -> None:
    folder = many_answers(tmp_path / "c", 3)
    api = install_batch_api(openai_fake, polls=4)
    import mockpm.batch.openai_batch as ob

    polls = {"n": 0}
    real_sleep = ob.time.sleep

    def stop_on_second_poll(seconds: float) -> None:
        polls["n"] += 1
        if polls["n"] == 2:
            raise KeyboardInterrupt
        real_sleep(seconds)

    monkeypatch.setattr(ob.time, "sleep", stop_on_second_poll)
    with pytest.raises(KeyboardInterrupt):
        _run(lib, folder, make_judge(base_url=openai_fake.base_url))
    store = RunStore.open()
    run = store.conn.execute("SELECT id, remote_batch_id, status FROM batch_runs").fetchone()
    assert run["remote_batch_id"] == "batch_0001" and run["status"] == "interrupted"
    monkeypatch.setattr(ob.time, "sleep", real_sleep)
    res = _run(lib, folder, make_judge(base_url=openai_fake.base_url))
    assert len(api.batches) == 1  # no second upload, no second job
    assert res.run.id == run["id"] and res.summary.graded == 3 and res.exit_code == 0


def test_expired_job_results_are_used_and_the_rest_resubmitted(lib, tmp_path: Path, openai_fake) -> None:
    folder = many_answers(tmp_path / "c", 4)
    from mockpm.batch.inputs import expand_inputs
    keys = [i.key for i in expand_inputs([str(folder)], lib).items]
    api = install_batch_api(openai_fake, polls=1, drop=lambda cid: cid == keys[1], end_status="expired")
    res = _run(lib, folder, make_judge(base_url=openai_fake.base_url))
    assert res.summary.failed == 1 and "expired" in res.summary.failures[0].error
    api.drop, api.end_status = None, "completed"
    again = _run(lib, folder, make_judge(base_url=openai_fake.base_url))
    assert again.newly_graded == 1 and again.exit_code == 0
