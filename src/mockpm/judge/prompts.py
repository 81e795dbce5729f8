"""Render the versioned judge prompts in ``prompts/`` (jinja2, StrictUndefined).

The static part of a judge prompt (instructions, scenario, criteria) is rendered once per
scenario and criteria set and reused; only the fenced answer is rendered per call.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mockpm.verdict_flags import is_absence_check
from mockpm.judge.base import JudgeRequest
from mockpm.models import Criterion, Scenario

JUDGE_PROMPT = "judge.v1"
FOLLOWUP_PROMPT = "followup.v1"

_BACKTICKS = re.compile(r"`{3,}")


@lru_cache(maxsize=8)
def _template(name: str) -> Any:
    import jinja2

    from mockpm.catalog import builtin_root

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(builtin_root() / "prompts")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,  # plain text prompts, not HTML
    )
    return env.get_template(f"{name}.j2")


def render_block(name: str, block: str, **context: Any) -> str:
    tmpl = _template(name)
    return "".join(tmpl.blocks[block](tmpl.new_context(context))).strip("\n")


def fence_for(text: str) -> str:
    """A backtick fence longer than any run inside the text, so the answer cannot close it."""
    longest = max((len(m.group(0)) for m in _BACKTICKS.finditer(text)), default=2)
    return "`" * max(3, longest + 1)


@dataclass(frozen=True)
class StaticPrompt:
    """Everything of a judge prompt that does not depend on the answer."""

    version: str
    system: str
    rubric: str
    ids: tuple[str, ...]


_static_cache: dict[tuple[str, tuple[str, ...]], tuple[Scenario, tuple[Criterion, ...], StaticPrompt]] = {}
_static_lock = threading.Lock()


def static_prompt(scenario: Scenario, criteria: list[Criterion]) -> StaticPrompt:
    ids = tuple(c.id for c in criteria)
    key = (scenario.id, ids)
    hit = _static_cache.get(key)
    # Same ids could come from a different (user-overridden) library: check it is the same objects.
    if hit is not None and hit[0] is scenario and all(a is b for a, b in zip(hit[1], criteria)):
        return hit[2]
    crits = [
        {"id": c.id, "statement": " ".join(c.statement.split()), "points": c.points,
         "red_flag": c.red_flag, "absence": is_absence_check(c)}
        for c in criteria
    ]
    sp = StaticPrompt(
        version=JUDGE_PROMPT,
        system=_system_text(),
        rubric=render_block(JUDGE_PROMPT, "rubric", scenario=scenario, criteria=crits),
        ids=ids,
    )
    with _static_lock:
        if len(_static_cache) > 256:
            _static_cache.clear()
        _static_cache[key] = (scenario, tuple(criteria), sp)
    return sp


@lru_cache(maxsize=1)
def _system_text() -> str:
    return render_block(JUDGE_PROMPT, "system")


@lru_cache(maxsize=1)
def _answer_parts() -> tuple[str, str, str]:
    """The answer block split around its two slots, so a call is string joins, not a render."""
    text = render_block(JUDGE_PROMPT, "answer", fence="\x00F\x00", answer="\x00A\x00")
    head, rest = text.split("\x00F\x00", 1)
    mid, tail = rest.split("\x00A\x00", 1)
    assert tail.startswith("\n\x00F\x00")
    return head, mid, tail.replace("\x00F\x00", "{fence}")


def answer_block(answer: str) -> str:
    head, mid, tail = _answer_parts()
    fence = fence_for(answer)
    return f"{head}{fence}{mid}{answer}{tail.replace('{fence}', fence)}"


def judge_messages(request: JudgeRequest) -> tuple[StaticPrompt, list[dict[str, str]]]:
    sp = static_prompt(request.scenario, request.criteria)
    answer = request.answer_text.strip("\n")
    user = f"{sp.rubric}\n\n{answer_block(answer)}"
    return sp, [{"role": "system", "content": sp.system}, {"role": "user", "content": user}]


def repair_message(problem: str, ids: tuple[str, ...]) -> str:
    return render_block(JUDGE_PROMPT, "repair", problem=problem, ids=list(ids))


def followup_messages(scenario: Scenario, answer: str, gap: str) -> list[dict[str, str]]:
    ctx = {"scenario": scenario, "answer": answer.strip("\n"), "gap": gap, "fence": fence_for(answer)}
    return [
        {"role": "system", "content": render_block(FOLLOWUP_PROMPT, "system")},
        {"role": "user", "content": render_block(FOLLOWUP_PROMPT, "user", **ctx)},
    ]
