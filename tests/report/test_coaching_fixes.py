"""Fixes that fit the question: scenario criteria before shared ones, gists that read whole,
avoided red flags in plain words, example lines true for any question."""

from __future__ import annotations

import re
import shutil
import subprocess

from mockpm.catalog import load_library
from mockpm.models import CriterionResult, GradeReport
from mockpm.report.coaching import avoided_summary, drop_parentheticals, headline
from mockpm.report.feedback import fixes_first, is_core

ID = re.compile(r"\b[a-z]+(?:-[a-z]+)+\.[a-z]+(?:-[a-z]+)*\b|\bcore\.[a-z-]+")


def _crit(cid: str, points: int, met: bool | None, statement: str = "Does a thing that matters here.") -> CriterionResult:
    return CriterionResult(id=cid, axis="regulatory", statement=statement, points=points, met=met,
                           seed="000_x.txt", reason="Because it matters.")


def _report(*crits: CriterionResult) -> GradeReport:
    lib = load_library()
    base = GradeReport.model_validate_json(_blank_report_json(lib))
    return base.model_copy(update={"criteria": list(crits)})


def _blank_report_json(lib) -> str:  # noqa: ANN001
    from mockpm.grading import grade
    from mockpm.models import Answer

    sc = lib.scenario("sepsis-model")
    return grade(Answer(text="x"), sc, lib.rubrics_for(sc), None, library=lib).model_dump_json()


def test_scenario_criteria_win_ties_and_at_most_one_core_miss():
    r = _report(_crit("core.regulatory-reality", 5, False), _crit("core.clinical-workflow", 5, False),
                _crit("core.metrics-baselines", 4, False), _crit("sepsis-model.a", 5, False),
                _crit("sepsis-model.b", 3, False))
    ids = [c.id for c in fixes_first(r)]
    assert ids[0] == "sepsis-model.a"  # a tie goes to the question's own criterion
    assert sum(1 for i in ids if i.startswith("core.")) == 1
    assert ids == ["sepsis-model.a", "core.regulatory-reality", "sepsis-model.b"]


def test_core_misses_fill_in_when_nothing_else_is_left_and_red_flags_are_never_held_back():
    r = _report(_crit("core.regulatory-reality", 5, False), _crit("core.clinical-workflow", 4, False),
                _crit("core.brushes-off-safety", -8, True))
    ids = [c.id for c in fixes_first(r)]
    assert ids == ["core.brushes-off-safety", "core.regulatory-reality", "core.clinical-workflow"]


def test_nested_parentheses_are_dropped_whole():
    text = "Determines the FDA status of the tool (510(k) or De Novo) and how it shapes the plan."
    assert drop_parentheticals(text) == "Determines the FDA status of the tool and how it shapes the plan."
    assert drop_parentheticals("Names owners (CNO, CMIO (informatics), pharmacy), then acts") == "Names owners, then acts"
    assert drop_parentheticals("Starts an aside (never closed") == "Starts an aside"
    c = _crit("x.y", 5, False, statement=text)
    assert headline(c) == "Determines the FDA status of the tool and how it shapes the plan"
    assert "(" not in headline(c) and ")" not in headline(c)


def test_every_builtin_headline_has_balanced_text():
    lib = load_library()
    for r in lib.rubrics.values():
        for c in r.criteria:
            h = headline(_crit(c.id, c.points, False, statement=c.statement))
            assert "(" not in h and ")" not in h, (c.id, h)


def test_avoided_red_flags_read_as_plain_statements_not_ids():
    avoided = [_crit("core.auc-only", -5, False, "Red flag: describes model quality only with AUC."),
               _crit("sepsis-model.no-rollback", -4, False, "Red flag: no way to switch it off."),
               _crit("core.no-numbers", -3, False, "Red flag: not a single number.")]
    line = avoided_summary(avoided)
    assert line.startswith("avoided 3 red flags, e.g. no way to switch it off")
    assert not ID.search(line) and "no numbers" not in line


def test_core_examples_name_no_scenario_facts():
    lib = load_library()
    core = lib.rubrics["core"]
    specific = re.compile(r"HIPAA|FDA|PHI|BAA|sepsis|nurse at the bedside|at my last company|\d+ ?%|\d+ minutes|CMIO", re.I)
    bad = [c.id for c in core.criteria if specific.search(c.sounds_like or "")]
    assert bad == []
    assert all(re.search(r"\b(I|I'd|I'll|we|we'd|let me)\b", c.sounds_like or "", re.I)
               for c in core.criteria)


def test_reasons_stand_alone():
    lib = load_library()
    story = re.compile(r"winning|rejected|the article|the story|hiring story|who won|the candidate who|"
                       r"was passed over|was turned down|top candidate|A candidate was", re.I)
    leaks = [c.id for r in lib.rubrics.values() for c in r.criteria if story.search(c.reason)]
    assert leaks == []


def test_installed_report_leads_with_the_question_s_own_fixes(tmp_path):
    exe = shutil.which("mockpm")
    assert exe is not None
    f = tmp_path / "a.md"
    f.write_text("---\nscenario: career-transition-pitch\n---\nI like products and I want to work in health.\n")
    p = subprocess.run([exe, "grade", str(f), "--offline", "--no-pager"], capture_output=True, text=True)
    fixes = p.stdout.split("Fix these first", 1)[1].split("\n\n", 1)[0]
    assert "HIPAA" not in fixes and "at my last company" not in fixes.lower()
    lib = load_library()
    own = {c.sounds_like.split()[0] for c in lib.rubrics["career-transition-pitch"].criteria}
    assert fixes.count("a strong answer:") >= 2
    report_fix_ids = [c.id for c in fixes_first(_grade_text(lib, f.read_text()))]
    assert sum(1 for i in report_fix_ids if i.startswith("core.")) <= 1 and own
    tail = p.stdout.split("Criteria", 1)[1]
    assert "avoided" in tail and not re.search(r"avoided \d+ red flags?[:,][^\n]*\b(?:core\.|[a-z]+-[a-z]+ [a-z]+ [a-z]+,)", tail)


def _grade_text(lib, text: str):  # noqa: ANN001, ANN202
    from mockpm.answers import parse_answer
    from mockpm.grading import grade

    ans = parse_answer(text, source="a.md")
    sc = lib.scenario(ans.scenario_id)
    return grade(ans, sc, lib.rubrics_for(sc), None, library=lib)


def test_is_core_by_id():
    assert is_core(_crit("core.x", 1, False)) and not is_core(_crit("sepsis-model.x", 1, False))
