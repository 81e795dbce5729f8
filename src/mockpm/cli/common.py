"""Pieces shared by the command modules: consoles, the --library option, library loading."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mockpm.catalog import Library

LibraryOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--library",
        help="Extra library folder with scenarios/ and rubrics/ (repeatable; also MOCKPM_LIBRARY). "
        "A file with a built-in id overrides it.",
        show_default=False,
    ),
]

ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="Judge model (env MOCKPM_MODEL; config file).", show_default=False)]
BaseUrlOpt = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint (env OPENAI_BASE_URL).", show_default=False)]
SamplesOpt = Annotated[int, typer.Option("--samples", min=1, max=15, help="Judge samples per answer; majority vote per criterion.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Ignore and bypass the judge reply cache.")]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Grade with keyword checks only; no judge call.")]
FailUnderOpt = Annotated[float | None, typer.Option("--fail-under", min=0, max=100, metavar="SCORE",
                                                     help="Exit 1 if any score is below SCORE (0-100); unscored answers never fail.",
                                                     show_default=False)]
NoPagerOpt = Annotated[bool, typer.Option("--no-pager", help="Print the whole report even when it is longer than the terminal.")]
BriefOpt = Annotated[bool, typer.Option("--brief", help="Print only the verdict and what to fix first.")]


def _color() -> bool | None:
    return False if os.environ.get("NO_COLOR") else None


def out_console() -> Console:
    from mockpm.report.safe import safe_console

    return safe_console(no_color=_color() is False, highlight=False, soft_wrap=False)


def paged(render, *, no_pager: bool = False) -> None:  # noqa: ANN001 - render(console)
    """Render into a buffer the size of the terminal, then page it if it overflows (see report.pager)."""
    from mockpm.report.pager import page_rendered

    page_rendered(render, out_console(), allowed=not no_pager)


def coaching_for(lib):  # noqa: ANN001, ANN201 - Library | None -> Coaching
    from mockpm.report.coaching import from_library

    return from_library(lib)


def err_console() -> Console:
    from mockpm.report.safe import safe_console

    return safe_console(stderr=True, no_color=_color() is False, highlight=False)


def notice(message: str) -> None:
    """A one-line notice on stderr (never stdout: stdout is for results)."""
    from mockpm.redaction import redact
    from mockpm.report.safe import printable

    print(f"mockpm: {printable(redact(message))}", file=sys.stderr)


def wrapped_notice(message: str, width: int = 80) -> None:
    """A notice wrapped at ``width`` columns. A `command` in it goes on a line of its own, whole
    (a command broken across lines cannot be pasted), with the prose saying it is below."""
    import re
    import textwrap

    from mockpm.redaction import redact
    from mockpm.report.safe import printable

    text = f"mockpm: {printable(redact(message))}"
    if len(text) <= width:
        print(text, file=sys.stderr)
        return
    commands = re.findall(r"`([^`]+)`", text)
    below = "the command below" if len(commands) == 1 else "the commands below"
    prose = re.sub(r"`[^`]+`", below, text, count=1) if commands else text
    prose = re.sub(r"`[^`]+`", "", prose)
    lines = textwrap.wrap(prose, width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
    lines += [f"    {c}" for c in commands]
    print("\n".join(lines), file=sys.stderr)


def say(line: str) -> None:
    """One line on stderr; a terminal that is gone (SIGHUP) must not turn the exit code into a traceback."""
    try:
        print(line, file=sys.stderr, flush=True)
    except OSError:
        pass


def load(library: list[Path] | None) -> Library:
    from mockpm.catalog import load_library

    return load_library(library)

