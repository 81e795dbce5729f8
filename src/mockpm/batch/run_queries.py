"""Finding, removing and comparing saved batch runs."""

from __future__ import annotations

from pathlib import Path
from statistics import mean
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from mockpm.batch.inputs import display_name
from mockpm.batch.runs import GRADED, ItemRow, RunInfo
from mockpm.errors import UsageError

if TYPE_CHECKING:
    from mockpm.batch.runs import RunStore


class RunListing(BaseModel):
    id: str
    created_at: str
    status: str
    judge: str
    inputs: list[str]
    graded: int
    not_graded: int
    mean_score: float | None


def judge_label(options: dict[str, Any]) -> str:
    j = options.get("judge") or {}
    if j.get("mode") != "llm":
        return "offline"
    return "llm" + (f" {j['model']}" if j.get("model") else "")


def resolve_run(store: RunStore, ref: str) -> RunInfo:
    """A run by its id, a unique prefix of it or of its part after the date, or `latest`."""
    ref = ref.strip()
    if ref == "latest":
        row = store.conn.execute("SELECT id FROM batch_runs ORDER BY created_at DESC, rowid DESC LIMIT 1").fetchone()
        if row is None:
            raise UsageError("no batch runs are saved yet", hint="grade a cohort with `mockpm batch` first")
        return store.get(row["id"])
    esc = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # a prefix of the whole id, or of the part after the date ("7fc" for 20261201-7fcfe6)
    rows = [r["id"] for r in store.conn.execute(
        "SELECT id FROM batch_runs WHERE id = ? OR id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\' "
        "ORDER BY created_at DESC LIMIT 5", (ref, esc + "%", "%-" + esc + "%"))]
    if ref in rows:
        return store.get(ref)
    if len(rows) > 1:
        raise UsageError(f"run {ref!r} is ambiguous: {', '.join(rows)}", hint="give more of the id")
    return store.get(rows[0] if rows else ref)  # an unknown id raises with the recent runs as a hint


def list_runs(store: RunStore) -> list[RunListing]:
    store.flush()
    rows = store.conn.execute(
        "SELECT r.id, r.created_at, r.status, r.options, "
        "SUM(CASE WHEN i.status = ? THEN 1 ELSE 0 END) AS graded, "
        "SUM(CASE WHEN i.status IS NOT NULL AND i.status != ? THEN 1 ELSE 0 END) AS not_graded, "
        "AVG(CASE WHEN i.status = ? THEN i.score END) AS mean_score "
        "FROM batch_runs r LEFT JOIN batch_items i ON i.run_id = r.id AND i.ordinal IS NOT NULL "
        "GROUP BY r.id ORDER BY r.created_at DESC, r.rowid DESC", (GRADED, GRADED, GRADED))
    import json

    from mockpm.batch.reviews import decided_runs

    decided = decided_runs(store)
    out = []
    for r in rows:
        options = json.loads(r["options"])
        mean_score = r["mean_score"]
        if r["id"] in decided:  # a person's decisions are final: the mean is of the decided scores
            mean_score = _decided_mean(store, r["id"])
        out.append(RunListing(id=r["id"], created_at=r["created_at"], status=shown_status(r["id"], r["status"]), judge=judge_label(options),
                              inputs=[str(x) for x in options.get("inputs") or []], graded=r["graded"] or 0,
                              not_graded=r["not_graded"] or 0,
                              mean_score=None if mean_score is None else round(mean_score, 1)))
    return out


def shown_status(run_id: str, status: str) -> str:
    """A run marked running whose process is gone (killed, crashed) is shown as interrupted, as
    a run stopped with Ctrl-C is: rerunning its command resumes it."""
    from mockpm.batch.claim import is_claimed

    return "interrupted" if status == "running" and not is_claimed(run_id) else status


