"""A progress bar on stderr (done, failed, rate, ETA) that stays silent when stderr is not a terminal."""

from __future__ import annotations

from typing import Any


class CohortProgress:
    def __init__(self, total: int, *, done: int = 0, label: str = "grading", enabled: bool | None = None) -> None:
        self.total = total
        self.done = done
        self.failed = 0
        self.label = label
        self._progress: Any = None
        self._task: Any = None
        self.enabled = enabled

    def __enter__(self) -> CohortProgress:
        from mockpm.report.safe import safe_console

        console = safe_console(stderr=True)
        on = console.is_terminal if self.enabled is None else self.enabled
        if on and self.total:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
            from rich.text import Text

            class Rate(ProgressColumn):
                def render(self, task: Any) -> Text:
                    return Text(f"{task.speed:.1f}/s" if task.speed else "–/s", style="cyan")

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("[red]{task.fields[failed]} failed"), Rate(), TimeRemainingColumn(),
                console=console, transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=self.total, completed=self.done, failed=0)
        return self

    def advance(self, ok: bool = True, n: int = 1) -> None:
        self.done += n
        if not ok:
            self.failed += n
        if self._progress is not None:
            self._progress.update(self._task, advance=n, failed=self.failed)

    def set(self, completed: int, failed: int = 0, description: str | None = None) -> None:
        """Absolute update (the Batch API reports counts, not events)."""
        self.done, self.failed = completed, failed
        if self._progress is not None:
            kw: dict[str, Any] = {"completed": completed, "failed": failed}
            if description:
                kw["description"] = description
            self._progress.update(self._task, **kw)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
