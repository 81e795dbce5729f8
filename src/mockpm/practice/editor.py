"""Typing an answer: prompt_toolkit multi-line input with a countdown, or the user's $EDITOR.

Keys in the built-in editor: Enter starts a new line; Esc then Enter (or Ctrl-D) submits;
Ctrl-C stops the session and keeps a draft for ``mockpm practice --resume``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from typing import Any

from mockpm.errors import UsageError
from mockpm.practice.signals import Stopped, on_stop
from mockpm.practice.state import Clock, mmss

SUBMIT_HINT = "Esc Enter: submit"
QUESTION_HINT = "Ctrl-G: question"
HELP_LINE = (
    "Type your answer; Enter starts a new line, arrow keys and paste work. Ctrl-G (or F2) shows the "
    "question again. Submit with Esc then Enter (or Ctrl-D). Ctrl-C stops and keeps a draft."
)


def word_count(text: str) -> int:
    return len(text.split())


def toolbar_text(clock: Clock, words: int = 0) -> str:
    """The bottom line: time left (or over), words so far, and the keys. Fits in 80 columns."""
    rem = clock.remaining
    if rem is None:
        head = f"{mmss(clock.elapsed)} elapsed"
    elif rem > 0:
        head = f"{mmss(rem)} left of {mmss(clock.limit_seconds or 0)}"
    else:
        head = f"TIME'S UP +{mmss(rem)}"
    return f" {head} | {words} word{'s' if words != 1 else ''} | {QUESTION_HINT} | {SUBMIT_HINT}"


def prompt_answer(
    initial: str,
    clock: Clock,
    autosave: Callable[[str], None],
    *,
    interval: float,
    allow_empty: bool,
    on_time_up: Callable[[], None] | None = None,
    on_question: Callable[[], None] | None = None,
) -> str:
    """Read one multi-line answer in the terminal, autosaving every ``interval`` seconds."""
    import asyncio

    from prompt_toolkit import PromptSession
    from prompt_toolkit.application import run_in_terminal
    from prompt_toolkit.application.current import get_app
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.validation import Validator

    kb = KeyBindings()

    @kb.add("c-d")
    def _submit(event) -> None:  # noqa: ANN001
        event.current_buffer.validate_and_handle()

    @kb.add("c-c")
    @kb.add("<sigint>")  # kill -INT: the editor turns the signal into this key, so it saves as Ctrl-C does
    def _stop(event) -> None:  # noqa: ANN001
        autosave(event.current_buffer.text)
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    @kb.add("c-g")
    @kb.add("f2")
    def _question(event) -> None:  # noqa: ANN001
        # Printed above the answer; the text typed so far stays as it is.
        if on_question is not None:
            run_in_terminal(on_question)

    output = None
    if not sys.stdout.isatty() and sys.stderr.isatty():
        # stdout is redirected (results go there); keep the editor on the terminal.
        from prompt_toolkit.output import create_output

        output = create_output(stdout=sys.stderr)
    session: PromptSession[str] = PromptSession(output=output)

    async def autosave_loop() -> None:
        while True:
            await asyncio.sleep(interval)
            autosave(session.default_buffer.text)

    async def time_watch() -> None:
        announced = clock.over  # already over when this answer began: the toolbar says so
        while not announced:
            await asyncio.sleep(0.25)
            if clock.over:
                announced = True
                if on_time_up is not None:
                    await run_in_terminal(on_time_up)

    running: dict[str, Any] = {}
    stopped: list[int] = []

    def pre_run() -> None:
        app = get_app()
        running["loop"] = asyncio.get_running_loop()
        app.create_background_task(autosave_loop())
        app.create_background_task(time_watch())

    def stop(signum: int) -> bool:
        """SIGTERM/SIGHUP: save every typed character now, then close the editor like Ctrl-C."""
        autosave(session.default_buffer.text)
        stopped.append(signum)
        loop = running.get("loop")
        if loop is None or loop.is_closed():
            return False

        def close() -> None:
            try:
                session.app.exit(exception=Stopped(signum), style="class:aborting")
            except Exception:  # noqa: BLE001 - already closing: the exception below still says why
                pass

        loop.call_soon_threadsafe(close)
        return True

    validator = None if allow_empty else Validator.from_callable(
        lambda t: bool(t.strip()), error_message="write an answer first (Ctrl-C to stop)", move_cursor_to_end=True
    )
    from mockpm.practice.wordwrap import word_wrap_processor

    session.input_processors = [word_wrap_processor()]
    try:
        with on_stop(stop):
            return session.prompt(
                "> ",
                default=initial,
                multiline=True,
                prompt_continuation="  ",
                key_bindings=kb,
                bottom_toolbar=lambda: toolbar_text(clock, word_count(session.default_buffer.text)),
                refresh_interval=1.0,
                validator=validator,
                validate_while_typing=False,
                pre_run=pre_run,
            )
    except Exception:
        if stopped:  # a closed terminal can fail the editor's last redraw; the text is saved
            raise Stopped(stopped[0]) from None
        raise


def editor_command() -> list[str]:
    raw = os.environ.get("EDITOR") or os.environ.get("VISUAL")
    if not raw or not raw.strip():
        raise UsageError("--editor needs $EDITOR or $VISUAL", hint="e.g. export EDITOR=nano, or drop --editor")
    return shlex.split(raw)


def editor_answer(initial: str, path: Path, question: str) -> str:
    """Open the user's editor on ``path`` (in the drafts folder) and return what they saved."""
    from mockpm.practice.atomic import write_text
    from mockpm.practice.drafts import strip_editor_header

    cmd = editor_command()
    if not path.exists():
        quoted = question.strip().replace("-->", "-- >")
        header = (
            "<!-- mockpm: write your answer below this comment, save and quit to submit.\n"
            f"Question: {quoted}\n"
            "This comment is not part of the answer. -->\n\n"
        )
        write_text(path, header + initial.strip() + "\n")
    try:
        result = subprocess.run([*cmd, str(path)], check=False)
    except FileNotFoundError:
        raise UsageError(f"editor {cmd[0]!r} not found", hint="set $EDITOR to an installed editor, or drop --editor") from None
    if result.returncode != 0:
        raise UsageError(
            f"the editor exited with status {result.returncode}; your text is kept in {path}",
            hint="continue with `mockpm practice --resume`",
        )
    return strip_editor_header(path.read_text(encoding="utf-8", errors="replace"))
