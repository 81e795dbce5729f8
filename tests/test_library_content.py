"""The bundled library: coverage of the seeds, the seeds' own BAD/GOOD pairs, the demo answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from mockpm.answers import read_answer
from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.checks import run_check

REPO = Path(__file__).resolve().parents[1]
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
EXAMPLES = REPO / "examples" / "answers"


@pytest.fixture(scope="module")
def lib():
    return load_library()


def _criterion(lib, scenario_id: str, criterion_id: str):
    """A criterion of a scenario's rubrics, the shared core ones included."""
    return next(c for r in lib.rubrics_for(lib.scenario(scenario_id)) for c in r.criteria if c.id == criterion_id)


def test_coverage_doc_names_only_real_criteria(lib):
    doc = (REPO / "docs" / "rubric-coverage.md").read_text()
    named = set(re.findall(r"`([a-z0-9-]+\.[a-z0-9.-]+)`", doc))
    assert len(named) > 50
    missing = named - set(lib.criterion_index)
    assert not missing, f"coverage doc names unknown criteria: {sorted(missing)}"


def test_every_criterion_cites_a_known_seed_with_a_reason(lib):
    for c in lib.criterion_index.values():
        assert c.seed in lib.seeds, c.id
        assert len(c.reason) > 20, c.id


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="the seed articles are not beside this checkout")
def test_seed_list_matches_the_articles(lib):
    assert set(lib.seeds) == {p.name for p in SHARED_SEEDS.glob("*.txt")}


def test_every_scenario_has_core_first_and_seed_citations(lib):
    for s in lib.scenarios.values():
        assert s.rubrics[0] == "core", s.id
        criteria = lib.criteria_for(s)
        assert any(c.points < 0 for c in criteria), s.id
        assert all(seed in lib.seeds for seed in s.seeds), s.id


def _pairs():
    data = yaml.safe_load((REPO / "tests" / "data" / "seed_examples.yaml").read_text())
    return [(p, side) for p in data["pairs"] for side in ("bad", "good")]


@pytest.mark.parametrize("pair,side", _pairs(), ids=lambda v: v if isinstance(v, str) else v["topic"][:40])
def test_seed_good_meets_and_bad_hits(lib, pair, side):
    text = pair[side]["text"]
    idx = lib.criterion_index

    def met(cid):
        c = idx[cid]
        return run_check(c.check, text, red_flag=c.points < 0).met

    if side == "bad":
        for cid in pair["bad"]["hits"]:
            assert idx[cid].points < 0, f"{cid} should be a red flag"
            assert met(cid), f"BAD text did not trigger {cid}"
    else:
        for cid in pair["good"].get("meets", []):
            assert met(cid), f"GOOD text did not meet {cid}"
        for cid in pair["good"].get("avoids", []):
            assert not met(cid), f"GOOD text triggered {cid}"


def _score(lib, name):
    a = read_answer(EXAMPLES / name)
    s = lib.scenario(a.scenario_id)
    return grade(a, s, lib.rubrics_for(s))


def test_demo_answers_rank_by_quality(lib):
    strong = _score(lib, "sepsis-strong.md")
    weak = _score(lib, "sepsis-weak.md")
    assert strong.band in ("Hire", "Strong Hire") and weak.band == "Strong No Hire"
    assert strong.score > weak.score + 50


def test_short_specific_beats_long_generic(lib):
    short = _score(lib, "sepsis-short-specific.md")
    long = _score(lib, "sepsis-generic-long.md")
    assert long.word_count > 2 * short.word_count
    assert short.score > long.score


@pytest.mark.parametrize("name,flag", [("sepsis-keyword-salad.md", "keyword_salad"), ("sepsis-injection.md", "addresses_grader")])
def test_gaming_attempts_land_at_the_bottom(lib, name, flag):
    r = _score(lib, name)
    assert r.band == "Strong No Hire"
    assert flag in {f.code for f in r.flags}


def test_every_example_answer_grades(lib):
    for path in EXAMPLES.glob("*.md"):
        r = _score(lib, path.name)
        assert 0 <= r.score <= 100


def test_a_regulatory_myth_stated_as_fact_is_a_red_flag_but_a_checked_exemption_is_not():
    from mockpm.checks import run_check

    lib = load_library()
    myth = next(c for r in lib.rubrics.values() for c in r.criteria if c.id == "core.regulatory-myth")
    for text in ("I'd get us HIPAA certified through a compliance vendor.",
                 "It's decision support, so it's exempt from FDA review.",
                 "Employer-referred users aren't patients, so HIPAA doesn't apply to them at all.",
                 "Once data is pseudonymised it's no longer personal data under GDPR.",
                 "No need to talk to FDA.",
                 "Clinical decision support inside a certified EHR is automatically exempt.",
                 "A disclaimer keeps it a wellness app.",
                 "HIPAA only applies to hospitals, not to us.",
                 "FDA never came up for us because it was internal, so it doesn't apply.",
                 "Since the data is no longer directly identifiable, it's outside GDPR's scope.",
                 "It only formats words, so we don't need to treat it as a regulated function.",
                 "The vendor is SOC 2 Type II audited, which covers HIPAA for us.",
                 "Nurses can override it, so no FDA filing is needed.",
                 "It's built in-house. No FDA involvement.",
                 "As long as a physician makes the final call, the product stays outside FDA's remit.",
                 "Software only becomes a medical device when it is bundled with hardware.",
                 "A 510(k) is for genuinely new types of device with no predecessor.",
                 "HIPAA applies to any company that handles health information."):
        assert run_check(myth.check, text, red_flag=True).met, text
    for text in ("It may be exempt from FDA under the CDS criteria; I'd confirm with device counsel.",
                 "HIPAA does not apply to de-identified data, so we'd check the Safe Harbor method with our privacy officer.",
                 "Since it's internal, the FDA question may not apply; I'd confirm with counsel in week one.",
                 "General wellness claims are outside FDA's focus, which is why the disclaimer matters less than the claims.",
                 "We're decision support and outside FDA's scope. I'd have our lawyers confirm that in month one.",
                 "A SOC 2 report is not HIPAA compliance; we still need a BAA.",
                 "No FDA submission is needed if it meets all four CDS criteria, which I'd confirm with counsel.",
                 "Since a physician always makes the final call, we may be outside FDA's remit; our lawyers confirm it in month one.",
                 "A 510(k) shows substantial equivalence to a predicate; De Novo is for novel low-risk devices.",
                 "HIPAA applies to covered entities and their business associates, not to every app."):
        assert not run_check(myth.check, text, red_flag=True).met, text


