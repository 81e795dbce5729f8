"""`mockpm runs list|show|export|rm|diff` and `mockpm report RUN --candidate NAME`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mockpm.cli.common import notice, out_console
from mockpm.cli.manual import examples

runs_app = typer.Typer(help="Find, export, compare and remove saved batch runs.", no_args_is_help=True)

RunArg = Annotated[str, typer.Argument(metavar="RUN", help="A run id, a unique prefix of one, or `latest`.", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def _store():  # noqa: ANN202 - lazy import keeps `mockpm --help` fast
    from mockpm.batch.runs import RunStore

    return RunStore.open()


@runs_app.command("list", epilog=examples("mockpm runs list", "mockpm runs list --json"))
def list_command(json_out: JsonOpt = False) -> None:
    """Saved batch runs, newest first: id, when, status, how many graded, mean score, judge."""
    from mockpm.batch.run_queries import list_runs
    from mockpm.report.runs_text import render_run_list

    store = _store()
    try:
        runs = list_runs(store)
    finally:
        store.close()
    if json_out:
        print(json.dumps([r.model_dump(mode="json") for r in runs], indent=2, ensure_ascii=False))
    else:
        print(render_run_list(runs))


@runs_app.command("show", epilog=examples("mockpm runs show latest", "mockpm runs show 20250301-a1b2c3 --json"))
def show_command(run: RunArg, json_out: JsonOpt = False) -> None:
    """A run's cohort summary: ranking, averages per axis, most-missed criteria (review decisions applied)."""
    from mockpm.batch.run_queries import resolve_run, shown_status
    from mockpm.batch.service import collect
    from mockpm.batch.summary import render_summary

    store = _store()
    try:
        info = resolve_run(store, run)
        info = info.model_copy(update={"status": shown_status(info.id, info.status)})
        summary = collect(store, info.id)
    finally:
        store.close()
    if json_out:
        doc = {"run": info.model_dump(mode="json"), "summary": summary.model_dump(mode="json")}
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        render_summary(summary, out_console())


@runs_app.command("export", epilog=examples("mockpm runs export latest -o cohort.csv", "mockpm runs export latest -o cohort.jsonl --html cohort.html", "mockpm runs export latest -o - > cohort.csv"))
def export_command(
    run: RunArg,
    out: Annotated[str, typer.Option("--out", "-o", help="FILE.csv, .jsonl or .json (- for CSV on stdout).", show_default=False)],
    html: Annotated[Path | None, typer.Option("--html", help="Also write the HTML cohort report.", show_default=False)] = None,
) -> None:
    """Write a saved run's results again, with every review decision applied and marked."""
    from mockpm.batch.exports import format_for
    from mockpm.batch.run_queries import resolve_run
    from mockpm.batch.service import collect
    from mockpm.outfiles import check_writable

    format_for(out)
    if out != "-":
        check_writable(Path(out), "--out")
    if html is not None:
        check_writable(html, "--html")
    store = _store()
    try:
        info = resolve_run(store, run)
        collect(store, info.id, out=out, html=html, answers=_answers(store, info.id) if html else None)
    finally:
        store.close()
    for dest in (out if out != "-" else None, html):
        if dest is not None:
            notice(f"wrote {dest}")


def _answers(store, run_id: str) -> dict[str, str]:  # noqa: ANN001
    """Answer texts read again from their files, for the HTML drill-downs (bounded like the page)."""
    from mockpm.report.candidate_report import answer_text
    from mockpm.report.html import DETAIL_LIMIT

    out: dict[str, str] = {}
    for item in store.iter_items(run_id, with_report=False):
        if len(out) >= DETAIL_LIMIT * 20:  # a huge cohort: only some drill-downs show the answer
            break
        text = answer_text(item)
        if text is not None:
            out[item.key] = text
    return out


@runs_app.command("rm", epilog=examples("mockpm runs rm 20250301-a1b2c3", "mockpm runs rm latest"))
def rm_command(run: RunArg) -> None:
    """Delete a saved run, its grades and its review decisions."""
    from mockpm.batch.run_queries import delete_run, resolve_run

    store = _store()
    try:
        info = resolve_run(store, run)
        n = delete_run(store, info.id)
    finally:
        store.close()
    notice(f"deleted run {info.id} ({n} answers)")


@runs_app.command("diff", epilog=examples("mockpm runs diff 20250301-a1b2c3 latest", "mockpm runs diff 20250301-a1b2c3 latest --json"))
def diff_command(
    a: Annotated[str, typer.Argument(metavar="A", help="The earlier run (id, prefix or `latest`).", show_default=False)],
    b: Annotated[str, typer.Argument(metavar="B", help="The run to compare with it.", show_default=False)],
    json_out: JsonOpt = False,
) -> None:
    """Compare two runs of a cohort (two judge models; before and after a rubric change): per candidate
    and per criterion, what changed, the mean shift and how far the runs agree."""
    from mockpm.batch.run_queries import diff_runs, resolve_run
    from mockpm.errors import UsageError
    from mockpm.report.runs_text import render_diff

    store = _store()
    try:
        ra, rb = resolve_run(store, a), resolve_run(store, b)
        if ra.id == rb.id:
            raise UsageError(f"A and B are the same run ({ra.id})", hint="see `mockpm runs list` for another")
        d = diff_runs(store, ra.id, rb.id)
    finally:
        store.close()
    if json_out:
        doc = d.model_dump(mode="json")
        for c, src in zip(doc["candidates"], d.candidates):
            c["delta"] = src.delta
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(render_diff(d))


def report_command(
    run: RunArg,
    candidate: Annotated[str, typer.Option("--candidate", "-c", help="Candidate name, answer id or file name.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.html (a page of its own) or FILE.md.", show_default=False)],
) -> None:
    """One candidate's feedback from a saved run, to send to them (review decisions applied)."""
    from mockpm.batch.reviews import decisions, item_with_decisions
    from mockpm.batch.run_queries import find_candidate, resolve_run
    from mockpm.errors import UsageError
    from mockpm.outfiles import check_writable
    from mockpm.report.candidate_report import candidate_html, candidate_markdown, run_coaching
    from mockpm.report.html import write_html

    kind = out.suffix.lower()
    if kind not in (".html", ".htm", ".md"):
        raise UsageError(f"--out {out}: unknown file type", hint="end the name in .html or .md")
    check_writable(out, "--out")
    store = _store()
    try:
        info = resolve_run(store, run)
        item = find_candidate(store, info.id, candidate)
        decided = decisions(store, info.id).get(item.key)
    finally:
        store.close()
    shown = item_with_decisions(item, decided)
    coaching = run_coaching(info.options)  # the advice lines `mockpm grade` prints
    text = (candidate_markdown(shown, decided, coaching) if kind == ".md"
            else candidate_html(shown, info.id, decided, coaching))
    write_html(out, text)
    notice(f"wrote {out}")
