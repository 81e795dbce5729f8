"""Turn batch INPUT arguments (folders, globs, answer files, CSV, JSONL) into gradable items.

A bad file or row never stops the batch: it becomes an ``InputProblem`` naming ``file`` or
``file:line``, is reported, counted and skipped.

``iter_inputs`` streams: one answer is read, parsed and handed on at a time, so a cohort of
100,000 answers never sits in memory whole (only the keys of what was seen, to drop repeats).
"""

from __future__ import annotations

import glob
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from mockpm.answers import parse_answer, read_answer
from mockpm.batch.csv_rows import csv_rows
from mockpm.catalog import Library
from mockpm.errors import MockpmError
from mockpm.models import Answer

ANSWER_SUFFIXES = (".md", ".txt")
TABLE_SUFFIXES = (".csv", ".jsonl")
_GLOB_CHARS = set("*?[")


class BatchItem(BaseModel):
    key: str  # stable across runs: where the answer came from and what it says
    source: str  # file, or file:line for a CSV/JSONL row
    answer: Answer
    scenario_id: str
    item_id: str | None = None  # the optional `id` column

    @property
    def display_name(self) -> str:
        return display_name(self.answer.candidate, self.item_id, self.source)


class InputProblem(BaseModel):
    key: str
    source: str
    message: str
    candidate: str | None = None
    scenario_id: str | None = None


class Expanded(BaseModel):
    items: list[BatchItem]
    problems: list[InputProblem]
    specs: list[str]  # the INPUT arguments, made absolute: part of the run fingerprint


class Scan(BaseModel):
    """What a first pass over the inputs keeps: the items' keys in order, and the problems."""

    keys: list[str]
    problems: list[InputProblem]
    specs: list[str]


def display_name(candidate: str | None, item_id: str | None, source: str) -> str:
    if candidate:
        return candidate
    if item_id:
        return item_id
    return Path(source.rsplit(":", 1)[0] if _is_row(source) else source).stem or source


def _is_row(source: str) -> bool:
    head, _, tail = source.rpartition(":")
    return bool(head) and tail.isdigit()


