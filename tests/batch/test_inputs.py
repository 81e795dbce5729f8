from __future__ import annotations

import csv
import json
from pathlib import Path

from minilib import STRONG, WEAK, answer_file

from mockpm.batch.inputs import expand_inputs


def test_folder_recurses_md_and_txt_and_skips_other_files(lib, tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    answer_file(root / "a.md", STRONG, candidate="A")
    answer_file(root / "sub" / "b.txt", WEAK, candidate="B")
    (root / "notes.pdf").write_bytes(b"%PDF")
    (root / ".hidden").mkdir()
    answer_file(root / ".hidden" / "c.md", WEAK)
    ex = expand_inputs([str(root)], lib)
    assert [i.answer.candidate for i in ex.items] == ["A", "B"]
    assert ex.problems == []
    assert all(i.scenario_id == "mini-sepsis" for i in ex.items)


def test_glob_and_duplicates_are_graded_once(lib, tmp_path: Path) -> None:
    answer_file(tmp_path / "a.md", STRONG, candidate="A")
    answer_file(tmp_path / "b.md", WEAK, candidate="B")
    ex = expand_inputs([str(tmp_path / "*.md"), str(tmp_path / "a.md")], lib)
    assert [i.answer.candidate for i in ex.items] == ["A", "B"]
    assert expand_inputs([str(tmp_path / "*.nothing")], lib).problems[0].message.endswith("no files match this pattern")


def test_file_without_scenario_is_a_named_problem_unless_overridden(lib, tmp_path: Path) -> None:
    f = answer_file(tmp_path / "x.md", STRONG, scenario=None)
    ex = expand_inputs([str(f)], lib)
    assert ex.items == [] and len(ex.problems) == 1
    assert ex.problems[0].message.startswith(str(f)) and "--scenario" in ex.problems[0].message
    assert len(expand_inputs([str(f)], lib, scenario_override="mini-sepsis").items) == 1


def test_csv_bad_rows_are_named_by_line_and_skipped(lib, tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "candidate", "scenario", "answer"])
        w.writerow(["r1", "Ann", "mini-sepsis", STRONG])
        w.writerow(["r2", "Ben", "no-such-scenario", WEAK])       # line 3
        w.writerow(["r3", "Cat", "mini-sepsis", "line one\nline two, with comma"])  # lines 4-5, too short but valid
        w.writerow(["r4", "Dee", "mini-sepsis", ""])               # line 6
        fh.write("r5,Eve,mini-sepsis\n")                           # line 7: missing cell
    ex = expand_inputs([str(path)], lib)
    assert [(i.item_id, i.source) for i in ex.items] == [("r1", f"{path}:2"), ("r3", f"{path}:4")]
    msgs = {p.source: p.message for p in ex.problems}
    assert set(msgs) == {f"{path}:3", f"{path}:6", f"{path}:7"}
    assert "unknown scenario 'no-such-scenario'" in msgs[f"{path}:3"]
    assert "empty" in msgs[f"{path}:6"]
    assert "cells" in msgs[f"{path}:7"]


def test_csv_without_answer_column_is_one_problem(lib, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("candidate,text\nA,hello\n")
    ex = expand_inputs([str(path)], lib)
    assert ex.items == [] and "no `answer` column" in ex.problems[0].message


def test_jsonl_rows(lib, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"candidate": "Ann", "scenario": "mini-sepsis", "answer": STRONG}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"candidate": "Ben", "answer": WEAK}),  # no scenario
        json.dumps({"id": 7, "Candidate": "Cat", "scenario": "mini-sepsis", "answer": WEAK}),
    ]
    path.write_text("\n".join(lines) + "\n")
    ex = expand_inputs([str(path)], lib)
    assert [(i.answer.candidate, i.item_id) for i in ex.items] == [("Ann", None), ("Cat", "7")]
    assert [p.source for p in ex.problems] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in ex.problems[0].message


