"""Pre-launch gates put after launch: deferred however specific; monitoring after launch is not."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.exposure import GATE
from mockpm.passages import Reading


def stance(text: str, term: str) -> str:
    reading = Reading(text)
    a = text.index(term)
    return reading.stance(a, a + len(term))


@pytest.mark.parametrize(
    "text,term",
    [
        ("2. After go-live, run a silent-mode comparison for eight weeks on live data.", "silent-mode"),
        ("Once we're live on all 14 wards, we do the security review in two weeks.", "security review"),
        ("After launch, we'd validate the model on 500 charts.", "validate"),
        ("We get the BAA signed in week 3 after the launch if legal has time.", "BAA"),
    ],
)
def test_a_gate_after_launch_is_put_off_even_with_figures(text, term):
    assert stance(text, term) == st.DEFERRED


@pytest.mark.parametrize(
    "text,term",
    [
        # recurring checks after launch are monitoring
        ("After go-live, we re-validate against 200 charts every quarter.", "charts"),
        ("After launch, we keep validating 50 alerts weekly against chart review.", "validating"),
        # the gate is named as where exposure happens, not put off
        ("After go-live on the two pilot wards, nurses get a 15-minute huddle.", "pilot"),
        # the gate comes first
        ("We run silent mode for 8 weeks and go live on one ward after that.", "silent mode"),
        ("Not after go-live: the security review takes 2 weeks and comes first.", "security review"),
    ],
)
def test_monitoring_and_gates_before_launch_stay_commitments(text, term):
    assert stance(text, term) == st.ASSERTED


def test_a_monitoring_list_after_launch_stays_a_plan():
    text = ("**After launch:** quarterly safety audits of escalation transcripts, drift checks on each new model "
            "version, and a security review before we open to more plans.")
    assert stance(text, "security review") == st.ASSERTED
    listed = "**After go-live:**\n1. Quarterly fairness audits by sex and race.\n2. Re-validation whenever a site upgrades its EHR.\n"
    assert stance(listed, "fairness audits") == st.ASSERTED
    # "post-launch" as an adjective puts off its own noun, not the list before it
    tail = "A security review of the SMS vendor, documented consent, and a 60-day post-launch evaluation."
    assert stance(tail, "security review") == st.ASSERTED


def test_a_gate_deferred_with_its_feature_is_not_put_off_by_the_after_launch_rule():
    from mockpm.exposure import deferred_gates
    from mockpm.stance import Triggers

    text = "We'd seek FDA clearance for treatment suggestions in year two, with 300 users in a validation study."
    trig = Triggers(text)
    assert deferred_gates(text, 0, len(text), None, trig.soft, 0) == []


@pytest.mark.parametrize("text,gate", [
    ("We never silently suppress a re-order when the first one may be lost.", False),
    ("The interface silently drops the second message.", False),
    ("The feed silently changed the encounter type.", False),
    ("We run the model silently for eight weeks.", True),
    ("It scores every admission silently on all wards.", True),
])
def test_silently_is_a_gate_only_when_nothing_is_lost(text, gate):
    assert (GATE.search(text, text.lower()) is not None) is gate, text
