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
