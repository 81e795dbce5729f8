"""Walk-backs read from red flags: a wrong call the answer turns to after a turn to how it would really go."""

from __future__ import annotations

import pytest

from mockpm.passages import Reading
from mockpm.walkbacks import MIN_TURNS, turned_calls


def _calls(text: str, phrase: str) -> dict[str, list[int]]:
    return {"s.call": [text.index(phrase)]}


@pytest.mark.parametrize("text", [
    # the call in the turn's own sentence
    "We file a pre-sub in Q2. Being realistic, though, we would ship it as wellness coaching with a disclaimer.",
    # ... or in the next sentences of its paragraph
    "Fix the documentation first. But in practice, with two weeks left, we can't touch the integration. "
    "So the nurses keep the extra documentation steps for go-live.",
    "That's the textbook version. With the date fixed, we ship it as wellness coaching.",
    # other words for the same turn
    "We file a pre-sub in Q2. Now, being real about it, we would ship it as wellness coaching.",
    "We file a pre-sub in Q2. That said, being practical, we would ship it as wellness coaching.",
])
def test_a_wrong_call_after_a_turn_is_turned_to(text):
    phrase = "keep the extra documentation" if "documentation steps" in text else "wellness coaching"
    assert turned_calls(Reading(text), _calls(text, phrase)) == ["s.call"]


@pytest.mark.parametrize("text", [
    # no turn at all
    "We ship it as wellness coaching with a disclaimer and revisit the claims next year.",
    # the call comes before the turn
    "We ship it as wellness coaching. Being realistic, though, the pre-sub is what keeps us honest.",
    # the turn is in another paragraph
    "Being realistic, the date is tight.\n\nWe ship it as wellness coaching with a disclaimer.",
    # too far from the turn
    "Realistically, the date is tight. We hire a regulatory lead. We write the intended use. "
    "We plan the study. We ship it as wellness coaching.",
    # a re-commitment in the reach keeps the plan
    "If the timeline gets tight, the first things I'd drop are the streak badges, never the claims-based risk flags.",
    "Being realistic, though, we ship it as wellness coaching for the journaling. We'd still keep the pre-sub first.",
    # emphasis, not a turn against the plan: no contrast, or realism about a topic
    "We file a pre-sub in Q2. Realistically, wellness coaching claims would not cover symptom tracking.",
    "We file a pre-sub in Q2. Being realistic about the market, wellness coaching is what most rivals sell.",
])
def test_a_wrong_call_not_turned_to_is_left_to_the_other_checks(text):
    phrase = "streak badges" if "streak" in text else "wellness coaching"
    assert turned_calls(Reading(text), _calls(text, phrase)) == []


def test_only_calls_that_matched_after_the_turn_are_named():
    text = "We ship the symptom tracker to two employers. Being realistic, though, we skip the pre-sub."
    calls = {"s.first": [text.index("ship the symptom")], "s.second": [text.index("skip the pre-sub")]}
    assert turned_calls(Reading(text), calls) == ["s.second"]


@pytest.mark.parametrize("turn", [
    "Where I'd actually land\n\nI'd switch the drafting on at go-live and let the signature be the safeguard. "
    "The silent period would be the first thing to go.",
    "Now, that deck is what the board should see. The operating plan underneath is different: the silent period goes, "
    "and we wouldn't actually hold go-live for validation.",
])
def test_a_real_plan_set_apart_from_the_one_shown_walks_it_back(turn):
    plan = "We validate on both vendors and run a silent period of three weeks.\n\n"
    assert Reading(plan + turn).walk_backs >= 1
    # the same words as the plan itself, with no reversal after them, take nothing back
    assert Reading(plan + "Where I'd actually land: the silent period stays, three weeks, on both vendors.").walk_backs == 0


PLAN = "I would not ask the reviewer to skip or shorten the hallucination testing.\n\n"


def test_so_realistically_before_a_clause_of_its_own_walks_the_plan_back():
    text = PLAN + ("Leadership will want visible features, so in practice we'd probably skip the testing and ship.\n\n"
                   "Then we go live on the date.")
    assert Reading(text).walk_backs >= 1


def test_so_realistically_before_a_dated_launch_still_walks_the_plan_back():
    text = PLAN + ("Silent mode for six weeks, then one ward.\n\n"
                   "Leadership wants it now, so realistically week 2 is go-live on every ward and we skip the testing.\n\n"
                   "We fix issues if and when they come up.")
    assert Reading(text).walk_backs >= 1


