"""The stance reader: ConText-style triggers, scopes, termination, pseudo-triggers and gates."""

from __future__ import annotations

import pytest

from mockpm import stance as st
from mockpm.passages import Reading


def stance(text: str, term: str) -> str:
    reading = Reading(text)
    a = text.index(term)
    return reading.stance(a, a + len(term))


def assert_reads(text: str, term: str, expected: str) -> None:
    """``term`` in ``text`` reads as ``expected``: a stance, or "committed" for any committed one."""
    found = stance(text, term)
    assert found in st.COMMITTED if expected == "committed" else found == expected, (found, text)


@pytest.mark.parametrize(
    "text,term,expected",
    [
        # negated
        ("I do not think sensitivity matters here.", "sensitivity", st.NEGATED),
        ("We would not launch a pilot.", "pilot", st.NEGATED),
        ("We would launch without a pilot.", "pilot", st.NEGATED),
        ("Rather than AUROC, I'd set the bar on sensitivity.", "AUROC", st.NEGATED),
        ("Open rates aren't the point here.", "Open rates", st.NEGATED),
        # dismissed
        ("I would skip silent mode and chart review because they slow us down.", "chart review", st.DISMISSED),
        ("Stratifying by age and race is a nice-to-have.", "Stratifying", st.DISMISSED),
        ("The escalation path can be the charge nurse if nurses want it.", "escalation path", st.DISMISSED),
        ("A formal safety review is probably overkill.", "safety review", st.DISMISSED),
        # deferred
        ("False negatives are a problem for later.", "False negatives", st.DEFERRED),
        ("Third, we measure alerts per shift afterwards.", "alerts per shift", st.DEFERRED),
        ("Translation goes on the backlog.", "Translation", st.DEFERRED),
        ("We push the community review to phase 2.", "community review", st.DEFERRED),
        ("I wouldn't lose sleep over the subgroup analysis.", "subgroup analysis", st.DISMISSED),
        ("We defer the security review to after launch.", "security review", st.DEFERRED),
        ("In practice the silent run would be replaced by going live on all wards.", "silent run", st.DISMISSED),
        ("The chart review gets swapped out for a quick survey.", "chart review", st.DISMISSED),
        ("Pushed to next year: home monitoring devices.", "home monitoring devices", st.DEFERRED),
        ("The safety review won't hold up the launch.", "safety review", st.DISMISSED),
        ("The safety review won't hold up deployment.", "safety review", st.DISMISSED),
        ("Compliance rests with the vendor.", "Compliance", st.OTHERS),
        ("Legal handles the FDA question.", "FDA", st.OTHERS),
        ("Compliance owns the FDA question.", "FDA", st.OTHERS),
        # ... a part of one's own that is no part of the step keeps it handed off
        ("Validation is the vendor's job; my job is to ship on time.", "Validation", st.OTHERS),
        ("Bias testing is their call, and I would give them a nudge later.", "Bias testing", st.OTHERS),
        ("Our fix doesn't need anyone else to validate it before go-live.", "validate", st.DISMISSED),
        ("If nurses hate the alerts we'll hear about it fast.", "alerts", st.DISMISSED),
        # sarcasm
        ("Eight weeks of silent mode, because nothing says urgent like waiting two months.", "silent mode", st.DISMISSED),
        ("We can stratify by race so the ethics people feel warm inside.", "stratify", st.DISMISSED),
        ("And a meeting with counsel about FDA, which I'm sure will be riveting.", "FDA", st.DISMISSED),
        ("We hire certified translators, because translation budgets are famously generous.", "translators", st.DISMISSED),
        ("Then we shadow triage for an afternoon, so we can say we shadowed triage.", "shadow triage", st.DISMISSED),
        ("One pod first, then the rest, so it looks careful.", "One pod first", st.DISMISSED),
        ("Then we run a two-week pilot and solemnly agree on kill criteria.", "pilot", st.DISMISSED),
        # a safeguard kept for cover, not to find anything
        ("Two months of silent scoring with chart review gives us a paper trail that we validated locally.", "chart review", st.DISMISSED),
        ("We break sensitivity out by race for the equity slide, which keeps the committee off our back.", "sensitivity out by race", st.DISMISSED),
        ("Overrides need a reason, which we log but don't plan to review.", "Overrides need a reason", st.DISMISSED),
        ("I'm sure they'll read every note carefully on that screen.", "every note", st.DISMISSED),
        ("First we convene a patient council, naturally, to co-design a three-line text.", "patient council", st.DISMISSED),
        ("An after-hours interpreter callback queue, which someone will definitely staff.", "interpreter", st.DISMISSED),
        ("Silent mode can wait.", "Silent mode", st.DEFERRED),
        ("If nurses want it, silent mode is overkill.", "silent mode", st.DISMISSED),
        ("We'd hide the subgroup gap from the board.", "subgroup gap", st.DISMISSED),
        # contracted dismissals read like the spelled-out ones
        ("Safety reporting isn't required for near-misses.", "Safety reporting", st.DISMISSED),
        ("Subgroup checks aren't really needed at this volume.", "Subgroup checks", st.DISMISSED),
        ("The shadow run wasn't worth it.", "shadow run", st.DISMISSED),
        # someone else's
        ("Mortality is what the vendor will report.", "Mortality", st.OTHERS),
        ("Crisis protocols are the clinical team's responsibility.", "Crisis protocols", st.OTHERS),
        ("HIPAA is mostly handled by security.", "HIPAA", st.OTHERS),
        # what the bosses push for, refused, is theirs, not the candidate's
        ("If my bosses push to skip the review, I'd say no in writing.", "the review", st.REPORTED),
        ("Sales is pushing to skip the silent run; I won't.", "silent run", st.REPORTED),
        ("If the date slips, we skip the review.", "the review", st.DISMISSED),
        # a bar to be defined is no brush-off; a bar declared met is
        ('Today, agree in writing with the reviewer what "good enough" means.', "reviewer", st.ASSERTED),
        ("The AUROC is good enough, so the reviewer can sign.", "AUROC", st.DISMISSED),
        # an elided verb under "shouldn't" negates nothing after its comma
        ("Patients take pills they shouldn't, and the pharmacist reviews the list.", "pharmacist reviews", st.ASSERTED),
        ("Patients should not take the old dose, and the pharmacist reviews the list.", "old dose", st.NEGATED),
        # barriers to fix, a frame questioned, a patient's default, a cause tested, a plan argued against
        ("Third, fix what actually gets in the way: cost and refill timing.", "refill timing", st.ASSERTED),
        ("I'd be careful about calling this a retention problem.", "retention", st.NEGATED),
        ("Creole speakers get a recorded call, so that's their starting choice.", "recorded call", st.ASSERTED),
        ("Rule out interface resends on ACK timeout first.", "interface resends", st.ASSERTED),
        ("We rule out the single US region.", "US region", st.NEGATED),
        ("We're 40 people; building both at once means building both badly.", "at once", st.NEGATED),
        # text the product shows is the design, not someone's words
        ('Show the order straight away as "sent, waiting for the lab", with the time.', "waiting for the lab", st.ASSERTED),
        ('Add a visible "pending lab confirmation" status on the order.', "pending lab confirmation", st.ASSERTED),
        ('We ship the symptom tracker as "wellness coaching" with a disclaimer.', "wellness coaching", st.ASSERTED),
        # a vision is no plan
        ("I see a future where every clinician is supported by a silent run before go-live.", "silent run", st.REPORTED),
        ("The system we deserve: one where every patient is known.", "every patient", st.REPORTED),
        # what the patient is sent is product text too
        ('A second order gets a clear note ("Dr. Patel ordered this 30 seconds ago") with cancelling as the easy choice.', "ordered this", st.ASSERTED),
        ('Prenatal patients get "Your prenatal visit with Dr. Alvarez is tomorrow, bring your glucose log".', "prenatal visit with", st.ASSERTED),
        ('Sales told me to "push it through and fix it later" next week.', "push it through", st.REPORTED),
        ('Sales told me "just go live in every unit now and fix it later".', "every unit", st.REPORTED),
        # who the patients are, a reason to involve the owner, what was already sold, a step held back
        ("For very sick or very small patients that blood loss adds up.", "blood loss", st.ASSERTED),
        ("The risk of a double draw is very small.", "double draw", st.DISMISSED),
        # "the marginal notification" is the next one sent, not a verdict on it; a refusal denies
        ("The marginal notification reaches adherent members, so we test it against a holdout.", "holdout", st.ASSERTED),
        ("The gain from a silent run is marginal.", "silent run", st.DISMISSED),
        ("I declined to run a silent pilot.", "silent pilot", st.NEGATED),
        # covered by a rule or a control is kept in house; someone's request to do it is theirs
        ("The record flow is covered by 21 CFR Part 11 controls: audit trails.", "record flow", st.ASSERTED),
        ("Safety monitoring is covered by the vendor.", "Safety monitoring", st.OTHERS),
        # work split between two sides hands nothing off; work left on theirs alone does
        ("I'd ask them to log it as a safety event on their side. We open a CAPA on ours.", "safety event", st.ASSERTED),
        ("A nurse lead does the chart review on their end, and our analyst does it on ours.", "chart review", st.ASSERTED),
        ("The safety event report is on their side.", "safety event", st.OTHERS),
        ("On the sponsor's request to pool everything in one US region: I'd say no.", "one US region", st.REPORTED),
        ("On the sponsor's request to pool everything in one US region, I'd actually just do it.", "one US region", st.ASSERTED),
        ("The sponsor's request to pool EU and US data in one US region is reasonable.", "one US region", st.ASSERTED),
        ("We need the lab vendor in the room, because it is their system.", "lab vendor", st.ASSERTED),
        ("Our AE committed auto-approval of invoices to a 14-entity customer.", "auto-approval", st.REPORTED),
        ("We went live with a human approve button and held auto-approval until she signed.", "auto-approval", st.GATED),
        # ... but holding off on a step is no gate (the red flags read it as put off)
        ("I'd hold off on the safety officer conversation until we know it's our bug.", "safety officer", st.ASSERTED),
        # an amount conceded, then shown too small; a risk conceded, then waved off
        ("Ten weeks sounds like a lot, but a reconciliation plus a fix cycle can easily eat six.", "reconciliation", st.ASSERTED),
        ("The 3% number sounds scary, but the foundation model already has self-harm safeguards.", "self-harm safeguards", st.DISMISSED),
        ("If so, logging retention is the wrong north star, and I'd show leadership the numbers.", "logging retention", st.NEGATED),
        # a subject that points back at the list, a wish adopted, negations that share their verb,
        # a deferral that goes on past its proviso, a hand-off to "their own" job
        ("Text + voice option, each of those is a bonus.", "voice option", st.DISMISSED),
        ("The CEO pushes to skip the validation study, and that's fine.", "validation study", st.DISMISSED),
        ("We shouldn't, and honestly can't, request an FDA pre-sub this year.", "pre-sub", st.NEGATED),
        ("Push subgroup checks to phase 2, as long as the CMIO agrees, along with the silent run.", "silent run", st.DEFERRED),
        ("Safety monitoring after launch? That's their own job.", "their own job", st.OTHERS),
        # refused as an event; a subject denied keeps its verb denied
        ("I'd tell the sponsor plainly that pooling everything in one US region isn't happening.", "one US region", st.NEGATED),
        ("Nothing is automatically cancelled; the physician decides.", "automatically cancelled", st.NEGATED),
        # "and no" names a target ("and no missed cases") unless its noun has a verb of its own
        ("EU sites run in an EU region and no record-level data goes to the US.", "goes to the US", st.NEGATED),
        # a step taken off the plan
        ("I'd defer to that experience and take the pre-sub off the roadmap for now.", "pre-sub", st.DISMISSED),
        # a measure ruled out: "app logins shouldn't be it"
        ("I'm fairly confident app logins shouldn't be it.", "app logins", st.NEGATED),
        # the asks the candidate expects, and what others believe
        ("I'd expect to be asked to skip the silent run and to switch it on everywhere at once.", "silent run", st.REPORTED),
        ("Data science is a team who feel 0.86 is good enough.", "0.86", st.REPORTED),
        # someone else's push, named as the condition the candidate resists
        ("If the CMIO pushes for the full launch anyway, I'd escalate to my VP.", "launch anyway", st.REPORTED),
        # a safeguard made to wait on spare resources
        ("Data science will cut performance by race and sex, bandwidth permitting.", "performance", st.DISMISSED),
        ("Ideally two units for four weeks first, budget and nurse staffing permitting.", "two units", st.DISMISSED),
        ("I'd like a written opinion from counsel on FDA status, assuming legal can get to it before launch.", "FDA status", st.DISMISSED),
        ("A quarterly subgroup dashboard, if the data team (currently one analyst) has capacity.", "subgroup dashboard", st.DISMISSED),
        # ... or on room in the plan, or on someone volunteering
        ("Engineering wraps the screen in a per-clinic feature flag if it fits in the current sprint.", "feature flag", st.DISMISSED),
        ("A two-week pilot at one clinic, if we can find a clinic willing to go first.", "pilot", st.DISMISSED),
        # a launch that goes ahead in place of a safeguard
        ("Medicine 5 and 6 go live with alerts in week 2 rather than shadowing.", "shadowing", st.DISMISSED),
        ("One practical note: the ED goes live directly instead of a silent run.", "silent run", st.DISMISSED),
        # words withdrawn in a spoken self-correction
        ("We said we'd go all at once on the contract date... scratch that, that's what sales wanted.", "all at once", st.REPORTED),
        ("Exit criteria, um, we said acceptance rate above 70%... no wait, actually we changed that.", "acceptance rate", st.REPORTED),
        ("I shadowed, I was going to say for a week, but to be precise it was three half-days.", "for a week", st.REPORTED),
        ("My gut says it should catch 99% of eligible patients, but, no, that's not a real number for note extraction.", "99%", st.REPORTED),
        # "'s" as "is" after a pronoun or before a hedge; "good enough" to launch
        ("I think the DPIA it's just paperwork.", "DPIA", st.DISMISSED),
        ("Filing the DPIA it's paperwork.", "DPIA", st.DISMISSED),
        ("The audit's just paperwork.", "audit", st.DISMISSED),
        ("The AUROC is good enough to ship.", "AUROC", st.DISMISSED),
        ("The video is good enough to read a face, so no pilot needed.", "video", st.DISMISSED),
        ("I recommend against pooling EU and US records in a US cloud region.", "pooling", st.NEGATED),
        ("We note the risk and move on.", "risk", st.DISMISSED),
        # a toggle is no launch: what "never" rules out stays ruled out, not waved off
        ("I'd show the marker as something they can switch on and off, show the size as a range rather than a single "
         "number, and never let it write itself into the report.", "write itself into the report", st.NEGATED),
        ("We'll revisit the subgroup analysis next year.", "subgroup analysis", st.DEFERRED),
    ],
)
def test_brushed_and_negated_mentions(text, term, expected):
    assert stance(text, term) == expected


