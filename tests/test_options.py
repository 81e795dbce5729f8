"""A menu of options with no choice: the options are listed, not committed."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.passages import Reading

MENU = """I'd bring three options and let leadership pick.

- *Conservative:* silent mode for the first quarter; compare flags with final reads.
- *Balanced:* worklist reorder live, weekly review of misses.
- *Aggressive:* worklist reorder plus direct notification to the ED.

Each is defensible; the right mix depends on the hospital.
"""


def stance(text: str, term: str) -> str:
    a = text.index(term)
    return Reading(text).stance(a, a + len(term))


def test_unchosen_options_are_listed():
    assert stance(MENU, "silent mode") == st.LISTED
    assert stance(MENU, "weekly review") == st.LISTED


def test_a_menu_with_a_choice_is_a_plan():
    chosen = MENU + "\nI'd go with balanced, because the ED page needs a device decision first.\n"
    assert stance(chosen, "weekly review") == st.ASSERTED


def test_two_contrasted_options_are_not_a_menu():
    text = "- *Conservative:* silent mode for a quarter.\n- *Aggressive:* page the ED on every flag.\n"
    assert stance(text, "silent mode") == st.ASSERTED


def test_the_options_not_picked_are_reported_and_the_pick_is_the_plan():
    text = ("**Options I'd put on the table:**\n"
            "- **A: Hold the date** with training and a quick-reference card. I'd reject it.\n"
            "- **B: Slip four weeks** and fix timing first.\n"
            "- **C: Phased go-live.** Silent scoring on the contract date, display on one shift after.\n\n"
            "**I'd choose C.** It keeps the date meaningful.\n")
    assert stance(text, "Hold the date") == st.REPORTED
    assert stance(text, "Slip four weeks") == st.REPORTED
    assert stance(text, "Silent scoring") == st.ASSERTED


def test_a_few_options_inside_a_plan_that_decides_elsewhere_stay_content():
    text = ("I'd talk to the reviewer first. Then I'd call the customer's CMIO myself. Then I'd brief sales. "
            "The reviewer's sign-off is a gate, not a vote. Our VP makes the scope call with the reviewer. "
            "We document it in writing. We report the error rate weekly. We keep the pharmacist check.\n\n"
            "- **A.** Ship on the date with the medication list removed.\n- **B.** Supervised pilot with a pharmacist check.\n"
            "- **C.** Slip four weeks.\n")
    assert stance(text, "pharmacist check.\n") == st.ASSERTED


def test_lettered_section_headings_are_workstreams_not_a_menu():
    sections = ("I would organise it in four workstreams.\n\n"
                "A) Regulatory classification\nWe plan a pre-submission meeting with FDA in the first quarter.\n\n"
                "B) Quality and organisation\nWe hire a regulatory affairs manager first.\n\n"
                "C) Safety\nCrisis detection runs before the model, with a human counsellor on call.\n\n"
                "D) Data protection\nThe model provider signs a BAA before any member is onboarded.\n")
    assert stance(sections, "pre-submission meeting") == st.ASSERTED
    assert stance(sections, "human counsellor") == st.ASSERTED
    # lettered options with their content on the label's line are still a menu
    menu = ("Three ways to go, each defensible.\n\n"
            "A) Silent mode for a quarter, comparing flags with final reads.\n"
            "B) Worklist reorder live, with a weekly review of misses.\n"
            "C) Worklist reorder plus a page to the ED on every flag.\n")
    assert stance(menu, "weekly review") == st.LISTED


def test_labels_used_again_name_workstreams_not_options():
    # two squads, each given work in every quarter: a plan, not a menu
    text = ("Two squads: A on the video platform, B on clinician workflow.\n\n**Q1**\n"
            "- A: instrument every visit for latency and freezes.\n- B: a one-tap drop to audio when video degrades.\n\n**Q2**\n"
            "- A: migrate clinic by clinic, behavioral health first.\n- B: launch the visit from the EHR schedule.\n\n**Q3**\n"
            "- Non-eng: licensure and payer enrollment for the second state.\n")
    assert stance(text, "one-tap drop") == st.ASSERTED
    assert stance(text, "licensure") == st.ASSERTED


def test_the_same_menu_for_each_output_is_still_a_menu():
    text = ("**PE flag**\n- *Conservative:* silent mode for a quarter.\n- *Balanced:* worklist reorder live.\n"
            "- *Aggressive:* page the ED.\n\n**Nodule marker**\n- *Conservative:* overlay off by default.\n"
            "- *Balanced:* overlay on.\n- *Aggressive:* size auto-populated into the report.\n")
    assert stance(text, "silent mode") == st.LISTED


@pytest.mark.parametrize("text", [
    "Options include launching broadly, a one-ward pilot, or running silent mode first.",
    "There's a range of options: launch on time; a one-ward pilot; silent mode first; renegotiate scope.",
    "Possible safeguards include silent mode, human review and monitoring dashboards.",
    "First, list the candidate initiatives: silent mode, group therapy, new states.",
    "There are several personas: the charge nurse, the physician, the patient.",
    "The key stakeholders are the charge nurse, the CMIO, lab staff and patients.",
])
def test_a_sentence_that_inventories_options_or_people_is_listed(text):
    term = "silent mode" if "silent mode" in text else "charge nurse"
    assert stance(text, term) == st.LISTED


@pytest.mark.parametrize("text", [
    # the same sentence picks
    "There are three options: a big-bang launch, a one-ward pilot, or silent mode first, and I'd choose silent mode first.",
    # safeguards not qualified as possible are the plan
    "Tier 1 safeguards include silent mode for four weeks and a radiologist double-read.",
    # a count of something that is no menu
    "There are three risks: a missed case, alert fatigue and silent mode drift.",
    "The stakeholders are aligned on silent mode first.",
    "First customers are paid pilots that start in silent mode.",
    "There are three steps: silent mode for six weeks, one ward, then the rest.",
    # the same sentence makes a call on them or gives the people a part
    "Possible safeguards include silent mode, human review and fallbacks, and I'd assign them per tier.",
    "The key stakeholders are the charge nurse, the CMIO and silent mode owners, and each of them signs the checklist.",
])
def test_a_plan_or_a_list_of_risks_is_not_an_inventory(text):
    assert stance(text, "silent mode") == st.ASSERTED


def test_options_by_their_place_are_a_menu_until_one_is_picked():
    menu = ("I can see this going three ways.\n\n"
            "In the first, I'd run silent mode for six weeks and go live on two wards.\n\n"
            "In the second, I'd run a two-week silent check and go live everywhere.\n\n"
            "In the third, I'd go live on the surgical wards first.\n")
    assert stance(menu, "silent mode") == st.LISTED
    assert stance(menu + "\nI'd choose the first, because nursing owns the threshold.\n", "silent mode") == st.ASSERTED


FAILING = """I'll start with the three ways teams try to make this change work, because each fails in its own way.

