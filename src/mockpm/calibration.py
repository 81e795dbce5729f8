"""How well mockpm agrees with human graders: QWK, Spearman, exact/adjacent agreement, SMD.

The shared ordinal scale is the **user's integer scale** (``--scale-min``..``--scale-max``, or
the lowest..highest human grade seen): a mockpm score ``s`` (0-100) maps linearly to
``min + s/100 * (max - min)`` and is rounded half up to the nearest whole point. QWK and
exact/adjacent agreement use those integer bins; Spearman and the standardised mean difference
use the unrounded values. Thresholds (the usual bar for automated scoring):

- QWK(mockpm, human) >= 0.70
- with a second human column: mockpm-human QWK (mean of QWK against each human) no more than
  0.10 below human-human QWK
- |SMD| <= 0.15 (mockpm is neither systematically harsher nor more lenient)
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from mockpm.errors import AnswerError, UsageError
from mockpm.models import GradeReport
from mockpm.stats import round_half_up, to_scale, to_bin, qwk, ranks, pearson, spearman, exact_agreement, adjacent_agreement, smd  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from mockpm.batch.runs import RunStore
    from mockpm.catalog import Library
    from mockpm.judge.base import Judge

QWK_MIN = 0.70
MIN_ROWS = 10  # fewer graded rows than this cannot show agreement
QWK_DEGRADATION_MAX = 0.10
SMD_MAX = 0.15


# --------------------------------------------------------------------------- pure statistics


class CalibrationItem(BaseModel):
    label: str  # file, or candidate / scenario
    human: float
    human2: float | None = None
    report: GradeReport

    @property
    def human_mean(self) -> float:
        return self.human if self.human2 is None else (self.human + self.human2) / 2


class Check(BaseModel):
    name: str
    value: int | float | None  # a count stays an integer
    threshold: str
    passed: bool


class CriterionAgreement(BaseModel):
    id: str
    statement: str
    points: int
    assessed: int
    met: int
    correlation: float | None  # met vs human grade, signed so that positive = agrees with humans
    reason: str


class Gap(BaseModel):
    label: str
    human: float
    mockpm: float  # on the user's scale
    mockpm_score: float  # 0-100
    direction: str  # "mockpm higher" | "mockpm lower"
    criteria: list[str]  # the criteria behind the gap


class CalibrationReport(BaseModel):
    n: int
    scale_min: int
    scale_max: int
    scale_source: str  # "given" | "auto"
    qwk: float
    qwk_vs_human: float
    qwk_vs_human2: float | None = None
    qwk_human_human: float | None = None
    spearman: float | None
    exact: float
    adjacent: float
    smd: float | None
    checks: list[Check]
    passed: bool
    criteria: list[CriterionAgreement] = Field(default_factory=list)  # worst agreement first
    # per-criterion correlations mean something only on MIN_ROWS rows or more
    criteria_conclusive: bool = False
    gaps: list[Gap] = Field(default_factory=list)  # biggest first
    skipped: list[str] = Field(default_factory=list)


def _gap_criteria(report: GradeReport, higher: bool, n: int = 3) -> list[str]:
    if higher:  # credit the humans did not give: strengths met, red flags avoided are not news
        picks = [c for c in report.criteria if c.points > 0 and c.met]
    else:  # mockpm held back: strengths missed, red flags hit
        picks = [c for c in report.criteria if (c.points > 0 and c.met is False) or (c.points < 0 and c.met)]
    picks.sort(key=lambda c: -abs(c.points))
    return [f"{c.id} ({c.points:+d}, {'met' if c.met else 'missed'})" if c.points > 0 else f"{c.id} (red flag hit)"
            for c in picks[:n]]


def analyse(items: list[CalibrationItem], *, scale_min: float | None = None, scale_max: float | None = None,
            top: int = 5, skipped: list[str] | None = None) -> CalibrationReport:
    """Agreement statistics and PASS/FAIL checks for graded items with human grades."""
    if len(items) < 2:
        raise UsageError(f"{len(items)} graded row(s) with a human grade; calibration needs at least 2",
                         hint="add rows, or fix the ones reported as skipped")
    humans = [it.human for it in items] + [it.human2 for it in items if it.human2 is not None]
    source = "given"
    if scale_min is None or scale_max is None:
        source = "auto"
    lo = int(math.floor(min(humans))) if scale_min is None else int(scale_min)
    hi = int(math.ceil(max(humans))) if scale_max is None else int(scale_max)
    if hi <= lo:
        raise UsageError(f"the scale {lo}..{hi} has fewer than two points", hint="pass --scale-min and --scale-max")
    out_of_range = [it.label for it in items if not all(lo <= h <= hi for h in (it.human, it.human2) if h is not None)]
    if out_of_range:
        raise UsageError(f"human grade outside the scale {lo}..{hi} for {out_of_range[0]}", hint="check --scale-min/--scale-max")
    machine = [to_scale(it.report.score, lo, hi) for it in items]
    m_bins = [to_bin(x, lo, hi) for x in machine]
    h1 = [to_bin(it.human, lo, hi) for it in items]
    q1 = qwk(m_bins, h1, lo, hi)
    paired = [(i, it) for i, it in enumerate(items) if it.human2 is not None]
    q2 = qhh = None
    if paired:
        idx = [i for i, _ in paired]
        h2 = [to_bin(it.human2, lo, hi) for _, it in paired]  # type: ignore[arg-type]
        q2 = qwk([m_bins[i] for i in idx], h2, lo, hi)
        qhh = qwk([h1[i] for i in idx], h2, lo, hi)
    headline = q1 if q2 is None else (q1 + q2) / 2
    human_vals = [it.human_mean for it in items]
    rho = spearman(machine, human_vals)
    d = smd(machine, human_vals)
    # Agreement on a handful of rows, or against human grades that never vary, shows nothing
    # (kappa on two identical rows is a perfect 1.0): such a cohort cannot pass.
    checks = [
        Check(name="rows with varied human grades", value=len(items), threshold=f">= {MIN_ROWS}, not all the same grade",
              passed=len(items) >= MIN_ROWS and len(set(h1)) > 1),
        Check(name="QWK mockpm vs human", value=round(headline, 3), threshold=f">= {QWK_MIN:.2f}", passed=headline >= QWK_MIN),
    ]
    if qhh is not None:
        checks.append(Check(name="QWK drop from human-human", value=round(qhh - headline, 3),
                            threshold=f"<= {QWK_DEGRADATION_MAX:.2f} (human-human QWK {qhh:.3f})",
                            passed=qhh - headline <= QWK_DEGRADATION_MAX + 1e-12))
    checks.append(Check(name="|SMD|", value=None if d is None else round(abs(d), 3), threshold=f"<= {SMD_MAX:.2f}",
                        passed=d is not None and abs(d) <= SMD_MAX + 1e-12))

    # Criteria: does meeting each one go with higher human grades (lower, for red flags)?
    crit: dict[str, list[tuple[int, float]]] = {}
    meta: dict[str, tuple[str, int, str]] = {}
    for it in items:
        for c in it.report.criteria:
            if c.met is None:
                continue
            crit.setdefault(c.id, []).append((1 if c.met else 0, it.human_mean))
            meta[c.id] = (c.statement, c.points, c.reason)
    agreements = []
    for cid, pairs in crit.items():
        statement, points, reason = meta[cid]
        r = pearson([p[0] for p in pairs], [p[1] for p in pairs])
        agreements.append(CriterionAgreement(
            id=cid, statement=statement, points=points, assessed=len(pairs), met=sum(p[0] for p in pairs),
            correlation=None if r is None else round(r if points > 0 else -r, 3), reason=reason))
    agreements.sort(key=lambda a: (a.correlation is None, a.correlation if a.correlation is not None else 0, a.id))

    gaps = []
    for it, m in zip(items, machine):
        diff = m - it.human_mean
        if abs(diff) < 1e-9:
            continue
        gaps.append(Gap(label=it.label, human=it.human_mean, mockpm=round(m, 2), mockpm_score=it.report.score,
                        direction="mockpm higher" if diff > 0 else "mockpm lower",
                        criteria=_gap_criteria(it.report, diff > 0)))
    gaps.sort(key=lambda g: -abs(g.mockpm - g.human))
    return CalibrationReport(
        n=len(items), scale_min=lo, scale_max=hi, scale_source=source, qwk=round(headline, 3), qwk_vs_human=round(q1, 3),
        qwk_vs_human2=None if q2 is None else round(q2, 3), qwk_human_human=None if qhh is None else round(qhh, 3),
        spearman=None if rho is None else round(rho, 3), exact=round(exact_agreement(m_bins, h1), 3),
        adjacent=round(adjacent_agreement(m_bins, h1), 3), smd=None if d is None else round(d, 3), checks=checks,
        passed=all(c.passed for c in checks), criteria=agreements[:top], criteria_conclusive=len(items) >= MIN_ROWS,
        gaps=gaps[:top], skipped=list(skipped or []),
    )


# --------------------------------------------------------------------------- reading grades and grading


class GradeRow(BaseModel):
    source: str  # grades.csv:line
    file: Path | None = None
    candidate: str | None = None
    scenario: str | None = None
    human: float
    human2: float | None = None


def _number(value: str | None, what: str, source: str) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        x = float(value)
    except ValueError:
        raise AnswerError(f"{source}: {what} {value!r} is not a number") from None
    if not math.isfinite(x):
        raise AnswerError(f"{source}: {what} {value!r} is not a number")
    return x


def read_grades(path: Path, notify: Callable[[str], None] = lambda m: None) -> tuple[list[GradeRow], list[str]]:
    """Rows of a human-grades CSV; bad rows are reported (file:line) and skipped."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file", hint="pass the CSV of human grades")
    try:
        return _read_grades(path, notify)
    except UnicodeDecodeError:
        raise AnswerError(f"{path}: not valid UTF-8", hint="save the grades as a UTF-8 CSV") from None
    except csv.Error as exc:
        raise AnswerError(f"{path}: unreadable CSV ({exc})", hint="check the quoting around that row") from None
    except OSError as exc:
        raise AnswerError(f"{path}: cannot read ({exc.strerror})", hint="check the file's permissions") from None


