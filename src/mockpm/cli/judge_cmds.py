"""`mockpm judge check` and `mockpm cache clear|stats`."""

from __future__ import annotations

import typer

judge_app = typer.Typer(help="Check the configured LLM judge.", no_args_is_help=True)
cache_app = typer.Typer(help="Inspect or clear the judge reply cache.", no_args_is_help=True)
