import pytest

from mockpm.answers import MAX_BYTES, parse_answer, read_answer, transcript_answers
from mockpm.errors import AnswerError, ExitCode


def test_front_matter_and_body(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\nscenario: sepsis-model\ncandidate: Ana Ruiz\n---\nMy answer.\n")
    a = read_answer(p)
    assert (a.scenario_id, a.candidate, a.text, a.source) == ("sepsis-model", "Ana Ruiz", "My answer.", str(p))


def test_no_front_matter(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Just text.")
    assert read_answer(p).scenario_id is None


def test_bom_is_accepted():
    assert parse_answer("\ufeffhello".encode(), source="x").text == "hello"


@pytest.mark.parametrize(
    "setup,needle",
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "e.md", b"---\nscenario: x\n---\n   \n"), "empty"),
        (lambda d: _write(d / "e2.md", b""), "empty"),
        (lambda d: _write(d / "b.bin", b"\x89PNG\x00\x00"), "binary"),
        (lambda d: _write(d / "l.md", "caf\xe9".encode("latin-1")), "not valid UTF-8"),
        (lambda d: _write(d / "big.md", b"a" * (MAX_BYTES + 1)), "1 MB"),
        (lambda d: _write(d / "fm.md", b"---\nscenario: [unclosed\n---\nbody"), "malformed front matter"),
        (lambda d: _write(d / "fm2.md", b"---\nscenario: x\nbody"), "never closed"),
        (lambda d: _write(d / "fm3.md", b"---\nsenario: x\n---\nbody"), "did you mean 'scenario'"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path, setup, needle):
    path = setup(tmp_path)
    with pytest.raises(AnswerError) as exc:
        read_answer(path)
    assert needle in str(exc.value)
    assert exc.value.exit_code == ExitCode.INPUT
    assert "\n" not in str(exc.value)


def _write(path, data):
    path.write_bytes(data)
    return path


def test_transcript_keeps_only_answer_sections():
    body = (
        "## Question\nHow would you launch a sepsis model with FDA review?\n\n"
        "## Answer\nI would validate sensitivity.\n\n### Detail\nsilent mode\n\n"
        "## Follow-up 1\nWhat about HIPAA?\n\n### Answer\nBAA with the vendor.\n"
    )
    kept = transcript_answers(body)
    assert "sensitivity" in kept and "silent mode" in kept and "BAA" in kept
    assert "FDA" not in kept and "HIPAA" not in kept


def test_transcript_format_in_front_matter():
    raw = "---\nformat: transcript\nscenario: s\n---\n## Question\nQ text FDA\n## Answer\nA text\n"
    assert parse_answer(raw, source="t").text == "A text"


def test_unreadable_file_is_an_answer_error(tmp_path, monkeypatch):
    from pathlib import Path

    p = tmp_path / "locked.md"
    p.write_text("text")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(AnswerError, match="cannot read .Permission denied."):
        read_answer(p)


def test_transcript_headings_follow_markdown():
    body = "## Question\nQ FDA\n## Answer\n#1 priority is sensitivity.\n   ### Detail\nsilent mode\n"
    kept = transcript_answers(body)
    assert "#1 priority is sensitivity." in kept and "silent mode" in kept and "FDA" not in kept


def test_transcript_format_is_case_insensitive():
    raw = "---\nformat: Transcript\nscenario: s\n---\n## Question\nQ text FDA\n## Answer\nA text\n"
    assert parse_answer(raw, source="t").text == "A text"


def laughs_front_matter(levels: int = 10) -> str:
    """Nested YAML aliases in about 1 KB: expanded, `candidate` would hold 10**10 strings."""
    lines = ["---", "scenario: sepsis-model", "lol_00: &lol_00 [" + ",".join(['"lol"'] * 10) + "]"]
    for i in range(1, levels):
        lines.append(f"lol_{i:02d}: &lol_{i:02d} [" + ",".join([f"*lol_{i - 1:02d}"] * 10) + "]")
    lines += [f"candidate: *lol_{levels - 1:02d}", "---", "The answer."]
    return "\n".join(lines) + "\n"


def test_aliases_in_front_matter_are_refused_before_expansion():
    text = laughs_front_matter()
    assert 900 < len(text.encode()) <= 1024
    with pytest.raises(AnswerError) as exc:
        parse_answer(text, source="x.md")
    assert "aliases" in str(exc.value) and exc.value.exit_code == ExitCode.INPUT
    with pytest.raises(AnswerError, match="aliases"):  # an anchor used once is still an alias
        parse_answer("---\nscenario: &s sepsis-model\ntitle: *s\n---\nText.\n", source="x.md")
    with pytest.raises(AnswerError, match=r"^x\.md:3: .*anchors"):  # an anchor alone, too
        parse_answer("---\ntitle: R&D plan\nscenario: &s sepsis-model\n---\nText.\n", source="x.md")
    assert parse_answer("---\ntitle: R&D * plan\n---\nText.\n", source="x.md").text == "Text."


@pytest.mark.parametrize("header, needle, line", [
    ("scenario: a\ncandidate: Ann\nscenario: b\n", "duplicate front matter key 'scenario'", 4),
    ("scenario: a\ncandidate: [x, y]\n", "'candidate' is a list, expected one value", 3),
    ("scenario: {x: 1}\n", "'scenario' is a mapping", 2),
    ("scenario: a\ntags: [x, [y]]\n", "'tags' is a list, expected a list of words", 3),
])
def test_front_matter_shape_errors_name_the_line(header, needle, line):
    with pytest.raises(AnswerError) as exc:
        parse_answer(f"---\n{header}---\nThe answer.\n", source="x.md")
    assert needle in str(exc.value) and str(exc.value).startswith(f"x.md:{line}:")


def test_front_matter_lists_where_lists_belong_and_size_cap():
    ans = parse_answer("---\nscenario: a\ncandidate: 42\ntags: [x, y]\n---\nThe answer.\n", source="x.md")
    assert ans.candidate == "42"
    with pytest.raises(AnswerError, match="front matter is over the 8,000-byte limit"):
        parse_answer("---\ntitle: " + "x" * 9000 + "\n---\nThe answer.\n", source="x.md")


@pytest.mark.parametrize("value", [
    "sepsis-model", "Ana Ruiz", "Lucía Fernández", "O'Brien", "Dr. Kim  Lee", "v1.2", "Yesenia", "nobody",
    # near misses the plain reader must leave to YAML
    "yes", "No", "on", "OFF", "True", "null", "~", "42", "2024-05-01", "1e3", ".inf", "a: b", "x #note",
    "'quoted'", '"dq"', "[a, b]", "{a: 1}", "&anchor x", "*alias", "!tag x", "|", ">", "-", "- item", "%x", "@x", "`x`",
])
def test_plain_front_matter_reads_as_yaml_does(value):
    """The YAML-free reader of plain `key: value` lines agrees with YAML wherever it answers."""
    import yaml

    from mockpm.answers import _plain_front_matter

    header = f"scenario: sepsis-model\ncandidate: {value}\n"
    fast = _plain_front_matter(header)
    if fast is not None:
        assert fast == yaml.safe_load(header)
    assert (fast is not None) == (value in {"sepsis-model", "Ana Ruiz", "Lucía Fernández", "O'Brien", "Dr. Kim  Lee",
                                            "v1.2", "Yesenia", "nobody"})
    assert _plain_front_matter("scenario: a\n# note\n") is None and _plain_front_matter("tags: x\n") is None
    assert _plain_front_matter("scenario: a\nscenario: b\n") is None and _plain_front_matter("  scenario: a\n") is None
    # a control character splits no line here: YAML reads (and refuses) the header
    assert _plain_front_matter("candidate: Sam Lee\x0cformat: transcript\n") is None
    assert _plain_front_matter("scenario: a\r\ncandidate: B\r\n") == {"scenario": "a", "candidate": "B"}


def test_a_control_character_in_front_matter_is_one_line_naming_its_line():
    with pytest.raises(AnswerError) as exc:
        parse_answer("---\ncandidate: Sam Lee\x0cformat: transcript\nscenario: a\n---\nThe answer.\n", source="x.md")
    message = str(exc.value)
    assert message.startswith("x.md:2: ") and "U+000C" in message and "\n" not in message