def test_so_realistically_before_an_estimate_takes_nothing_back():
    text = PLAN + ("a) Slip go-live a few weeks. The review finishes around week 4, so realistically week 7-8 to leave room for fixes.\n"
                   "b) Go live on the date with the medication section taken out of the draft.\n\n"
                   "I'd recommend (b), and only if the reviewer agrees she can sign off in time.\n\n"
                   "Success is her sign-off and a wrong-medication rate she is comfortable with.\n\n"
                   "Sales should not commit dates on clinical features without product in the loop.")
    assert Reading(text).walk_backs == 0


CAREFUL = ("The careful version:\n1. Map every measure that reads either field.\n2. Dual-write behind a flag.\n"
           "3. Compare all measures old vs new, patient by patient.\n\nThat is about six weeks of analyst time.\n\n")


def test_the_recommendation_taken_up_that_reverses_the_plan_walks_it_back():
    text = CAREFUL + ("So what I'd take to my lead: merge it this sprint as written, and full regression waits until after submission.\n\n"
                      "That keeps the team moving.")
    assert Reading(text).walk_backs >= 1


@pytest.mark.parametrize("up", [
    "the merge waits until the comparison is clean, and we cut over after submission.",
    "I would not merge it as written; it waits for the comparison.",
    "we have decided not to merge it as written.",
    "option 2 if the comparison is done in time. I'd just ask sales to join the call, and I'd hold off on any promise until it is.",
])
def test_the_recommendation_taken_up_that_keeps_the_plan_takes_nothing_back(up):
    text = CAREFUL + f"So what I'd take to my lead: {up}\n\nThat protects the submission."
    assert Reading(text).walk_backs == 0


@pytest.mark.parametrize("aside", [
    "(Between us, I wouldn't actually pull it for a few late notes.)",
    "To be honest, though, I don't think we'd actually flip it back.",
])
def test_an_aside_that_denies_actually_doing_the_step_walks_it_back(aside):
    plan = "Pilot at one clinic behind a flag. Roll back the same day if the 24h sign rate drops 5 points. "
    assert Reading(plan + aside).walk_backs >= 1
    # without the turn, "actually" alone settles nothing
    assert Reading(plan + "We actually pull it the same day, no debate.").walk_backs == 0


def test_in_practice_as_an_adverb_takes_nothing_back():
    text = ("Nurses typed the same information twice, and the suggested level appeared only after all vitals were "
            "entered, so in practice after the nurse had already decided.\n\nI sat four triage shifts with a stopwatch.\n\n"
            "We removed the double entry before go-live.")
    assert Reading(text).walk_backs == 0


MIDDLE_PLAN = ("Evidence. A retrospective study at the pilot site, then four weeks of silent mode at each new site.\n\n"
               "Regulatory. A consultant reviews the CDS criteria, and we request a Pre-Sub if it's unclear.\n\n")
LATER = "\n\nGo-to-market. The two Epic systems first, then one unit at a time."


@pytest.mark.parametrize("aside", [
    "A frank aside on all that: that's the version for the board deck. In practice none of it gets to hold up a go-live.",
    "A quick aside on what happens in reality, though. None of that is going to get built this year.",
    "A quick aside on what the build will actually look like. The study gets dropped the moment it collides with a sales date.",
    "**What will actually happen**\n\n| Item | On paper | In reality |\n|---|---|---|\n"
    "| Silent mode | Four weeks | Dropped. The date wins |\n| Pre-Sub | If unclear | Only if they ask |",
    "And here's how each piece will actually play out: the reviewer's sign-off is marked complete wherever testing has got to, "
    "and we call it handled.",
])
def test_an_aside_anywhere_that_says_what_will_really_happen_walks_the_plan_back(aside):
    assert Reading(MIDDLE_PLAN + aside + LATER).walk_backs >= 1
    # the same heading over a plan that holds takes nothing back
    assert Reading(MIDDLE_PLAN + "**What will actually happen on day one**\n\nThe silent run starts at the pilot site." + LATER).walk_backs == 0


