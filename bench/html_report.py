"""The HTML cohort report for a large cohort: peak memory of the whole command, page size, render time.

    python bench/html_report.py            # 20,000 answers
    python bench/html_report.py -n 2000
    python bench/html_report.py -n 400 --pad-words 10000   # real-length (and longer) answers

1. Writes a synthetic cohort (bench/make_cohort.py) as JSONL.
2. Runs the installed command, `mockpm batch cohort.jsonl --offline --library LIB --html report.html`,
   as a child process and reads its peak RSS from wait4() (goal: < 300 MB).
3. Opens the page in headless Chromium through chromedriver and times navigation until the
   load event plus a full layout of the document, with every drill-down expanded (goal: < 5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "report"))

from make_cohort import generate  # noqa: E402


def run_batch(inputs: Path, lib: Path, html: Path, home: Path) -> dict[str, float]:
    mockpm = shutil.which("mockpm")
    if not mockpm:
        sys.exit("mockpm is not on PATH: pip install -e . first")
    env = dict(os.environ, MOCKPM_HOME=str(home))
    start = time.perf_counter()
    proc = subprocess.Popen([mockpm, "batch", str(inputs), "--offline", "--library", str(lib), "--html", str(html),
                             "--out", str(html.with_suffix(".jsonl"))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1, 6):
        sys.exit(f"mockpm batch failed ({proc.returncode}): {err[-2000:]}")
    return {"wall_s": round(wall, 1), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def render_time(html: Path, profile: Path) -> dict[str, float] | None:
    from webdriver import Browser, chromedriver

    chromium = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if chromium is None or chromedriver() is None:
        print("chromium/chromedriver not installed: render time not measured", file=sys.stderr)
        return None
    b = Browser(chromium, profile, 1280, 900)
    try:
        b.get("about:blank")
        start = time.perf_counter()
        b.get(html.as_uri())  # returns after the load event
        b.script("return document.documentElement.scrollHeight;")  # forces layout
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        height = b.script("document.querySelectorAll('details').forEach(d => d.open = true);"
                          "return document.documentElement.scrollHeight;")
        expanded = time.perf_counter() - start
        width = b.script("return [window.innerWidth, document.documentElement.scrollWidth];")
    finally:
        b.close()
    return {"load_and_layout_s": round(loaded, 2), "expand_all_s": round(expanded, 2),
            "expanded_height_px": height, "sideways_scroll": width[1] > width[0]}


def pad_answers(inputs: Path, words: int) -> None:
    """Lengthen every answer by ``words`` words of filler (the page's answer budget at work)."""
    filler = ("Further detail about the rollout plan, the nurses' workflow and the launch bar. " * (words // 13 + 1))
    lines = inputs.read_text(encoding="utf-8").splitlines()
    with inputs.open("w", encoding="utf-8") as f:
        for line in lines:
            doc = json.loads(line)
            doc["answer"] = doc["answer"] + "\n\n" + filler
            f.write(json.dumps(doc) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=20_000)
    ap.add_argument("--pad-words", type=int, default=0, help="add this many words to every answer")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        lib, inputs = generate(tmp / "cohort", args.n, "jsonl")
        if args.pad_words:
            pad_answers(inputs, args.pad_words)
        html = tmp / "report.html"
        figures: dict[str, object] = {"answers": args.n, "pad_words": args.pad_words}
        figures.update(run_batch(inputs, lib, html, tmp / "home"))
        figures["html_mb"] = round(html.stat().st_size / 1e6, 2)
        rendered = render_time(html, tmp / "profile")
        if rendered:
            figures.update(rendered)
        figures["goals"] = {"peak_rss_mb < 300": figures["peak_rss_mb"] < 300,  # type: ignore[operator]
                            "render < 5 s": bool(rendered) and rendered["load_and_layout_s"] < 5}
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
