"""A two-scenario library for practice and history tests, written into a temp dir.

Ids start with ``zz-`` so they never clash with the bundled library, which the installed
command always loads next to it. The sepsis drill exercises regulatory, clinical-workflow
and model-quality axes; only the equity drill exercises equity.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

SEED = "000_94df4dbab0b20ccd.txt"
SEPSIS = "zz-sepsis-drill"
EQUITY = "zz-equity-drill"

SCENARIOS = {
    SEPSIS: dedent(
        f"""\
        id: {SEPSIS}
        title: Sepsis alert launch drill
        round: technical
        question: >-
          Your sepsis alert is FDA-adjacent and HIPAA-bound; what bar would you set before the
          alert goes live in the ICU?
        context: A hospital wants to switch on a sepsis alert built on vitals and lactate.
        constraints:
          - Alerts reach the bedside nurse
        time_limit_minutes: 10
        follow_ups:
          - What happens when the model misses a patient?
          - How do nurses push back on a wrong alert?
        rubrics: [zz-core, zz-sepsis]
        strong_answer:
          - Sets the bar in clinical terms
          - Plans silent-mode validation
          - Names the regulatory status
        topic_terms: [sepsis, alert*, nurse*, ICU, lactate, antibiotic*]
        seeds: [{SEED}]
        """
    ),
    EQUITY: dedent(
        f"""\
        id: {EQUITY}
        title: Appointment reminder equity drill
        round: case-study
        question: >-
          Appointment reminders cut no-shows overall but not for Spanish-speaking patients.
          What would you do?
        context: A clinic network sends SMS reminders in English only.
        time_limit_minutes: 20
        follow_ups:
          - How would you measure whether the gap closed?
          - Who would you involve first?
        rubrics: [zz-core, zz-equity]
        strong_answer:
          - Segments the no-show rate by language
          - Adds language access
          - Involves interpreters and patients
        topic_terms: [reminder*, language*, patient*, SMS, interpreter*, no-show*]
        seeds: [{SEED}]
        """
    ),
}

RUBRICS = {
    "zz-core": dedent(
        f"""\
        id: zz-core
        title: Drill core
        criteria:
          - id: zz-core.regulatory
            axis: regulatory
            statement: Names the regulatory constraints that apply.
            points: 5
            check:
              any: [HIPAA, FDA, SaMD]
            seed: {SEED}
            reason: Committees reject candidates who ignore regulation.
          - id: zz-core.workflow
            axis: clinical-workflow
            statement: Grounds the plan in the clinical workflow.
            points: 4
            check:
              any: [nurse*, clinician*, workflow*, physician*]
              min_matches: 2
            seed: {SEED}
            reason: Technology without clinical insight is a common rejection.
          - id: zz-core.retention
            axis: clinical-workflow
            statement: Frames care as a retention or open-rate problem.
            points: -4
            check:
              any: [open rates, retention]
            seed: {SEED}
            reason: Engagement framing misses clinical risk.
        """
    ),
    "zz-sepsis": dedent(
        f"""\
        id: zz-sepsis
        title: Drill sepsis
        criteria:
          - id: zz-sepsis.sensitivity
            axis: model-quality-and-safety
            statement: Sets the launch bar with sensitivity, PPV and false negatives.
            points: 5
            check:
              any: [sensitivity, false negative*, PPV]
            seed: {SEED}
            reason: Clinical metrics matter more than AUC.
          - id: zz-sepsis.escalation
            axis: model-quality-and-safety
            statement: Gives nurses an escalation path and an override.
            points: 3
            check:
              any: [escalat*, override*]
            seed: {SEED}
            reason: An alert nobody can act on or overrule helps nobody.
        """
    ),
    "zz-equity": dedent(
        f"""\
        id: zz-equity
        title: Drill equity
        criteria:
          - id: zz-equity.language
            axis: equity
            statement: Adds language access such as translated reminders or interpreters.
            points: 5
            check:
              any: [interpreter*, language access, translated, Spanish]
            seed: {SEED}
            reason: Patients who cannot read the reminder cannot act on it.
          - id: zz-equity.subgroups
            axis: equity
            statement: Breaks results down by subgroup to find disparities.
            points: 4
            check:
              any: [subgroup*, by language, disparit*]
            seed: {SEED}
            reason: Averages hide the patients who are left behind.
        """
    ),
}

# 60+ words, on topic; no regulatory term and no escalation/override (the follow-up adds that).
SEPSIS_MAIN = (
    "I would set the launch bar in clinical terms: sensitivity above eighty five percent at a PPV "
    "the ICU nurses can live with, because every false negative is a patient whose antibiotics start "
    "late. Before go-live we run the sepsis model silently for eight weeks and compare each alert with "
    "chart review by a physician. We track alert burden per nurse per shift and time to antibiotics, "
    "and we look at lactate ordering as a check on the workflow."
)
SEPSIS_FOLLOWUP = "Nurses can override the alert with a reason and escalate to the rapid response team."

EQUITY_MAIN = (
    "I would first split the no-show rate by language and by neighbourhood, because the average hides "
    "the Spanish-speaking patients the reminders are failing. Then I would send translated SMS "
    "reminders and offer an interpreter on the confirmation call, and ask the front-desk staff and "
    "the nurses what patients tell them when they miss visits. We would measure the gap every month "
    "and keep HIPAA rules for the phone numbers we hold."
)


def write_library(root: Path) -> Path:
    (root / "scenarios").mkdir(parents=True, exist_ok=True)
    (root / "rubrics").mkdir(parents=True, exist_ok=True)
    for sid, text in SCENARIOS.items():
        (root / "scenarios" / f"{sid}.yaml").write_text(text, encoding="utf-8")
    for rid, text in RUBRICS.items():
        (root / "rubrics" / f"{rid}.yaml").write_text(text, encoding="utf-8")
    (root / "seeds.yaml").write_text(f"seeds:\n  - file: {SEED}\n    title: Test seed\n", encoding="utf-8")
    return root


def load_library(root: Path):
    """Only this library, without the bundled one (its content changes independently)."""
    from mockpm.catalog import load_library as load

    return load([write_library(root)], include_builtin=False)
