"""The LLM judge: OpenAI and every OpenAI-compatible server, through the ``openai`` package.

One Chat Completions call grades all criteria of an answer. The request/retry/repair logic is
written once as a generator that yields operations (a call, a sleep) and is driven either
synchronously (``judge``) or on an event loop (``ajudge``), so both paths behave the same.

Failure policy:
- 429 (Retry-After honoured), 408, 409, 5xx, timeouts and connection errors are retried up to
  ``max_retries`` times with exponential backoff; the client's own retries are off.
- 401/403/404 stop at once with JudgeConfigError naming the setting to fix.
- A 400/422 that rejects ``response_format`` steps down json_schema -> json_object -> text;
  the mode that worked is remembered per base URL.
- A refusal, a cut-off reply (finish_reason "length"), an unparseable reply or wrong criterion
  ids get one more attempt (a repair message shows the model what was wrong).
- Whatever still fails comes back unscored (``met=None``) with ``JudgeInfo.error`` set.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from pydantic import BaseModel

from mockpm.config import JudgeSettings
from mockpm.errors import JudgeConfigError
from mockpm.grading import FLAG_LOW_CONFIDENCE
from mockpm.judge.base import JudgeRequest, JudgeResult, JudgeVerdict
from mockpm.judge.cache import MODES, EndpointModes, JudgeCache, cache_key, shared_cache
from mockpm.judge.pricing import estimate_cost
from mockpm.judge.prompts import JUDGE_PROMPT, StaticPrompt, judge_messages, repair_message
from mockpm.judge.schema import JudgeReply, ParseError, extract_json, id_problems, parse_reply, response_format, schema_text
from mockpm.models import JudgeInfo, Usage

DEFAULT_SEED = 1234
SAMPLE_TEMPERATURE = 0.7  # with --samples N>1: enough spread for agreement to mean something
LOW_AGREEMENT = 0.67
FLAG_NO_VERDICT = "judge: no valid verdict for this criterion"

# A 400/422 whose message mentions these is about the output mode, not the request as a whole.
_MODE_REJECTED = re.compile(r"response_format|json_schema|json_object|structured output|guided|grammar|schema", re.I)
_RETRY_STATUS = frozenset({408, 409, 429})


# --------------------------------------------------------------------------- operations


@dataclass(slots=True)
class _Call:
    kwargs: dict[str, Any]


@dataclass(slots=True)
class _Sleep:
    seconds: float


class _ModeRejected(Exception):
    pass


class _ParamRejected(Exception):
    def __init__(self, param: str) -> None:
        self.param = param


class _CallFailed(Exception):
    pass


@dataclass(slots=True)
class _Completion:
    """The parts of a Chat Completions reply the judge reads.

    Replies are read from the raw JSON: building the client's typed ChatCompletion object
    costs more CPU per call than everything else the judge does.
    """

    content: str | None = None
    refusal: str | None = None
    finish_reason: str | None = None
    has_choice: bool = False
    usage: dict[str, Any] | None = None
    system_fingerprint: str | None = None

    @classmethod
    def from_body(cls, raw: bytes) -> _Completion:
        import json

        try:
            data = json.loads(raw)
        except ValueError:
            return cls()  # not JSON: an unusable reply, handled like a malformed one
        if not isinstance(data, dict):
            return cls()
        choices = data.get("choices") or []
        choice = choices[0] if choices and isinstance(choices[0], dict) else None
        msg = (choice or {}).get("message") or {}
        usage = data.get("usage")
        return cls(
            content=msg.get("content") if isinstance(msg.get("content"), str) else None,
            refusal=msg.get("refusal") or None,
            finish_reason=(choice or {}).get("finish_reason"),
            has_choice=choice is not None,
            usage=usage if isinstance(usage, dict) else None,
            system_fingerprint=data.get("system_fingerprint") or None,
        )


@dataclass
class _Tally:
    """What one judge() call spent, across samples, retries and repairs."""

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    fingerprint: str | None = None
    mode: str | None = None

    def add_usage(self, resp: _Completion) -> None:
        if resp.system_fingerprint:
            self.fingerprint = resp.system_fingerprint
        usage = resp.usage
        if not usage:
            return
        self.prompt_tokens += int(usage.get("prompt_tokens") or 0)
        self.completion_tokens += int(usage.get("completion_tokens") or 0)
        details = usage.get("prompt_tokens_details")
        if isinstance(details, dict):
            self.cached_tokens += int(details.get("cached_tokens") or 0)


@dataclass
class _Sample:
    reply: JudgeReply | None = None
    error: str | None = None
    missing: set[str] = field(default_factory=set)  # ids without a valid verdict

    def by_id(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.reply is not None:
            for v in self.reply.verdicts:
                out.setdefault(v.criterion_id, v)
        return out


class CheckResult(BaseModel):
    ok: bool
    model: str
    base_url_host: str
    output_mode: str
    seconds: float
    system_fingerprint: str | None = None
    reply: str = ""


# --------------------------------------------------------------------------- the judge


class OpenAIJudge:
    """Judge backed by a Chat Completions endpoint. Reuse one instance for many answers."""

    def __init__(
        self,
        settings: JudgeSettings,
        *,
        samples: int = 1,
        use_cache: bool = True,
        seed: int = DEFAULT_SEED,
        sample_temperature: float = SAMPLE_TEMPERATURE,
        cache: JudgeCache | None = None,
        modes: EndpointModes | None = None,
    ) -> None:
        if samples < 1:
            raise ValueError("samples must be at least 1")
        self.settings = settings
        self.samples = samples
        self.use_cache = use_cache
        self.seed = seed
        self.sample_temperature = sample_temperature
        self.cache = cache or shared_cache()
        self.modes = modes or EndpointModes()
        self._client: Any = None
        self._aclient: Any = None
        self._aclient_loop: Any = None
        self._dropped: set[str] = set()  # parameters this endpoint rejected (temperature, seed, max_tokens)

    @property
    def _mode_key(self) -> str:
        # Per endpoint and model: one model on a server rejecting json_schema says nothing
        # about the others it serves.
        return f"{self.settings.base_url} {self.settings.model}"

    # ---- clients (openai is slow to import: only when a judge actually runs)
    def _client_kwargs(self) -> dict[str, Any]:
        s = self.settings
        return {"api_key": s.api_key.get_secret_value(), "base_url": s.base_url, "max_retries": 0, "timeout": s.timeout}

    def _sync_client(self) -> Any:
        if self._client is None:
            import openai

            self._client = openai.OpenAI(**self._client_kwargs())
        return self._client

    def _async_client(self) -> Any:
        # An AsyncOpenAI client's connections belong to the loop that opened them.
        loop = asyncio.get_running_loop()
        if self._aclient is None or self._aclient_loop is not loop:
            import openai

            self._aclient = openai.AsyncOpenAI(**self._client_kwargs())
            self._aclient_loop = loop
        return self._aclient

    # ---- drivers
    def _run(self, gen: Generator[Any, Any, Any]) -> Any:
        # openai is imported on the first real call: a run served from the cache never loads it.
        value: Any = None
        while True:
            try:
                op = gen.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(op, _Sleep):
                time.sleep(op.seconds)
                value = None
                continue
            import openai

            try:
                value = _Completion.from_body(self._sync_client().post("/chat/completions", body=op.kwargs, cast_to=bytes))
            except openai.OpenAIError as exc:
                value = exc

    async def _arun(self, gen: Generator[Any, Any, Any]) -> Any:
        value: Any = None
        while True:
            try:
                op = gen.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(op, _Sleep):
                await asyncio.sleep(op.seconds)
                value = None
                continue
            import openai

            try:
                value = _Completion.from_body(await self._async_client().post("/chat/completions", body=op.kwargs, cast_to=bytes))
            except openai.OpenAIError as exc:
                value = exc

    # ---- public API
    def judge(self, request: JudgeRequest) -> JudgeResult:
        sp, messages = judge_messages(request)
        tally = _Tally()
        samples = [self._run(self._sample_flow(sp, messages, i, tally)) for i in range(self.samples)]
        return self._result(sp, samples, tally)

    async def ajudge(self, request: JudgeRequest) -> JudgeResult:
        sp, messages = judge_messages(request)
        tally = _Tally()
        if self.samples == 1:
            samples = [await self._arun(self._sample_flow(sp, messages, 0, tally))]
        else:
            got = await asyncio.gather(
                *(self._arun(self._sample_flow(sp, messages, i, tally)) for i in range(self.samples)),
                return_exceptions=True,
            )
            for item in got:
                if isinstance(item, BaseException):
                    raise item
            samples = list(got)
        return self._result(sp, samples, tally)

    def close(self) -> None:
        """Flush the reply cache and close the sync client (the async one: ``aclose``)."""
        self.cache.flush()
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the async client on its own loop; call before the loop ends (batch runs)."""
        self.cache.flush()
        if self._aclient is not None and self._aclient_loop is asyncio.get_running_loop():
            await self._aclient.close()
        self._aclient = self._aclient_loop = None

    def complete_text(self, messages: list[dict[str, str]], *, max_tokens: int = 200, temperature: float = 0.7) -> str:
        """Free text from the same endpoint (interviewer follow-ups). Raises on failure."""
        tally = _Tally()
        resp = self._run(self._text_flow(messages, max_tokens, temperature, tally))
        if resp.refusal or not (resp.content or "").strip():
            raise _CallFailed("no usable text in the reply")
        return resp.content.strip()

    def check(self) -> CheckResult:
        """One tiny structured call: does the endpoint work, in which output mode, how fast."""
        self._sync_client()  # import and set up outside the timed round trip
        return self._run(self._check_flow())

    # ---- flows
    def _text_flow(self, messages: list[dict[str, str]], max_tokens: int, temperature: float, tally: _Tally):
        kwargs = {"model": self.settings.model, "messages": messages, "temperature": temperature, "max_tokens": max_tokens}
        return (yield from self._request(kwargs, tally))

    def _check_flow(self):
        messages = [
            {"role": "system", "content": "You are a health check. Reply with one JSON object and nothing else."},
            {"role": "user", "content": 'Reply with exactly this JSON: {"ok": true}'},
        ]
        schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"], "additionalProperties": False}
        formats = {
            "json_schema": {"type": "json_schema", "json_schema": {"name": "mockpm_check", "strict": True, "schema": schema}},
            "json_object": {"type": "json_object"},
            "text": None,
        }
        mode = self.modes.get(self._mode_key) or MODES[0]
        tally = _Tally()
        while True:
            kwargs = {"model": self.settings.model, "messages": messages, "temperature": 0}
            if formats[mode]:
                kwargs["response_format"] = formats[mode]
            started = time.perf_counter()
            try:
                resp = yield from self._request(kwargs, tally, allow_mode_fallback=mode != "text")
            except _ModeRejected:
                mode = MODES[MODES.index(mode) + 1]
                continue
            except _CallFailed as exc:
                raise JudgeConfigError(
                    f"judge endpoint {self.settings.host} is not usable: {exc}",
                    hint="check --base-url / OPENAI_BASE_URL and --model",
                ) from None
            seconds = time.perf_counter() - started
            content = resp.content or ""
            try:
                data = extract_json(content)
                ok = isinstance(data, dict) and data.get("ok") is True
            except ParseError:
                ok = False
            if ok:
                self.modes.set(self._mode_key, mode)
            return CheckResult(
                ok=ok, model=self.settings.model, base_url_host=self.settings.host, output_mode=mode,
                seconds=round(seconds, 3), system_fingerprint=resp.system_fingerprint,
                reply=self._scrub(content[:200]),
            )

    def _request(self, kwargs: dict[str, Any], tally: _Tally, *, allow_mode_fallback: bool = False):
        """One HTTP call with transport retries; returns the ChatCompletion."""
        import openai

        attempt = 0
        while True:
            for param in self._dropped:
                kwargs.pop(param, None)
            tally.calls += 1
            result = yield _Call(kwargs)
            if not isinstance(result, BaseException):
                return result
            exc = result
            status = getattr(exc, "status_code", None)
            if status in (401, 403, 404):
                raise self._config_error(status)
            retryable = status in _RETRY_STATUS or (status is not None and status >= 500) or isinstance(exc, openai.APIConnectionError)
            if retryable and attempt < self.settings.max_retries:
                delay = self._delay(exc, attempt)
                if delay is not None:
                    yield _Sleep(delay)
                    attempt += 1
                    continue
            message = self._scrub(str(getattr(exc, "message", None) or exc))
            if status in (400, 422):
                if allow_mode_fallback and _MODE_REJECTED.search(message):
                    raise _ModeRejected()
                for param in ("temperature", "seed", "max_tokens"):
                    # Some models accept only their default temperature or no max_tokens;
                    # some servers reject seed. Drop the parameter for this endpoint and go on.
                    if param in kwargs and param not in self._dropped and re.search(rf"\b{param}\b", message, re.I):
                        self._dropped.add(param)
                        break
                else:
                    raise _CallFailed(f"the endpoint rejected the request ({status}): {message[:300]}")
                continue
            raise _CallFailed(self._describe(exc, status, message, attempt))

    def _sample_flow(self, sp: StaticPrompt, messages: list[dict[str, str]], index: int, tally: _Tally):
        s = self.settings
        temperature = 0.0 if self.samples == 1 else self.sample_temperature
        seed = self.seed + index
        mode = self.modes.get(self._mode_key) or MODES[0]
        max_tokens = s.max_tokens

        keys: dict[str, str] = {}

        def key_for(m: str) -> str:
            if m not in keys:
                keys[m] = _key(m)
            return keys[m]

        def _key(m: str) -> str:
            return cache_key(
                s.base_url, s.model, sp.version, schema_text(sp.ids), m, repr(temperature), str(seed), str(index),
                str(s.max_tokens), *(part for msg in messages for part in (msg["role"], msg["content"])),
            )

        if self.use_cache:
            hit = self.cache.get(key_for(mode))
            if hit is not None:
                try:
                    reply = JudgeReply.model_validate(hit["reply"])
                except (KeyError, ValueError):
                    reply = None
                if reply is not None and id_problems(reply, sp.ids) is None:
                    tally.cache_hits += 1
                    tally.fingerprint = hit.get("system_fingerprint") or tally.fingerprint
                    tally.mode = mode
                    return _Sample(reply=reply)

        convo = messages
        second_chance = True
        last_reply: JudgeReply | None = None
        while True:
            kwargs: dict[str, Any] = {"model": s.model, "messages": convo, "temperature": temperature, "seed": seed}
            fmt = response_format(mode, sp.ids)
            if fmt is not None:
                kwargs["response_format"] = fmt
            if max_tokens:
                kwargs["max_tokens"] = max_tokens
            try:
                resp = yield from self._request(kwargs, tally, allow_mode_fallback=mode != "text")
            except _ModeRejected:
                mode = MODES[MODES.index(mode) + 1]
                continue
            except _CallFailed as exc:
                return _Sample(error=str(exc))
            tally.add_usage(resp)
            kind, problem, content = self._inspect(resp, sp.ids)
            if kind == "ok":
                reply = problem
                tally.mode = mode
                if self.modes.get(self._mode_key) != mode:
                    self.modes.set(self._mode_key, mode)
                if self.use_cache:
                    self.cache.put(key_for(mode), s.model, {
                        "reply": reply.model_dump(mode="json"), "system_fingerprint": resp.system_fingerprint,
                    })
                return _Sample(reply=reply)
            if kind == "ids":
                last_reply, problem = problem
            if not second_chance:
                tally.mode = mode
                if kind == "ids" and last_reply is not None:
                    got = [v.criterion_id for v in last_reply.verdicts]
                    # Exactly one verdict per id counts; two verdicts for one id are as good as
                    # none (which one is right?), so that criterion stays unscored.
                    once = {i for i in sp.ids if got.count(i) == 1}
                    kept = [v for v in last_reply.verdicts if v.criterion_id in once]
                    partial = last_reply.model_copy(update={"verdicts": kept})
                    return _Sample(reply=partial, missing=set(sp.ids) - once)
                return _Sample(error=problem)
            second_chance = False
            if kind in ("invalid", "ids"):
                convo = [*messages, {"role": "assistant", "content": content}, {"role": "user", "content": repair_message(problem, sp.ids)}]
            elif kind == "length" and max_tokens:
                max_tokens *= 2

    @staticmethod
    def _inspect(resp: _Completion, ids: tuple[str, ...]) -> tuple[str, Any, str]:
        """Classify a reply: ("ok", JudgeReply) or (problem kind, description, content)."""
        if not resp.has_choice:
            return "invalid", "the reply was not a chat completion with a choice", ""
        content = resp.content or ""
        if resp.refusal:
            return "refusal", f"the model refused: {str(resp.refusal)[:200]}", content
        if resp.finish_reason == "length":
            return "length", "the reply was cut off (finish_reason length)", content
        try:
            reply = parse_reply(content)
        except ParseError as exc:
            return "invalid", f"the reply is not valid verdict JSON: {exc}", content
        bad = id_problems(reply, ids)
        if bad:
            return "ids", (reply, f"wrong criterion ids: {bad}"), content
        return "ok", reply, content

    # ---- results
    def _result(self, sp: StaticPrompt, samples: list[_Sample], tally: _Tally) -> JudgeResult:
        ok = [smp for smp in samples if smp.reply is not None]
        errors = [smp.error for smp in samples if smp.error]
        tables = [smp.by_id() for smp in ok]
        n = self.samples
        out: list[JudgeVerdict] = []
        for cid in sp.ids:
            votes = [t[cid] for t in tables if cid in t]
            if not votes:
                why = errors[0] if not ok and errors else "the judge returned no valid verdict"
                out.append(JudgeVerdict(criterion_id=cid, met=None, rationale=f"not scored: {why}",
                                        flags=[FLAG_NO_VERDICT] if ok else []))
                continue
            yes = [v for v in votes if v.met]
            no = [v for v in votes if not v.met]
            # A verdict needs a strict majority of the samples asked for (failed samples count
            # against both sides). A tie is no verdict either way: it stays unscored, for a
            # strength and a red flag alike, and the low-agreement flag sends it to a human.
            if 2 * len(yes) > n:
                met, winners = True, yes
            elif 2 * len(no) > n:
                met, winners = False, no
            else:
                met, winners = None, max(yes, no, key=len)
            pick = next((v for v in winners if v.evidence.strip()), winners[0]) if met else winners[0]
            flags: list[str] = []
            confidence = None
            if n > 1:
                confidence = round(len(winners) / n, 3)
                if confidence < LOW_AGREEMENT:
                    flags.append(FLAG_LOW_CONFIDENCE)
            rationale = pick.rationale if met is not None else f"judge samples split {len(yes)}-{len(no)}: no majority"
            out.append(JudgeVerdict(criterion_id=cid, met=met, rationale=rationale, evidence=pick.evidence if met else "",
                                    confidence=confidence, flags=flags))
        error = None
        if not ok and errors:
            error = errors[0] if n == 1 else f"{errors[0]} (all {n} samples failed)"
        elif any(smp.missing for smp in ok):
            missing = sorted(set().union(*(smp.missing for smp in ok)))
            error = f"no valid verdict for {', '.join(missing)} after a repair attempt"
        usage = Usage(prompt_tokens=tally.prompt_tokens, completion_tokens=tally.completion_tokens, cached_tokens=tally.cached_tokens)
        summary = next((smp.reply.summary for smp in ok if smp.reply.summary), "")
        info = JudgeInfo(
            mode="llm", model=self.settings.model, base_url_host=self.settings.host, prompt_version=JUDGE_PROMPT,
            output_mode=tally.mode, system_fingerprint=tally.fingerprint, calls=tally.calls, cache_hits=tally.cache_hits,
            samples=n, usage=usage, cost_usd=estimate_cost(self.settings.model, usage, self.settings.prices),
            summary=summary or None, error=error,
        )
        return JudgeResult(verdicts=out, summary=summary, info=info)

    # ---- helpers
    def _delay(self, exc: Any, attempt: int) -> float | None:
        """Seconds before the next try; None when the server asks for longer than we wait."""
        s = self.settings
        response = getattr(exc, "response", None)
        headers = getattr(response, "headers", None) or {}
        asked = _retry_after(headers)
        if asked is not None:
            return asked if asked <= s.max_backoff else None
        # Jitter spreads out many concurrent requests that failed together.
        return min(s.max_backoff, s.backoff * (2 ** attempt) * (0.75 + random.random() * 0.5))

    def _config_error(self, status: int) -> JudgeConfigError:
        s = self.settings
        if status == 401:
            if not s.has_key:
                return JudgeConfigError(f"the judge endpoint {s.host} needs an API key (401)", hint="set OPENAI_API_KEY")
            return JudgeConfigError(f"the judge endpoint {s.host} rejected the API key (401)", hint="set a valid OPENAI_API_KEY")
        if status == 403:
            return JudgeConfigError(f"the judge endpoint {s.host} refused access for model {s.model!r} (403)",
                                    hint="check OPENAI_API_KEY's permissions, or pick another --model")
        return JudgeConfigError(f"model {s.model!r} or its endpoint not found at {s.host} (404)",
                                hint="fix --model / MOCKPM_MODEL, or --base-url / OPENAI_BASE_URL (it usually ends in /v1)")

    def _describe(self, exc: Any, status: int | None, message: str, attempt: int) -> str:
        import openai

        tries = f" after {attempt + 1} attempts" if attempt else ""
        if isinstance(exc, openai.APITimeoutError):
            return f"the judge timed out ({self.settings.timeout:g}s){tries}"
        if isinstance(exc, openai.APIConnectionError):
            return f"cannot connect to {self.settings.host}{tries}"
        if status == 429:
            return f"rate limited by {self.settings.host}{tries}"
        if status is not None:
            return f"the endpoint answered {status}{tries}: {message[:200]}"
        return f"the judge call failed: {message[:200]}"

    def _scrub(self, text: str) -> str:
        """Servers echo the key in error messages, whole, cut short or upper-cased; never pass it on."""
        from mockpm.redaction import redact, url_password

        key = self.settings.api_key.get_secret_value() if self.settings.has_key else None
        return redact(text, (key, url_password(self.settings.base_url)))


def _retry_after(headers: Any) -> float | None:
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
