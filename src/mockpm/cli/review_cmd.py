"""`mockpm review RUN`: a person decides the criteria the grader doubts, one at a time."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from mockpm.cli.common import notice

KEYS = {"m": "met", "met": "met", "y": "met", "n": "not met", "not met": "not met", "s": "skip", "skip": "skip"}


def _verdict(met: bool | None, red: bool) -> str:
    if met is None:
        return "unscored"
    if red:
        return "red flag hit" if met else "red flag avoided"
    return "met" if met else "not met"


def _show(task, i: int, n: int) -> None:  # noqa: ANN001
    from mockpm.batch.inputs import display_name
    from mockpm.report.safe import printable

    item, c = task.item, task.criterion
    red = c.points < 0
    lines = [
        "",
        f"[{i}/{n}] {display_name(item.candidate, item.item_id, item.source)} — {item.scenario} ({item.source})",
        f"criterion {c.id} ({c.points:+d}{', red flag' if red else ''}): {c.statement}",
        f"why it is here: {'; '.join(task.reasons)}",
        f"  keywords: {_verdict(c.keyword_met, red)}   judge: {_verdict(c.judge_met, red)}"
        + (f" (agreement {c.confidence:.0%})" if c.confidence is not None else "")
        + f"   grader: {_verdict(c.met, red)}",
    ]
    lines += _evidence_lines(c)
    print(printable("\n".join(lines)), flush=True)


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


def _evidence_lines(c) -> list[str]:  # noqa: ANN001 - CriterionResult
    """What each side saw: the words the keyword check matched, the judge's quotes and its reasons."""
    found = list(dict.fromkeys(m.text for m in c.matches))
    lines = ["  keyword matches: " + (", ".join(_quote(t, 60) for t in found[:8]) if found else "none")
             + (f" (+{len(found) - 8} more)" if len(found) > 8 else "")]
    quotes = [e for e in dict.fromkeys(c.evidence) if e not in found]
    who = "judge's evidence" if c.judge_met is not None else "evidence"
    lines += [f"  {who}: {_quote(e)}" for e in quotes[:4]]
    if c.judge_met is not None and not quotes:
        lines.append(f"  {who}: none quoted")
    if c.rationale:
        lines.append(f"  judge's rationale: {' '.join(c.rationale.split())}")
    return lines


def _ask(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


def review_command(
    run: Annotated[str, typer.Argument(metavar="RUN", help="A run id, a unique prefix of one, or `latest`.", show_default=False)],
    list_only: Annotated[bool, typer.Option("--list", help="Print what is waiting for review, without asking.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="With --list: print JSON on stdout.")] = False,
    again: Annotated[bool, typer.Option("--again", help="Also revisit criteria already decided.")] = False,
) -> None:
    """Decide each criterion the grader flagged for review (judge and keywords disagree, low judge
    agreement, unsupported evidence, unscored): met, not met or skip, with an optional note.

    Every decision is saved at once; reports, exports, the HTML page and `calibrate` treat it as
    final. Answers come from the keyboard or, for scripts, one per line on stdin
    (m / n / s / q, then the note). Ctrl-D or q stops; decisions made so far are kept.
    """
    from mockpm.batch import reviews
    from mockpm.batch.run_queries import resolve_run
    from mockpm.batch.runs import RunStore

    store = RunStore.open()
    try:
        info = resolve_run(store, run)
        tasks = reviews.pending(store, info.id)
        if again:
            done = reviews.decisions(store, info.id)
            seen = {(t.item.key, t.criterion.id) for t in tasks}
            tasks += [reviews.ReviewTask(item=it, criterion=c, reasons=reviews.review_reasons(c) or ["decided before"])
                      for it in store.iter_items(info.id, statuses=("graded",)) if it.report is not None
                      for c in it.report.criteria
                      if c.id in done.get(it.key, {}) and (it.key, c.id) not in seen]
        if list_only:
            _list(tasks, json_out)
            return
        if not tasks:
            notice(f"nothing to review in run {info.id}: no criterion is flagged")
            return
        counts = {"met": 0, "not met": 0, "skip": 0}
        for i, task in enumerate(tasks, 1):
            _show(task, i, len(tasks))
            choice = None
            red = task.criterion.points < 0
            prompt = ("decision [m]et (red flag hit) / [n]ot met (avoided) / [s]kip / [q]uit: " if red
                      else "decision [m]et / [n]ot met / [s]kip / [q]uit: ")
            while choice is None:
                raw = _ask(prompt)
                if raw is None or raw.strip().lower() in ("q", "quit"):
                    break
                choice = KEYS.get(raw.strip().lower())
                if choice is None:
                    print("  type m, n, s or q", flush=True)
            if choice is None:
                break
            note = None if choice == "skip" else _ask("note (optional, Enter for none): ")
            reviews.record(store, info.id, task.item.key, task.criterion.id, choice, note)
            counts[choice] += 1
        left = len(reviews.pending(store, info.id))
    finally:
        store.close()
    notice(f"run {info.id}: {counts['met']} met, {counts['not met']} not met, {counts['skip']} skipped; "
           f"{left} still to review")


def _list(tasks, json_out: bool) -> None:  # noqa: ANN001
    from mockpm.batch.inputs import display_name
    from mockpm.report.safe import printable

    rows = [{"candidate": display_name(t.item.candidate, t.item.item_id, t.item.source), "source": t.item.source,
             "scenario": t.item.scenario, "criterion": t.criterion.id, "statement": t.criterion.statement,
             "reasons": t.reasons, "keyword_met": t.criterion.keyword_met, "judge_met": t.criterion.judge_met,
             "met": t.criterion.met} for t in tasks]
    if json_out:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        print("Nothing waiting for review.")
    for r in rows:
        print(printable(f"{r['candidate']} [{r['scenario']}] {r['criterion']}: {'; '.join(r['reasons'])}"))
