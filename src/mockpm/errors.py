"""One base error for the whole library; the CLI turns it into a message and an exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented process exit codes (see README, "Exit codes")."""

    OK = 0
    BELOW_THRESHOLD = 1  # graded, but a score is under --fail-under
    USAGE = 2  # bad flag or argument
    INPUT = 3  # an answer file or input row cannot be read
    LIBRARY = 4  # a scenario or rubric file is invalid
    JUDGE_CONFIG = 5  # the judge endpoint refused us: key, model or URL to fix
    INCOMPLETE = 6  # graded, but some criteria stayed unscored (judge failed)
    PARTIAL = 7  # batch: some answers failed to grade
    BUSY = 8  # batch: the same run is being graded by another process (its pid is named)
    STORE = 9  # the data store (MOCKPM_HOME/data/mockpm.sqlite3) is not a readable database
    INTERRUPTED = 130  # Ctrl-C; work done so far is saved


class MockpmError(Exception):
    """Base error: a one-line message that says what to do, plus an exit code."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(MockpmError):
    exit_code = ExitCode.USAGE


class AnswerError(MockpmError):
    """An answer file or row that cannot be graded as given."""

    exit_code = ExitCode.INPUT


class LibraryError(MockpmError):
    """A scenario, rubric or seed list that fails validation."""

    exit_code = ExitCode.LIBRARY

    def __init__(self, message: str, *, problems: list[str] | None = None, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.problems = problems or [message]


class UnknownScenarioError(MockpmError):
    exit_code = ExitCode.USAGE


class JudgeConfigError(MockpmError):
    """The endpoint says our settings are wrong (401/403/404): stop, name the setting."""

    exit_code = ExitCode.JUDGE_CONFIG


class RunBusyError(MockpmError):
    """Another process holds the batch run: grading it here too would judge answers twice."""

    exit_code = ExitCode.BUSY


class StoreError(MockpmError):
    """The data store cannot be read: it is damaged or not a database at all."""

    exit_code = ExitCode.STORE


def store_error(path: object, exc: BaseException) -> StoreError:
    return StoreError(f"{path}: the data store cannot be read ({exc})",
                      hint=f"move it aside with mv '{path}' '{path}.bad' and run again; runs, history and the judge cache start empty")


class JudgeError(MockpmError):
    """The judge could not produce a usable verdict after retries."""

    exit_code = ExitCode.INCOMPLETE
