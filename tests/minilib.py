"""A tiny library written into a temp dir, so core tests do not depend on the bundled content."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

SEED = "000_94df4dbab0b20ccd.txt"

SCENARIO = dedent(
    """\
    id: mini-sepsis
    title: Mini sepsis launch bar
    round: technical
    question: How would you decide whether a sepsis early-warning model is ready to launch?
    context: A hospital wants to switch on a sepsis alert built on vitals and labs.
    constraints:
      - Runs on EHR data refreshed every 15 minutes
    time_limit_minutes: 15
    follow_ups:
      - What happens when the model misses a case?
      - How do nurses respond to the alert?
    rubrics: [mini-core, mini-sepsis]
    strong_answer:
      - Sets the bar in clinical terms
      - Plans silent-mode validation
      - Names the regulatory status
    topic_terms: [sepsis, alert*, nurse*, ICU, lactate, vital*, antibiotic*]
    seeds: [000_94df4dbab0b20ccd.txt]
    """
)

CORE = dedent(
    """\
    id: mini-core
    title: Mini core
    criteria:
      - id: mini-core.regulatory
        axis: regulatory
        statement: Names the regulatory constraints that apply.
        points: 5
        check:
          any: [HIPAA, FDA, SaMD, "510(k)"]
        seed: 000_94df4dbab0b20ccd.txt
        reason: Committees reject candidates who ignore regulation.
      - id: mini-core.retention-framing
        axis: clinical-workflow
        statement: Frames a patient feature as a retention or open-rate problem.
        points: -4
        check:
          any: [open rates, retention, push notification*]
        seed: 000_94df4dbab0b20ccd.txt
        reason: Engagement framing misses clinical risk.
    """
)

SPECIFIC = dedent(
    """\
    id: mini-sepsis
    title: Mini sepsis
    criteria:
      - id: mini-sepsis.sensitivity
        axis: model-quality-and-safety
        statement: Sets the launch bar in clinical terms such as sensitivity and false negatives.
        points: 5
        check:
          any: [sensitivity, false negative*, PPV]
        seed: 000_94df4dbab0b20ccd.txt
        reason: Clinical metrics matter more than AUC.
      - id: mini-sepsis.auc-only
        axis: model-quality-and-safety
        statement: Judges the model by AUC alone.
        points: -5
        check:
          any: [AUC, AUROC]
          none: [sensitivity, false negative*]
        seed: 000_94df4dbab0b20ccd.txt
        reason: AUC alone says nothing about missed patients.
      - id: mini-sepsis.workflow
        axis: clinical-workflow
        statement: Explains how nurses act on the alert.
        points: 4
        check:
          all: [[nurse*, clinician*], [escalat*, override*, workflow]]
        seed: 000_94df4dbab0b20ccd.txt
        reason: An alert nobody acts on helps nobody.
    """
)

STRONG = (
    "I would set the launch bar in clinical terms: sensitivity above 85% at a PPV the ICU nurses can live "
    "with, because every false negative is a patient whose antibiotics start late. Before go-live we run the "
    "model silently for eight weeks and compare alerts with chart review. Nurses get a clear escalation path "
    "and can override the alert with a reason, so the workflow stays in their hands. The tool informs "
    "treatment decisions, so we check FDA guidance on clinical decision support and keep HIPAA controls on "
    "the vitals and lactate feed. We track alert fatigue and time to antibiotics after launch."
)

WEAK = (
    "I would look at the AUC of the model and make sure it is high, then launch it to all hospitals quickly "
    "so that we can learn fast. We would track retention and open rates on the alert and send push "
    "notifications to keep people engaged with the sepsis product. I would work with the team to make sure "
    "everybody is happy and we would iterate on it over time as we get feedback from the market and grow."
)


def write_minilib(root: Path) -> Path:
    (root / "scenarios").mkdir(parents=True, exist_ok=True)
    (root / "rubrics").mkdir(parents=True, exist_ok=True)
    (root / "scenarios" / "mini-sepsis.yaml").write_text(SCENARIO)
    (root / "rubrics" / "mini-core.yaml").write_text(CORE)
    (root / "rubrics" / "mini-sepsis.yaml").write_text(SPECIFIC)
    (root / "seeds.yaml").write_text(f"seeds:\n  - file: {SEED}\n    title: Test seed\n")
    return root


def load_minilib(root: Path):
    from mockpm.catalog import load_library

    return load_library([write_minilib(root)], include_builtin=False)


def answer_file(path: Path, body: str, scenario: str | None = "mini-sepsis", candidate: str | None = None) -> Path:
    meta = []
    if scenario:
        meta.append(f"scenario: {scenario}")
    if candidate:
        meta.append(f"candidate: {candidate}")
    head = "---\n" + "\n".join(meta) + "\n---\n" if meta else ""
    path.write_text(head + body + "\n", encoding="utf-8")
    return path

MIDDLE = (
    "I would set the launch bar on sensitivity and false negatives because a missed sepsis case means "
    "antibiotics start late for that patient. We would run the alert silently in the ICU first and compare "
    "against chart review before any nurse sees it, and we would check how the alert fits the vitals and "
    "lactate feed. I would also think about how we measure success over time with the clinical team."
)


def many_answers(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = (STRONG, WEAK, MIDDLE)
    for i in range(n):
        # a distinct final sentence keeps every answer (and its key) unique
        answer_file(folder / f"cand{i:03d}.md", texts[i % 3] + f" Candidate note number {i}.", candidate=f"Cand {i:03d}")
    return folder
