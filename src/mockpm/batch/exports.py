"""Result files: CSV (one row per answer), JSONL and JSON (full reports plus failures).

Writers take one stored item at a time, so exporting a large cohort never holds every report
in memory. Files are written next to their destination and renamed into place when complete.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from mockpm.batch.reviews import DECIDED
from mockpm.batch.runs import GRADED, ItemRow
from mockpm.errors import UsageError
from mockpm.models import AXES
from mockpm.redaction import redact

if TYPE_CHECKING:
    from mockpm.batch.summary import CohortSummary

CSV_COLUMNS = (
    "id", "candidate", "scenario", "source", "status", "score", "band", "complete",
    *(f"axis:{a}" for a in AXES), "flags", "judge_mode", "model", "error", "human_decisions", "keyword_only_score",
)
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".json": "json"}


def format_for(dest: str) -> str:
    if dest == "-":
        return "csv"
    fmt = FORMATS.get(Path(dest).suffix.lower())
    if fmt is None:
        raise UsageError(f"--out {dest}: unknown file type", hint="end the name in .csv, .jsonl or .json, or pass - for CSV on stdout")
    return fmt


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str | None) -> str:
    """Text from candidates and files, made safe for spreadsheets: a cell that starts like a
    formula ("=HYPERLINK(...)") gets a leading quote so it shows as text and never runs."""
    value = value or ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(item: ItemRow) -> dict[str, object]:
    row: dict[str, object] = {
        "id": text_cell(item.item_id), "candidate": text_cell(item.candidate), "scenario": text_cell(item.scenario),
        "source": text_cell(item.source), "status": item.status, "error": text_cell(item.error),
    }
    r = item.report
    if r is not None:
        row.update({
            # an unscored answer has no score: an empty cell, never 0
            "candidate": text_cell(r.candidate), "score": "" if r.score is None else f"{r.score:.1f}", "band": r.band,
            "complete": "yes" if r.complete else "no", "flags": ";".join(f.code for f in r.flags),
            "judge_mode": r.judge.mode, "model": text_cell(r.judge.model),
            "human_decisions": sum(1 for c in r.criteria if any(f.startswith(DECIDED) for f in c.flags)),
        })
        if not item.error and r.judge.error:  # why criteria stayed unscored (an outage): kept, not a blank cell
            row["error"] = text_cell(redact(r.judge.error))
        for axis, value in r.axes.items():
            row[f"axis:{axis}"] = f"{value:.1f}"
        if r.keyword_only is not None and r.keyword_only.score is not None:
            row["keyword_only_score"] = f"{r.keyword_only.score:.1f}"
    return row


def failure_doc(item: ItemRow) -> dict[str, object]:
    return {"status": item.status, "id": item.item_id, "source": item.source, "candidate": item.candidate,
            "scenario": item.scenario, "error": item.error}


def report_doc(item: ItemRow) -> dict[str, object]:
    assert item.report is not None
    return {"status": GRADED, "id": item.item_id, **item.report.model_dump(mode="json")}


class ResultWriter:
    def __init__(self, dest: str) -> None:
        self.dest = dest
        self.fmt = format_for(dest)
        self.tmp: Path | None = None
        if dest == "-":
            self.fh: IO[str] = sys.stdout
        else:
            path = Path(dest)
            if path.parent and not path.parent.is_dir():
                raise UsageError(f"--out {dest}: folder {path.parent} does not exist", hint="create it first")
            from mockpm.outfiles import temp_beside

            fd, self.tmp = temp_beside(path)
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.failures: list[dict[str, object]] = []
        self.first = True
        if self.fmt == "csv":
            self.csv = csv.DictWriter(self.fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self.csv.writeheader()
        elif self.fmt == "json":
            self.fh.write('{\n  "reports": [')

    def add(self, item: ItemRow) -> None:
        if self.fmt == "csv":
            self.csv.writerow(csv_row(item))
        elif self.fmt == "jsonl":
            doc = report_doc(item) if item.report is not None else failure_doc(item)
            self.fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif item.report is None:
            self.failures.append(failure_doc(item))
        else:
            self.fh.write(("\n    " if self.first else ",\n    ") + json.dumps(report_doc(item), ensure_ascii=False))
            self.first = False

    def close(self, summary: CohortSummary | None = None) -> None:
        if self.fmt == "json":
            self.fh.write("\n  ],\n  \"failures\": " + json.dumps(self.failures, ensure_ascii=False))
            if summary is not None:
                self.fh.write(",\n  \"summary\": " + json.dumps(summary.model_dump(mode="json", exclude={"rows", "failures"}), ensure_ascii=False))
            self.fh.write("\n}\n")
        self.fh.flush()
        if self.tmp is not None:
            from mockpm.outfiles import publish

            self.fh.close()
            publish(self.tmp, self.dest)

    def abort(self) -> None:
        if self.tmp is not None:
            self.fh.close()
            self.tmp.unlink(missing_ok=True)
