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
