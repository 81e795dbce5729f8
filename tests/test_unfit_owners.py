"""Safeguards handed to owners with a stake in them passing, or no standing to judge them."""

from __future__ import annotations

import pytest

from mockpm.passages import reading_for
from mockpm.unfit_owners import MIN_UNFIT_OWNERS, unfit_owners


def owners(text: str) -> int:
    return len(unfit_owners(reading_for(text)))


@pytest.mark.parametrize("sentence", [
    "Marketing owns the intended-use statement and words it so the product stays non-device.",
    "The ML team that built the model writes and signs the safety case.",
    "The confidence cut-off below which a suggestion is hidden is set by the VP Sales.",
    "Go/no-go: our account executive.",
    "Harm monitoring goes to the IT help desk.\nOwner: the IT help desk.",
    "The breakdown by age, sex and race I'd give to our customer success lead.",
    "Alert thresholds are validated by the vendor's solutions engineers.",
    "The hospital IT help desk holds the kill switch and decides when to turn it back on.",
    "Our customer success team reviews the weekly discrepancy report.",
    # ... under a heading set off by a dash
    "- Model validation — the data science team that built the NLP.",
    "- GDPR and the DPIA — our sales engineer for each country.",
    "Transfer assessment and DPIA: our cloud provider's compliance team.",
    # ... held by, or a check of the team's own work
    "- Kill switch: held by our account executive for this hospital.",
    "- Performance by scanner vendor: our customer success manager checks it quarterly from support tickets.",
    "Post-merge monitoring: customer support watches the ticket queue through the window.",
    "Lineage: the engineer who wrote the change traces every downstream consumer.",
])
def test_a_safeguard_given_to_an_unfit_owner_is_read(sentence):
    assert owners(sentence) == 1


@pytest.mark.parametrize("sentence", [
    # the right owners, or the wrong ones turned down
    "The subgroup validation is run by our biostatistician, not by the team that built the model.",
    "Go/no-go: the CMIO and the nurse managers.",
    "I'd never let sales sign off the clinical threshold.",
    # a commercial role doing commercial work beside a safeguard
    "I'd tell our sales lead the same day that the reviewer's sign-off stays in place.",
    "Marketing owns the launch email; the CMIO owns the go-live decision.",
    "- Model validation — an independent biostatistician, not the team that built the NLP.",
])
def test_the_right_owner_or_an_unfit_one_refused_is_not(sentence):
    assert owners(sentence) == 0


WRONG_OWNERS = (
    "Every safeguard gets a named owner.\n\n"
    "Validation: our two solutions engineers run a chart review of 300 cases during the sales evaluation.\n\n"
    "Safety case: the ML team that built the model writes and signs the safety case.\n\n"
    "Regulatory status: marketing owns the intended-use statement.\n\n"
    "Patient-harm monitoring: the hospital's IT help desk tags tickets and escalates monthly."
)


def test_an_answer_that_gives_its_safeguards_away_is_a_wrong_call(grade_offline):
    assert owners(WRONG_OWNERS) >= MIN_UNFIT_OWNERS
    report = grade_offline("ehr-diagnostic-ai", WRONG_OWNERS)
    assert any(f.code == "wrong_calls" and "owners" in f.message for f in report.flags)
    fit = (WRONG_OWNERS.replace("our two solutions engineers", "an independent panel of two hospitalists")
           .replace("the ML team that built the model", "our clinical safety officer")
           .replace("marketing owns", "regulatory counsel owns")
           .replace("the hospital's IT help desk", "the CMIO's patient safety team"))
    assert owners(fit) == 0
    assert not any(f.code == "wrong_calls" for f in grade_offline("ehr-diagnostic-ai", fit).flags)


def test_owners_set_in_a_tables_owner_cell_or_over_a_success_measure_are_read():
    table = ("| Tier | Safeguard | Owner |\n|---|---|---|\n"
             "| High | Clinical accuracy review | The ML team that trained the model |\n"
             "| High | FDA pathway decision | Head of Sales, who knows what competitors got cleared |\n"
             "| Medium | Go/no-go for clinical use | The chief medical officer |\n")
    assert len(unfit_owners(reading_for(table))) == 2
    listed = ("1. **Measuring success — owner: the hospital's help desk.** They count tickets.\n"
              "2. **Safety sign-off on the interface change — owner: the engineers who built the HL7 connection.**\n")
    assert len(unfit_owners(reading_for(listed))) == 2
