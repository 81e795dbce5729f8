"""Pre-launch gates put after launch: deferred however specific; monitoring after launch is not."""

from __future__ import annotations

import pytest

from mockpm import stance as st
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
