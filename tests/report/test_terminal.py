"""The verdict-first terminal and Markdown reports, from real grades of the shipped examples."""

from __future__ import annotations

import io
import re

from rich.console import Console

from mockpm.catalog import load_library
from mockpm.grade_files import grade_loaded, load_answers
from mockpm.report import markdown, terminal
from mockpm.report.coaching import from_library
from mockpm.report.feedback import fixes_first

HASH_SOURCE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def _grade(path):
    lib = load_library()
    return grade_loaded(load_answers([path], lib), lib)[0], lib


def _text(report, lib, **kw) -> str:
    buf = io.StringIO()
    terminal.render(report, Console(file=buf, width=80, no_color=True), coaching=from_library(lib), **kw)
    return buf.getvalue()


def test_verdict_and_fixes_come_before_the_criteria(examples):
    report, lib = _grade(examples / "sepsis-weak.md")
    out = _text(report, lib)
    lines = out.splitlines()
    assert lines[0].startswith("0/100  Strong No Hire") and f"{report.raw_points:+d} of {report.possible_points} points" in lines[0]
    fixes = fixes_first(report)
    assert 2 <= len(fixes) <= 3
    fix_at = out.index("Fix these first")
    assert fix_at < out.index("Criteria")
    # the fixes are the costliest changes, each with what to say there
    assert [abs(c.points) for c in fixes] == sorted((abs(c.points) for c in fixes), reverse=True)
    first_screen = "\n".join(lines[:24])
    assert "say instead:" in first_screen or "a strong answer:" in first_screen
    assert "1." in first_screen and "2." in first_screen


def test_no_doubled_red_flag_label_and_avoided_flags_fold_into_one_line(examples):
    report, lib = _grade(examples / "adherence-strong.md")
    out = _text(report, lib)
    assert "Red flag:" not in out and "[red flag]" not in out
    avoided = [c for c in report.criteria if c.points < 0 and c.met is False]
    assert len(avoided) > 3
    assert len([ln for ln in out.splitlines() if ln.lstrip().startswith("✓ avoided")]) == 1
    assert f"avoided {len(avoided)} red flags" in out


def test_wrapped_lines_keep_their_indent(examples):
    report, lib = _grade(examples / "sepsis-weak.md")
    lines = _text(report, lib).splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("1. "))
    follow = lines[start + 1]
    assert follow.startswith("   ") and follow.strip(), lines[start:start + 3]
    crit = next(i for i, ln in enumerate(lines) if ln.startswith("✗ "))
    assert lines[crit + 1].startswith("  ") and lines[crit + 1].strip()


def test_sources_are_article_titles_not_file_names(examples):
    report, lib = _grade(examples / "sepsis-weak.md")
    out = _text(report, lib) + markdown.render(report, coaching=from_library(lib))
    assert "source: " in out and not HASH_SOURCE.search(out)
    title = lib.seeds[next(c.seed for c in report.criteria if c.met is False and c.points > 0)].title
    assert title.split(":")[0] in out


def test_unscored_report_never_shows_zero(examples):
    report, lib = _grade(examples / "sepsis-weak.md")
    outage = report.model_copy(update={"score": None, "band": "Unscored", "complete": False,
                                        "criteria": [c.model_copy(update={"met": None}) for c in report.criteria]})
    out = _text(outage, lib)
    assert out.splitlines()[0].startswith("unscored") and "0/100" not in out
    assert "Fix these first" not in out  # an unscored criterion is no verdict, so no fix is offered
    md = markdown.render(outage, coaching=from_library(lib))
    assert "**Score:** unscored" in md


def test_brief_stops_after_the_fixes(examples):
    report, lib = _grade(examples / "sepsis-weak.md")
    out = _text(report, lib, brief=True)
    assert "Fix these first" in out and "Criteria" not in out and "why it matters" not in out
    md = markdown.render(report, coaching=from_library(lib), brief=True)
    assert "## Fix these first" in md and "| Result |" not in md


def test_two_weak_attempts_differ_in_raw_points(examples):
    weak, lib = _grade(examples / "sepsis-weak.md")
    salad, _ = _grade(examples / "sepsis-keyword-salad.md")
    assert weak.score == salad.score == 0
    a, b = _text(weak, lib).splitlines()[0], _text(salad, lib).splitlines()[0]
    assert weak.raw_points != salad.raw_points and a != b
