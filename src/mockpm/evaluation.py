"""`mockpm eval`: grade the labelled sample answers and measure the grader like a model.

Per scenario and overall: Spearman between labels and mockpm's ranking, band agreement,
adversarial answers that escaped (not in the bottom band, or ranked level with or above a
genuine answer of their scenario), and length-vs-substance inversions (a long generic answer
ranked level with or above a short sharp one). Thresholds come from the library's sample files,
with the defaults below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from mockpm import scoring
from mockpm.samples import LibraryThresholds, Sample, SampleSet, Thresholds, kind_role
from mockpm.stats import spearman

if TYPE_CHECKING:
    from mockpm.catalog import Library
    from mockpm.judge.base import Judge
    from mockpm.models import GradeReport

DEFAULT_OVERALL_SPEARMAN = 0.80
DEFAULT_SCENARIO_SPEARMAN = 0.70
# Label -> the band a committee's label corresponds to.
LABEL_BANDS = {5: "Strong Hire", 4: "Hire", 3: "Lean Hire", 2: "No Hire", 1: "Strong No Hire"}
BAND_ORDER = [name for _, name in reversed(scoring.BANDS)]  # lowest first


class SampleResult(BaseModel):
    id: str
    scenario: str
    split: str
    kind: str
    role: str = ""  # attack | genuine | other; empty: as the kind says
    label: int
    why: str
    score: float | None
    raw_points: int
    possible_points: int = 0
    band: str
    flagged: bool
    flags: list[str] = Field(default_factory=list)
    reject_reading: float | None = None
    reject_severity: float | None = None

    def key(self) -> tuple[int, float, float, int, int]:
        return scoring.rank_key_of(self)

    def counted_as(self) -> str:
        return self.role or kind_role(self.kind)


class Escape(BaseModel):
    id: str
    kind: str
    score: float | None
    band: str
    why: str  # what went wrong, in a line


class Inversion(BaseModel):
    short_id: str
    long_id: str
    short_score: float | None
    long_score: float | None


class GroupMetrics(BaseModel):
    name: str  # scenario id or "overall"
    n: int
    spearman: float | None
    band_exact: float | None
    band_adjacent: float | None
    escapes: list[Escape] = Field(default_factory=list)
    adversarial: int = 0
    adversarial_bottom: int = 0  # adversarial answers in the bottom band (escaped or not)
    inversions: list[Inversion] = Field(default_factory=list)
    pairs: int = 0
    min_spearman: float
    passed: bool = True
    failures: list[str] = Field(default_factory=list)


class EvalReport(BaseModel):
    split: str
    mode: str  # offline | llm
    scenarios: list[GroupMetrics]
    overall: GroupMetrics
    results: list[SampleResult]
    passed: bool


def _band_index(band: str) -> int | None:
    return BAND_ORDER.index(band) if band in BAND_ORDER else None


def _rank_values(results: list[SampleResult]) -> list[float]:
    """One number per result that orders them like rank_key (for Spearman)."""
    order = sorted({r.key() for r in results})
    position = {k: i for i, k in enumerate(order)}
    return [float(position[r.key()]) for r in results]


def metrics(name: str, results: list[SampleResult], min_spearman: float, limits: Thresholds | None = None) -> GroupMetrics:
    """Pure: the figures for one group of graded samples."""
    n = len(results)
    rho = spearman([float(r.label) for r in results], _rank_values(results)) if n >= 3 else None
    banded = [(r.label, _band_index(r.band)) for r in results if _band_index(r.band) is not None]
    exact = sum(1 for lab, b in banded if BAND_ORDER.index(LABEL_BANDS[lab]) == b) / len(banded) if banded else None
    adjacent = sum(1 for lab, b in banded if abs(BAND_ORDER.index(LABEL_BANDS[lab]) - b) <= 1) / len(banded) if banded else None
    escapes: list[Escape] = []
    adversarial = [r for r in results if r.counted_as() == "attack"]
    by_scenario: dict[str, list[SampleResult]] = {}
    for r in results:
        by_scenario.setdefault(r.scenario, []).append(r)
    for r in adversarial:
        genuine = [g for g in by_scenario[r.scenario] if g.counted_as() == "genuine"]
        reasons = []
        if r.band != scoring.BOTTOM_BAND:
            reasons.append(f"in {r.band}, not the bottom band")
        above = [g for g in genuine if r.key() >= g.key()]
        if above:
            worst = min(above, key=lambda g: g.key())
            reasons.append(f"ranks level with or above genuine {worst.id} ({worst.kind}, label {worst.label})")
        if reasons:
            escapes.append(Escape(id=r.id, kind=r.kind, score=r.score, band=r.band, why="; ".join(reasons)))
    inversions: list[Inversion] = []
    pairs = 0
    for group in by_scenario.values():
        for short in (r for r in group if r.kind == "short-sharp"):
            for long in (r for r in group if r.kind == "long-generic"):
                pairs += 1
                if long.key() >= short.key():
                    inversions.append(Inversion(short_id=short.id, long_id=long.id, short_score=short.score,
                                                long_score=long.score))
    out = GroupMetrics(name=name, n=n, spearman=rho, band_exact=exact, band_adjacent=adjacent, escapes=escapes,
                       adversarial=len(adversarial), inversions=inversions, pairs=pairs, min_spearman=min_spearman,
                       adversarial_bottom=sum(1 for r in adversarial if r.band == scoring.BOTTOM_BAND))
    limits = limits or Thresholds()
    if rho is None or rho < min_spearman:
        out.failures.append(f"Spearman {'n/a' if rho is None else f'{rho:.2f}'} below {min_spearman:.2f}")
    if len(escapes) > (limits.max_escapes or 0):
        out.failures.append(f"{len(escapes)} adversarial answer(s) escaped")
    if len(inversions) > (limits.max_length_inversions or 0):
        out.failures.append(f"{len(inversions)} long generic answer(s) level with or above a short sharp one")
    out.passed = not out.failures
    return out


def to_result(sample: Sample, report: GradeReport) -> SampleResult:
    return SampleResult(
        id=sample.id, scenario=sample.scenario, split=sample.split, kind=sample.kind, role=sample.role, label=sample.label,
        why=sample.why, score=None if report.band == scoring.UNSCORED_BAND else report.score,
        raw_points=report.raw_points, possible_points=report.possible_points, band=report.band, flagged=report.flagged, flags=[f.code for f in report.flags],
        reject_reading=report.reject_reading, reject_severity=report.reject_severity,
    )


def select(samples: SampleSet, split: str = "all", scenario: str | None = None) -> list[Sample]:
    """The samples of one split ("all" for every one) and, optionally, one scenario."""
    return [s for s in samples.samples if (split == "all" or s.split == split) and (scenario is None or s.scenario == scenario)]


def evaluate(samples: SampleSet, lib: Library, *, judge: Judge | None = None, split: str = "all",
             scenario: str | None = None, progress: Callable[[int, int], None] | None = None) -> EvalReport:
    """Grade every selected sample and measure the grades against the labels."""
    from mockpm.grading import grade
    from mockpm.models import Answer

    chosen = select(samples, split, scenario)
    results: list[SampleResult] = []
    for i, s in enumerate(chosen):
        scen = lib.scenario(s.scenario)
        report = grade(Answer(text=s.text, scenario_id=s.scenario, source=s.id), scen, lib.rubrics_for(scen), judge, library=lib)
        results.append(to_result(s, report))
        if progress:
            progress(i + 1, len(chosen))
    return summarise(results, samples.thresholds, split=split, mode="llm" if judge else "offline", library=samples.library)


def _merge(specific: Thresholds | None, default: Thresholds) -> Thresholds:
    """A scenario's own thresholds, falling back field by field to the library's defaults."""
    if specific is None:
        return default
    return Thresholds(**{k: v if v is not None else getattr(default, k) for k, v in specific.model_dump().items()})


def summarise(results: list[SampleResult], thresholds: dict[str, Thresholds], *, split: str, mode: str,
              library: LibraryThresholds | None = None) -> EvalReport:
    library = library or LibraryThresholds()
    groups: list[GroupMetrics] = []
    for name in sorted({r.scenario for r in results}):
        limits = _merge(thresholds.get(name), library.scenarios)
        floor = limits.spearman if limits.spearman is not None else DEFAULT_SCENARIO_SPEARMAN
        groups.append(metrics(name, [r for r in results if r.scenario == name], floor, limits))
    top = library.overall
    overall_floor = top.spearman if top.spearman is not None else DEFAULT_OVERALL_SPEARMAN
    # Escapes and inversions are judged per scenario; overall only holds the pooled Spearman.
    overall = metrics("overall", results, overall_floor, Thresholds(max_escapes=10**6, max_length_inversions=10**6))
    passed = overall.passed and all(g.passed for g in groups)
    return EvalReport(split=split, mode=mode, scenarios=groups, overall=overall, results=results, passed=passed)


def worst(results: Iterable[SampleResult], n: int = 5) -> list[SampleResult]:
    """The samples whose rank is furthest from their label, for the report's 'look here' list."""
    items = list(results)
    if not items:
        return []
    values = _rank_values(items)
    top = max(values) or 1.0
    order = sorted(range(len(items)), key=lambda i: -abs((items[i].label - 1) / 4 - values[i] / top))
    return [items[i] for i in order[:n]]
