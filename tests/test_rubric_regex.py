"""Rubric regexes are strangers' code: vetted before use, and bounded in time when run."""

from __future__ import annotations

import time

import pytest

from minilib import CORE, STRONG, write_minilib
from mockpm import rubric_regex
from mockpm.catalog import load_library
from mockpm.grading import FLAG_REGEX_TIMEOUT, grade
from mockpm.keywords import TextIndex
from mockpm.term_validation import invalid_terms
from mockpm.models import Answer, KeywordCheck

SLOW = r"re:\bq(?:a|aa)+$"  # passes the probes (they hold no q) but backtracks on "qaaa…a!"


@pytest.mark.parametrize("term", [r"re:(a+)+$", r"re:(\w+\s?)*$", r"re:(a|aa)+$", r"nurse* ~ re:(a+)+b",
                                  r"re:(x|xx)+$", r"re:(.*?,){30}z", r"re:(x{1,30}){1,30}$", r"re:(?:z{1,12}){1,12}$"])
def test_validate_rejects_patterns_that_blow_up(term):
    bad = invalid_terms(KeywordCheck(any=[term]))
    assert len(bad) == 1 and bad[0][0] == term
    assert "exponential" in bad[0][1] or "backtracking" in bad[0][1]


@pytest.mark.parametrize("term", [r"re:\b\d+(?:\.\d+)?\s?%", r"re:(?:\w+ ){0,2}nurses?", r"re:(?>a+)+b", "chart ~ review*", SLOW,
                                  r"re:(?:\w+\W+){0,6}nurses?", r"re:\d{1,3}(?:,\d{3}){0,5}"])
def test_validate_accepts_bounded_patterns(term):
    assert invalid_terms(KeywordCheck(any=[term])) == []


def test_a_regex_that_runs_out_of_time_matches_nothing_and_is_remembered():
    index = TextIndex("q" + "a" * 60 + "!")
    started = time.perf_counter()
    assert index.spans(SLOW) == []
    assert time.perf_counter() - started < rubric_regex.TERM_TIMEOUT + 0.5
    assert index.timed_out == {SLOW}


def test_the_answer_budget_bounds_many_slow_terms():
    letters = "bcdefghijklmnopqrstuvwxyz"
    terms = [rf"re:\b{c}(?:a|aa)+$" for c in letters]
    text = " ".join(c + "a" * 60 + "!" for c in letters)
    index = TextIndex(text)
    started = time.perf_counter()
    for term in terms:
        index.spans(term)
    assert time.perf_counter() - started < rubric_regex.ANSWER_BUDGET + 1.0
    assert len(index.timed_out) >= 5


def test_timed_out_criterion_is_unscored_with_a_flag_not_failed(tmp_path):
    root = write_minilib(tmp_path / "lib")
    rubric = root / "rubrics" / "mini-core.yaml"
    rubric.write_text(CORE.replace('any: [HIPAA, FDA, SaMD, "510(k)"]', f"any: [HIPAA, '{SLOW}']"))
    lib = load_library([root], include_builtin=False)
    scenario = lib.scenario("mini-sepsis")
    answer = Answer(text=STRONG + "\n\nq" + "a" * 60 + "!", source="x.md")
    report = grade(answer, scenario, lib.rubrics_for(scenario))
    crit = next(c for c in report.criteria if c.id == "mini-core.regulatory")
    assert crit.met is None and FLAG_REGEX_TIMEOUT in crit.flags
    assert not report.complete and any(f.code == "regex_timeout" for f in report.flags)
    others = [c for c in report.criteria if c.id != "mini-core.regulatory"]
    assert all(FLAG_REGEX_TIMEOUT not in c.flags for c in others)