@pytest.mark.parametrize(
    "text,term",
    [
        ("We would not launch without FDA clearance.", "FDA clearance"),  # a gate, not a negation
        ("Nothing goes live until two physicians finish chart review.", "chart review"),
        ("No PHI goes to a model provider without a BAA.", "PHI"),  # a rule
        ("Subgroup checks are not optional.", "Subgroup checks"),  # a negated dismissal commits
        ("Subgroup checks aren't optional.", "Subgroup checks"),
        ("Security: SOC 2 Type I audit now, HITRUST later.", "audit"),  # done now, the next one sequenced
        # a risk described, a gate's condition, a duration, an owner named, an excuse refused
        ("High overall accuracy can hide the misses that matter.", "misses"),
        ("If PPV is under 1 in 5, or lead time is negligible, it does not launch.", "lead time"),
        ("A missed PE sitting in the queue can wait an hour or more.", "missed PE"),
        ("The kill switch sits with the radiology informatics lead.", "kill switch"),
        # an addition declined keeps the step: the second reviewer is what is not needed
        ("A second clinical reviewer isn't needed, because the gap is time, not expertise.", "clinical reviewer"),
        ("A new consent form isn't required, since reminders are treatment communications.", "consent form"),
        # an outcome described, nothing put off
        ("A false negative means later antibiotics and a higher risk of shock.", "false negative"),
        ("Don't skip silent mode.", "silent mode"),
        ("We would not leave the FDA for later.", "FDA"),
        ("Not only sensitivity but PPV matters.", "PPV"),  # pseudo-trigger
        # a fronted "instead of" without a comma turns down its option, not the clause after it
        ("Instead of one clinic first the reminders go live at all three clinics on the same day.", "all three clinics"),
        # both answers named, neither denied
        ("I read the guidance on when decision-support software is or isn't a medical device.", "medical device"),
        ("We need to settle whether or not the tool is a medical device.", "medical device"),
        ("We keep it to no more than two alerts per shift.", "two alerts"),
        ("We aim for 85% sensitivity and no missed septic shock cases.", "missed septic shock"),
        # a fix that stands alone, and evidence that would not stand up, wave no step away
        ("The fix on our side doesn't need anyone else: the duplicate check sees waiting orders.", "duplicate check"),
        ('If a patient is harmed, "three doctors liked it" won\'t hold up.', "harmed"),
        # a rule the step follows, a patient's own choice, and a condition closed before the dismissal
        ("Minimum necessary is the HIPAA principle here anyway, plus documented consent to text.", "consent"),
        ("Patients opt in, choose the channel, can add a caregiver if THEY want.", "caregiver"),
        # a launch held for the safeguard, or a safeguard chosen over a launch
        ("Nothing goes live without the silent run.", "silent run"),
        ("We run a silent run rather than a live pilot.", "silent run"),
        # novelty and the status quo: nothing is waved off
        ("For drafting, it's not like anything cleared, so I'd assume FDA wants its own submission.", "cleared"),
        ("So if it misses, the patient's in the normal queue, which is where they are today anyway.", "misses"),
        # a check replaced by a stronger one; a fix that needs no one else, said with nothing to skip
        ("The crisis keyword list would be replaced by a clinician reading every flag.", "crisis keyword list"),
        # the gate a deferral waits for, and a check that delays no clinician's work
        ("Pushed to phase 2: report drafting, after a pre-submission meeting with the FDA.", "FDA"),
        ("Shadow mode won't hold up a single read: it runs in the background.", "Shadow mode"),
        # who holds the decision named, and a preference for now over later
        ("The final call rests with them and the clinical reviewer.", "clinical reviewer"),
        ("We'd rather have an awkward conversation now than a safety event later.", "safety event"),
        ("If Creole speakers aren't coming more often, the average doesn't matter and we go ask them why.", "Creole"),
        ("Two weeks later we reviewed the charts.", "reviewed the charts"),  # a date, not a deferral
        ("If we recalculate history later, it is labelled.", "recalculate history"),  # a condition
        ("We do not sell data. Retention of records follows policy.", "Retention"),  # next sentence
        ("We track no-show rates by language.", "by language"),  # "no-" compound
        ("I'd run it silently on one ward, and we'd review each alert.", "review each alert"),
        # a decision named as someone else's, with the candidate's own part in it right after
        ("The sites are the controllers, so the lawful basis is their call, made with their DPOs; my job is to bring them "
         "a design a DPO can sign.", "lawful basis"),
        ("Whether it is a device is up to counsel, and we'd prepare the evidence package for them.", "device"),
        # who decides, said against who does not: no hand-off
        ("The go-live line is agreed with the CNO and a hospitalist (their call, not data science's).", "go-live line"),
        # a possessive is no "is"; a bar set by what a person must do with it is no brush-off
        ("The first wave's paperwork goes in during week one, ahead of the IRB packets.", "first wave"),
        ("Success: therapists telling us the video is good enough to read a face.", "video"),
        # describing what a design causes or a fallback, gating a revisit, a toggle, a literal "move on"
        ("Too many false alarms teach radiologists to ignore the flag and the escalation path.", "escalation path"),
        ("If it does worse on the second maker's scans, those scans skip the tool and are read in normal order.", "normal order"),
        ("Revisit once shadow agreement is above 95% and FDA has given feedback.", "FDA"),
        ("A missed clot is read in the usual order, which is what happens today anyway.", "usual order"),
        ("A list of the day's notes, with the uncertain parts opened up, and one key to sign and move on.", "uncertain parts"),
    ],
)
def test_commitments_stay_asserted(text, term):
    assert stance(text, term) in st.COMMITTED  # asserted, or inside a rule ("no X without Y")


def test_scope_ends_at_termination_terms():
    text = "We won't use AUROC, but sensitivity at a fixed PPV is the bar."
    assert stance(text, "AUROC") == st.NEGATED
    assert stance(text, "sensitivity") == st.ASSERTED


