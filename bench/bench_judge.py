"""Judge benchmark against the fake OpenAI server (tests/openai_fake.py) in a separate process.

Measures
  (a) judge calls per graded answer (goal: 1),
  (b) prompt tokens of the largest built-in scenario, answer excluded (goal: < 4k;
      estimated as characters / 4 unless tiktoken is installed),
  (c) mockpm's own time around a judge call: wall time minus the server's latency, the CPU
      per call in the mockpm process (openai client included), and the judge code alone
      (prompt, cache, parsing, verdicts) with the HTTP call replaced by a canned reply.
  plus a concurrent run (N answers, C in flight) for the batch target.

Run: python bench/bench_judge.py [--latency 0.05] [--sequential 100] [--answers 1000] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests" / "judge")]


def _serve(conn, latency: float) -> None:  # noqa: ANN001 - multiprocessing Connection
    from openai_fake import FakeOpenAI, Reply, smart_judge

    fake = FakeOpenAI().start()
    fake.on_chat(smart_judge(delay=latency))
    fake.route("GET", "/_stats", lambda req: Reply(200, {"chat_calls": fake.count()}))
    conn.send(fake.base_url)
    conn.recv()  # block until the parent is done
    fake.stop()


def _server_calls(base_url: str) -> int:
    import json
    import urllib.request

    with urllib.request.urlopen(base_url.removesuffix("/v1") + "/_stats") as resp:
        return json.load(resp)["chat_calls"]


def _tokens(text: str) -> int:
    try:
        import tiktoken

        return len(tiktoken.get_encoding("o200k_base").encode(text))
    except ImportError:
        return len(text) // 4


def _tiny():
    import yaml
    from judge_testlib import ANSWER, RUBRIC, SCENARIO

    from mockpm.answers import parse_answer
    from mockpm.models import Rubric, Scenario

    return Scenario.model_validate(yaml.safe_load(SCENARIO)), [Rubric.model_validate(yaml.safe_load(RUBRIC))], parse_answer(ANSWER, source="tiny")


def _variant(answer, i: int):  # noqa: ANN001, ANN202
    return answer.model_copy(update={"text": f"{answer.text}\nVariant {i}: we would also review it with the nursing council."})


def prompt_size() -> tuple[str, int, int]:
    """(scenario id, estimated tokens, characters) of the largest static prompt."""
    from mockpm.catalog import load_library
    from mockpm.judge.base import JudgeRequest
    from mockpm.judge.prompts import judge_messages

    try:
        lib = load_library()
        pairs = [(s, lib.criteria_for(s)) for s in lib.scenarios.values()]
        label = ""
    except Exception as exc:  # noqa: BLE001 - library content may be mid-edit; fall back
        pairs, label = [], f" (library not loadable: {exc})"
    if not pairs:
        scenario, rubrics, _ = _tiny()
        pairs = [(scenario, [c for r in rubrics for c in r.criteria])]
        label = label or " (no built-in scenarios yet: tiny test scenario)"
    best = ("", 0, 0)
    for scenario, criteria in pairs:
        _, messages = judge_messages(JudgeRequest(scenario=scenario, criteria=criteria, answer_text=""))
        text = "\n".join(m["content"] for m in messages)
        tokens = _tokens(text)
        if tokens > best[1]:
            best = (scenario.id + label, tokens, len(text))
    return best


def judge_code_only(n: int = 300) -> float:
    """Mean ms of the judge's own work per answer, the HTTP call replaced by a canned reply."""
    import json

    from openai_fake import verdicts

    from mockpm.config import resolve
    from mockpm.grading import prepare
    from mockpm.judge.exchange import Tally
    from mockpm.judge.openai_judge import OpenAIJudge
    from mockpm.judge.transport import Completion
    from mockpm.judge.prompts import judge_messages
    from mockpm.judge.votes import combine

    scenario, rubrics, answer = _tiny()
    settings, _ = resolve(base_url="http://127.0.0.1:1/v1")
    judge = OpenAIJudge(settings, use_cache=True)
    ids = [c.id for r in rubrics for c in r.criteria]
    body = json.dumps({
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(
            verdicts({i: True for i in ids}, "I would not roll the sepsis model out"))}}],
        "usage": {"prompt_tokens": 900, "completion_tokens": 150}, "system_fingerprint": "fp",
    }).encode()
    requests = [prepare(_variant(answer, i), scenario, rubrics).request() for i in range(n)]
    spent = 0.0
    for req in requests:
        t = time.perf_counter()
        sp, messages = judge_messages(req)
        tally = Tally()
        gen = judge._sample_flow(sp, messages, 0, tally)
        value = None
        while True:
            try:
                gen.send(value)
            except StopIteration as stop:
                sample = stop.value
                break
            value = Completion.from_body(body)
        combine(judge.settings, 1, sp, [sample], tally)
        spent += time.perf_counter() - t
    judge.cache.flush()
    return spent / n * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=0.05, help="server latency per call, seconds")
    ap.add_argument("--sequential", type=int, default=100, help="answers graded one after another for (c)")
    ap.add_argument("--answers", type=int, default=1000, help="answers in the concurrent run")
    ap.add_argument("--concurrency", type=int, default=32)
    args = ap.parse_args()

    os.environ["MOCKPM_HOME"] = tempfile.mkdtemp(prefix="mockpm-bench-")
    for name in ("OPENAI_API_KEY", "MOCKPM_MODEL"):
        os.environ.pop(name, None)

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=_serve, args=(child, args.latency), daemon=True)
    server.start()
    base_url = parent.recv()
    os.environ["OPENAI_BASE_URL"] = base_url

    from mockpm.grading import agrade, grade
    from mockpm.judge.factory import make_judge

    scenario, rubrics, answer = _tiny()
    rows: list[tuple[str, str, str]] = []

    # (a) calls per graded answer
    judge = make_judge()
    grade(_variant(answer, -1), scenario, rubrics, judge)  # warm-up: imports, first connection
    before = _server_calls(base_url)
    k = 20
    reports = [grade(_variant(answer, i), scenario, rubrics, judge) for i in range(k)]
    calls = (_server_calls(base_url) - before) / k
    rows.append(("(a) judge calls per graded answer", f"{calls:.2f}", "goal 1"))
    before = _server_calls(base_url)
    again = [grade(_variant(answer, i), scenario, rubrics, judge) for i in range(k)]
    rows.append(("    ... same answers again (cache)", f"{(_server_calls(base_url) - before) / k:.2f}",
                 f"cache hits {sum(r.judge.cache_hits for r in again)}/{k}"))
    assert all(r.complete for r in reports)

    # (b) static prompt size
    sid, tokens, chars = prompt_size()
    rows.append(("(b) prompt tokens, largest scenario, no answer", f"{tokens}", f"goal < 4000; {chars} chars; {sid}"))

    # (c) overhead around one call
    judge = make_judge(use_cache=False)

    async def sequential() -> tuple[list[float], float]:
        requests = [_prep(i) for i in range(args.sequential + 1)]  # grading-core work kept out of the timing
        await judge.ajudge(requests[0])
        walls = []
        c = time.process_time()
        for req in requests[1:]:
            t = time.perf_counter()
            await judge.ajudge(req)
            walls.append(time.perf_counter() - t - args.latency)
        cpu = time.process_time() - c
        await judge.aclose()
        return sorted(walls), cpu / args.sequential

    from mockpm.grading import prepare

    def _prep(i: int):  # noqa: ANN202
        return prepare(_variant(answer, 10_000 + i), scenario, rubrics).request()

    walls, cpu = asyncio.run(sequential())
    median, p90 = walls[len(walls) // 2], walls[int(len(walls) * 0.9)]
    rows.append(("(c) mockpm time per call (wall - latency), median", f"{median * 1000:.2f} ms",
                 f"p90 {p90 * 1000:.1f} ms; latency {args.latency * 1000:.0f} ms; server parsing included"))
    rows.append(("    CPU per call in mockpm (openai client incl.)", f"{cpu * 1000:.2f} ms", "server in another process"))
    rows.append(("    judge code only (no HTTP)", f"{judge_code_only():.3f} ms", "prompt, cache key/put, parse, verdicts"))

    # the grading core around the judge (guards, keyword checks, scoring): not judge code
    from mockpm.grading import finish

    t = time.perf_counter()
    for i in range(100):
        finish(prepare(_variant(answer, 50_000 + i), scenario, rubrics), None)
    rows.append(("    grading core per answer (not the judge)", f"{(time.perf_counter() - t) * 10:.2f} ms", "guards, keywords, scoring"))

    # concurrent run, as a batch would do it
    judge = make_judge()

    async def concurrent() -> float:
        sem = asyncio.Semaphore(args.concurrency)
        items = [_variant(answer, 100_000 + i) for i in range(args.answers)]

        async def one(a):  # noqa: ANN001, ANN202
            async with sem:
                return await agrade(a, scenario, rubrics, judge)

        t = time.perf_counter()
        out = await asyncio.gather(*(one(a) for a in items))
        elapsed = time.perf_counter() - t
        await judge.aclose()
        assert all(r.complete for r in out)
        return elapsed

    elapsed = asyncio.run(concurrent())
    ideal = args.answers / args.concurrency * args.latency
    rows.append((f"concurrent: {args.answers} answers, {args.concurrency} in flight", f"{elapsed:.2f} s",
                 f"latency-bound ideal {ideal:.2f} s"))

    parent.send("stop")
    server.join(timeout=5)

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>10}  {note}")


if __name__ == "__main__":
    main()
