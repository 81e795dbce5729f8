"""The judge's reply: a pydantic model for local validation and the strict JSON schema.

The model is checked locally whatever the server claims to enforce, since many
OpenAI-compatible servers accept ``response_format`` and ignore it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, StrictBool, ValidationError

# Judge text is shown in reports and stored with every grade: a model (or a server) that
# writes megabytes of it is clipped, not copied into every report. A server can also echo the
# API key (cut short, upper-cased) in a 200 reply: every judge-written text is redacted here,
# where replies become results (direct calls, Batch API results and cache hits alike).
MAX_SUMMARY_CHARS = 2_000
MAX_RATIONALE_CHARS = 2_000
MAX_EVIDENCE_CHARS = 2_000


def _clip(limit: int):  # noqa: ANN202 - a pydantic after-validator
    from mockpm.redaction import redact

    def clip(text: str) -> str:
        return redact(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")

    return AfterValidator(clip)


class VerdictOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    criterion_id: str
    rationale: Annotated[str, _clip(MAX_RATIONALE_CHARS)] = ""
    evidence: Annotated[str, _clip(MAX_EVIDENCE_CHARS)] = ""
    met: StrictBool  # "yes" or 1 is a malformed reply, not a verdict


class JudgeReply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    verdicts: list[VerdictOut]
    summary: Annotated[str, _clip(MAX_SUMMARY_CHARS)] = ""


@lru_cache(maxsize=256)
def response_schema(ids: tuple[str, ...]) -> dict[str, Any]:
    """Strict-mode schema; the enum keeps a schema-following server to the rubric's ids."""
    verdict = {
        "type": "object",
        "properties": {
            "criterion_id": {"type": "string", "enum": list(ids)},
            # rationale before met: the model reasons, then decides
            "rationale": {"type": "string"},
            "evidence": {"type": "string"},
            "met": {"type": "boolean"},
        },
        "required": ["criterion_id", "rationale", "evidence", "met"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"verdicts": {"type": "array", "items": verdict}, "summary": {"type": "string"}},
        "required": ["verdicts", "summary"],
        "additionalProperties": False,
    }


@lru_cache(maxsize=256)
def response_format(mode: str, ids: tuple[str, ...]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "mockpm_verdicts", "strict": True, "schema": response_schema(ids)}}
    if mode == "json_object":
        return {"type": "json_object"}
    return None


@lru_cache(maxsize=256)
def schema_text(ids: tuple[str, ...]) -> str:
    return json.dumps(response_schema(ids), sort_keys=True, separators=(",", ":"))


class ParseError(ValueError):
    """The reply is not a usable verdict document; the message is shown to the model on repair."""


# Where a JSON object plausibly starts: a brace, then a key or the closing brace.
_OBJECT_START = re.compile(r"\{\s*[\"}]")
# Each try can read to the end of the text, so the tries are capped: extraction stays linear
# in the reply's length whatever the reply holds (a flood of braces, a thousand fragments).
MAX_TRIES = 16


def extract_json(text: str) -> Any:
    """The reply's JSON: the whole text, else the first JSON object in it (code fences, chatter)."""
    text = text.strip()
    deep = False
    try:
        return json.loads(text)
    except RecursionError:
        deep = True
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    for tries, m in enumerate(_OBJECT_START.finditer(text)):
        if tries >= MAX_TRIES:
            break
        try:
            obj, _ = decoder.raw_decode(text, m.start())
        except ValueError:
            continue
        except RecursionError:
            deep = True
            continue
        if isinstance(obj, dict):
            return obj
    if deep:
        raise ParseError("the reply's JSON is nested too deeply")
    raise ParseError("the reply contains no JSON object")


def parse_reply(text: str | None) -> JudgeReply:
    if not text or not text.strip():
        raise ParseError("the reply was empty")
    data = extract_json(text)
    if not isinstance(data, dict):
        raise ParseError("the reply is JSON but not an object with \"verdicts\" and \"summary\"")
    try:
        return JudgeReply.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
            problems.append(f"{loc}: {err['msg']}")
        more = f" (+{exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
        raise ParseError("; ".join(problems) + more) from None


def id_problems(reply: JudgeReply, ids: tuple[str, ...]) -> str | None:
    """None when the reply has exactly one verdict per rubric id; else what is wrong."""
    got = [v.criterion_id for v in reply.verdicts]
    wanted = set(ids)
    missing = [i for i in ids if i not in got]
    unknown = sorted({i for i in got if i not in wanted})
    dupes = sorted({i for i in got if i in wanted and got.count(i) > 1})
    parts = []
    if missing:
        parts.append(f"missing verdicts for {', '.join(missing)}")
    if unknown:
        parts.append(f"unknown criterion ids {', '.join(unknown)}")
    if dupes:
        parts.append(f"more than one verdict for {', '.join(dupes)}")
    return "; ".join(parts) or None
