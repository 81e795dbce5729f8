"""`--via batch`: grade through the OpenAI Batch API (half the price, results within 24 hours).

Flow: prepare every pending answer locally (guards, keyword checks), write one JSONL request
per answer (``custom_id`` = the item key), upload it (``purpose="batch"``), create the batch
on ``/v1/chat/completions``, poll, then download the output and error files and join them
back by ``custom_id``. The remote batch id is stored on the run *before* polling starts, so a
stopped command picks the same remote job up again instead of paying twice.

The judge supplies the wire format through two methods when it has them::

    judge.build_request(JudgeRequest) -> dict          # a Chat Completions request body
    judge.parse_reply(JudgeRequest, body: dict) -> JudgeResult   # a Chat Completions response body

Otherwise ``_ChatCodec`` builds them from the judge's prompt and schema modules.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from mockpm.batch.inputs import BatchItem
from mockpm.batch.runner import RunCounts, failure_message
from mockpm.batch.runs import RunInfo, RunStore
from mockpm.catalog import Library
from mockpm.errors import ExitCode, JudgeConfigError, MockpmError
from mockpm.grading import Prepared, finish, prepare
from mockpm.judge.base import Judge, JudgeRequest, JudgeResult, JudgeVerdict
from mockpm.models import JudgeInfo, Usage
from mockpm.redaction import public_url, redact

ENDPOINT = "/v1/chat/completions"
DONE = ("completed", "failed", "expired", "cancelled")
DEAD = ("failed", "expired", "cancelled")


class _ChatCodec:
    """Request bodies and reply parsing for a judge that does not provide its own."""

    def __init__(self, judge: Any) -> None:
        self.judge = judge
        self.settings = judge.settings
        self.mode = "json_schema"

    def build_request(self, request: JudgeRequest) -> dict[str, Any]:
        from mockpm.judge.prompts import judge_messages
        from mockpm.judge.schema import response_format

        sp, messages = judge_messages(request)
        body: dict[str, Any] = {"model": self.settings.model, "messages": messages, "temperature": 0,
                                "seed": getattr(self.judge, "seed", 1234)}
        modes = getattr(self.judge, "modes", None)
        self.mode = (modes.get(public_url(self.settings.base_url)) if modes is not None else None) or "json_schema"
        fmt = response_format(self.mode, sp.ids)
        if fmt is not None:
            body["response_format"] = fmt
        if self.settings.max_tokens:
            body["max_tokens"] = self.settings.max_tokens
        return body

    def parse_reply(self, request: JudgeRequest, body: dict[str, Any]) -> JudgeResult:
        from mockpm.judge.pricing import estimate_cost
        from mockpm.judge.prompts import JUDGE_PROMPT
        from mockpm.judge.schema import ParseError, parse_reply

        ids = [c.id for c in request.criteria]
        usage_doc = body.get("usage") or {}
        usage = Usage(prompt_tokens=usage_doc.get("prompt_tokens") or 0,
                      completion_tokens=usage_doc.get("completion_tokens") or 0,
                      cached_tokens=(usage_doc.get("prompt_tokens_details") or {}).get("cached_tokens") or 0)
        choices = body.get("choices") or []
        message = (choices[0].get("message") or {}) if choices else {}
        error = None
        by_id: dict[str, Any] = {}
        summary = ""
        if message.get("refusal"):
            error = f"the model refused: {redact(str(message['refusal'])[:200])}"
        elif choices and choices[0].get("finish_reason") == "length":
            error = "the reply was cut off (finish_reason length)"
        else:
            try:
                reply = parse_reply(message.get("content"))
            except ParseError as exc:
                error = f"the reply is not valid verdict JSON: {exc}"
            else:
                summary = reply.summary
                for v in reply.verdicts:
                    if v.criterion_id in ids:
                        by_id.setdefault(v.criterion_id, v)
                missing = [i for i in ids if i not in by_id]
                if missing:
                    error = f"no valid verdict for {', '.join(missing)}"
        verdicts = []
        for cid in ids:
            v = by_id.get(cid)
            if v is None:
                verdicts.append(JudgeVerdict(criterion_id=cid, met=None, rationale=f"not scored: {error or 'no verdict'}"))
            else:
                verdicts.append(JudgeVerdict(criterion_id=cid, met=v.met, rationale=v.rationale, evidence=v.evidence))
        s = self.settings
        info = JudgeInfo(mode="llm", model=s.model, base_url_host=s.host, prompt_version=JUDGE_PROMPT,
                         output_mode=self.mode, system_fingerprint=body.get("system_fingerprint"), calls=1,
                         usage=usage, cost_usd=_half(estimate_cost(s.model, usage, s.prices)), summary=summary or None,
                         error=error)
        return JudgeResult(verdicts=verdicts, summary=summary, info=info)


def _half(cost: float | None) -> float | None:
    # Batch API requests are billed at half the synchronous price.
    return None if cost is None else round(cost / 2, 6)


def codec_for(judge: Any) -> Any:
    if hasattr(judge, "build_request") and hasattr(judge, "parse_reply"):
        return judge
    if hasattr(judge, "settings"):
        return _ChatCodec(judge)
    raise JudgeConfigError("this judge cannot build Batch API requests", hint="use --via direct")


def client_for(judge: Any) -> Any:
    import openai

    s = judge.settings
    return openai.OpenAI(api_key=s.api_key.get_secret_value(), base_url=s.base_url, timeout=s.timeout)


def _error_text(obj: dict[str, Any]) -> str:
    return redact(_raw_error_text(obj))


def _raw_error_text(obj: dict[str, Any]) -> str:
    err = obj.get("error")
    if isinstance(err, dict) and err.get("message"):
        return f"Batch API: {err.get('code') or 'error'}: {err['message']}"
    resp = obj.get("response") or {}
    body = resp.get("body") or {}
    inner = body.get("error") if isinstance(body, dict) else None
    msg = inner.get("message") if isinstance(inner, dict) else None
    return f"Batch API: the request failed ({resp.get('status_code', '?')}){': ' + msg if msg else ''}"


def _lines(client: Any, file_id: str | None) -> list[dict[str, Any]]:
    if not file_id:
        return []
    text = client.files.content(file_id).text
    out = []
    for line in text.splitlines():
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out


class BatchApiError(MockpmError):
    """The Batch API could not be reached or used; what was graded is saved, a rerun continues."""

    exit_code = ExitCode.PARTIAL


def grade_via_batch_api(*args: Any, **kwargs: Any) -> RunCounts:
    """Grade ``pending`` through the OpenAI Batch API; see ``_grade_via_batch_api``.

    The client's exceptions become one-line errors: settings the endpoint refuses name the
    setting to fix, and a network failure says that rerunning continues the stored batch.
    """
    import openai

    judge = args[2] if len(args) > 2 else kwargs["judge"]
    host = judge.settings.host
    try:
        return _grade_via_batch_api(*args, **kwargs)
    except openai.APIStatusError as exc:
        if exc.status_code in (401, 403, 404):
            raise JudgeConfigError(
                f"the Batch API at {host} refused the request ({exc.status_code})",
                hint="check OPENAI_API_KEY, --model and --base-url",
            ) from None
        raise BatchApiError(f"the Batch API at {host} answered {exc.status_code}",
                            hint="rerun the same command later; finished grades are kept") from None
    except (openai.APIConnectionError, openai.APITimeoutError):
        raise BatchApiError(f"cannot reach the Batch API at {host}",
                            hint="rerun the same command later; the batch id and finished grades are kept") from None


def _grade_via_batch_api(
    pending: list[tuple[int, BatchItem]],
    lib: Library,
    judge: Judge,
    store: RunStore,
    run: RunInfo,
    *,
    poll_interval: float = 10.0,
    progress: Any = None,
    notify: Callable[[str], None] = lambda m: None,
    client: Any = None,
) -> RunCounts:
    codec = codec_for(judge)
    client = client or client_for(judge)
    counts = RunCounts()
    base_done = progress.done if progress is not None else 0

    def record(ordinal: int, item: BatchItem, *, report: Any = None, error: str | None = None) -> None:
        store.record(run.id, item, ordinal, report=report, error=error)
        if report is not None:
            counts.graded += 1
        else:
            counts.failed += 1

    waiting: dict[str, tuple[int, BatchItem, Prepared]] = {}
    for ordinal, item in pending:
        try:
            scenario = lib.scenario(item.scenario_id)
            prep = prepare(item.answer, scenario, lib.rubrics_for(scenario), lib)
        except Exception as exc:  # noqa: BLE001 - one bad answer must not stop the cohort
            record(ordinal, item, error=failure_message(exc))
            continue
        if prep.guard.disqualified:
            # bottom band whatever the judge says: no request paid for (same rule as direct grading)
            record(ordinal, item, report=finish(prep, None, judge_skipped=True))
        else:
            waiting[item.key] = (ordinal, item, prep)
    store.flush()
    if not waiting:
        return counts

    batch = None
    if run.remote_batch_id:
        batch = client.batches.retrieve(run.remote_batch_id)
        if batch.status in DEAD:
            notify(f"Batch API job {batch.id} is {batch.status}; submitting a new one")
            batch = None
        else:
            notify(f"continuing Batch API job {batch.id} ({batch.status})")
    if batch is None:
        lines = []
        for key, (_, _, prep) in waiting.items():
            body = codec.build_request(prep.request())
            lines.append(json.dumps({"custom_id": key, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        uploaded = client.files.create(file=(f"mockpm-{run.id}.jsonl", data, "application/jsonl"), purpose="batch")
        batch = client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h",
                                      metadata={"mockpm_run": run.id})
        store.set_remote(run.id, batch.id)
        notify(f"submitted Batch API job {batch.id} with {len(lines)} requests; "
               f"safe to stop: rerun the same command to collect the results")

    while batch.status not in DONE:
        rc = batch.request_counts
        if progress is not None and rc is not None:
            progress.set(base_done + counts.graded + counts.failed + rc.completed + rc.failed, counts.failed + rc.failed,
                         description=f"batch {batch.status}")
        time.sleep(poll_interval)
        batch = client.batches.retrieve(batch.id)

    for obj in _lines(client, batch.output_file_id):
        entry = waiting.pop(str(obj.get("custom_id")), None)
        if entry is None:
            continue  # graded meanwhile, or not ours
        ordinal, item, prep = entry
        resp = obj.get("response") or {}
        if resp.get("status_code") == 200 and isinstance(resp.get("body"), dict):
            try:
                report = finish(prep, codec.parse_reply(prep.request(), resp["body"]))
            except Exception as exc:  # noqa: BLE001
                record(ordinal, item, error=failure_message(exc))
            else:
                record(ordinal, item, report=report)
        else:
            record(ordinal, item, error=_error_text(obj))
        if progress is not None:
            progress.set(base_done + counts.graded + counts.failed, counts.failed, description="joining")
    for obj in _lines(client, batch.error_file_id):
        entry = waiting.pop(str(obj.get("custom_id")), None)
        if entry is not None:
            record(entry[0], entry[1], error=_error_text(obj))
    why = f"Batch API job {batch.id} ended {batch.status}" if batch.status in DEAD else f"no result in Batch API job {batch.id}"
    for ordinal, item, _ in waiting.values():
        record(ordinal, item, error=f"{why}; rerun the command to submit it again")
    store.flush()
    # the job is joined: a rerun submits a new job for whatever is still missing
    store.set_remote(run.id, None)
    if progress is not None:
        progress.set(base_done + counts.graded + counts.failed, counts.failed, description="done")
    return counts