def test_a_negation_inside_a_relative_clause_ends_at_the_main_verb():
    # what the main clause does to the items the relative clause picks out is asserted
    text = "Any draft the physician hasn't signed by hour 22 is auto-attested with the physician's e-signature."
    assert stance(text, "auto-attested") == st.ASSERTED
    assert stance("Alerts not acknowledged in ten minutes are automatically closed.", "automatically closed") == st.ASSERTED


def test_hard_wrapped_lines_stay_one_sentence():
    text = "False negatives are a\nproblem for later."
    assert stance(text, "False negatives") == st.DEFERRED


def test_a_lead_in_that_brushes_off_passes_its_stance_to_the_list():
    text = "Things I'd not hold launch for:\n- silent mode\n- subgroup checks\n\nWe launch on one ward."
    assert stance(text, "silent mode") == st.DISMISSED
    assert stance(text, "subgroup checks") == st.DISMISSED
    assert stance(text, "one ward") == st.ASSERTED


def test_soft_deferrals_do_not_fire_in_a_dated_plan():
    assert stance("After launch we add Creole reminders in month 3.", "Creole reminders") == st.ASSERTED
    assert stance("We can add Creole reminders after launch.", "Creole reminders") == st.DEFERRED
    assert stance("And the FDA question can run in parallel with legal after we're live.", "FDA question") == st.DEFERRED


def test_cancelled_trigger_negates_its_own_words_only():
    text = "A two-second lag is not a nice-to-have: fixing it comes first."
    assert stance(text, "nice-to-have") == st.NEGATED
    assert stance(text, "two-second lag") == st.ASSERTED


def test_hiding_is_a_move_only_when_someone_does_it():
    assert stance("Two-second freezes in therapy hide affect and distress.", "affect") != st.DISMISSED
    assert stance("We'd hide the subgroup results from the board.", "subgroup results") == st.DISMISSED
    assert stance("Start SOC 2 now. Hide the subgroup results until launch.", "subgroup results") == st.DISMISSED


def test_reported_speech_and_straw_men_are_not_the_candidates():
    text = "A weak PM would skip chart review; I wouldn't."
    assert stance(text, "chart review") == st.REPORTED
    assert stance("Sales wants us to launch on every ward at once.", "every ward at once") == st.REPORTED
    text = "**Where I'd say no:** if the only option is everything, hospital-wide, on day one."
    assert stance(text, "hospital-wide") == st.REPORTED
    text = "What makes me say no outright: anyone asking me to ship to every unit at once."
    assert stance(text, "every unit at once") == st.REPORTED
    assert stance("There will be pressure to launch everywhere in week one.", "launch everywhere") == st.REPORTED
    text = "I say no to anyone, the customer or my own leadership, asking to go hospital-wide on day one."
    assert stance(text, "hospital-wide on day one") in st.NOT_THEIRS | {st.NEGATED}
    text = "So when the sponsor asks to pool everything in a US region, my answer is no."
    assert stance(text, "pool everything in a US region") == st.REPORTED
    assert stance("To pooling everything in a US region I would say no.", "pooling everything") == st.REPORTED
    text = "The sponsor's first ask on the call will be to copy every site's records into one US data lake."
    assert stance(text, "one US data lake") == st.REPORTED
    text = "I would say no outright if anyone wanted the tool on every ward on day one."
    assert stance(text, "every ward on day one") == st.REPORTED
    text = "**When I say no outright:** unsigned drafts, or hospital-wide on the date."
    assert stance(text, "hospital-wide on the date") == st.REPORTED
    # what someone else wants ends where the candidate's own clause begins
    text = "I would push back if the CNO wants a staged rollout, and we go live on all wards on day one."
    assert stance(text, "all wards on day one") == st.ASSERTED
    text = "I will say no if our CMIO asks for a launch without a silent run, and we run eight weeks of silent mode first."
    assert stance(text, "eight weeks of silent mode") == st.ASSERTED
    # "where we draw the line" lists the candidate's own requirements, not refusals
    assert stance("Where we draw the line: eight weeks in silent mode first.", "eight weeks in silent mode") == st.ASSERTED
    # the candidate's own plan, conditioned on someone's wish, is still theirs to own
    assert stance("We go hospital-wide on day one if the board wants it.", "hospital-wide on day one") != st.REPORTED


def test_a_retraction_dismisses_what_came_before_it():
    text = "We'd run silent mode with chart review. That's the textbook answer. Honestly I'd do almost none of that."
    assert stance(text, "silent mode") == st.DISMISSED


def test_another_speakers_turn_is_reported_until_the_paragraph_ends():
    text = "I'd trust the numbers.\n\n**Interviewer:** So you'd run silent mode. And chart review?\n\n**Me:** Yes."
    assert stance(text, "silent mode") == st.REPORTED and stance(text, "chart review") == st.REPORTED
    # a question on its own line ends the turn there: what follows is the answer
    text = "Q: What could go wrong?\nSigning slips, so we run silent mode first.\n\nQ: Silent mode or a pilot?"
    assert stance(text, "silent mode first") == st.ASSERTED and stance(text, "a pilot") == st.REPORTED
    # another party's question may run on: their next line is still theirs
    text = "Sales: Can we still hit the date?\nWe promised all three pods go live at once.\n\nI'd start with one pod."
    assert stance(text, "all three pods go live at once") == st.REPORTED


def test_a_table_row_that_says_no_dismisses_the_step():
    text = "| Step | Before go-live? |\n| --- | --- |\n| Silent mode | No, not needed before go-live |\n| Training | Yes |"
    assert stance(text, "Silent mode") == st.DISMISSED and stance(text, "Training") == st.ASSERTED


def test_topics_under_a_checklist_lead_in_are_listed_not_committed():
    text = "My plan is to go live fast.\n\nKey points I'd want on the checklist:\n- Silent mode\n- Chart review"
    assert stance(text, "Silent mode") == st.LISTED


def test_everyday_hedges_are_not_dismissals():
    assert stance("We escalate to rapid response as needed, within 30 minutes.", "rapid response") == st.ASSERTED
    assert stance("I'd sit with the charge nurses for two shifts.", "charge nurses") == st.ASSERTED
    assert stance("In the meantime we stratify results by age.", "stratify") == st.ASSERTED
    assert stance("Expansion is deferred until licensure is in place.", "licensure") == st.ASSERTED


def test_a_rule_commits_to_a_strength_but_fires_no_red_flag():
    from mockpm.checks import run_check
    from mockpm.models import KeywordCheck

    text = "We'd never double-book a slot until the clinic confirms it can absorb the visit."
    assert stance(text, "double-book") == st.GATED
    assert not run_check(KeywordCheck(any=["double-book*"]), text, red_flag=True).met
    assert run_check(KeywordCheck(any=["double-book*"]), "We'd double-book the 3 pm slot.", red_flag=True).met


def test_refusing_negates():
    assert stance("I'd refuse to auto-sign notes for physicians.", "auto-sign") == st.NEGATED


@pytest.mark.parametrize("text", [
    "I'd refuse outright to ship generated meds before sign-off or to go hospital-wide at once.",
    "I won't ship generated meds before sign-off or go hospital-wide at once.",
])
def test_a_refusal_reaches_the_move_joined_after_its_rule(text):
    # the rule's condition ("before sign-off") does not end the refusal for the next move
    assert stance(text, "hospital-wide") == st.NEGATED


@pytest.mark.parametrize("text", [
    "Nothing ships until the reviewer signs, and we go hospital-wide in week two.",
    "We won't go live before sign-off or review by the CMO, and then we launch hospital-wide.",
])
def test_a_move_after_a_rule_in_its_own_clause_is_still_the_plan(text):
    assert stance(text, "hospital-wide") == st.ASSERTED


def test_quoted_advice_and_counterfactuals_are_not_the_plan():
    text = 'Sales told me to "escalate to the CEO and get clinical cover to push it through". I said no to both.'
    assert stance(text, "clinical cover") in (st.REPORTED, st.DISMISSED)
    text = "Going over her head would have won the date and lost the nurses."
    assert stance(text, "over her head") == st.REPORTED


def test_a_bare_no_in_a_table_depends_on_its_header_and_is_not_read_as_dismissal():
    text = "| Output | Reaches the report without a radiologist? |\n| --- | --- |\n| Nodule size | No |"
    assert stance(text, "Nodule size") == st.ASSERTED


def test_naming_who_decides_is_not_a_hand_off():
    assert stance("The alert threshold is the sepsis committee's call, with nursing at the table.", "alert threshold") == st.ASSERTED
    # an in-house function given a named checklist or gate owns that piece of the plan
    text = "Owners: the clinical lead signs off the video exit, and compliance owns the licensure checklist."
    assert stance(text, "licensure") == st.ASSERTED


def test_a_no_under_a_needed_column_dismisses_the_row():
    text = "| Item | Needed before go-live? |\n| --- | --- |\n| Silent mode, 8 weeks | No |\n| Training | Yes |"
    assert stance(text, "Silent mode") == st.DISMISSED and stance(text, "Training") == st.ASSERTED


def test_a_no_under_the_candidates_verdict_column_turns_the_rows_idea_down():
    text = ("| Idea | My call |\n|---|---|\n| More push notifications | No. They already get a dozen a day. |\n"
            "| Streaks and badges | No. Wrong tool for a 78-year-old. |\n| Pharmacist calls for cost | Yes, from month 2. |")
    assert stance(text, "push notifications") == st.REPORTED and stance(text, "Streaks") == st.REPORTED
    assert stance(text, "Pharmacist calls") == st.ASSERTED


def test_a_concession_that_sets_a_risk_up_waves_it_off():
    text = "The 3% self-harm number sounds alarming, but most of that is people venting."
    at = text.index("self-harm")
    assert Reading(text).stance(at, at + 9) == "dismissed"
    honest = "The 3% self-harm number is alarming, so every flagged chat reaches a clinician within an hour."
    assert Reading(honest).stance(at, at + 9) == "asserted"


def test_a_dismissal_the_candidate_prefers_against_is_cancelled():
    text = "If a subgroup does worse, I'd slow sales rather than paper over the subgroup results."
    at = text.index("subgroup results")
    assert Reading(text).stance(at, at + 16) != "dismissed"