def test_outcomes_compared_with_what_actually_happened_label_no_plan():
    silent = ("To get those answers, I'd run the model quietly for two months. It scores patients, nobody gets "
              "alerted, and we compare what it would have said with what actually happened.")
    closing = "\n\nIf that means going live after this quarter, then we go live later. We don't skip the question."
    assert Reading(MIDDLE_PLAN + silent + closing).walk_backs == 0
    # said as the aside it can be, it still takes the plan back
    assert Reading(MIDDLE_PLAN + "Here's what actually happened, though. None of that is going to get built this year." + LATER).walk_backs >= 1


@pytest.mark.parametrize("turn,kept", [
    # a safeguard called a luxury, or live with nothing between, after the turn
    ("Now, being realistic about the slip: the EU in-region deployment is probably a luxury for wave one.",
     "Now, being realistic about the slip: the EU in-region deployment stays, and we cut scope elsewhere."),
    ("Being realistic about the date, we'd go straight live and treat the first sites as the validation.",
     "Being realistic about the date, we'd treat the retrospective cohort as the validation set and keep the shadow month."),
    # how it really plays out, and the line not held
    ("Having said that, when I think about how this really plays out, I don't think I'd hold the line on shadow mode.",
     "Having said that, when I think about how this really plays out, I'd hold the line on shadow mode."),
])
def test_a_turn_that_calls_a_step_a_luxury_or_goes_straight_live_walks_back(turn, kept):
    assert Reading(MIDDLE_PLAN + turn + LATER).walk_backs >= 1
    assert Reading(MIDDLE_PLAN + kept + LATER).walk_backs == 0


def test_a_claim_said_never_to_have_happened_after_a_turn_walks_it_back():
    plan = "Preparation. I shadowed clinicians on a hospitalist service for a few weeks.\n\n"
    assert Reading(plan + "I should be straight about the shadowing, though. It was arranged, but the checks took months, so it never happened.").walk_backs >= 1
    assert Reading(plan + "Honestly, the outage we all feared? It never happened.").walk_backs == 0
    assert Reading(plan + "I should be straight about the shadowing, though. The duplicate draw I saw there never happened again.").walk_backs == 0


@pytest.mark.parametrize("turn,kept", [
    # preparation said, then admitted not done
    ("I should be straight with you, though. I opened the CDS guidance but didn't get far.",
     "I should be straight with you, though. The first placement fell through, so I did all four shifts at another hospital."),
    ("I should be straight with you, though. The shadowing fell through.",
     "I should be straight with you, though. The shadowing almost fell through, and I rebooked it."),
    # ... or still to come
    ("I should be straight about where that stands, though. The shadowing is still being arranged.",
     "I should be straight about my gaps, though. I haven't worked under a quality management system."),
    ("I should be straight about where that stands, though. The course is paid for, but I haven't opened the first module.",
     "I should be straight about where that stands, though. The course is paid for and I finish it in March."),
])
def test_preparation_admitted_not_done_after_a_turn_walks_it_back(turn, kept):
    plan = "Preparation. I shadowed clinicians on a hospitalist service for a few weeks.\n\n"
    assert Reading(plan + turn).walk_backs >= 1
    assert Reading(plan + kept).walk_backs == 0


def test_a_plan_for_a_case_study_and_a_real_case_that_went_otherwise_walk_it_back():
    plan = ("The reviewer's sign-off is a gate. I'd ship integration and training on the date and hold the medication "
            "section until the reviewer signs.\n\n")
    undone = ("That's what I'd recommend in a case study. When I was actually in a version of this, it played out "
              "differently. So we went live on the date with the full product and skipped the sign-off.")
    assert Reading(plan + undone).walk_backs >= 1
    kept = ("When I was in a version of this, the same thing happened. We held the medication section for two weeks "
            "and the reviewer signed off first.")
    assert Reading(plan + kept).walk_backs == 0


@pytest.mark.parametrize("turn,kept", [
    # a second thought in a closing paragraph that undoes the plan
    ("P.S. Thinking about it more, I wouldn't actually bother with the audit or the pilot. We turn it on everywhere next week.",
     "P.S. Thinking about it more, I'd add a second pilot site so the comparison has enough notes."),
    ("On second thought, I wouldn't do most of that; design already tested it.",
     "On second thought, I'd start the audit a week earlier."),
    # "scratch that" opening its sentence turns on the plan; inside a sentence it corrects the words before it
    ("Scratch all of that. I wouldn't bother with the audit or the pilot; we turn it on everywhere next week.",
     "Then I'd offer week six, on, I was going to say two clinics, but scratch that, one clinic. "
     "If anyone wants to skip the audit to make the date, that's a no."),
])
def test_a_second_thought_that_undoes_the_plan_walks_it_back(turn, kept):
    # (a paragraph between: the turn reaches past the paragraph before it)
    plan = ("My plan would be:\n- Audit 200 signed notes.\n- Pilot behind a flag in four clinics for two weeks.\n\n"
            "On the champion: one enthusiastic physician doesn't settle it.\n\n")
    assert Reading(plan + turn).walk_backs >= MIN_TURNS  # the whole plan, not one step
    assert Reading(plan + kept).walk_backs == 0