@pytest.mark.parametrize("text,met", [
    ("Sensitivity is the share of alerts that turn out to be real sepsis, so I'd push it to 90%.", True),
    ("PPV means the percentage of septic patients the model catches, and I want it at 85%.", True),
    ("An AUROC of 0.86 means 86% of alerts are correct, which is strong.", True),
    ("Specificity is how many of the septic patients we correctly flag.", True),
    ("Sensitivity: of the patients who become septic, how many the model flags four hours early.", False),
    ("PPV is the share of alerts that are real cases, and that decides nurse trust.", False),
    ("Precision is how many of our alerts are real septic patients.", False),
    ("An AUROC of 0.86 doesn't mean 86% of alerts are correct; it says nothing about the threshold.", False),
    ("With sensitivity at 95%, so 95% of alerts will be real sepsis, nurses can trust it.", True),
    ("A PPV of 30% means we catch 30% of septic patients.", True),
    ("Our sensitivity is 92%, which means 92% of the studies we flag are true emboli.", True),
    ("Sensitivity of 90% means 90% of septic patients are caught.", False),
    ("An AUROC of 0.86 means 86% of the time it ranks a septic patient higher.", False),
    # what a metric cannot tell: PPV moves with prevalence, AUROC says nothing of fairness, a p-value is no proof
    ("Positive predictive value is a fixed property of the model, so it won't change at our 9% prevalence.", True),
    ("PPV depends on prevalence, so we re-estimate it on our own wards before go-live.", False),
    ("An AUC above 0.85 means the model ranks patients correctly for every subgroup.", True),
    ("An AUC above 0.85 overall says nothing about subgroups, so we split by sex and race.", False),
    ("If p is above 0.05, that proves the screen has no effect, and we ship it.", True),
    ("If p is above 0.05 we haven't shown an effect, so we keep the pilot running.", False),
    ("At p < 0.05 that means there's a 95% chance the screen changed behaviour.", True),
    ("p = 0.03, so we can be 97% sure it works.", True),
    ("p = 0.21, so the refill nudges have no effect.", True),
    ("p = 0.21, so not significant; we keep collecting.", False),
    ("PPV is not independent of prevalence, so we re-estimate it.", False),
    ("AUROC doesn't show the model works equally for every subgroup.", False),
])
def test_the_core_rubric_reads_a_swapped_metric_definition(text, met):
    from mockpm.catalog import load_library
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.misreads-metric")
    assert run_check(flag.check, text, red_flag=True).met is met


@pytest.mark.parametrize("text,met", [
    ("Honestly the shadowing was one afternoon, and I'll pick up the clinical side on the job.", True),
    ("I mostly skimmed the FDA guidance, to be fair.", True),
    ("I shadowed an ED nurse for three twelve-hour shifts and read the CDS guidance twice.", False),
    ("I won't count on learning the domain on the job; I've done the reading already.", False),
])
def test_the_career_rubric_reads_preparation_that_dissolves(text, met):
    from mockpm.catalog import load_library
    from mockpm.checks import run_check

    lib = load_library()
    flag = next(c for c in lib.rubrics["career-transition-pitch"].criteria if c.id.endswith("learns-on-the-job"))
    assert run_check(flag.check, text, red_flag=True).met is met


@pytest.mark.parametrize("text,met", [
    ("We go live on every inpatient ward next month and watch the numbers.", True),
    ("I'd roll it out to all 30 clinics so everyone has the same experience.", True),
    ("Launch hospital-wide in week ten, after the silent run.", True),
    # the scope with its modifiers, or after the date it is tied to
    ("Week 4: go live on all adult inpatient wards, with the silent run continuing alongside.", True),
    ("We go live on the contracted date in all ED pods on all three shifts.", True),
    ("We go live on the contracted date on one pod, then add pods as triage times hold.", False),
    ("Silent run for eight weeks, then one ward, then we expand to every ward once PPV holds.", False),
    ("We launch on all wards, with a kill switch the charge nurse can use.", False),
    ("Going live on every ward at once is how the last alert died.", False),
])
def test_the_core_rubric_reads_a_launch_to_everyone_with_no_first_step(text, met):
    from mockpm.catalog import load_library
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.launch-everywhere-unphased")
    assert run_check(flag.check, text, red_flag=True).met is met


@pytest.mark.parametrize("text,met", [
    ("- **Patients over 80 are excluded from alerting** until we retrain. The model underperforms there.", True),
    ("We drop Creole speakers from the pilot because the model is less accurate for them.", True),
    ("The model does worse for vendor B scans, so we'd exclude those sites from the launch.", True),
    ("Because the model does noticeably worse over 80, v1 simply won't score patients over 80.", True),
    ("The model does worse for over-80s, so they get a recalibrated threshold and a geriatrics review.", False),
    ("We exclude pediatric patients because the model was trained on adults only.", False),
    ("I would not exclude over-80s just because the model underperforms there.", False),
    ("**Over-80s**\nI wouldn't quietly exclude them. First find out why: comfort-care patients, atypical "
     "presentation. Then recalibrate, because it does worse there.", False),
])
def test_the_core_rubric_reads_a_group_taken_out_of_the_product(text, met):
    from mockpm.catalog import load_library
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.drops-underserved-group")
    assert run_check(flag.check, text, red_flag=True).met is met


def test_paragraph_labels_and_numbered_tiers_are_structure(lib):
    from mockpm.checks import run_check

    c = lib.criterion_index["core.no-structure"]
    labelled = "Sensitivity: at least 80% within six hours.\n\nAlert load: two per nurse per shift.\n\nSafeguards: silent run first."
    tiers = "Tier 1, highest risk: report drafting stays a suggestion. Tier 2: the nodule marker is advisory."
    assert not run_check(c.check, labelled, red_flag=True).met
    assert not run_check(c.check, tiers, red_flag=True).met
    assert run_check(c.check, "We launch it and see how it goes and tweak it if people complain about it.", red_flag=True).met
    # ... a refusal between two labels leaves them labels
    refused = "Week 1: we tell the CMIO the lists won't go live unsigned.\n\nWeek 6: one unit goes live if signed off."
    assert not run_check(c.check, refused, red_flag=True).met
    put_off = "Rollout: start with the US sites, then Europe once things are stable.\n\nSuccess metric: enrolment per site per month."
    assert not run_check(c.check, put_off, red_flag=True).met


