from pathlib import Path

import pytest

from minilib import CORE, write_minilib
from mockpm.catalog import builtin_root, load_library
from mockpm.library_check import validate_paths
from mockpm.errors import ExitCode, LibraryError, UnknownScenarioError


def test_builtin_library_loads():
    lib = load_library()
    assert len(lib.scenarios) >= 12
    for s in lib.scenarios.values():
        assert lib.rubrics_for(s)[0].id == "core"


def test_user_library_adds_and_overrides(tmp_path):
    root = write_minilib(tmp_path / "lib")
    lib = load_library([root])
    assert "mini-sepsis" in lib.scenarios
    # a user file with a built-in id replaces the built-in one
    core = (Path(builtin_root()) / "rubrics" / "core.yaml").read_text()
    (root / "rubrics" / "core.yaml").write_text(core.replace("title:", "title: Custom", 1).replace("title: Custom ", "title: Custom ", 1))
    lib2 = load_library([root])
    assert lib2.rubrics["core"].title.startswith("Custom")
    assert lib2.sources["rubric:core"] == root / "rubrics" / "core.yaml"


def test_library_env_var(tmp_path, monkeypatch):
    root = write_minilib(tmp_path / "lib")
    monkeypatch.setenv("MOCKPM_LIBRARY", str(root))
    assert "mini-sepsis" in load_library(include_builtin=False).scenarios


def test_missing_library_folder(tmp_path):
    with pytest.raises(LibraryError, match="library folder not found"):
        load_library([tmp_path / "nope"])


def test_unknown_scenario_suggests_close_ids():
    with pytest.raises(UnknownScenarioError) as exc:
        load_library().scenario("sepsis-modle")
    assert "sepsis-model" in str(exc.value)
    assert exc.value.exit_code == ExitCode.USAGE


def _problems(tmp_path, rubric_text: str) -> list[str]:
    root = write_minilib(tmp_path / "lib")
    bad = root / "rubrics" / "mini-core.yaml"
    bad.write_text(rubric_text)
    _, problems = validate_paths([bad], [root])
    return problems


def test_unknown_key_reports_file_line_and_suggestion(tmp_path):
    problems = _problems(tmp_path, CORE.replace("    statement:", "    statment:", 1))
    joined = "\n".join(problems)
    assert "mini-core.yaml:" in joined
    assert "unknown key 'statment'; did you mean 'statement'?" in joined
    line = next(p for p in problems if "statment" in p).split(":")[1]
    assert int(line) == CORE.splitlines().index("    statement: Names the regulatory constraints that apply.") + 1


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    text = CORE.replace("axis: regulatory", "axis: regulation").replace("points: -4", "points: 0")
    text = text.replace("seed: 000_94df4dbab0b20ccd.txt", "seed: 999_missing.txt", 1)
    problems = _problems(tmp_path, text)
    joined = "\n".join(problems)
    assert "unknown axis 'regulation'" in joined
    assert "points must be non-zero" in joined
    assert len(problems) >= 2


def test_unknown_seed_and_duplicates(tmp_path):
    text = CORE.replace("seed: 000_94df4dbab0b20ccd.txt", "seed: 999_missing.txt", 1)
    text = text.replace("id: mini-core.retention-framing", "id: mini-core.regulatory")
    joined = "\n".join(_problems(tmp_path, text))
    assert "unknown seed file '999_missing.txt'" in joined
    assert "duplicate criterion id 'mini-core.regulatory'" in joined


def test_no_positive_points(tmp_path):
    text = CORE.replace("points: 5", "points: -5")
    assert any("no criterion with positive points" in p for p in _problems(tmp_path, text))


def test_yaml_syntax_error_has_line(tmp_path):
    problems = _problems(tmp_path, "id: x\ncriteria:\n  - id: [unclosed\n")
    assert problems and ":3:" in problems[0] or ":4:" in problems[0]


def test_duplicate_yaml_key(tmp_path):
    problems = _problems(tmp_path, CORE.replace("title: Mini core", "title: Mini core\ntitle: Again"))
    assert any("duplicate key 'title'" in p for p in problems)


def test_bad_regex_is_reported(tmp_path):
    text = CORE.replace('any: [HIPAA, FDA, SaMD, "510(k)"]', 'any: ["re:(unclosed"]')
    assert any("bad regex" in p for p in _problems(tmp_path, text))


