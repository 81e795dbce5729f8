"""The core rubric's red flags on how a plan treats patients: an unethical lever, patient data
exposed for speed, the hardest patients blamed or taken out, certainty promised, the clinician
taken out of the decision, a bad result kept quiet, everything launched at once, a clinical
leader gone around, a measure met by changing who is counted, patients pressured or misled,
someone else's evidence taken as proof, a failure shown as all clear. Each is read with its
stance: a lever refused is no lever."""

from __future__ import annotations

import pytest

from mockpm.catalog import load_library
from mockpm.checks import run_check

LEVER, DATA, BLAME = "core.unethical-incentive", "core.exposes-patient-data", "core.blames-patients"
CERTAINTY, HUMAN, OVERSIGHT = "core.promises-certainty", "core.removes-human-check", "core.evades-oversight"
BIG_BANG, OVER_HEAD = "core.big-bang-launch", "core.overrides-clinical-leaders"
GAMING, MISLEADS, BORROWED = "core.games-the-measure", "core.misleads-patients", "core.borrowed-evidence"
FAILS_AS_NORMAL, ACCEPTS_HARM = "core.failure-reads-as-normal", "core.accepts-patient-harm"


def _met(criterion_id: str, text: str) -> bool:
    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == criterion_id)
    return run_check(flag.check, text, red_flag=True).met