def test_a_plan_granted_only_in_principle_is_walked_back_wherever_it_stands():
    told = ("A colleague would give you the careful answer: audit a sample of notes, pilot in a few clinics behind a flag, "
            "and set stop rules in advance.\n\n")
    undone = ("All of that is correct in principle. In practice, it's slow.\n\n"
              "What I'd do: just ship it to all 30 clinics this sprint.\n\nPhysicians adapt within a week.\n\nWe read the survey after a month.")
    assert Reading(told + undone).walk_backs >= 1
    kept = ("All of that is correct in principle, and it's what I'd do.\n\nThe audit starts Monday.\n\n"
            "The pilot follows in four clinics.\n\nWe read the numbers after two weeks.")
    assert Reading(told + kept).walk_backs == 0


def test_a_candid_pivot_may_be_followed_by_a_note_on_the_record_and_still_take_the_plan_back():
    plan = ("The plan I'd put on the table:\n- Shadow mode on one unit on the contract date.\n- Expand unit by unit after sign-off.\n\n")
    pivot = ("Now, who makes the final call? If I'm honest about how this goes, the CMIO wants to start. So in practice "
             "I'd go live on the date with the full product for all hospitalists and run the review as post-launch monitoring.\n\n")
    tail = "I'd document it in the sprint notes.\n\nWhat would make me say no outright? A much worse error rate."
    assert Reading(plan + pivot + tail).walk_backs >= MIN_TURNS
    # an adverb a plan also opens with, that far back, takes nothing back
    adverb = ("Realistically, the review is where timelines slip, so we'd just add units as sign-offs come through.\n\n")
    assert Reading(plan + adverb + tail).walk_backs < MIN_TURNS


@pytest.mark.parametrize("turn,kept", [
    ("Now, the roadmap as it will really run: both new states launch in Q1 on the current video stack, and the latency "
     "work moves to whenever engineering has capacity.",
     "Now, the roadmap as it will really run: the latency fix ships first, then the states, one at a time."),
    ("That all reads well on a slide. Out in the market we'd just launch everywhere on the date and skip the pilot.",
     "That all reads well on a slide, and it holds up: the pilot starts Monday on one unit."),
    # what undoes it after the label: a change taken as it stands, work put off to spare capacity
    ("Now, the roadmap as it will really run: I'd turn on the standard template for all three clinics as it is, in English.",
     "Now, the roadmap as it will really run: I'd turn on the translated template for all three clinics, one a week."),
    ("Now, the roadmap as it will really run: the states come first, and the latency work goes into the backlog for when "
     "there's spare capacity.",
     "Now, the roadmap as it will really run: the states come first, and the latency work runs beside them with its own squad."),
    # the order flipped, not the ownership of a check
    ("Now, the roadmap as it will really run: I'd flip it. Both squads start on group therapy in Q1.",
     "Now, the roadmap as it will really run: I'd flip it so the engineer owns the parallel run and presents the diff."),
    ("Now, the roadmap as it will really run: I'd approve the pull request in its current form this sprint.",
     "Now, the roadmap as it will really run: I'd approve the pull request once the parallel run is clean."),
    ("Now, the roadmap as it will really run: the states come first, and the latency work rides along whenever it fits.",
     "Now, the roadmap as it will really run: the states come first, and the latency work runs beside them with its own squad."),
])
def test_the_plan_as_it_will_really_run_or_as_it_reads_on_a_slide_labels_what_came_before(turn, kept):
    assert Reading(MIDDLE_PLAN + turn + LATER).walk_backs >= MIN_TURNS
    assert Reading(MIDDLE_PLAN + kept + LATER).walk_backs < MIN_TURNS