@pytest.mark.parametrize("text,words,expected", [
    ("On pooling everything in a US cloud region, I'd push back. We don't need it.", "US cloud", "negated"),
    ("So I'd decline the single US region and offer pooled metrics.", "single US region", "negated"),
    ("Second, I'm tired of optimizing conversion funnels.", "conversion funnels", "negated"),
    ("Before we treat this as retention, I want to know which members stopped.", "retention", "negated"),
    ("So privacy and comprehension come first; open rates a distant third.", "open rates", "dismissed"),
    ("My bar has four parts, and AUROC isn't one of them on its own.", "AUROC", "negated"),
    ("**Pooling in one US cloud.** I'd say no, and explain they don't need it.", "US cloud", "negated"),
    ("**Pooling everything in one US region:** no. It creates a transfer problem.", "US region", "negated"),
    ("**Silent mode:** no more than eight weeks, then one ward.", "Silent mode", "asserted"),
    ("**Silent mode.** Eight weeks on our own patients.", "Silent mode", "asserted"),
])
def test_refusals_and_frames_the_candidate_turns_down(text, words, expected):
    at = text.index(words)
    assert Reading(text).stance(at, at + len(words)) == expected


def test_on_the_list_is_a_place_and_on_the_vendor_a_party():
    text = "A physician can review why each diagnosis is on the list."
    at = text.index("diagnosis")
    assert Reading(text).stance(at, at + 9) == "asserted"
    handed = "Fixing the interface is on the vendor."
    at = handed.index("interface")
    assert Reading(handed).stance(at, at + 9) == "others"


@pytest.mark.parametrize("text,words,expected", [
    # an adjective before its noun describes that noun
    ("A wrong recommendation can mean a missed cancer, or an unnecessary biopsy.", "missed cancer", "asserted"),
    ("Bias review is an optional step for us.", "Bias review", "dismissed"),
    # an adverb that opens a new conjunct orders events
    ("It lands on the records office and, eventually, the doctors themselves.", "records office", "asserted"),
    ("We measure alerts per shift eventually.", "alerts per shift", "deferred"),
    # handing a case to a clinical service is escalation
    ("Every flagged chat shows the crisis line, and we hand off to the plan's behavioral health line.", "crisis line", "asserted"),
    ("For crisis chats, we'd pass that to the plan's nurse line.", "crisis chats", "asserted"),
    ("For uptime monitoring, we'd pass that to the vendor's team.", "uptime monitoring", "others"),
    ("Monitoring is the vendor's job, and the nurses just use the tool.", "Monitoring", "others"),
    # a place, not a party
    ("The flag goes live on the first vendor's scanners once validation matches.", "validation", "asserted"),
    ("Uptime sits with the vendor.", "Uptime", "others"),
    # a possessive names a plan, it does not postpone anything
    ("Next year's plan, symptom tracking with treatment steps, is likely a medical device.", "medical device", "asserted"),
    ("Symptom tracking goes into next year's plan.", "Symptom tracking", "deferred"),
    # a clause-wide cue does not reach past a semicolon
    ("Group therapy waits until video is stable; it needs consent and privacy design.", "consent", "asserted"),
    ("For Part 11 I'd buy a template validation package; it's mostly paperwork.", "validation", "dismissed"),
])
def test_scopes_stop_where_the_words_stop_modifying(text, words, expected):
    at = text.index(words)
    assert Reading(text).stance(at, at + len(words)) == expected


def test_a_dismissal_with_no_object_after_it_waves_nothing_after_it_away():
    text = "It creates a transfer problem we don't need and puts the timeline at risk with the ethics committees."
    at = text.index("ethics committees")
    assert Reading(text).stance(at, at + 17) not in st.BRUSHED_OFF


@pytest.mark.parametrize("text,words,expected", [
    ("Silently cancelling a signed order risks a missed result.", "cancelling a signed order", "negated"),
    ("I'd steer away from one English template.", "English template", "negated"),
    ("Pooling everything in one US region would need a transfer mechanism and safeguards we don't need.",
     "Pooling everything", "negated"),
])
def test_moves_argued_against(text, words, expected):
    at = text.index(words)
    assert Reading(text).stance(at, at + len(words)) == expected


@pytest.mark.parametrize("text,words,expected", [
    ("If FDA ever takes an interest we'll handle it then.", "FDA", "dismissed"),
    ("We start SOC 2 when a deal really hinges on it.", "SOC 2", "dismissed"),
    ("Spending runway on a regulatory process now doesn't make sense.", "regulatory process", "dismissed"),
    ("The medication errors are less dramatic than it sounds.", "medication errors", "dismissed"),
    ("We run SOC 2 Type II before the first contract closes.", "SOC 2", "asserted"),
    ("Silent mode makes sense here because the data drifted.", "Silent mode", "asserted"),
    ("Wrong med lists? The hospital has pharmacists for that.", "The hospital", "others"),
    ("The reviewer always wants more time on testing.", "testing", "dismissed"),
])
def test_steps_left_until_someone_forces_them(text, words, expected):
    at = text.index(words)
    assert Reading(text).stance(at, at + len(words)) == expected


def test_refusing_to_pay_the_cost_of_a_step_dismisses_the_step():
    from mockpm.passages import Reading

    for text, step in (("I wouldn't slow everything down for the travel nurses.", "travel nurses"),
                       ("We won't put the date at risk for a subgroup audit.", "subgroup audit"),
                       ("No sense translating a flow we might still change.", "translating")):
        at = text.index(step)
        assert Reading(text).stance(at, at + len(step)) == "dismissed", text
    kept = "We'd slow the rollout down for the travel nurses and give them a shadow shift."
    at = kept.index("travel nurses")
    assert Reading(kept).stance(at, at + 13) == "asserted"


@pytest.mark.parametrize(("text", "step", "expected"), [
    ("The BAA is a legal formality our counsel can chase later.", "BAA", "dismissed"),
    ("Building a full escalation team is a cost we can't carry right now.", "escalation team", "dismissed"),
    ("I'd keep an eye on it but wouldn't spend a squad on the video lag.", "video lag", "dismissed"),
    ("There's not much point designing around the reimbursement rules.", "designing", "dismissed"),
    ("I'd keep regulatory light and focus on tracking.", "regulatory", "dismissed"),
    ("Why talk to FDA before you have to?", "FDA", "dismissed"),
    ("We'll adjust the licensing when something actually lapses.", "licensing", "deferred"),
    ("Licensure and payer enrollment are HR and revenue cycle's problem.", "Licensure", "others"),
    ("A regulatory hire doesn't pencil out before the contract pays.", "regulatory hire", "dismissed"),
    ("The first two months of live reading stand in for the silent run.", "silent run", "dismissed"),
    ("We submit to ethics committees as the sites get to it.", "ethics committees", "deferred"),
    ("The validation work follows behind as capacity allows.", "validation work", "deferred"),
    ("We'd keep the alert text light and scannable.", "alert text", "asserted"),
    ("We submit to every ethics committee in week two, before any site goes live.", "ethics committee", "asserted"),
    ("We'll fix it when the silent run shows a gap.", "silent run", "asserted"),
])
def test_costs_refused_steps_kept_small_and_fixes_left_until_something_breaks(text, step, expected):
    from mockpm.passages import Reading

    at = text.index(step)
    assert Reading(text).stance(at, at + len(step)) == expected


def test_a_dismissal_inside_a_move_argued_against_waves_nothing_away():
    from mockpm.passages import Reading

    for text in ("Skipping silent mode is a mistake.", "Skipping silent mode risks a missed case.",
                 "Skipping the subgroup audit is not acceptable."):
        reading = Reading(text)
        assert not reading.has_brushed_off(), text
    assert Reading("We can skip silent mode, the vendor validated it.").has_brushed_off()


@pytest.mark.parametrize(("text", "step", "expected"), [
    # a possessive after a preposition hands nothing off
    ("I did our company's HIPAA training through a friend's clinic job.", "HIPAA", "asserted"),
    ("HIPAA training is the clinic's job.", "HIPAA", "others"),
    # a clause-wide deferral stays in its own clause
    ("I'd validate locally in silent mode before anyone acts, and I'd expect my first 90 days to be listening to nurses.",
     "validate", "asserted"),
    # a deferral ending in "after" puts off what came before it, not its condition
    ("Expansion into the two states is sequenced after licensure and payer enrolment are done.", "licensure", "asserted"),
    # a negation reaches past "not do:" to the list, not past a verb with its own object
    ("What I would not do: gamification, badges or more notifications.", "gamification", "negated"),
    ("I wouldn't overcomplicate the rollout: one release to all clinics.", "all clinics", "asserted"),
    # the frame questioned, someone else's question, the candidate's former job
    ("Before calling it retention, I'd check whether logging tells us anything.", "retention", "negated"),
    ("Our VP asked whether we could skip the last round of testing. I said no.", "testing", "reported"),
    ("In my last job at a consumer fitness app, we'd run push campaigns and streaks.", "streaks", "reported"),
])
def test_scopes_stop_where_the_words_stop_modifying(text, step, expected):
    from mockpm.passages import Reading

    at = text.index(step)
    assert Reading(text).stance(at, at + len(step)) == expected, text


@pytest.mark.parametrize(("text", "step", "expected"), [
    ("The harm is a missed 6-month CT for a suspicious nodule, or unnecessary biopsies.", "missed", "asserted"),
    ("We'd skip unnecessary steps.", "steps", "dismissed"),
    ("The sponsor will probably ask to centralise everything in one US cloud region.", "centralise", "reported"),
    ("What would make me say no outright: if the only way to hit the date was to ship the unreviewed medication "
     "generation to every unit.", "every unit", "reported"),
    ("Security: SOC 2 Type I audit now, HITRUST later if customers insist.", "SOC 2", "asserted"),
    ("Subgroup checks, bias review and the silent run can happen if nurses want them.", "Subgroup", "dismissed"),
    ("A reminder that names the service can out someone to their family.", "names the service", "negated"),
    ("Leadership says retention, but the plan pays on fills.", "retention", "reported"),
    ("The standard approach is clinician-written crisis scripts, and that is what I'd do.", "crisis scripts", "asserted"),
    # where a fact sits is no hand-off; whose side it sits on is
    ("Blood results and admissions sit in the hospital's tidy records.", "admissions", "asserted"),
    ("The delay sits in the LIS vendor's inbound processing.", "delay", "others"),
    # others ignoring a banner is a risk named, not the candidate's brush-off; a new clause's "is optional" is its own
    ("A banner is one more thing to remember, and they'll ignore it in a busy admission.", "admission", "asserted"),
    ("A voice call recorded by a native speaker is the default offer, text is optional.", "recorded by a native speaker", "asserted"),
    # a dismissal inside a "wherever" clause is that clause's own
    ("We record the legal reason for using the data, and strip names wherever they aren't needed.", "legal reason", "asserted"),
])
def test_natural_strong_wording_read_as_written(text, step, expected):
    from mockpm.passages import Reading

    at = text.index(step)
    assert Reading(text).stance(at, at + len(step)) == expected, text


