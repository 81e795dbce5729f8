"""Estimated cost of judge calls, from a small built-in price table (USD per 1M tokens).

Prices change; the config file's ``[prices."model"]`` tables override or extend this one.
An unknown model has no estimate (None) rather than a wrong one.
"""

from __future__ import annotations

import re

from mockpm.config import Price
from mockpm.models import Usage

BUILTIN_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(input=0.15, output=0.60, cached_input=0.075),
    "gpt-4o": Price(input=2.50, output=10.00, cached_input=1.25),
    "gpt-4.1": Price(input=2.00, output=8.00, cached_input=0.50),
    "gpt-4.1-mini": Price(input=0.40, output=1.60, cached_input=0.10),
    "gpt-4.1-nano": Price(input=0.10, output=0.40, cached_input=0.025),
    "gpt-5": Price(input=1.25, output=10.00, cached_input=0.125),
    "gpt-5-mini": Price(input=0.25, output=2.00, cached_input=0.025),
    "gpt-5-nano": Price(input=0.05, output=0.40, cached_input=0.005),
    "o4-mini": Price(input=1.10, output=4.40, cached_input=0.275),
}

# Dated snapshots ("gpt-4o-mini-2024-07-18") cost the same as their alias.
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")


def price_for(model: str, overrides: dict[str, Price] | None = None) -> Price | None:
    table = {**BUILTIN_PRICES, **(overrides or {})}
    return table.get(model) or table.get(_SNAPSHOT.sub("", model))


def estimate_cost(model: str, usage: Usage, overrides: dict[str, Price] | None = None) -> float | None:
    price = price_for(model, overrides)
    if price is None:
        return None
    cached = min(usage.cached_tokens, usage.prompt_tokens)
    cached_rate = price.cached_input if price.cached_input is not None else price.input
    cost = ((usage.prompt_tokens - cached) * price.input + cached * cached_rate + usage.completion_tokens * price.output) / 1e6
    return round(cost, 8)