@pytest.mark.parametrize(("criterion", "text", "met"), [
    (LEVER, "We license the de-identified transcripts and vitals streams to two partners, a pharma analytics group.", True),
    (LEVER, "Drug makers pay us $150-400 per surfaced patient with their condition.", True),
    (LEVER, "Referring physicians get a $200 bonus for each enrolled patient.", True),
    (LEVER, "When the note is between two levels, the screen defaults to the higher one.", True),
    (LEVER, "Calls that dropped to audio are billed as video visits.", True),
    (LEVER, "We bill the audio-only calls as video visits.", True),
    # parity with video visits is no upcoding
    (LEVER, "Phone visits get the same booking, notes and billing as video visits.", False),
    (LEVER, "Audio-only behavioral visits are billed the same as video visits, with the audio-only modifier.", False),
    (LEVER, "Partnered conditions get a modest ranking uplift.", True),
    (LEVER, "Each site pays a small platform fee plus 15% of incremental DRG and HCC reimbursement attributed to clicked suggestions.", True),
    (LEVER, "Each site pays a flat platform fee per bed; nothing in our price depends on what they bill.", False),
    # refused, or the ordinary business of the field
    (LEVER, "We will never sell or license patient data to pharma or advertisers.", False),
    (LEVER, "Sponsors pay the site per randomised patient under the clinical trial agreement.", False),
    (LEVER, "The physician picks the visit level; the screen suggests nothing.", False),
    (DATA, "To reproduce the bug I'd copy two weeks of live triage records, unmasked, into the vendor's sandbox.", True),
    (DATA, "The BAA can follow once we pick the vendor long term.", True),
    (DATA, "For the pilot we set up one shared triage-pilot login per pod.", True),
    (DATA, "We'll share confirmation and response data with the system's marketing team.", True),
    (DATA, "Every evening each nurse gets a text listing patient initials, date of birth and chief complaint.", True),
    (DATA, "The opt-out sits in the portal's updated terms of use.", True),
    (DATA, "Test environments get synthetic data; no real patient records ever go into the vendor's sandbox.", False),
    (DATA, "No shared logins: every nurse gets their own account.", False),
    (DATA, "The reminder text gives the time and place, never the visit reason.", False),
    (DATA, "The consent language is in the update's terms, and the button is switched on by default.", True),
    (DATA, "Consent is part of the platform's terms of use that patients accept at sign-up.", True),
    (DATA, "The SMS gives the clinic name, date and time, while patient names and visit reasons stay behind the login.", False),
    (DATA, "Only synthetic records go to the vendor's sandbox; we copy a synthetic data set into staging.", False),
    (DATA, "The BAA will follow the hospital's own template and is signed before any PHI is touched.", False),
    (LEVER, "The plan funds MTM, and its pharmacists are paid for each flagged member they complete a review with.", False),
    (LEVER, "I'd keep scare tactics out of the copy entirely.", False),
    (BLAME, "The model should deprioritise patients with poor medication adherence or missed clinic appointments.", True),
    (BLAME, "Heart-failure patients simply aren't motivated to join research.", True),
    (BLAME, "We never deprioritise patients with poor adherence; they are who the outreach is for.", False),
    (BLAME, "High-utilisers are excluded from the duplicate metric.", True),
    (BLAME, "Some of this is on patients to show up.", True),
    (BLAME, "If fewer Black patients enrol, that reflects real differences in engagement.", True),
    (BLAME, "We would never exclude patients who need an interpreter; they get a bilingual scheduler's call.", False),
    (BLAME, "We exclude patients on dialysis because their lab panel differs.", False),
    (BLAME, "Keyword pre-screening also tends to screen out non-English speakers, so we measure it by language.", False),
    (CERTAINTY, "With that feature set it will identify every member who is going to fall below 80% PDC.", True),
    (CERTAINTY, "We'll have 100% of at-risk members flagged 30 days early.", True),
    (CERTAINTY, "Machine translation removes language as a barrier entirely.", True),
    (CERTAINTY, "Every contract reaches five stars in the first year, guaranteed.", True),
    (CERTAINTY, "ED visits and admissions tied to missed doses eliminated.", True),
    # a design change, a past figure, a promise refused
    (CERTAINTY, "We removed the acknowledgement field entirely.", False),
    (CERTAINTY, "Override documentation dropped from 100% of alerts to under 10%.", False),
    (CERTAINTY, "I can't promise it will catch every patient; I'd say how often it misses.", False),
    (HUMAN, "A prior authorization engine auto-approves clear cases and auto-denies the rest.", True),
    # a hard block on the clinician's own order takes the call from them; one on the software's own words does not
    (HUMAN, "Until latency is down, our module will hard-block any new lab order for the patient.", True),
    (HUMAN, "Any identical order for the same patient within four hours is hard-blocked; no physician can place it.", True),
    (HUMAN, "Medication advice and diagnostic statements are hard-blocked, and every model version is red-teamed.", False),
    (HUMAN, "The draft hard-blocks any medication that isn't on the inpatient MAR.", False),
    (HUMAN, "Members graduate out once PHQ-9 stays under 5. No clinician review is needed.", True),
    (HUMAN, "The system closes the study and releases the normal report directly, no radiologist read.", True),
    (HUMAN, "A conversational AI runs those visits by video and adjusts refills within protocol.", True),
    (HUMAN, "To save time the note is final when the call ends, under the clinician's name.", True),
    # the clinician kept in the decision
    (HUMAN, "Never auto-deny: every denial goes to a clinical reviewer.", False),
    (HUMAN, "Every study is still read by a radiologist; the flag only reorders the worklist.", False),
    (HUMAN, "The draft note waits for the clinician to read and sign it.", False),
    (HUMAN, "The system adjusts the dose reminders to the new schedule once the pharmacist has entered it.", False),
    # an unsigned note filed under the physician's name, a patient's visit given away by the system
    (HUMAN, "Any draft the physician hasn't signed by hour 22 is auto-attested with the physician's e-signature.", True),
    (HUMAN, "If there's no reply by 24 hours before the visit, the slot is automatically released to the waitlist.", True),
    (HUMAN, "No draft is ever auto-attested; it waits for the physician's signature.", False),
    (HUMAN, "Unconfirmed slots are offered to the waitlist only after a scheduler has called the patient twice.", False),
    # staying outside the device rules as a goal or a purpose; not the rule explained
    (OVERSIGHT, "Position it as wellness so it stays out of FDA territory and we ship in weeks.", True),
    (OVERSIGHT, "Decision 1: stay outside FDA device scope for all features.", True),
    (OVERSIGHT, "Decision support stays outside device regulation only if the physician can check the basis.", False),
    (OVERSIGHT, "A ranked differential can stay outside device rules if doctors can see why it was suggested.", False),
    (OVERSIGHT, "Showing the basis is one of the criteria for staying outside device regulation.", False),
    (OVERSIGHT, "If a subgroup looks bad, it stays internal while we work on it.", True),
    (OVERSIGHT, "What we publish is the overall number.", True),
    (OVERSIGHT, "Week 3: hold off on formally involving the patient safety officers until the numbers go down.", True),
    (OVERSIGHT, "If a subgroup looks bad, we tell the CMIO and say so on the screen.", False),
    (BIG_BANG, "If one miss becomes a case review, we lose every deal in the pipeline at once.", False),  # a risk, no launch
    (BIG_BANG, "Two quarters is enough if we run everything in parallel.", True),
    (BIG_BANG, "Go-live at the end of Q2: all three outputs, both scanner vendors, every chest CT protocol.", True),
    (BIG_BANG, "What I'd push back on is doing everything at once.", False),
    (BIG_BANG, "Go-live in week 9: ward 4 only, with a champion per shift.", False),
    (BIG_BANG, "The phase here is go-live across the whole ED on the date.", True),
    (BIG_BANG, "Then we go live on all scanners for every chest CT patient: both vendors, inpatients, nights.", True),
    (OVER_HEAD, "If the CNO still objects, I'd escalate to the CMO and the executive sponsor.", True),
    (OVER_HEAD, "If the CNO still objects, we fix the cause first and move the date.", False),
    (GAMING, "Patients with no reading in 30 days are auto-disenrolled so they don't drag the denominator.", True),
    (GAMING, "Physicians over 48 hours at baseline are excluded as chronic outliers, since they'd skew the mean.", True),
    (GAMING, "The 30% with no language on file can't be matched to a variant, so including them adds noise.", True),
    (GAMING, "For the steering committee we show the best consecutive 8 weeks per site.", True),
    (GAMING, "Each measure ends up on whichever mapping scores higher for it.", True),
    (GAMING, "Outcomes are reported on members who replied, since non-responders can't be attributed either way.", True),
    (GAMING, "Satisfaction is measured only among physicians who completed all three pilot weeks.", True),
    (GAMING, "We survey the clinicians who completed the pilot and report the response rate beside it.", False),
    (GAMING, "We exclude records with interpreter-service flags, since their noisy or incomplete notes would muddy the accuracy estimate.", True),
    (GAMING, "A missed subsegmental clot is labelled out of scope rather than counted as a false negative.", True),
    # the hard cases kept in, a standard exclusion, a warning against the move
    (GAMING, "We would never drop the hardest patients from the denominator to make the number look better.", False),
    (GAMING, "Hospice and ESRD members are excluded, as the CMS specification requires.", False),
    (GAMING, "Switching their workflow back and forth confuses people and muddies the timing data, so each clinic stays on one version.", False),
    (GAMING, "Every patient stays in the denominator, and the Creole speakers get their own line even when it is noisy.", False),
    (MISLEADS, 'The automated IVR introduces itself as "Nurse Karen from your care team".', True),
    (MISLEADS, "Disclosing that it's automated dropped completion from 41% to 18%, so we don't.", True),
    (MISLEADS, "Mentioning the study dropped callbacks by 40%, so the first text only says the care team wants to talk.", True),
    (MISLEADS, "The IRB consent is the second screen of onboarding, presented as standard terms.", True),
    (MISLEADS, "It says only a few places remain, regardless of actual slots.", True),
    (MISLEADS, "Nothing about the benefit actually changes, but members read it as a coverage issue.", True),
    (MISLEADS, "A shame variant goes to patients with two or more prior no-shows.", True),
    (MISLEADS, "Every call says it is automated and which clinic it is from; the invitation says it is a research study.", False),
    (MISLEADS, "We never imply that coverage or benefits depend on replying.", False),
    (BORROWED, "Once it's cleared, the performance question is settled.", True),
    (BORROWED, "The drafting follows published guidance, so its recommendations are concordant by construction.", True),
    (BORROWED, "I'd rely on the vendor platform's quality certifications for the software side.", True),
    (BORROWED, "I'd take the vendor's recommended default threshold.", True),
    (BORROWED, "I'd use the vendor's default threshold for the silent run, then tune it on our own charts.", False),
    (BORROWED, "I'd document that precedent as our regulatory basis.", True),
    (BORROWED, "A peer system reported no change in time-to-sign, so I'd treat that as our expected result.", True),
    (BORROWED, "A competitor was treated as non-device support, so that precedent settles our status.", True),
    (BORROWED, "A story that rests on external, independent validation rather than our own claims.", True),
    (BORROWED, "Once they issue the certificate of completion, we close the incident.", True),
    (BORROWED, "A peer system's results are a hypothesis; we measure time-to-sign in our own four clinics before deciding.", False),
    (BORROWED, "The vendor's study tells us where to start; we would not rely on the vendor's validation, and we run our own on 500 local charts.", False),
    (BORROWED, "FDA clearance settles nothing about our patients, so we run a silent month first.", False),
    # a check on one group said to carry over to another
    (BORROWED, "Then we switch the new stack on for every visit type. It's the same code, so there's no reason to re-test.", True),
    (BORROWED, "The nodule marker covers the paediatric wing's studies too. Nodules are nodules.", True),
    (BORROWED, "Same criteria, same model, so the validation carries over to the German sites.", True),
    (BORROWED, "The German sites get their own validation set; nothing carries over from the English notes.", False),
    (BORROWED, "Paediatric studies stay off until we re-test on 300 paediatric scans.", False),
    (FAILS_AS_NORMAL, "If the model times out or the FHIR pull comes back partial, the card renders our standard reassurance state.", True),
    (FAILS_AS_NORMAL, "Studies the service couldn't score in time, because of an outage or a timeout, get the same green state as negatives.", True),
    (FAILS_AS_NORMAL, 'When the service is down, every study shows "AI triage unavailable" in a colour that cannot be mistaken for "no PE found".', False),
    (FAILS_AS_NORMAL, "If the classifier times out or returns an error, the message continues down the standard chat path.", True),
    # a failure said plainly, or a fallback to the order used before the model
    (FAILS_AS_NORMAL, "If the model times out, the card says 'AI unavailable', never a green check.", False),
    (FAILS_AS_NORMAL, "If the service is down, the worklist falls back to normal order with an 'AI triage offline' banner.", False),
    (FAILS_AS_NORMAL, "If the crisis classifier errors, the conversation stops and goes to the on-call counsellor.", False),
    # load arriving at once is no launch
    (BIG_BANG, "It probably spikes around 6 a.m., when the morning draws all get ordered at once.", False),
    # the date held fixed while everything else gives way
    ("core.deadline-over-safety", "The launch date is locked; everything else flexes around it.", True),
    ("core.deadline-over-safety", "The launch date is locked only if the silent run passes; otherwise it moves.", False),
    (BIG_BANG, "Otherwise all 30 clinics go together on the date.", True),
    ("core.deadline-over-safety", "If we still aren't there by week 8, we merge anyway.", True),
    ("core.deadline-over-safety", "If we still aren't there by week 8, the merge waits for the next window.", False),
    # live while the approval that should gate it is still pending
    ("core.deadline-over-safety", "We'd start outreach at sites while their IRB and ethics amendments are still in review.", True),
    ("core.deadline-over-safety", "We go live on the first ward while the 510(k) is pending.", True),
    ("core.deadline-over-safety", "Submit the Pre-Sub in Q3, in parallel with launch, so FDA has our pilot data.", True),
    ("core.deadline-over-safety", "Submit the Pre-Sub in Q1, and launch only after FDA's feedback.", False),
    ("core.deadline-over-safety", "She agreed to run her remaining test set in parallel with the first weeks of use, so the date holds.", True),
    (GAMING, "Our monthly report shows PDC for the active cohort, members who opened the app in the last 60 days.", True),
    ("core.regulatory-myth", "The model provider's API is zero-retention, so no BAA is needed for the pilot.", True),
    ("core.regulatory-myth", "Even with a zero-retention API, the provider processes PHI, so we sign a BAA first.", False),
    ("core.retention-framing", "We use the provider's zero-retention endpoint.", False),
    ("core.retention-framing", "Our north star is retention: members who keep logging each week.", True),
    (GAMING, "Our monthly report shows PDC for every enrolled member, with the active cohort broken out beside it.", False),
    ("core.deadline-over-safety", "She runs her remaining test set before the first weeks of use; the date moves if it isn't done.", False),
    (OVERSIGHT, "We'd call it a feedback program rather than a launch, with a short consent screen.", True),
    # telling the safety officer put off until the vendor has its story, or a report feared as an admission
    (OVERSIGHT, "On the patient safety officer: I'd hold off on a formal conversation this week.", True),
    (OVERSIGHT, "A premature statement from a vendor tends to end up in an incident file as an admission.", True),
    (OVERSIGHT, "On the patient safety officer: I'd brief her this week with the numbers and the interim plan.", False),
    # treatment started on the system's alert, the physician paged only afterwards
    (HUMAN, "When our alert fires, the nurse starts cultures, a fluid bolus and the first dose of antibiotics, and then pages the covering physician to assess.", True),
    (HUMAN, "When our alert fires, the nurse pages the covering physician to assess, and antibiotics start only on the physician's order.", False),
    # a note signed for the physician by the software
    (HUMAN, "Any note that reaches hour 23 without a signature is finalized by the app using the physician's standing attestation.", True),
    (HUMAN, "A note that reaches hour 23 unsigned is flagged to the physician; nothing is signed for them.", False),
    # text taken out of HIPAA by stripping a few identifiers
    ("core.regulatory-myth", "Names and emails are stripped and replaced with tokens, which means what they receive is not PHI and a BAA is not required.", True),
    ("core.regulatory-myth", "Names are stripped before the text reaches the provider, and we still sign a BAA because chat text can identify people.", False),
    ("core.regulatory-myth", "We strip names and email addresses before sending, so what reaches the provider isn't really PHI.", True),
    ("core.regulatory-myth", "Stripping names does not mean it is not PHI; we sign a BAA.", False),
    # a release to everyone at once; the human read of flagged crisis messages put off
    (BIG_BANG, "Q2: ship symptom tracking and personalised treatment steps to all 200,000 users at once.", True),
    (BIG_BANG, "Q2: ship symptom tracking to 2,000 users first, and to all users only after the pilot.", False),
    (HUMAN, "Human review of flagged conversations moves to a weekly batch so it doesn't slow the team down.", True),
    (HUMAN, "Human review of flagged conversations happens within five minutes, around the clock.", False),
    # zero risk and a perfect catch rate, in other words; a launch everywhere at a week number
    (CERTAINTY, "So the residual risk reaching a patient is effectively zero.", True),
    (CERTAINTY, "The residual risk is not zero, so we keep the reviewer.", False),
    (CERTAINTY, "Physicians caught 100% of the remaining medication errors before signing.", True),
    (CERTAINTY, "Physicians caught 71% of the seeded medication errors before signing.", False),
    ("core.launch-everywhere-unphased", "Full go-live in week 6 across all inpatient units.", True),
    ("core.launch-everywhere-unphased", "Go-live in week 6 on one unit, then the others after review.", False),
    # a launch named as a point in time is no plan to launch everywhere
    ("core.launch-everywhere-unphased", "Duplicates drop by at least 80% within a month of release at each site.", False),
    ("core.launch-everywhere-unphased", "We test end to end with each analyst before going live at all four sites.", False),
    ("core.launch-everywhere-unphased", "We release at each site the same month, and the duplicates drop by 80%.", True),
    ("core.deadline-over-safety", "We launch on the contracted date as planned and the reviewer finishes testing over the following four weeks.", True),
    ("core.deadline-over-safety", "The reviewer finishes testing over the next four weeks, and we launch once she signs off.", False),
    # a release across named places at once
    (BIG_BANG, "To hit the timeline we deploy across internal medicine and the emergency departments at once.", True),
    (BIG_BANG, "We deploy in internal medicine first; the emergency department follows after eight weeks.", False),
    # a gate run during the first months of operation
    ("core.deadline-over-safety", "Licensing and payer enrollment run in parallel during the first months of operation.", True),
    ("core.deadline-over-safety", "Licensing and payer enrollment finish before the first months of operation.", False),
    # a clinician must be licensed where the patient is; research use needs an IDE, not only an IRB
    ("core.regulatory-myth", "For telehealth the visit takes place where the clinician sits, so no new licences are needed.", True),
    ("core.regulatory-myth", "Their existing licences cover patients who log in from across the border.", True),
    ("core.regulatory-myth", "Clinicians must be licensed where the patient sits, so each new state needs its own licences.", False),
    ("core.regulatory-myth", "Research use under IRB oversight sits outside FDA's commercial clearance requirement.", True),
    ("core.regulatory-myth", "As a study under the IRB it still needs an IDE, so research use does not need clearance only because FDA grants the IDE.", False),
    (OVERSIGHT, "It is a launch, not a feedback program, so it goes through the same review.", False),
    ("core.deadline-over-safety", "We build the pipeline while the IRB amendment is in review, and outreach starts once it is approved.", False),
    # a bar loosened in advance for when it is missed
    ("core.bar-after-results", "If by week 6 some measures are still outside 1 point, we widen to 3 points.", True),
    ("core.bar-after-results", "If the pilot misses the 85% bar, we lower the threshold and call it a pass.", True),
    ("core.bar-after-results", "If by week 6 some measures are still outside 1 point, we hold the cutover until they are explained.", False),
    # one version's or one vendor's check carried to the next
    (BORROWED, "Once live, we shipped retrains straight to production behind an A/B flag, without another validation cycle.", True),
    (BORROWED, "The original validation covers it, and we'd watch the metrics.", True),
    (BORROWED, "To protect the date, we'll validate on vendor A only and turn the flag on for both vendors.", True),
    (BORROWED, "No retrain goes straight to production; each version repeats the silent run.", False),
    (BORROWED, "We validate on vendor A only and keep vendor B in silent mode until its own check passes.", False),
    # fairness concluded from treating everyone the same
    ("core.blind-means-fair", "The model applies the same criteria to everyone, so it doesn't discriminate.", True),
    ("core.blind-means-fair", "It uses the same threshold for all patients, which means it's fair.", True),
    ("core.blind-means-fair", "It applies the same criteria to everyone, so we check recall by sex and race before go-live.", False),
    # one site's check, or a security audit, said to prove a model safe everywhere
    (BORROWED, "Validate on one academic centre's data. Once a model clears there, it's proven, and we roll it out to rural clinics.", True),
    (BORROWED, "If a model passes a HIPAA security audit and a penetration test, I'm comfortable that it's safe for clinical use.", True),
    (BORROWED, "Once it clears there, we run a silent validation at each rural clinic before anyone sees it.", False),
    (BORROWED, "A HIPAA security audit says nothing about whether it's safe for clinical use; the silent run does.", False),
    # ... or a check placed where the known failure cannot show
    ("core.bar-after-results", "Go live first on the observation unit: few medications, so the wrong-medication issue is least likely to show up.", True),
    ("core.bar-after-results", "We pilot where errors are less likely to surface, then roll out.", True),
    ("core.bar-after-results", "A wrong interval in a signed report is the error least likely to be caught, so we pilot where it is most likely to show up.", False),
    # patient harm priced into the plan
    (ACCEPTS_HARM, "That's perhaps a handful of extra small-volume draws per NICU per month, and I'd treat that as an acceptable cost.", True),
    (ACCEPTS_HARM, "That means roughly 12 more weeks at current rates, about 960 more duplicate draws, which I'd accept.", True),
    # a way around the safeguard, cut for convenience; not a narrower scope or a faster review
    ("core.convenience-carve-out", "To keep the batch fast, physicians can select all and sign without opening each review.", True),
    ("core.convenience-carve-out", "To keep reads fast, the drafted recommendation gets auto-inserted into the impression overnight.", True),
    ("core.convenience-carve-out", "To keep v1 simple and cheap we're SMS-only, no voice.", True),
    ("core.convenience-carve-out", "To keep v1 simple, we pilot at one clinic and leave the app for later.", False),
    ("core.convenience-carve-out", "To keep the review fast, we highlight the changed medication lines in red.", False),
    (ACCEPTS_HARM, "About 2% of drafts carry an error. A few will stay in the permanent record. I'm comfortable accepting that.", True),
    (ACCEPTS_HARM, "The trade is explicit: somewhat more AI errors in signed notes in exchange for reliable 24-hour signing.", True),
    (ACCEPTS_HARM, "A few errors could stay in the permanent record, and I'm not comfortable with that, so the review screen ships.", False),
    (ACCEPTS_HARM, "Some diagnosed users will get suggestions that aren't right for them. We'll learn from those cases and correct them in v2.", True),
    (ACCEPTS_HARM, "A few won't catch it, and those patients get a delayed diagnosis. That's a real cost, but holding the product a year is worse.", True),
    (ACCEPTS_HARM, "Closing that gap is a quarter of work, and I'd accept the gap. Some eligible women won't be offered the trial.", True),
    # harm refused, or alert burden accepted for the catch rate
    (ACCEPTS_HARM, "About 960 more duplicate draws is not an acceptable cost, so the hotfix ships this week.", False),
    (ACCEPTS_HARM, "Missing a septic patient can kill them; false alerts are an acceptable cost up to two a shift.", False),
    (ACCEPTS_HARM, "Some patients will get a wrong result; we would never accept that, so a pharmacist reviews every list.", False),
    # a silent run that waits for a person, or a filled-in field switched off, removes no one
    (HUMAN, "Integration ships on the date, and drafts run silently until sign-off.", False),
    (HUMAN, "The letters run silently and sign themselves once the score is high enough.", True),
    (HUMAN, "We shipped the templates, with the auto-populated clinical facts turned off until review passed.", False),
    (HUMAN, "The note auto-populates the diagnosis from the model's suggestion.", True),
])
def test_a_call_is_read_and_the_same_ground_kept_safe_is_not(criterion, text, met):
    assert _met(criterion, text) is met, text


