"""Calibration statistics against hand-computed values, and the command end to end."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, write_minilib
from typer.testing import CliRunner

from mockpm.calibration import (
    CalibrationItem, adjacent_agreement, analyse, exact_agreement, qwk, ranks, read_grades, smd, spearman, to_bin, to_scale,
)
from mockpm.cli.app import app
from mockpm.errors import UsageError
from mockpm.models import CriterionResult, GradeReport, JudgeInfo


def test_qwk_hand_computed() -> None:
    assert qwk([1, 2, 3], [1, 2, 3], 1, 3) == 1.0
    # O=[[0,.5],[.5,0]], E=[[.25,.25],[.25,.25]]: 1 - 1/0.5
    assert qwk([0, 1], [1, 0], 0, 1) == pytest.approx(-1.0)
    # sum wO = .25, sum wE = .5*.75 + .5*.25 = .5
    assert qwk([0, 0, 1, 1], [0, 1, 1, 1], 0, 1) == pytest.approx(0.5)
    # k=3, w=(i-j)^2/4: sum wO = 1/12, sum wE = 5/12
    assert qwk([0, 1, 2], [0, 2, 2], 0, 2) == pytest.approx(0.8)
    # unused scale points change the weights: same data on 0..4 -> w=(i-j)^2/16
    assert qwk([0, 1, 2], [0, 2, 2], 0, 4) == pytest.approx(0.8)
    assert qwk([2, 2], [2, 2], 1, 5) == 1.0


def test_spearman_and_ranks_hand_computed() -> None:
    assert ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4]
    assert spearman([1, 2, 3, 4], [1, 3, 2, 4]) == pytest.approx(0.8)  # 1 - 6*2/(4*15)
    assert spearman([1, 2, 2, 3], [1, 2, 3, 4]) == pytest.approx(3 / math.sqrt(10))
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def test_agreement_and_smd_hand_computed() -> None:
    assert exact_agreement([1, 2, 3, 4], [1, 2, 4, 2]) == 0.5
    assert adjacent_agreement([1, 2, 3, 4], [1, 2, 4, 2]) == 0.75
    assert smd([2, 4], [1, 3]) == pytest.approx(1 / math.sqrt(2))  # means 3 vs 2, both SD sqrt(2)
    assert smd([1, 3], [1, 3]) == 0.0


def test_scale_mapping_rounds_half_up() -> None:
    assert to_scale(75, 1, 5) == 4.0
    assert to_bin(to_scale(62.5, 1, 5), 1, 5) == 4  # 3.5 -> 4, not banker's 4/2 rounding
    assert to_bin(to_scale(37.5, 1, 5), 1, 5) == 3  # 2.5 -> 3
    assert to_bin(7.0, 1, 5) == 5


def _report(score: float, met: dict[str, bool]) -> GradeReport:
    crits = [CriterionResult(id=cid, axis="regulatory", statement=f"statement {cid}", points=-3 if cid == "flag" else 5,
                             met=m, seed="s.txt", reason="because it matters a lot") for cid, m in met.items()]
    return GradeReport(file=None, scenario="s", scenario_title="S", candidate=None, score=score, band="Hire", axes={},
                       criteria=crits, flags=[], judge=JudgeInfo(), complete=True, combine_rule="x", word_count=100,
                       graded_at=datetime.now(timezone.utc), mockpm_version="0")


def test_analyse_perfect_agreement_passes_and_finds_nothing_to_blame() -> None:
    items = [CalibrationItem(label=f"a{i}", human=h, report=_report(s, {"good": h >= 3, "flag": h < 2}))
             for i, (h, s) in enumerate([(1, 0), (2, 25), (3, 50), (4, 75), (5, 100)] * 2)]
    rep = analyse(items, scale_min=1, scale_max=5)
    assert rep.qwk == 1.0 and rep.exact == 1.0 and rep.spearman == 1.0 and rep.smd == 0.0
    assert rep.passed and all(c.passed for c in rep.checks)
    assert rep.gaps == []
    assert {a.id: a.correlation for a in rep.criteria}["good"] > 0.8
    assert {a.id: a.correlation for a in rep.criteria}["flag"] > 0.5  # red flag hit on low grades: agrees


def test_analyse_flags_a_criterion_that_goes_against_the_humans() -> None:
    # mockpm rewards "noise" on exactly the answers humans graded low
    grid = [(1, 80, True), (2, 70, True), (4, 20, False), (5, 10, False)]
    items = [CalibrationItem(label=f"a{i}", human=h, human2=h, report=_report(s, {"noise": n, "good": h > 3}))
             for i, (h, s, n) in enumerate(grid)]
    rep = analyse(items, scale_min=1, scale_max=5)
    assert rep.criteria[0].id == "noise" and rep.criteria[0].correlation < -0.9
    assert not rep.passed
    names = {c.name: c for c in rep.checks}
    assert not names["QWK mockpm vs human"].passed
    assert rep.qwk_human_human == 1.0 and not names["QWK drop from human-human"].passed
    assert rep.gaps[0].direction in ("mockpm higher", "mockpm lower") and rep.gaps[0].criteria


def test_analyse_two_humans_within_tolerance() -> None:
    # humans disagree by one point on two answers; mockpm sits with human1
    rows = [(1, 2, 0), (2, 2, 25), (3, 4, 50), (4, 4, 75), (5, 5, 100), (3, 3, 50)]
    items = [CalibrationItem(label=str(i), human=h1, human2=h2, report=_report(s, {"good": True}))
             for i, (h1, h2, s) in enumerate(rows)]
    rep = analyse(items, scale_min=1, scale_max=5)
    qhh = qwk([1, 2, 3, 4, 5, 3], [2, 2, 4, 4, 5, 3], 1, 5)
    assert rep.qwk_human_human == pytest.approx(round(qhh, 3))
    assert rep.qwk_vs_human == 1.0
    assert rep.qwk == pytest.approx(round((1.0 + qhh) / 2, 3))
    assert {c.name: c.passed for c in rep.checks}["QWK drop from human-human"]


def test_auto_scale_and_errors() -> None:
    items = [CalibrationItem(label="a", human=2, report=_report(0, {})), CalibrationItem(label="b", human=4, report=_report(100, {}))]
    rep = analyse(items)
    assert (rep.scale_min, rep.scale_max, rep.scale_source) == (2, 4, "auto")
    with pytest.raises(UsageError, match="at least 2"):
        analyse(items[:1])
    with pytest.raises(UsageError, match="outside the scale"):
        analyse(items, scale_min=3, scale_max=5)


def test_read_grades_skips_bad_rows_by_line(tmp_path: Path) -> None:
    p = tmp_path / "g.csv"
    p.write_text("file,human,human2\na.md,4,5\nb.md,four,\n,3,\nc.md,2,\n")
    rows, skipped = read_grades(p)
    assert [(r.file.name, r.human, r.human2) for r in rows] == [("a.md", 4, 5), ("c.md", 2, None)]
    assert skipped[0].startswith(f"{p}:3") and "not a number" in skipped[0]
    assert skipped[1].startswith(f"{p}:4")


def test_read_grades_refuses_duplicate_columns_and_unclosed_quotes_by_line(tmp_path: Path) -> None:
    from mockpm.errors import AnswerError

    p = tmp_path / "g.csv"
    p.write_text("file,human,human\na.md,4,5\n")
    with pytest.raises(UsageError, match=r"g\.csv:1: duplicate column 'human'"):
        read_grades(p)
    p.write_text('file,human\na.md,4\n"b.md,3\nc.md,2\nd.md,5\n')
    with pytest.raises(AnswerError, match=r"g\.csv:3: a quoted cell starting in this row is not closed"):
        read_grades(p)


def test_calibrate_command_on_answer_files(tmp_path: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    d = tmp_path / "grades"
    d.mkdir()
    answer_file(d / "strong.md", STRONG, candidate="S")
    answer_file(d / "weak.md", WEAK, candidate="W")
    answer_file(d / "strong2.md", STRONG + " Also: we log every override.", candidate="S2")
    (d / "grades.csv").write_text("file,human,human2\nstrong.md,5,5\nweak.md,1,1\nstrong2.md,5,4\nmissing.md,3,3\n")
    runner = CliRunner()
    res = runner.invoke(app, ["calibrate", str(d / "grades.csv"), "--scale-min", "1", "--scale-max", "5", "--offline",
                              "--library", str(lib), "--json"])
    assert res.exit_code in (0, 1), res.output
    doc = json.loads(res.stdout)
    assert doc["n"] == 3 and doc["scale_min"] == 1 and doc["qwk_human_human"] is not None
    assert any("missing.md" in s for s in doc["skipped"])
    assert doc["spearman"] > 0.5
    text = runner.invoke(app, ["calibrate", str(d / "grades.csv"), "--scale-min", "1", "--scale-max", "5", "--offline",
                               "--library", str(lib)])
    assert "PASS" in text.stdout or "FAIL" in text.stdout
    assert "QWK mockpm vs human" in text.stdout and "RESULT:" in text.stdout
    assert text.exit_code == (0 if "RESULT: PASS" in text.stdout else 1)


@pytest.mark.parametrize("pairs", [[(1, 0), (5, 100)], [(5, 100)] * 12])
def test_too_few_or_unvarying_human_grades_cannot_pass(pairs) -> None:
    items = [CalibrationItem(label=f"a{i}", human=h, report=_report(s, {"good": True})) for i, (h, s) in enumerate(pairs)]
    rep = analyse(items, scale_min=1, scale_max=5)
    assert not rep.passed
    assert not next(c for c in rep.checks if c.name.startswith("rows")).passed
