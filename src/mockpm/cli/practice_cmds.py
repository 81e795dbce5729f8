"""`mockpm practice` and `mockpm history`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mockpm.cli.common import (
    BaseUrlOpt, BriefOpt, LibraryOpt, ModelOpt, NoPagerOpt, coaching_for, err_console, load, notice, out_console, paged, say,
)
from mockpm.cli.manual import examples

history_app = typer.Typer(help="Past practice sessions and progress.", no_args_is_help=False,
                          epilog=examples("mockpm history", "mockpm history show last", "mockpm history export -o sessions.csv"))
PRACTICE_EPILOG = examples(
    "mockpm practice",
    "mockpm practice sepsis-model --minutes 10",
    "mockpm practice --random --round behavioral",
    "mockpm practice sepsis-model --offline < answer.md",
)

SHOW_LAST = 20
SPARK_WIDTH = 30  # the last 30 sessions keep a trend line inside 80 columns
ROUND_HELP = "Pick among this round type only: screening, technical, case-study, behavioral, final."


def practice_command(
    scenario: Annotated[str | None, typer.Argument(metavar="SCENARIO", help="Scenario id; leave out to pick from a list.", show_default=False)] = None,
    round_: Annotated[str | None, typer.Option("--round", "-r", help=ROUND_HELP, show_default=False)] = None,
    random_pick: Annotated[bool, typer.Option("--random", help="A random scenario, preferring your weakest axis from history.")] = False,
    minutes: Annotated[int | None, typer.Option("--minutes", min=1, max=180, help="Time limit in minutes (default: the scenario's).", show_default=False)] = None,
    no_timer: Annotated[bool, typer.Option("--no-timer", help="No countdown; time taken is still recorded.")] = False,
    editor: Annotated[bool, typer.Option("--editor", help="Write each answer in $EDITOR (or $VISUAL) instead of the built-in editor.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Grade with keyword checks only; follow-ups come from the scenario.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the last unfinished session (answers and time so far).")] = False,
    candidate: Annotated[str | None, typer.Option("--candidate", help="Your name for the transcript and report.", show_default=False)] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    library: LibraryOpt = None,
) -> None:
    """Practise a scenario in the terminal: question, clock, answer, follow-ups, feedback.

    Submit an answer with Esc then Enter (or Ctrl-D). Ctrl-C stops and keeps a draft;
    `mockpm practice --resume` continues it. With stdin piped, the answer is read from stdin
    until EOF (a line holding only %% starts each follow-up answer).
    """

    from mockpm.errors import MockpmError, UsageError
    from mockpm.judge.factory import make_judge
    from mockpm.practice import drafts, picker, session
    from mockpm.practice.ui import TerminalUI, load_for

    if minutes is not None and no_timer:
        raise UsageError("--minutes and --no-timer contradict each other", hint="use one of them")
    if resume and (random_pick or round_):
        raise UsageError("--resume continues the saved session", hint="drop --random/--round")
    interval = drafts.autosave_seconds()
    ui = TerminalUI(out_console(), err_console(), editor=editor, autosave_interval=interval)
    if editor and not ui.piped:
        from mockpm.practice.editor import editor_command

        editor_command()  # fail now, not after the question is shown

    if resume:
        state = drafts.latest()
        if state is None:
            raise UsageError("no unfinished practice session to resume", hint="start one with `mockpm practice`")
        if scenario is not None and scenario != state.scenario:
            raise UsageError(
                f"the saved session is for {state.scenario!r}, not {scenario!r}",
                hint=f"run `mockpm practice --resume` alone, or delete {drafts.draft_path(state.id)}",
            )
        lib = load_for(state, library)
        drafts.recover_editor_text(state)
        done = sum(1 for t in state.turns if t.done)
        notice(f"resuming session {state.id} ({state.scenario}): {done} answer(s) done, "
               f"{int(state.elapsed_seconds // 60)} min {int(state.elapsed_seconds % 60)} s used")
    else:
        lib = load(library)
        if ui.piped:
            # `mockpm practice ID < answer.md`: the file's front matter names the candidate (and the
            # scenario when none is given), as it does for `mockpm grade`.
            meta = ui.read_piped()
            scenario = scenario or _meta(meta, "scenario")
            candidate = candidate or _meta(meta, "candidate")
        waiting = drafts.list_drafts()
        if waiting:
            notice(f"{len(waiting)} unfinished session(s) saved; `mockpm practice --resume` continues the latest")
        if scenario is not None:
            if random_pick:
                raise UsageError("give a SCENARIO or --random, not both", hint="drop one")
            chosen = lib.scenario(scenario)
        elif random_pick:
            from mockpm import history

            chosen, axis = picker.pick_random(lib, history.sessions(), round_)
            why = f" (it exercises your weakest axis, {axis})" if axis else ""
            notice(f"practising {chosen.id}{why}")
        else:
            if ui.piped:
                raise UsageError("stdin is not a terminal, so there is no list to pick from",
                                 hint="name the scenario, e.g. `mockpm practice sepsis-model < answer.md`, or use --random")
            chosen = ui.choose(picker.choices(lib, round_))
        state = None

    ui.coaching = coaching_for(lib)
    judge = make_judge(offline=offline, model=model, base_url=base_url, notify=notice)
    if state is None:
        state = session.new_state(
            chosen, minutes=minutes, timer=not no_timer, candidate=candidate or _configured_candidate(),
            library=library, mode="llm" if judge is not None else "offline",
        )
    else:
        state.mode = "llm" if judge is not None else "offline"
        if candidate:
            state.candidate = candidate
    from mockpm.practice.signals import stop_on_signals

    try:
        with stop_on_signals():  # SIGTERM, SIGHUP: saved like Ctrl-C
            outcome = session.run(state, lib, ui, judge)
    except (KeyboardInterrupt, MockpmError):
        # Answers are in the draft until the session is graded and recorded; say how to go on.
        if drafts.draft_path(state.id).exists():
            say(f"mockpm: draft saved in {drafts.draft_path(state.id)}; continue with `mockpm practice --resume`")
        raise
    if not outcome.report.complete:
        # Same contract as `mockpm grade`: a grade the judge could not finish is not a clean exit.
        from mockpm.errors import ExitCode

        notice(f"the judge could not score every criterion; re-grade later with `mockpm grade {outcome.transcript}`")
        raise typer.Exit(int(ExitCode.INCOMPLETE))


def _meta(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    return None if value is None else str(value).strip() or None


def _configured_candidate() -> str | None:
    """``candidate`` under ``[practice]`` in the config file, if set; otherwise no name."""
    from mockpm.config import load_config_file
    from mockpm.errors import JudgeConfigError

    try:
        value = load_config_file().practice.candidate
    except JudgeConfigError:
        return None  # a broken config file is reported by the judge settings, not here
    return (value or "").strip() or None


# --------------------------------------------------------------------------- history


@history_app.callback(invoke_without_command=True)
def history_list(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")] = False,
    library: LibraryOpt = None,
) -> None:
    """Past sessions with scores over time, per-axis trends, weakest axes, scenarios never tried."""
    if ctx.invoked_subcommand is not None:
        return
    import json

    from mockpm import history
    from mockpm.errors import LibraryError

    rows = history.sessions()
    try:
        lib = load(library)
    except LibraryError as exc:
        # History is still worth showing when a library file is broken; only "never tried" needs it.
        notice(f"scenario library not loaded ({exc}); skipping 'never tried'")
        lib = None
    data = history.summary(rows, lib)
    if json_out:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if not rows:
        out_console().print("No practice sessions yet. Start one with `mockpm practice` (or `mockpm practice --random`).")
        return
    _render_history(data)


def _render_history(data: dict) -> None:
    from rich.table import Table
    from rich.text import Text

    from mockpm.history import sparkline
    from mockpm.practice.state import mmss
    from mockpm.report.terminal import BAND_STYLE

    console = out_console()
    shown = data["sessions"][-SHOW_LAST:]
    older = len(data["sessions"]) - len(shown)
    title = f"{len(data['sessions'])} practice session{'s' if len(data['sessions']) != 1 else ''}"
    if older:
        title += f" (last {len(shown)} shown; `mockpm history export` has all)"
    from rich import box

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    # The id starts with the date and time, so no separate date column: 80 columns stay enough.
    # Fixed columns keep their width (the id is what `history show` takes); scenario and
    # candidate share what is left and are cut short with an ellipsis. At 80 columns the time
    # taken gives way (`history show` has it).
    timed = console.width >= 90
    fixed = [("id", 20, "left"), ("score", 9, "right"), ("band", 15, "left")] + ([("time", 5, "right")] if timed else [])
    left = max(16, console.width - sum(w for _, w, _ in fixed) - 2 * (len(fixed) + 1) - 1)
    longest_scenario = max((len(s["scenario"]) for s in shown), default=8)
    scen_w = min(longest_scenario, max(8, left * 3 // 5))
    cand_w = max(6, left - scen_w)
    widths = {"scenario": scen_w, "candidate": cand_w, **{n: w for n, w, _ in fixed}}
    for name in ("id", "scenario", "candidate", "score", "band", *(["time"] if timed else [])):
        right = name in ("score", "time")
        table.add_column(name, justify="right" if right else "left", no_wrap=True, overflow="ellipsis",
                         width=widths[name])
    for s in shown:
        band = s["band"] or ""
        pts = s.get("raw_points")
        score = f"{s['score']:.0f}" + ("" if pts is None else f" ({pts:+d})".replace("-", "−"))
        table.add_row(s["id"], s["scenario"], Text(s.get("candidate") or "–", style="" if s.get("candidate") else "dim"),
                      score, Text(band, style=BAND_STYLE.get(band, "")),
                      *([mmss(s["time_taken_seconds"]) if s["time_taken_seconds"] is not None else ""] if timed else []))
    console.print(table)

    trends = Table(title="Axis trends (oldest → newest)", title_justify="left", show_header=True)
    trends.add_column("axis", no_wrap=True)
    trends.add_column("trend", no_wrap=True)
    trends.add_column("latest", justify="right", no_wrap=True)
    scores = [s["score"] for s in data["sessions"]]
    trends.add_row(Text("overall score", style="bold"), Text(sparkline(scores)[-SPARK_WIDTH:], style="bold cyan"), f"{scores[-1]:.0f}")
    for axis, t in data["axis_trends"].items():
        trends.add_row(axis, Text(t["sparkline"][-SPARK_WIDTH:], style="cyan"), f"{t['latest']:.0f}")
    console.print(trends)

    if data["weakest_axes"]:
        weak = ", ".join(f"{w['axis']} ({w['recent_mean']:.0f})" for w in data["weakest_axes"])
        console.print(Text.assemble(("Weakest axes (recent sessions): ", "bold"), weak))
    if data["never_tried"]:
        console.print(Text.assemble(("Never tried: ", "bold"), ", ".join(data["never_tried"])))
    console.print(Text("Practise the weakest axis with `mockpm practice --random`.", style="dim"))


@history_app.command("show", epilog=examples("mockpm history show last", "mockpm history show 20250301 --json"))
def history_show(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="Session id, a unique start of one, or `last`.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the stored report as JSON on stdout.")] = False,
    brief: BriefOpt = False,
    no_pager: NoPagerOpt = False,
    library: LibraryOpt = None,
) -> None:
    """Show one session's stored report (`last` for the latest)."""
    from mockpm import history
    from mockpm.errors import LibraryError
    from mockpm.practice.state import mmss

    row, report = history.get(session_id)
    try:
        coaching = coaching_for(load(library))
    except LibraryError:
        coaching = None  # the stored report still shows; only the example lines and titles need the library
    if json_out:
        import json

        from mockpm.report.coaching import Coaching, report_doc

        print(json.dumps(report_doc(report, coaching or Coaching()), indent=2, ensure_ascii=False))
        return
    from mockpm.report.terminal import render

    def draw(console) -> None:  # noqa: ANN001
        render(report, console, coaching=coaching, brief=brief)
        taken = f"{mmss(row.time_taken_seconds)}" if row.time_taken_seconds is not None else "?"
        console.print(f"Session {row.id} · {row.started_at:%Y-%m-%d %H:%M} UTC · time taken {taken}")
        if row.transcript_path:
            console.print(f"Transcript: {row.transcript_path}")

    paged(draw, no_pager=no_pager)


@history_app.command("export", epilog=examples("mockpm history export > sessions.csv", "mockpm history export -o sessions.csv"))
def history_export(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the CSV here instead of stdout.", show_default=False)] = None,
) -> None:
    """Export every session to CSV (stdout by default)."""
    from mockpm import history

    rows = history.sessions()
    text = history.export_csv_text(rows)
    if out is None:
        import sys

        from mockpm.report.safe import printable

        # On a terminal, names from files must not drive it; into a pipe, the CSV goes as written.
        print(printable(text) if sys.stdout.isatty() else text, end="")
        return
    from mockpm.errors import UsageError
    from mockpm.outfiles import check_writable
    from mockpm.practice.atomic import write_text

    check_writable(out, "--out")
    try:
        write_text(out, text)
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot write ({exc.strerror})", hint="pick a writable file path") from None
    notice(f"wrote {len(rows)} session(s) to {out}")
