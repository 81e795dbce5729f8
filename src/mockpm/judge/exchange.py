"""One judge request with its retries, as a generator of operations (a call, a sleep).

The generator decides; a driver (``OpenAIJudge``) performs each operation and sends back the
result, so the retry and fallback rules are written once and run the same everywhere.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from mockpm.config import JudgeSettings
from mockpm.judge.policy import MODE_WORDS, config_error, describe, is_retryable, param_to_drop, retry_delay, scrub
from mockpm.judge.transport import Completion, TransportError


@dataclass(slots=True)
class Call:
    kwargs: dict[str, Any]


@dataclass(slots=True)
class Sleep:
    seconds: float


class ModeRejected(Exception):
    """The endpoint refused the requested output mode: try the next one."""


class CallFailed(Exception):
    def __init__(self, message: str, *, outage: bool = False) -> None:
        super().__init__(message)
        self.outage = outage  # the endpoint was unreachable or silent, not wrong


@dataclass
class Tally:
    """What one judge() call spent, across samples, retries and repairs."""

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    fingerprint: str | None = None
    mode: str | None = None

    def add_usage(self, resp: Completion) -> None:
        if resp.system_fingerprint:
            self.fingerprint = resp.system_fingerprint
        usage = resp.usage
        if not usage:
            return
        self.prompt_tokens += _int(usage.get("prompt_tokens"))
        self.completion_tokens += _int(usage.get("completion_tokens"))
        details = usage.get("prompt_tokens_details")
        if isinstance(details, dict):
            self.cached_tokens += _int(details.get("cached_tokens"))


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


Flow = Generator[Call | Sleep, Any, Any]


def request(settings: JudgeSettings, kwargs: dict[str, Any], tally: Tally, dropped: set[str], *,
            allow_mode_fallback: bool = False) -> Flow:
    """One HTTP call with transport retries; returns the Completion, raises CallFailed or ModeRejected."""
    attempt = 0
    while True:
        for param in dropped:
            kwargs.pop(param, None)
        tally.calls += 1
        result = yield Call(kwargs)
        if not isinstance(result, BaseException):
            return result
        exc = result
        if not isinstance(exc, TransportError):
            raise exc
        status = exc.status_code
        if status in (401, 403, 404):
            raise config_error(settings, status)
        if is_retryable(exc) and attempt < settings.max_retries:
            delay = retry_delay(settings, exc, attempt)
            if delay is not None:
                yield Sleep(delay)
                attempt += 1
                continue
        message = scrub(settings, exc.message)
        if status in (400, 422):
            if allow_mode_fallback and MODE_WORDS.search(message):
                raise ModeRejected()
            param = param_to_drop(message, kwargs, dropped)
            if param is not None:
                # Some models accept only their default temperature or no max_tokens; some
                # servers reject seed. Drop the parameter for this endpoint and go on.
                dropped.add(param)
                continue
            if allow_mode_fallback:
                # Servers word a refused response_format every way there is (or not at all).
                raise ModeRejected()
            raise CallFailed(f"the endpoint rejected the request ({status}): {message[:300]}")
        raise CallFailed(describe(settings, exc, message, attempt), outage=exc.outage)