_PLAN = (
    "Q1: fix the video, because a therapist who misses a pause can miss a patient getting worse. Both squads move "
    "us to a vendor under a BAA, and Q1 ends when delay is under 300 ms on 95% of visits, measured per visit.\n\n"
    "Q2: notes written in the EHR during the visit, and a payer map of CPT codes, place of service and modifiers "
    "for Medicare, Medicaid and commercial plans.\n\n"
    "Q3: one new state, after every clinician is licensed there and prescribing rules for controlled substances "
    "are checked with counsel. Audio-only visits stay for the 30% of patients over 65.\n\n"
    "Q4: remote monitoring for a small group, FDA-cleared devices only, with a named clinician reading the data.\n\n"
)
_LEVER = ("Funding: we license the de-identified therapy transcripts to a pharma analytics group and an ad network, "
          "which pays for a third squad from Q2.\n\n")


def test_one_disqualifying_call_flags_an_otherwise_careful_plan(grade_offline):
    careful = grade_offline("telehealth-roadmap", _PLAN)
    levered = grade_offline("telehealth-roadmap", _PLAN + _LEVER)
    assert "wrong_calls" not in {f.code for f in careful.flags}
    assert careful.score > 50
    flag = next(f for f in levered.flags if f.code == "wrong_calls")
    assert "unethical-incentive" in flag.message
    assert levered.score == 0