def _read_grades(path: Path, notify: Callable[[str], None]) -> tuple[list[GradeRow], list[str]]:
    from mockpm.answers import MAX_BYTES

    csv.field_size_limit(MAX_BYTES * 2)  # notes columns may be long, as answers are in batch CSVs
    rows: list[GradeRow] = []
    skipped: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, strict=True)  # an unclosed quote is an error, not rows swallowed
        header = [h.strip().lower() for h in next(reader, [])]
        dupes = sorted({h for h in header if h and header.count(h) > 1})
        if dupes:
            raise UsageError(f"{path}:1: duplicate column {', '.join(map(repr, dupes))}", hint="keep one of each")
        if "human" not in header or not ({"file"} <= set(header) or {"candidate", "scenario"} <= set(header)):
            raise UsageError(f"{path}: needs a `human` column and either `file` or `candidate` + `scenario` columns",
                             hint="optional: human2 for a second grader, scenario next to file")
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise AnswerError(f"{path}:{line}: a quoted cell starting in this row is not closed properly ({exc})",
                                  hint="close the quote; write a quote inside a cell as \"\"") from None
            if not any(c.strip() for c in cells):
                continue
            source = f"{path}:{line}"
            rec = dict(zip(header, cells))
            try:
                human = _number(rec.get("human"), "human grade", source)
                if human is None:
                    raise AnswerError(f"{source}: no human grade")
                human2 = _number(rec.get("human2"), "human2 grade", source)
                for what, x in (("human grade", human), ("human2 grade", human2)):
                    if x is not None and not float(x).is_integer():
                        raise AnswerError(f"{source}: {what} {x:g} is not a whole number; the scale is whole points "
                                          "(round it, or grade on a finer scale such as 1..10)")
                file_cell = (rec.get("file") or "").strip()
                row = GradeRow(source=source, file=(path.parent / file_cell) if file_cell else None,
                               candidate=(rec.get("candidate") or "").strip() or None,
                               scenario=(rec.get("scenario") or "").strip() or None, human=human, human2=human2)
                if row.file is None and not (row.candidate and row.scenario):
                    raise AnswerError(f"{source}: no `file`, and no `candidate` + `scenario` to match")
            except AnswerError as exc:
                skipped.append(str(exc))
                notify(f"skipped {exc}")
                continue
            rows.append(row)
    return rows, skipped


