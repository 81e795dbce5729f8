"""A real HTTP server on 127.0.0.1 that speaks the OpenAI wire format, scripted per test.

The real ``openai`` client talks to it over TCP, so retries, timeouts and error mapping are
exercised as in production. Use the ``openai_fake`` fixture::

    def test_retry(openai_fake):
        openai_fake.queue(error_reply(429, headers={"Retry-After": "0.2"}))  # then the default
        ...  # point OPENAI_BASE_URL / base_url at openai_fake.base_url
        assert openai_fake.count() == 2

Replies for a route come first from its queue (``queue(..., path=...)``), then from its
handler. ``/v1/chat/completions`` defaults to ``smart_judge()``, which answers a mockpm judge
prompt with well-formed verdicts. Add routes with
``openai_fake.route("POST", "/v1/files", handler)``; ``{name}`` segments match one path part
(``"/v1/batches/{batch_id}"``) and arrive in ``request.params``. A handler is
``callable(Request) -> Reply``.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

CHAT = "/v1/chat/completions"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    params: dict[str, str] = field(default_factory=dict)

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; str/bytes sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (latency, timeouts)
    drop: bool = False  # close the connection without answering
    trickle: float = 0.0  # seconds between chunks of the body (a server that dribbles bytes)
    chunk: int = 1  # bytes per chunk when trickling


Handler = Callable[[Request], Reply]


# --------------------------------------------------------------------------- reply builders


def chat_reply(
    content: str | dict | None,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    model: str = "fake-model",
    prompt_tokens: int = 100,
    completion_tokens: int = 20,
    cached_tokens: int = 0,
    fingerprint: str | None = "fp_fake",
    delay: float = 0.0,
) -> Reply:
    if isinstance(content, dict):
        content = json.dumps(content)
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": fingerprint,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content, "refusal": refusal},
            "finish_reason": finish_reason,
            "logprobs": None,
        }],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": cached_tokens},
        },
    }
    return Reply(200, body, delay=delay)


def trickle_reply(content: str | dict, *, every: float = 0.2, chunk: int = 8) -> Reply:
    """A well-formed reply whose body arrives ``chunk`` bytes every ``every`` seconds."""
    reply = chat_reply(content)
    reply.trickle, reply.chunk = every, chunk
    return reply


def raw_reply(body: bytes | str, status: int = 200) -> Reply:
    """A body sent exactly as given (huge, deeply nested, not JSON at all)."""
    return Reply(status, body.encode() if isinstance(body, str) else body)


def closed_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens: a judge that is down."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def error_reply(status: int, message: str = "error", *, type: str = "invalid_request_error", code: str | None = None,
                param: str | None = None, headers: dict[str, str] | None = None, delay: float = 0.0) -> Reply:
    body = {"error": {"message": message, "type": type, "param": param, "code": code}}
    return Reply(status, body, headers=dict(headers or {}), delay=delay)


def key_echo_error(status: int = 400, shape: Callable[[str], str] = lambda key: key) -> Handler:
    """An endpoint that quotes the caller's key back in its error body, as some servers do;
    ``shape`` cuts or re-cases it first (``lambda k: k[:12] + "..."``)."""

    def handle(req: Request) -> Reply:
        auth = req.headers.get("authorization", "")
        key = auth.split(" ", 1)[1] if " " in auth else auth
        return error_reply(status, f"Incorrect API key provided: {shape(key)}. You can find your key in your account.")

    return handle


# --------------------------------------------------------------------------- reading mockpm prompts

_CRITERION = re.compile(r"^### (\S+) \((strength|red flag)", re.MULTILINE)
_ANSWER = re.compile(r"^(`{3,})answer\n(.*?)\n\1$", re.MULTILINE | re.DOTALL)


def prompt_text(req: Request) -> str:
    body = req.json or {}
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []))


def criteria_in(req: Request) -> list[tuple[str, bool]]:
    """(criterion id, is red flag) for each criterion in a mockpm judge prompt."""
    return [(m.group(1), m.group(2) == "red flag") for m in _CRITERION.finditer(prompt_text(req))]


def answer_in(req: Request) -> str:
    m = _ANSWER.search(prompt_text(req))
    return m.group(2) if m else ""


def first_words(text: str, n: int = 8) -> str:
    """A verbatim quote: the first n words of the first non-blank line."""
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split()[:n])
    return ""


def verdicts(ids_met: dict[str, bool], evidence: str | dict[str, str] = "", summary: str = "ok") -> dict:
    ev = evidence if isinstance(evidence, dict) else {}
    return {
        "verdicts": [
            {"criterion_id": cid, "rationale": f"judged {cid}", "evidence": ev.get(cid, evidence if isinstance(evidence, str) else "") if met else "", "met": met}
            for cid, met in ids_met.items()
        ],
        "summary": summary,
    }


def smart_judge(met: Callable[[str, bool], bool] | None = None, *, delay: float = 0.0, evidence: str | None = None) -> Handler:
    """Answer a mockpm judge prompt: every criterion gets a verdict quoting the answer.

    ``met(criterion_id, red_flag)`` decides each verdict; by default strengths are met and
    red flags absent. ``evidence`` overrides the quote (e.g. text not in the answer).
    """

    def handle(req: Request) -> Reply:
        crits = criteria_in(req)
        if not crits:  # not a grading prompt (``mockpm judge check``): answer its JSON request
            return chat_reply({"ok": True}, model=(req.json or {}).get("model", "fake-model"), delay=delay)
        quote = evidence if evidence is not None else first_words(answer_in(req))
        decide = met or (lambda _cid, red: not red)
        doc = verdicts({cid: decide(cid, red) for cid, red in crits}, quote)
        prompt_tokens = len(prompt_text(req)) // 4
        return chat_reply(doc, model=(req.json or {}).get("model", "fake-model"), prompt_tokens=prompt_tokens,
                          completion_tokens=len(json.dumps(doc)) // 4, delay=delay)

    return handle


# --------------------------------------------------------------------------- the server


class FakeOpenAI:
    def __init__(self, port: int = 0) -> None:
        self.port = port  # 0: any free port
        self._routes: list[tuple[str, str, re.Pattern[str], Handler]] = []
        self._queues: dict[str, deque[Reply | Handler]] = {}
        self._lock = threading.Lock()
        self.requests: list[Request] = []
        # How many requests were being served at once, at most: proves concurrency without
        # timing assertions that a loaded machine would break.
        self.in_flight = 0
        self.max_in_flight = 0
        self._server: ThreadingHTTPServer | None = None
        self.route("POST", CHAT, smart_judge())

    # ---- scripting
    def route(self, method: str, path: str, handler: Handler) -> None:
        """Add or replace the handler for METHOD PATH (``{name}`` matches one path segment)."""
        pattern = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$")
        with self._lock:
            self._routes = [r for r in self._routes if (r[0], r[1]) != (method.upper(), path)]
            self._routes.append((method.upper(), path, pattern, handler))

    def on_chat(self, handler: Handler) -> None:
        self.route("POST", CHAT, handler)

    def queue(self, *replies: Reply | Handler, path: str = CHAT) -> None:
        """Replies served in order before the route's handler is used."""
        with self._lock:
            self._queues.setdefault(path, deque()).extend(replies)

    def count(self, path: str = CHAT) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def bodies(self, path: str = CHAT) -> list[Any]:
        with self._lock:
            return [r.json for r in self.requests if r.path == path]

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    # ---- dispatch
    def _dispatch(self, req: Request) -> Reply:
        with self._lock:
            self.requests.append(req)
            routes = list(self._routes)
        for method, path, pattern, handler in routes:
            m = pattern.match(req.path)
            if m and method == req.method:
                req.params = m.groupdict()
                with self._lock:
                    q = self._queues.get(path)
                    item = q.popleft() if q else None
                if item is None:
                    return handler(req)
                return item(req) if callable(item) else item
        return error_reply(404, f"no route for {req.method} {req.path}", code="not_found")

    # ---- lifecycle
    def start(self) -> FakeOpenAI:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like the real API
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body

            def log_message(self, *args: Any) -> None:  # quiet test output
                pass

            def _handle(self) -> None:
                with fake._lock:
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    self._serve()
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                req = Request(self.command, parts.path, parse_qs(parts.query),
                              {k.lower(): v for k, v in self.headers.items()}, body)
                try:
                    reply = fake._dispatch(req)
                except Exception as exc:  # a broken test handler should show up as a 500
                    reply = error_reply(500, f"fake handler failed: {exc!r}", type="server_error")
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    return
                payload = reply.body
                ctype = "application/json"
                if isinstance(payload, (dict, list)):
                    data = json.dumps(payload).encode()
                elif isinstance(payload, str):
                    data, ctype = payload.encode(), "text/plain"
                else:
                    data = payload or b""
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if reply.trickle:
                        for i in range(0, len(data), reply.chunk):
                            self.wfile.write(data[i:i + reply.chunk])
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                    else:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (timeout test)

            do_GET = do_POST = do_DELETE = do_PUT = _handle

        class _Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256  # dozens of concurrent clients connect at once

        self._server = _Server(("127.0.0.1", self.port), _Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="openai-fake").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


try:
    import pytest
except ImportError:  # the bench script imports this module without pytest
    pytest = None

if pytest is not None:

    @pytest.fixture
    def openai_fake():
        """A started FakeOpenAI; its ``base_url`` ends in ``/v1``."""
        with FakeOpenAI() as fake:
            yield fake