The first is to ship it to all 30 clinics in one release, because a partial rollout confuses physicians.

The second is to have the app sign the drafts automatically at the 24-hour deadline.

The third is to keep the sign button grey until the physician has spent 15 seconds on the screen.

What I'd actually do: a three-week baseline, a rollback line agreed with revenue cycle, then one clinic behind a flag.
"""
NEUTRAL = FAILING.replace("because each fails in its own way", "and each has its backers")


def test_options_introduced_as_what_fails_are_turned_down_not_the_plan():
    assert stance(FAILING, "ship it to all 30 clinics") == st.REPORTED
    assert stance(FAILING, "sign the drafts automatically") == st.REPORTED
    assert stance(FAILING, "one clinic behind a flag") in st.COMMITTED
    # ... the same options with no word that they fail are not turned down by that
    assert stance(NEUTRAL, "sign the drafts automatically") != st.REPORTED


@pytest.mark.parametrize("pick", ["Chosen: (b).", "Decision: (b), from Q3.", "We go with (b).", "Call: (b), from Q3."])
def test_options_set_out_in_one_sentence_and_picked_by_letter_turn_the_others_down(pick):
    text = (f"Decision 4: the new states.\nOptions: (a) both states together in Q2; (b) one state at a time once "
            f"licensure and payer enrollment are done.\n{pick} Clinicians must be licensed where the patient sits.")
    assert stance(text, "both states together") == st.REPORTED
    assert stance(text, "one state at a time") in st.COMMITTED
    first = text.replace(pick, "Chosen: (a).")
    assert stance(first, "both states together") in st.COMMITTED
    assert stance(first, "one state at a time") == st.REPORTED
    # ... and with no pick, nothing is turned down
    assert stance(text.replace(pick, "Hard to say."), "both states together") != st.REPORTED


DELIBERATION = """Let me think through a few ways to do this before I pick one.

