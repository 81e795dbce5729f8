"""A red flag met after the answer stated its own safeguard is a safeguard broken."""

from __future__ import annotations

from mockpm.broken_safeguards import stated_then_broken
from mockpm.catalog import load_library

from graded_answers import graded as _graded
from graded_answers import prepared as _prepared


def _broken(check, scenario_id: str, text: str) -> list[str]:
    """What ``check`` (one of broken_safeguards' readers) finds broken in an answer to the scenario."""
    prep = _prepared(load_library(), scenario_id, text)
    return check(prep.criteria, prep.keywords, text)


BROKEN = (
    "**PE flag.** The key safeguard is that the flag only moves studies up the worklist and never pushes a "
    "study down, so a false negative can't make things worse than today.\n\n"
    "**Read speed.** To save time we'll group studies the model scores as very low PE probability at the end of "
    "the shift, so radiologists clear urgent work first."
)


def test_a_red_flag_met_after_stating_its_own_safeguard_is_a_safeguard_broken():
    assert _broken(stated_then_broken, "imaging-ai-risk-tiering", BROKEN) == ["imaging-ai-risk-tiering.deprioritises-negatives"]
    # The same wrong call without the stated safeguard breaks nothing of its own: it is one wrong call.
    assert _broken(stated_then_broken, "imaging-ai-risk-tiering", BROKEN.split("\n\n", 1)[1]) == []
    # Stating the safeguard and keeping it is not a red flag at all.
    assert _broken(stated_then_broken, "imaging-ai-risk-tiering", BROKEN.split("\n\n", 1)[0]) == []


def test_two_safeguards_stated_and_broken_flag_the_answer_as_contradicting_itself():
    lib = load_library()
    text = BROKEN + (
        "\n\n**Report drafting.** Nothing enters the report without the radiologist writing or accepting it; they see "
        "the model's view alongside.\n\n**Clicks.** To avoid extra clicks, drafted follow-up recommendations will be "
        "inserted directly into the report and finalised with it unless the radiologist deletes them.\n\n"
        "**Vendors.** We'll validate on both vendors' scanners before go-live and report sensitivity for each."
    )
    r = _graded(lib, "imaging-ai-risk-tiering", text)
    codes = {f.code for f in r.flags}
    assert "contradicts_itself" in codes and r.flagged and r.score == 0
    message = next(f.message for f in r.flags if f.code == "contradicts_itself")
    assert "breaks its own safeguard" in message


PRINCIPLED = (
    "My non-negotiables, before anything else: no health system goes live until we have a formal evaluation of "
    "accuracy and a written answer on whether we're a medical device. Every site gets a silent period first.\n\n"
    "With those principles set, here's the plan I'd bring to the board.\n\n"
    "Month 2: go live at all three. To hit the timeline we deploy across internal medicine and the emergency "
    "departments at once.\n\n"
    "Regulatory: if FDA ever raises a question, we'll engage then; a determination now would slow us down.\n"
)


def test_red_flags_the_plan_meets_after_declared_principles_break_them():
    from mockpm.broken_safeguards import broken_principles, plan_after_principles

    lib = load_library()
    prep = _prepared(lib, "ehr-diagnostic-ai", PRINCIPLED)
    broken = broken_principles(prep.criteria, prep.keywords, PRINCIPLED)
    assert "core.big-bang-launch" in broken
    graded = _graded(lib, "ehr-diagnostic-ai", PRINCIPLED)
    assert {"contradicts_itself", "wrong_calls"} <= {f.code for f in graded.flags}
    # the same plan with no principles declared before it breaks none of its own
    plain = PRINCIPLED.split("\n\n", 2)[2]
    assert plan_after_principles(plain) is None
    prep = _prepared(lib, "ehr-diagnostic-ai", plain)
    assert broken_principles(prep.criteria, prep.keywords, plain) == []
    # ... and principles with no turn to a plan after them mark nowhere as the plan
    assert plan_after_principles(PRINCIPLED.split("\n\n", 1)[0]) is None


LISTED = (
    "Three rules I'd hold firm, and I'd say them to the CMIO first:\n"
    "1. Nothing reaches a physician at a new site until it has run silently on that site's own patients.\n"
    "2. No patient data leaves the health system's own environment.\n"
    "3. No accuracy claims until a formal evaluation is done.\n\n"
    "Month 2: go live at all three. To hit the timeline we deploy across internal medicine and the emergency "
    "departments at once.\n"
)


def test_principles_listed_under_their_lead_in_end_where_the_plan_begins():
    from mockpm.broken_safeguards import broken_principles, plan_after_principles

    lib = load_library()
    start = plan_after_principles(LISTED)
    assert start is not None and LISTED[start:].lstrip().startswith("Month 2")
    prep = _prepared(lib, "ehr-diagnostic-ai", LISTED)
    assert "core.big-bang-launch" in broken_principles(prep.criteria, prep.keywords, LISTED)
    # a lead-in with no list under it, or a paragraph between lead-in and list, sets out no principles
    assert plan_after_principles(LISTED.replace(":\n1.", ".\n\nWe start with the data.\n1.")) is None
    # nor do "rules" that are not the candidate's own: "the rules of the payer"
    assert plan_after_principles(LISTED.replace("Three rules I'd hold firm", "The rules of the payer")) is None


OWN_RULE = (
    "**Drafted follow-up.** The draft appears in its own highlighted block, and nothing enters the signed report "
    "until the radiologist accepts or edits the draft with one keystroke.\n\n"
    "**Silent run.** Six weeks on both scanner vendors before anything is shown.\n\n"
    "**Speed.** After a radiologist has accepted 200 drafts with few edits, their drafts are pre-filled into the "
    "signed report so they save a keystroke."
)


def test_a_red_flag_that_shares_the_words_of_a_rule_the_answer_set_breaks_it():
    from mockpm.broken_safeguards import MIN_RULE_WORDS, own_rules_broken

    assert _broken(own_rules_broken, "imaging-ai-risk-tiering", OWN_RULE) == ["imaging-ai-risk-tiering.invites-automation-bias"]
    # the same call with no rule of the answer's own before it breaks nothing of its own
    no_rule = OWN_RULE.replace("nothing enters the signed report until the radiologist accepts", "the radiologist accepts")
    assert _broken(own_rules_broken, "imaging-ai-risk-tiering", no_rule) == []
    # ... nor does a rule about something else that shares fewer words with the call
    assert MIN_RULE_WORDS == 3
    other = OWN_RULE.replace("nothing enters the signed report until the radiologist accepts or edits the draft with one keystroke",
                             "no study is read later than it would have been without the model")
    assert _broken(own_rules_broken, "imaging-ai-risk-tiering", other) == []


def test_a_wrong_call_said_again_is_not_its_safeguard_stated():
    # "paid, scoped pilots" is the safeguard; "the free pilots matter" repeats the wrong call
    text = ("To get from three to ten, offer free 90-day pilots to health systems in our network with an "
            "auto-convert clause to a paid annual contract.\n\n"
            "Contract to go-live is six months at a hospital. That's exactly why the free pilots matter; the clock starts earlier.")
    assert _broken(stated_then_broken, "ehr-diagnostic-ai", text) == []
