"""What the judge asks for and how it reads the answer: grading samples, the health check,
free text. Each flow is a generator over ``exchange.request`` (see there)."""

from __future__ import annotations

import time
from typing import Any

from pydantic import BaseModel

from mockpm.config import JudgeSettings
from mockpm.errors import JudgeConfigError
from mockpm.judge.cache import MODES, EndpointModes, JudgeCache, cache_key
from mockpm.judge.exchange import CallFailed, Flow, ModeRejected, Tally, request
from mockpm.judge.policy import scrub
from mockpm.judge.prompts import StaticPrompt, repair_message
from mockpm.judge.schema import JudgeReply, ParseError, extract_json, id_problems, parse_reply, response_format, schema_text
from mockpm.judge.transport import Completion
from mockpm.judge.votes import Sample

# What of a bad reply is shown back to the model in a repair: enough to see the mistake.
REPAIR_ECHO_CHARS = 8_000


class CheckResult(BaseModel):
    ok: bool
    model: str
    base_url_host: str
    output_mode: str
    seconds: float
    system_fingerprint: str | None = None
    reply: str = ""


def next_mode(mode: str) -> str:
    return MODES[MODES.index(mode) + 1]


def inspect(resp: Completion, ids: tuple[str, ...]) -> tuple[str, Any, str]:
    """Classify a reply: ("ok", JudgeReply) or (problem kind, description, content)."""
    if not resp.has_choice:
        return "invalid", "the reply was not a chat completion with a choice", ""
    content = resp.content or ""
    if resp.refusal:
        from mockpm.redaction import redact

        return "refusal", f"the model refused: {redact(str(resp.refusal)[:200])}", content
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


class JudgeFlows:
    """The flows of OpenAIJudge; the class itself adds the drivers and the public API."""

    settings: JudgeSettings
    samples: int
    use_cache: bool
    seed: int
    sample_temperature: float
    cache: JudgeCache
    modes: EndpointModes
    _dropped: set[str]

    @property
    def _mode_key(self) -> str:
        # Per endpoint and model: one model on a server rejecting json_schema says nothing
        # about the others it serves.
        from mockpm.redaction import public_url

        return f"{public_url(self.settings.base_url)} {self.settings.model}"

    def _request(self, kwargs: dict[str, Any], tally: Tally, *, allow_mode_fallback: bool = False) -> Flow:
        return (yield from request(self.settings, kwargs, tally, self._dropped, allow_mode_fallback=allow_mode_fallback))

    def _text_flow(self, messages: list[dict[str, str]], max_tokens: int, temperature: float, tally: Tally) -> Flow:
        kwargs = {"model": self.settings.model, "messages": messages, "temperature": temperature, "max_tokens": max_tokens}
        return (yield from self._request(kwargs, tally))

    def _check_flow(self) -> Flow:
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
        tally = Tally()
        while True:
            kwargs = {"model": self.settings.model, "messages": messages, "temperature": 0}
            if formats[mode]:
                kwargs["response_format"] = formats[mode]
            started = time.perf_counter()
            try:
                resp = yield from self._request(kwargs, tally, allow_mode_fallback=mode != "text")
            except ModeRejected:
                mode = next_mode(mode)
                continue
            except CallFailed as exc:
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
                reply=scrub(self.settings, content[:200]),
            )

    def _sample_key(self, sp: StaticPrompt, messages: list[dict[str, str]], index: int, mode: str) -> str:
        s = self.settings
        return cache_key(
            s.base_url, s.model, sp.version, schema_text(sp.ids), mode, repr(self._temperature()), str(self.seed + index),
            str(index), str(s.max_tokens), *(part for msg in messages for part in (msg["role"], msg["content"])),
        )

    def _temperature(self) -> float:
        return 0.0 if self.samples == 1 else self.sample_temperature

    def _cached_sample(self, key: str, sp: StaticPrompt, mode: str, tally: Tally) -> Sample | None:
        hit = self.cache.get(key)
        if hit is None:
            return None
        try:
            reply = JudgeReply.model_validate(hit["reply"])
        except (KeyError, TypeError, ValueError):
            return None
        if id_problems(reply, sp.ids) is not None:
            return None
        tally.cache_hits += 1
        tally.fingerprint = hit.get("system_fingerprint") or tally.fingerprint
        tally.mode = mode
        return Sample(reply=reply)

    def _sample_flow(self, sp: StaticPrompt, messages: list[dict[str, str]], index: int, tally: Tally) -> Flow:
        s = self.settings
        mode = self.modes.get(self._mode_key) or MODES[0]
        max_tokens = s.max_tokens
        if self.use_cache:
            cached = self._cached_sample(self._sample_key(sp, messages, index, mode), sp, mode, tally)
            if cached is not None:
                return cached

        convo = messages
        second_chance = True
        while True:
            kwargs: dict[str, Any] = {"model": s.model, "messages": convo, "temperature": self._temperature(),
                                      "seed": self.seed + index}
            fmt = response_format(mode, sp.ids)
            if fmt is not None:
                kwargs["response_format"] = fmt
            if max_tokens:
                kwargs["max_tokens"] = max_tokens
            try:
                resp = yield from self._request(kwargs, tally, allow_mode_fallback=mode != "text")
            except ModeRejected:
                mode = next_mode(mode)
                continue
            except CallFailed as exc:
                return Sample(error=str(exc), outage=exc.outage)
            tally.add_usage(resp)
            kind, problem, content = inspect(resp, sp.ids)
            if kind == "ok":
                return self._accept(problem, resp, sp, messages, index, mode, tally)
            last_reply = None
            if kind == "ids":
                last_reply, problem = problem
            if not second_chance:
                tally.mode = mode
                if last_reply is not None:
                    return _partial(last_reply, sp.ids)
                return Sample(error=problem)
            second_chance = False
            if kind in ("invalid", "ids"):
                convo = [*messages, {"role": "assistant", "content": content[:REPAIR_ECHO_CHARS]},
                         {"role": "user", "content": repair_message(problem, sp.ids)}]
            elif kind == "length" and max_tokens:
                max_tokens *= 2

    def _accept(self, reply: JudgeReply, resp: Completion, sp: StaticPrompt, messages: list[dict[str, str]],
                index: int, mode: str, tally: Tally) -> Sample:
        tally.mode = mode
        if self.modes.get(self._mode_key) != mode:
            self.modes.set(self._mode_key, mode)
        if self.use_cache:
            self.cache.put(self._sample_key(sp, messages, index, mode), self.settings.model, {
                "reply": reply.model_dump(mode="json"), "system_fingerprint": resp.system_fingerprint,
            })
        return Sample(reply=reply)


def _partial(reply: JudgeReply, ids: tuple[str, ...]) -> Sample:
    # Exactly one verdict per id counts; two verdicts for one id are as good as none (which one
    # is right?), so that criterion stays unscored.
    got = [v.criterion_id for v in reply.verdicts]
    once = {i for i in ids if got.count(i) == 1}
    kept = [v for v in reply.verdicts if v.criterion_id in once]
    return Sample(reply=reply.model_copy(update={"verdicts": kept}), missing=set(ids) - once)