def items_from_files(rows: list[GradeRow], lib: Library, judge: Judge | None, store: RunStore, *, grades_csv: Path,
                     concurrency: int = 8, notify: Callable[[str], None] = lambda m: None,
                     progress: bool | None = None, resume_command: str | None = None) -> tuple[list[CalibrationItem], list[str]]:
    """Grade the rows' answer files as one batch run (resumable, judge cache reused)."""
    from mockpm.answers import read_answer
    from mockpm.batch.inputs import Expanded, _Collector, absolute_spec
    from mockpm.batch.service import BatchSettings, run_batch
    from mockpm.errors import MockpmError

    col = _Collector(lib, None)
    row_keys: list[tuple[GradeRow, str | None]] = []
    skipped: list[str] = []
    for row in rows:
        assert row.file is not None
        before = len(col.items)
        try:
            answer = read_answer(row.file)
        except MockpmError as exc:
            skipped.append(f"{row.source}: {exc}")
            notify(f"skipped {row.source}: {exc}")
            continue
        if row.scenario:
            answer = answer.model_copy(update={"scenario_id": row.scenario})
        col.add(answer, str(row.file), f"{row.file.resolve()}|{row.scenario or ''}")
        if len(col.items) > before:
            row_keys.append((row, col.items[-1].key))
        elif col.problems and col.problems[-1].source == str(row.file):
            skipped.append(f"{row.source}: {col.problems[-1].message}")
            notify(f"skipped {row.source}: {col.problems[-1].message}")
        else:  # the same answer twice: grade once, compare twice
            key = next((it.key for it in col.items if it.source == str(row.file)), None)
            row_keys.append((row, key))
    if not col.items:
        return [], skipped
    expanded = Expanded(items=col.items, problems=[], specs=[absolute_spec(str(grades_csv)), "calibrate"])
    settings = BatchSettings(inputs=expanded.specs, concurrency=concurrency, progress=progress,
                             # the hint is formatted with the run id; a path may hold braces
                             resume_hint=(resume_command or f"mockpm calibrate {grades_csv}").replace("{", "{{").replace("}", "}}"))
    result = run_batch(settings, lib, judge, store=store, notify=notify, expanded=expanded)
    reports = _reviewed_reports(store, result.run.id)
    items = []
    for row, key in row_keys:
        rep = reports.get(key or "")
        if rep is None:
            skipped.append(f"{row.source}: {row.file} could not be graded")
            continue
        items.append(CalibrationItem(label=str(row.file.relative_to(grades_csv.parent)) if row.file and row.file.is_relative_to(grades_csv.parent) else str(row.file),
                                     human=row.human, human2=row.human2, report=rep))
    return items, skipped


