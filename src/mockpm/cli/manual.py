"""`--help` that reads like a manual: readable metavars, whole descriptions, an example per command.

Typer prints Python types (``<list[Path]>``, ``<float range>``) beside options and braces around
required arguments (``{FILE...}...``), and cuts command descriptions to fit one line. The few
display hooks below replace those with click's plain conventions; grading code never sees them.
"""

from __future__ import annotations

from typing import Any

# Option value names where the parameter's own name would not say what to type.
METAVARS = {
    "base_url": "URL",
    "library": "DIR",
    "out": "FILE",
    "html": "FILE",
    "scenario": "ID",
    "round_": "ROUND",
    "model": "MODEL",
    "minutes": "MIN",
    "concurrency": "N",
    "candidate": "NAME",
    "samples": "N",
}


def examples(*lines: str) -> str:
    """An epilog of example command lines, kept as typed (``\\b`` stops click re-wrapping them)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def _option_metavar(self: Any, ctx: Any) -> str | None:  # noqa: ANN401 - click parameter
    if self.metavar is not None:
        return self.metavar
    desc = getattr(self, "type_descriptor", None)
    choices = desc.choices if desc is not None and desc.is_choice else None
    if choices:
        return "|".join(str(getattr(c, "value", c)) for c in choices)
    name = (self.name or "value").rstrip("_")
    return METAVARS.get(self.name or "", name.upper().replace("_", "-"))


def _argument_usage(self: Any) -> str:  # noqa: ANN401
    name = self.metavar or (self.name or "ARG").upper()
    if self.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if self.required else f"[{name}]"


def _range(self: Any) -> str | None:  # noqa: ANN401
    lo, hi = getattr(self, "min", None), getattr(self, "max", None)
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None:
        return f"{lo} to {hi}"
    return f"at least {lo}" if lo is not None else f"at most {hi}"


def install() -> None:
    from typer import core

    core.TyperOption.display_type_rich = _option_metavar  # type: ignore[method-assign]
    core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]  # the name says it
    core.TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]
    for cls in (core.TyperOption, core.TyperArgument):
        if hasattr(cls, "_get_number_range_help_str"):
            cls._get_number_range_help_str = _range  # type: ignore[method-assign]
    for cls in (core.TyperCommand, core.TyperGroup):
        short = cls.get_short_help_str
        # The whole first sentence, wrapped by the formatter, instead of a cut at ~45 columns.
        cls.get_short_help_str = lambda self, limit=45, _short=short: _short(self, limit=max(limit, 300))  # type: ignore[method-assign]
