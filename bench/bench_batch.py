"""Cohort grading benchmarks; prints figures.

    python bench/bench_batch.py            # all three
    python bench/bench_batch.py --only a   # a | b | c

(a) 1,000 answers against the local fake OpenAI server (own process, fixed 50 ms latency) at
    concurrency 32: wall time vs the ideal 1,000 x 50 ms / 32 = 1.5625 s (goal: within 10 %),
    plus client CPU per answer.
(b) 10,000 answers offline, in a child process: throughput and peak RSS (goal: < 300 MB).
(c) the same command again after (a) finished: judge requests counted at the server (goal: 0).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))

from make_cohort import generate  # noqa: E402

LATENCY = 0.05
N_JUDGED = 1000
CONCURRENCY = 32
N_OFFLINE = 10_000


# --------------------------------------------------------------------------- the fake server, in its own process


def serve(delay: float) -> None:
    from openai_fake import FakeOpenAI, Reply, smart_judge

    fake = FakeOpenAI()
    fake.on_chat(smart_judge(delay=delay))
    fake.route("GET", "/v1/_stats", lambda req: Reply(200, {"chat": fake.count()}))
    fake.start()
    print(fake.base_url, flush=True)
    sys.stdin.read()  # until the parent closes our stdin


class Server:
    def __enter__(self) -> Server:
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", str(LATENCY)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.base_url = self.proc.stdout.readline().strip()
        return self

    def chat_requests(self) -> int:
        import urllib.request

        with urllib.request.urlopen(f"{self.base_url}/_stats") as r:
            return json.load(r)["chat"]

    def __exit__(self, *exc: object) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


# --------------------------------------------------------------------------- runs


def judged_run(inputs: Path, lib_dir: Path, base_url: str) -> dict:
    from mockpm.batch.runs import RunStore
    from mockpm.batch.service import BatchSettings, run_batch
    from mockpm.catalog import load_library
    from mockpm.judge.factory import make_judge

    lib = load_library([lib_dir], include_builtin=False)
    judge = make_judge(base_url=base_url, model="fake-model", use_cache=False)
    store = RunStore.open(group=1)
    settings = BatchSettings(inputs=[str(inputs)], concurrency=CONCURRENCY, progress=False)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    result = run_batch(settings, lib, judge, store=store)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    store.close()
    return {"wall": wall, "cpu": cpu, "graded": result.summary.graded, "new": result.newly_graded, "run": result.run.id}


def offline_child(inputs: str, lib_dir: str) -> None:
    """Runs in a fresh process so maxrss is this run's peak alone."""
    from mockpm.batch.runs import RunStore
    from mockpm.batch.service import BatchSettings, run_batch
    from mockpm.catalog import load_library

    lib = load_library([Path(lib_dir)], include_builtin=False)
    store = RunStore.open(group=64)
    out = Path(inputs).parent / "results.csv"
    t0 = time.perf_counter()
    result = run_batch(BatchSettings(inputs=[inputs], out=str(out), progress=False), lib, None, store=store)
    wall = time.perf_counter() - t0
    store.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"wall": wall, "graded": result.summary.graded, "rss_mb": rss_mb}))