Option one is the cheapest: one English text to everybody, shipped in two weeks. It leaves out Creole speakers. I'd reject it.

Option two is the rich version: reminders that name the visit type and the clinician. Shared phones make that harmful.

Option three: short, neutral, language-matched messages with a human callback. {pick}

Rollout: one clinic for two months, then the other two.
"""


@pytest.mark.parametrize("pick", ["That's the one I'd commit to.", "This is where I land.", "That's my pick."])
def test_an_option_picked_where_it_is_set_out_turns_the_others_down(pick):
    text = DELIBERATION.format(pick=pick)
    assert stance(text, "one English text to everybody") == st.REPORTED
    assert stance(text, "name the visit type") == st.REPORTED
    assert stance(text, "language-matched messages") in st.COMMITTED
    # ... a label named in passing ("before I pick one") is no pick of option one
    assert stance(text, "Rollout: one clinic") in st.COMMITTED
    # ... and with no pick anywhere, no option is turned down
    assert stance(DELIBERATION.format(pick=""), "one English text to everybody") != st.REPORTED


@pytest.mark.parametrize("label", ["Option C (chosen):", "So, Option C:", "Option C - recommended:"])
def test_an_option_marked_as_the_pick_in_its_label_turns_the_others_down(label):
    text = ("Option A: ship everything on the contract date and let sign-off catch errors. Rejected.\n\n"
            "Option B: a banner asking physicians to check medications. Rejected.\n\n"
            f"{label} go live without the medication section until the reviewer signs off.\n")
    assert stance(text, "ship everything on the contract date") == st.REPORTED
    assert stance(text, "go live") in st.COMMITTED


NUMBERED = """There are four ways to go, and I want to rule some out properly.

One: hard-block any repeat of the same test for a few hours. It would block serial troponins.

Two: get the lab vendor to remove the delay. It isn't our system.

Three: a banner telling physicians to wait. Within weeks it's wallpaper.

{pick}
"""


def test_options_counted_by_number_words_are_a_menu_only_when_one_is_picked():
    picked = NUMBERED.format(pick="So the one I commit to is four: our duplicate check includes pending orders.")
    assert stance(picked, "hard-block any repeat") == st.REPORTED
    assert stance(picked, "check includes pending orders") in st.COMMITTED
    # numbered points with no pick are the candidate's own plan
    plan = NUMBERED.format(pick="I'd do all three, in that order.").replace("four ways to go, and I want to rule some out properly", "three things to do")
    assert stance(plan, "hard-block any repeat") in st.COMMITTED


def test_commitments_counted_by_number_words_are_the_plan_whatever_label_is_named():
    text = ("I'd take four commitments to the board. One: regulatory counsel now. Two: SOC 2 Type I immediately. "
            "Three: a retrospective study of 1,500 charts. Four: Epic only this year.")
    assert stance(text, "regulatory counsel now") in st.COMMITTED
    assert stance(text, "SOC 2 Type I") in st.COMMITTED