@pytest.mark.parametrize("text,met", [
    ("The top-ranked diagnosis is written automatically into the problem list.", True),
    ("Tier A findings are auto-inserted into the final report and auto-page the ED.", True),
    ("Human review adds time without adding accuracy at that confidence.", True),
    ("The text drafts the follow-up language into the impression automatically.", True),
    ("They sign the report, so it's reviewed by definition.", True),
    ("Nothing is ever written automatically into the chart; the physician accepts each one.", False),
    ("We auto-fill the vitals from the monitor so the nurse types less, and she confirms the acuity.", False),
    ("We track removal rates on auto-filed diagnoses.", True),
    ("The radiologist accepts or edits every suggestion before it reaches the report.", False),
    ("Our duplicate check only looks at orders the lab has confirmed, but our system knows about an order at signing.", False),
    ("The system orders the repeat test itself when the first one is delayed.", True),
    ("The system orders the worklist so suspected bleeds are read first.", False),
    # a run in silence beside signed reports is a check, not the human taken out
    ("It runs silently against signed reports while we take it to an FDA Pre-Sub.", False),
    ("The engine silently cancels the second order.", True),
    # an interface dropping a copy of a message it has already seen cancels no clinician's order
    ("Retries carry the original order number, and the interface automatically cancels any copy it has already seen.", False),
    ("The interface automatically cancels duplicate HL7 messages.", False),
    ("The system automatically cancels the duplicate order before the nurse sees it.", True),
    # a form filled from data the system already holds leaves the clinician deciding
    ("Fixes: auto-populate from the triage flowsheet and move the suggestion inline.", False),
    ("The AI auto-populates the impression from its findings.", True),
    ("I'd have the Epic analyst auto-populate the fields the tool needs from the triage note.", False),
    ("It auto-populates the acuity field from the model's suggestion before the nurse sees it.", True),
    ("The top diagnosis auto-populates the problem list, pulled from the admission note.", False),
])
def test_the_core_rubric_reads_a_human_check_taken_out(text, met):
    from mockpm.catalog import load_library
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.removes-human-check")
    assert run_check(flag.check, text, red_flag=True).met is met


@pytest.mark.parametrize("text,met", [
    ("We keep the date and expect the CNO to disagree and commit.", True),
    ("I'd get the CNO to disagree and commit so the go-live holds.", True),
    ("I would never ask the CNO to disagree and commit; her objection is about documentation, so we fix that.", False),
    ("We'd agree exit criteria with the CNO and hold the date only if she signs off.", False),
])
def test_asking_clinical_leaders_to_disagree_and_commit_overrides_them(text, met):
    from mockpm.checks import run_check

    crit = next(c for r in load_library().rubrics.values() for c in r.criteria if c.id == "core.overrides-clinical-leaders")
    assert run_check(crit.check, text, red_flag=True).met is met, text


@pytest.mark.parametrize("text,met", [
    ("Set retention and access rules for stored conversations.", False),
    ("Audit trails on every decision, retention per ICH GCP.", False),
    ("Zero retention at the provider, and a 90-day cap on stored chats.", False),
    ("Stored conversations: retention cut to what quality review needs, de-identified.", False),
    ("Transcript retention limited to 30 days.", False),
    ("No PHI to the model until a BAA is signed; 90-day transcript retention; cut convo retention.", False),
    ("Explicit consent to storage, 30-day default retention for quality review.", False),
    ("Leadership is calling it retention, but the plan isn't paying us for taps in an app.", False),  # their word
    ("Retention is our biggest problem: users drop off by day 60.", True),
    ("Retention dropped to 40% by week 8, so we fix onboarding first.", True),
])
def test_data_retention_is_not_retention_framing(text, met):
    from mockpm.checks import run_check

    crit = next(c for r in load_library().rubrics.values() for c in r.criteria if c.id == "core.retention-framing")
    assert run_check(crit.check, text, red_flag=True).met is met, text


def test_keeping_the_date_for_a_smaller_start_is_no_forced_rollout(lib):
    scen = lib.scenario("clinician-pushback")
    flag = next(c for r in lib.rubrics_for(scen) for c in r.criteria if c.id == "clinician-pushback.forces-it-through")
    for text in ("Go-live: keep the date, shrink the scope to one pod.",
                 "Keep the contract date as a one-pod, day-shift start.",
                 "We keep the date, but it becomes the start of a small trial.",
                 "The contract date holds as a limited go-live, one pod, day shift.",
                 "Offer a quiet launch on the contract date instead of a fight."):
        assert not run_check(flag.check, text, red_flag=True).met, text
    for text in ("We keep the date and launch to every triage nurse.", "The date holds, full department on day one.",
                 "We kept the date, but every pod went live together on it."):
        assert run_check(flag.check, text, red_flag=True).met, text


def test_unsigned_drafts_flag_reads_the_drafts_sent_on_not_an_interface_that_refuses_them(lib):
    scen = lib.scenario("ehr-documentation-change")
    flag = next(c for r in lib.rubrics_for(scen) for c in r.criteria if c.id == "ehr-documentation-change.files-unsigned-drafts")
    for text in ("Our interface only files signed notes into Epic, so an unsigned note doesn't exist for anyone else.",
                 "Have a couple of coders compare drafts to signed notes for a sample."):
        assert not run_check(flag.check, text, red_flag=True).met, text
    for text in ("Push every unsigned draft into Epic as a preliminary note.",
                 "Our coders can work from the unsigned ambient draft.",
                 "Coders get read access to the unsigned drafts in our app.",
                 "Coders begin coding the AI drafts before the physician signs.", "Coders can work the unsigned notes."):
        assert run_check(flag.check, text, red_flag=True).met, text


def test_the_duplicate_warning_redesign_in_plain_words(lib):
    scen = lib.scenario("lab-order-sync")
    crit = next(c for r in lib.rubrics_for(scen) for c in r.criteria if c.id == "lab-order-sync.alert-logic")
    plain = ("Our duplicate warning checks orders that are sent but not yet confirmed. "
             "Warning, not a wall: the doctor can still order with a reason.")
    assert run_check(crit.check, plain).met
    assert not run_check(crit.check, "We will look into the warning.").met


def test_reminder_privacy_and_partners_in_shorthand(lib):
    scen = lib.scenario("appointment-reminders-equity")
    crits = {c.id: c for r in lib.rubrics_for(scen) for c in r.criteria}
    privacy = crits["appointment-reminders-equity.liability-privacy"].check
    assert run_check(privacy, "Opt-in, STOP in every language. Nothing about the visit type: phones are shared.").met
    assert not run_check(privacy, "We send a reminder two days before.").met
    codesign = crits["appointment-reminders-equity.co-design"].check
    assert run_check(codesign, "Build it with the front desk and CHWs.").met


def test_a_message_named_a_stopgap_is_not_blaming_users(lib):
    scen = lib.scenario("lab-order-sync")
    flag = next(c for r in lib.rubrics_for(scen) for c in r.criteria if c.id == "lab-order-sync.blames-users")
    told = "Tell doctors that an order can take up to 90 seconds to appear, so check before you order again."
    assert run_check(flag.check, told, red_flag=True).met
    assert not run_check(flag.check, told + " That's a stopgap, not the fix.", red_flag=True).met


_TRIAL = "clinical-trial-pipeline"


