"""`mockpm eval`: the labelled sample answers as a test suite for the rubrics."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from mockpm.cli.common import BaseUrlOpt, LibraryOpt, ModelOpt, NoCacheOpt, OfflineOpt, load, notice, out_console


class Split(str, Enum):
    all = "all"
    dev = "dev"
    heldout = "heldout"


def eval_command(
    *,
    library: LibraryOpt = None,
    scenario: Annotated[str | None, typer.Option("--scenario", "-s", metavar="ID", help="Evaluate one scenario's samples only.", show_default=False)] = None,
    split: Annotated[Split, typer.Option("--split", help="Which samples: dev (used to tune), heldout (never used to tune), or all.")] = Split.all,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as one JSON document on stdout.")] = False,
    worst: Annotated[int, typer.Option("--worst", min=0, max=100, metavar="N", help="Also list the N samples graded furthest from their labels (0-100).")] = 0,
    offline: OfflineOpt = False,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Grade the library's labelled sample answers and measure the grades against their labels.

    With --library, only that folder's samples are evaluated (against the built-in scenarios and
    rubrics plus its own). Exit 1 when a threshold is missed.
    """
    from mockpm.errors import ExitCode, UsageError
    from mockpm.evaluation import evaluate, select
    from mockpm.judge.factory import make_judge
    from mockpm.samples import load_samples

    lib = load(library)
    samples = load_samples(library, include_builtin=not library, known_scenarios=set(lib.scenarios))
    if scenario is not None:
        lib.scenario(scenario)  # unknown ids get the library's own error and suggestion
    chosen = select(samples, split.value, scenario)
    if not chosen:
        raise UsageError("no labelled samples to evaluate", hint="add samples/*.yaml to the library (see docs/samples.md)")
    judge = make_judge(offline=offline, model=model, base_url=base_url, samples=1, use_cache=not no_cache, notify=notice)
    report = _with_progress(lambda progress: evaluate(samples, lib, judge=judge, split=split.value, scenario=scenario,
                                                      progress=progress), len(chosen))
    if json_out:
        print(report.model_dump_json(indent=2))
    else:
        from mockpm.report.eval_report import render

        render(report, out_console(), show_worst=worst)
    raise typer.Exit(int(ExitCode.OK if report.passed else ExitCode.BELOW_THRESHOLD))


def _with_progress(run, total: int):  # noqa: ANN001, ANN202 - a callable taking the progress hook
    """A progress bar on stderr when it is a terminal; nothing otherwise (stdout is the report)."""
    import sys

    if not sys.stderr.isatty():
        return run(None)
    from rich.progress import Progress

    from mockpm.cli.common import err_console

    with Progress(console=err_console(), transient=True) as bar:
        task = bar.add_task("grading samples", total=total)
        return run(lambda done, _total: bar.update(task, completed=done))
