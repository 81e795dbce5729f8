"""One batch run from start to finish: inputs -> run (new or resumed) -> grade what is missing -> outputs.

The CLI is a thin layer over ``run_batch``; calibration reuses it to grade its answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from mockpm.batch.exports import ResultWriter
from mockpm.batch.claim import claim_run
from mockpm.batch.inputs import BatchItem, Expanded, Scan, iter_items, scan_inputs
from mockpm.batch.runner import DEFAULT_CONCURRENCY, RunCounts, grade_pending
from mockpm.batch.runs import RunInfo, RunStore, fingerprint
from mockpm.batch.summary import CohortSummary, SummaryBuilder
from mockpm.catalog import Library
from mockpm.errors import AnswerError, ExitCode, UsageError
from mockpm.judge.base import Judge

Notify = Callable[[str], None]


class BatchSettings(BaseModel):
    inputs: list[str]
    # How a stopped run is continued, shown when it starts; callers other than `batch` differ.
    resume_hint: str = "mockpm batch --resume {run_id}"
    scenario: str | None = None
    out: str | None = None
    html: Path | None = None
    concurrency: int = Field(default=DEFAULT_CONCURRENCY, ge=1)
    fail_under: float | None = None
    resume: str | None = None
    fresh: bool = False
    via: Literal["direct", "batch"] = "direct"
    library: list[str] = Field(default_factory=list)
    # how the judge was asked for; the resolved judge adds its own model and host
    model: str | None = None
    base_url: str | None = None
    samples: int = 1
    offline: bool = False
    poll_interval: float = 10.0
    progress: bool | None = None  # None: only when stderr is a terminal


class BatchResult(BaseModel):
    run: RunInfo
    resumed: bool
    newly_graded: int
    newly_failed: int
    summary: CohortSummary
    exit_code: int
    stopped: str | None = None  # why grading stopped before every answer was tried (a judge outage)
    to_grade: int = 0  # answers still without a complete grade
    not_started: int = 0  # answers of the inputs never tried (a run stopped early): not graded either


def public_host(url: str | None) -> str | None:
    """The endpoint without credentials or query: safe to store and print."""
    from mockpm.redaction import public_url

    return public_url(url).rstrip("/") if url else None


def library_digest(lib: Library) -> str:
    """Changes when any scenario or rubric changes, or mockpm does: grades made under an older
    rubric are not passed off as this one's."""
    import hashlib

    from mockpm import __version__

    h = hashlib.sha256(__version__.encode())
    for group in (lib.scenarios, lib.rubrics):
        for key in sorted(group):
            h.update(group[key].model_dump_json().encode())
    return h.hexdigest()[:16]


def run_options(settings: BatchSettings, specs: list[str], judge: Judge | None, lib: Library) -> dict[str, Any]:
    """Everything that decides the grades of this run (and nothing secret): the fingerprint's input."""
    if judge is None:
        judge_opts: dict[str, Any] = {"mode": "offline"}
    else:
        resolved = getattr(judge, "settings", None)
        judge_opts = {
            "mode": "llm",
            "model": getattr(resolved, "model", None) or settings.model,
            "endpoint": public_host(getattr(resolved, "base_url", None) or settings.base_url),
            "samples": settings.samples,
        }
    return {
        "inputs": specs,
        "scenario": settings.scenario,
        "library": [str(Path(p).expanduser().resolve()) for p in settings.library],
        "judge": judge_opts,
        "rubrics": library_digest(lib),
    }


def open_run(store: RunStore, options: dict[str, Any], *, resume: str | None, fresh: bool) -> tuple[RunInfo, bool]:
    fp = fingerprint(options)
    if resume:
        run = store.get(resume)
        if run.fingerprint != fp:
            raise UsageError(
                f"run {resume} was started with other inputs or grading options",
                hint="repeat its original command, or run without --resume to start a new run",
            )
        return run, True
    return store.find_or_create(options, fresh=fresh)


def exit_code_for(summary: CohortSummary) -> int:
    """7 when any answer was not graded, else 1 when any is under --fail-under, else 6 when incomplete."""
    if summary.failed or summary.invalid:
        return int(ExitCode.PARTIAL)
    if summary.below:
        return int(ExitCode.BELOW_THRESHOLD)
    if summary.incomplete:
        return int(ExitCode.INCOMPLETE)
    return int(ExitCode.OK)


def collect(store: RunStore, run_id: str, *, out: str | None = None, html: Path | None = None,
            answers: dict[str, str] | None = None, fail_under: float | None = None) -> CohortSummary:
    """One pass over the stored items: summary, result file and HTML report together.

    A person's review decisions are final: every output reads the items with them applied."""
    from mockpm.batch.reviews import decisions, item_with_decisions

    decided = decisions(store, run_id)
    builder = SummaryBuilder(run_id, fail_under=fail_under)
    writer = ResultWriter(out) if out else None
    html_builder = None
    if html is not None:
        from mockpm.report.html import HtmlCohortBuilder

        html_builder = HtmlCohortBuilder(answers, decisions=decided)
    try:
        for item in store.iter_items(run_id):
            item = item_with_decisions(item, decided.get(item.key))
            builder.add(item)
            if writer is not None:
                writer.add(item)
            if html_builder is not None:
                html_builder.add(item)
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    summary = builder.build()
    if writer is not None:
        writer.close(summary)
    if html_builder is not None:
        from mockpm.report.html import write_html

        hint = out if out and out != "-" else f"mockpm runs export {run_id} --out results.jsonl"
        write_html(html, html_builder.render(summary, export_hint=hint))
    return summary