def test_keys_are_stable_and_change_with_the_answer(lib, tmp_path: Path) -> None:
    f = answer_file(tmp_path / "a.md", STRONG, candidate="A")
    k1 = expand_inputs([str(f)], lib).items[0].key
    assert expand_inputs([str(f)], lib).items[0].key == k1
    answer_file(f, STRONG + " One more sentence.", candidate="A")
    assert expand_inputs([str(f)], lib).items[0].key != k1


def test_missing_path_is_a_problem(lib, tmp_path: Path) -> None:
    ex = expand_inputs([str(tmp_path / "nope.md")], lib)
    assert ex.problems[0].message.endswith("no such file or folder")


def test_jsonl_values_must_be_text(tmp_path, lib):
    import json as _json

    from mockpm.batch.inputs import expand_inputs

    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(_json.dumps(r) for r in [
        {"candidate": "Ann", "scenario": "mini-sepsis", "answer": 123},
        {"candidate": ["x"], "scenario": "mini-sepsis", "answer": "An answer."},
    ]) + "\n", encoding="utf-8")
    got = expand_inputs([str(p)], lib)
    assert got.items == [] and len(got.problems) == 2
    assert all("must be text" in pr.message for pr in got.problems)


def _csv_problems(lib, path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    return [p.message for p in expand_inputs([str(path)], lib).problems]


def test_csv_duplicate_and_unnamed_columns_are_errors_naming_line_1(lib, tmp_path: Path) -> None:
    f = tmp_path / "c.csv"
    msgs = _csv_problems(lib, f, f'candidate,scenario,answer,answer\nA,mini-sepsis,"{STRONG}",other\n')
    assert msgs == [f"{f}:1: duplicate column 'answer' in the header; keep one of each"]
    msgs = _csv_problems(lib, f, f'candidate,,scenario,answer\nA,x,mini-sepsis,"{STRONG}"\n')
    assert len(msgs) == 1 and msgs[0].startswith(f"{f}:1: column 2 of the header has no name")


def test_csv_unterminated_quote_is_an_error_not_a_swallowed_cohort(lib, tmp_path: Path) -> None:
    f = tmp_path / "c.csv"
    rows = [f'A,mini-sepsis,"{STRONG}"', 'B,mini-sepsis,"never closed', f"C,mini-sepsis,{WEAK}", f"D,mini-sepsis,{WEAK}"]
    f.write_text("candidate,scenario,answer\n" + "\n".join(r.replace("\n", " ") for r in rows) + "\n", encoding="utf-8")
    ex = expand_inputs([str(f)], lib)
    assert [i.answer.candidate for i in ex.items] == ["A"]  # B did not silently eat C and D
    msg = ex.problems[0].message
    assert msg.startswith(f"{f}:3: a quoted cell starting in this row is not closed") and "line 4 inside it" in msg
    # C and D are read as rows of their own (their unquoted commas are their own problem)
    assert [p.message.split(": ", 1)[0] for p in ex.problems[1:]] == [f"{f}:4", f"{f}:5"]


def test_jsonl_duplicate_keys_and_deep_nesting_are_row_errors(lib, tmp_path: Path) -> None:
    f = tmp_path / "rows.jsonl"
    good = json.dumps({"candidate": "A", "scenario": "mini-sepsis", "answer": STRONG})
    dup = '{"candidate": "B", "scenario": "mini-sepsis", "answer": "x", "answer": "y"}'
    deep = '{"answer": ' + "[" * 100_000 + "]" * 100_000 + "}"
    f.write_text("\n".join([good, dup, deep]) + "\n", encoding="utf-8")
    ex = expand_inputs([str(f)], lib)
    assert [i.answer.candidate for i in ex.items] == ["A"]
    msgs = [p.message for p in ex.problems]
    assert msgs[0] == f"{f}:2: duplicate key 'answer'; keep one"
    assert msgs[1].startswith(f"{f}:3: invalid JSON (nested too deeply)")
