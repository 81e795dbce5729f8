"""The HTML cohort report: self-contained, escaped, and rendered by a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from minilib import STRONG, WEAK, answer_file, load_minilib

from mockpm.batch.runs import RunStore
from mockpm.batch.service import BatchSettings, run_batch
from mockpm.report.html import histogram

PAYLOAD_SCRIPT = "<script>document.title='pwned'</script>"
PAYLOAD_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned',1)\">"


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM = _chromium()
browser = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (apt-get install -y chromium)")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    lib = load_minilib(tmp_path / "lib")
    folder = tmp_path / "answers"
    folder.mkdir()
    answer_file(folder / "alice.md", STRONG, candidate="Alice")
    answer_file(folder / "bob.md", WEAK, candidate="Bob")
    # hostile text in the answer body, the candidate name, and (via keyword evidence) the snippets
    answer_file(folder / "mallory.md", f"{PAYLOAD_SCRIPT} {PAYLOAD_IMG} " + STRONG, candidate=f"Mallory {PAYLOAD_SCRIPT}")
    (folder / "bad.md").write_bytes(b"\x00\x01binary")
    out = tmp_path / "report.html"
    store = RunStore.open()
    try:
        run_batch(BatchSettings(inputs=[str(folder)], html=out, progress=False), lib, None, store=store)
    finally:
        store.close()
    return out


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def test_self_contained_with_every_section(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    p = _Collect()
    p.feed(html)
    tags = [t for t, _ in p.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html), "no network assets"
    assert "@import" not in html and "url(" not in html
    ids = [a.get("id") for _, a in p.tags]
    assert {"summary", "ranking", "histogram", "heatmap", "missed", "failures", "candidates", "needs-help"} <= set(ids)
    # the coach reads the cohort and the ranking before any grid
    assert ids.index("summary") < ids.index("ranking") < ids.index("histogram") < ids.index("heatmap")
    assert tags.count("details") >= 3 and "svg" in tags and "rect" in tags
    # heatmap: one cell per criterion (5) per candidate (3), each with a symbol as well as a colour
    cells = [a for t, a in p.tags if t == "span" and "cell" in a.get("class", "").split() and "title" in a]
    assert len(cells) == 5 * 3
    assert not any("na" in a["class"].split() for a in cells)
    assert "writing-mode" not in html and "rotate(" not in html  # names read horizontally
    assert "Content-Security-Policy" in html
    assert "bad.md" in html and "binary" in html  # failures are shown


def test_candidate_text_is_escaped(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert PAYLOAD_SCRIPT not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html


def test_histogram_bins() -> None:
    bins = histogram([0, 5, 9.9, 10, 55, 100, 99.9])
    assert [b["count"] for b in bins] == [3, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert bins[0]["height"] == 100.0 and bins[-1]["label"] == "90–100"


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chrome-profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def _png_pixels(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and a sample of distinct pixels of an 8-bit RGB/RGBA PNG (no PIL needed)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % 8 == 0:
            for x in range(0, width, 8):
                colours.add(bytes(line[x * bpp:x * bpp + 3]))
        prev = line
    return width, height, colours


@pytest.mark.browser
@browser
def test_screenshot_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    res = _run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri())
    assert shot.exists(), res.stderr[-2000:]
    assert shot.stat().st_size > 20_000
    width, height, colours = _png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    # text, bars, heatmap colours: a blank or failed page has one or two colours
    assert len(colours) > 20


@pytest.mark.browser
@browser
def test_no_script_runs_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    res = _run_chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", report.as_uri())
    dom = res.stdout
    assert "<title>mockpm cohort report" in dom, res.stderr[-2000:]
    assert "pwned</title>" not in dom and "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "data-pwned=\"1\"" not in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom  # shown as text
    assert "<img src=\"x\"" not in dom


# --------------------------------------------------------------------------- the page a coach opens

MD_ANSWER = (
    "**First, the bar.** I would set the launch bar in clinical terms: sensitivity above 85% at a PPV the ICU "
    "nurses can live with.\n\n- silent mode for eight weeks with chart review\n- nurses can override the alert "
    f"with a reason and a clear escalation path\n\n{PAYLOAD_SCRIPT} `code` and *care*. " + STRONG
)


def _installed_batch(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    mockpm = shutil.which("mockpm")
    assert mockpm, "the installed entry point is on PATH"
    return subprocess.run([mockpm, "batch", *args], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env={**os.environ, "COLUMNS": "80"})


@pytest.fixture
def mixed_report(tmp_path: Path, examples: Path) -> Path:
    """The bundled examples: a cohort that mixes four scenarios, graded by the installed command."""
    out = tmp_path / "mixed.html"
    res = _installed_batch(tmp_path, str(examples), "--offline", "--html", str(out))
    assert res.returncode == 0, res.stderr
    return out


def test_heatmap_is_grouped_by_scenario_without_cross_scenario_cells(mixed_report: Path) -> None:
    html = mixed_report.read_text(encoding="utf-8")
    heat = html.split('<section id="heatmap">', 1)[1].split("</section>", 1)[0]
    p = _Collect()
    p.feed(heat)
    cells = [a for t, a in p.tags if t == "span" and "cell" in a.get("class", "").split() and "title" in a]
    assert cells and not any("na" in a["class"].split() for a in cells)
    assert heat.count("<h3>") == 4  # sepsis-model, medication-adherence, clinician-pushback, reminders
    for status, symbol in (("met", "✓"), ("missed", "✗")):
        assert re.search(rf'class="cell {status}"[^>]*>{symbol}<', heat)
    assert 'width="640"' not in html  # the histogram scales with the page


def test_drilldown_renders_markdown_and_shows_evidence_once(mixed_report: Path) -> None:
    html = mixed_report.read_text(encoding="utf-8")
    drill = html.split('<section id="candidates">', 1)[1]
    assert "**" not in drill and "<strong>" in drill
    marks = re.findall(r'<mark id="([^"]+)"', drill)
    assert marks and len(marks) == len(set(marks))
    # evidence is cited by number, not quoted again under each criterion
    for details in drill.split('<details class="cand"')[1:]:
        quotes = re.findall(r"<blockquote>(.*?)</blockquote>", details, re.S)
        assert len(quotes) == len(set(quotes))
        answer = details.split('<div class="answer">', 1)[-1]
        for q in quotes:
            assert q.strip("“”") not in answer


def test_answer_markdown_is_escaped_before_it_is_formatted() -> None:
    from mockpm.report.answer_markup import mark_answer, render_markdown

    out = render_markdown("**bold** <b>raw</b> [link](javascript:alert(1)) \ue000")
    assert "<strong>bold</strong>" in out and "&lt;b&gt;raw&lt;/b&gt;" in out and "<a" not in out
    marked = mark_answer(MD_ANSWER, {"a": ["sensitivity above 85% at a PPV"], "b": ["the launch bar in clinical terms: "
                         "sensitivity above 85%"], "c": ["not in the answer at all"]}, anchor="c1")
    assert len(marked.highlights) == 1 and marked.refs == {"a": [1], "b": [1]}  # overlapping quotes: one mark
    assert marked.unplaced == {"c": ["not in the answer at all"]}
    assert "<script>" not in marked.html and "&lt;script&gt;" in marked.html
    assert "<ul><li>silent mode" in marked.html and "<code>code</code>" in marked.html and "<em>care</em>" in marked.html


def test_unscored_scores_are_left_out_of_means_and_histogram() -> None:
    from mockpm.report.html_views import RankRow, cohort_glance
    from mockpm.batch.summary import CohortSummary

    rows = [RankRow(seq=i, anchor=f"c{i}", name=n, scenario="s", score=sc, band=b)
            for i, (n, sc, b) in enumerate([("a", 80.0, "Strong Hire"), ("b", None, "Unscored"), ("c", 40.0, "No Hire")], 1)]
    g = cohort_glance(rows, CohortSummary(run_id="r", total=3, graded=3, failed=0, invalid=0, incomplete=1))
    assert g["mean"] == 60.0 and g["unscored"] == 1
    assert {b["name"]: b["count"] for b in g["bands"]}["Unscored"] == 1
    assert sum(b["count"] for b in histogram([80.0, None, 40.0])) == 2  # type: ignore[list-item]


def test_large_cohort_details_a_bounded_few(tmp_path: Path) -> None:
    from mockpm.report.html import HtmlCohortBuilder

    lib = load_minilib(tmp_path / "lib")
    folder = tmp_path / "answers"
    folder.mkdir()
    for i in range(30):
        answer_file(folder / f"a{i:02d}.md", (STRONG if i % 3 else WEAK) + f" Closing note {i}.", candidate=f"Cand {i:02d}")
    store = RunStore.open()
    try:
        res = run_batch(BatchSettings(inputs=[str(folder)], progress=False), lib, None, store=store)
        b = HtmlCohortBuilder(limit=8, top=3)
        for item in store.iter_items(res.run.id):
            b.add(item)
    finally:
        store.close()
    html = b.render(res.summary, export_hint="results.jsonl")
    assert html.count('<details class="cand"') == 8
    assert "22 of 30 candidates are counted above but not listed" in html and "results.jsonl" in html
    assert re.search(r"ranks 4–25 not listed here", html)
    assert ">30</b>graded" in html


@pytest.mark.browser
@browser
@pytest.mark.skipif(shutil.which("chromedriver") is None, reason="chromedriver not installed (apt-get install -y chromium-driver)")
@pytest.mark.parametrize("width", [390, 1280])
def test_readable_at_phone_and_desktop_widths(mixed_report: Path, report: Path, tmp_path: Path, width: int, artifact) -> None:  # noqa: ANN001
    from webdriver import Browser

    b = Browser(CHROMIUM, tmp_path / f"profile-{width}", width, 900)
    try:
        for name, page in (("mixed", mixed_report), ("hostile", report)):
            b.get(page.as_uri())
            view, scroll = b.script("return [window.innerWidth, document.documentElement.scrollWidth];")
            assert view == width and scroll <= view, f"{name} page scrolls sideways at {width}px: {scroll}"
            order = b.script("return ['ranking', 'heatmap'].map(i => document.getElementById(i).getBoundingClientRect().top);")
            assert order[0] < order[1], "the ranking comes before the heatmap"
            # open every drill-down: the answers and tables inside must fit too
            b.script("document.querySelectorAll('details').forEach(d => d.open = true);")
            scroll = b.script("return document.documentElement.scrollWidth;")
            assert scroll <= width, f"{name} drill-downs scroll sideways at {width}px: {scroll}"
            state = b.script("return [document.title, document.body.hasAttribute('data-pwned'), "
                             "document.querySelectorAll('script, img').length];")
            assert "pwned" not in state[0] and state[1] is False and state[2] == 0
            shot = tmp_path / f"{name}-{width}.png"
            b.script("document.querySelectorAll('details').forEach(d => d.open = false);")
            b.screenshot(shot)
            assert shot.stat().st_size > 10_000
            artifact(shot)
    finally:
        b.close()


def test_a_highlight_never_splits_an_emphasis_marker() -> None:
    from mockpm.report.answer_markup import mark_answer

    marked = mark_answer("Intro. **bold claim** and more.", {"a": ["*bold claim** and more"]}, anchor="c1")
    assert "<strong>bold claim</strong>" in marked.html and "*" not in marked.html


def test_an_unscored_answer_is_unscored_on_the_page_and_out_of_the_mean(tmp_path: Path) -> None:
    from cohort_builders import built_with_unscored

    # the judge failed on every criterion of Bob's answer: nothing scored
    html_b, sum_b, items = built_with_unscored(tmp_path, {"Alice": STRONG, "Bob": WEAK}, "Bob", score=0.0)
    summary = sum_b.build()
    alice = next(i for i in items if i.candidate == "Alice").report.score
    assert summary.mean_score == round(alice, 1)
    html = html_b.render(summary)
    assert ">1</b>unscored (left out of the mean)" in html
    assert re.search(r">Bob</bdi></a>.*?unscored</td>", html, re.S)
    assert "1 unscored answer(s) are not in the histogram" in html