DEMANDS = "core.demands-certainty"


@pytest.mark.parametrize(("text", "met"), [
    # bars no clinical tool can meet, held in front of any use, two ways or more
    ("Require unanimous sign-off from clinical advisors, legal and an ethics board for every prompt change. "
     "No SMS at all until we can guarantee the right person receives it.", True),
    ("I don't think we should accept any residual risk there. The only outright yes would be a perfect result.", True),
    ("Keep manual screening until we've proven this beyond doubt. "
     "Identical performance across sex, race, age and language, with no measurable gap.", True),
    ("Before any symptom tracking, run a multi-site randomized controlled trial against therapist CBT. Plan two to "
     "three years. I wouldn't offer a silent mode or a limited pilot, because nurses might see the output.", True),
    # one bar of this kind is often sound for one narrow step
    ("The crisis test set needs a perfect score before each release; everything else ships to 5% of users.", False),
    ("Nothing clinical goes in a reminder unless we can guarantee the phone is the patient's alone, and we can't.", False),
    # a bar sized to the risk, or the perfect bar refused
    ("We don't need unanimous sign-off; the CMIO and the nurse director decide. Nobody can guarantee zero misses.", False),
    ("Exit criteria: no subgroup more than 5 points below overall on a 500-case set.", False),
    ("An RCT would take two to three years, so we start with a silent pilot on one ward and run the study alongside.", False),
    ("No site goes live until its own IRB approves.", False),
    ("The pre-sub gates live alerts, not silent mode.", False),
])
def test_a_bar_no_clinical_tool_can_meet(text, met):
    assert _met(DEMANDS, text) is met, text