def run_batch(settings: BatchSettings, lib: Library, judge: Judge | None, *, store: RunStore,
              notify: Notify = lambda m: None, expanded: Expanded | None = None) -> BatchResult:
    """Grade a cohort (or finish a stopped run) and write its outputs.

    Ctrl-C propagates as KeyboardInterrupt after everything finished so far is committed.
    """
    if settings.via == "batch" and judge is None:
        raise UsageError("--via batch needs the LLM judge", hint="drop --offline, or set OPENAI_API_KEY")
    # Bad output paths fail now, not after an hour of grading.
    from mockpm.outfiles import check_writable

    if settings.out:
        from mockpm.batch.exports import format_for

        format_for(settings.out)
        if settings.out != "-":
            check_writable(Path(settings.out), "--out")
    if settings.html is not None:
        check_writable(settings.html, "--html")
    if expanded is not None:
        scan = Scan(keys=[it.key for it in expanded.items], problems=expanded.problems, specs=expanded.specs)

        def items() -> Iterator[BatchItem]:
            return iter(expanded.items)
    else:
        # Two passes over the inputs: the first keeps only keys, the second hands answers to
        # the graders one at a time, so memory does not grow with the cohort.
        scan = scan_inputs(settings.inputs, lib, scenario_override=settings.scenario)

        def items() -> Iterator[BatchItem]:
            return iter_items(settings.inputs, lib, scenario_override=settings.scenario)
    for p in scan.problems:
        notify(f"skipped {p.message}")
    if not scan.keys:
        # Nothing to grade is one outcome, whether the folder was empty or every row was bad.
        skipped = f" ({len(scan.problems)} skipped, named above)" if scan.problems else ""
        raise AnswerError(f"no answers to grade in the inputs{skipped}",
                          hint="pass answer files, folders, globs, or a CSV/JSONL file")
    options = run_options(settings, scan.specs, judge, lib)
    run, resumed = open_run(store, options, resume=settings.resume, fresh=settings.fresh)
    with claim_run(run.id):
        return _grade_run(settings, lib, judge, store, run, resumed, scan, items, notify)


def _grade_run(settings: BatchSettings, lib: Library, judge: Judge | None, store: RunStore, run: RunInfo,
               resumed: bool, scan: Scan, items: Callable[[], Iterator[BatchItem]], notify: Notify) -> BatchResult:
    store.register(run.id, scan.keys, scan.problems)
    done = store.graded_keys(run.id)
    total = len(scan.keys)
    to_grade = sum(1 for k in scan.keys if k not in done)
    already = total - to_grade
    verb = "resuming" if resumed else "starting"
    hint = settings.resume_hint.format(run_id=run.id)
    notify(f"{verb} batch run {run.id}: {total} answers, {already} already graded, "
           f"{to_grade} to grade (resume with `{hint}`)")
    store.set_status(run.id, "running")
    counts = RunCounts()
    from mockpm.batch.progress import CohortProgress
    from mockpm.interrupts import raise_if_interrupted

    pending = ((i, it) for i, it in enumerate(items()) if it.key not in done)
    try:
        with CohortProgress(total, done=already, enabled=settings.progress) as bar:
            if to_grade and settings.via == "batch":
                from mockpm.batch.openai_batch import grade_via_batch_api

                counts = grade_via_batch_api(list(pending), lib, judge, store, run, poll_interval=settings.poll_interval,
                                             progress=bar, notify=notify)
            elif to_grade:
                def advance(ok: bool) -> None:
                    bar.advance(ok)
                    raise_if_interrupted()  # a Ctrl-C a finalizer swallowed stops the run here

                raise_if_interrupted()
                counts = asyncio.run(grade_pending(pending, lib, judge, store, run.id,
                                                   concurrency=settings.concurrency, on_done=advance))
    except BaseException:
        store.set_status(run.id, "interrupted")
        raise
    left = total - len(store.graded_keys(run.id) & set(scan.keys)) if counts.stopped else 0
    if counts.stopped:
        notify(f"{counts.stopped}; {left} answers still to grade: rerun the same command to continue (`{hint}`)")
    answers = {it.key: it.answer.text for it in items()} if settings.html is not None else None
    summary = collect(store, run.id, out=settings.out, html=settings.html, answers=answers, fail_under=settings.fail_under)
    status = "stopped" if counts.stopped else "finished" if not (summary.failed or summary.invalid) else "partial"
    store.set_status(run.id, status)
    code = exit_code_for(summary)
    if counts.stopped and code == int(ExitCode.OK):
        code = int(ExitCode.INCOMPLETE)
    # every stored item of this run's inputs is in the summary; the rest were never tried
    not_started = max(0, len(scan.keys) - (summary.total - summary.invalid))
    return BatchResult(run=store.get(run.id), resumed=resumed, newly_graded=counts.graded, newly_failed=counts.failed,
                       summary=summary, exit_code=code, stopped=counts.stopped, to_grade=left, not_started=not_started)