def breakdown(inputs: Path, lib_dir: Path, base_url: str) -> dict:
    """CPU per answer in each stage of the judged path (where the time goes when CPU-bound)."""
    import asyncio

    import openai

    from mockpm.batch.inputs import expand_inputs
    from mockpm.catalog import load_library
    from mockpm.grading import finish, prepare
    from mockpm.judge.prompts import judge_messages

    lib = load_library([lib_dir], include_builtin=False)
    items = expand_inputs([str(inputs)], lib).items[:300]
    sc = lib.scenario(items[0].scenario_id)
    rubrics = lib.rubrics_for(sc)
    out = {}
    t = time.process_time()
    preps = [prepare(i.answer, sc, rubrics) for i in items]
    out["prepare (guards + keyword checks)"] = (time.process_time() - t) / len(items)
    t = time.process_time()
    messages = [judge_messages(p.request())[1] for p in preps]
    out["judge prompt"] = (time.process_time() - t) / len(items)
    t = time.process_time()
    for p in preps:
        finish(p, None).model_dump_json()
    out["finish + report JSON"] = (time.process_time() - t) / len(items)

    async def raw() -> float:
        client = openai.AsyncOpenAI(base_url=base_url, api_key="x", max_retries=0)
        sem = asyncio.Semaphore(CONCURRENCY)

        async def one(m: list) -> None:
            async with sem:
                await client.chat.completions.create(model="m", messages=m, temperature=0)

        await one(messages[0])
        c0 = time.process_time()
        await asyncio.gather(*(one(m) for m in messages))
        return (time.process_time() - c0) / len(messages)

    out["openai client, one request"] = asyncio.run(raw())
    return out


def bench_a_c(tmp: Path, only: str | None) -> None:
    lib, inputs = generate(tmp / "judged", N_JUDGED, "csv")
    t = time.perf_counter()
    import openai  # noqa: F401 - a one-off start-up cost, kept out of the per-answer figures
    print(f"    (import openai: {time.perf_counter() - t:.2f} s, once per process)")
    with Server() as server:
        first = judged_run(inputs, lib, server.base_url)
        requests = server.chat_requests()
        ideal = N_JUDGED * LATENCY / CONCURRENCY
        if only in (None, "a"):
            print(f"(a) {first['graded']} answers, {requests} judge requests, {LATENCY * 1000:.0f} ms latency, "
                  f"concurrency {CONCURRENCY}")
            print(f"    wall {first['wall']:.3f} s vs ideal {ideal:.4f} s: {first['wall'] / ideal * 100 - 100:+.1f} % "
                  f"({'within' if first['wall'] <= ideal * 1.10 else 'NOT within'} 10 %)")
            print(f"    client CPU {first['cpu']:.2f} s = {first['cpu'] / N_JUDGED * 1000:.2f} ms per answer "
                  f"(CPU-bound above {ideal / N_JUDGED * 1000:.2f} ms per answer)")
            for stage, sec in breakdown(inputs, lib, server.base_url).items():
                print(f"      {stage:<36} {sec * 1000:.2f} ms CPU per answer")
        if only in (None, "c"):
            before = server.chat_requests()  # after the breakdown's own requests
            again = judged_run(inputs, lib, server.base_url)
            extra = server.chat_requests() - before
            print(f"(c) same command again: {again['new']} graded, {extra} judge requests, {again['wall']:.2f} s "
                  f"(run {again['run']} == {first['run']}: {again['run'] == first['run']})")


def bench_b(tmp: Path) -> None:
    lib, inputs = generate(tmp / "offline", N_OFFLINE, "jsonl")
    env = dict(os.environ, MOCKPM_HOME=str(tmp / "home-b"))
    proc = subprocess.run([sys.executable, __file__, "--offline-child", str(inputs), str(lib)], capture_output=True,
                          text=True, env=env, check=True)
    doc = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"(b) {doc['graded']} answers offline in {doc['wall']:.2f} s = {doc['graded'] / doc['wall']:.0f} answers/s; "
          f"peak RSS {doc['rss_mb']:.0f} MB ({'under' if doc['rss_mb'] < 300 else 'OVER'} 300 MB)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=("a", "b", "c"))
    ap.add_argument("--serve", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--offline-child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return
    if args.offline_child:
        offline_child(*args.offline_child)
        return
    with tempfile.TemporaryDirectory(prefix="mockpm-bench-") as d:
        tmp = Path(d)
        os.environ["MOCKPM_HOME"] = str(tmp / "home")
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MOCKPM_MODEL", "MOCKPM_LIBRARY"):
            os.environ.pop(name, None)
        if args.only in (None, "a", "c"):
            bench_a_c(tmp, args.only)
        if args.only in (None, "b"):
            bench_b(tmp)


if __name__ == "__main__":
    main()
