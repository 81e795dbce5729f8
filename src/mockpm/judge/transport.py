"""One HTTP call to a Chat Completions endpoint, bounded in time and size.

The deadline covers the whole request (connect, headers and every byte of the body), not
each read: a server that trickles a byte a second cannot stretch a 3 s timeout into minutes.
A reply larger than ``MAX_REPLY_BYTES`` is abandoned unread. The reply is read from raw JSON:
building a client library's typed objects costs more CPU per call than everything else the
judge does.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

# A verdict document for the largest rubric is a few tens of KB; a megabyte is not a reply.
MAX_REPLY_BYTES = 1_000_000
MAX_ERROR_BYTES = 64_000


class TransportError(Exception):
    """A call that produced no usable HTTP reply.

    ``kind``: "timeout", "connect" (refused, reset, protocol error), "too_large", "invalid"
    (the request could not be sent as configured), or "status" (an HTTP error status, in
    ``status``).
    """

    def __init__(self, kind: str, message: str, *, status: int | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status_code = status
        self.headers = headers or {}

    @property
    def outage(self) -> bool:
        """The endpoint could not be reached or did not answer in time."""
        return self.kind in ("timeout", "connect")


@dataclass(slots=True)
class Completion:
    """The parts of a Chat Completions reply the judge reads."""

    content: str | None = None
    refusal: str | None = None
    finish_reason: str | None = None
    has_choice: bool = False
    usage: dict[str, Any] | None = None
    system_fingerprint: str | None = None

    @classmethod
    def from_body(cls, raw: bytes) -> Completion:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return cls()  # not JSON, or nested past the parser's depth: an unusable reply
        if not isinstance(data, dict):
            return cls()
        choices = data.get("choices") or []
        choice = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else None
        msg = (choice or {}).get("message") or {}
        if not isinstance(msg, dict):
            msg = {}
        usage = data.get("usage")
        refusal = msg.get("refusal")
        fingerprint = data.get("system_fingerprint")
        return cls(
            content=msg.get("content") if isinstance(msg.get("content"), str) else None,
            refusal=str(refusal) if refusal else None,
            finish_reason=(choice or {}).get("finish_reason"),
            has_choice=choice is not None,
            usage=usage if isinstance(usage, dict) else None,
            system_fingerprint=fingerprint if isinstance(fingerprint, str) and fingerprint else None,
        )


def endpoint_url(base_url: str, path: str) -> str:
    parts = urlsplit(base_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + path, parts.query, ""))


def http() -> Any:
    """The HTTP library the ``openai`` package depends on: ``httpx2`` in its newer releases,
    ``httpx`` before. Both have the same API; using the one already installed adds nothing."""
    try:
        import httpx2 as httpx
    except ImportError:
        import httpx
    return httpx


def new_client(timeout: float) -> Any:
    httpx = http()
    # The per-operation timeout is a backstop; post() enforces the total deadline itself.
    return httpx.AsyncClient(timeout=httpx.Timeout(timeout),
                             limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100))


def _error_message(raw: bytes) -> str:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])[:2000]
        if isinstance(err, str):
            return err[:2000]
    return raw[:2000].decode("utf-8", "replace").strip() or "no message"


async def post(client: Any, url: str, body: dict[str, Any], *, api_key: str | None, deadline: float,
               max_bytes: int = MAX_REPLY_BYTES) -> Completion:
    """POST ``body`` as JSON; the reply within ``deadline`` seconds in all, or TransportError."""
    httpx = http()

    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    try:
        async with asyncio.timeout(deadline):
            async with client.stream("POST", url, content=payload, headers=headers) as resp:
                limit = max_bytes if resp.status_code < 400 else MAX_ERROR_BYTES
                chunks: list[bytes] = []
                size = 0
                async for chunk in resp.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        if resp.status_code >= 400:
                            break  # the start of an error body is message enough
                        raise TransportError("too_large", f"the reply is larger than {max_bytes // 1_000_000} MB")
                    chunks.append(chunk)
                raw = b"".join(chunks)
                if resp.status_code >= 400:
                    raise TransportError("status", _error_message(raw), status=resp.status_code,
                                         headers={k.lower(): v for k, v in resp.headers.items()})
    except TimeoutError:
        raise TransportError("timeout", f"no complete reply within {deadline:g}s") from None
    except httpx.TimeoutException:
        raise TransportError("timeout", f"no complete reply within {deadline:g}s") from None
    except httpx.UnsupportedProtocol as exc:
        raise TransportError("invalid", f"unusable endpoint URL: {exc}") from None
    except (httpx.TransportError, OSError) as exc:
        raise TransportError("connect", f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__) from None
    except (httpx.InvalidURL, ValueError) as exc:  # a malformed URL or a header that cannot be sent
        raise TransportError("invalid", f"the request could not be sent: {exc}") from None
    return Completion.from_body(raw)


def retry_after(headers: dict[str, str]) -> float | None:
    """Seconds the server asked us to wait (Retry-After-Ms, Retry-After seconds or date)."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
