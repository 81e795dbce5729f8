"""Judge settings: flag > environment > config file > default.

The config file is ``config_dir()/config.toml``::

    [judge]
    model = "gpt-4o-mini"
    base_url = "http://localhost:11434/v1"   # any OpenAI-compatible server
    timeout = 60          # seconds per request
    max_retries = 3       # transport retries (429, 5xx, timeouts, connection errors)
    backoff = 0.5         # first retry delay in seconds; doubles each retry
    max_backoff = 20      # cap on one delay, Retry-After included
    max_tokens = 2000     # optional cap on the reply

    [prices."my-model"]   # USD per 1M tokens; overrides the built-in table
    input = 0.15
    output = 0.60
    cached_input = 0.075  # optional

The API key comes only from ``OPENAI_API_KEY``: it is never read from or written to a file.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from mockpm.errors import JudgeConfigError, UsageError
from mockpm.paths import config_file

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_URL = "https://api.openai.com/v1"
# Local servers ignore the key, but the client refuses to start without one.
PLACEHOLDER_KEY = "not-needed"

Source = Literal["flag", "env", "file", "default"]


class Price(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cached_input: float | None = Field(default=None, ge=0)


class JudgeFileSettings(BaseModel):
    # strict: a quoted "5" or a true where a number belongs is a mistake to report, not coerce
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    model: str | None = Field(default=None, min_length=1)
    base_url: str | None = Field(default=None, min_length=1)
    timeout: float = Field(default=60.0, gt=0, le=3600, allow_inf_nan=False)
    max_retries: int = Field(default=3, ge=0, le=10)
    backoff: float = Field(default=0.5, ge=0, le=600, allow_inf_nan=False)
    max_backoff: float = Field(default=20.0, ge=0, le=3600, allow_inf_nan=False)
    max_tokens: int | None = Field(default=None, ge=16)


class PracticeFileSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    candidate: str | None = None


class ConfigFile(BaseModel):
    # Every section is known, so a misspelt [judgee] is an error rather than silently ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)

    judge: JudgeFileSettings = Field(default_factory=JudgeFileSettings)
    practice: PracticeFileSettings = Field(default_factory=PracticeFileSettings)
    prices: dict[str, Price] = Field(default_factory=dict)


class JudgeSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    model: str
    base_url: str  # never empty: OPENAI_URL when nothing else is set
    api_key: SecretStr = Field(repr=False)
    has_key: bool  # False when the placeholder key is used
    timeout: float
    max_retries: int
    backoff: float
    max_backoff: float
    max_tokens: int | None
    prices: dict[str, Price]
    sources: dict[str, Source]

    @property
    def host(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.base_url).hostname or self.base_url


@lru_cache(maxsize=8)
def _read(path: Path, mtime_ns: int) -> ConfigFile:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise JudgeConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise JudgeConfigError(f"config file {path}: {exc}", hint="fix the TOML syntax") from None
    try:
        return ConfigFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise JudgeConfigError(f"config file {path}: {loc}: {err['msg']}") from None


def load_config_file(path: Path | None = None) -> ConfigFile:
    path = path or config_file()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return ConfigFile()
    return _read(path, mtime)


def _pick(flag: str | None, env: str, file_value: str | None, default: str | None) -> tuple[str | None, Source]:
    if flag is not None:
        if not flag.strip():
            option = "--model" if env == "MOCKPM_MODEL" else "--base-url"
            raise UsageError(f"{option} is empty", hint=f"give a value or leave {option} out")
        return flag.strip(), "flag"
    value = (os.environ.get(env) or "").strip()  # a blank variable counts as unset
    if value:
        return value, "env"
    if file_value:
        return file_value, "file"
    return default, "default"


def resolve(*, model: str | None = None, base_url: str | None = None) -> tuple[JudgeSettings | None, str | None]:
    """Settings for the judge, or (None, reason) when grading should run offline."""
    cfg = load_config_file()
    j = cfg.judge
    model_v, model_src = _pick(model, "MOCKPM_MODEL", j.model, DEFAULT_MODEL)
    url_v, url_src = _pick(base_url, "OPENAI_BASE_URL", j.base_url, None)
    key = os.environ.get("OPENAI_API_KEY") or None
    if key is None and url_v is None:
        return None, "no OPENAI_API_KEY or base URL set: grading offline with keyword checks"
    url = (url_v or OPENAI_URL).rstrip("/")
    from mockpm.redaction import public_url, register, url_password

    register(key, url_password(url))  # cut out of every error, file and line from here on
    if not url.startswith(("http://", "https://")):
        raise JudgeConfigError(f"base URL {public_url(url)!r} is not an http(s) URL", hint="fix --base-url / OPENAI_BASE_URL")
    try:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number
        if not parts.hostname:
            raise ValueError("no host")
    except ValueError as exc:  # "http://[::1": Invalid IPv6 URL
        raise JudgeConfigError(f"base URL {public_url(url)!r} is not a valid URL ({exc})",
                               hint="fix --base-url / OPENAI_BASE_URL") from None
    settings = JudgeSettings(
        model=model_v or DEFAULT_MODEL,
        base_url=url,
        api_key=SecretStr(key or PLACEHOLDER_KEY),
        has_key=key is not None,
        timeout=j.timeout,
        max_retries=j.max_retries,
        backoff=j.backoff,
        max_backoff=j.max_backoff,
        max_tokens=j.max_tokens,
        prices=cfg.prices,
        sources={"model": model_src, "base_url": url_src if url_v else "default", "api_key": "env" if key else "default"},
    )
    return settings, None