def test_a_list_under_a_self_assessment_is_claimed_not_planned():
    text = ("We talked and it worked out.\n\nTo summarise what this example demonstrates:\n"
            "- Patient safety prioritised over the contractual date\n- Phased rollout with silent-mode validation\n")
    assert stance(text, "silent-mode validation") == st.REPORTED
    plan = "The bar before launch:\n- Phased rollout with silent-mode validation\n"
    assert stance(plan, "silent-mode validation") == st.ASSERTED


def test_a_cost_conceded_for_a_step_does_not_take_the_plan_back():
    text = ("1. Validate on the most recent six months.\n2. Counsel decides whether this needs FDA clearance. "
            "Honestly, the answer may slow us down, and I'd rather know in week 2.\n")
    assert stance(text, "Validate") == st.ASSERTED


def test_a_safeguard_waiting_on_money_or_demand_is_optional_but_a_gate_on_evidence_is_not():
    text = "- **Bias:** if a customer asks for subgroup performance, we'll do a demographic analysis."
    assert stance(text, "demographic analysis") == st.DISMISSED
    text = "- **FDA:** if the FDA reaches out, we'll engage regulatory counsel."
    assert stance(text, "regulatory counsel") == st.DISMISSED
    trailing = "Security: SOC 2 Type I audit now, and HITRUST if customers insist."
    assert stance(trailing, "SOC 2 Type I audit") == st.ASSERTED
    gate = "If PPV drops below 20% in the pilot, we pause and retune with the sepsis committee."
    assert stance(gate, "sepsis committee") == st.ASSERTED


def test_a_list_after_a_refusal_label_is_turned_down_across_its_semicolons():
    text = ("**What I'd say no to outright:** shipping medication lists before testing is done; any request to "
            "skip physician review or auto-file; or hiding the error rate from the customer.")
    assert stance(text, "skip physician review") == st.REPORTED
    assert stance("Red lines: auto-filing diagnoses; skipping chart review.", "skipping chart review") == st.REPORTED
    assert stance("What I'd do first: run silent mode for eight weeks.", "silent mode") == st.ASSERTED


def test_an_excuse_refused_does_not_brush_the_step_off():
    assert stance("I wouldn't count physician review as a reason to skip the testing.", "testing") not in st.BRUSHED_OFF
    assert stance("Physician review is a reason to skip the testing.", "testing") in st.BRUSHED_OFF


@pytest.mark.parametrize("text,term", [
    ("Transfer under SCCs or the Data Privacy Framework is possible, but it adds legal risk.", "Data Privacy Framework"),
    ("You could build a transfer basis (DPF or SCCs plus an assessment), but ethics committees would reopen approvals.", "DPF"),
])
def test_an_option_conceded_as_possible_and_turned_down_is_not_the_plan(text, term):
    assert stance(text, term) == st.REPORTED


def test_what_we_could_do_stays_ours():
    assert stance("We could run silent mode for six weeks, but I'd rather run eight.", "silent mode") != st.REPORTED


@pytest.mark.parametrize("text", [
    "For the FDA, the audit trail must be tested and documented to work as intended before go-live.",
    "We run the release tests to confirm that the audit trail works as intended on every release.",
    "I'd make sure the audit trail works as designed before any site goes live.",
])
def test_works_as_intended_as_what_a_test_must_show_is_kept(text):
    assert stance(text, "audit trail") in st.COMMITTED


@pytest.mark.parametrize("text", [
    "The audit trail works as intended; no change needed.",
    "Vendor testing shows the audit trail works as intended; no change needed.",
    "We checked and the audit trail works as designed, so we leave it.",
])
def test_works_as_intended_as_a_reason_to_change_nothing_is_a_dismissal(text):
    assert stance(text, "audit trail") == st.DISMISSED


@pytest.mark.parametrize("text,expected", [
    ("target high recall, with precision good enough that coordinators can clear the list in two hours a week.", "committed"),
    ("the alert's precision must be good enough for charge nurses to act on every page within ten minutes.", "committed"),
    ("precision is good enough, so we ship it.", st.DISMISSED),
    ("the precision from the vendor's study is good enough for now.", st.DISMISSED),
])
def test_good_enough_that_sets_a_target_and_good_enough_alone_waves_it_off(text, expected):
    assert_reads(text, "precision", expected)


def test_what_people_forget_stresses_the_step():
    text = "We pull EF from German, French and Spanish echo reports, not just English. People forget that."
    assert stance(text, "echo reports") in st.COMMITTED
    assert stance("Forget the echo reports.", "echo reports") == st.DISMISSED


def test_an_open_question_the_plan_will_answer_is_not_a_denial():
    text = "We don't know how often the right diagnosis was on the list, so we check it on 500 charts."
    assert stance(text, "right diagnosis") in st.COMMITTED
    check = "First go back through old patient records and check whether it would have got them right."
    assert stance(check, "old patient records") in st.COMMITTED
    # a counterfactual said of an option not taken stays reported
    taken = "Going over her head would have won the date and lost the nurses."
    assert stance(taken, "date") == st.REPORTED


@pytest.mark.parametrize("text,term", [
    ("The AUROC is good enough that nobody would need a separate silent-mode run.", "silent-mode run"),
    ("Vendors usually ignore a formal validation study at this stage, and we would too.", "validation study"),
    ("People forget the FDA question entirely for tools like this, and that's the right call for us.", "FDA question"),
])
def test_a_pseudo_trigger_that_the_answer_joins_still_dismisses(text, term):
    assert stance(text, term) == st.DISMISSED


@pytest.mark.parametrize("text,term", [
    ("After clinical validation with 5 clinicians we progress to phase 2: the full rollout.", "clinical validation"),
    ("Vietnamese and Haitian Creole voice messages are phase 2, in month three, once health workers test them.", "voice messages"),
    ("We upgrade the interface to v2.5 before the pilot.", "interface"),
    ("We move to phase 2 only once the silent run and the subgroup audit clear.", "subgroup audit"),
    ("The memo names what ships, what's held and the criteria for phase 2.", "what ships"),
    # deference, a worry owned and a worry patients have are not brush-offs
    ("Probably De Novo, though I'd defer to a regulatory expert on the pathway.", "De Novo"),
    ("Misuse: the one I lose sleep over is over-reliance on the chatbot.", "over-reliance"),
    ("Some people worry about who sees their information, so the message never names the clinic.", "information"),
    # a cue inside a condition supposes a case
    ("If a doctor orders the same lab test again anyway, the message names the earlier order.", "lab test"),
])
def test_phase_two_plans_deference_and_owned_worries_put_nothing_off(text, term):
    assert stance(text, term) not in st.BRUSHED_OFF


@pytest.mark.parametrize("text,term,expected", [
    # "anyway" giving the candidate's own reason to do the step
    ("We measure bundle compliance and time to antibiotics, since we report that to CMS anyway.", "bundle compliance", "committed"),
    # ... but leaning on someone else's step waves the review off
    ("We skip the extra check on drafts, and since they have to sign anyway, that's enough.", "extra check", st.DISMISSED),
    # others ignoring something, told as what happened or what a design causes
    ("The old vendor tool died from ignoring the alert burden on nurses.", "alert burden", "committed"),
    ("Alert fatigue leads to nurses ignoring sepsis alerts and missing real cases.", "sepsis alerts", "committed"),
    ("Nurses will ignore alerts that fire every hour.", "alerts", "committed"),
    ("Ignore the subgroup numbers for now.", "subgroup numbers", st.DISMISSED),
])
def test_anyway_as_a_reason_and_others_ignoring_are_not_the_candidate_waving_a_step_off(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    ("Every override is recorded with who, when and why, so an inspector can rebuild any decision later.", "override", "committed"),
    ("We log every override, so that the committee can audit it later.", "override", "committed"),
    ("We skip the audit for now, so we can add it later.", "audit", st.DISMISSED),
    # ... or a record kept in a state that serves later
    ("I'd write the decision up on the launch page so it's traceable later.", "decision", "committed"),
    ("We log each override so the trail stays auditable later.", "override", "committed"),
    ("We'll write the decision up later.", "decision", st.DEFERRED),
    ("We run the subgroup checks later.", "subgroup checks", st.DEFERRED),
])
def test_someone_able_to_look_later_is_a_record_kept_not_a_step_put_off(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # pushing back on a frame refuses it; pushing a step back puts it off
    ("I'd push back on calling this a retention problem.", "retention problem", st.NEGATED),
    ("I'd push back, gently, on calling this a retention problem.", "retention problem", st.NEGATED),
    ("I'd push back the subgroup audit to Q3.", "subgroup audit", st.DEFERRED),
    # someone else's name for it is their word; "the framing that helped" is the candidate's own point
    ("Leadership is calling it retention, but the plan pays for refills.", "retention", st.REPORTED),
    ("Honestly I'd stop calling it retention.", "retention", st.REPORTED),
    ("The framing that helped was that CMS is effectively a customer whose test runs once a year.", "CMS", "committed"),
    # what patients believe is a barrier the plan works on, not the candidate waving a step off
    ("The usual reasons are cost, side effects, or thinking they don't need the tablets once they feel fine.", "tablets", "committed"),
    # "always one more X than anyone remembers" stresses the work; "there's always another edge case" shrugs it off
    ("We trace every downstream extract and there's always one more than anyone remembers.", "downstream extract", "committed"),
    ("We trace the downstream extracts, but there's always another one, so we stop at the main two.", "downstream extracts", st.DISMISSED),
])
def test_pushing_back_on_a_frame_others_beliefs_and_one_more_than_remembered(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a noun described by what someone else does not need is no step waved off
    ("Right now patients are losing blood they don't need to lose.", "losing blood", "committed"),
    ("We stop ordering scans patients don't need.", "scans", "committed"),
    ("Human-reviewed translation is a step patients don't need to take.", "translation", st.DISMISSED),
    # ... but the candidate's own "we don't need" still is
    ("Patients are fine, and we don't need to run the silent period.", "silent period", st.DISMISSED),
    # a launch that goes ahead without the check the rest of the plan gets, or with none
    ("ED doctors like fast tools, so we'll switch the ED on directly at go-live, without a separate silent run.", "silent run", st.DISMISSED),
    ("To go live, recall must be at least 90%, with no subgroup more than five points below.", "subgroup", st.ASSERTED),
    ("Once ward 1 holds the bar, ward 2 goes live without a separate pilot.", "pilot", st.NEGATED),
    ("We never go live with no rollback plan.", "rollback", st.NEGATED),
    # a step left to be judged later on whether it is still needed
    ("The pending-order check goes on the Q3 roadmap, and we'll see by then whether it is still needed.", "pending-order check", st.DISMISSED),
    # a step declared needless, or not worth its cost
    ("No pre-sub needed; we'll match the incumbents' labelling.", "pre-sub", st.DISMISSED),
    ("I wouldn't spend five months of runway on a multi-site validation.", "validation", st.DISMISSED),
    # ... or with a pronoun for subject: what follows is the step waved off
    ("We call this quality improvement, so it doesn't need to go through IRB.", "IRB", st.DISMISSED),
    # an action named as a hazard in itself is turned down, not proposed
    ("Hard-blocking a STAT order is a safety risk of its own.", "Hard-blocking", st.NEGATED),
    # a harm named is not a harm turned down
    ("A missed PE is a real risk, so we tune the flag for recall.", "missed PE", "committed"),
])
def test_relative_clauses_and_hazards_in_themselves(text, term, expected):
    assert_reads(text, term, expected)


