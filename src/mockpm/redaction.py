"""Secrets never leave in text: the API key and URL credentials are cut out of anything kept or printed.

Servers echo keys back in error bodies, sometimes truncated ("sk-abc...xyz") or upper-cased, so
matching the whole key is not enough: any run of ``MIN_RUN`` or more characters of a secret, in
any case, is replaced. Credentials in URLs (``http://user:pass@host``) are dropped wherever a
URL appears. The judge settings register their secrets once (``register``); error bodies,
stored errors, endpoint files and stderr lines then pass through ``redact``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_RUN = 8  # a run this long of a secret is treated as the secret
MIN_SHORT = 4  # shorter secrets (a URL password "hunter2") are cut out whole; tinier ones are not secrets
MASK = "***"
# Userinfo runs to the LAST '@' before the path, query or fragment: a password may hold spaces,
# '@' or ':' ("http://alice:s3cret Passw0rd@host"). Bounded, so a long line costs linear time.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/?#\n]{0,512}@")
_registered: set[str] = set()


def register(*secrets: str | None) -> None:
    """Remember secrets for every later ``redact`` in this process."""
    _registered.update(s for s in secrets if s and len(s) >= MIN_SHORT)


def strip_userinfo(text: str) -> str:
    """``http://user:pass@host/v1`` -> ``http://host/v1``, for every URL in ``text``."""
    return _USERINFO.sub(r"\1", text) if "@" in text else text


def public_url(url: str) -> str:
    """An endpoint as it may be stored or printed: no userinfo, no query, no fragment
    (``?api_key=...`` is a credential too). ``http://a:b@h:1/v1?k=x`` -> ``http://h:1/v1``."""
    from urllib.parse import urlsplit, urlunsplit

    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1": not a URL the judge can use, but still never echo secrets
        return re.split(r"[?#]", strip_userinfo(url), maxsplit=1)[0]
    netloc = parts.netloc.rpartition("@")[2]
    if not parts.scheme or not netloc:
        return re.split(r"[?#]", strip_userinfo(url), maxsplit=1)[0]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def url_password(url: str | None) -> str | None:
    """The password in a URL's userinfo, if any (to register: servers echo it too)."""
    from urllib.parse import unquote, urlsplit

    try:
        password = urlsplit(url or "").password
    except ValueError:
        return None
    return unquote(password) if password else None


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] or ch for ch in text)  # keep offsets where lower-casing grows a letter


def _marks(low: str, secret: str, marked: bytearray) -> None:
    s = secret.lower()
    if len(s) < MIN_RUN:
        start = low.find(s)
        while start != -1:
            marked[start:start + len(s)] = b"\x01" * len(s)
            start = low.find(s, start + 1)
        return
    grams = {s[i:i + MIN_RUN] for i in range(len(s) - MIN_RUN + 1)}
    for i in range(len(low) - MIN_RUN + 1):
        if low[i:i + MIN_RUN] in grams:
            marked[i:i + MIN_RUN] = b"\x01" * MIN_RUN


def redact(text: str, extra: Iterable[str | None] = ()) -> str:
    """``text`` without URL credentials and without any run of ``MIN_RUN`` characters (any case)
    of a registered or ``extra`` secret."""
    text = strip_userinfo(text)
    secrets = _registered | {s for s in extra if s and len(s) >= MIN_SHORT}
    if not text or not secrets:
        return text
    low = _lower(text)
    marked = bytearray(len(text))
    for secret in secrets:
        _marks(low, secret, marked)
    if not any(marked):
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        if marked[i]:
            while i < len(text) and marked[i]:
                i += 1
            out.append(MASK)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
