"""What can still be read from a rubric or scenario file that failed schema validation.

`mockpm rubrics validate` promises every problem in one run: a file with a schema problem
(a typo'd key, a missing reason) must still have its regexes compiled, its seeds looked up and
its criterion ids compared. These builders keep every well-typed field of the raw YAML as an
unvalidated model, good enough for those cross-checks and never used for grading.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from mockpm.models import Criterion, KeywordCheck, Rubric, Scenario


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _check(raw: Any) -> KeywordCheck | None:
    if not isinstance(raw, dict):
        return None
    try:
        return KeywordCheck.model_validate(raw)
    except ValidationError:
        groups = [_strings(g) for g in raw.get("all") or [] if isinstance(g, list)] if isinstance(raw.get("all"), list) else []
        return KeywordCheck.model_construct(any=_strings(raw.get("any")), none=_strings(raw.get("none")), all=groups)


def _criterion(raw: Any) -> Criterion | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    try:
        return Criterion.model_validate(raw)
    except ValidationError:
        points = raw.get("points")
        # an unreadable points value is already reported; 1 keeps it out of "nothing can be scored"
        return Criterion.model_construct(
            id=raw["id"], points=points if isinstance(points, int) and points else 1, check=_check(raw.get("check")),
            seed=raw.get("seed") if isinstance(raw.get("seed"), str) else None,
        )


def partial_rubric(data: dict[str, Any]) -> Rubric | None:
    if not isinstance(data.get("id"), str):
        return None
    raw = data.get("criteria") if isinstance(data.get("criteria"), list) else []
    # positions are kept (None for unreadable items) so problems point at the right line
    return Rubric.model_construct(id=data["id"], criteria=[_criterion(c) for c in raw])


def partial_scenario(data: dict[str, Any]) -> Scenario | None:
    if not isinstance(data.get("id"), str):
        return None
    return Scenario.model_construct(id=data["id"], rubrics=_strings(data.get("rubrics")),
                                    not_applicable=_strings(data.get("not_applicable")), seeds=_strings(data.get("seeds")))