@pytest.mark.parametrize("scenario,criterion,text,met", [
    # one central store, its US region named a sentence later; a refused store stays refused
    (_TRIAL, "clinical-trial-pipeline.pools-eu-data-in-us",
     "- Build one central platform where all 40 sites send their extracts every night. Host it on the sponsor's "
     "US cloud, which they have already qualified.", True),
    (_TRIAL, "clinical-trial-pipeline.pools-eu-data-in-us",
     "- No central data lake: the model runs inside each site, and only counts reach our US region.", False),
    # names stripped and GDPR declared done with
    (_TRIAL, "clinical-trial-pipeline.pseudonymised-outside-gdpr",
     "Once it is anonymised by removing names, GDPR no longer applies, which simplifies things.", True),
    (_TRIAL, "clinical-trial-pipeline.pseudonymised-outside-gdpr",
     "Since the data is no longer directly identifiable, it's outside GDPR's scope, so one US model serves all.", True),
    (_TRIAL, "clinical-trial-pipeline.pseudonymised-outside-gdpr",
     "Pseudonymised data is still personal data under GDPR, so we'd run a DPIA per site.", False),
    (_TRIAL, "clinical-trial-pipeline.pseudonymised-outside-gdpr",
     "Only counts leave the EU; pseudonymised records stay personal data in the Frankfurt region.", False),
    (_TRIAL, "clinical-trial-pipeline.pseudonymised-outside-gdpr",
     "A dataset that was genuinely anonymised would fall outside GDPR, but that is not what we process.", False),
    # the team that built it choosing or judging its own check is an interested party
    ("sepsis-model", "core.interested-party-checks",
     "Engineering selects a representative set of drafts from recent test runs, since they know the data best.", True),
    ("sepsis-model", "core.interested-party-checks",
     "Our innovation office, which built the model, has reviewed the question and concluded it is a quality tool.", True),
    ("sepsis-model", "core.interested-party-checks", "The design team and Dr. Halvorsen review the pilot results together.", True),
    ("sepsis-model", "core.interested-party-checks",
     "An independent physician picks the 200 cases; engineering fixes what she finds.", False),
    ("sepsis-model", "core.interested-party-checks",
     "The modelling group that trained the model adjudicates which alerts were true sepsis.", True),
    ("sepsis-model", "core.interested-party-checks",
     "Our ML group, which trained the model, curates the pilot case set from the hospital archive.", True),
    ("sepsis-model", "core.interested-party-checks",
     "Each quarter the prompt engineers test the system prompt and sign off their own results.", True),
    ("sepsis-model", "core.interested-party-checks",
     "The data science team proposes a threshold and the sepsis committee decides it.", False),
    # ... the builders running the evaluation, naming the panel or assessing their own change, and a
    # gate given to whoever answers for the date
    ("ehr-documentation-change", "core.interested-party-checks",
     "The design team that built the screen will run the post-launch evaluation.", True),
    ("clinician-pushback", "core.interested-party-checks",
     "The three emergency physicians who built the tool nominated the members of the nurse panel.", True),
    ("speed-vs-safety", "core.interested-party-checks",
     "The data science team that trained it is best placed to validate, so they will adjudicate the cases.", True),
    ("quality-reporting-data-change", "core.interested-party-checks",
     "The engineering manager approves, since they own the sprint goal.", True),
    ("quality-reporting-data-change", "core.interested-party-checks",
     "The VP holds the go-live decision, being the person on the hook for the delivery commitment.", True),
    # ... not builders doing work someone independent signs off, an independent group named after a
    # colon, nor an approver accountable for something that is theirs to guard
    ("speed-vs-safety", "core.interested-party-checks",
     "The engineers who built the prompt run the regression suite; the clinical reviewer holds sign-off.", False),
    ("ehr-diagnostic-ai", "core.interested-party-checks",
     "Not the team who built it: an independent evaluation group runs the evaluation.", False),
    ("quality-reporting-data-change", "core.interested-party-checks",
     "The engineer who wrote the change drafts the impact analysis, and the analyst independently verifies it.", False),
    ("imaging-ai-risk-tiering", "core.interested-party-checks",
     "Dr. Lee has the final say, since she is responsible for the release decision under our ISO 13485 quality system.", False),
    ("ehr-documentation-change", "core.interested-party-checks",
     "The CMIO approves, since she is accountable for the medical staff bylaws.", False),
    ("career-transition-pitch", "career-transition-pitch.learns-on-the-job",
     "I shadowed two days in a pediatric clinic and half a day with a hospital case manager.", False),
    ("career-transition-pitch", "career-transition-pitch.learns-on-the-job",
     "I spent an afternoon shadowing in a clinic, which gave me the full picture.", True),
    ("career-transition-pitch", "career-transition-pitch.learns-on-the-job",
     "My clinical exposure was just half a day at a hospital.", True),
    # a clinician's final call taken to settle device status, its conclusion after "so"
    ("ehr-diagnostic-ai", "core.regulatory-myth",
     "The physician always makes the final call and sees the findings, so we're not a medical device.", True),
    ("ehr-diagnostic-ai", "core.regulatory-myth",
     "The physician makes the final call, so we'd ask counsel to confirm whether the CDS criteria hold.", False),
    # someone else's view reported, a notes backlog, a published AUC cited: no call of the candidate's
    ("telehealth-roadmap", "telehealth-roadmap.latency-as-polish",
     "Leadership sees latency as polish. For a therapist, a frozen face means a missed cue.", False),
    ("telehealth-roadmap", "telehealth-roadmap.latency-as-polish", "Latency is polish; the features come first.", True),
    ("telehealth-roadmap", "telehealth-roadmap.latency-as-polish",
     "Leadership sees latency as polish, and on balance I agree with them.", True),
    ("ehr-documentation-change", "ehr-documentation-change.ships-then-measures",
     "Decide with data: baseline time-to-sign, the morning unsigned backlog, after-hours minutes.", False),
    ("ehr-documentation-change", "ehr-documentation-change.ships-then-measures",
     "The dashboard and time-to-sign tracking go on the backlog for after release.", True),
    ("career-transition-pitch", "career-transition-pitch.auroc-as-launch-bar",
     "Epic sepsis external validation (0.63 AUC vs the vendor's claim) -> local validation before go-live, always.", False),
    ("career-transition-pitch", "career-transition-pitch.auroc-as-launch-bar", "An AUROC of 0.86 is strong enough to launch.", True),
    # a blind model called fair, a call centre phoning flagged patients, a store whose US region is the
    # next bullet, GDPR declared covered after a long sentence
    ("clinical-trial-pipeline", "core.blind-means-fair",
     "Diversity: the model doesn't use race or sex, so it will not discriminate.", True),
    # a sign-off over the clinical leader's head, not one she shares; a step done so people feel heard
    ("clinician-pushback", "clinician-pushback.forces-it-through", "I'd get the CMO to sign off on the go-live and move ahead.", True),
    ("clinician-pushback", "clinician-pushback.forces-it-through",
     "- Active mode on 1 pod after CNO + ED medical director sign off vs pre-agreed criteria.", False),
    ("clinician-pushback", "core.done-for-show", "I'd invite two charge nurses to the design review so the CNO feels heard.", True),
    ("sepsis-model", "core.done-for-show", "We run it silently so the committee can feel like they did science.", True),
    ("sepsis-model", "core.done-for-show", "Two charge nurses join the design review because they will find what we missed.", False),
    ("sepsis-model", "core.done-for-show", "I'd sit with the CNO first, not so she feels heard, but because her nurses find what breaks.", False),
    ("sepsis-model", "core.done-for-show", "Each alert shows its top features so nurses can point to a specific vital that drove it.", False),
    # "viral" in its clinical senses is no growth goal
    ("appointment-reminders-equity", "core.consumer-growth-framing", "Missed HIV visits are linked to lapses in viral suppression.", False),
    ("medication-adherence", "core.consumer-growth-framing", "We track viral load for every patient in the cohort.", False),
    ("medication-adherence", "core.consumer-growth-framing", "The goal is a share button so the app can go viral among members.", True),
    ("telehealth-roadmap", "core.consumer-growth-framing", "Virality is our growth engine.", True),
    # concerns waited out or mandated past, in any scenario; not when the cause is fixed or the wait refused
    ("sepsis-model", "core.concerns-as-resistance", "Once they see it catching cases, nurses will adapt to the alert volume.", True),
    ("ehr-documentation-change", "core.concerns-as-resistance", "Mandatory training on the new template for every physician before go-live.", True),
    ("lab-order-sync", "core.concerns-as-resistance", "The complaints usually die down after a month.", True),
    ("sepsis-model", "core.concerns-as-resistance", "I won't assume the complaints will fade; I'd sit with the night shift and fix what they hit.", False),
    ("sepsis-model", "core.concerns-as-resistance", "Training is optional; the alert has to make sense without it.", False),
    ("imaging-ai-risk-tiering", "core.engagement-as-outcome", "Success metric: draft acceptance above 70% by month two.", True),
    # a telehealth roadmap that names the licensure it needs has said a word on regulation
    ("telehealth-roadmap", "telehealth-roadmap.ignores-fda", "Q3: one new state, behavioral health only, after licensure and payer credentialing.", False),
    ("telehealth-roadmap", "telehealth-roadmap.ignores-fda", "Q3: launch remote monitoring devices and open two new states.", True),
    # use counted beside the clinical result is not use instead of it
    ("ehr-diagnostic-ai", "core.engagement-as-outcome", "Board metrics: live sites, weekly active physicians per site, top-5 accuracy from the study.", False),
    ("medication-adherence", "core.engagement-as-outcome", "Success is weekly active users, up 20% by Q3.", True),
    ("ehr-diagnostic-ai", "core.engagement-as-outcome",
     "The primary metric is how often the right diagnosis is on the list, checked against the discharge diagnosis.", False),
    # ... in any scenario, either order, and not the conclusion denied
    ("sepsis-model", "core.blind-means-fair", "Age, sex and race aren't features, so the model can't be biased.", True),
    ("imaging-ai-risk-tiering", "core.blind-means-fair", "Because race and sex aren't inputs, the tiering is neutral.", True),
    ("sepsis-model", "core.blind-means-fair",
     "Race and sex aren't inputs, but that doesn't make the model fair; I'd check recall by group.", False),
    ("clinical-trial-pipeline", "core.blind-means-fair",
     "Bias: we need to make sure the model isn't biased; I'd test recall by race and sex.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.sponsor-sees-candidates",
     "Likely matches go to the sponsor's central recruitment call center, who calls the patient and books a visit.", True),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.sponsor-sees-candidates",
     "Eligible patients are pushed to a central recruitment team we run for the sponsor.", True),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.sponsor-sees-candidates",
     "Eligible patients are sent to the site's own coordinator, who checks with the treating cardiologist.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.sponsor-sees-candidates",
     "The site coordinator calls the patient after the treating cardiologist has agreed.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.sponsor-sees-candidates",
     "The sponsor's call centre never calls patients; the site's own team makes first contact.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.software-decides-eligibility",
     "The investigator records the eligibility determination in the screening log.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.software-decides-eligibility",
     "The system writes the eligibility determination into the screening log automatically.", True),
    ("quality-reporting-data-change", "quality-reporting-data-change.aggregate-tolerance-only",
     "Rates matched within 0.5 percentage points and every patient-level difference was explained.", False),
    ("quality-reporting-data-change", "quality-reporting-data-change.aggregate-tolerance-only",
     "Validation passes when each measure rate lands within one percentage point of the old pipeline.", True),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.pools-eu-data-in-us",
     "- Build one central platform where all 40 sites send extracts nightly.\n- Host it on the sponsor's US cloud.", True),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.pools-eu-data-in-us",
     "- Build one central platform for the US sites.\n\n- EU sites: their own EU tenant; only counts reach the US cloud.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.pseudonymised-outside-gdpr",
     "For the EU sites we pseudonymise before upload (a code for the name) and sign the standard clauses, so GDPR is covered.",
     True),
    # A/B testing on clinical decisions is consumer growth framing
    ("sepsis-model", "core.consumer-growth-framing",
     "First 90 days: set up rapid A/B testing on your live clinical alert thresholds.", True),
    ("sepsis-model", "core.consumer-growth-framing",
     "A/B test different ranking models on live patients and optimize for click-through.", True),
    ("sepsis-model", "core.consumer-growth-framing", "We A/B test the onboarding copy for the billing page.", False),
    # validation written alongside the build is the right order; alongside go-live it is compliance later
    ("clinical-trial-pipeline", "clinical-trial-pipeline.compliance-later",
     "Months 1-2: approvals, DPIAs, validation plan and build in parallel.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.compliance-later",
     "The validation package gets written alongside the build.", False),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.compliance-later",
     "Part 11 validation happens in parallel with go-live.", True),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.compliance-later",
     "Write up the validation package in parallel while we're live.", True),
    ("clinical-trial-pipeline", "clinical-trial-pipeline.compliance-later",
     "We run it at all 40 sites and complete the DPIA and validation package in parallel, in time for the audit.", True),
])
def test_a_red_flag_reads_its_idea_in_new_words(lib, scenario, criterion, text, met):
    assert run_check(_criterion(lib, scenario, criterion).check, text, red_flag=True).met is met, text


