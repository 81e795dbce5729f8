"""Labelled sample answers: the built-in set's shape and the loader's errors."""

from __future__ import annotations

from collections import Counter
from textwrap import dedent

import pytest

from mockpm.catalog import load_library
from mockpm.errors import LibraryError
from mockpm.samples import ADVERSARIAL_KINDS, KINDS, load_samples


@pytest.fixture(scope="module")
def builtin():
    lib = load_library()
    return lib, load_samples(known_scenarios=set(lib.scenarios))


def test_every_scenario_has_at_least_eight_labelled_answers_of_every_kind(builtin):
    lib, samples = builtin
    per = Counter(s.scenario for s in samples.samples)
    assert set(per) == set(lib.scenarios)
    assert min(per.values()) >= 8
    for sid in lib.scenarios:
        kinds = {s.kind for s in samples.for_scenario(sid)}
        assert set(ADVERSARIAL_KINDS) <= kinds and {"strong", "short-sharp", "long-generic", "weak"} <= kinds, sid


def test_at_least_half_are_held_out(builtin):
    _, samples = builtin
    held = sum(1 for s in samples.samples if s.split == "heldout")
    assert held * 2 >= len(samples.samples) - 2  # the two answers that showed vocabulary counting are dev
    for sid in {s.scenario for s in samples.samples}:
        assert any(s.split == "heldout" for s in samples.for_scenario(sid))


def test_labels_and_kinds_are_valid(builtin):
    _, samples = builtin
    assert all(1 <= s.label <= 5 and s.kind in KINDS and s.why for s in samples.samples)


def write(tmp_path, body: str):
    (tmp_path / "samples").mkdir(exist_ok=True)
    (tmp_path / "samples" / "x.yaml").write_text(dedent(body))
    return tmp_path


def test_loader_reports_file_and_line(tmp_path):
    root = write(tmp_path, """\
        scenario: sepsis-model
        answers:
          - id: a.one
            kind: strong
            label: 7
            why: too high a label
            text: hi
        """)
    with pytest.raises(LibraryError) as err:
        load_samples([root], include_builtin=False, known_scenarios={"sepsis-model"})
    assert "x.yaml:5" in str(err.value) and "label" in str(err.value)


def test_unknown_kind_scenario_and_duplicate_ids_are_errors(tmp_path):
    root = write(tmp_path, """\
        scenario: no-such-scenario
        answers:
          - {id: a.one, kind: strong, label: 5, why: fine answer, text: hi}
        """)
    with pytest.raises(LibraryError, match="unknown scenario"):
        load_samples([root], include_builtin=False, known_scenarios={"sepsis-model"})
    root = write(tmp_path, """\
        scenario: sepsis-model
        answers:
          - {id: a.one, kind: stronk, label: 5, why: fine answer, text: hi}
          - {id: a.one, kind: strong, label: 5, why: fine answer, text: hi}
        """)
    with pytest.raises(LibraryError) as err:
        load_samples([root], include_builtin=False, known_scenarios={"sepsis-model"})
    assert "kind" in "\n".join(err.value.problems)
    assert "attack: true" in "\n".join(err.value.problems)  # says how to use a kind of one's own


def test_a_kind_of_ones_own_counts_as_it_declares(tmp_path):
    root = write(tmp_path, """\
        scenario: sepsis-model
        answers:
          - {id: a.one, kind: vendor-says-so, attack: true, label: 1, why: leans on the vendor, text: hi}
          - {id: a.two, kind: novice, attack: false, label: 2, why: honest but thin, text: hi}
          - {id: a.three, kind: long-generic, label: 2, why: fits any question, text: hi}
          - {id: a.four, kind: weak, attack: true, label: 1, why: recounted as an attack, text: hi}
        """)
    roles = {s.id: s.role for s in load_samples([root], include_builtin=False).samples}
    assert roles == {"a.one": "attack", "a.two": "genuine", "a.three": "other", "a.four": "attack"}
