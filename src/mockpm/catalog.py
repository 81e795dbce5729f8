"""Load and validate the scenario and rubric library: built-in first, then user folders.

A library folder holds ``scenarios/*.yaml``, ``rubrics/*.yaml`` and optionally ``seeds.yaml``
(the source articles criteria may cite). A user file whose id matches a built-in one replaces
it. Every problem is reported as ``file:line: message``; ``library_check.validate_paths`` collects all of
them instead of stopping at the first.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from mockpm.errors import LibraryError, UnknownScenarioError
from mockpm.models import Criterion, Rubric, Scenario, SeedSource

if TYPE_CHECKING:
    from mockpm.yamlio import YamlDoc

LIBRARY_ENV = "MOCKPM_LIBRARY"
MAX_FILE_BYTES = 1_000_000  # the largest built-in rubric is under 30 KB
# How alike a mistyped id must be to an existing one to be suggested: "sepsis-modle" finds
# "sepsis-model"; "no-such-scenario" suggests nothing rather than an unrelated id.
SUGGEST_CUTOFF = 0.75


def builtin_root() -> Path:
    """The bundled library: inside the wheel, or the repository root in a source checkout."""
    packaged = Path(str(resources.files("mockpm"))) / "_library"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def library_roots(user_dirs: list[Path] | None = None, *, include_builtin: bool = True) -> list[Path]:
    roots = [builtin_root()] if include_builtin else []
    env = os.environ.get(LIBRARY_ENV)
    if env:
        roots += [Path(p).expanduser() for p in env.split(os.pathsep) if p]
    roots += [Path(p).expanduser() for p in (user_dirs or [])]
    for root in roots[1 if include_builtin else 0 :]:
        if not root.is_dir():
            raise LibraryError(
                f"library folder not found: {root}",
                hint="pass a folder holding scenarios/ and rubrics/ to --library or MOCKPM_LIBRARY",
            )
    return roots


# --------------------------------------------------------------------------- problems


def _describe(err: dict[str, Any], model: type[BaseModel]) -> str:
    loc = ".".join(str(p) for p in err["loc"])
    if err["type"] == "extra_forbidden":
        key = str(err["loc"][-1])
        fields = _fields_at(model, err["loc"][:-1])
        close = difflib.get_close_matches(key, fields, n=1)
        tip = f"; did you mean {close[0]!r}?" if close else f"; allowed: {', '.join(sorted(fields))}"
        return f"unknown key {key!r}{tip}"
    if err["type"] == "missing":
        return f"missing required key {loc!r}"
    msg = err["msg"].removeprefix("Value error, ")
    return f"{loc}: {msg}" if loc else msg


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the (nested) model at a location, for "did you mean" hints."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            return []
        ann = info.annotation
        for arg in (*getattr(ann, "__args__", ()), ann):
            inner = getattr(arg, "__args__", (arg,))
            candidate = next((a for a in (*inner, arg) if isinstance(a, type) and issubclass(a, BaseModel)), None)
            if candidate:
                current = candidate
                break
    return list(getattr(current, "model_fields", {}))


@dataclass
class Problems:
    items: list[str] = field(default_factory=list)

    def add(self, path: Path, line: int | None, message: str) -> None:
        self.items.append(f"{path}:{line}: {message}" if line else f"{path}: {message}")

    def __bool__(self) -> bool:
        return bool(self.items)


def _read_doc(path: Path, problems: Problems) -> YamlDoc | None:
    from mockpm.yamlio import YamlSyntaxError, parse_yaml

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.add(path, None, f"{size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for a scenario or rubric file")
            return None
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.add(path, None, "not UTF-8 text; save the file as UTF-8")
        return None
    except OSError as exc:
        problems.add(path, None, f"cannot read: {exc.strerror}")
        return None
    try:
        doc = parse_yaml(text, path)
    except YamlSyntaxError as exc:
        problems.add(path, exc.line, str(exc))
        return None
    for key, line in doc.duplicates:
        problems.add(path, line, f"duplicate key {key!r}")
    if not isinstance(doc.data, dict):
        problems.add(path, 1, "expected a mapping of keys (id, title, ...) at the top level")
        return None
    return doc


def _validate(doc: YamlDoc, model: type[BaseModel], problems: Problems) -> Any:
    """The validated model; after a schema problem, what can still be read (see library_partial),
    so the cross-checks report their problems in the same run."""
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        for err in exc.errors():
            problems.add(doc.path, doc.line_of(tuple(err["loc"])), _describe(err, model))
    from mockpm.library_partial import partial_rubric, partial_scenario

    return (partial_scenario if model is Scenario else partial_rubric)(doc.data)


# --------------------------------------------------------------------------- library


@dataclass
class Library:
    scenarios: dict[str, Scenario]
    rubrics: dict[str, Rubric]
    seeds: dict[str, SeedSource]
    sources: dict[str, Path]  # "scenario:ID" / "rubric:ID" -> file it came from

    def scenario(self, scenario_id: str) -> Scenario:
        try:
            return self.scenarios[scenario_id]
        except KeyError:
            close = difflib.get_close_matches(scenario_id, list(self.scenarios), n=3, cutoff=SUGGEST_CUTOFF)
            if not close and len(scenario_id) >= 4:  # "sepsis" for "sepsis-model"
                close = sorted(s for s in self.scenarios if s.startswith(scenario_id))[:3]
            hint = f"did you mean {', '.join(close)}?" if close else "see `mockpm scenarios list`"
            raise UnknownScenarioError(f"unknown scenario {scenario_id!r}", hint=hint) from None

    def rubrics_for(self, scenario: Scenario) -> list[Rubric]:
        rubrics = [self.rubrics[r] for r in scenario.rubrics]
        if not scenario.not_applicable:
            return rubrics
        skip = set(scenario.not_applicable)
        return [r.model_copy(update={"criteria": [c for c in r.criteria if c.id not in skip]}) for r in rubrics]

    def criteria_for(self, scenario: Scenario) -> list[Criterion]:
        return [c for r in self.rubrics_for(scenario) for c in r.criteria]

    @cached_property
    def criterion_index(self) -> dict[str, Criterion]:
        return {c.id: c for r in self.rubrics.values() for c in r.criteria}


def _collect(roots: list[Path], problems: Problems):
    """Parse every file; later roots override earlier ones by id."""
    scenarios: dict[str, tuple[Scenario, YamlDoc]] = {}
    rubrics: dict[str, tuple[Rubric, YamlDoc]] = {}
    seeds: dict[str, SeedSource] = {}
    for root in roots:
        seeds_file = root / "seeds.yaml"
        if seeds_file.is_file():
            doc = _read_doc(seeds_file, problems)
            if doc is not None:
                for i, item in enumerate(doc.data.get("seeds") or []):
                    try:
                        seed = SeedSource.model_validate(item)
                    except ValidationError as exc:
                        for err in exc.errors():
                            loc = ("seeds", i, *err["loc"])
                            problems.add(seeds_file, doc.line_of(loc), _describe(err, SeedSource))
                        continue
                    seeds[seed.file] = seed
        for kind, model, table in (("scenarios", Scenario, scenarios), ("rubrics", Rubric, rubrics)):
            folder = root / kind
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.y*ml")):
                doc = _read_doc(path, problems)
                if doc is None:
                    continue
                obj = _validate(doc, model, problems)
                if obj is not None:
                    table[obj.id] = (obj, doc)
    return scenarios, rubrics, seeds


def _cross_check(scenarios, rubrics, seeds, problems: Problems) -> None:
    seen_criteria: dict[str, Path] = {}
    for rubric, doc in rubrics.values():
        if not any(c.points > 0 for c in rubric.criteria if c is not None):
            problems.add(doc.path, doc.line_of(("criteria",)), f"rubric {rubric.id!r} has no criterion with positive points, so nothing can be scored")
        for i, crit in enumerate(rubric.criteria):
            if crit is None:  # unreadable item, already reported
                continue
            line = doc.line_of(("criteria", i, "id"))
            if crit.id in seen_criteria:
                problems.add(doc.path, line, f"duplicate criterion id {crit.id!r} (also in {seen_criteria[crit.id]})")
            seen_criteria[crit.id] = doc.path
            if seeds and crit.seed is not None and crit.seed not in seeds:
                problems.add(doc.path, doc.line_of(("criteria", i, "seed")), f"criterion {crit.id!r} cites unknown seed file {crit.seed!r}; known: {', '.join(sorted(seeds))}")
            if crit.check is not None:
                from mockpm.term_validation import invalid_terms

                for term, error in invalid_terms(crit.check):
                    problems.add(doc.path, doc.line_of(("criteria", i, "check")), f"criterion {crit.id!r}: bad regex {term!r}: {error}")
    for scenario, doc in scenarios.values():
        for i, rid in enumerate(scenario.rubrics):
            if rid not in rubrics:
                problems.add(doc.path, doc.line_of(("rubrics", i)), f"scenario {scenario.id!r} uses unknown rubric {rid!r}")
        own = {c.id for rid in scenario.rubrics if rid in rubrics for c in rubrics[rid][0].criteria}
        if scenario.follow_up_probes and len(scenario.follow_up_probes) != len(scenario.follow_ups):
            problems.add(doc.path, doc.line_of(("follow_up_probes",)), f"follow_up_probes has {len(scenario.follow_up_probes)} entries for {len(scenario.follow_ups)} follow-ups; give one list per follow-up")
        for probe in (cid for probes in scenario.follow_up_probes for cid in probes):
            if probe not in own:
                problems.add(doc.path, doc.line_of(("follow_up_probes",)), f"follow_up_probes names {probe!r}, which is not a criterion of this scenario's rubrics")
        for i, cid in enumerate(scenario.not_applicable):
            if cid not in own:
                problems.add(doc.path, doc.line_of(("not_applicable", i)), f"not_applicable names {cid!r}, which is not a criterion of this scenario's rubrics")
        for i, seed in enumerate(scenario.seeds):
            if seeds and seed not in seeds:
                problems.add(doc.path, doc.line_of(("seeds", i)), f"scenario {scenario.id!r} cites unknown seed file {seed!r}")
        if scenario.id != doc.path.stem:
            problems.add(doc.path, doc.line_of(("id",)), f"id {scenario.id!r} differs from the file name {doc.path.stem!r}; rename one")


def _library_files(roots: list[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        files.append(root / "seeds.yaml")
        for kind in ("scenarios", "rubrics"):
            folder = root / kind
            if folder.is_dir():
                files += sorted(folder.glob("*.y*ml"))
    return files


def _fingerprint(roots: list[Path]) -> str:
    """Changes whenever any library file is added, removed or edited, or mockpm is upgraded."""
    import hashlib

    from mockpm import __version__

    from mockpm import models

    h = hashlib.sha256(__version__.encode())
    # models.py too: a schema change must not be answered from a cache built under the old one
    for path in (Path(models.__file__), *_library_files(roots)):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
    return h.hexdigest()[:32]


class _CachedLibrary(BaseModel):
    scenarios: dict[str, Scenario]
    rubrics: dict[str, Rubric]
    seeds: dict[str, SeedSource]
    sources: dict[str, Path]


def _cache_path(fingerprint: str) -> Path:
    from mockpm.paths import data_dir

    return data_dir() / "cache" / f"library-{fingerprint}.json"


def _read_cache(fingerprint: str) -> Library | None:
    try:
        raw = _cache_path(fingerprint).read_bytes()
        cached = _CachedLibrary.model_validate_json(raw)
    except (OSError, ValueError):
        return None
    return Library(scenarios=cached.scenarios, rubrics=cached.rubrics, seeds=cached.seeds, sources=cached.sources)


def _write_cache(fingerprint: str, lib: Library) -> None:
    """Best effort: a read-only data dir only costs speed."""
    from mockpm.paths import replace_cache_file

    doc = _CachedLibrary(scenarios=lib.scenarios, rubrics=lib.rubrics, seeds=lib.seeds, sources=lib.sources)
    replace_cache_file(_cache_path(fingerprint), doc.model_dump_json())


def load_library(user_dirs: list[Path] | None = None, *, include_builtin: bool = True) -> Library:
    """Load the built-in library plus user folders; raise LibraryError listing every problem.

    Parsing some thirty YAML files costs more than the rest of a `mockpm grade` run, so a
    validated library is cached as JSON, keyed by the files' paths, sizes and mtimes.
    """
    roots = library_roots(user_dirs, include_builtin=include_builtin)
    fingerprint = _fingerprint(roots)
    cached = _read_cache(fingerprint)
    if cached is not None:
        _trust_builtin_regexes(cached)
        return cached
    problems = Problems()
    scenarios, rubrics, seeds = _collect(roots, problems)
    _cross_check(scenarios, rubrics, seeds, problems)
    if problems:
        first = problems.items[0]
        more = f" (+{len(problems.items) - 1} more; run `mockpm rubrics validate`)" if len(problems.items) > 1 else ""
        raise LibraryError(f"invalid library file: {first}{more}", problems=problems.items)
    lib = Library(
        scenarios={k: v[0] for k, v in scenarios.items()},
        rubrics={k: v[0] for k, v in rubrics.items()},
        seeds=seeds,
        sources={**{f"scenario:{k}": v[1].path for k, v in scenarios.items()}, **{f"rubric:{k}": v[1].path for k, v in rubrics.items()}},
    )
    _write_cache(fingerprint, lib)
    _trust_builtin_regexes(lib)
    return lib


def _trust_builtin_regexes(lib: Library) -> None:
    """The built-in rubrics' regex terms are vetted in mockpm's own tests (see rubric_regex)."""
    from mockpm import rubric_regex
    from mockpm.term_validation import regex_terms

    # Exactly the bundled rubrics folder: in a source checkout the bundled root is the repository,
    # and a user's library folder kept inside it is still the user's.
    builtin = (builtin_root() / "rubrics").resolve()
    for rid, rubric in lib.rubrics.items():
        path = lib.sources.get(f"rubric:{rid}")
        if path is not None and path.resolve().parent == builtin:
            rubric_regex.trust(regex_terms(rubric.criteria))


