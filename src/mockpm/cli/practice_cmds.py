"""`mockpm practice` and `mockpm history`."""

from __future__ import annotations

import typer

history_app = typer.Typer(help="Past practice sessions and progress.", no_args_is_help=False)


def practice_command() -> None:
    """Practise a scenario in the terminal: question, clock, answer, follow-ups, feedback."""
