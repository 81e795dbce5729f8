"""One process at a time per batch run: an advisory lock file in the data directory.

The lock is held for the whole run and released by the operating system when the process
ends, however it ends (a killed run never leaves a stale claim). The holder writes its pid
into the file so a second command can say who has the run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from mockpm.errors import RunBusyError
from mockpm.paths import data_dir


def _holder(fd: int) -> str:
    # The holder writes its pid just after taking the lock: give it a moment to do so.
    for _ in range(20):
        os.lseek(fd, 0, os.SEEK_SET)
        pid = os.read(fd, 32).decode("ascii", "replace").strip()
        if pid:
            return pid
        time.sleep(0.01)
    return "unknown"


@contextmanager
def claim_run(run_id: str) -> Iterator[None]:
    """Hold run ``run_id`` for this process, or raise RunBusyError naming the holder's pid."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): runs are not claimed there
        yield
        return
    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / f"batch-{run_id}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunBusyError(
                f"batch run {run_id} is in progress in another mockpm process (pid {_holder(fd)})",
                hint="wait for it to finish, then rerun this command to collect the results",
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def is_claimed(run_id: str) -> bool:
    """Whether a live process holds run ``run_id`` now. The lock is only tried when the pid written
    in it is alive, so a finished or killed run is never touched; a live one is confirmed by the
    lock itself (a pid may have been reused)."""
    try:
        import fcntl
    except ImportError:  # no flock: nothing to tell a killed run from a live one
        return True
    path = data_dir() / "locks" / f"batch-{run_id}.lock"
    try:
        pid = int(path.read_text(encoding="ascii").strip() or "0")
    except (OSError, ValueError):
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, another user's
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases the shared lock at once if it was taken
    return False