def test_load_library_error_is_one_line_with_count(tmp_path):
    root = write_minilib(tmp_path / "lib")
    (root / "rubrics" / "mini-core.yaml").write_text(CORE.replace("axis: regulatory", "axis: nope").replace("points: -4", "points: 0"))
    with pytest.raises(LibraryError) as exc:
        load_library([root], include_builtin=False)
    assert "more; run `mockpm rubrics validate`" in str(exc.value)
    assert exc.value.exit_code == ExitCode.LIBRARY


def test_scenario_referencing_unknown_rubric(tmp_path):
    root = write_minilib(tmp_path / "lib")
    s = root / "scenarios" / "mini-sepsis.yaml"
    s.write_text(s.read_text().replace("rubrics: [mini-core, mini-sepsis]", "rubrics: [mini-core, nope]"))
    _, problems = validate_paths([s], [root])
    assert any("unknown rubric 'nope'" in p for p in problems)


def test_library_cache_is_used_and_invalidated(tmp_path, isolated_home):
    import os
    import time

    root = write_minilib(tmp_path / "lib")
    first = load_library([root], include_builtin=False)
    cache_files = list((isolated_home / "data" / "cache").glob("library-*.json"))
    assert len(cache_files) == 1
    assert load_library([root], include_builtin=False).scenarios == first.scenarios
    # an edit (new size and mtime) must be seen at once
    s = root / "scenarios" / "mini-sepsis.yaml"
    s.write_text(s.read_text().replace("title: Mini sepsis launch bar", "title: Edited title here"))
    later = time.time() + 5
    os.utime(s, (later, later))
    assert load_library([root], include_builtin=False).scenario("mini-sepsis").title == "Edited title here"
    # a broken edit is reported, not hidden by the cache
    s.write_text("id: [broken\n")
    with pytest.raises(LibraryError):
        load_library([root], include_builtin=False)


def test_not_applicable_criteria_are_left_out(tmp_path):
    root = write_minilib(tmp_path / "lib")
    s = root / "scenarios" / "mini-sepsis.yaml"
    s.write_text(s.read_text() + "not_applicable: [mini-core.regulatory]\n")
    lib = load_library([root], include_builtin=False)
    ids = {c.id for r in lib.rubrics_for(lib.scenario("mini-sepsis")) for c in r.criteria}
    assert "mini-core.regulatory" not in ids and "mini-sepsis.sensitivity" in ids
    s.write_text(s.read_text().replace("[mini-core.regulatory]", "[mini-core.nope]"))
    _, problems = validate_paths([s], [root])
    assert any("not_applicable names 'mini-core.nope'" in p for p in problems)


def test_yaml_aliases_are_refused_with_a_line(tmp_path):
    text = CORE.replace("title: Mini core", "title: &t Mini core\nnote_title: *t")
    problems = _problems(tmp_path, text)
    assert any("aliases" in p and "mini-core.yaml:2:" in p for p in problems), problems


def test_oversized_library_file_is_refused(tmp_path):
    from mockpm.catalog import MAX_FILE_BYTES

    problems = _problems(tmp_path, CORE + "#" * MAX_FILE_BYTES)
    assert any("over the" in p and "limit" in p for p in problems), problems


def test_a_user_library_kept_inside_the_bundled_root_is_still_the_users(tmp_path, monkeypatch):
    """Only the bundled rubrics folder is vetted: a user's regex runs on the time-budgeted engine
    even when their library folder sits inside a source checkout."""
    from mockpm import catalog, rubric_regex

    checkout = tmp_path / "checkout"
    user = write_minilib(checkout / "mylib")
    write_minilib(checkout)  # the "bundled" library: rubrics/ directly under the root
    rubric = user / "rubrics" / "mini-core.yaml"
    text = rubric.read_text()
    assert "any: [HIPAA," in text
    rubric.write_text(text.replace("any: [HIPAA,", "any: ['re:\\bzzuser(?:x|xx)+$', HIPAA,", 1))
    monkeypatch.setattr(catalog, "builtin_root", lambda: checkout)
    lib = catalog.load_library([user])
    assert lib.sources["rubric:mini-core"] == user / "rubrics" / "mini-core.yaml"
    assert r"re:\bzzuser(?:x|xx)+$" in lib.rubrics["mini-core"].criteria[0].check.any
    assert not rubric_regex.is_trusted(r"re:\bzzuser(?:x|xx)+$")
