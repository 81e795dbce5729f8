"""What a failed judge call means: retry it, step down the output mode, or give up (and say why).

- 429 (Retry-After honoured), 408, 409, 5xx, timeouts and connection errors are retried up to
  ``max_retries`` times with exponential backoff and jitter.
- 401/403/404 stop at once with JudgeConfigError naming the setting to fix.
- A 400/422 names a parameter some models refuse (temperature, seed, max_tokens): drop it for
  this endpoint and go on. Any other 400/422 to a request that asked for an output mode is read
  as a rejection of that mode, whatever its wording: the caller steps down
  json_schema -> json_object -> text.
"""

from __future__ import annotations

import random
import re
from typing import Any

from mockpm.config import JudgeSettings
from mockpm.errors import JudgeConfigError
from mockpm.judge.transport import TransportError, retry_after

RETRY_STATUS = frozenset({408, 409, 429})
DROPPABLE = ("temperature", "seed", "max_tokens")


def is_retryable(exc: TransportError) -> bool:
    status = exc.status_code
    return exc.outage or status in RETRY_STATUS or (status is not None and status >= 500)


def retry_delay(settings: JudgeSettings, exc: TransportError, attempt: int) -> float | None:
    """Seconds before the next try; None when the server asks for longer than we wait."""
    asked = retry_after(exc.headers)
    if asked is not None:
        return asked if asked <= settings.max_backoff else None
    # Jitter spreads out many concurrent requests that failed together.
    return min(settings.max_backoff, settings.backoff * (2 ** attempt) * (0.75 + random.random() * 0.5))


def param_to_drop(message: str, kwargs: dict[str, Any], dropped: set[str]) -> str | None:
    """The refused parameter a 400/422 names, when we sent it and can go on without it."""
    for param in DROPPABLE:
        if param in kwargs and param not in dropped and re.search(rf"\b{param}\b", message, re.I):
            return param
    return None


def config_error(settings: JudgeSettings, status: int) -> JudgeConfigError:
    s = settings
    if status == 401:
        if not s.has_key:
            return JudgeConfigError(f"the judge endpoint {s.host} needs an API key (401)", hint="set OPENAI_API_KEY")
        return JudgeConfigError(f"the judge endpoint {s.host} rejected the API key (401)", hint="set a valid OPENAI_API_KEY")
    if status == 403:
        return JudgeConfigError(f"the judge endpoint {s.host} refused access for model {s.model!r} (403)",
                                hint="check OPENAI_API_KEY's permissions, or pick another --model")
    return JudgeConfigError(f"model {s.model!r} or its endpoint not found at {s.host} (404)",
                            hint="fix --model / MOCKPM_MODEL, or --base-url / OPENAI_BASE_URL (it usually ends in /v1)")


def describe(settings: JudgeSettings, exc: TransportError, message: str, attempt: int) -> str:
    tries = f" after {attempt + 1} attempts" if attempt else ""
    status = exc.status_code
    if exc.kind == "timeout":
        return f"the judge timed out ({settings.timeout:g}s){tries}"
    if exc.kind == "connect":
        return f"cannot connect to {settings.host}{tries}"
    if exc.kind == "too_large":
        return f"the judge's reply was too large: {message}"
    if status == 429:
        return f"rate limited by {settings.host}{tries}"
    if status is not None:
        return f"the endpoint answered {status}{tries}: {message[:200]}"
    return f"the judge call failed: {message[:200]}"


def scrub(settings: JudgeSettings, text: str) -> str:
    """Servers echo the key in error messages, whole, cut short or upper-cased; never pass it on."""
    from mockpm.redaction import redact, url_password

    key = settings.api_key.get_secret_value() if settings.has_key else None
    return redact(text, (key, url_password(settings.base_url)))


# A 400/422 whose message mentions these is about the output mode before anything else.
MODE_WORDS = re.compile(r"response_format|json_schema|json_object|structured output|guided|grammar|schema", re.I)
