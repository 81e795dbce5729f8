"""CPU of 1,000 offline grades against promptfoo's keyword assertions on the same answers.

Run: python bench/promptfoo_compare.py [--promptfoo PATH]

Both sides run as whole processes on the same 1,000 answers (the labelled samples, cycled):
  - mockpm: one `mockpm grade --offline --json` over 1,000 answer files;
  - promptfoo: one `promptfoo eval` of 1,000 tests with the echo provider (the answer is the
    output), each test carrying one `icontains-any` assertion per keyword group of the rubrics
    that apply (every `any` list, every `all` group, and `not-icontains-any` for `none` terms).
    promptfoo's keyword assertions have no proximity or regular-expression form, so terms with
    `~` or `re:` are left out and wildcards become substrings: promptfoo's side does less work.

CPU is user + system time of the child process and its children. promptfoo needs Node.js 22
or newer; without it the script reports mockpm's side alone and exits 2.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

N = 1000


def child_cpu(cmd: list[str], env: dict[str, str], cwd: str, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(wall, CPU) of a whole child process, its own children included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd, check=False)
    if done.returncode not in ok:
        sys.exit(f"{cmd[0]} exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def keyword_assertions(rubrics: list) -> list[dict]:
    """promptfoo's nearest form of each rubric check: plain terms only."""

    def plain(terms: list[str]) -> list[str]:
        return sorted({t.replace("*", "") for t in terms if "~" not in t and not t.startswith("re:")} - {""})

    out = []
    for rubric in rubrics:
        for criterion in rubric.criteria:
            check = criterion.check
            if check is None:
                continue
            groups = [check.any, *check.all]
            out += [{"type": "icontains-any", "value": plain(g)} for g in groups if plain(g)]
            if plain(check.none):
                out.append({"type": "not-icontains-any", "value": plain(check.none)})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--promptfoo", help="promptfoo executable (default: promptfoo on PATH)")
    args = parser.parse_args()

    from mockpm.catalog import load_library
    from mockpm.samples import load_samples

    mockpm = shutil.which("mockpm")
    if mockpm is None:
        print("install mockpm first: pip install -e .", file=sys.stderr)
        return 2
    lib = load_library()
    samples = load_samples(known_scenarios=set(lib.scenarios)).samples
    work = Path(tempfile.mkdtemp(prefix="mockpm-vs-promptfoo-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")} | {
        "MOCKPM_HOME": str(work / "home"),
        "PROMPTFOO_CONFIG_DIR": str(work / "promptfoo-home"),
        "PROMPTFOO_DISABLE_TELEMETRY": "1",
        "PROMPTFOO_DISABLE_UPDATE": "1",
    }

    files, tests = [], []
    for i in range(N):
        s = samples[i % len(samples)]
        f = work / "answers" / f"{i:04d}.md"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(f"---\nscenario: {s.scenario}\n---\n{s.text}", encoding="utf-8")
        files.append(str(f))
        scenario = lib.scenario(s.scenario)
        tests.append({"vars": {"answer": s.text}, "assert": keyword_assertions(lib.rubrics_for(scenario))})

    # One warm-up run each, so neither side pays for a cold file cache or bytecode.
    subprocess.run([mockpm, "grade", "--offline", "--json", files[0]], env=env, capture_output=True, check=False)
    m_wall, m_cpu = child_cpu([mockpm, "grade", "--offline", "--json", *files], env, str(work))
    print(f"mockpm    {N} offline grades, one process: {m_wall:6.2f} s wall, {m_cpu:6.2f} s CPU")

    promptfoo = args.promptfoo or shutil.which("promptfoo")
    if promptfoo is None:
        print("promptfoo not found: pass --promptfoo PATH (needs Node.js 22+)", file=sys.stderr)
        return 2
    config = work / "promptfooconfig.yaml"
    config.write_text(
        yaml.safe_dump({"prompts": ["{{answer}}"], "providers": ["echo"], "tests": tests}, allow_unicode=True),
        encoding="utf-8",
    )
    cmd = [promptfoo, "eval", "-c", str(config), "--no-cache", "--no-write", "--no-table", "--no-progress-bar"]
    subprocess.run([*cmd[:4], "--filter-first-n", "1", *cmd[4:]], env=env, cwd=str(work), capture_output=True, check=False)
    # promptfoo exits 100 when some assertion fails, which keyword checks on weak answers do.
    p_wall, p_cpu = child_cpu(cmd, env, str(work), ok=(0, 100))
    n_asserts = sum(len(t["assert"]) for t in tests)
    print(f"promptfoo {N} tests, {n_asserts} keyword assertions: {p_wall:6.2f} s wall, {p_cpu:6.2f} s CPU")
    print(f"mockpm / promptfoo CPU: {m_cpu / p_cpu:.2f} (target <= 1.00)")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if m_cpu <= p_cpu else 1


if __name__ == "__main__":
    sys.exit(main())
