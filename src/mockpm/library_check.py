"""`mockpm rubrics validate`: every problem in the given files or the whole library, in one run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mockpm.models import Rubric, Scenario
from mockpm import catalog
from mockpm.catalog import Problems, SeedSource, _collect, _cross_check, _read_doc, _validate

if TYPE_CHECKING:
    from mockpm.yamlio import YamlDoc


def validate_paths(paths: list[Path], user_dirs: list[Path] | None = None) -> tuple[int, list[str]]:
    """Validate files or library folders; return (files checked, every problem found).

    Single files are checked against the rest of the loaded library, so a rubric may cite
    seeds and a scenario may name rubrics that live elsewhere.
    """
    problems = Problems()
    roots = catalog.library_roots(user_dirs)
    if not paths:
        scenarios, rubrics, seeds = _collect(roots, problems)
        _cross_check(scenarios, rubrics, seeds, problems)
        _check_examples(rubrics.values(), problems)
        return len(scenarios) + len(rubrics) + 1, problems.items
    base_s, base_r, seeds = _collect(roots, Problems())
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            if (p / "scenarios").is_dir() or (p / "rubrics").is_dir():
                files += sorted((p / "scenarios").glob("*.y*ml")) + sorted((p / "rubrics").glob("*.y*ml"))
                if (p / "seeds.yaml").is_file():
                    sdoc = _read_doc(p / "seeds.yaml", problems)
                    for item in (sdoc.data.get("seeds") or []) if sdoc else []:
                        if isinstance(item, dict) and "file" in item:
                            seeds[item["file"]] = SeedSource(file=str(item["file"]), title=str(item.get("title", "")))
            else:
                files += sorted(p.glob("*.y*ml"))
        elif p.is_file():
            files.append(p)
        else:
            problems.add(p, None, "no such file or folder")
    scenarios = dict(base_s)
    rubrics = dict(base_r)
    checked_r: dict[str, tuple[Rubric, YamlDoc]] = {}
    checked_s: dict[str, tuple[Scenario, YamlDoc]] = {}
    for path in files:
        doc = _read_doc(path, problems)
        if doc is None:
            continue
        is_scenario = "question" in doc.data or path.parent.name == "scenarios"
        model = Scenario if is_scenario else Rubric
        obj = _validate(doc, model, problems)
        if obj is None:
            continue
        (checked_s if is_scenario else checked_r)[obj.id] = (obj, doc)
    # rubrics under test replace library ones with the same id, so duplicates are real ones
    rubrics.update(checked_r)
    scenarios.update(checked_s)
    sub = Problems()
    _cross_check(scenarios, rubrics, seeds, sub)
    checked_paths = {str(d.path) for _, d in (*checked_r.values(), *checked_s.values())}
    problems.items += [p for p in sub.items if p.split(":", 1)[0] in checked_paths]
    _check_examples(checked_r.values(), problems)
    return len(files), problems.items


def _check_examples(rubrics, problems: Problems) -> None:
    """Built-in criteria must say what a strong answer sounds like; user rubrics may leave it out."""
    builtin = catalog.builtin_root().resolve()
    for rubric, doc in rubrics:
        if not doc.path.resolve().is_relative_to(builtin):
            continue
        for i, crit in enumerate(rubric.criteria):
            if not crit.sounds_like:
                problems.add(doc.path, doc.line_of(("criteria", i, "id")),
                             f"built-in criterion {crit.id!r} has no sounds_like line (what a strong answer says here)")
