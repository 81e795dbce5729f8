"""`mockpm grade FILE...`"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from mockpm.cli.common import BaseUrlOpt, FailUnderOpt, LibraryOpt, ModelOpt, NoCacheOpt, OfflineOpt, SamplesOpt, load, notice, out_console


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"


def grade_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Answer files (Markdown or text, optional YAML front matter).", show_default=False)],
    scenario: Annotated[str | None, typer.Option("--scenario", "-s", help="Scenario id; overrides the answer's front matter.")] = None,
    offline: OfflineOpt = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout (same as --format json).")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.terminal,
    fail_under: FailUnderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    samples: SamplesOpt = 1,
    no_cache: NoCacheOpt = False,
    library: LibraryOpt = None,
) -> None:
    """Grade answer files against their scenario's rubrics."""
    from mockpm.errors import ExitCode
    from mockpm.grade_files import grade_loaded, load_answers

    if json_out:
        fmt = Format.json
    from mockpm.judge.factory import make_judge

    lib = load(library)
    items = load_answers(files, lib, scenario_override=scenario)
    judge = make_judge(offline=offline, model=model, base_url=base_url, samples=samples, use_cache=not no_cache, notify=notice)
    reports = grade_loaded(items, lib, judge)
    emit(reports, fmt)
    code = ExitCode.OK
    if not all(r.complete for r in reports):
        code = ExitCode.INCOMPLETE
    # an unscored report (score None) is incomplete, never a fail
    if fail_under is not None and any(r.score is not None and r.score < fail_under for r in reports):
        code = ExitCode.BELOW_THRESHOLD
    raise typer.Exit(int(code))


def emit(reports, fmt: Format) -> None:  # noqa: ANN001 - list[GradeReport]
    if fmt is Format.json:
        import json

        docs = [r.model_dump(mode="json") for r in reports]
        print(json.dumps(docs[0] if len(docs) == 1 else docs, indent=2, ensure_ascii=False))
    elif fmt is Format.markdown:
        from mockpm.report.markdown import render

        print("\n\n".join(render(r) for r in reports))
    else:
        from mockpm.report.terminal import render

        console = out_console()
        for r in reports:
            render(r, console)
