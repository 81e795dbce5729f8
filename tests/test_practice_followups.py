"""Choosing follow-ups by what the answer missed, and grading the replies on what they probe."""

from __future__ import annotations

from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.practice import followups
from mockpm.practice.state import Turn


def _builtin():
    lib = load_library()
    return lib, lib.scenario("sepsis-model")


def _quick(lib, scenario, text):
    return grade(Answer(text=text), scenario, lib.rubrics_for(scenario), None, library=lib)


def test_every_builtin_scenario_names_what_its_follow_ups_probe():
    lib = load_library()
    for s in lib.scenarios.values():
        assert len(s.follow_up_probes) == len(s.follow_ups), s.id
        own = {c.id for c in lib.criteria_for(s)}
        for probes in s.follow_up_probes:
            assert probes and set(probes) <= own, (s.id, probes)
            assert any(lib.criterion_index[p].points > 0 for p in probes)


def test_biggest_gap_first_and_covered_never_asked(examples):
    lib, scenario = _builtin()
    strong = _quick(lib, scenario, (examples / "sepsis-strong.md").read_text().split("---", 2)[2])
    weak = _quick(lib, scenario, (examples / "sepsis-weak.md").read_text().split("---", 2)[2])
    for report in (strong, weak):
        chosen = followups.choose(scenario, report, 4)
        gaps = [p.gap for p in chosen]
        assert gaps == sorted(gaps, reverse=True) and all(g > 0 for g in gaps)
        covered = [q for q, ids in zip(scenario.follow_ups, scenario.follow_up_probes) if followups.gap(report, tuple(ids)) == 0]
        assert not {p.question for p in chosen} & set(covered)
    # different answers, different follow-ups: they follow what each one missed
    assert [p.question for p in followups.choose(scenario, weak, 2)] != [p.question for p in followups.choose(scenario, strong, 2)] or \
        len(followups.choose(scenario, strong, 2)) < 2


def test_without_probes_the_scenario_order_stands():
    lib, scenario = _builtin()
    bare = scenario.model_copy(update={"follow_up_probes": []})
    assert followups.choose(bare, _quick(lib, scenario, "We would launch it."), 2) is None


def test_replies_are_graded_on_the_criteria_they_probe():
    lib, scenario = _builtin()
    turns = [
        Turn(kind="question", question=scenario.question, answer="x", done=True),
        Turn(kind="followup", question=scenario.follow_ups[3], probes=scenario.follow_up_probes[3], done=True,
             answer="It may be SaMD. I would ask our regulatory lead whether FDA treats it as a 510(k) device "
                    "or non-device clinical decision support, and how the label changes that."),
        Turn(kind="followup", question=scenario.follow_ups[1], probes=scenario.follow_up_probes[1], done=True, answer=""),
    ]
    first, second = followups.grade_replies(turns, scenario, lib)
    assert [c.id for c in first.results] == scenario.follow_up_probes[3]
    assert {c.id: c.met for c in first.results}["sepsis-model.regulatory-status"] is True
    assert second.skipped and second.number == 2


def test_validate_checks_follow_up_probes(tmp_path):
    from minilib import write_minilib
    from mockpm.library_check import validate_paths

    root = write_minilib(tmp_path / "lib")
    path = root / "scenarios" / "mini-sepsis.yaml"
    text = path.read_text()
    path.write_text(text.replace("rubrics: [mini-core, mini-sepsis]",
                                 "follow_up_probes:\n  - [mini-core.regulatory]\n  - [mini-core.nope]\nrubrics: [mini-core, mini-sepsis]"))
    _, problems = validate_paths([root])
    assert len(problems) == 1 and "'mini-core.nope'" in problems[0]
    path.write_text(text.replace("rubrics: [mini-core, mini-sepsis]", "follow_up_probes:\n  - [mini-core.regulatory]\nrubrics: [mini-core, mini-sepsis]"))
    _, problems = validate_paths([root])
    assert len(problems) == 1 and "one list per follow-up" in problems[0]


def test_a_reply_that_is_itself_a_red_flag_shows_the_hit_and_earns_no_credit():
    lib, scenario = _builtin()
    probes = scenario.follow_up_probes[3]
    waved = followups.grade_reply("It is exempt as clinical decision support so no FDA review is needed.",
                                  probes, scenario, lib)
    assert {c.id: c.met for c in waved}["sepsis-model.regulatory-status"] is False  # naming FDA to wave it off
    reckless = followups.grade_reply("Honestly the FDA step can wait until phase 2; we'll launch everywhere at once.",
                                     probes, scenario, lib)
    hits = {c.id for c in reckless if c.points < 0 and c.met}
    assert {"core.brushes-off-safety", "core.big-bang-launch"} <= hits
    # the probed criteria come first, in the follow-up's order; unprobed red flags only when hit
    assert [c.id for c in reckless][: len(probes)] == probes
    assert all(c.met for c in reckless[len(probes):])
    # a red flag about what the whole answer lacks is not held against a short reply
    assert not {c.id for c in reckless} & {"core.no-numbers", "core.no-structure"}


def test_a_strength_beside_a_red_flag_on_its_axis_is_not_credited():
    lib, scenario = _builtin()
    probes = scenario.follow_up_probes[3]
    text = ("I'd ask our regulatory counsel whether FDA treats it as SaMD or non-device CDS. "
            "If it's a problem we'd keep it quiet and avoid the FDA by labelling it as wellness.")
    results = {c.id: c for c in followups.grade_reply(text, probes, scenario, lib)}
    assert results["core.evades-oversight"].met is True
    status = results["sepsis-model.regulatory-status"]
    assert status.met is False and followups.FLAG_SAME_POINT in status.flags


def test_piped_practice_asks_the_scenario_s_follow_ups_in_order_and_grades_the_replies(tmp_path, examples):
    import os
    import shutil
    import subprocess

    exe = shutil.which("mockpm")
    assert exe is not None
    lib, scenario = _builtin()
    strong = (examples / "sepsis-strong.md").read_text().split("---", 2)[2]
    text = strong + "\n%%\nWe'll launch everywhere at once and tune the threshold later.\n%%\nThe charge nurse can override it.\n"
    env = {**os.environ, "MOCKPM_HOME": str(tmp_path), "COLUMNS": "200"}
    p = subprocess.run([exe, "practice", "sepsis-model", "--offline"], input=text, capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    # the scenario's first two follow-ups, in its order, even though a strong answer covered some of it
    assert out.index(scenario.follow_ups[0]) < out.index(scenario.follow_ups[1])
    assert scenario.follow_ups[2] not in out.split("Your follow-up answers")[0]
    feedback = out.split("Your follow-up answers", 1)[1]
    first = feedback.split("Follow-up 2:", 1)[0]
    assert "✗ red flag: Turns a clinical product on for everyone at once" in first