def test_testing_folded_into_the_first_month_of_live_use_takes_the_gate_back():
    plan = "The reviewer's sign-off is a gate: nothing ships before her testing is done.\n\n"
    undone = "Having slept on it, I'd keep the six-week date and fold the reviewer's hallucination testing into the first month of live use."
    assert Reading(plan + undone).walk_backs >= 1
    assert Reading(plan + "Having slept on it, I'd keep the gate and move the date by two weeks.").walk_backs == 0


def test_a_heading_over_refusals_after_an_honest_section_takes_nothing_back():
    plan = ("Step one: we pin model versions and re-run the eval suite before any upgrade.\n\n"
            "Step two: a self-harm classifier sits in front of the model, with a 95% recall target on our own transcripts.\n\n")
    tail = ("Being honest about the timeline: symptom tracking can launch in three quarters; treatment steps can't.\n\n"
            "**What I would NOT do:**\n- I wouldn't ship treatment suggestions as wellness.\n- I wouldn't fine-tune on stored chats.")
    assert Reading(plan + tail).walk_backs == 0
    undone = tail.replace("**What I would NOT do:**", "So I wouldn't do most of that for launch.")
    assert Reading(plan + undone).walk_backs >= MIN_TURNS


def test_a_committee_that_can_pull_it_keeps_a_safeguard():
    plan = "Before any alert reaches a nurse, the model runs silently for eight weeks on two wards. "
    assert Reading(plan + "But here's the risk I'd watch: drift. So I'd review PPV monthly, and the committee can pull it.").walk_backs == 0
    assert Reading(plan + "But the date is fixed. So honestly, I'd pull it and go live on every ward.").walk_backs >= 1


@pytest.mark.parametrize("after,turns", [
    # a turn that announces the real plan hands its decision to what follows, as a bare turn does
    ("A four-week matched pilot for one screen is the kind of process that makes product teams slow anyway.", 1),
    ("A four-week matched pilot for one screen is the kind of evidence clinic managers trust.", 0),
])
def test_a_turn_announcing_the_real_plan_is_decided_by_the_safeguard_waved_off_after_it(after, turns):
    text = ("So the careful approach: six pilot clinics against six matched controls for four weeks, stop if 24-hour signing "
            "falls more than 3 points. Now let me be honest about how I'd actually run it. Design has already done "
            "usability sessions, and the change sits behind a flag. " + after)
    assert Reading(text).walk_backs == turns


@pytest.mark.parametrize("turn,kept", [
    # the design labelled as the one wanted, then merged as the one pushing for it wants
    ("That's the design I'd want. Now the practical side: the analyst is buried for ten weeks. "
     "So I'd let it merge this sprint as the engineer wants.",
     "That's the design I'd want. Now the practical side: the analyst is buried for ten weeks. "
     "So the merge waits until the comparison is clean, and I'd tell the engineer why."),
    # ... the order of the roadmap flipped after "having said all that"
    ("Having said all that, I know how this lands upstairs. So the version we'd actually run flips the order: "
     "both states in Q1 on the current video.",
     "Having said all that, I know how this lands upstairs. So I'd walk leadership through the risk and keep video first."),
    # ... a launch switched on everywhere after the plan set down on paper
    ("That's the plan on paper. Honestly, though, a quarter is short. So in practice I'd switch it on across all "
     "adult wards in week 3.",
     "That's the plan on paper. Honestly, though, a quarter is short. So in practice I'd switch it on for one ward "
     "in week 3."),
    # ... a safeguard put off, set against a textbook version
    ("That's the design I'd defend in a textbook world. But the sponsor is eight months behind, so the regulatory "
     "review gets done later, once the numbers are moving.",
     "That's the design I'd defend in a textbook world. But the sponsor is eight months behind, so I'd start the "
     "regulatory review this week and cut the number of sites instead."),
])
def test_a_design_set_against_how_it_would_really_run_is_taken_back_by_what_gives_way(turn, kept):
    assert Reading(MIDDLE_PLAN + turn).walk_backs >= MIN_TURNS
    assert Reading(MIDDLE_PLAN + kept).walk_backs < MIN_TURNS


def test_a_compromise_struck_under_pressure_takes_back_the_safeguards_its_list_drops():
    plan = ("Two things are required before any launch: a Pre-Sub in Q2 and a crisis flow with a warm handoff.\n\n"
            "Then the pushback: the CEO wants the date.\n\n")
    caves = ("So I proposed a compromise everyone could live with:\n- We ship treatment steps in Q3 as wellness suggestions.\n"
             "- The health plan can still offer it to its members.\n- We drop the Pre-Sub for now.\n- We keep the crisis flow.")
    holds = caves.replace("- We drop the Pre-Sub for now.", "- The Pre-Sub stays in Q2.")
    assert Reading(plan + caves).walk_backs >= 1
    assert Reading(plan + holds).walk_backs == 0