@pytest.mark.parametrize("scenario,criterion,text", [
    ("sepsis-model", "sepsis-model.subgroup-performance",
     "Check it works as well for older and younger patients, men and women, different races."),
    ("sepsis-model", "sepsis-model.clinical-metrics",
     "Of the alerts, how many are real? I'd want at least one in five to turn out to be sepsis."),
    ("sepsis-model", "sepsis-model.escalation-and-override",
     "Agree what nurses do when it fires: go and see the patient, then call the doctor, who gets the same alert."),
    ("imaging-ai-risk-tiering", "imaging-ai-risk-tiering.human-thresholds",
     "It can only move a scan higher in the radiologist's list, and the radiologist measures and decides."),
    ("telehealth-roadmap", "telehealth-roadmap.latency-as-clinical-risk",
     "If a therapist can't see a patient's face properly, that's the visit failing. Calls freeze for seconds."),
    ("telehealth-roadmap", "telehealth-roadmap.ehr-integration",
     "Start the call from the patient's chart, so the note gets done sooner."),
    ("ehr-documentation-change", "ehr-documentation-change.clinician-time", "EOD batch signing: +2 clicks, 5+ min/night."),
    ("ehr-documentation-change", "ehr-documentation-change.named-partners", "Covering physicians and RNs can't see the plan."),
    ("speed-vs-safety", "speed-vs-safety.risk-based-priorities",
     "How bad is it? A med the patient isn't on is serious: it lands on the take-home list."),
    ("telehealth-roadmap", "telehealth-roadmap.sequenced-roadmap", "M0-3: video fix, exit criteria freezes under 5%. M4-8: new states."),
    ("telehealth-roadmap", "telehealth-roadmap.digital-access", "SMS join link, a caregiver link and a test call for 65+."),
    ("ehr-documentation-change", "ehr-documentation-change.pilot-and-rollback", "4 vs 4 matched clinics, 4 wks. Any 72h breach = pause."),
    ("ehr-documentation-change", "ehr-documentation-change.named-partners", "CMIO owns go/no-go; rev cycle agrees the guardrail."),
    ("lab-order-sync", "core.structured-answer", "1. Contain.\n2. Measure from logs.\n3. Latency: sign → sent → ACK."),
    ("ehr-documentation-change", "core.structured-answer", "Risks:\n- batching → past 24h\n\nDecide:\n- pilot in 4 clinics"),
])
def test_plain_words_meet_the_criterion(lib, scenario, criterion, text):
    crit = _criterion(lib, scenario, criterion)
    assert run_check(crit.check, text).met, text


