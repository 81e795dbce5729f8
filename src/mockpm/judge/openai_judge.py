"""The LLM judge: OpenAI and every OpenAI-compatible server, over plain HTTP (httpx).

One Chat Completions call grades all criteria of an answer. The request/retry/repair logic is
written once as generators that yield operations (a call, a sleep) (``flows``, ``exchange``);
this module drives them on an event loop. The synchronous API runs the same driver on a loop
of its own per call, so both paths behave the same and every request has one total deadline.

Failure policy (``policy``): transport faults are retried with backoff; 401/403/404 stop at
once; a refused output mode steps down json_schema -> json_object -> text; a bad reply gets
one repair attempt; whatever still fails comes back unscored (``met=None``) with
``JudgeInfo.error`` set, and ``JudgeInfo.outage`` when the endpoint was unreachable.

Identical requests in flight at once (the same answer twice in a cohort) share one call.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from typing import Any

from mockpm.config import JudgeSettings
from mockpm.judge.base import JudgeRequest, JudgeResult
from mockpm.judge.cache import EndpointModes, JudgeCache, cache_key, shared_cache
from mockpm.judge.exchange import Call, CallFailed, Flow, Sleep, Tally
from mockpm.judge.flows import CheckResult, JudgeFlows
from mockpm.judge.prompts import judge_messages
from mockpm.judge.transport import TransportError, endpoint_url, new_client, post
from mockpm.judge.votes import FLAG_NO_VERDICT, LOW_AGREEMENT, Sample, combine

DEFAULT_SEED = 1234
SAMPLE_TEMPERATURE = 0.7  # with --samples N>1: enough spread for agreement to mean something

__all__ = ["DEFAULT_SEED", "FLAG_NO_VERDICT", "LOW_AGREEMENT", "CheckResult", "OpenAIJudge"]


class OpenAIJudge(JudgeFlows):
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
        from mockpm.redaction import register, url_password

        # Settings built without ``config.resolve`` still keep their secrets out of judge text.
        register(settings.api_key.get_secret_value() if settings.has_key else None, url_password(settings.base_url))
        self.settings = settings
        self.samples = samples
        self.use_cache = use_cache
        self.seed = seed
        self.sample_temperature = sample_temperature
        self.cache = cache or shared_cache()
        self.modes = modes or EndpointModes()
        self._dropped: set[str] = set()  # parameters this endpoint rejected (temperature, seed, max_tokens)
        self._url = endpoint_url(settings.base_url, "/chat/completions")
        self._aclient: Any = None
        self._aclient_loop: Any = None
        self._inflight: dict[str, asyncio.Future[JudgeResult]] = {}

    # ---- drivers
    def _client(self) -> Any:
        # A client's connections belong to the loop that opened them.
        loop = asyncio.get_running_loop()
        if self._aclient is None or self._aclient_loop is not loop:
            self._aclient = new_client(self.settings.timeout)
            self._aclient_loop = loop
        return self._aclient

    async def _arun(self, gen: Flow) -> Any:
        value: Any = None
        key = self.settings.api_key.get_secret_value() or None
        while True:
            try:
                op = gen.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(op, Sleep):
                await asyncio.sleep(op.seconds)
                value = None
                continue
            assert isinstance(op, Call)
            try:
                value = await post(self._client(), self._url, op.kwargs, api_key=key, deadline=self.settings.timeout)
            except TransportError as exc:
                value = exc

    def _sync(self, coro: Any) -> Any:
        """Run ``coro`` to completion from synchronous code, on an event loop of its own whose
        connections are closed before it ends (nothing is left open between calls)."""

        async def main() -> Any:
            try:
                return await coro
            finally:
                if self._aclient is not None and self._aclient_loop is asyncio.get_running_loop():
                    await self._aclient.aclose()
                    self._aclient = self._aclient_loop = None

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(main())
        # Called from inside a running loop: run on a thread of its own rather than block it.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, main()).result()

    def _run(self, gen: Flow) -> Any:
        return self._sync(self._arun(gen))

    # ---- public API
    def judge(self, request: JudgeRequest) -> JudgeResult:
        return self._sync(self.ajudge(request))

    async def ajudge(self, request: JudgeRequest) -> JudgeResult:
        sp, messages = judge_messages(request)
        key = cache_key(sp.version, *(part for m in messages for part in (m["role"], m["content"])))
        shared = self._inflight.get(key)
        if shared is not None and shared.get_loop() is asyncio.get_running_loop():
            return _shared_copy(await asyncio.shield(shared))
        future: asyncio.Future[JudgeResult] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            result = await self._judge_now(sp, messages)
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: waiters get it, nobody else is told it was never read
            raise
        else:
            future.set_result(result)
            return result
        finally:
            self._inflight.pop(key, None)

    async def _judge_now(self, sp: Any, messages: list[dict[str, str]]) -> JudgeResult:
        tally = Tally()
        if self.samples == 1:
            samples: list[Sample] = [await self._arun(self._sample_flow(sp, messages, 0, tally))]
        else:
            got = await asyncio.gather(
                *(self._arun(self._sample_flow(sp, messages, i, tally)) for i in range(self.samples)),
                return_exceptions=True,
            )
            for item in got:
                if isinstance(item, BaseException):
                    raise item
            samples = list(got)
        return combine(self.settings, self.samples, sp, samples, tally)

    def close(self) -> None:
        """Flush the reply cache (the sync API closes its connections after every call)."""
        self.cache.flush()

    async def aclose(self) -> None:
        """Close the async client on its own loop; call before the loop ends (batch runs)."""
        self.cache.flush()
        if self._aclient is not None and self._aclient_loop is asyncio.get_running_loop():
            await self._aclient.aclose()
        self._aclient = self._aclient_loop = None

    def complete_text(self, messages: list[dict[str, str]], *, max_tokens: int = 200, temperature: float = 0.7) -> str:
        """Free text from the same endpoint (interviewer follow-ups). Raises on failure."""
        resp = self._run(self._text_flow(messages, max_tokens, temperature, Tally()))
        if resp.refusal or not (resp.content or "").strip():
            raise CallFailed("no usable text in the reply")
        return resp.content.strip()

    def check(self) -> CheckResult:
        """One tiny structured call: does the endpoint work, in which output mode, how fast."""
        return self._run(self._check_flow())


def _shared_copy(result: JudgeResult) -> JudgeResult:
    """Another answer's identical request: the same verdicts, and no call or cost of its own."""
    from mockpm.models import Usage

    info = result.info.model_copy(update={"calls": 0, "cache_hits": result.info.cache_hits + result.info.calls,
                                          "usage": Usage(), "cost_usd": 0.0 if result.info.cost_usd is not None else None})
    return result.model_copy(update={"info": info})
