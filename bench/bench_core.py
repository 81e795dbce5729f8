"""Speed of the grading core. Run: python bench/bench_core.py

Targets (issue: grading core):
  - `mockpm --version` at most 1.5x `python -c "import typer, rich, pydantic, yaml"`
  - `mockpm grade --offline` on one answer under 0.3 s, whole process
  - 1,000 answers graded offline in one process under 5 s
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "answers"
RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def median_time(cmd: list[str], env: dict[str, str]) -> float:
    timed(cmd, env)  # warm the file cache and .pyc files
    return statistics.median(timed(cmd, env) for _ in range(RUNS))


def main() -> int:
    mockpm = shutil.which("mockpm")
    if mockpm is None:
        print("install mockpm first: pip install -e .", file=sys.stderr)
        return 2
    home = tempfile.mkdtemp(prefix="mockpm-bench-")
    # As a user runs it: no key, and bytecode cached (an environment that forbids writing .pyc
    # files would time compiling mockpm's source on every run, which no installed copy does).
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_") and k != "PYTHONDONTWRITEBYTECODE"} | {"MOCKPM_HOME": home}
    answer = str(EXAMPLES / "sepsis-strong.md")

    baseline = median_time([sys.executable, "-c", "import typer, rich, pydantic, yaml"], env)
    version = median_time([mockpm, "--version"], env)
    grade_one = median_time([mockpm, "grade", "--offline", "--json", answer], env)
    # A first run in a new home: the library and the compiled patterns are not cached yet.
    cold_runs = []
    for _ in range(max(3, RUNS // 3)):
        fresh = env | {"MOCKPM_HOME": tempfile.mkdtemp(prefix="mockpm-bench-cold-")}
        cold_runs.append(timed([mockpm, "grade", "--offline", "--json", answer], fresh))
        shutil.rmtree(fresh["MOCKPM_HOME"], ignore_errors=True)
    grade_cold = statistics.median(cold_runs)
    # A stranger's file at the 1 MB limit: one run-on sentence of trigger words.
    big = Path(home) / "big.md"
    big.write_text("---\nscenario: sepsis-model\n---\n" + "we would skip silent mode later, the vendor's job " * 19000)
    grade_big = median_time([mockpm, "grade", "--offline", "--json", str(big)], env)

    from mockpm.catalog import load_library
    from mockpm.grading import grade
    from mockpm.models import Answer
    from mockpm.samples import load_samples

    lib = load_library()
    # The labelled samples: 366 real answers of every kind across every scenario, graded the way
    # `mockpm grade` does (guards, the library-wide topic check, stance, substance, score).
    samples = load_samples(known_scenarios=set(lib.scenarios)).samples
    jobs = [(Answer(text=s.text, scenario_id=s.scenario), lib.scenario(s.scenario)) for s in samples]
    n = 1000
    cpu0 = time.process_time()
    start = time.perf_counter()
    for i in range(n):
        a, s = jobs[i % len(jobs)]
        grade(a, s, lib.rubrics_for(s), library=lib)
    thousand = time.perf_counter() - start
    cpu = time.process_time() - cpu0

    rows = [
        ("import typer, rich, pydantic, yaml (baseline)", f"{baseline * 1000:.0f} ms", ""),
        ("mockpm --version", f"{version * 1000:.0f} ms", f"{version / baseline:.2f}x baseline (target <= 1.5x)"),
        ("mockpm grade --offline, one answer", f"{grade_one * 1000:.0f} ms", "target < 300 ms"),
        ("mockpm grade --offline, first run in a new home", f"{grade_cold * 1000:.0f} ms", "builds the library and pattern caches"),
        ("mockpm grade --offline, a 1 MB answer", f"{grade_big * 1000:.0f} ms", "bounded: reads the first 5,000 words"),
        (f"{n} answers offline, one process", f"{thousand:.2f} s", f"{n / thousand:.0f} answers/s, {cpu:.2f} s CPU (target < 5 s)"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"median of {RUNS} runs; python {sys.version.split()[0]}; {os.cpu_count()} cpus")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>8}  {note}")
    ok = version <= 1.5 * baseline and grade_one < 0.3 and thousand < 5
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