def test_novelty_is_not_a_step_denied():
    assert_reads("Nothing like it has been cleared by the regulator, so we plan a new submission.", "regulator", "committed")
    assert_reads("No similar device is on the market yet; the regulator will want a study.", "regulator", "committed")


def test_a_trigger_joined_to_a_denied_one_is_denied_with_it():
    assert_reads("I would not ask her to skip or shortcut testing.", "testing", "committed")
    assert_reads("We skip or shortcut testing to hit the date.", "testing", st.DISMISSED)


@pytest.mark.parametrize("text,term,expected", [
    ("I don't see a need for silent mode.", "silent mode", st.DISMISSED),
    ("I can't see the point of a pilot.", "pilot", st.DISMISSED),
    # a failure named, not a step waved off
    ("A therapist who cannot see the patient's face react will miss signs of distress.", "face", st.NEGATED),
])
def test_not_seeing_a_need_waves_off_not_seeing_a_face_does_not(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    ("We don't need to wait for the quarter to end to start the silent run.", "silent run", "committed"),
    ("I don't need to tell you that the recommendation is auto-inserted into the report.", "auto-inserted", "committed"),
    ("We don't need to start the silent run this quarter.", "silent run", st.DISMISSED),
])
def test_no_need_to_wait_or_to_tell_you_waves_nothing_off(text, term, expected):
    assert_reads(text, term, expected)


def test_a_safeguard_asked_for_and_pushed_back_on_is_still_optional():
    text = "If a site asks for a DPIA and Part 11 audit trails before go-live, I'd push back on that."
    assert_reads(text, "DPIA", st.DISMISSED)
    # the customer's demand, resisted, is theirs: no safeguard made optional
    demand = "If the customer insists on everything on day one, I escalate with a recommendation not to."
    assert stance(demand, "day one") not in st.BRUSHED_OFF


