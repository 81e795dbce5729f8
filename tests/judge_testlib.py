"""A tiny scenario/rubric library for judge tests, independent of the shipped content."""

from __future__ import annotations

from pathlib import Path

SCENARIO_ID = "tiny-sepsis"
SCENARIO = """\
id: tiny-sepsis
title: Tiny sepsis alert
round: case-study
question: How would you decide whether to roll out a sepsis early-warning model to every ward?
context: A health system piloted a vendor sepsis model in two ICUs; nurses complain about alert fatigue.
constraints:
  - Six months to a decision
time_limit_minutes: 20
follow_ups:
  - What would you measure first?
  - Who signs off?
rubrics: [tiny-core]
strong_answer:
  - Validates locally before scaling
  - Measures patient outcomes
  - Involves nurses
topic_terms: [sepsis, alert, nurse, ICU, validation, model, ward]
seeds: [000_94df4dbab0b20ccd.txt]
"""
RUBRIC = """\
id: tiny-core
title: Tiny core rubric
criteria:
  - id: tiny.validation
    axis: model-quality-and-safety
    statement: Validates the model locally (silent mode or retrospective review) before wider rollout.
    points: 5
    check:
      any: ["silent mode", "validat*", "retrospective"]
    seed: 000_94df4dbab0b20ccd.txt
    reason: Local validation is the bar clinical buyers apply.
  - id: tiny.outcomes
    axis: model-quality-and-safety
    statement: Judges success by patient outcomes such as mortality or time to antibiotics.
    points: 4
    check:
      any: ["mortality", "time to antibiotics", "outcome*"]
    seed: 000_94df4dbab0b20ccd.txt
    reason: Outcomes, not alert counts, show whether the product helps.
  - id: tiny.nurses
    axis: clinical-workflow
    statement: Brings nurses into the design of the alert workflow and its thresholds.
    points: 3
    check:
      any: ["nurs*"]
    seed: 000_94df4dbab0b20ccd.txt
    reason: Nurses act on sepsis alerts first.
  - id: tiny.growth-hacking
    axis: stakeholders
    statement: Treats the rollout like consumer growth, optimising engagement or clicks over care.
    points: -3
    check:
      any: ["engagement", "viral", "growth hack*"]
    seed: 000_94df4dbab0b20ccd.txt
    reason: Consumer-growth instincts carried into care delivery are a red flag.
  - id: tiny.no-regulation
    axis: regulatory
    statement: Never considers whether the model is regulated (FDA clinical decision support rules).
    points: -2
    check:
      none: ["FDA", "regulat*", "clinical decision support"]
    seed: 000_94df4dbab0b20ccd.txt
    reason: Missing the regulatory question sinks healthcare PM candidates.
"""
ANSWER = """\
---
scenario: tiny-sepsis
candidate: Test Candidate
---
I would not roll the sepsis model out to every ward until we validate it on our own patients.
First I would run it in silent mode for eight weeks in the two ICUs and on two general wards,
with a retrospective chart review so we know its sensitivity and how many alerts each nurse
would see per shift. The nurses who answer these alerts should help set the thresholds and
decide where the alert lands in their workflow, because alert fatigue is already the complaint.
Success means patient outcomes: time to antibiotics and sepsis mortality, not the number of
alerts fired. I would also check with our regulatory team whether the FDA treats this as
clinical decision support, and only then decide ward by ward with the CMO and nursing leads.
"""


def write_library(root: Path) -> Path:
    (root / "scenarios").mkdir(parents=True, exist_ok=True)
    (root / "rubrics").mkdir(parents=True, exist_ok=True)
    (root / "scenarios" / f"{SCENARIO_ID}.yaml").write_text(SCENARIO, encoding="utf-8")
    (root / "rubrics" / "tiny-core.yaml").write_text(RUBRIC, encoding="utf-8")
    return root


def write_answer(path: Path, text: str = ANSWER) -> Path:
    path.write_text(text, encoding="utf-8")
    return path

SECRET = "sk-test-SECRET123"  # the API key the judge tests set; it must never appear in output
