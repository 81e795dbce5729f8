"""The HTML cohort report: self-contained, escaped, and rendered by a real headless Chromium."""

from __future__ import annotations

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
    ids = {a.get("id") for _, a in p.tags}
    assert {"summary", "histogram", "heatmap", "missed", "failures", "candidates"} <= ids
    assert tags.count("details") >= 3 and "svg" in tags and "rect" in tags
    # heatmap: one row per criterion (5), one cell per candidate (3)
    cells = [a for t, a in p.tags if t == "td" and "cell" in a.get("class", "")]
    assert len(cells) == 5 * 3
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