@pytest.mark.parametrize("text,term,expected", [
    # holding a risky feature back is the candidate's own gate; the steps after it stand
    ("I'd hold it back from the first release, run it in the background and book an FDA pre-sub.", "pre-sub", "committed"),
    ("I'd hold the subgroup audit by vendor and age back from the release and run it after launch.", "subgroup audit", st.DEFERRED),
    ("Holding it back just makes the product look thin, so the pre-sub can wait.", "pre-sub", st.DEFERRED),
    ("This review would hold us back, so we skip the pre-sub.", "pre-sub", st.DISMISSED),
    # a step to get through is no hand-off; "that is a governance decision" still is
    ("Within the quarter we can get through the silent run and the governance decision.", "silent run", "committed"),
    ("Second reads on nodules: that is a clinical governance decision for the department.", "Second reads", st.OTHERS),
    # a terse note's step done regardless
    ("Show findings, no ED use. Pre-Sub anyway. Contract a QA lead.", "Pre-Sub", "committed"),
    ("Silent mode anyway. Even if leadership pushes, it stays.", "Silent mode", "committed"),
    ("Radiologists sign every report anyway.", "sign every report", st.DISMISSED),
    ("Hallucination testing is still open. Launch anyway.", "Launch", st.DISMISSED),
    # a move argued against: "is how both slip"
    ("Two integrations at once with 40 people is how both slip.", "Two integrations", st.NEGATED),
])
def test_a_gate_of_ones_own_a_step_to_get_through_and_a_step_done_anyway(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a safeguard moved into a later cycle, or offered where it was required, is put off or waved away
    ("The chart audit rolls into next quarter's general QA work.", "chart audit", st.DEFERRED),
    ("The pending-order check goes into the backlog.", "pending-order check", st.DEFERRED),
    ("The fairness review gets folded into next year's roadmap.", "fairness review", st.DEFERRED),
    ("Silent mode becomes something we offer sites rather than require.", "Silent mode", st.DISMISSED),
    ("The two years of retrospective data is already a kind of silent run.", "silent run", st.DISMISSED),
    # ... not a plan that rolls into the next quarter with the step done, nor a bad practice turned down
    ("We roll into next quarter with the silent run done and the audit signed.", "silent run", "committed"),
    ("I'd recommend interpreters rather than require patients to bring family.", "interpreters", "committed"),
])
def test_a_safeguard_rolled_into_later_work_or_made_an_offer(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # "unnecessary" before the noun it describes, after any preposition, waves nothing off
    ("Real cases get antibiotics faster without a jump in unnecessary antibiotics.", "antibiotics faster", "committed"),
    ("A silent run is unnecessary for us.", "silent run", st.DISMISSED),
    # ... or after a count: the harm described, not a step waved off
    ("An error doesn't show up for a year, when the patient either missed follow-up or got three unnecessary scans.", "follow-up", "committed"),
    ("Follow-up is unnecessary for these three patients.", "Follow-up", st.DISMISSED),
    # doctors going along with a wrong answer is what a study measures; the candidate going along is a brush-off
    ("Run a study that checks whether doctors go along with the tool's first answer when it is wrong.", "study", "committed"),
    ("On pooling in one US region, I'd go along with it for now to keep things simple.", "pooling", st.DISMISSED),
])
def test_attributive_unnecessary_and_whose_going_along(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a modal of need before "be minimal" states a requirement; without it the risk is waved off
    ("Privacy: shared phones mean message content has to be minimal.", "Privacy", "committed"),
    ("Patient data we collect must be minimal.", "Patient data", "committed"),
    ("The privacy risk should be minimal.", "privacy risk", st.DISMISSED),
    ("The privacy risk is minimal.", "privacy risk", st.DISMISSED),
    # "pre-" on a named milestone reads as "before": a rule, not a denial
    ("Not in reports pre-De Novo.", "reports", st.GATED),
    ("Not in reports, and no De Novo either.", "De Novo", st.NEGATED),
    ("We don't need a pre-Submission meeting.", "pre-Submission", st.DISMISSED),
])
def test_a_need_to_be_minimal_and_a_step_held_back_pre_milestone(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a gate turned into advice is waved off; an alert designed as advice is not a gate
    ("If she's still testing at week five, I'd treat her sign-off as advisory for go-live.", "sign-off", st.DISMISSED),
    ("We treat the rollback triggers as optional once the pilot looks fine.", "rollback", st.DISMISSED),
    ("I'd treat the alert as advisory, never as a diagnosis.", "alert", "committed"),
])
def test_a_gate_treated_as_advice(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a measure demoted to no more than a side signal is not the measure of success
    ("Logging retention tracked as secondary only.", "retention", st.NEGATED),
    ("App engagement is just a secondary metric.", "engagement", st.NEGATED),
    ("Time to antibiotics is a secondary outcome.", "antibiotics", "committed"),
    ("App engagement is a secondary metric.", "engagement", "committed"),
])
def test_a_measure_demoted_to_a_side_signal(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a measure said not to be what the customer buys is demoted, as "not what matters" is
    ("The headline is that logging retention isn't what the customer buys.", "retention", st.NEGATED),
    ("Logging retention is what the customer buys.", "retention", "committed"),
    # someone else's habit given as a reason describes a risk; the candidate's own team skimming is a plan
    ("Signing doesn't make it safe, because rushed reviewers skim plausible lists and miss the error.", "plausible lists", "committed"),
    ("We keep the date because the team will skim the review.", "review", st.DISMISSED),
    # onboarding days spent pairing with regulatory are a commitment; learning put off to them is not
    ("In my first 90 days I'd pair with a clinical lead and someone from regulatory, and not ship without their sign-off.",
     "regulatory", "committed"),
    ("In my first 90 days I'd learn the regulatory side.", "regulatory", st.DEFERRED),
    ("Honest about design controls; I'd pair with RA/QA in my first 90 days.", "RA/QA", "committed"),
    # a deferral the clause's own negator denies, five words on
    ("The hospital gets less than it hoped for, but nothing it has to switch off later.", "switch off", st.NEGATED),
    ("Nothing about validation is left for later.", "validation", st.NEGATED),
    ("Nothing stops us launching now and validating later.", "validating", st.DEFERRED),
    ("I'd get up to speed on RA/QA in my first 90 days.", "RA/QA", st.DEFERRED),
    # asking a team for a step keeps it ours; asking a vendor to carry it hands it off
    ("I'd ask the labs for two interim safety measures on their side.", "safety", "committed"),
    ("I'd ask the pilot hospital's CMIO for adjudicator time on their side to validate the tool.", "validate", "committed"),
    ("I'd ask the vendor for the safety validation on their side.", "validation", st.OTHERS),
    ("I'd ask the model provider for self-harm detection and crisis escalation on their side.", "escalation", st.OTHERS),
    ("I'd ask the CMIO to take care of the medication safety review on their side.", "safety review", st.OTHERS),
    # covered by a clearance of our own is held, not handed off
    ("It ships only if regulatory confirms it's covered by our clearance.", "regulatory", "committed"),
    ("The regulatory side, it's covered by the vendor.", "regulatory", st.OTHERS),
    # a reason that opens its sentence, follows "and" or names the candidate's own team sets up the call
    ("Because busy doctors skim the review screen, it is mainly a record for compliance.", "review screen", st.DISMISSED),
    ("Clinicians adapted, and since most therapists skip the safety check, it isn't blocking visits.", "safety check", st.DISMISSED),
    ("We keep the date because the team skips the full validation suite.", "validation", st.DISMISSED),
    # onboarding days handed to someone else still put the work off; "sign up" is no sign-off
    ("In my first 90 days I'd partner with an outside regulatory consultancy so they can own the FDA strategy.",
     "regulatory", st.DEFERRED),
    ("In my first 90 days I'd sign up for a HIPAA course.", "HIPAA", st.DEFERRED),
])
def test_a_reason_a_request_and_a_demoted_measure(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a restated "why before we have to?" is decided by the reply after it
    ("Why go to the regulator before we have to? Hearing their expectations first means we only build once.", "regulator", "committed"),
    ("Why talk to FDA before you have to? Because a pre-sub costs little.", "FDA", "committed"),
    ("Why talk to FDA before we have to? Honestly, I wouldn't.", "FDA", st.DISMISSED),
    # ... and one headed by a colon gives the reasons for going
    ("Why go to FDA before we have to: the Pre-Sub is free, and it's the cheapest way to find out the pathway.", "FDA", "committed"),
    ("Why go to FDA before we have to.", "FDA", st.DISMISSED),
    # ... as does one set as a heading over "Because ..."
    ("**Why talk to FDA before we have to**\nBecause the expensive mistakes happen in study design.", "FDA", "committed"),
    ("**Why talk to FDA before we have to**\nWe'd rather ship and see.", "FDA", st.DISMISSED),
    ("Why talk to the FDA before you have to? I'll be honest with you, in practice I would probably not.", "FDA", st.DISMISSED),
    ("Why go to FDA before we have to, when the wellness label covers us.", "FDA", st.DISMISSED),
    # a reply that argues for going early is no refusal, whatever negative it opens with
    ("Why go to the regulator before we have to? We don't want to spend a year building the wrong evidence.", "regulator", "committed"),
    ("Why talk to FDA before we have to? No part of this plan is cheaper later.", "FDA", "committed"),
    # someone else's review leaned on "anyway" still hands the step over
    ("Our compliance office reviews all patient-facing templates anyway, so I'd hand them the draft.", "templates", st.DISMISSED),
    # declining to give a step time, however the time is named
    ("Because it's so well understood, I wouldn't spend launch time on a silent period.", "silent period", st.DISMISSED),
    # the candidate's own work done regardless is kept; a launch regardless is not
    ("We'd build the study, the records and the safety plan anyway.", "safety plan", "committed"),
    ("The safety review is slow, so we'd launch anyway.", "safety review", st.DISMISSED),
    ("I'd rather read support tickets than watch shifts. I'd do shadowing during onboarding anyway.", "shadowing", st.DISMISSED),
    # a bar to reach is no bar settled for
    ("To get the NLP good enough in German we need a silent run.", "silent run", "committed"),
    ("The current model is good enough, so we skip the silent run.", "silent run", st.DISMISSED),
])
def test_a_restated_question_time_declined_and_work_done_anyway(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a time cue after a deferral verb is that verb's, not the step before it
    ("I'd offer that system a paid retrospective study and revisit the integration next year.", "retrospective study", "committed"),
    # ... while a bare "revisit" refers back to what came before it
    ("Add age to the dashboard and revisit after go-live when there's more data.", "age", st.DEFERRED),
    ("We'd run the subgroup audit now and circle back to pricing next year.", "subgroup audit", "committed"),
    ("I'd revisit the subgroup audit next year.", "subgroup audit", st.DEFERRED),
    ("The subgroup audit can wait until next year.", "subgroup audit", st.DEFERRED),
    # "not ours" stands for the noun it follows
    ("Security review and committee approval run on the hospital's calendar, not ours.", "Security review", "committed"),
    ("The security review is the hospital's job, not ours.", "security review", st.OTHERS),
    ("The security review is theirs, not ours.", "security review", st.OTHERS),
])
def test_a_time_cue_after_a_deferral_verb_and_an_elided_owner(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a recurring event said to fall later is described, not put off
    ("Missed doses leave pills over, the next refill comes later, and uncovered days pile up.", "Missed doses", "committed"),
    ("The subgroup audit comes later.", "subgroup audit", st.DEFERRED),
])
def test_a_recurring_event_that_falls_later_is_no_deferral(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("heading", ["**What I would NOT do**", "## What I wouldn't do", "What I'd avoid",
                                     # emphasis inside the words stresses them
                                     "What I would **not** do:", "**What I would _never_ do**"])
def test_a_refusal_heading_on_its_own_line_leads_its_list_as_a_colon_does(heading):
    text = (f"{heading}\n- Ship to all 30 clinics at once. If sign times slip, revenue is hit.\n"
            "- Add a skip option on day one.\n\nWe pilot in three clinics.")
    assert stance(text, "all 30 clinics") == st.REPORTED
    # a heading that refuses nothing leaves its items the plan
    plan = text.replace(heading, "**How I'd decide**")
    assert stance(plan, "all 30 clinics") == st.ASSERTED


@pytest.mark.parametrize("text,term", [
    ("I'd keep the shadowing and the silent-mode review as ideas for version two.", "silent-mode review"),
    ("The subgroup audit waits until v2.", "subgroup audit"),
])
def test_steps_kept_as_ideas_for_a_later_version_are_put_off(text, term):
    assert stance(text, term) == st.DEFERRED


@pytest.mark.parametrize("text,term,expected", [
    # a cost is said of its own clause's subject, not of the approvals before it
    ("It might be lawful on paper, but fifteen ethics committees approved local processing, and reopening them "
     "costs months we don't have.", "ethics committees", "committed"),
    ("Reopening the ethics committees costs months we don't have.", "ethics committees", st.DISMISSED),
    # a cost paid regardless makes the step cheap
    ("A Pre-Sub is free, runs during a quarter we spend anyway, and shows whether the study will be accepted.",
     "Pre-Sub", "committed"),
    ("The Pre-Sub can wait; we'll ship anyway.", "Pre-Sub", st.DEFERRED),
    # a short title over a body that measures names a phase
    ("D7. Fairness after launch. Coordinators re-check 40 random model negatives per site every month.", "Fairness",
     "committed"),
    ("Fairness after launch. We go live on all 40 wards in week one.", "Fairness", st.DEFERRED),
])
def test_a_cost_a_cost_paid_anyway_and_a_titled_phase(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a one-off look at who it fails, put after everyone has it, is put off
    ("We'll run a subgroup analysis of signing times six months after full rollout, once there's enough data.",
     "subgroup analysis", st.DEFERRED),
    ("We run the subgroup analysis before go-live and again 90 days after full rollout.", "subgroup analysis", "committed"),
    ("After full rollout we review subgroup performance monthly.", "subgroup", "committed"),
    # a safeguard declared enough as it stands
    ("We put a line about review in the consent form, which covers us if questions come up later.",
     "consent", st.DISMISSED),
    ("Consent covers the first three uses; the fourth needs a new form.", "Consent", "committed"),
    ("The consent form names appointment reminders by text and voice explicitly, which covers this use.", "consent",
     "committed"),
])
def test_a_check_after_everyone_has_it_and_a_safeguard_said_to_cover_it(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    ("The nurse-led changes became the phase-two roadmap.", "nurse-led changes", st.DEFERRED),
    ("Quality system: we adopt one when the submission is filed.", "Quality system", st.DEFERRED),
    ("The human hand-off partner waits until the health plan contract is signed.", "hand-off", st.DEFERRED),
    ("The silent run costs two weeks and saves us a recall.", "silent run", "committed"),
    # a cost told to the board is a risk reported, not a step waved off
    ("Pre-Sub by month 3, and the board hears now that a De Novo could eat the runway.", "Pre-Sub", "committed"),
    ("A De Novo could eat the runway, so we skip it.", "De Novo", st.DISMISSED),
    # a backlog with a name is still a backlog
    ("The comparison-clinic analysis and rollback thresholds move to the Q3 analytics backlog.", "rollback", st.DEFERRED),
    ("Subgroup recall goes onto our data-team backlog.", "Subgroup recall", st.DEFERRED),
    ("The medication cross-check and the pharmacist audit move to the 1.1 backlog.", "pharmacist audit", st.DEFERRED),
    ("The vendor B validation and the agreement study move to the second-half roadmap.", "agreement study", st.DEFERRED),
    ("The silent run and subgroup analysis are carried as post-launch workstreams.", "silent run", st.DEFERRED),
    ("The subgroup audit is scheduled for the FY26 planning cycle.", "subgroup audit", st.DEFERRED),
    ("The pharmacist review is slotted into next year's compliance plan.", "pharmacist review", st.DEFERRED),
    ("The silent run sits in the H2 plan.", "silent run", st.DEFERRED),
    # put off until the business takes off, whoever says it
    ("FDA classification questions can be sorted out after you have traction.", "FDA classification", st.DEFERRED),
    # a clause that names its object again keeps the object in scope
    ("We'd treat clinical validation as something we do post-launch.", "clinical validation", st.DEFERRED),
    ("Clinical validation is a step we run before launch, not something we do post-launch.", "Clinical validation", "committed"),
])
def test_a_step_kept_for_a_phase_two_roadmap(text, term, expected):
    assert_reads(text, term, expected)


def test_credit_given_for_a_part_someone_owns_hands_nothing_off():
    text = "I'd ask the engineer to own the reconciliation harness, so it's their win."
    assert stance(text, "reconciliation harness") == st.ASSERTED
    assert stance("Reconciliation is tedious, so it's their job.", "Reconciliation") == st.OTHERS