def decided_items(store: RunStore, run_id: str) -> Iterator[ItemRow]:
    """The run's graded items, each with the person's decisions applied (as `runs show` shows them)."""
    from mockpm.batch.reviews import decisions, item_with_decisions

    done = decisions(store, run_id)
    for it in store.iter_items(run_id, statuses=(GRADED,)):
        if it.report is not None:
            yield item_with_decisions(it, done.get(it.key))


def _decided_mean(store: RunStore, run_id: str) -> float | None:
    from mockpm.scoring import UNSCORED_BAND

    scores = [it.report.score for it in decided_items(store, run_id)
              if it.report is not None and it.report.score is not None and it.report.band != UNSCORED_BAND]
    return mean(scores) if scores else None


def delete_run(store: RunStore, run_id: str) -> int:
    """Remove a run, its items and any review decisions; returns how many items went with it."""
    store.flush()
    with store.conn:
        store.conn.execute("BEGIN")
        n = store.conn.execute("DELETE FROM batch_items WHERE run_id = ?", (run_id,)).rowcount
        if store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_decisions'").fetchone():
            store.conn.execute("DELETE FROM review_decisions WHERE run_id = ?", (run_id,))
        store.conn.execute("DELETE FROM batch_runs WHERE id = ?", (run_id,))
    return n


def _path_forms(source: str) -> set[str]:
    """How a user may name an answer's file: as listed, absolute, or by its bare file name."""
    forms = {source, Path(source).name}
    try:
        forms.add(str(Path(source).expanduser().resolve()))
    except (OSError, RuntimeError):
        pass
    return forms


def find_candidate(store: RunStore, run_id: str, name: str) -> ItemRow:
    """The graded item named by ``name``: its source file (as listed, absolute or bare file name),
    its id, or its candidate's name (ignoring case). A name with several answers is refused with
    the exact values that pick each one."""
    raw = name.strip()
    want = raw.casefold()
    try:
        as_path = str(Path(raw).expanduser().resolve())
    except (OSError, RuntimeError):
        as_path = raw
    items = list(store.iter_items(run_id, statuses=(GRADED,)))
    by_file = [it for it in items if raw in _path_forms(it.source) or as_path in _path_forms(it.source)]
    by_id = [it for it in items if it.item_id and it.item_id.casefold() == want]
    by_name = [it for it in items if want in {(it.candidate or "").casefold(),
                                              display_name(it.candidate, it.item_id, it.source).casefold()}]
    for hits in (by_file, by_id):
        if len(hits) == 1:
            return hits[0]
    hits = by_file or by_id or by_name
    if not hits:
        raise UsageError(f"no graded answer by {name!r} in run {run_id}",
                         hint=f"give a candidate name, an answer id or the answer's file as `mockpm runs show {run_id}` lists them")
    if len(hits) > 1:
        values = ", ".join(_pick(h, items) for h in hits[:6])
        more = f" (and {len(hits) - 6} more)" if len(hits) > 6 else ""
        raise UsageError(f"{len(hits)} answers match {name!r} in run {run_id}; pass one of: {values}{more}",
                         hint="each value picks one answer with --candidate")
    return hits[0]


def _pick(item: ItemRow, among: list[ItemRow]) -> str:
    """The shortest --candidate value that picks ``item`` alone in the run: its id, its bare file name, or its source."""
    if item.item_id and sum(1 for h in among if h.item_id == item.item_id) == 1:
        return repr(item.item_id)
    base = Path(item.source).name
    if sum(1 for h in among if Path(h.source).name == base) == 1:
        return repr(base)
    return repr(item.source)


# --------------------------------------------------------------------------- diff


class CandidateChange(BaseModel):
    name: str
    scenario: str
    score_a: float | None
    score_b: float | None
    band_a: str
    band_b: str
    changed: list[str] = Field(default_factory=list)  # "criterion-id: met -> not met"

    @property
    def delta(self) -> float | None:
        return None if self.score_a is None or self.score_b is None else round(self.score_b - self.score_a, 1)


class CriterionChange(BaseModel):
    id: str
    statement: str
    compared: int
    agree: int
    met_a: int
    met_b: int

    @property
    def agreement(self) -> float:
        return self.agree / self.compared if self.compared else 1.0


