"""Entry point: builds the Typer app and turns MockpmError into a message and an exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Annotated

# The command line uses no pydantic plugins; skipping their entry-point scan saves ~20 ms on
# every command. Set here, not in the library, so programs importing mockpm keep theirs.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer
from typer.core import TyperGroup

from mockpm import __version__
from mockpm.cli import batch_cmds, eval_cmd, grade, judge_cmds, library_cmds, manual, practice_cmds, review_cmd, runs_cmds

manual.install()


def json_last(args: list[str]) -> list[str]:
    """Move ``--json`` to the end, so it reaches the command that prints, wherever it was typed
    (`mockpm history --json show ID`). Nothing after a ``--`` is touched."""
    end = args.index("--") if "--" in args else len(args)
    head = args[:end]
    if "--json" not in head[:-1]:
        return args
    kept = [a for a in head if a != "--json"]
    return [*kept, "--json", *args[end:]]


class _RootGroup(TyperGroup):
    """Every command runs inside this, so errors become one line and an exit code, even in tests."""

    def parse_args(self, ctx, args):  # noqa: ANN001, ANN201 - click signature
        return super().parse_args(ctx, json_last(list(args)))

    def invoke(self, ctx):  # noqa: ANN001, ANN201 - click signature
        from mockpm.errors import MockpmError

        try:
            return super().invoke(ctx)
        except (MockpmError, KeyboardInterrupt) as exc:
            ctx.exit(_report(exc))
        except Exception as exc:
            # A store damaged after it was opened ("database disk image is malformed"): one line
            # naming the file, as when it cannot be opened at all.
            if type(exc).__module__ != "sqlite3" or "locked" in str(exc) or "busy" in str(exc):
                raise
            from mockpm.errors import store_error
            from mockpm.paths import database_file

            ctx.exit(_report(store_error(database_file(), exc)))


def _report(exc: BaseException) -> int:
    """One line on stderr for an error or Ctrl-C; the exit code to end with."""
    from mockpm.cli.common import say
    from mockpm.errors import ExitCode
    from mockpm.report.safe import printable

    if isinstance(exc, KeyboardInterrupt):
        # SIGTERM and SIGHUP in practice arrive as a KeyboardInterrupt carrying 128 + signal
        code = getattr(exc, "exit_code", None)
        say("mockpm: interrupted" if code is None else f"mockpm: stopped by signal {code - 128}")
        return int(code or ExitCode.INTERRUPTED)
    from mockpm.redaction import redact

    say(f"mockpm: error: {printable(redact(str(exc)))}")
    return int(exc.exit_code)  # type: ignore[attr-defined]


def _version(value: bool) -> None:
    if value:
        print(f"mockpm {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Practise and grade healthcare-AI product manager interview answers."""


# Each top-level command and how it is registered. Typer builds the parameters of every
# registered command on each run (~16 ms for all of them), so a run that names its command
# builds only that one (see main); `app` holds them all, for help and for tests.
_COMMANDS: dict[str, Callable[[typer.Typer], object]] = {
    "grade": lambda a: a.command("grade", epilog=grade.GRADE_EPILOG)(grade.grade_command),
    "scenarios": lambda a: a.add_typer(library_cmds.scenarios_app, name="scenarios"),
    "rubrics": lambda a: a.add_typer(library_cmds.rubrics_app, name="rubrics"),
    "practice": lambda a: a.command("practice", epilog=practice_cmds.PRACTICE_EPILOG)(practice_cmds.practice_command),
    "history": lambda a: a.add_typer(practice_cmds.history_app, name="history"),
    "batch": lambda a: a.command("batch", epilog=manual.examples(
        "mockpm batch answers/ --out results.csv --html cohort.html",
        "mockpm batch cohort.csv --offline --fail-under 60",
        "mockpm batch --resume RUN_ID"))(batch_cmds.batch_command),
    "calibrate": lambda a: a.command("calibrate", epilog=manual.examples(
        "mockpm calibrate grades.csv --scale-min 1 --scale-max 5",
        "mockpm calibrate grades.csv --run RUN_ID --json"))(batch_cmds.calibrate_command),
    "runs": lambda a: a.add_typer(runs_cmds.runs_app, name="runs"),
    "report": lambda a: a.command("report", epilog=manual.examples(
        "mockpm report latest --candidate 'Ana Ruiz' --out ana.html",
        "mockpm report RUN_ID --candidate 'Ana Ruiz' --out ana.md"))(runs_cmds.report_command),
    "review": lambda a: a.command("review", epilog=manual.examples(
        "mockpm review latest", "mockpm review RUN_ID --list --json"))(review_cmd.review_command),
    "eval": lambda a: a.command("eval", epilog=manual.examples("mockpm eval --offline", "mockpm eval --json"))(eval_cmd.eval_command),
    "judge": lambda a: a.add_typer(judge_cmds.judge_app, name="judge"),
    "cache": lambda a: a.add_typer(judge_cmds.cache_app, name="cache"),
}


def build(only: str | None = None) -> typer.Typer:
    """The command line with every command, or with ``only`` the one named."""
    cli = typer.Typer(
        cls=_RootGroup,
        name="mockpm",
        help="Practise and grade healthcare-AI product manager interview answers.",
        epilog=manual.examples("mockpm practice", "mockpm grade --offline answer.md", "mockpm history show last"),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    cli.callback()(_root)
    for name, register in _COMMANDS.items():
        if only is None or name == only:
            register(cli)
    return cli


app = build()


def _click_class(name: str) -> type[Exception]:
    # typer 0.29 vendors click and older releases use click itself: find the class through
    # typer's own exception hierarchy so either works.
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == name)


def main() -> None:
    from mockpm.errors import ExitCode, MockpmError
    from mockpm.interrupts import keep_swallowed_interrupts

    keep_swallowed_interrupts()

    usage_error = _click_class("UsageError")
    # standalone_mode=False hands usage errors back instead of printing click's usage block,
    # so a bad flag gets the same one-line error as everything else.
    named = sys.argv[1] if len(sys.argv) > 1 else None
    cli = build(only=named) if named in _COMMANDS else app
    try:
        code = cli(standalone_mode=False)
    except usage_error as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `mockpm` or a group alone: show help
            exc.show()  # type: ignore[attr-defined]
            sys.exit(int(exc.exit_code))  # type: ignore[attr-defined]
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "mockpm"
        from mockpm.report.safe import printable

        print(f"mockpm: error: {printable(exc.format_message())} (see `{where} --help`)", file=sys.stderr)  # type: ignore[attr-defined]
        sys.exit(int(ExitCode.USAGE))
    except (MockpmError, KeyboardInterrupt) as exc:
        # The root group handles these inside commands; this catches the few raised around them.
        sys.exit(_report(exc))
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if type(exc).__name__ == "Abort":  # Ctrl-C or Ctrl-D at a click prompt
            sys.exit(_report(KeyboardInterrupt()))
        raise
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