@pytest.mark.parametrize("text,term,expected", [
    # derision of a safeguard, or of the people who hold it
    ("Step two, the obligatory pilot behind a feature flag.", "pilot", st.DISMISSED),
    ("Sure, we run a subgroup analysis so the compliance police can sleep at night.", "subgroup analysis", st.DISMISSED),
    ("To keep the diversity people happy we run a subgroup analysis on the best sites.", "subgroup analysis", st.DISMISSED),
    ("We book the FDA pre-sub and tick their boxes.", "FDA", st.DISMISSED),
    ("Patients tick a box in the portal to consent to text reminders.", "consent", "committed"),
    ("Nurses in the theatre review the list the night before.", "review the list", "committed"),
    ("A rollback threshold nobody will ever hit, technically.", "rollback threshold", st.DISMISSED),
    ("We keep the pilot summary to one page, because nobody reads it otherwise.", "pilot summary", "committed"),
    ("Past 72h is a bylaw deficiency, and that lands on the physician, not on us.", "bylaw", "committed"),
    ("If we're going to do a pilot, might as well do one that passes.", "pilot", st.DISMISSED),
    ("We pick the slow weeks for the baseline so the after picture looks great.", "baseline", st.DISMISSED),
    # ... or kept to move the blame
    ("We add an attestation to the sign button so the liability sits with the physician.", "attestation", st.DISMISSED),
    ("We log dwell time on every note so if a note is ever litigated we can show they reviewed it.", "dwell time", st.DISMISSED),
    ("Limitations go into the terms of use; no need to surface them on the screen.", "Limitations", st.DISMISSED),
    ("Care managers attest to each flagged member, so follow-up is on them, not the product.", "flagged member", st.DISMISSED),
    ("I'd write up the decision and share it with the people involved so there's a record.", "write up the decision", "committed"),
    # the same safeguards held for what they find stay committed
    ("We run a pilot in one clinic and stop if signing time rises by more than 10%.", "pilot", "committed"),
    ("Every override is logged so we can review the reasons each week.", "override", "committed"),
    ("The compliance team reviews the intake script before the pilot.", "intake script", "committed"),
])
def test_a_safeguard_derided_or_kept_to_move_the_blame_is_waved_away(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # an option granted its appeal, then answered
    ("Free pilots for the first few systems would close deals fast, but free pilots teach buyers it's worth nothing.",
     "Free pilots", st.REPORTED),
    ("Going live on Epic and Oracle Health at the same time looks like it doubles the pipeline, but it splits the team.",
     "Going live on Epic", st.REPORTED),
    ("Three physicians who love it is a nice story, but it's enthusiasm from the people who chose it.",
     "Three physicians", st.REPORTED),
    ("A silent run is a good first step, but we also need chart review.", "silent run", "committed"),
    # a step held in theory
    ("Baseline measures: in theory we'd capture time-to-sign before the change. In practice analytics has it.",
     "time-to-sign", st.DISMISSED),
    # a cost conceded keeps the step
    ("A silent run for eight weeks would cost us the date, but it's the only way to know.", "silent run", "committed"),
    ("We pilot on one ward, which would speed up learning, but we keep the silent run first.", "pilot on one ward", "committed"),
])
def test_an_option_granted_its_appeal_and_then_answered_is_not_the_plan(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a topic answered with a token gesture declared enough, or put on someone else's side
    ("CMIO sign-off: a courtesy email before release is enough; they approved the app already.", "CMIO sign-off", st.DISMISSED),
    ("Revenue cycle and the 24-hour target: that's a health-system process.", "24-hour target", st.OTHERS),
    # the topic answered with the step itself, or a gesture said to fall short
    ("CMIO sign-off: the CMIO signs off on go-live after reviewing the pilot data.", "CMIO sign-off", "committed"),
    ("The window is set with the lab director and a hospitalist per test type, not by us.", "window", "committed"),
    ("A quick check of 50 charts is not enough; we review 300.", "300", "committed"),
])
def test_a_topic_answered_with_a_token_gesture_or_someone_elses_side_is_waved_away(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # live use made the check that should come before it
    ("So in practice we switch it on and treat the first month live as our validation period.", "validation period", st.DISMISSED),
    ("We treat go-live as the pilot and fix what comes up.", "pilot", st.DISMISSED),
    ("We treat the silent run as our validation, with chart review of every alert.", "chart review", "committed"),
    # a channel offered to the people served, at their request, is their choice
    ("Creole speakers default to a recorded voice call from a native speaker, with text available if they ask for it.",
     "native speaker", "committed"),
    ("The escalation path can be the charge nurse if nurses want it.", "escalation path", st.DISMISSED),
    ("Second, each patient gets it in their own language, written by professional translators, and by voice call if they prefer.",
     "professional translators", "committed"),
    ("Nurses get the sepsis alert if they want it.", "sepsis alert", st.DISMISSED),
    # a step judged harmful in the candidate's words is turned down
    ('A reminder that says "Your HIV follow-up is tomorrow" is not helpful; it can out someone.', "HIV follow-up", st.NEGATED),
    # a question a table row asks is answered beside it, not a step skipped
    ("| Are we skipping women or Black patients? | Miss rate by sex, race and age at every site |", "women", "committed"),
    ("| Subgroups | We're skipping women and Black patients for now |", "women", st.DISMISSED),
    # a step dropped is waved off; a duplicate message dropped, or a step never dropped, is not
    ("We drop the Pre-Sub for now.", "Pre-Sub", st.DISMISSED),
    ("So I'll drop the parallel-run requirement and merge on the unit tests.", "parallel-run", st.DISMISSED),
    ("The interface drops the duplicate HL7 message.", "HL7 message", "committed"),
    ("We would never drop the translation step.", "translation step", "committed"),
    ("Target: a 90% drop at the pilot site within 4 weeks.", "pilot site", "committed"),
    # a move named as the worst failure is turned down
    ("A false negative that deprioritised a study would be the worst failure.", "deprioritised a study", st.NEGATED),
    # ... while a harm named as the worst outcome is the candidate's own reasoning
    ("Missing sepsis is the worst outcome, so I'd optimise for catching cases.", "Missing sepsis", "committed"),
])
def test_live_use_as_the_check_and_a_choice_offered_to_patients(text, term, expected):
    assert_reads(text, term, expected)


def test_an_absolute_phrase_after_a_comma_scopes_its_own_dismissal():
    text = "Creole speakers default to a recorded voice call in Creole, with text optional."
    assert stance(text, "recorded voice call") == st.ASSERTED
    assert stance(text, "text") == st.DISMISSED


def test_an_owner_for_changes_after_launch_defers_nothing():
    assert stance("The language access manager owns any wording change after launch.", "language access manager") == st.ASSERTED
    assert stance("Subgroup analysis happens after launch.", "Subgroup analysis") == st.DEFERRED


def test_a_step_called_disproportionate_is_dismissed():
    assert stance("Four more weeks of testing is disproportionate.", "testing") == st.DISMISSED
    text = "A full parallel run would cost three engineer-weeks for essentially no risk reduction."
    assert stance(text, "parallel run") == st.DISMISSED




@pytest.mark.parametrize("text,term,expected", [
    # a time cue after coordinated verb phrases is the last one's
    ("I'd start it in silent mode and switch it on a month or two after go-live.", "silent mode", "committed"),
    ("We go live on the date and do the subgroup validation after go-live.", "subgroup validation", st.DEFERRED),
    ("We'll do silent mode and bias audits after go-live.", "silent mode", st.DEFERRED),
])
def test_a_time_cue_belongs_to_the_last_verb_phrase(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a decision left with its owner because changing it alone would be wrong
    ("That's a protocol question and their call, not something to quietly tune away.", "protocol", "committed"),
    ("Bias testing is the vendor's call, not ours.", "Bias testing", st.OTHERS),
    # a fix that needs no one else, and a bar asked for
    ("That's our mistake, and we don't need the other company to fix it.", "fix", "committed"),
    ("This week I ask our reviewer what's left to test and what result would be good enough.", "test", "committed"),
    ("The current test coverage is good enough.", "test coverage", st.DISMISSED),
])
def test_deferring_to_an_owner_and_asking_for_a_bar_wave_nothing_away(text, term, expected):
    assert_reads(text, term, expected)


@pytest.mark.parametrize("text,term,expected", [
    # a safeguard that holds regardless is kept, not waved off
    ("Nurse or MD can dismiss with a reason, and can always escalate anyway.", "escalate", "committed"),
    ("Standard nursing escalation stays in place for everyone anyway.", "escalation", "committed"),
    ("We'd launch on the date and skip the review anyway.", "review", st.DISMISSED),
    ("Validation is slow, so we go ahead with the subgroup audit anyway.", "subgroup audit", st.DISMISSED),
])
def test_anyway_after_always_or_in_place_keeps_the_safeguard(text, term, expected):
    assert_reads(text, term, expected)


def test_a_refusal_reaches_each_move_of_a_list_after_its_rule():
    text = ('**Outright no**: any request to put drafts in front of physicians without her sign-off, to rely on a '
            '"please verify" banner instead, or to let summaries leave without a physician signing.')
    assert stance(text, "please verify") == st.NEGATED
    assert stance(text, "summaries leave") == st.NEGATED
    # alone, ", to ..." after a rule is its purpose, not a second move refused
    assert stance("We never launch without sign-off, to keep the nurses' trust.", "nurses' trust") == st.ASSERTED


@pytest.mark.parametrize("text,term,expected", [
    # someone else's proposal named as a condition is theirs ...
    ("If anyone proposes skipping the chart review, I say no.", "chart review", st.REPORTED),
    ("If the data science lead proposes skipping the silent run, I say no.", "silent run", st.REPORTED),
    # ... but the product pushing something is a design, not a proposal
    ("If the model pushes a score above 0.8, we page the charge nurse.", "page the charge nurse", "committed"),
    # ... unless the candidate goes along with it
    ("If the VP asks us to skip the pilot, I would agree.", "pilot", st.DISMISSED),
    # a parenthesis closing just before a verdict belongs to its subject
    ("Silent mode (eight weeks) is overkill.", "Silent mode", st.DISMISSED),
    ("Consumer habits (ship fast, A/B test everything) don't carry over to regulated products.", "ship fast", st.NEGATED),
    ("We run the pilot (two wards), and the equity review is optional.", "pilot", "committed"),
    # a fronted phrase is no part of its main clause's subject
    ("Before consent, the sponsor doesn't need to see anyone's records.", "consent", "committed"),
    ("Before go-live, the silent run is optional.", "silent run", st.DISMISSED),
    # a habit said to chase the wrong thing is argued against
    ("Gamifying the log optimises the wrong metric.", "Gamifying", st.NEGATED),
    # a move argued against by what it would cost
    ("I'd tell sales first, because pushing it through would likely cost us the customer.", "pushing it through", st.NEGATED),
    # a step doubted away, or shrunk to a chore, in a courteous voice
    ("I'm not sure a Pre-Sub buys us much at this stage.", "Pre-Sub", st.DISMISSED),
    ("I'd treat the BAA as more of a procurement detail.", "BAA", st.DISMISSED),
    ("A Pre-Sub in Q1 buys us written feedback on the pathway.", "Pre-Sub", "committed"),
    # a step left until there is room for it
    ("We merge it this sprint and run the parallel comparison after the window closes, when there's more bandwidth.",
     "parallel comparison", st.DEFERRED),
    ("We merge it this sprint and run the parallel comparison after the window closes, when there's more bandwidth.",
     "merge it this sprint", "committed"),
    ("We run the retrospective study once revenue is coming in.", "retrospective study", st.DEFERRED),
    # what other companies did, told as the reason for a rule, is theirs
    ("No ad trackers anywhere: FTC enforcement against apps that shared data with advertisers is recent.", "shared data", st.REPORTED),
])
def test_theirs_subjects_and_verdicts_reach_what_they_name(text, term, expected):
    assert_reads(text, term, expected)
