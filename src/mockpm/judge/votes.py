"""From the samples one judge() call collected to one verdict per criterion, and its JudgeInfo.

A verdict needs a strict majority of the samples asked for (failed samples count against both
sides); a tie stays unscored and is flagged for a human.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mockpm.config import JudgeSettings
from mockpm.verdict_flags import FLAG_LOW_CONFIDENCE
from mockpm.judge.base import JudgeResult, JudgeVerdict
from mockpm.judge.exchange import Tally
from mockpm.judge.pricing import estimate_cost
from mockpm.judge.prompts import JUDGE_PROMPT, StaticPrompt
from mockpm.judge.schema import JudgeReply
from mockpm.models import JudgeInfo, Usage

LOW_AGREEMENT = 0.67
FLAG_NO_VERDICT = "judge: no valid verdict for this criterion"


@dataclass
class Sample:
    reply: JudgeReply | None = None
    error: str | None = None
    outage: bool = False  # the error is the endpoint being unreachable or silent
    missing: set[str] = field(default_factory=set)  # ids without a valid verdict

    def by_id(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.reply is not None:
            for v in self.reply.verdicts:
                out.setdefault(v.criterion_id, v)
        return out


def _vote(cid: str, tables: list[dict[str, Any]], n: int) -> JudgeVerdict:
    votes = [t[cid] for t in tables if cid in t]
    yes = [v for v in votes if v.met]
    no = [v for v in votes if not v.met]
    if 2 * len(yes) > n:
        met, winners = True, yes
    elif 2 * len(no) > n:
        met, winners = False, no
    else:
        met, winners = None, max(yes, no, key=len)
    pick = next((v for v in winners if v.evidence.strip()), winners[0]) if met else winners[0]
    flags: list[str] = []
    confidence = None
    if n > 1:
        confidence = round(len(winners) / n, 3)
        if confidence < LOW_AGREEMENT:
            flags.append(FLAG_LOW_CONFIDENCE)
    rationale = pick.rationale if met is not None else f"judge samples split {len(yes)}-{len(no)}: no majority"
    return JudgeVerdict(criterion_id=cid, met=met, rationale=rationale, evidence=pick.evidence if met else "",
                        confidence=confidence, flags=flags)


def combine(settings: JudgeSettings, n: int, sp: StaticPrompt, samples: list[Sample], tally: Tally) -> JudgeResult:
    ok = [smp for smp in samples if smp.reply is not None]
    errors = [smp.error for smp in samples if smp.error]
    tables = [smp.by_id() for smp in ok]
    out: list[JudgeVerdict] = []
    for cid in sp.ids:
        if not any(cid in t for t in tables):
            why = errors[0] if not ok and errors else "the judge returned no valid verdict"
            out.append(JudgeVerdict(criterion_id=cid, met=None, rationale=f"not scored: {why}",
                                    flags=[FLAG_NO_VERDICT] if ok else []))
            continue
        out.append(_vote(cid, tables, n))
    error = None
    if not ok and errors:
        error = errors[0] if n == 1 else f"{errors[0]} (all {n} samples failed)"
    elif any(smp.missing for smp in ok):
        missing = sorted(set().union(*(smp.missing for smp in ok)))
        error = f"no valid verdict for {', '.join(missing)} after a repair attempt"
    usage = Usage(prompt_tokens=tally.prompt_tokens, completion_tokens=tally.completion_tokens, cached_tokens=tally.cached_tokens)
    summary = next((smp.reply.summary for smp in ok if smp.reply.summary), "")
    info = JudgeInfo(
        mode="llm", model=settings.model, base_url_host=settings.host, prompt_version=JUDGE_PROMPT,
        output_mode=tally.mode, system_fingerprint=tally.fingerprint, calls=tally.calls, cache_hits=tally.cache_hits,
        samples=n, usage=usage, cost_usd=estimate_cost(settings.model, usage, settings.prices),
        summary=summary or None, error=error, outage=bool(samples) and not ok and all(smp.outage for smp in samples),
    )
    return JudgeResult(verdicts=out, summary=summary, info=info)
