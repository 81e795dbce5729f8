"""`mockpm judge check` and `mockpm cache clear|stats`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from mockpm.cli.common import BaseUrlOpt, ModelOpt
from mockpm.cli.manual import examples

judge_app = typer.Typer(help="Check the configured LLM judge.", no_args_is_help=True)
cache_app = typer.Typer(help="Inspect or clear the judge reply cache.", no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


@judge_app.command("check", epilog=examples("mockpm judge check", "mockpm judge check --model gpt-4o-mini --json"))
def check_command(model: ModelOpt = None, base_url: BaseUrlOpt = None, json_out: JsonOpt = False) -> None:
    """Make one call to the configured endpoint: does it work, which output mode, how fast."""
    from mockpm.config import resolve
    from mockpm.errors import JudgeConfigError
    from mockpm.judge.openai_judge import OpenAIJudge

    settings, reason = resolve(model=model, base_url=base_url)
    if settings is None:
        raise JudgeConfigError("no judge configured", hint="set OPENAI_API_KEY, or --base-url / OPENAI_BASE_URL for a local server")
    result = OpenAIJudge(settings, use_cache=False).check()
    if json_out:
        print(json.dumps(result.model_dump(mode="json"), indent=2))
    else:
        status = "works" if result.ok else "answers, but not with the JSON asked for"
        print(f"judge {status}: model {result.model} at {result.base_url_host}")
        print(f"output mode: {result.output_mode}")
        print(f"round trip: {result.seconds * 1000:.0f} ms")
        if result.system_fingerprint:
            print(f"system fingerprint: {result.system_fingerprint}")
    if not result.ok:
        raise JudgeConfigError(
            f"model {result.model!r} at {result.base_url_host} did not return the JSON asked for",
            hint="pick a model that follows instructions with --model / MOCKPM_MODEL",
        )


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


@cache_app.command("stats", epilog=examples("mockpm cache stats", "mockpm cache stats --json"))
def stats_command(json_out: JsonOpt = False) -> None:
    """Entries, hits and size on disk of the judge reply cache."""
    from mockpm.judge.cache import shared_cache

    stats = shared_cache().stats()
    if json_out:
        print(json.dumps(stats.model_dump(mode="json"), indent=2))
        return
    print(f"entries: {stats.entries}")
    print(f"hits:    {stats.hits}")
    print(f"size:    {_size(stats.size_bytes)} of replies; store file {_size(stats.db_size_bytes)} ({stats.path})")


@cache_app.command("clear", epilog=examples("mockpm cache clear"))
def clear_command() -> None:
    """Delete every cached judge reply."""
    from mockpm.judge.cache import shared_cache

    n = shared_cache().clear()
    print(f"cleared {n} cached judge {'reply' if n == 1 else 'replies'}")
