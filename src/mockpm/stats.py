"""Agreement statistics shared by `calibrate` and `eval`: pure functions on plain sequences."""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import mean


def round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


def to_scale(score: float, lo: float, hi: float) -> float:
    """A 0-100 mockpm score on the user's scale."""
    return lo + score / 100.0 * (hi - lo)


def to_bin(value: float, lo: int, hi: int) -> int:
    return min(hi, max(lo, round_half_up(value)))


def qwk(a: Sequence[int], b: Sequence[int], lo: int, hi: int) -> float:
    """Quadratic weighted kappa of two integer ratings on lo..hi."""
    if len(a) != len(b) or not a:
        raise ValueError("qwk needs two equally long, non-empty rating lists")
    k = hi - lo + 1
    if k < 2:
        raise ValueError("the scale needs at least two points")
    n = len(a)
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b):
        observed[x - lo][y - lo] += 1 / n
    ha = [sum(row) for row in observed]
    hb = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            num += w * observed[i][j]
            den += w * ha[i] * hb[j]
    if den == 0:
        return 1.0 if num == 0 else 0.0  # both raters used one and the same point
    return 1 - num / den


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; ties share the average of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for t in range(i, j + 1):
            out[order[t]] = avg
        i = j + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    if len(x) != len(y) or len(x) < 2:
        return None
    mx, my = mean(x), mean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return None  # a constant column has no correlation
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    return pearson(ranks(x), ranks(y))


def exact_agreement(a: Sequence[int], b: Sequence[int]) -> float:
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def adjacent_agreement(a: Sequence[int], b: Sequence[int]) -> float:
    return sum(1 for x, y in zip(a, b) if abs(x - y) <= 1) / len(a)


def smd(machine: Sequence[float], human: Sequence[float]) -> float | None:
    """(mean machine - mean human) / pooled SD (sample variances)."""
    if len(machine) < 2 or len(human) < 2:
        return None
    mm, mh = mean(machine), mean(human)
    vm = sum((x - mm) ** 2 for x in machine) / (len(machine) - 1)
    vh = sum((x - mh) ** 2 for x in human) / (len(human) - 1)
    pooled = math.sqrt((vm + vh) / 2)
    if pooled == 0:
        return 0.0 if mm == mh else None
    return (mm - mh) / pooled


# --------------------------------------------------------------------------- models
