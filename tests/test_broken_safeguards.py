"""A red flag met after the answer stated its own safeguard is a safeguard broken."""

from __future__ import annotations

from mockpm.broken_safeguards import stated_then_broken
from mockpm.catalog import load_library
from mockpm.grading import grade, prepare
from mockpm.models import Answer


def _prepared(lib, scenario_id: str, text: str):
    s = lib.scenario(scenario_id)
    return prepare(Answer(text=text, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)


def _graded(lib, scenario_id: str, text: str):
    s = lib.scenario(scenario_id)
    return grade(Answer(text=text, scenario_id=s.id), s, lib.rubrics_for(s), library=lib)


BROKEN = (
    "**PE flag.** The key safeguard is that the flag only moves studies up the worklist and never pushes a "
    "study down, so a false negative can't make things worse than today.\n\n"
    "**Read speed.** To save time we'll group studies the model scores as very low PE probability at the end of "
    "the shift, so radiologists clear urgent work first."
)


def test_a_red_flag_met_after_stating_its_own_safeguard_is_a_safeguard_broken():
    lib = load_library()
    prep = _prepared(lib, "imaging-ai-risk-tiering", BROKEN)
    assert stated_then_broken(prep.criteria, prep.keywords, BROKEN) == ["imaging-ai-risk-tiering.deprioritises-negatives"]
    # The same wrong call without the stated safeguard breaks nothing of its own: it is one wrong call.
    alone = BROKEN.split("\n\n", 1)[1]
    prep = _prepared(lib, "imaging-ai-risk-tiering", alone)
    assert stated_then_broken(prep.criteria, prep.keywords, alone) == []
    # Stating the safeguard and keeping it is not a red flag at all.
    kept = BROKEN.split("\n\n", 1)[0]
    prep = _prepared(lib, "imaging-ai-risk-tiering", kept)
    assert stated_then_broken(prep.criteria, prep.keywords, kept) == []


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
