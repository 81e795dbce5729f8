"""Checks on output files named by the user, made before any work that would be lost."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mockpm.errors import UsageError


def check_writable(path: Path, flag: str) -> None:
    """Raise a one-line UsageError unless ``path`` can be written as a file.

    Called before grading starts, so a typo in --out costs nothing rather than an hour of
    judge calls.
    """
    if path.is_dir():
        raise UsageError(f"{flag} {path}: is a directory", hint="give a file name")
    parent = path.parent
    if not parent.is_dir():
        raise UsageError(f"{flag} {path}: folder {parent} does not exist", hint="create it first")
    try:
        fd, probe = tempfile.mkstemp(prefix=".mockpm-probe-", dir=parent)
    except OSError as exc:
        raise UsageError(f"{flag} {path}: cannot write in {parent} ({exc.strerror})", hint="pick a writable folder") from None
    os.close(fd)
    os.unlink(probe)


def temp_beside(path: Path) -> tuple[int, Path]:
    """A new, uniquely named temporary file next to ``path`` (same filesystem, so os.replace
    is atomic); two processes writing the same destination never share one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    return fd, Path(tmp)


def publish(tmp: Path, dest: Path | str) -> None:
    """Give a finished temporary file the mode an ordinary new file gets, and move it into place."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes it private to us
    os.replace(tmp, dest)
