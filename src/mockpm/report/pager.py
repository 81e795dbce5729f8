"""Long reports through a pager, as git does: only on a terminal, only when they overflow it.

MOCKPM_PAGER, then PAGER, names the pager (run by the shell, like git); ``cat`` or an empty
value turns paging off. ``less`` gets ``LESS=FRX`` unless LESS is set: quit if one screen,
keep colours, leave the text on screen after quitting.
"""

from __future__ import annotations

import os
import subprocess
import sys

DEFAULT_PAGER = "less"


def pager_command() -> str | None:
    for var in ("MOCKPM_PAGER", "PAGER"):
        value = os.environ.get(var)
        if value is not None:
            value = value.strip()
            return None if value in ("", "cat") else value
    return DEFAULT_PAGER


def page(text: str, *, height: int, on_terminal: bool, allowed: bool = True) -> None:
    """Write ``text`` to stdout, through the pager when it is longer than ``height`` lines."""
    cmd = pager_command() if allowed and on_terminal else None
    if not on_terminal:
        from mockpm.report.safe import strip_trailing

        text = strip_trailing(text)
    if cmd is None or text.count("\n") < height:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, env=env)  # noqa: S602 - user's own pager setting, as git does
    except OSError:
        sys.stdout.write(text)
        return
    try:
        assert proc.stdin is not None
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early
    proc.wait()
    if proc.returncode == 127:  # the shell could not find the pager: print instead
        sys.stdout.write(text)


def page_rendered(draw, real, *, allowed: bool = True) -> None:  # noqa: ANN001 - draw(console), real: Console
    """Render with ``draw`` into a buffer shaped like the ``real`` console, then :func:`page` it."""
    import io

    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, width=real.width, force_terminal=real.is_terminal, color_system=real.color_system,
                      no_color=real.no_color, highlight=False, soft_wrap=False)
    draw(console)
    page(buf.getvalue(), height=real.height, on_terminal=real.is_terminal and sys.stdout.isatty(), allowed=allowed)