@pytest.mark.parametrize("scenario,criterion,red_flag,meets,misses", [
    # a rate is conversion framing; a rubber-stamp habit is not
    ("ehr-documentation-change", "ehr-documentation-change.conversion-framing", True,
     "We judge it by click-through rate on the sign button.", "Click-through habit -> 'reviewed' attestation without review."),
    # seeing a face is the clinical risk; face-to-face is not
    # the pilot's patients are not every patient; a reference list of the same doctors is no check
    ("ehr-diagnostic-ai", "ehr-diagnostic-ai.subgroup-performance", False,
     "One internal medicine service isn't every patient, so I'd break accuracy out by age, sex and race before we sell it.",
     "The three physicians who love it become our reference calls for the next ten systems."),
    ("telehealth-roadmap", "telehealth-roadmap.latency-as-clinical-risk", False,
     "The video freezes, and the therapist needs to see the patient's face to spot distress.",
     "The video freezes sometimes, so we see patients face-to-face when we can."),
    # visits dropping to phone only is a measure, not retiring audio-only
    ("telehealth-roadmap", "telehealth-roadmap.audio-only-retired", True,
     "In Q3 we drop phone-only visits to save support time.", "To check it's working: how many visits drop to phone only."),
    # audio-only ended in plain words
    ("telehealth-roadmap", "telehealth-roadmap.audio-only-retired", True,
     "From Q1 we stop offering audio-only visits.", "We would never stop offering audio-only visits."),
    # home monitoring devices put off are a product, not a safeguard waved away
    ("telehealth-roadmap", "core.brushes-off-safety", True,
     "Safety monitoring can wait until next year.", "Pushed to next year: home monitoring devices."),
    # following an order end to end and a resent copy read as the same order are the interface cause
    ("lab-order-sync", "lab-order-sync.interface-root-cause", False,
     "Follow one order end to end with both interface teams; a re-sent copy should count as the same order, not a new one.",
     "We'd wait until the lab manager confirms the new workflow."),
    # the system placing orders is a removed human check; asking whether a doctor or the system sent
    # an order twice is not
    ("lab-order-sync", "core.removes-human-check", True,
     "To save time, the system places the repeat order for the doctor.",
     "Did a doctor place the order twice, or did our system send the same order twice?"),
    # a launch everywhere at once is a big bang; load arriving at once is not
    ("lab-order-sync", "core.big-bang-launch", True,
     "We turn it on for all four hospitals at once.", "The backlog builds when the morning labs all drop at once."),
    # plain words for measuring: how often the warning is overridden, pairs per week
    ("lab-order-sync", "lab-order-sync.measure-and-monitor", False,
     "Matching-order pairs per week, and how often the warning gets overridden.", "We would look at the results."),
    # a group dropped from the product is the red flag; accuracy that drops is a monitoring trigger
    ("ehr-diagnostic-ai", "core.drops-underserved-group", True,
     "We drop off patients over 80 from the suggestions because the model does much worse for them.",
     "If accuracy drops noticeably from what we measured, or if any group of patients does much worse than the rest, we pause."),
    # plain words for the interface cause and the pending-order check, in shorthand too
    ("lab-order-sync", "lab-order-sync.interface-root-cause", False,
     "The connection itself sends the same order twice when it doesn't hear back in time.", "The lab is slow to confirm."),
    ("lab-order-sync", "lab-order-sync.alert-logic", False,
     "Dup check includes pending orders; soft warning with a reason.", "We retrain the ordering doctors."),
    # moving fast is the candidate's call; clinicians who move fast are where the problem shows
    ("lab-order-sync", "core.deadline-over-safety", True,
     "We move fast and patch it later.", "My guess is ED and ICU, where people move fast."),
    # plain words for false alarms answer the AUC-only flag; a bare AUC does not
    ("sepsis-model", "core.auc-only", True,
     "The AUC is 0.86, which is strong.", "A good AUC can still mean a useless tool if the alert fires too often or too late."),
    # a data change tied to its measures' denominators is no change made blind to reporting
    ("quality-reporting-data-change", "quality-reporting-data-change.misses-reporting-impact", True,
     "We clean up the encounter table this sprint.", "Encounter type drives denominators, so no merge this sprint."),
    # use made mandatory goes around the objection; a required registration field does not
    ("clinician-pushback", "core.overrides-clinical-leaders", True,
     "I'd make the training mandatory for every triage nurse.", "Also make the language question mandatory at check-in."),
    # testing as a step waved off, not the lab tests a warning leaves alone
    ("lab-order-sync", "core.brushes-off-safety", True,
     "We'd skip testing to make the date.", "The warning skips tests meant to repeat on a schedule."),
    # a request the candidate makes of a team keeps the step theirs; a safety step handed to the lab is not
    ("lab-order-sync", "core.brushes-off-safety", True,
     "Duplicate-order safety checks are on their side, not ours.",
     "On day one I'd open a safety issue with our quality team and ask the labs for two interim measures on their side."),
    # the visit named in the message, in plain words; the visit type in a results breakdown is no message
    ("appointment-reminders-equity", "appointment-reminders-equity.names-the-visit", True,
     "Patients come when the message tells them clearly what the visit is and who it is with.",
     "No-show rates stratified by language (including unknown), clinic, visit type and channel."),
    # plain words for a narrower release and a written decision
    ("speed-vs-safety", "speed-vs-safety.scope-not-safety", False,
     "On the date we offer the summary drafts without the medicine list. For one team of doctors only.", "We ship everything on the date."),
    ("speed-vs-safety", "speed-vs-safety.documented-decision", False,
     "I'd write down what we decided, who decided it and why.", "I'd tell the team what we decided."),
    # coded data called out of scope because someone else holds the key; the key kept at the site, the data still personal
    ("clinical-trial-pipeline", "clinical-trial-pipeline.pseudonymised-outside-gdpr", True,
     "Since we never hold the key, we never hold identifiable EU data, so no transfer safeguard is needed.",
     "The key stays at the site, and key-coded records are still personal data under GDPR, so they stay in the EU."),
    # a clinician's repeat order thrown away unseen; a resent copy of one message dropped is deduplication
    ("lab-order-sync", "lab-order-sync.unoverridable-block", True,
     "The second message is held and discarded before it reaches the LIS; the physician's screen still shows the order as placed.",
     "The interface engine drops the duplicate HL7 retransmission before it reaches the LIS, keyed on the placer order number."),
])
def test_a_term_meets_in_one_sense_and_not_in_the_other(lib, scenario, criterion, red_flag, meets, misses):
    crit = _criterion(lib, scenario, criterion)
    assert run_check(crit.check, meets, red_flag=red_flag).met, meets
    assert not run_check(crit.check, misses, red_flag=red_flag).met, misses


