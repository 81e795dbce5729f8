"""`mockpm batch` and `mockpm calibrate`."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from mockpm.cli.common import (
    BaseUrlOpt,
    FailUnderOpt,
    LibraryOpt,
    ModelOpt,
    NoCacheOpt,
    OfflineOpt,
    SamplesOpt,
    err_console,
    notice,
    out_console,
    wrapped_notice,
)


class Via(str, Enum):
    direct = "direct"
    batch = "batch"




def batch_command(
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="INPUT...", show_default=False,
        help="Answer files, folders (*.md, *.txt, recursively), globs, or CSV/JSONL files with "
             "candidate, scenario, answer (and optional id) columns.")] = None,
    scenario: Annotated[str | None, typer.Option("--scenario", "-s", help="Scenario id for every answer (overrides front matter and columns).")] = None,
    out: Annotated[str | None, typer.Option("--out", "-o", help="Write results to FILE.csv, .jsonl or .json (- for CSV on stdout).", show_default=False)] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML cohort report.", show_default=False)] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, max=512, help="Judge calls in flight at once.")] = 8,
    offline: OfflineOpt = False,
    fail_under: FailUnderOpt = None,
    resume: Annotated[str | None, typer.Option("--resume", metavar="RUN_ID", help="Finish a stopped run (inputs and options come from the run).")] = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Start a new run even if this command already has one.")] = False,
    via: Annotated[Via, typer.Option("--via", help="direct: concurrent judge calls; batch: the OpenAI Batch API (cheaper, slower, resumable).")] = Via.direct,
    poll_interval: Annotated[float, typer.Option("--poll-interval", min=0.01, help="Seconds between Batch API status checks.", hidden=True)] = 10.0,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    samples: SamplesOpt = 1,
    no_cache: NoCacheOpt = False,
    library: LibraryOpt = None,
) -> None:
    """Grade a cohort's answers: concurrent, resumable, with CSV/JSONL/JSON and HTML output.

    Every grade is saved as it finishes; rerunning the same command (or --resume RUN_ID) grades
    only what is missing. Exit codes: 0 all graded; 7 some answers not graded; 1 some score under
    --fail-under; 6 some reports incomplete, or stopped early by a judge outage; 8 the same run is
    in progress in another process; 130 interrupted (progress saved).
    """
    from mockpm.batch.runs import RunStore
    from mockpm.batch.service import BatchSettings, run_batch
    from mockpm.batch.summary import render_summary
    from mockpm.cli.common import load
    from mockpm.errors import ExitCode, UsageError
    from mockpm.judge.factory import make_judge

    store = RunStore.open()
    try:
        if resume:
            # the run defines what is graded; flags given again must agree (checked by fingerprint)
            stored = store.get(resume).options
            inputs = inputs or stored.get("inputs") or []
            scenario = scenario or stored.get("scenario")
            library = library or [Path(p) for p in stored.get("library", [])]
            judge_opts = stored.get("judge", {})
            offline = offline or judge_opts.get("mode") == "offline"
            model = model or judge_opts.get("model")
            if samples == 1:
                samples = judge_opts.get("samples") or 1
        if not inputs:
            raise UsageError("no INPUT given", hint="pass answer files, folders, globs or a CSV/JSONL file, or --resume RUN_ID")
        if out is not None and not out.strip():
            raise UsageError("--out is empty", hint="give a file name ending in .csv, .jsonl or .json, or - for stdout")
        settings = BatchSettings(
            inputs=inputs, scenario=scenario, out=out, html=html, concurrency=concurrency, fail_under=fail_under,
            resume=resume, fresh=fresh, via=via.value, library=[str(p) for p in library or []], model=model,
            base_url=base_url, samples=samples, offline=offline, poll_interval=poll_interval,
        )
        lib = load(library)
        judge = make_judge(offline=offline, model=model, base_url=base_url, samples=samples,
                           use_cache=not no_cache, notify=notice)
        # groups of commits keep 10,000 offline grades fast; a judged answer is worth its own commit
        store.group = 1 if judge is not None else 64
        try:
            result = run_batch(settings, lib, judge, store=store, notify=notice)
        except KeyboardInterrupt:
            notice("interrupted: every finished grade is saved; rerun the same command to continue")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    finally:
        store.close()

    s = result.summary
    if out is None:
        render_summary(s, out_console())
    else:
        render_summary(s, err_console(), max_rows=20)
        if out != "-":
            notice(f"wrote {out}")
    if html is not None:
        notice(f"wrote {html}")
    notice(f"run {result.run.id}: {result.newly_graded} graded now, {s.graded} graded in all, "
           f"{s.failed + s.invalid + result.not_started} not graded"
           + (f" ({result.not_started} never started)" if result.not_started else ""))
    raise typer.Exit(result.exit_code)


def _calibrate_command(grades: Path, offline: bool, model: str | None, base_url: str | None,
                       library: list[Path] | None, scale: tuple[int, int] | None = None) -> str:
    """The command that continues this calibration: rerunning it grades only what is missing."""
    import shlex

    args = ["mockpm", "calibrate", str(grades)]
    if scale is not None:
        args += ["--scale-min", str(scale[0]), "--scale-max", str(scale[1])]
    if offline:
        args.append("--offline")
    if model:
        args += ["--model", model]
    if base_url:
        from mockpm.batch.service import public_host

        args += ["--base-url", public_host(base_url) or ""]
    for p in library or []:
        args += ["--library", str(p)]
    return shlex.join(args)


def calibrate_command(
    grades: Annotated[Path, typer.Argument(metavar="GRADES.csv", show_default=False,
        help="CSV with a `human` grade (optional `human2`) and either `file` (answer file, relative to the CSV; "
             "optional `scenario`) or `candidate` + `scenario` matched against --run.")],
    scale_min: Annotated[int | None, typer.Option("--scale-min", help="Lowest point of the human scale (default: lowest grade seen).", show_default=False)] = None,
    scale_max: Annotated[int | None, typer.Option("--scale-max", help="Highest point of the human scale (default: highest grade seen).", show_default=False)] = None,
    run: Annotated[str | None, typer.Option("--run", metavar="RUN_ID", help="Compare with a finished batch run instead of grading files.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, max=512, help="Judge calls in flight at once.")] = 8,
    offline: OfflineOpt = False,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    no_cache: NoCacheOpt = False,
    library: LibraryOpt = None,
) -> None:
    """Compare mockpm's scores with human grades: QWK, Spearman, agreement, SMD, PASS/FAIL.

    Scores are compared on the human scale: mockpm's 0-100 maps linearly onto --scale-min..--scale-max
    and is rounded to whole points. Passes when QWK >= 0.70, |SMD| <= 0.15 and, with two human
    columns, QWK is no more than 0.10 below the human-human QWK. Exit 1 when any check fails.
    """
    import json
    import math

    from mockpm.batch.runs import RunStore
    from mockpm.calibration import analyse, items_from_files, items_from_run, read_grades
    from mockpm.report.calibration_text import render
    from mockpm.cli.common import load
    from mockpm.errors import ExitCode, UsageError

    if (scale_min is None) != (scale_max is None):
        raise UsageError("pass both --scale-min and --scale-max, or neither (auto)")
    if scale_min is not None and scale_max is not None and scale_max <= scale_min:
        # checked now, not after every answer has been graded
        raise UsageError(f"--scale-max {scale_max} must be above --scale-min {scale_min}")
    tell = wrapped_notice  # calibration's notices fit 80 columns
    rows, skipped = read_grades(grades, tell)
    if scale_min is None and rows:
        humans = [h for r in rows for h in (r.human, r.human2) if h is not None]
        lo, hi = math.floor(min(humans)), math.ceil(max(humans))
        if hi <= lo:  # refused now, not after every answer has been graded
            raise UsageError(f"every human grade in {grades} is {lo}: the scale {lo}..{hi} has fewer than two points",
                             hint="pass --scale-min and --scale-max")
    scale = None if scale_min is None or scale_max is None else (scale_min, scale_max)
    store = RunStore.open()
    try:
        if run:
            items, more = items_from_run(rows, store, run)
        else:
            missing = [r.source for r in rows if r.file is None]
            if missing:
                raise UsageError(f"{missing[0]}: no `file` column value", hint="add the answer file, or pass --run RUN_ID to match candidates")
            from mockpm.judge.factory import make_judge

            lib = load(library)
            judge = make_judge(offline=offline, model=model, base_url=base_url, use_cache=not no_cache, notify=tell)
            store.group = 1 if judge is not None else 64
            again = _calibrate_command(grades, offline, model, base_url, library, scale)
            try:
                items, more = items_from_files(rows, lib, judge, store, grades_csv=grades, concurrency=concurrency,
                                               notify=tell, resume_command=again)
            except KeyboardInterrupt:
                tell(f"calibration stopped; answers graded so far are kept: continue with `{again}`")
                raise
    finally:
        store.close()
    for s in more:
        tell(f"skipped {s}")
    report = analyse(items, scale_min=scale_min, scale_max=scale_max, skipped=skipped + more)
    if json_out:
        print(json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        from mockpm.report.safe import printable

        print(printable(render(report)))
    raise typer.Exit(int(ExitCode.OK if report.passed else ExitCode.BELOW_THRESHOLD))