class RunDiff(BaseModel):
    a: str
    b: str
    matched: int
    only_a: list[str] = Field(default_factory=list)
    only_b: list[str] = Field(default_factory=list)
    mean_a: float | None = None
    mean_b: float | None = None
    mean_shift: float | None = None
    verdict_agreement: float | None = None  # share of criterion verdicts the two runs agree on
    score_spearman: float | None = None
    band_changes: int = 0
    candidates: list[CandidateChange] = Field(default_factory=list)  # biggest change first
    criteria: list[CriterionChange] = Field(default_factory=list)  # least agreement first


def _verdict(met: bool | None) -> str:
    return "unscored" if met is None else ("met" if met else "not met")


def diff_runs(store: RunStore, a: str, b: str) -> RunDiff:
    """Match the two runs' answers (same input and text, else same candidate and scenario) and compare."""
    from mockpm.stats import spearman

    def index(run_id: str) -> dict[str, ItemRow]:
        return {it.key: it for it in decided_items(store, run_id)}

    ia, ib = index(a), index(b)
    by_name_b = {(display_name(it.candidate, it.item_id, it.source).casefold(), it.scenario): k for k, it in ib.items()}
    pairs: list[tuple[ItemRow, ItemRow]] = []
    used_b: set[str] = set()
    only_a = []
    for key, x in ia.items():
        kb = key if key in ib else by_name_b.get((display_name(x.candidate, x.item_id, x.source).casefold(), x.scenario))
        if kb is None or kb in used_b:
            only_a.append(display_name(x.candidate, x.item_id, x.source))
            continue
        used_b.add(kb)
        pairs.append((x, ib[kb]))
    only_b = [display_name(y.candidate, y.item_id, y.source) for k, y in ib.items() if k not in used_b]
    cands, crits = [], {}
    agree_total = compared_total = 0
    for x, y in pairs:
        ra, rb = x.report, y.report
        assert ra is not None and rb is not None
        vb = {c.id: c for c in rb.criteria}
        changed = []
        for c in ra.criteria:
            d = vb.get(c.id)
            if d is None:
                continue
            entry = crits.setdefault(c.id, CriterionChange(id=c.id, statement=c.statement, compared=0, agree=0,
                                                           met_a=0, met_b=0))
            entry.compared += 1
            entry.met_a += bool(c.met)
            entry.met_b += bool(d.met)
            compared_total += 1
            if c.met == d.met:
                entry.agree += 1
                agree_total += 1
            else:
                changed.append(f"{c.id}: {_verdict(c.met)} -> {_verdict(d.met)}")
        cands.append(CandidateChange(name=display_name(ra.candidate, x.item_id, x.source), scenario=ra.scenario,
                                     score_a=ra.score, score_b=rb.score, band_a=ra.band, band_b=rb.band, changed=changed))
    both = [(c.score_a, c.score_b) for c in cands if c.score_a is not None and c.score_b is not None]
    mean_a = round(mean(s for s, _ in both), 1) if both else None
    mean_b = round(mean(s for _, s in both), 1) if both else None
    rho = spearman([s for s, _ in both], [s for _, s in both]) if len(both) > 2 else None
    cands.sort(key=lambda c: (-(abs(c.delta) if c.delta is not None else 101), -len(c.changed), c.name))
    return RunDiff(
        a=a, b=b, matched=len(pairs), only_a=only_a, only_b=only_b, mean_a=mean_a, mean_b=mean_b,
        mean_shift=None if mean_a is None or mean_b is None else round(mean_b - mean_a, 1),
        verdict_agreement=round(agree_total / compared_total, 3) if compared_total else None,
        score_spearman=None if rho is None else round(rho, 3),
        band_changes=sum(1 for c in cands if c.band_a != c.band_b),
        candidates=cands, criteria=sorted(crits.values(), key=lambda c: (c.agreement, c.id)),
    )