@pytest.mark.parametrize("text,met", [
    ("It all goes live by December with a 10% holdout, judged on adherence per drug class.", True),
    ("We keep a hold-out group of clinics on usual reminders for the first quarter.", True),
    ("It all goes live by December, judged on adherence per drug class.", False),
])
def test_a_holdout_is_clinical_validation_in_plain_words(text, met):
    from mockpm.checks import run_check

    crit = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.clinical-validation")
    assert run_check(crit.check, text).met is met, text


@pytest.mark.parametrize("text,met", [
    ("The model runs silently beside the radiologists and finalizes and signs the follow-up section on routine studies.", True),
    ("The AI signs off on routine normals.", True),
    ("The model drafts the section and the radiologist signs the report.", False),
    ("The system drafts, and a physician reviews and signs every note.", False),
    ("The tool then finalizes the report once the radiologist confirms it.", False),
    # the system named as a modifier or an object is not the one signing
    ("The hospital's AI governance committee signs off on go-live criteria.", False),
    ("Sepsis committee reviews the model and signs off.", False),
])
def test_the_system_that_signs_or_finalizes_with_no_person_between_takes_the_human_out(text, met):
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.removes-human-check")
    assert run_check(flag.check, text, red_flag=True).met is met, text


@pytest.mark.parametrize("text,met", [
    ("We go live on the six-week date, and the reviewer signs off during the first two weeks of live use.", True),
    ("The reviewer signs off before go-live, and we track edits during the first two weeks of live use.", False),
])
def test_a_sign_off_moved_into_live_use_is_shipping_anyway(text, met):
    from mockpm.checks import run_check

    crit = next(c for r in load_library().rubrics.values() for c in r.criteria if c.id == "speed-vs-safety.ship-anyway")
    assert run_check(crit.check, text, red_flag=True).met is met, text


def test_a_provider_that_signs_a_contract_takes_no_human_out():
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.removes-human-check")
    text = "No member conversations go to the model provider until it signs a BAA."
    assert not run_check(flag.check, text, red_flag=True).met


_BAR = "core.bar-after-results"
_STAKE = "core.interested-party-checks"
_DATE = "core.deadline-over-safety"


@pytest.mark.parametrize("criterion,text,met", [
    # a bar agreed once the results are in
    (_BAR, "We agree the pilot success criteria with the hospital after the first four weeks of data.", True),
    (_BAR, "Once we see the first month of post-release data, we'll set the success threshold at a realistic level.", True),
    (_BAR, "Since the acceptable gap depends on base rates, we agree the tolerance once we've seen the distribution.", True),
    (_BAR, "Rather than picking an acceptable error rate in the abstract, we'll set it from the distribution we observe in the pilot.", True),
    (_BAR, "When the silent-run numbers come back, we'll agree what this hospital can live with.", True),
    (_BAR, "We agree the stop rules in advance, and review them with nursing after the first month of data.", False),
    (_BAR, "Once we've seen the baseline numbers, we'll set the tolerance, and only then run the new pipeline.", False),
    (_BAR, "After two months of baseline data, we'll set the success targets, fixed before any change ships.", False),
    (_BAR, "We set the alert threshold after the silent run, then test it on the next month of patients.", False),
    (_BAR, "I'd never set the success criteria after seeing the results.", False),
    # a check handed to the people with a stake in it passing
    (_STAKE, "Our customer success manager reviews an under-triage and override dashboard every month.", True),
    (_STAKE, "Any concern from a site is routed to our commercial director, who decides what happens.", True),
    (_STAKE, "The council is chaired by the three emergency physicians who built the tool.", True),
    (_STAKE, "Our implementation lead drafts and approves a DPIA for each country.", True),
    (_STAKE, "Flags route to the account manager, who triages them.", True),
    (_STAKE, "Our VP of Customer Success will review every member complaint about a nudge.", True),
    (_STAKE, "The product squad that built the nudge triages each safety report.", True),
    (_STAKE, "A go/no-go meeting in week five, chaired by our VP of Sales, confirms readiness.", True),
    (_STAKE, "The data science team that trained the model chairs the go/no-go.", True),
    (_STAKE, "Two physicians who co-designed the ranking logic with us chair the evaluation.", True),
    (_STAKE, "The clinical safety officer reviews every reported event; the account manager tells the customer the outcome.", False),
    (_STAKE, "The account manager owns the customer communication about the safety review.", False),
    (_STAKE, "The engineers who built the model join the review to answer questions.", False),
    # who validated a vendor's model is context, not the plan
    (_STAKE, "The model was validated by the vendor that built it, on their own data, so I'd want our own silent run.", False),
    (_STAKE, "The data science team that built it validated it retrospectively, which is not enough.", False),
    (_STAKE, "I'd tell the sales lead that the reviewer's sign-off decides the date.", False),
    # a pilot that cannot stop the launch lets the date win
    (_DATE, "Because the date is fixed, the pilot flows straight into full rollout at week four.", True),
    # ... and so does a check run beside the launch it was meant to gate
    (_DATE, "Week 4: go live on every ward. Silent mode runs concurrently on the live data, so we keep collecting evidence.", True),
    (_DATE, "I'd enable the medication section on the original date and let her testing run alongside go-live.", True),
    (_DATE, "I wouldn't let her testing run alongside go-live; the sign-off comes first.", False),
    (_DATE, "The DPIA and ethics submissions start in week one, in parallel with the build.", False),
    (_DATE, "The pilot won't be interrupted once it starts; we won't pause it for interim findings.", True),
    (_DATE, "The pilot runs the full 90 days; stopping early on a few anecdotes would waste it.", True),
    (_DATE, "The pilot runs four weeks, and we expand only if the under-triage rate holds.", False),
    (_DATE, "The pilot runs to completion unless a stop rule trips.", False),
    (_DATE, "Nothing the silent run turns up will move the go-live.", True),
    (_DATE, "If the pilot meets the bar, it flows directly into the rollout.", False),
    (_DATE, "Regardless of what the pilot shows, we share the full results with the CMIO.", False),
    (_DATE, "Regardless of what the pilot shows, we go live on the first.", True),
    # the launch verb far from the pilot it ignores
    (_DATE, "Then we expand ward by ward on the schedule we've already promised the CMO, whatever the pilot shows.", True),
])
def test_a_check_rigged_to_pass_is_a_red_flag(criterion, text, met):
    from mockpm.checks import run_check

    flag = next(c for c in load_library().rubrics["core"].criteria if c.id == criterion)
    assert run_check(flag.check, text, red_flag=True).met is met, text


