"""Generate a synthetic cohort of answers (and a small library to grade them against).

    python bench/make_cohort.py OUT_DIR -n 1000 [--format md|csv|jsonl] [--seed 7]

Writes OUT_DIR/library/ (scenario + rubrics + seeds.yaml) and the answers: OUT_DIR/answers/*.md,
or OUT_DIR/cohort.csv / cohort.jsonl. Each answer mixes strong, middling and weak sentences, so
scores spread across the bands; a unique closing sentence keeps every answer distinct.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path
from textwrap import dedent

SCENARIO_ID = "bench-sepsis"
SEED_FILE = "000_94df4dbab0b20ccd.txt"

SCENARIO = dedent(f"""\
    id: {SCENARIO_ID}
    title: Sepsis alert launch decision
    round: technical
    question: How would you decide whether a sepsis early-warning model is ready to launch across our hospitals?
    context: A health system wants to switch on a sepsis alert built on vitals and labs in its ICUs and wards.
    time_limit_minutes: 20
    follow_ups:
      - What happens when the model misses a case?
      - How do nurses respond to the alert at 3am?
    rubrics: [bench-core, bench-sepsis]
    strong_answer:
      - Sets the bar in clinical terms
      - Plans silent-mode validation
      - Names the regulatory status
    topic_terms: [sepsis, alert*, nurse*, ICU, lactate, vital*, antibiotic*]
    seeds: [{SEED_FILE}]
    """)

RUBRICS = {
    "bench-core": [
        ("regulatory", "regulatory", "Names the regulatory constraints that apply to the product.", 5,
         '[HIPAA, FDA, SaMD, "510(k)", clinical decision support]'),
        ("validation", "model-quality-and-safety", "Treats clinical validation as its own gate before launch.", 4,
         "[silent mode, shadow mode, chart review, prospective*, validation study]"),
        ("workflow", "clinical-workflow", "Grounds the plan in how nurses and physicians actually work.", 4,
         "[workflow*, nurse*, physician*, handoff*, rounds]"),
        ("equity", "equity", "Checks performance across patient subgroups before and after launch.", 3,
         "[subgroup*, bias, equity, underrepresented, fairness]"),
        ("stakeholders", "stakeholders", "Brings clinical leaders and frontline staff into the decision.", 3,
         "[CMIO, CNO, nursing leadership, clinical champion*, governance committee]"),
        ("metrics", "business-and-reimbursement", "Ties success to outcomes and cost, not usage.", 3,
         "[mortality, length of stay, time to antibiotics, SEP-1, readmission*]"),
        ("growth-framing", "clinical-workflow", "Frames the alert as an engagement or growth feature.", -4,
         "[open rates, retention, engagement, viral, growth hack*]"),
    ],
    "bench-sepsis": [
        ("sensitivity", "model-quality-and-safety", "Sets the launch bar on sensitivity and false negatives.", 5,
         "[sensitivity, false negative*, PPV, recall]"),
        ("alert-fatigue", "clinical-workflow", "Plans for alert fatigue and alert burden on nurses.", 4,
         "[alert fatigue, alert burden, alerts per shift, override rate]"),
        ("auc-only", "model-quality-and-safety", "Judges the model by AUC alone.", -5, "[AUC, AUROC]"),
        ("data-drift", "interoperability-and-data", "Monitors data feeds and drift after go-live.", 3,
         "[drift, data feed*, HL7, FHIR, monitoring]"),
    ],
}

STRONG = [
    "I would set the launch bar on sensitivity above 85% at a PPV the ICU nurses can live with, because every false negative is a patient whose antibiotics start late.",
    "Before go-live we run the model in silent mode for eight weeks and compare its alerts with chart review by two intensivists.",
    "The nurse workflow matters most: who sees the alert, at which handoff, and what they do in the first ten minutes.",
    "Because it informs treatment, we check FDA guidance on clinical decision support and keep HIPAA controls on the vitals and lactate feed.",
    "We look at performance by subgroup, since a model trained on one population can carry bias into wards with underrepresented patients.",
    "The CMIO and nursing leadership co-own the go/no-go call through the clinical governance committee.",
    "Success means lower mortality and shorter time to antibiotics, tracked against the SEP-1 bundle.",
    "We plan for alert fatigue by capping alerts per shift and watching the override rate every week.",
    "After launch we monitor drift in the data feeds, especially when the lab interface or HL7 mapping changes.",
]
MIDDLE = [
    "I would talk to the clinical team early and make sure the alert fits how the ward runs.",
    "We should make sure the model is accurate enough before we put it in front of people in the ICU.",
    "I would pilot it in one hospital first and learn from the sepsis cases we see there.",
    "Data quality from the vitals feed is a risk we need to understand before scaling.",
]
WEAK = [
    "The AUC is 0.91, which is excellent, so I would launch it everywhere quickly.",
    "We would track retention and open rates on the alert to see if people engage with it.",
    "I would move fast and iterate, because speed is how product teams win.",
    "Growth hacks like streaks could keep clinicians coming back to the sepsis dashboard.",
]


def write_library(root: Path) -> Path:
    (root / "scenarios").mkdir(parents=True, exist_ok=True)
    (root / "rubrics").mkdir(parents=True, exist_ok=True)
    (root / "scenarios" / f"{SCENARIO_ID}.yaml").write_text(SCENARIO)
    for rid, crits in RUBRICS.items():
        lines = [f"id: {rid}", f"title: {rid}", "criteria:"]
        for cid, axis, statement, points, terms in crits:
            lines += [
                f"  - id: {rid}.{cid}", f"    axis: {axis}", f"    statement: {statement}", f"    points: {points}",
                f"    check:\n      any: {terms}", f"    seed: {SEED_FILE}",
                "    reason: Hiring committees weigh this heavily for healthcare AI product roles.",
            ]
        (root / "rubrics" / f"{rid}.yaml").write_text("\n".join(lines) + "\n")
    (root / "seeds.yaml").write_text(f"seeds:\n  - file: {SEED_FILE}\n    title: Synthetic cohort seed\n")
    return root


def make_answer(rng: random.Random, i: int) -> str:
    quality = rng.random()
    n_strong = round(quality * len(STRONG))
    parts = rng.sample(STRONG, n_strong) + rng.sample(MIDDLE, rng.randint(1, 3))
    if quality < 0.5:
        parts += rng.sample(WEAK, rng.randint(1, 3))
    rng.shuffle(parts)
    parts.append(f"That is how I would approach the sepsis alert decision for cohort answer {i}.")
    return " ".join(parts)


def generate(out: Path, n: int, fmt: str = "md", seed: int = 7) -> tuple[Path, Path]:
    """Write library + cohort; return (library dir, input path for `mockpm batch`)."""
    rng = random.Random(seed)
    lib = write_library(out / "library")
    rows = [(f"cand-{i:05d}", make_answer(rng, i)) for i in range(n)]
    if fmt == "md":
        folder = out / "answers"
        folder.mkdir(parents=True, exist_ok=True)
        for cand, text in rows:
            (folder / f"{cand}.md").write_text(f"---\nscenario: {SCENARIO_ID}\ncandidate: {cand}\n---\n{text}\n", encoding="utf-8")
        return lib, folder
    path = out / f"cohort.{fmt}"
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "candidate", "scenario", "answer"])
            for i, (cand, text) in enumerate(rows):
                w.writerow([i, cand, SCENARIO_ID, text])
    else:
        with path.open("w", encoding="utf-8") as fh:
            for i, (cand, text) in enumerate(rows):
                fh.write(json.dumps({"id": i, "candidate": cand, "scenario": SCENARIO_ID, "answer": text}) + "\n")
    return lib, path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--format", choices=("md", "csv", "jsonl"), default="md")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    lib, inputs = generate(args.out, args.n, args.format, args.seed)
    print(f"library: {lib}\ninputs:  {inputs}\nrun:     mockpm batch {inputs} --library {lib}")


if __name__ == "__main__":
    main()
