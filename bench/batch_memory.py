"""Peak memory of a whole `mockpm batch --offline` process on a generated cohort.

    python bench/batch_memory.py                 # 2,000 answers in a CSV
    python bench/batch_memory.py -n 100000       # the README figure (about 15 minutes of grading)
    python bench/batch_memory.py -n 20000 --format jsonl --compare 2000

The cohort and a small library come from bench/make_cohort.py. The installed `mockpm` runs in a
fresh data directory with `--out results.csv`; its peak resident set size is read from the
kernel when it exits (getrusage of the child, so the figure covers the whole process: Python,
imports, the library, the store and every answer it read). With --compare M a second run on M
answers shows how much of the peak grows with the cohort.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_cohort import generate  # noqa: E402


def run(n: int, fmt: str, tmp: Path) -> dict[str, float]:
    work = tmp / f"n{n}"
    lib, inputs = generate(work, n, fmt)
    mockpm = shutil.which("mockpm")
    if mockpm is None:
        raise SystemExit("mockpm is not installed on PATH (pip install -e .)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["MOCKPM_HOME"] = str(work / "home")
    out = work / "results.csv"
    started = time.perf_counter()
    proc = subprocess.Popen([mockpm, "batch", str(inputs), "--offline", "--library", str(lib), "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 6):
        raise SystemExit(f"mockpm batch exited {code}:\n{stderr[-2000:]}")
    rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
    # ru_maxrss is in KiB on Linux (bytes on macOS)
    peak_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return {"n": n, "rows": rows, "seconds": seconds, "per_second": n / seconds, "peak_mb": peak_mb,
            "input_mb": inputs.stat().st_size / 2**20 if inputs.is_file() else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="answers in the cohort (100000 for the README figure)")
    ap.add_argument("--format", choices=("csv", "jsonl", "md"), default="csv")
    ap.add_argument("--compare", type=int, metavar="M", help="also run M answers and show the growth per answer")
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="mockpm-batch-memory-"))
    try:
        results = [run(m, args.format, tmp) for m in ([args.compare] if args.compare else []) + [args.n]]
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'answers':>9} {'input MB':>9} {'seconds':>9} {'answers/s':>10} {'peak RSS MB':>12}")
    for r in results:
        print(f"{r['n']:>9,} {r['input_mb']:>9.1f} {r['seconds']:>9.1f} {r['per_second']:>10.0f} {r['peak_mb']:>12.1f}")
        assert r["rows"] == r["n"], f"{r['rows']} result rows for {r['n']} answers"
    if len(results) == 2:
        small, big = results
        per = (big["peak_mb"] - small["peak_mb"]) * 1024 / (big["n"] - small["n"])
        print(f"growth: {per:.2f} KB of peak RSS per extra answer")
    print("target: peak RSS under 300 MB at 100,000 answers")


if __name__ == "__main__":
    main()