@pytest.mark.parametrize("text,met", [
    ("We'll launch on the contract date with a few known limitations.", True),
    ("Every customer gets a clear statement of the known limitations: it's untested in pediatrics and obstetrics.", False),
])
def test_limitations_shipped_against_the_date_are_a_red_flag_but_disclosed_ones_are_not(text, met):
    from mockpm.checks import run_check

    crit = next(c for c in load_library().rubrics["core"].criteria if c.id == "core.deadline-over-safety")
    assert run_check(crit.check, text, red_flag=True).met is met, text


@pytest.mark.parametrize("scenario,criterion,text,met", [
    ("telehealth-roadmap", "telehealth-roadmap.states-before-readiness",
     "In the meantime we see out-of-state patients on a self-pay or courtesy basis so we don't lose the demand.", True),
    ("telehealth-roadmap", "telehealth-roadmap.states-before-readiness",
     "No out-of-state patient is seen until the licences and payer enrolment are done.", False),
    ("telehealth-roadmap", "telehealth-roadmap.video-fix-deferred", "**Q4: Quality.**\n- Squad A rebuilds the media layer.", True),
    ("telehealth-roadmap", "telehealth-roadmap.video-fix-deferred", "**Q1: Quality.**\n- Squad A rebuilds the media layer.", False),
    ("imaging-ai-risk-tiering", "imaging-ai-risk-tiering.runs-ahead-of-clearance",
     "So the drafted recommendations can go into live reports from go-live.", True),
    ("imaging-ai-risk-tiering", "imaging-ai-risk-tiering.runs-ahead-of-clearance",
     "The drafted recommendations go into live reports only after clearance; until then they run in shadow.", False),
    ("lab-order-sync", "lab-order-sync.blames-users", "That's the price of telling people not to re-order.", False),
    ("lab-order-sync", "lab-order-sync.blames-users", "Physicians are told not to re-order for two minutes.", True),
    ("lab-order-sync", "lab-order-sync.blames-users", "A banner asks them not to re-order until the order appears.", True),
    ("lab-order-sync", "lab-order-sync.blames-users", "What we tell the wards this week:\n- Not to re-order.\n- To call the lab.", True),
    # the banner and the re-order in one clause, not a banner named and refused with its reason after a colon
    ("lab-order-sync", "lab-order-sync.blames-users", "We show a banner: please check the order list before you re-order.", True),
    ("lab-order-sync", "lab-order-sync.blames-users", 'No "please wait" banner: it fails when a different clinician re-orders.', False),
    # the timeout itself cut, not a cut to latency listed beside a timeout bug fixed
    ("lab-order-sync", "lab-order-sync.aggressive-resends", "Scale the outbound pool and cut the retry timeout from 30s to 10s.", True),
    ("lab-order-sync", "lab-order-sync.aggressive-resends", "Cut latency, fix any ACK-timeout resend, have the LIS reject a repeat placer number.", False),
    ("quality-reporting-data-change", "quality-reporting-data-change.merges-before-validation",
     "So:\n\n1. Merge this sprint, behind the normal code review.\n2. Spot-check 25 patients.", True),
    ("quality-reporting-data-change", "quality-reporting-data-change.merges-before-validation",
     "1. Merge only after the comparison is clean.\n2. Spot-check 25 patients.", False),
    ("mental-health-chatbot-regulation", "mental-health-chatbot-regulation.llm-improvises-crisis",
     "Self-harm handling relies on the provider's built-in safety layer, which already suggests hotlines.", True),
    ("mental-health-chatbot-regulation", "mental-health-chatbot-regulation.llm-improvises-crisis",
     "Self-harm messages get our clinicians' fixed script with 988, never the provider's built-in safety layer alone.", False),
    ("mental-health-chatbot-regulation", "mental-health-chatbot-regulation.qms-deferred",
     "Q3: hire a quality consultant to document what we've built and set up the QMS retroactively.", True),
    ("mental-health-chatbot-regulation", "mental-health-chatbot-regulation.qms-deferred",
     "Q1: set up the QMS with design controls before the first symptom-tracking spec.", False),
    ("mental-health-chatbot-regulation", "mental-health-chatbot-regulation.no-baa-workaround",
     "Conversations keep going to the current provider, and the BAA can be worked out in parallel.", True),
    ("mental-health-chatbot-regulation", "mental-health-chatbot-regulation.no-baa-workaround",
     "No conversation goes to the provider until the BAA is signed.", False),
])
def test_scenario_red_flags_read_new_wording(lib, scenario, criterion, text, met):
    from mockpm.checks import run_check

    assert run_check(_criterion(lib, scenario, criterion).check, text, red_flag=True).met is met, text


def test_the_lab_rubric_reads_a_retransmit_found_in_the_audit_logs_as_the_interface_cause(lib):
    from mockpm.checks import run_check

    check = _criterion(lib, "lab-order-sync", "lab-order-sync.interface-root-cause").check
    assert run_check(check, "Pull a month of audit logs: the same placer number means an interface retransmit.").met
    assert not run_check(check, "Pull a month of complaints and ask the nurses what they think.").met


@pytest.mark.parametrize("text,met", [
    ("Our pilot physicians love it, and that usage is our validation.", True),
    ("The champions at the pilot site are the evidence buyers need.", True),
    ("The pilot hospital, converted to paid and acting as validation partner, then two Epic systems.", False),
    ("The pilot site doubles as validation site for the retrospective study.", False),
])
def test_a_pilot_named_as_a_validation_partner_is_not_usage_called_evidence(lib, text, met):
    check = _criterion(lib, "ehr-diagnostic-ai", "ehr-diagnostic-ai.champions-called-evidence").check
    assert run_check(check, text, red_flag=True).met is met, text
