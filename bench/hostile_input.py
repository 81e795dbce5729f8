"""Hostile input, whole process: how fast `mockpm` refuses or bounds a stranger's file.

    python bench/hostile_input.py [--runs 5]

(a) a 1 KB "billion laughs" answer front matter (nested YAML aliases): goal, rejected in
    under 0.5 s with exit 3;
(b) a user rubric with `re:(a+)+$` and an answer of 'a' * 30 + '!': refused (exit 4);
(c) a rubric regex that passes validation but backtracks on a crafted answer: graded, its
    criterion unscored (exit 6), bounded by the regex time budget;
(d) for scale, `mockpm grade` on a well-formed answer.
Prints the median wall time and peak RSS of each over --runs runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from minilib import CORE, STRONG, answer_file, write_minilib  # noqa: E402
from test_answers import laughs_front_matter  # noqa: E402

MOCKPM = shutil.which("mockpm") or "mockpm"


def measure(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB, exit code) of one whole `mockpm` process."""
    started = time.perf_counter()
    proc = subprocess.Popen([MOCKPM, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def rubric_lib(root: Path, term: str) -> Path:
    lib = write_minilib(root)
    (lib / "rubrics" / "mini-core.yaml").write_text(CORE.replace('any: [HIPAA, FDA, SaMD, "510(k)"]', f"any: [HIPAA, '{term}']"))
    return lib


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MOCKPM_"))}
        env["MOCKPM_HOME"] = str(t / "home")
        laughs = t / "laughs.md"
        laughs.write_text(laughs_front_matter())
        lib = write_minilib(t / "lib")
        redos = rubric_lib(t / "redos", "re:(a+)+$")
        slow = rubric_lib(t / "slow", r"re:\bq(?:a|aa)+$")
        cases = {
            f"(a) billion laughs front matter ({laughs.stat().st_size} bytes)": ["grade", str(laughs), "--library", str(lib)],
            "(b) rubric re:(a+)+$, answer 'a'*30+'!'": ["grade", str(answer_file(t / "a.md", "a" * 30 + "!")), "--library", str(redos)],
            "(c) regex timing out on a crafted answer": ["grade", str(answer_file(t / "q.md", STRONG + "\n\nq" + "a" * 60 + "!")), "--library", str(slow)],
            "(d) a well-formed answer": ["grade", str(answer_file(t / "ok.md", STRONG)), "--library", str(lib)],
        }
        for args in cases.values():  # warm the library cache and the bytecode once
            measure(args, env)
        for name, args in cases.items():
            results = [measure(args, env) for _ in range(runs)]
            walls = [r[0] for r in results]
            print(f"{name}: exit {results[0][2]}, median {statistics.median(walls):.3f} s "
                  f"(min {min(walls):.3f}, max {max(walls):.3f}), peak RSS {max(r[1] for r in results):.0f} MB")


if __name__ == "__main__":
    main()
