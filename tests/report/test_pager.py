"""Which pager runs, and when none does."""

from __future__ import annotations

from mockpm.report import pager


def test_mockpm_pager_wins_then_pager_then_less(monkeypatch):
    monkeypatch.delenv("MOCKPM_PAGER", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    assert pager.pager_command() == "less"
    monkeypatch.setenv("PAGER", "more")
    assert pager.pager_command() == "more"
    monkeypatch.setenv("MOCKPM_PAGER", "cat")
    assert pager.pager_command() is None  # cat (or empty) turns paging off
    monkeypatch.setenv("MOCKPM_PAGER", "")
    assert pager.pager_command() is None


def test_short_text_or_no_terminal_is_printed_directly(monkeypatch, capsys, tmp_path):
    marker = tmp_path / "paged"
    monkeypatch.setenv("MOCKPM_PAGER", f"cat > {marker}")
    pager.page("one\ntwo\n", height=24, on_terminal=True)  # fits: no pager
    pager.page("x\n" * 50, height=24, on_terminal=False)  # not a terminal: no pager
    pager.page("x\n" * 50, height=24, on_terminal=True, allowed=False)  # --no-pager
    assert not marker.exists()
    assert capsys.readouterr().out.count("x\n") == 100
    pager.page("y\n" * 50, height=24, on_terminal=True)
    assert marker.read_text() == "y\n" * 50


def test_a_missing_pager_falls_back_to_printing(monkeypatch, capfd):
    monkeypatch.setenv("MOCKPM_PAGER", "no-such-pager-here")
    pager.page("z\n" * 50, height=24, on_terminal=True)
    assert capfd.readouterr().out.count("z\n") == 50