def _key(*parts: str | None) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update((p or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:24]


def absolute_spec(spec: str) -> str:
    p = Path(spec).expanduser()
    return str(p if p.is_absolute() else Path.cwd() / p)


class _Collector:
    def __init__(self, lib: Library, scenario_override: str | None) -> None:
        self.lib = lib
        self.override = scenario_override
        self.items: list[BatchItem] = []
        self.problems: list[InputProblem] = []
        self.seen: set[str] = set()

    def problem(self, source: str, message: str, *, anchor: str | None = None, **extra) -> None:  # noqa: ANN003
        key = _key("invalid", anchor or source)
        if key in self.seen:
            return
        self.seen.add(key)
        msg = message if message.startswith(source) else f"{source}: {message}"
        self.problems.append(InputProblem(key=key, source=source, message=msg, **extra))

    def drain(self) -> Iterator[BatchItem | InputProblem]:
        """Hand on (and forget) what the last file or row produced."""
        out: list[BatchItem | InputProblem] = [*self.problems, *self.items]
        self.problems.clear()
        self.items.clear()
        yield from out

    def add(self, answer: Answer, source: str, anchor: str, item_id: str | None = None) -> None:
        scenario_id = self.override or answer.scenario_id
        if not scenario_id:
            self.problem(source, "no scenario given (add a `scenario` front matter key or column, or pass --scenario ID)",
                         anchor=anchor, candidate=answer.candidate)
            return
        try:
            self.lib.scenario(scenario_id)
        except MockpmError as exc:
            self.problem(source, str(exc), anchor=anchor, candidate=answer.candidate, scenario_id=scenario_id)
            return
        key = _key(anchor, scenario_id, answer.candidate, item_id, answer.text)
        if key in self.seen:  # the same file reached through two INPUTs
            return
        self.seen.add(key)
        self.items.append(BatchItem(key=key, source=source, answer=answer, scenario_id=scenario_id, item_id=item_id))

    # ----------------------------------------------------------------- kinds of input

    def answer_file(self, path: Path) -> None:
        source = str(path)
        try:
            answer = read_answer(path)
        except MockpmError as exc:
            self.problem(source, str(exc), anchor=str(path.resolve()))
            return
        self.add(answer, source, str(path.resolve()))

    def folder(self, path: Path) -> Iterator[BatchItem | InputProblem]:
        files = sorted(
            p for p in path.rglob("*")
            if p.suffix.lower() in ANSWER_SUFFIXES and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            self.problem(str(path), "no answer files (*.md, *.txt) in this folder")
            yield from self.drain()
        for f in files:
            self.answer_file(f)
            yield from self.drain()

    def table(self, path: Path) -> Iterator[BatchItem | InputProblem]:
        rows = csv_rows(path, self.lib.scenarios) if path.suffix.lower() == ".csv" else _jsonl_rows(path)
        for line, row, error in rows:
            source = f"{path}:{line}" if line else str(path)
            anchor = f"{path.resolve()}:{line}"
            if error:
                self.problem(source, error, anchor=anchor)
            else:
                self.row(row, source, anchor)
            yield from self.drain()

    def row(self, row: dict, source: str, anchor: str) -> None:
        candidate = _cell(row.get("candidate"))
        scenario = _cell(row.get("scenario"))
        item_id = _cell(row.get("id"))
        text = row.get("answer")
        if text is None or not str(text).strip():
            self.problem(source, "the answer is empty", anchor=anchor, candidate=candidate, scenario_id=scenario)
            return
        try:
            answer = parse_answer(str(text), source=source)
        except MockpmError as exc:
            self.problem(source, str(exc), anchor=anchor, candidate=candidate, scenario_id=scenario)
            return
        # Columns win over front matter inside the cell: the table is what the user prepared.
        answer = answer.model_copy(update={
            "candidate": candidate or answer.candidate,
            "scenario_id": scenario or answer.scenario_id,
        })
        self.add(answer, source, anchor, item_id)


def _cell(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys repeat is ambiguous: which `answer` is the answer?"""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict, str | None]]:
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        yield 0, {}, f"cannot read: {exc.strerror}"
        return
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line, object_pairs_hook=_unique_keys)
                except json.JSONDecodeError as exc:
                    yield number, {}, f"invalid JSON ({exc.msg} at column {exc.colno})"
                    continue
                except _DuplicateKey as exc:
                    yield number, {}, f"duplicate key {exc.args[0]!r}; keep one"
                    continue
                except RecursionError:
                    yield number, {}, "invalid JSON (nested too deeply); expected an object with candidate, scenario, answer"
                    continue
                if not isinstance(obj, dict):
                    yield number, {}, "expected a JSON object with candidate, scenario, answer"
                    continue
                row = {str(k).strip().lower(): v for k, v in obj.items()}
                # An answer of 123 or {"a": 1} is a broken export, not an answer to grade.
                wrong = [k for k in ("candidate", "scenario", "answer") if row.get(k) is not None and not isinstance(row[k], str)]
                if isinstance(row.get("id"), (bool, dict, list, float)):  # a whole-number id is fine
                    wrong.append("id")
                if wrong:
                    yield number, {}, f"{', '.join(wrong)} must be text (a JSON string)"
                    continue
                yield number, row, None
        except UnicodeDecodeError:
            yield 0, {}, "not UTF-8 text; re-save the file as UTF-8"


def iter_inputs(specs: list[str], lib: Library, *, scenario_override: str | None = None) -> Iterator[BatchItem | InputProblem]:
    """Every item and problem of the INPUT arguments, in order, one at a time."""
    col = _Collector(lib, scenario_override)
    for spec in specs:
        path = Path(spec).expanduser()
        if path.exists():
            targets = [path]
        elif _GLOB_CHARS & set(spec):
            targets = [Path(p) for p in sorted(glob.glob(str(path), recursive=True))]
            if not targets:
                col.problem(spec, "no files match this pattern")
                yield from col.drain()
                continue
        else:
            col.problem(spec, "no such file or folder")
            yield from col.drain()
            continue
        for target in targets:
            if target.is_dir():
                yield from col.folder(target)
            elif target.suffix.lower() in TABLE_SUFFIXES:
                yield from col.table(target)
            else:
                col.answer_file(target)
                yield from col.drain()


def scan_inputs(specs: list[str], lib: Library, *, scenario_override: str | None = None) -> Scan:
    """A first pass that keeps only keys and problems (the answers are read again to grade them)."""
    keys: list[str] = []
    problems: list[InputProblem] = []
    for thing in iter_inputs(specs, lib, scenario_override=scenario_override):
        if isinstance(thing, BatchItem):
            keys.append(thing.key)
        else:
            problems.append(thing)
    return Scan(keys=keys, problems=problems, specs=[absolute_spec(s) for s in specs])


def iter_items(specs: list[str], lib: Library, *, scenario_override: str | None = None) -> Iterator[BatchItem]:
    return (t for t in iter_inputs(specs, lib, scenario_override=scenario_override) if isinstance(t, BatchItem))


def expand_inputs(specs: list[str], lib: Library, *, scenario_override: str | None = None) -> Expanded:
    """Expand INPUT arguments in order, all in memory; every unusable file or row becomes a problem."""
    items: list[BatchItem] = []
    problems: list[InputProblem] = []
    for thing in iter_inputs(specs, lib, scenario_override=scenario_override):
        (items if isinstance(thing, BatchItem) else problems).append(thing)
    return Expanded(items=items, problems=problems, specs=[absolute_spec(s) for s in specs])
