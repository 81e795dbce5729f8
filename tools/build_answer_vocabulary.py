"""Build each built-in question's answer vocabulary (src/mockpm/answer_vocabulary.json).

    python tools/build_answer_vocabulary.py

From the genuine labelled answers (tests/data/tuning and the built-in dev split, never the
held-out split): the stems that at least MIN_ANSWERS answers to a question use. Then, leaving one
writer group out at a time, it prints the shares that genuine answers and attacks get, so the bar
in answer_vocabulary.py is checked against writers the vocabulary did not see.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from mockpm.answer_vocabulary import BAR, MIN_ANSWERS, MIN_DISTINCT, VOCABULARY_FILE, answer_words
from mockpm.catalog import load_library
from mockpm.reject_model import question_digest
from mockpm.samples import GENUINE_KINDS, load_samples
from mockpm.stemming import STEM_RULES

ROOT = Path(__file__).resolve().parent.parent


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "mockpm" / VOCABULARY_FILE)
    args = ap.parse_args()
    lib = load_library(None)
    known = set(lib.scenarios)
    tuning = load_samples([ROOT / "tests" / "data" / "tuning"], include_builtin=False, known_scenarios=known)
    builtin = load_samples(None, include_builtin=True, known_scenarios=known)
    answers = [(re.search(r"\.([a-z0-9]+)\.yaml$", s.source).group(1), s.scenario, s.kind, s.label, answer_words(s.text))
               for s in [*tuning.samples, *(s for s in builtin.samples if s.split == "dev")]]
    used: dict[str, Counter[str]] = defaultdict(Counter)
    by_group: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for group, sid, kind, _, words in answers:
        if kind in GENUINE_KINDS:
            used[sid].update(words)
            by_group[(sid, group)].update(words)

    # Left one writer group out: the share each answer gets from the other groups' vocabulary.
    shares: dict[str, list[float]] = defaultdict(list)
    for group, sid, kind, label, words in answers:
        if len(words) < MIN_DISTINCT:
            continue
        counts = used[sid] - by_group[(sid, group)]
        share = sum(1 for w in words if counts[w] >= MIN_ANSWERS) / len(words)
        key = ("genuine 4-5" if label >= 4 else "genuine 1-3") if kind in GENUINE_KINDS else kind
        shares[key].append(share)
    for key in sorted(shares, key=lambda k: (not k.startswith("genuine"), k)):
        values = shares[key]
        under = sum(1 for v in values if v < BAR)
        print(f"{key:18s} n={len(values):5d} min {min(values):.3f}  0.5% {_quantile(values, 0.005):.3f}  "
              f"median {_quantile(values, 0.5):.3f}  under {BAR}: {under}")

    out = {
        "stem_rules": STEM_RULES,
        "min_answers": MIN_ANSWERS,
        "answers": sum(1 for a in answers if a[2] in GENUINE_KINDS),
        "scenarios": {sid: {"question": question_digest(lib.scenario(sid).question),
                            "words": " ".join(sorted(w for w, n in used[sid].items() if n >= MIN_ANSWERS))}
                      for sid in sorted(used)},
    }
    args.out.write_text(json.dumps(out, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