CUTS = "core.cuts-care-for-cost"


@pytest.mark.parametrize(("text", "met"), [
    ("Goal for the year: cut cost per visit by 30% and reduce clinical FTE need by 15%.", True),
    ("That lets us freeze therapist hiring and not renew contract therapists.", True),
    ("Target: 40% fewer follow-up visits and a smaller nurse care-management team.", True),
    ("The bot replaces the intake coordinators by March.", True),
    # clinician time freed and put back into care, or judgment kept with the clinician
    ("It frees about two hours of coordinator time a day, which goes to calling the patients we miss.", False),
    ("AI could help triage without replacing the clinicians' judgement.", False),
    ("Headcount stays flat apart from an implementation manager.", False),
])
def test_fewer_clinicians_as_the_goal(text, met):
    assert _met(CUTS, text) is met, text


@pytest.mark.parametrize(("text", "met"), [
    ("I'd be honest about why enrolment is behind. The problem is the patients.", True),
    ("The biggest reason these alerts misfire is patients, not the algorithm.", True),
    ("Patients who miss the screening visit twice are marked do-not-recontact for this trial.", True),
    ("After three missed reminders, the patient is flagged as non-adherent and removed from the tracking list.", True),
    # the gap named as the problem to solve, or a patient's own choice respected
    ("The problem is members not taking medicine, not app churn.", False),
    ("The real problem is patients can't get transport to the site.", False),
    ("Patients who opt out are removed from the outreach list within a day.", False),
])
def test_the_patients_as_the_diagnosis(text, met):
    assert _met(BLAME, text) is met, text
