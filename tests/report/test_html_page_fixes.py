"""The cohort page: bidirectional and control characters stripped, names isolated, unscored answers
kept out of "Needs help most", short heatmap cells, and ranking links that open their drill-down."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cohort_builders import built_with_unscored
from minilib import STRONG, WEAK, answer_file, write_minilib

from mockpm.batch.summary import SummaryBuilder
from mockpm.report.html import HtmlCohortBuilder

RLO = "\u202e"
HOSTILE = f"Zed{RLO}001/001 erocs\u2066x\u2069"


def _installed(tmp_path: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    mockpm = shutil.which("mockpm")
    assert mockpm, "the installed entry point is on PATH"
    env = {**os.environ, "COLUMNS": "80", "MOCKPM_HOME": str(home)}
    return subprocess.run([mockpm, *args], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)


def test_bidi_overrides_and_controls_never_reach_the_page(tmp_path: Path, isolated_home: Path) -> None:
    lib = write_minilib(tmp_path / "lib")
    folder = tmp_path / "answers"
    folder.mkdir()
    answer_file(folder / "alice.md", STRONG, candidate="Alice")
    answer_file(folder / "zed.md", f"Intro {RLO}reversed\u202b text \x1b[2J\x07here. " + WEAK, candidate=HOSTILE)
    page = tmp_path / "cohort.html"
    res = _installed(tmp_path, isolated_home, "batch", str(folder), "--offline", "--library", str(lib), "--html", str(page))
    assert res.returncode == 0, res.stderr
    html = page.read_text(encoding="utf-8")
    for ch in (RLO, "\u202b", "\u2066", "\u2069", "\x1b", "\x07"):
        assert ch not in html, repr(ch)
    # the name is still there, isolated from the text around it
    assert "[2J" not in html  # the escape sequence went whole, not just its ESC
    assert "<bdi>Zed001/001 erocsx</bdi>" in html
    # the candidate's own page, through the installed command
    one = tmp_path / "zed.html"
    res = _installed(tmp_path, isolated_home, "report", "latest", "--candidate", "zed.md", "--out", str(one))
    assert res.returncode == 0, res.stderr
    text = one.read_text(encoding="utf-8")
    assert RLO not in text and "\x1b" not in text and "<h1>Feedback for <bdi>Zed001/001 erocsx</bdi></h1>" in text


def _builder_with_unscored(tmp_path: Path) -> tuple[HtmlCohortBuilder, SummaryBuilder]:
    answers = {"Alice": STRONG, "Bob": WEAK, "Carol": WEAK + " FDA", "Dan": STRONG}
    html_b, sum_b, _ = built_with_unscored(tmp_path, answers, "Dan")
    return html_b, sum_b


def test_unscored_answers_are_not_listed_as_needing_help(tmp_path: Path) -> None:
    html_b, sum_b = _builder_with_unscored(tmp_path)
    html = html_b.render(sum_b.build())
    needs = html.split('id="needs-help"', 1)[1].split("</div>", 1)[0]
    assert "Bob" in needs and "Alice" in needs
    assert "Dan" not in needs and "unscored</" not in needs
    assert "Not listed: 1 unscored answer(s)" in needs


def test_heatmap_cells_are_short_and_statements_appear_once_per_scenario(tmp_path: Path) -> None:
    html_b, sum_b = _builder_with_unscored(tmp_path)
    html = html_b.render(sum_b.build())
    heat = html.split('id="heatmap"', 1)[1].split("</section>", 1)[0]
    statement = next(c.statement for c in html_b.detailed()[1].cells)
    assert heat.count(statement) == 1  # in the numbered legend only, not in each of four rows' cells
    assert 'title="1 met"' in heat or 'title="1 missed"' in heat
    # the drill-downs name criteria by their gist, and fold the red flags avoided into one line
    cands = html.split('<section id="candidates">', 1)[1]
    assert cands.count("Avoided ") == sum(1 for v in html_b.detailed().values() if any(c.folded for c in v.cells)) > 0
    assert 'class="status avoided">○ red flag avoided' not in cands


def test_full_statements_are_not_repeated_per_candidate(tmp_path: Path, isolated_home: Path, examples: Path) -> None:
    """The bundled examples through the installed command: a statement longer than its gist is in
    its scenario's legend, not in each drill-down or heatmap cell."""
    import html as htmllib

    from mockpm.catalog import load_library
    from mockpm.report.coaching import headline

    page = tmp_path / "examples.html"
    res = _installed(tmp_path, isolated_home, "batch", str(examples), "--offline", "--html", str(page))
    assert res.returncode == 0, res.stderr
    text = page.read_text(encoding="utf-8")
    lib = load_library()
    long = [c for r in lib.rubrics.values() for c in r.criteria if headline(c) != c.statement.rstrip(" .")]
    seen = [c for c in long if htmllib.escape(c.statement) in text]
    assert len(seen) > 10
    drilldowns = text.split('<section id="candidates">', 1)[1]
    heat = text.split('id="heatmap"', 1)[1].split("</section>", 1)[0]
    assert not [c.statement for c in seen if htmllib.escape(c.statement) in drilldowns]
    groups = heat.count("<h3>")
    assert all(heat.count(htmllib.escape(c.statement)) <= groups for c in seen)  # once per scenario legend at most


@pytest.mark.browser
@pytest.mark.skipif(shutil.which("chromedriver") is None or shutil.which("chromium") is None,
                    reason="chromium and chromedriver not installed (apt-get install -y chromium chromium-driver)")
def test_a_ranking_link_opens_its_drilldown(tmp_path: Path) -> None:
    from webdriver import Browser

    html_b, sum_b = _builder_with_unscored(tmp_path)
    page = tmp_path / "page.html"
    page.write_text(html_b.render(sum_b.build()), encoding="utf-8")
    b = Browser(shutil.which("chromium"), tmp_path / "profile", 1280, 900)
    try:
        b.get(page.as_uri())
        assert b.script("return document.getElementById('c2-d').open;") is False
        b.get(page.as_uri() + "#c2")  # as following the ranking link does
        assert b.script("return document.getElementById('c2-d').open;") is True
        assert b.script("return document.querySelectorAll('details[open]').length;") == 1
    finally:
        b.close()