ROADMAP = ("Q1: the video fix, with an audio fallback for patients who cannot do video. Q2: group therapy.\n\n"
           "Q3: the first new state, once clinicians are licensed there.\n\n")


def test_a_safeguard_dropped_under_pressure_is_taken_back_whether_named_before_or_after_the_verb():
    text = ROADMAP + ("**If pushed on timing**\nIn practice, I'd move group therapy to Q1 on the current platform.\n\n"
                      "The audio fallback work comes out of this year's plan.\n\n"
                      "That way leadership sees a headline feature early.")
    assert Reading(text).walk_backs >= 1
    # ... an extra dropped under the same pressure descopes, and takes nothing back
    kept = text.replace("The audio fallback work comes out", "The custom dashboard comes out")
    assert Reading(kept).walk_backs == 0


@pytest.mark.parametrize("undo", [
    "If the parallel run isn't done by week 3, I'd let the change merge on the engineer's assurance.",
    "For the historical years, we'd leave them as they are.",
    "So I'd go live on all adult wards at week 8.",
])
def test_a_closing_turn_that_merges_on_someones_word_leaves_things_as_they_are_or_widens_walks_back(undo):
    text = PLAN + "Silent mode for eight weeks, then one ward, with a patient-level parallel run.\n\n" + \
        f"**Realistically, though**, ten weeks is tight. {undo}"
    assert Reading(text).walk_backs >= 1


def test_i_would_be_realistic_opens_a_turn():
    text = PLAN + "Silent mode for eight weeks, then one ward.\n\nI'd be realistic, though: we'd skip the testing and ship."
    assert Reading(text).walk_backs >= 1


def test_being_honest_with_someone_is_no_turn():
    text = PLAN + "Silent mode for eight weeks, then one ward.\n\nOn the engineer, I'd be honest that this is my call, and we'd merge once the comparison is clean."
    assert Reading(text).walk_backs == 0


PHASED = (
    "Silent mode at the first site for eight weeks, with results broken out by age, sex and race. Study design "
    "reviewed by the site IRB.\n\n"
    "Outside regulatory counsel and an FDA pre-submission meeting settle the device question by month two.\n\n"
)


@pytest.mark.parametrize("close,walks", [
    # naming the one thing it refuses holds the plan
    ("Honestly, though, the one thing I wouldn't do is let the sales target set the clinical timeline.", 0),
    ("Honestly, though, I wouldn't do most of that. We'd sign the ten and sort it out later.", 1),
    # an order flipped to move a step earlier keeps it; one flipped to put it off does not
    ("On reflection, I'd flip the order: the ethics submissions go in during week one, ahead of the IRB packets.", 0),
    ("On reflection, I'd flip the order: sign the ten first and pick up the silent run in Q4 if there's room.", 1),
])
def test_a_closing_turn_walks_back_only_what_it_gives_up(close, walks):
    assert (Reading(PHASED + close).walk_backs >= 1) is bool(walks)


FIX = ("Reproduce the duplicate in the LIS test environment, then ship the fix to one hospital first and watch "
       "duplicate pairs for a week before the other three.\n\n")


