"""Claims no clinical team could stand behind are found in the candidate's own voice only."""

from __future__ import annotations

from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.plausibility import implausible_claims


def test_each_family_of_implausible_claim_is_found():
    assert implausible_claims("We got 99.7% agreement with the expert labels.") == ["near-perfect"]
    assert implausible_claims("File the 510(k) now; FDA turns software around in about six weeks.") == ["impossible-speed"]
    assert implausible_claims("Physicians verified each summary in about five seconds.") == ["impossible-effort"]
    assert "tiny-evidence" in implausible_claims("I re-ran it on 10 patients and all 10 matched, so statistically we were covered.")


def test_realistic_plans_and_disclaimers_are_not_claims():
    plan = ("SOC 2 Type I in about ten weeks, then the Type II window. Regulatory counsel looks at FDA status in week one. "
            "We run silently for eight weeks, and two physicians review 200 charts.")
    assert implausible_claims(plan) == []
    assert implausible_claims("No model reaches 99% sensitivity, and nobody validates a sepsis model in two days.") == []


def test_two_families_flag_an_answer_offline():
    lib = load_library()
    s = lib.scenario("sepsis-model")
    text = ("We'll validate the model in 48 hours on the retrospective set and expect 99% sensitivity and specificity. "
            "Then we turn it on for the medical wards with the charge nurse as the escalation path, and nurses "
            "verify each alert in about ten seconds. Time to antibiotics and alerts per shift are the metrics, "
            "and the CMIO and nurse managers sign off the threshold before go-live. ") * 2
    r = grade(Answer(text=text), s, lib.rubrics_for(s), library=lib)
    assert r.flagged and "implausible_claims" in {f.code for f in r.flags}
