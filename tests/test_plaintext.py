"""What the grader reads is what a person sees."""

from __future__ import annotations

from mockpm.plaintext import one_line, plain


def test_look_alike_letters_and_zero_width_characters_are_undone_and_counted():
    text = "We would sкip silent mode and n\u200bot bother with chart review, and s\u200bkip subgroups."
    p = plain(text)
    assert "skip silent mode" in p.text and "not bother" in p.text and "\u200b" not in p.text
    assert p.disguised >= 2


def test_accents_are_not_disguise():
    assert plain("La información del paciente se revisa antes del lanzamiento.").disguised == 0


def test_struck_through_text_is_not_read():
    p = plain("We keep ~~silent mode and chart review~~ out of scope.")
    assert "silent mode" not in p.text and p.struck == 1 and len(p.text) == len("We keep ~~silent mode and chart review~~ out of scope.")


def test_one_line_joins_lines_and_cuts_with_an_ellipsis():
    assert one_line("  If the date\nslips,   we cut scope. ", 40) == "If the date slips, we cut scope."
    cut = one_line("word " * 30, 20)
    assert len(cut) == 20 and cut.endswith("…") and "\n" not in cut
