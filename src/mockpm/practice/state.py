"""The state of one practice session: what a draft saves and ``--resume`` restores."""

from __future__ import annotations

import secrets
import time
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field


class Turn(BaseModel):
    kind: Literal["question", "followup"]
    question: str
    answer: str = ""
    done: bool = False
    source: Literal["scenario", "judge"] = "scenario"  # who wrote a follow-up
    probes: list[str] = Field(default_factory=list)  # criterion ids a follow-up asks about


class PracticeState(BaseModel):
    id: str
    scenario: str
    candidate: str | None = None
    started_at: datetime
    time_limit_minutes: int | None  # None: --no-timer
    elapsed_seconds: float = 0.0
    turns: list[Turn] = Field(default_factory=list)
    followups_planned: bool = False
    library: list[str] = Field(default_factory=list)  # --library folders, so --resume finds the scenario
    mode: Literal["offline", "llm"] = "offline"

    @property
    def current(self) -> Turn | None:
        return next((t for t in self.turns if not t.done), None)

    @property
    def answered(self) -> bool:
        return self.followups_planned and self.current is None


def new_session_id(now: datetime | None = None) -> str:
    # Sortable by time and readable in `history`; the suffix keeps two sessions in one second apart.
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(2)


class Clock:
    """Session time: what earlier runs used (from the draft) plus the running segment."""

    def __init__(self, already: float = 0.0, limit_minutes: int | None = None) -> None:
        self.already = already
        self.limit_seconds = limit_minutes * 60 if limit_minutes else None
        self._since: float | None = None

    def start(self) -> None:
        if self._since is None:
            self._since = time.monotonic()

    def stop(self) -> None:
        if self._since is not None:
            self.already += time.monotonic() - self._since
            self._since = None

    @property
    def elapsed(self) -> float:
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self.already + running

    @property
    def remaining(self) -> float | None:
        return None if self.limit_seconds is None else self.limit_seconds - self.elapsed

    @property
    def over(self) -> bool:
        rem = self.remaining
        return rem is not None and rem <= 0


def mmss(seconds: float) -> str:
    seconds = int(abs(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
