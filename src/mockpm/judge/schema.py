"""The judge's reply: a pydantic model for local validation and the strict JSON schema.

The model is checked locally whatever the server claims to enforce, since many
OpenAI-compatible servers accept ``response_format`` and ignore it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictBool, ValidationError


class VerdictOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    criterion_id: str
    rationale: str = ""
    evidence: str = ""
    met: StrictBool  # "yes" or 1 is a malformed reply, not a verdict


class JudgeReply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    verdicts: list[VerdictOut]
    summary: str = ""


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


def extract_json(text: str) -> Any:
    """The reply's JSON: the whole text, else the first JSON object in it (code fences, chatter)."""
    text = text.strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            obj, _ = decoder.raw_decode(text, start)
        except ValueError:
            start = text.find("{", start + 1)
            continue
        if isinstance(obj, dict):
            return obj
        start = text.find("{", start + 1)
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
