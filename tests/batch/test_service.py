"""run_batch end to end in-process: resume, exports, exit codes, the real judge against the fake server."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from minilib import many_answers
from minilib import STRONG, answer_file

from mockpm.batch.runs import RunStore
from mockpm.batch.service import BatchSettings, exit_code_for, public_host, run_batch
from mockpm.batch.summary import CohortSummary
from mockpm.errors import UsageError
from mockpm.judge.factory import make_judge


def _run(lib, inputs, **kw):
    store = RunStore.open(group=kw.pop("group", 1))
    try:
        return run_batch(BatchSettings(inputs=[str(i) for i in inputs], progress=False, **kw), lib, kw.get("judge"), store=store)
    finally:
        store.close()


def test_offline_cohort_summary_ranks_and_explains(lib, cohort: Path) -> None:
    res = _run(lib, [cohort])
    s = res.summary
    assert [r.name for r in s.rows] == ["Alice", "Carol", "Bob"]
    assert s.rows[0].score > s.rows[1].score > s.rows[2].score
    assert s.graded == 3 and res.exit_code == 0 and res.newly_graded == 3
    assert set(s.axes) == {"regulatory", "clinical-workflow", "model-quality-and-safety"}
    top = s.most_missed[0]
    assert top.count >= 1 and top.reason and top.seed and not top.seed.endswith(".txt")  # the article title, not its file
    # Bob's answer judges by AUC and open rates: those red flags are among the most missed
    assert {"mini-sepsis.auc-only", "mini-core.retention-framing"} <= {m.id for m in s.most_missed if m.kind == "red flag"}


def test_rerun_grades_nothing_and_resume_by_id(lib, cohort: Path) -> None:
    first = _run(lib, [cohort])
    again = _run(lib, [cohort])
    assert again.run.id == first.run.id and again.resumed and again.newly_graded == 0
    by_id = _run(lib, [cohort], resume=first.run.id)
    assert by_id.newly_graded == 0 and by_id.summary.graded == 3
    fresh = _run(lib, [cohort], fresh=True)
    assert fresh.run.id != first.run.id and fresh.newly_graded == 3


def test_new_or_changed_files_are_graded_removed_ones_dropped(lib, cohort: Path) -> None:
    first = _run(lib, [cohort])
    answer_file(cohort / "dan.md", STRONG + " Dan adds one line.", candidate="Dan")
    (cohort / "bob.md").unlink()
    res = _run(lib, [cohort])
    assert res.run.id == first.run.id and res.newly_graded == 1
    assert sorted(r.name for r in res.summary.rows) == ["Alice", "Carol", "Dan"]


def test_resume_with_other_options_is_refused(lib, cohort: Path) -> None:
    first = _run(lib, [cohort])
    with pytest.raises(UsageError, match="other inputs or grading options"):
        _run(lib, [cohort], resume=first.run.id, scenario="mini-sepsis")


def test_exports_csv_jsonl_json(lib, cohort: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("candidate,scenario,answer\nZed,unknown-one,some text here\n")
    for name in ("r.csv", "r.jsonl", "r.json"):
        res = _run(lib, [cohort, bad], out=str(tmp_path / name))
        assert res.exit_code == 7
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert [r["candidate"] for r in rows] == ["Alice", "Bob", "Carol", "Zed"]
    assert rows[0]["status"] == "graded" and float(rows[0]["score"]) > 50 and rows[0]["band"]
    assert rows[0]["axis:regulatory"] and rows[0]["judge_mode"] == "offline"
    assert rows[3]["status"] == "invalid" and "unknown scenario" in rows[3]["error"] and rows[3]["source"] == f"{bad}:2"
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert [x["status"] for x in lines] == ["graded", "graded", "graded", "invalid"]
    assert lines[0]["criteria"] and lines[0]["scenario"] == "mini-sepsis" and lines[0]["combine_rule"]
    doc = json.loads((tmp_path / "r.json").read_text())
    assert len(doc["reports"]) == 3 and doc["failures"][0]["candidate"] == "Zed"
    assert doc["summary"]["graded"] == 3 and doc["summary"]["invalid"] == 1


def test_bad_out_suffix_fails_before_grading(lib, cohort: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown file type"):
        _run(lib, [cohort], out=str(tmp_path / "r.xlsx"))
    assert RunStore.open().conn.execute("SELECT COUNT(*) FROM batch_items").fetchone()[0] == 0


def test_exit_codes() -> None:
    base = dict(run_id="x", total=3, graded=3, failed=0, invalid=0, incomplete=0)
    assert exit_code_for(CohortSummary(**base)) == 0
    assert exit_code_for(CohortSummary(**{**base, "incomplete": 1})) == 6
    assert exit_code_for(CohortSummary(**{**base, "incomplete": 1, "below": 1})) == 1
    assert exit_code_for(CohortSummary(**{**base, "below": 2, "failed": 1})) == 7
    assert exit_code_for(CohortSummary(**{**base, "invalid": 1})) == 7


def test_fail_under(lib, cohort: Path) -> None:
    res = _run(lib, [cohort], fail_under=60)
    assert res.summary.below == 2 and res.exit_code == 1


def test_public_host_drops_credentials() -> None:
    assert public_host("https://user:sk-secret@api.example.com:8443/v1?key=sk-x") == "https://api.example.com:8443/v1"


def test_llm_judge_against_fake_server(lib, tmp_path: Path, openai_fake) -> None:
    folder = many_answers(tmp_path / "c", 12)
    judge = make_judge(base_url=openai_fake.base_url, model="fake-model")
    assert judge is not None
    res = _run(lib, [folder], judge=judge, concurrency=4)
    # guard-flagged answers never reach the judge; the rest make one call each
    judged = sum(1 for r in res.summary.rows if "too_short" not in r.flags and "keyword_salad" not in r.flags)
    assert openai_fake.count() == judged > 0
    assert res.summary.graded == 12 and res.exit_code == 0
    store = RunStore.open()
    rep = next(r.report for r in store.iter_items(res.run.id) if r.report.judge.mode == "llm")
    assert rep.judge.model == "fake-model"
    assert "fake-model" in json.dumps(store.get(res.run.id).options)
    # a rerun of the same command makes no judge call at all
    again = _run(lib, [folder], judge=make_judge(base_url=openai_fake.base_url, model="fake-model"), concurrency=4)
    assert again.newly_graded == 0 and openai_fake.count() == judged


def test_a_ctrl_c_a_finalizer_swallowed_stops_the_run(lib, cohort: Path, monkeypatch) -> None:
    import gc
    import sys

    from mockpm import interrupts

    class Finalizer:
        def __del__(self) -> None:
            raise KeyboardInterrupt  # SIGINT landing in a __del__: Python prints it and carries on

    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)  # restored after the test
    interrupts.keep_swallowed_interrupts()
    Finalizer()
    gc.collect()
    with pytest.raises(KeyboardInterrupt):
        _run(lib, [cohort])
    # the interrupt is spent: the same command continues the stopped run and finishes it
    again = _run(lib, [cohort])
    assert again.resumed and again.newly_graded == 3 and again.summary.graded == 3