def _reviewed_reports(store: RunStore, run_id: str) -> dict[str, GradeReport]:
    """The run's graded reports by item key, with a person's review decisions taking the grader's place."""
    from mockpm.batch.reviews import decisions, with_decisions

    decided = decisions(store, run_id)
    # an answer nothing could be scored on (judge outage) has no score to compare
    return {it.key: with_decisions(it.report, decided.get(it.key))
            for it in store.iter_items(run_id, statuses=("graded",)) if it.report is not None and it.report.score is not None}


def items_from_run(rows: list[GradeRow], store: RunStore, run_id: str) -> tuple[list[CalibrationItem], list[str]]:
    """Match candidate + scenario rows against a finished batch run's grades (id, prefix or `latest`)."""
    from mockpm.batch.run_queries import resolve_run

    run_id = resolve_run(store, run_id).id
    found: dict[tuple[str, str], GradeReport] = {}
    for rep in _reviewed_reports(store, run_id).values():
        if rep.candidate:
            found.setdefault((rep.candidate.strip().lower(), rep.scenario), rep)
    items, skipped = [], []
    for row in rows:
        rep = found.get(((row.candidate or "").lower(), row.scenario or ""))
        if rep is None:
            skipped.append(f"{row.source}: no graded answer for candidate {row.candidate!r} on {row.scenario!r} in run {run_id}")
            continue
        items.append(CalibrationItem(label=f"{row.candidate} / {row.scenario}", human=row.human, human2=row.human2, report=rep))
    return items, skipped