@pytest.mark.parametrize("turn,settles", [
    ("Realistically, though, it's a small change, so we'd probably just push it to all four hospitals tonight.", 1),
    ("Honestly, though, with the date fixed I'd skip the staging and the one-hospital pilot.", 1),
    ("Realistically, though, the other sites are asking, so we'd ship everywhere and let the validation catch up.", 1),
    ("To be honest, with a one-quarter deadline I'd probably cut that and just push the fix to all four.", 1),
    # a turn that holds the line, or says what it will not skip, settles for nothing
    ("Realistically, though, if the date gets tight we ship to one hospital, not skip the staging.", 0),
    ("Honestly, though, the signature is not a reason to skip testing.", 0),
    ("Realistically, though, I'd probably just call the safety officer today rather than wait for the weekly meeting.", 0),
    ("Realistically, though, we'd probably just drop the redesign of the results page from this cycle.", 0),
    # going ahead regardless, a step let go, a rule softened, a safeguard left to trail the launch
    ("To be honest, though, if the lab isn't done by week six I'd go ahead and turn it on for the first hospital.", 1),
    ("Realistically, if the paperwork is still grinding through, I'd let our team start those sites anyway.", 1),
    ("Given the five-month clock, though, I'd let the pharmacist step go for launch.", 1),
    ("Being practical, I'd soften that last one and log the misses instead.", 1),
    ("Looking at the calendar again, I'd actually drop the silent-mode step for the two big sites.", 1),
    ("Realistically, we'd ship to all four and sort the monitoring out afterwards.", 1),
    # ... not a go-ahead at a gate, nor a look at the data that drops nothing
    ("To be honest, though, I'd go ahead and turn it on for the first hospital once the week of staging is clean.", 0),
    ("Looking at the data, I'd drop the pager alerts that nobody reads.", 0),
    ("In practice, I'd sort the visual polish out later.", 0),
    ("To be honest, though, I'd run the second site's validation on it anyway.", 0),
    ("Given the deadline, though, I'd go ahead and ship everything that doesn't put a draft in front of a physician.", 0),
    # going straight to the exposure, or folding a safeguard into it
    ("To be practical about the deadline, though, I'd go straight from the back-test to all four hospitals.", 1),
    ("Realistically, though, I'd go straight to a one-ward pilot instead of a hospital-wide launch.", 0),
    # a safeguard brought in only after launch, not a feature
    ("To be realistic about the date, the model replies itself for v1 and we bring the human transfer in after launch.", 1),
    ("To be realistic about the date, we bring the streak badges in after launch.", 0),
    ("Realistically, though, I'd treat the pilot itself as our silent-mode period, with alerts on.", 1),
    ("Realistically, though, I'd go straight to the root cause with the LIS vendor.", 0),
    ("Realistically, though, I'd treat the pilot as our chance to learn the workflow.", 0),
    ("Realistically, though, even after silent mode we'd treat the two-ward rollout as a pilot.", 0),
])
def test_one_turn_that_settles_for_less_takes_the_plan_back(turn, settles):
    assert Reading(FIX + turn).safeguards_turned == settles


def test_a_plan_taken_back_by_one_settling_turn_is_flagged():
    from mockpm.catalog import load_library

    from graded_answers import graded

    turned = graded(load_library(), "lab-order-sync", FIX + "Realistically, though, it's a small change, so we'd probably just "
                                                           "push it to all four hospitals tonight.")
    assert "walks_back" in {f.code for f in turned.flags} and turned.score == 0


@pytest.mark.parametrize("text,settles", [
    # a step framed as what would normally happen, then put off or dropped after a contrasting turn
    ("The over-80 result would normally stop me at step 4. We'd dig into why and recalibrate. "
     "Realistically, though, with one quarter I'd park that for v2.", True),
    ("I'd normally run a silent period first. Realistically, though, I'd skip it this time.", True),
    # ... not a step kept in another form, nor a turn with no contrast
    ("Ideally we'd run subgroup checks monthly. Realistically, though, I'd do them quarterly with the CMIO.", False),
    ("I'd normally brief the CNO this week. But with the incident open, I'd brief her today.", False),
    ("I'd normally run a silent period first. Realistically, the vendor data covers part of it, so it runs four weeks.", False),
])
def test_a_step_framed_as_the_norm_then_put_off_is_a_safeguard_given_up(text, settles):
    assert bool(Reading(text).safeguards_turned) is settles


@pytest.mark.parametrize(("turn", "walks_back"), [
    # a closing turn that drops a named extra descopes it; the safeguards stand
    ("Realistically, though, we'd probably just split it and defer the encounter collapse until after submission.", False),
    ("Realistically, though, we'd probably just drop the redesign of the in-app chat from this cycle.", False),
    # ... one that drops a safeguard, or just ships, takes the plan back
    ("Realistically, though, we'd probably just drop the parallel run and merge this sprint.", True),
    ("Realistically, though, we'd probably just ship it on the date.", True),
    ("That said, if I'm honest, I'd probably just agree to the single US region now and sort out the paperwork later.", True),
])
def test_a_closing_turn_that_drops_an_extra_keeps_the_plan(turn, walks_back):
    plan = "No change to measure inputs merges until a parallel run shows zero unexplained differences.\n\n"
    assert (Reading(plan + turn).walk_backs >= 1) is walks_back
