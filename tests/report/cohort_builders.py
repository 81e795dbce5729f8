"""A small cohort graded offline into the page and summary builders, one answer made unscored."""

from __future__ import annotations

from pathlib import Path

from minilib import answer_file, load_minilib

from mockpm.batch.runs import ItemRow, RunStore
from mockpm.batch.service import BatchSettings, run_batch
from mockpm.batch.summary import SummaryBuilder
from mockpm.report.html import HtmlCohortBuilder


def built_with_unscored(tmp_path: Path, answers: dict[str, str], unscored: str, *, score: float | None = None
                        ) -> tuple[HtmlCohortBuilder, SummaryBuilder, list[ItemRow]]:
    """``answers`` (candidate -> text) graded; the judge failed on every criterion of ``unscored``."""
    lib = load_minilib(tmp_path / "lib")
    folder = tmp_path / "answers"
    folder.mkdir()
    for name, text in answers.items():
        answer_file(folder / f"{name.lower()}.md", text, candidate=name)
    store = RunStore.open()
    try:
        res = run_batch(BatchSettings(inputs=[str(folder)], progress=False), lib, None, store=store)
        items = list(store.iter_items(res.run.id))
    finally:
        store.close()
    gone = next(i for i in items if i.candidate == unscored)
    gone.report = gone.report.model_copy(update={"band": "Unscored", "score": score, "complete": False, "criteria": [
        c.model_copy(update={"met": None}) for c in gone.report.criteria]})
    html_b, sum_b = HtmlCohortBuilder(), SummaryBuilder("r")
    for it in items:
        html_b.add(it)
        sum_b.add(it)
    return html_b, sum_b, items
