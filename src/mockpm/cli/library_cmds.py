"""`mockpm scenarios list|show` and `mockpm rubrics validate`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mockpm.cli.common import LibraryOpt, load, out_console
from mockpm.cli.manual import examples
from mockpm.report.safe import printable

scenarios_app = typer.Typer(help="Browse the scenario library.", no_args_is_help=True)
rubrics_app = typer.Typer(help="Check rubric and scenario files.", no_args_is_help=True)

ROUND_HELP = "Only this round type: screening, technical, case-study, behavioral, final."


@scenarios_app.command("list", epilog=examples("mockpm scenarios list", "mockpm scenarios list --round behavioral --json"))
def list_scenarios(
    round_: Annotated[str | None, typer.Option("--round", "-r", help=ROUND_HELP)] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    library: LibraryOpt = None,
) -> None:
    """List scenarios."""
    from mockpm.errors import UsageError
    from mockpm.models import ROUND_TYPES

    if round_ is not None and round_ not in ROUND_TYPES:
        raise UsageError(f"unknown round {round_!r}", hint=f"use one of: {', '.join(ROUND_TYPES)}")
    lib = load(library)
    items = [s for s in lib.scenarios.values() if round_ is None or s.round == round_]
    items.sort(key=lambda s: (ROUND_TYPES.index(s.round), s.id))
    if json_out:
        rows = [{"id": s.id, "title": s.title, "round": s.round, "time_limit_minutes": s.time_limit_minutes,
                 "rubrics": s.rubrics} for s in items]
        print(json.dumps(rows, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{len(items)} scenarios")
    table.add_column("id", no_wrap=True)
    table.add_column("round")
    table.add_column("min", justify="right")
    table.add_column("title")
    for s in items:
        table.add_row(s.id, s.round, str(s.time_limit_minutes), s.title)
    out_console().print(table)


@scenarios_app.command("show", epilog=examples("mockpm scenarios show sepsis-model", "mockpm scenarios show sepsis-model --sample strong"))
def show_scenario(
    scenario_id: Annotated[str, typer.Argument(metavar="ID", help="Scenario id.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    sample: Annotated[str | None, typer.Option("--sample", metavar="KIND",
                                               help="Show the sample answers of this kind instead: strong, good or weak.",
                                               show_default=False)] = None,
    library: LibraryOpt = None,
) -> None:
    """Show a scenario: question, context, follow-ups and the criteria it is graded on."""
    lib = load(library)
    s = lib.scenario(scenario_id)
    if sample is not None:
        _show_samples(lib, s.id, sample, library, json_out)
        return
    criteria = lib.criteria_for(s)
    if json_out:
        doc = s.model_dump(mode="json")
        doc["criteria"] = [c.model_dump(mode="json", exclude={"check"}) for c in criteria]
        print(json.dumps(doc, indent=2))
        return
    from rich.markdown import Markdown
    from rich.table import Table
    from rich.text import Text

    con = out_console()
    con.print(Text(f"{s.title}  [{s.round}, {s.time_limit_minutes} min]", style="bold"))
    con.print(Text(s.question))
    con.print(Text(s.context, style="dim"))
    if s.constraints:
        con.print(Markdown("\n".join(f"- {c}" for c in s.constraints)))
    con.print(Text("Follow-ups", style="bold underline"))
    probes = s.follow_up_probes if len(s.follow_up_probes) == len(s.follow_ups) else [[] for _ in s.follow_ups]
    con.print(Markdown("\n".join(f"{i}. {q}" + (f" *(probes: {', '.join(p)})*" if p else "")
                                 for i, (q, p) in enumerate(zip(s.follow_ups, probes), 1))))
    table = Table(title="Graded on")
    table.add_column("pts", justify="right")
    table.add_column("axis")
    table.add_column("criterion")
    for c in criteria:
        table.add_row(f"{c.points:+d}", c.axis, c.statement, style="red" if c.points < 0 else None)
    con.print(table)


@rubrics_app.command("validate", epilog=examples("mockpm rubrics validate", "mockpm rubrics validate my-library/"))
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="PATHS...", help="Rubric/scenario files or library folders; default: the whole library.", show_default=False)] = None,
    library: LibraryOpt = None,
) -> None:
    """Validate rubric and scenario YAML; report every problem, not just the first."""
    from mockpm.library_check import validate_paths
    from mockpm.errors import ExitCode, UsageError

    missing = [p for p in paths or [] if not p.exists()]
    if missing:  # a mistyped argument, not a problem in a rubric
        raise UsageError(f"{missing[0]}: no such file or folder", hint="give rubric or scenario files, or a library folder")
    count, problems = validate_paths(list(paths or []), library)
    for p in problems:
        print(printable(p))  # problems quote the file's own text
    if problems:
        typer.echo(f"mockpm: {len(problems)} problem(s) in {count} file(s)", err=True)
        raise typer.Exit(int(ExitCode.LIBRARY))
    typer.echo(f"mockpm: {count} file(s) OK", err=True)


def _show_samples(lib, scenario_id: str, kind: str, library, json_out: bool) -> None:  # noqa: ANN001
    """The scenario's sample answers of one kind, with their rating and what makes them so."""
    from mockpm.errors import UsageError
    from mockpm.report.sample_text import CANDIDATE_KINDS, sample_markdown
    from mockpm.samples import load_samples

    if kind not in CANDIDATE_KINDS:
        raise UsageError(f"unknown sample kind {kind!r}", hint=f"use one of: {', '.join(CANDIDATE_KINDS)}")
    from mockpm.practice.sample_offer import shown_samples

    found = shown_samples(load_samples(library, known_scenarios=set(lib.scenarios)), scenario_id, kind)
    if not found:
        raise UsageError(f"no {kind} sample answer for {scenario_id}", hint="see docs/samples.md to add one")
    if json_out:
        print(json.dumps([x.model_dump(mode="json") for x in found], indent=2))
        return
    from rich.markdown import Markdown
    from rich.text import Text

    con = out_console()
    for x in found:
        con.print(Text(f"A {kind} sample answer · rated {x.label}/5", style="bold"))
        con.print(Text(printable(x.why), style="dim italic"))
        con.print()
        con.print(Markdown(sample_markdown(x.text)))
        con.print()
