"""`mockpm grade FILE...`"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from mockpm.cli.common import (
    BaseUrlOpt, BriefOpt, FailUnderOpt, LibraryOpt, ModelOpt, NoCacheOpt, NoPagerOpt, OfflineOpt, SamplesOpt,
    coaching_for, load, notice, paged,
)
from mockpm.cli.manual import examples

GRADE_EPILOG = examples(
    "mockpm grade --offline answer.md",
    "mockpm grade --json --fail-under 60 answers/*.md",
    "cat answer.md | mockpm grade --offline --scenario sepsis-model -",
)


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"


def grade_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Answer files (Markdown or text, optional YAML front matter); - reads one from stdin.", show_default=False)],
    scenario: Annotated[str | None, typer.Option("--scenario", "-s", help="Scenario id; overrides the answer's front matter.")] = None,
    offline: OfflineOpt = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout (same as --format json).")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.terminal,
    fail_under: FailUnderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    samples: SamplesOpt = 1,
    no_cache: NoCacheOpt = False,
    brief: BriefOpt = False,
    no_pager: NoPagerOpt = False,
    library: LibraryOpt = None,
) -> None:
    """Grade answer files against their scenario's rubrics.

    The report leads with the score, the band and the changes worth the most points; a report
    longer than the terminal opens in a pager (PAGER or MOCKPM_PAGER; never when piped).
    """
    from mockpm.errors import ExitCode
    from mockpm.grade_files import grade_loaded, read_answers, scenario_for

    # Files from strangers are read first, so a bad one is refused before the grader loads.
    answers = read_answers(files)

    if json_out:
        fmt = Format.json
    from mockpm.judge.factory import make_judge

    lib = load(library)
    items = [(a, scenario_for(a, lib, scenario)) for a in answers]
    judge = make_judge(offline=offline, model=model, base_url=base_url, samples=samples, use_cache=not no_cache, notify=notice)
    reports = grade_loaded(items, lib, judge)
    emit(reports, fmt, lib=lib, brief=brief, no_pager=no_pager)
    code = ExitCode.OK
    if not all(r.complete for r in reports):
        code = ExitCode.INCOMPLETE
    # an unscored report (score None) is incomplete, never a fail
    short = below(reports, fail_under)
    if short:
        notice(short)
        code = ExitCode.BELOW_THRESHOLD
    raise typer.Exit(int(code))


def below(reports, fail_under: float | None) -> str | None:  # noqa: ANN001 - list[GradeReport]
    """One line naming the scores under --fail-under, or None. An unscored answer is no fail."""
    if fail_under is None:
        return None
    low = [r for r in reports if r.score is not None and r.band != "Unscored" and r.score < fail_under]
    if not low:
        return None
    names = ", ".join(f"{r.file or r.scenario} scored {r.score:.0f}" for r in low[:3])
    more = f" (+{len(low) - 3} more)" if len(low) > 3 else ""
    return f"below --fail-under {fail_under:g}: {names}{more}"


def emit(reports, fmt: Format, *, lib=None, brief: bool = False, no_pager: bool = False) -> None:  # noqa: ANN001
    if fmt is Format.json:
        import json

        from mockpm.report.coaching import report_doc

        coaching = coaching_for(lib)
        docs = [report_doc(r, coaching) for r in reports]
        print(json.dumps(docs[0] if len(docs) == 1 else docs, indent=2, ensure_ascii=False))
    elif fmt is Format.markdown:
        from mockpm.report.markdown import render
        from mockpm.report.safe import printable

        coaching = coaching_for(lib)
        print(printable("\n\n".join(render(r, coaching=coaching, brief=brief) for r in reports)))
    else:
        from mockpm.report.terminal import render

        coaching = coaching_for(lib)

        def draw(console) -> None:  # noqa: ANN001
            for i, r in enumerate(reports):
                if i:
                    console.print()
                render(r, console, coaching=coaching, brief=brief)

        paged(draw, no_pager=no_pager)
