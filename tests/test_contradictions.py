"""Two commitments that cannot both be kept flag the answer; a staged plan that names its end state does not."""

from __future__ import annotations

import pytest

from mockpm.catalog import load_library
from mockpm.contradictions import contradictions
from mockpm.grading import grade
from mockpm.models import Answer

BOTH = (
    "I'd pilot this at the hospital with the most duplicates for two weeks and compare it against the other three. "
    "The physician always makes the final call on an order. Once it's live, the engine will automatically cancel "
    "any second order for the same test within 24 hours. We'll push that to all four hospitals in the same release "
    "so nobody runs a different version."
)
STAGED = (
    "I'd pilot this at the hospital with the most duplicates for two weeks and compare it against the other three, "
    "then expand one hospital a month if duplicates fall. The physician always makes the final call: a soft stop "
    "shows the pending order, and they can override with a reason. We would never push it to all four hospitals "
    "at once."
)


def test_a_pilot_and_everywhere_at_once_and_a_clinician_who_decides_and_a_system_that_acts():
    assert contradictions(BOTH) == ["launch scope", "who decides"]


def test_a_staged_plan_that_rules_out_the_big_bang_contradicts_nothing():
    assert contradictions(STAGED) == []


def test_a_self_contradicting_answer_is_flagged_offline():
    lib = load_library()
    s = lib.scenario("lab-order-sync")
    r = grade(Answer(text=BOTH * 2), s, lib.rubrics_for(s), library=lib)
    assert r.flagged and "contradicts_itself" in {f.code for f in r.flags}


def test_data_that_never_leaves_and_data_trained_centrally_elsewhere_contradict():
    from mockpm.contradictions import contradictions

    both = ("EU patient data never leaves the EU. The pipeline runs in an EU region.\n\n"
            "To get a strong model, we'd train centrally on the full note corpus from all 40 sites in our US ML environment.")
    assert contradictions(both) == ["where the data lives"]
    for one_side in ("EU data never leaves the EU. We train a federated model at each site.",
                     "EU data never leaves the EU. Pooling everything in a single US region is what the sponsor wants; I'd say no.",
                     "EU records stay in an EU region. If the sponsor asks to pool everything in one US region, I'd push back."):
        assert contradictions(one_side) == []


def test_us_sites_in_a_us_tenant_beside_eu_sites_in_an_eu_one_keep_the_data_where_it_lives():
    from mockpm.contradictions import contradictions

    regional = "EU data stays in the EU. US sites run in a US tenant, EU sites in an EU tenant (Frankfurt)."
    assert contradictions(regional) == []
    # ... unless the EU sites' notes go to the US place too
    assert contradictions(regional.replace("EU sites in an EU tenant (Frankfurt)",
                                           "and EU sites' notes go to the US tenant for the first month")) == ["where the data lives"]


def test_the_orderer_decides_and_an_interface_that_cancels_automatically_contradict():
    text = ("We never cancel an order on a clinician's behalf: the person who ordered decides. "
            "On the interface side, if a second order for the same test arrives within 10 minutes, the engine drops it "
            "and sends a cancel back to our module automatically.")
    assert contradictions(text) == ["who decides"]
    kept = ("The person who ordered decides. We show a pending status automatically, and a soft stop asks before a "
            "second order is signed.")
    assert contradictions(kept) == []


def test_a_sole_authority_and_the_act_handed_to_someone_acting_alone_contradict():
    text = ("The radiology section chief owns the go/no-go and is the only person who can switch any output off. "
            "After an outage, our ML lead decides on their own whether to turn the PE flag back on.")
    assert contradictions(text) == ["who holds the switch"]
    # A kill switch anyone on call may pull is a safeguard, not the authority given away.
    kill = ("The section chief is the only person who can approve taking an output live. The on-call ML engineer "
            "can disable any output on their own if monitoring shows a problem.")
    assert contradictions(kill) == []
    merge = ("Priya is the sign-off: nothing touching measure inputs merges without her approval. Going forward the "
             "tech lead owns the merge decision on anything in the data layer.")
    assert contradictions(merge) == ["who holds the switch"]
    kept = ("The section chief is the only person who can switch any output off. Overnight, the on-call radiologist "
            "pages her, and she decides whether to disable the PE flag.")
    assert contradictions(kept) == []


def test_one_named_pod_first_and_every_nurse_live_on_the_original_day_contradict():
    text = ("One triage pod goes first, on the day shift only, for four weeks before anyone else sees it. "
            "Super-users on every shift.\n\n"
            "Because the contract is signed, on the original go-live day the tool goes live for all triage nurses, "
            "with the pilot carrying on alongside.")
    assert "launch scope" in contradictions(text)
    staged = ("One triage pod goes first, on the day shift only, for four weeks before anyone else sees it. "
              "We would not go live for all triage nurses on the original go-live day.")
    assert contradictions(staged) == []


def test_data_kept_in_region_and_every_sites_data_hosted_in_a_us_cluster_contradict():
    text = ("EU records never leave the EU; the German sites are processed in Frankfurt.\n\n"
            "The ranking model retrains weekly on pooled features from all 30 sites, hosted in our Oregon GPU cluster.")
    assert "where the data lives" in contradictions(text)
    per_region = ("EU records never leave the EU; the German sites are processed in Frankfurt.\n\n"
                  "US sites' data is hosted in our Oregon region, and each region trains its own model.")
    assert contradictions(per_region) == []


def test_people_who_opt_in_and_everyone_enrolled_automatically_contradict():
    text = ("Members opt in when they first open the app, and can switch to calls.\n\n"
            "To reach the people at risk, every member on the plan is enrolled automatically in week one.")
    assert contradictions(text) == ["consent to take part"]
    chosen = ("Members opt in when they first open the app, and can switch to calls.\n\n"
              "We never enrol anyone automatically; the care team invites members who have not opted in.")
    assert contradictions(chosen) == []


def test_an_alert_nurses_can_clear_and_one_that_cannot_be_dismissed_contradict():
    text = ("The alert is advisory: the nurse can dismiss it with a reason, and we audit reasons weekly.\n\n"
            "For the highest-risk band the alert cannot be dismissed until a physician reviews the patient.")
    assert contradictions(text) == ["can the alert be cleared"]
    # A deliberate tier said as one rule ("clearable, except ...") in one sentence contradicts nothing,
    # and a hard stop refused is no second side.
    one_rule = ("The alert is advisory and the nurse can dismiss it with a reason; we never add a modal that "
                "cannot be dismissed.")
    assert contradictions(one_rule) == []


def test_shadowing_claimed_and_then_denied_contradict():
    text = ("I spent three night shifts shadowing the rapid response nurses last spring.\n\n"
            "The gap I'm most aware of is workflow: I haven't been able to get into a hospital yet, so I learn from videos.")
    assert contradictions(text) == ["time with clinicians"]
    honest = ("I haven't worked in a hospital, so I spent three night shifts shadowing the rapid response nurses. "
              "Next I'd like to sit in on a sepsis huddle.")
    assert contradictions(honest) == []


def test_a_gate_stated_as_a_rule_and_then_run_after_the_release_contradict():
    text = ("No medication list reaches a signed discharge summary until the pharmacist has reconciled it "
            "against the chart.\n\n"
            "We go live on the contract date, and the pharmacist reconciles the medication lists against the "
            "chart in parallel for the first month.")
    assert contradictions(text) == ["a gate stated and then run after the release"]
    kept = ("No medication list reaches a signed discharge summary until the pharmacist has reconciled it "
            "against the chart.\n\n"
            "We go live on the contract date with the summary text only; medication lists follow once the "
            "pharmacist signs off on a month of reconciled lists.")
    assert contradictions(kept) == []


def test_other_words_for_enrolling_everyone_and_for_an_alert_that_must_be_answered():
    assert contradictions("Members opt in when they first open the app.\n\n"
                          "To hit the numbers we sign everyone up by default in week one.") == ["consent to take part"]
    assert contradictions("The nurse can dismiss the alert with a reason.\n\n"
                          "In the ICU the nurse must acknowledge the alert before they can continue charting."
                          ) == ["can the alert be cleared"]


def test_aggregate_only_for_the_employer_and_a_name_sent_to_them_contradict():
    text = ("Employers only ever receive aggregate, de-identified usage numbers.\n\n"
            "For high-risk conversations we alert the employer's EAP contact with the user's name so they can reach out.")
    assert contradictions(text) == ["who sees individuals"]
    kept = ("Employers only ever receive aggregate, de-identified usage numbers.\n\n"
            "For high-risk conversations our own clinician calls the user; the employer never learns who it was.")
    assert contradictions(kept) == []


def test_a_check_with_no_bypass_and_a_bulk_sign_past_it_contradict():
    text = ("Every drafted note goes through the review screen before signature, with no bypass path.\n\n"
            "To protect batch signers, physicians can bulk-sign the day's notes from the in-basket in one step.")
    assert contradictions(text) == ["can the check be bypassed"]


def test_data_synced_to_a_us_region_after_keeping_eu_data_in_the_eu_contradicts():
    text = ("EU patient data stays within the EU for the life of the project.\n\n"
            "Coordinator decisions and note text are synced nightly to our training cluster in us-east-1.")
    assert contradictions(text) == ["where the data lives"]
    safeguarded = ("EU patient data stays within the EU for the life of the project.\n\n"
                   "We'd need transfer safeguards if anything identifiable ever had to cross to the US.")
    assert contradictions(safeguarded) == []


@pytest.mark.parametrize("moved", [
    "To keep one model, each site sends its pseudonymised notes and labels to our training environment in US-East.",
    "Each night the pipeline moves the flagged charts to the scoring service in us-west-2.",
])
def test_data_a_site_sends_to_a_us_region_after_keeping_eu_data_in_the_eu_contradicts(moved):
    assert contradictions("Principle one: EU patient data never leaves the EU.\n\n" + moved) == ["where the data lives"]
    # ... but naming the move as what needs a legal basis commits to nothing
    asked = "Moving personal EU data to the US needs a legal basis and safeguards, so we don't."
    assert contradictions("Principle one: EU patient data never leaves the EU.\n\n" + asked) == []


def test_a_silent_period_then_a_launch_everywhere_at_once_is_one_plan_not_two():
    # no one sees a silent run, so it stages nothing: the launch everywhere is a red flag of its own
    # (core.launch-everywhere-unphased), not a plan at odds with itself
    text = ("Three months of a silent period on current patients first, with chart review.\n\n"
            "Then we go live on all wards on the same day.")
    assert contradictions(text) == []
    assert contradictions(text.replace("Three months of a silent period", "Three months on one pilot ward")) == ["launch scope"]


def test_a_launch_everywhere_named_only_as_a_condition_to_refuse_is_no_commitment():
    staged = "Go live on the date but small: one unit, drafts only, with the reviewer's sign-off kept."
    refused = "If they want full generation everywhere on day one, the answer's no."
    assert contradictions(f"{staged} {refused}") == []
    assert contradictions(f"{staged} We turn on full generation everywhere on day one.") == ["launch scope"]


def test_data_kept_in_the_hospital_and_identified_charts_sent_to_a_vendor_contradict():
    text = ("Patient data never leaves the hospital's systems; the model runs inside their tenant. "
            "Each night we send the identified charts to our central warehouse for retraining.")
    assert "data kept in house" in contradictions(text)
    aggregate = ("Patient data never leaves the hospital's systems; the model runs inside their tenant. "
                 "Each week we send aggregate counts to the sponsor, nothing patient-level.")
    assert contradictions(aggregate) == []
    for other in ("We stop sending any conversation text to the model provider.",
                  "We copy identified notes into their own enterprise data warehouse."):
        assert "data kept in house" not in contradictions("Conversations stay inside our tenant. " + other)


REVIEWED = "Every AI-drafted note gets looked at by the signing physician before it files. "
AUDIO_STAYS = "Audio-only stays as a permanent option for older and rural patients. "


@pytest.mark.parametrize(("text", "found"), [
    # a review promised in the passive, and a note signed automatically
    (REVIEWED + "Any note still unsigned at hour 20 is signed automatically under the physician's name.", ["who decides"]),
    (REVIEWED + "Any note still unsigned at hour 20 pages the physician and their covering colleague.", []),
    ("Every model change is reviewed by a clinician before it reaches a patient. "
     "Nightly retrains auto-promote to production when they beat the champion.", ["who decides"]),
    # a channel promised to stay, and the same channel retired
    (AUDIO_STAYS + "In Q3, once video is fixed, we retire the phone path.", ["kept then retired"]),
    (AUDIO_STAYS + "In Q3 we retire the old video vendor once the new one is stable.", []),
    (AUDIO_STAYS + "In Q3 we retire the paper intake forms.", []),
    (AUDIO_STAYS + "We turn off the phone vendor's English fallback.", []),
])
def test_a_promise_and_a_later_call_that_breaks_it_contradict_only_when_the_same_thing_is_broken(text, found):
    assert contradictions(text) == found


@pytest.mark.parametrize(("after", "broken"), [
    ("We go live on the contract date without her sign-off.", True),
    ("I'd make the ship call from the pilot readout and share the result with the CNO afterward.", True),
    ("Data science locks the threshold and tells nursing afterwards.", True),
    ("She gets the pilot numbers every Friday.", False),
    ("We brief the travel nurses afterwards on the new screen.", False),
    ("We will not go live without her sign-off.", False),
])
def test_the_last_word_given_to_a_leader_is_taken_back_only_from_the_leader(after, broken):
    sole = "The CNO holds go/no-go on every phase, and the threshold is nursing's call. "
    assert ("who holds the switch" in contradictions(sole + after)) is broken


KEPT_IN_HOUSE = "Identifiable patient information stays inside the hospital that holds it. "


@pytest.mark.parametrize(("after", "broken"), [
    # identifiers, a sending verb and an outside party in one sentence, in any order
    ("Every Friday the platform compiles an export (patient name, date of birth, MRN) and emails it to the sponsor's lead.", True),
    ("Each week we share the list of MRNs with the vendor's support team.", True),
    ("We never send patient names or MRNs to the sponsor.", False),
    ("We send the sponsor aggregate counts, no patient names.", False),
    ("If the sponsor wants names, the site asks the patient first and sends them only after consent.", False),
])
def test_identifiers_sent_to_an_outside_party_break_the_data_kept_in_house(after, broken):
    assert ("data kept in house" in contradictions(KEPT_IN_HOUSE + after)) is broken


@pytest.mark.parametrize(("text", "found"), [
    ("No PHI leaves their environment. Each site's charts are sent every night to our central data warehouse.",
     ["data kept in house"]),
    ("No PHI leaves their environment. Each night we send de-identified counts to our central warehouse.", []),
    ("Only the site's own care team see identifiable records. Each Friday the sponsor's CRAs get an export with "
     "patients' names and MRNs.", ["who sees individuals"]),
    ("Only the site's own care team see identifiable records. The sponsor gets counts; patient names never leave the site.", []),
])
def test_a_promise_said_as_no_data_leaving_or_as_who_alone_sees_identities_is_read(text, found):
    assert contradictions(text) == found


def test_a_release_whether_or_not_the_gate_has_finished_runs_the_gate_after_it():
    rule = "Nothing merges until the reconciliation of all three years has finished. "
    assert contradictions(rule + "We merge this sprint whether or not the reconciliation has finished.") == [
        "a gate stated and then run after the release"]
    assert contradictions(rule + "We merge once the reconciliation has finished, and we watch the measures weekly after.") == []


@pytest.mark.parametrize(("text", "found"), [
    # a plan given up is no side of a contradiction
    ("We start on one pod for two weeks. What I gave up: going live on all shifts at once.", []),
    ("We start on one pod for two weeks. We go live on all shifts at once.", ["launch scope"]),
    # texts only with a yes, then everyone on file; people translating, then the machine
    ("We'll only text people who have said yes to texts. In the first month, everyone with a mobile number on file will "
     "start getting texts.", ["consent to take part"]),
    ("No computer translation: a human translates every message. For Creole we'll use the portal's automatic translation at first.",
     ["who translates"]),
    ("No computer translation: a human translates every message. We would never use automatic translation for Creole.", []),
    # a first area named as the start, then every shift on the contract's day
    ("Nothing goes to the whole department until one triage area has run it for three weeks. The contract date is fixed, "
     "so on that day all three shifts across the department start using the tool.", ["launch scope"]),
    # identifiers: the adjective, not the verb, and one clause
    (KEPT_IN_HOUSE + "We identified 312 candidates and shared the funnel counts with the sponsor.", []),
    (KEPT_IN_HOUSE + "The site shares the MRN-level worklist with its own PI; the sponsor sees counts.", []),
    (KEPT_IN_HOUSE + "Names, birthdates and record numbers are uploaded weekly to the sponsor's portal.", ["data kept in house"]),
])
def test_what_a_side_of_a_contradiction_must_be(text, found):
    assert contradictions(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("A clinician always makes the final call on coverage. Low-scoring prior-auth requests are auto-denied overnight.",
     ["who decides"]),
    ("A clinician always makes the final call on coverage. The study is automatically placed on the standard "
     "worklist when the model is down.", []),
    ("No order is ever cancelled without a clinician confirming it. The engine silently drops the second order.",
     ["who decides"]),
    ("No patient-level EU data of any kind leaves the EU. Every week the EU instance exports the rejected notes, "
     "full text and extracted values, to our ML team in Boston for relabelling.", ["where the data lives"]),
])
def test_other_words_for_acting_alone_and_for_data_leaving(text, found):
    assert contradictions(text) == found


def test_data_that_leaves_is_no_promise_that_it_stays():
    text = ("Patient data leaves the EU only as aggregate counts. Every week the EU instance exports the "
            "rejected notes to our ML team in Boston.")
    assert contradictions(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a condition after its main clause, and a second condition joined by "or", commit to nothing
    ("We start on one hospital unit. I'd say no outright if someone wanted the drafts before she signed, "
     "or wanted it on every unit on day one.", []),
    ("We start on one hospital unit. We go live on every unit on day one if the pilot holds.", ["launch scope"]),
    # a step held back until a condition is not taken
    ("A pharmacist approves every rule. We went live with a human approve button and held "
     "auto-approval until she signed.", []),
    ("A pharmacist approves every rule. We went live with auto-approval on day one.", ["who decides"]),
])
def test_a_condition_or_a_step_held_until_a_gate_is_no_commitment(text, found):
    assert contradictions(text) == found


def test_no_added_documentation_and_a_required_entry_later_contradict():
    promise = "I'd commit in writing that the tool adds zero required documentation fields for triage nurses.\n\n"
    required = "When nurses pick a different acuity, they enter a short reason in a required free-text box."
    optional = "When nurses pick a different acuity, they can tap an optional one-click reason."
    assert contradictions(promise + required) == ["documentation added"]
    assert contradictions(promise + optional) == []
    # a required reason with no promise against it is a design choice, not a contradiction
    assert contradictions(required) == []


def test_a_check_that_never_blocks_and_a_hard_stop_later_contradict_but_a_scoped_hard_stop_does_not():
    never = "A design principle I'd hold firm on: this is a warning, never a block.\n\n"
    block = "The rule: identical test code within 24 hours gives a hard stop at signing."
    scoped = ("One hard stop, narrowly: the summary can't be signed until the physician confirms any medication not on "
              "the MAR. Other quality flags stay advisory.")
    assert contradictions(never + block) == ["does the check ever block"]
    assert contradictions(scoped) == []


def test_no_new_pop_ups_and_a_pop_up_on_every_order_contradict():
    none = "I won't add to the pile of alerts doctors click through, so there will be no new pop-up warnings in this fix.\n\n"
    every = "When the check catches one, a pop-up will appear on every lab order the doctor places, asking them to confirm it."
    inline = "A pending order shows inline in the order composer, greyed, with its time sent."
    assert contradictions(none + every) == ["does the check ever block"]
    assert contradictions(none + inline) == []


def test_notes_kept_in_the_eu_and_exported_to_a_named_us_team_contradict():
    both = ("Patient-level data from the German, French and Spanish sites stays in the EU.\n\n"
            "The EU instance exports a weekly sample of 300 flagged notes to the Boston team's annotation workspace.")
    assert contradictions(both) == ["where the data lives"]


def test_data_named_with_a_long_list_of_sites_is_still_kept_home_but_a_key_kept_home_is_not_the_data():
    home = "Patient-level data from the German, French and Spanish hospitals never leaves the EU.\n\n"
    moved = "We'd export note text and labels from all 40 sites into our central training cluster in the US."
    key = "For the EU sites we pseudonymise at source, so the data is pseudonymised and the key never leaves the hospital.\n\n"
    assert contradictions(home + moved) == ["where the data lives"]
    assert contradictions(key + moved) == []


@pytest.mark.parametrize("text", [
    # a mandatory box removed, a hard stop scoped to one case, aggregate counts sent abroad
    "I'd commit that the tool adds zero required documentation fields.\n\nWe remove the mandatory free-text box nurses hate.",
    "No hard stops for ordinary duplicates; they get a warning.\n\nOne hard stop at signing, narrowly, for a duplicate blood culture.",
    "It is a warning, never a block for routine repeats.\n\nA hard stop at signing for a second blood culture within ten minutes.",
    "Patient-level data stays in the EU.\n\nThose aggregate enrolment counts are sent weekly to the Boston team.",
])
def test_a_removal_a_scoped_block_and_aggregates_abroad_contradict_nothing(text):
    assert contradictions(text) == []


def test_a_required_justification_after_no_added_field_and_notes_shared_with_a_us_team_contradict():
    assert contradictions("The tool won't add a single required field.\n\nNurses have to type a justification for "
                          "every override.") == ["documentation added"]
    assert contradictions("Patient-level data stays in the EU.\n\nEvery week the EU instance shares 300 flagged notes "
                          "with the sponsor's Boston annotation team.") == ["where the data lives"]


def test_each_region_on_its_own_and_region_data_run_through_a_us_instance_contradict():
    # written with fresh wording: a per-region promise, then the EU extracts sent to a US cluster or instance
    promise = "We deploy per region, with the matching engine running next to the data.\n\n"
    assert contradictions(promise + "For the first wave we copy a few thousand French letters to our US GPU cluster.") == [
        "where the data lives"]
    assert contradictions("EU processing stays in the EU.\n\nWe pseudonymise the German extracts and run them through our "
                          "main US instance until approvals land.") == ["where the data lives"]


@pytest.mark.parametrize("text", [
    # US data kept in a US region is where it belongs
    "Each region's data stays in its region.\n\nThe 25 US sites' data is processed in a US region.",
    "EU data stays in the EU.\n\nUS patient records run on our US tenant.",
    "Each region's data stays in its region.\n\nEU sites' data is processed in an EU cloud region; "
    "the 25 US sites' data is processed in a US region.",
])
def test_us_data_in_a_us_region_contradicts_nothing(text):
    assert contradictions(text) == []


def test_a_us_data_lake_is_still_a_place_eu_data_must_not_go():
    text = ("EU data stays in the EU.\n\nWe train one model on the notes from all 40 sites, centralised in our US data lake.")
    assert contradictions(text) == ["where the data lives"]


def test_eu_and_us_data_copied_together_to_a_us_cluster_still_contradicts():
    text = "EU data stays in the EU.\n\nFor speed we copy the EU and US data into our main US GPU cluster."
    assert contradictions(text) == ["where the data lives"]


def test_patient_text_put_through_a_public_chatbot_breaks_keeping_data_in_house():
    kept = "Real PHI should never leave a covered entity's controlled environment unless there's a BAA."
    sent = "A nurse exported 2,000 discharge summaries for me and I ran them through ChatGPT on my laptop."
    assert contradictions(f"{kept}\n\n{sent}") == ["data kept in house"]
    # synthetic text, a refusal, or someone else's habit described as the risk break nothing
    assert contradictions(f"{kept}\n\nI ran synthetic notes through ChatGPT to test prompts.") == []
    assert contradictions(f"{kept}\n\nI would never paste patient notes into ChatGPT.") == []


@pytest.mark.parametrize("sent", [
    "We pasted real patient conversations into Microsoft Copilot to test tone.",
    "I forwarded the transcripts to my personal Gmail to read at home.",
    "We put a sample of real chats into an AI tool to tag themes.",
    "We ran real conversations through ChatGPT, and we will switch to de-identified data later.",
    "A friend emailed me 300 visit notes and I ran them through my personal ChatGPT Plus account.",
])
def test_any_public_ai_tool_or_personal_account_breaks_keeping_data_in_house(sent):
    kept = "Real PHI should never leave a covered entity's controlled environment."
    assert contradictions(f"{kept}\n\n{sent}") == ["data kept in house"]


@pytest.mark.parametrize("sent", [
    "Clinicians sometimes paste notes into ChatGPT, which is why we block it.",  # others' habit, the risk
    "We run conversations through Claude on our cloud account under a signed BAA.",
    "We put the PHQ-9 check-in into the chatbot so members answer it weekly.",  # the product itself
])
def test_others_habits_and_text_sent_under_a_baa_keep_data_in_house(sent):
    kept = "Real PHI should never leave a covered entity's controlled environment."
    assert contradictions(f"{kept}\n\n{sent}") == []


def test_shadowing_set_up_and_then_fallen_through_is_time_claimed_and_denied():
    set_up = "To get ready I set up a week shadowing a nurse practitioner at a rural clinic."
    assert contradictions(f"{set_up}\n\nThe shadowing fell through, and I haven't gotten it rescheduled.") == ["time with clinicians"]
    # made up for, it is time spent
    assert contradictions(f"{set_up}\n\nWhen the shadowing fell through at one clinic, I booked another day instead.") == []


@pytest.mark.parametrize("kept", [
    "Under HIPAA, PHI only goes to vendors who've signed a BAA.",
    "My own rule for prep work: no real patient data anywhere it isn't covered.",
])
def test_data_kept_to_whoever_signed_a_baa_is_kept_in_house(kept):
    sent = "A friend emailed me 300 visit notes and I ran them through my personal ChatGPT Plus account."
    assert contradictions(f"{kept}\n\n{sent}") == ["data kept in house"]
    assert contradictions(f"{kept}\n\nI ran synthetic notes through my personal ChatGPT account.") == []


def test_a_baa_stated_in_the_next_sentence_excuses_the_data_sent():
    kept = "PHI only goes to vendors who've signed a BAA."
    sent = "Flagged conversations are forwarded to CrisisLine's on-call counsellors."
    assert contradictions(f"{kept}\n\n{sent} CrisisLine has signed a BAA with us.") == []
    assert contradictions(f"{kept}\n\nI ran the transcripts through my personal ChatGPT account. It was quick.") == ["data kept in house"]


def test_relying_on_one_safeguard_alone_gives_no_one_the_decision():
    sole = "Our clinical reviewer has the final word on whether it's safe."
    assert contradictions(f"So I don't think we can lean on the signature alone.\n\n{sole}") == []
    assert contradictions(f"The tech lead can approve the release alone.\n\n{sole}") == ["who holds the switch"]


def test_a_defect_owned_and_then_declared_the_vendors_is_a_contradiction():
    owned = "Root cause. This is a defect in our module, and we own the fix."
    assert contradictions(f"{owned}\n\nThe fix. There's nothing to change in our code; the fix is for the LIS vendor.") == ["whose defect"]
    assert contradictions(f"{owned}\n\nWe'll also ask the LIS vendor about latency.") == []


def test_telling_the_safety_officer_now_and_keeping_staff_in_the_dark_is_a_contradiction():
    told = "This week I'd give each hospital's patient safety officer the full picture."
    assert contradictions(f"{told}\n\nWe won't communicate with hospital staff about the issue until the fix is deployed.") == ["when people are told"]
    assert contradictions(f"{told}\n\nWe'll update them weekly until the fix is deployed.") == []
    assert contradictions(f"{told}\n\nI'd hold off briefing the clinicians until the fix is live.") == ["when people are told"]
    # a claim held back is not the problem kept quiet
    assert contradictions(f"{told}\n\nWe won't tell physicians the problem is solved until the fix has run clean for two weeks.") == []


def test_no_interruptions_promised_and_a_stop_with_no_override_is_a_contradiction():
    promise = "We will not interrupt physicians. A soft indicator on the order list is enough."
    assert contradictions(f"{promise}\n\nFor the duplicate case I'd hard-stop any second order within 2 hours, with no override.") == ["can the alert be cleared"]
    assert contradictions(f"{promise}\n\nFor the duplicate case I'd show a warning they can override with a reason.") == []
    # ... or a modal every prescriber must acknowledge
    assert contradictions("Second, no new interruptive alerts.\n\nWeek 1: push a modal to every prescriber on opening lab "
                          "order entry. It requires an acknowledgement each session.") == ["can the alert be cleared"]


def test_zero_added_clicks_and_a_prompt_every_study_must_answer_is_a_contradiction():
    promise = "My design rule is zero added clicks and zero added screens."
    assert contradictions(f"{promise}\n\nThe study can't be signed until every prompt has been answered.") == ["documentation added"]
    assert contradictions(f"{promise}\n\nThe radiologist can accept or ignore each marker.") == []
    assert contradictions(f"{promise}\n\nEvery note gets an attestation checkbox the physician must tick before signing.") == ["documentation added"]
    # the proposal under review, described, is not the candidate's design
    assert contradictions(f"{promise}\n\nThe screen as designed means a note can't be signed until every section has been opened.") == []


def test_data_synced_abroad_in_the_base_form_breaks_data_kept_in_region():
    kept = "EU patient data never leaves the EU."
    synced = "To get the NLP good enough in German we need volume, so each night the EU sites' notes sync to our central GPU cluster in Virginia."
    assert contradictions(f"{kept}\n\n{synced}") == ["where the data lives"]
    assert contradictions(f"{kept}\n\nEach night the EU sites' notes sync to the EU training cluster.") == []


def test_not_a_device_and_then_a_device_submission_is_a_contradiction():
    claim = "Regulatory. We are clearly not a medical device: a physician reviews every suggestion."
    assert contradictions(f"{claim}\n\n**Plan**\n- Month 2: submit our 510(k) so we have clearance before go-live.") == ["device or not"]
    # a filing held for the case FDA disagrees is a condition, not a second position
    assert contradictions(f"{claim}\n\nIf FDA disagrees at the Pre-Sub, we file a De Novo and move the date.") == []


def test_a_device_said_to_be_one_and_then_submitted_is_consistent():
    assert contradictions("It's likely a medical device under the CDS criteria.\n\n- Month 2: submit our 510(k).") == []
    assert contradictions("It is a medical device, so we plan for it.\n\n- Month 2: submit our 510(k).") == []
    # ... and so is one taken out of the non-device carve-out (but not one that claims it)
    out = "It analyses images, which takes it {} the non-device CDS carve-out.\n\n- Month 2: file a De Novo."
    assert contradictions(out.format("out of")) == []
    assert contradictions(out.format("outside")) == []
    assert contradictions("We're non-device CDS.\n\n- Month 2: file a De Novo.") == ["device or not"]


def test_no_english_only_message_and_an_english_template_as_the_fallback_contradict():
    text = ("Nobody whose language we don't know gets an English-only message. "
            "Patients with no recorded language get our standard English template until the front desk updates the record.")
    assert contradictions(text) == ["language of last resort"]
    kept = ("Nobody whose language we don't know gets an English-only message. "
            "Patients with no recorded language get a short text in English, Spanish and Creole asking which they prefer.")
    assert contradictions(kept) == []


def test_a_message_that_names_no_department_and_a_template_that_carries_it_contradict():
    text = ("No department, provider or visit reason appears in any reminder message. "
            "Wrong-building arrivals fell when we added it, so every template carries the department line.")
    assert contradictions(text) == ["what a message reveals"]
    kept = ("No department, provider or visit reason appears in any reminder message. "
            "Every template carries the clinic address and a callback number.")
    assert contradictions(kept) == []


def test_english_for_english_speakers_and_a_clinic_name_break_no_rule():
    language = ("A patient whose record says Spanish or Creole never gets an English-only message. "
                "Patients whose recorded preference is English get the standard English template.")
    assert contradictions(language) == []
    clinic = ("No text names the department or the reason for the visit. "
              "Every reminder includes the clinic name and a callback number.")
    assert contradictions(clinic) == []


def test_a_nurse_who_dismisses_the_alert_and_an_alert_that_cannot_be_dismissed_contradict():
    text = ("When a nurse disagrees, she dismisses the alert with one click and a reason. "
            "To make sure care changes, the alert cannot be dismissed until the sepsis bundle is ordered.")
    assert contradictions(text) == ["can the alert be cleared"]
    kept = ("When a nurse disagrees, she dismisses the alert with one click and a reason. "
            "We review every dismissal reason weekly with the charge nurses.")
    assert contradictions(kept) == []


@pytest.mark.parametrize(("after", "broken"), [
    # a veto blocks; someone else may own the decision it can stop
    ("The VP Product and I own the ship decision.", False),
    ("Our ML lead decides alone whether the drafts ship.", True),
    ("We go live on the contract date without her sign-off.", True),
])
def test_a_veto_leaves_the_decision_to_its_owner_short_of_going_around_it(after, broken):
    sole = "The clinical reviewer has a veto on clinical-safety release. "
    assert ("who holds the switch" in contradictions(sole + after)) is broken


def test_the_decision_owned_once_the_holder_has_signed_keeps_her_authority():
    sole = "Nothing ships without the reviewer's sign-off. "
    assert contradictions(sole + "Given that sign-off, the VP and I own the ship decision.") == []
    assert contradictions(sole + "The tech lead owns the ship decision.") == ["who holds the switch"]


@pytest.mark.parametrize(("weighed", "broken"), [
    ("Moving EU health data to a US region brings transfer paperwork and re-approval by 15 ethics committees.", False),
    ("Pooling the records in one US region would mean fifteen re-approvals, so I'd push back.", False),
    ("We move EU health data to a US region for training.", True),
])
def test_an_option_named_with_its_cost_is_weighed_not_planned(weighed, broken):
    text = f"The whole thing is federated. {weighed}"
    assert ("where the data lives" in contradictions(text)) is broken


@pytest.mark.parametrize("promise", [
    "The nurse workflow had zero added fields, and that was the headline of the redesign.",
    "We removed every extra documentation step from triage.",
])
def test_every_added_field_taken_out_and_a_mandatory_reason_later_contradict(promise):
    required = "Every time a nurse overrode the acuity, they had to enter a reason in a mandatory free-text field."
    assert contradictions(f"{promise}\n\n{required}") == ["documentation added"]
    assert contradictions(f"{promise}\n\nNurses can add an optional one-tap reason when they override.") == []


def test_an_option_named_with_its_cost_and_then_taken_is_a_commitment():
    text = ("EU patient records are processed in the EU. Centralising every site's raw clinical notes, EU included, in "
            "the sponsor's American data centre adds some standard contractual clause paperwork, which legal already has "
            "templates for, and that's where the eligibility model trains.")
    assert contradictions(text) == ["where the data lives"]


def test_all_the_extra_charting_cut_and_an_override_justified_in_writing_contradict():
    text = ("We cut out all the extra charting, so nurses chart exactly what they charted before.\n\n"
            "When a nurse overrides the score, she must justify the override in writing before the form will close.")
    assert contradictions(text) == ["documentation added"]
    assert contradictions(text.replace("she must justify the override in writing before the form will close",
                                       "she can add a note if she wants")) == []


@pytest.mark.parametrize("after", [
    "On the sales date the VP and I would make that call ourselves with whatever testing is done by then.",
    "We ship in week six whether or not her testing is finished.",
])
def test_a_call_made_on_whatever_the_vetoed_check_has_reached_takes_the_veto_away(after):
    sole = "The clinical reviewer has a veto on release, and the VP of product and I own the ship decision. "
    assert "who holds the switch" in contradictions(sole + after)
    assert contradictions(sole + "We ship the week her testing is finished.") == []


def test_no_documentation_burden_against_an_answer_owed_on_every_suggestion():
    text = ("No new documentation burden: we add nothing to their screens.\n\n"
            "To know whether it helps, every suggestion needs a response, with a reason code when they disagree.")
    assert contradictions(text) == ["documentation added"]
    assert contradictions(text.replace("every suggestion needs a response", "nurses can leave a comment")) == []


def test_not_a_device_against_a_clearance_completed_anyway():
    text = "This is decision support a clinician can review, so it isn't a medical device.\n\nWe'll still complete a 510(k) submission before go-live."
    assert contradictions(text) == ["device or not"]
    assert contradictions(text.replace("We'll still complete a 510(k) submission before go-live.",
                                       "If FDA disagrees at the Pre-Sub, we complete a 510(k) submission.")) == []


def test_a_month_at_one_pilot_hospital_against_every_hospital_in_one_release():
    text = ("The change goes live at all four hospitals next Monday in one release.\n\n"
            "Before anyone else gets it, I'd run it at a single pilot hospital for a month.")
    assert contradictions(text) == ["launch scope"]
    assert contradictions(text.replace("at all four hospitals next Monday in one release", "at the pilot hospital next Monday")) == []


def test_a_year_of_ward_shifts_against_never_having_got_into_a_hospital():
    text = ("For the last year I've volunteered three shifts a week on a medical ICU.\n\n"
            "What I know about clinicians is second-hand: I haven't managed to get into a hospital yet.")
    assert contradictions(text) == ["time with clinicians"]
    assert contradictions(text.replace("I haven't managed to get into a hospital yet.", "I want more of that.")) == []


def test_privacy_and_language_rules_against_messages_that_break_them_in_other_words():
    reveal = ("Nothing in the reminder should reveal why the patient is coming.\n\n"
              "To be useful, each message names the service so patients find the right entrance.")
    assert contradictions(reveal) == ["what a message reveals"]
    assert contradictions(reveal.replace("each message names the service", "each message gives the street address")) == []
    language = ("We never send a reminder in a language we haven't confirmed with the patient.\n\n"
                "For the 30% with no preferred language on file, we send the reminder in English by default.")
    assert contradictions(language) == ["language of last resort"]
    assert contradictions(language.replace("we send the reminder in English by default",
                                           "we first text a choose-your-language prompt in all four languages")) == []


@pytest.mark.parametrize("text", [
    # the signature that exists already is no new entry
    "Design principle: no new documentation burden. Every draft needs a sign-off already, today, so the review lives inside it.",
    # today's wellness app is no device; the later diagnosed-depression version is
    "Today the wellness chatbot isn't a medical device.\n\nQ3-Q4: complete the De Novo submission; the diagnosed-depression "
    "version launches only after clearance.",
])
def test_an_existing_entry_or_a_submission_for_a_later_version_contradicts_nothing(text):
    assert contradictions(text) == []


def test_no_patient_data_leaving_a_site_against_an_extract_sent_to_a_us_hosted_service():
    text = ("Zero patient-level data leaves the EU.\n\n"
            "For the notes, each site's nightly extract goes to our US-hosted language model service.")
    assert contradictions(text) == ["where the data lives"]
    assert contradictions(text.replace("our US-hosted language model service", "the model running inside the site")) == []


def test_a_reminder_that_never_says_what_the_visit_is_for_against_templates_tailored_by_visit_type():
    text = ("Rule one: a reminder never says what the visit is for.\n\n"
            "Low literacy needs concrete instructions, so our templates are tailored by visit type.")
    assert contradictions(text) == ["what a message reveals"]
    assert contradictions(text.replace("our templates are tailored by visit type", "our templates are tailored by language")) == []


def test_eu_data_that_never_leaves_against_notes_translated_on_a_us_cluster():
    text = ("EU patient data never leaves the EU.\n\n"
            "We translate all German and French notes through our translation service on the US cluster.")
    assert contradictions(text) == ["where the data lives"]
    assert contradictions(text.replace("on the US cluster", "in each site's own environment")) == []


def test_a_pilot_then_ward_by_ward_against_every_adult_ward_on_one_date():
    text = ("Pilot on two med-surg units for six weeks, then roll out ward by ward.\n\n"
            "At the same time, I'd go live on all adult wards on the same date.")
    assert contradictions(text) == ["launch scope"]
    # a silent run stages nothing, so a silent run and then every ward at once is one plan
    assert contradictions("The model runs silently for eight weeks first.\n\nThen I'd go live on all adult wards at once.") == []
    assert contradictions(text.replace("all adult wards on the same date", "all the remaining wards at once")) == []


def test_two_days_shadowing_against_never_having_had_the_chance_to_watch_clinicians():
    text = ("I spent two days shadowing a hospitalist at a community hospital in March.\n\n"
            "I haven't had the chance to watch clinicians work in person yet.")
    assert contradictions(text) == ["time with clinicians"]
    assert contradictions(text.replace("I haven't had the chance to watch clinicians work in person yet.",
                                       "I want more of that time.")) == []
    # never having seen clinicians use an AI tool is another claim
    assert contradictions(text.replace("work in person yet", "use an AI tool in production yet")) == []


def test_every_extra_step_removed_against_a_reason_entered_on_every_override():
    text = ("Second, we removed every extra documentation step.\n\n"
            "Whenever a nurse chose a different acuity level, they entered a one-line reason.")
    assert contradictions(text) == ["documentation added"]
    assert contradictions(text.replace("they entered a one-line reason", "the charge nurse looked at it the next morning")) == []
    # a reason she may give is no entry required
    assert contradictions(text.replace("they entered a one-line reason", "they can enter a one-line reason if they want to")) == []


def test_a_shadow_period_first_against_everyone_live_on_the_contract_date():
    text = ("My plan would be a shadow-mode period first, through the winter peak.\n\n"
            "On the contract date we'd go live across all three shifts with suggestions visible.")
    assert contradictions(text) == ["silent run and the date"]
    # a silent run and then every shift at once, with no day fixed, is one plan (a big bang)
    assert contradictions(text.replace("On the contract date we'd go live", "After it we'd go live at once")) == []
    # a calendar date fixes the day too
    assert contradictions(text.replace("On the contract date", "From 3 March")) == ["silent run and the date"]
    # ... and a day set by a sign-off is a gate, not a date
    assert contradictions(text.replace("On the contract date", "On the date the CNO signs off")) == []


@pytest.mark.parametrize(("text", "found"), [
    # a department-wide launch on the day is everywhere at once
    ("Four weeks of shadow mode come first. We went live on the contract date, department-wide, all shifts.",
     ["silent run and the date"]),
    # ... and weeks spent silent at a few sites are a silent run
    ("Validation: four weeks silent at four sites. We go live at all 40 sites on day one so no site falls behind.",
     ["silent run and the date"]),
    ("We run it silently for a month. We go live at all 40 sites on day one.", ["silent run and the date"]),
    # ... a launch to everyone on one day, however many words lie between
    ("We pilot at one hospital for a month. All four hospitals and every other customer get the fix on the same release day.",
     ["launch scope"]),
    ("We pilot at one hospital for a month, then the other three hospitals get the fix on the same release day.", []),
    # ... a run by another name: alerts kept hidden, a dark launch
    ("Six weeks of scoring, alerts hidden. Every adult bed switches on together on go-live day, March 3.",
     ["silent run and the date"]),
    ("We dark-launch for six weeks. Every ward goes live on the contract date.", ["silent run and the date"]),
    # ... and a launch whose sentence opens on the gate it waits for is a plan, not a date
    ("An eight-week silent run on two units. If those two units hold the bars, we expand to all adult wards on 1 May.", []),
    ("An eight-week silent run on two units. Once both hold, every ward goes live on the contract date.", []),
    ("An eight-week silent run on two units. We go live on all adult wards on 1 May.", ["silent run and the date"]),
    ("An eight-week silent run on two units. Then all adult wards go live on 1 June, but only if the two units hold every bar.", []),
    ("An eight-week silent run on two units. Then all adult wards go live on 1 June.", ["silent run and the date"]),
    # ... a gate that tests nothing is only time passing
    ("An eight-week silent run on two units. Once the silent run completes, every ward goes live on 1 May.",
     ["silent run and the date"]),
])
def test_a_launch_to_everyone_on_one_day_in_other_words(text, found):
    assert contradictions(text) == found


def test_a_submission_for_named_new_features_beside_todays_product_not_a_device_is_no_contradiction():
    text = ("Today's app, CBT exercises and mood journaling sold as a wellness tool, is not a medical device.\n\n"
            "We pursue a De Novo for the symptom tracking and treatment suggestions once we have data.")
    assert contradictions(text) == []
    assert contradictions(text.replace(" for the symptom tracking and treatment suggestions", "")) == ["device or not"]
    # the same new features said both ways are one decision taken twice
    same = ("Our position is that the new features stay outside FDA oversight.\n\n"
            "Q2: submit a De Novo request for the personalised treatment-steps feature.")
    assert contradictions(same) == ["device or not"]


def test_a_shadow_shift_lost_and_made_up_by_a_nurse_timing_for_the_candidate_is_time_spent():
    spent = "I spent two day shifts at the triage desk with her nurse manager, timing encounters."
    made_up = ("The night shadow shift got cancelled when the ED went on diversion, so the night charge nurse timed twenty "
               "triages for me with the same sheet.")
    assert contradictions(f"{spent}\n\n{made_up}") == []
    assert contradictions(f"{spent}\n\nThe night shadow shift got cancelled when the ED went on diversion.") == ["time with clinicians"]


@pytest.mark.parametrize(("text", "found"), [
    # day one is the travel nurses' first day, in a relative clause on another noun
    ("Phases: one pod on days for two weeks, then evenings, then everywhere. "
     "Training: super-users on every shift, a short huddle at shift start that travel nurses get on day one.", []),
    # ... a relative clause on the places themselves is the launch
    ("Phases: one pod on days for two weeks first. We turn it on for all 12 clinics, which go live on day one.", ["launch scope"]),
    ("We pilot on one ward first. Every ward goes live that same day.", ["launch scope"]),
])
def test_a_day_one_in_a_relative_clause_on_another_noun_is_no_launch(text, found):
    assert contradictions(text) == found


WAVES = ("What I'd put forward is an in-region pre-screening pipeline, rolled out in waves after a 5-site validation. ")


@pytest.mark.parametrize(("text", "found"), [
    # a launch in waves, and every site switched on together with the check left for after
    (WAVES + "In practice I'd switch all 40 sites on together and run the 5-site validation once we're live.", ["launch scope"]),
    (WAVES + "Then all 40 sites go live together once the validation has passed.", []),
    # a pilot, and every clinic in the next release
    ("Pilot it in two clinics behind a flag. So the cleaner path is to turn it on for all 30 clinics in the next release.",
     ["launch scope"]),
    # nothing that blocks the order, and a hard-stop modal
    ("Principles: no new interruptive alerts, nothing that blocks the order. Plan: any repeat order within 24 hours "
     "triggers a hard-stop modal before the second order can be placed.", ["does the check ever block"]),
    ("Principles: no new interruptive alerts, nothing that blocks the order. Plan: show the pending order inline.", []),
])
def test_a_staged_or_passive_promise_and_a_later_plan_that_breaks_it_contradict(text, found):
    assert contradictions(text) == found


def test_a_fallback_for_when_an_assumption_fails_is_not_a_second_plan():
    plan = ("I'll assume most Creole speakers go to one clinic. The pilot starts at that clinic for six weeks. ")
    for fallback in ("What changes if I'm wrong: if Creole speakers turn out to be spread evenly, I'd switch the voice call on at all three clinics from day one.",
                     "If that assumption proves wrong, I'd switch the voice call on at all three clinics from day one."):
        assert "launch scope" not in contradictions(plan + fallback)
    # a plan that simply goes everywhere later in the answer still clashes with the pilot
    assert "launch scope" in contradictions(plan + "Then I'd switch the voice call on at all three clinics from day one.")


def test_a_day_pointed_back_to_is_no_launch_at_once():
    text = ("I'd offer to go live in one area of the emergency department on the contract date. "
            "That same day I'd ask to sit at the triage desk on all three shifts and count the extra clicks.")
    assert "launch scope" not in contradictions(text)
    assert "launch scope" in contradictions(text.replace("That same day I'd ask to sit at the triage desk on", "The same day we'd go live on"))


@pytest.mark.parametrize(("text", "found"), [
    # the people it is for start using it while the run the rule waits for is still going
    ("Nothing reaches a bedside nurse until the silent run is finished and signed off.\n\n"
     "Week 3: while the silent run continues, nurses on four wards start receiving live alerts.",
     ["a gate stated and then run after the release"]),
    # the same kind of evidence named in other words: a study, then a validation
    ("No customer's physicians see the list in live care until the study has cleared the bar.\n\n"
     "Both systems go live in month three; the validation runs alongside.",
     ["a gate stated and then run after the release"]),
    ("No customer's physicians see the list in live care until the study has cleared the bar.\n\n"
     "Both systems go live in month five, once the validation has cleared it.", []),
])
def test_a_gate_bypassed_by_live_use_or_in_other_words_is_read(text, found):
    assert contradictions(text) == found


def test_shadowing_anywhere_and_no_time_in_a_clinical_setting_contradict():
    text = ("I've shadowed at a cardiology practice every Tuesday for the past three months.\n\n"
            "What I'm missing is exposure to clinicians: I haven't had a chance to spend time in a clinical setting yet.")
    assert contradictions(text) == ["time with clinicians"]
    honest = ("I've shadowed at a cardiology practice every Tuesday for the past three months.\n\n"
              "What I'm missing is inpatient work: I'd want a week on a hospital ward next.")
    assert contradictions(honest) == []


def test_talking_with_clinicians_is_not_time_among_them_so_admitting_no_shadowing_contradicts_nothing():
    gap = "I'll be upfront that I haven't watched clinicians work in person yet; that's the first thing I'd fix."
    talked = "I did informational interviews with 15 people: ICU nurses, a hospitalist and a payer medical director."
    assert contradictions(f"{talked}\n\n{gap}") == []
    # ... while time on the ward claimed and then denied still contradicts
    assert contradictions(f"I did two night shifts on the ICU with the charge nurse.\n\n{gap}") == ["time with clinicians"]


def test_eu_records_kept_in_the_eu_and_a_model_that_runs_in_a_us_region_on_every_note_contradict():
    text = ("Principle first: EU patient records stay in the EU.\n\n"
            "For the notes we use our clinical language model, which runs on our inference service in our US region: "
            "the connector sends each note over an encrypted channel.")
    assert "where the data lives" in contradictions(text)
    in_region = text.replace("in our US region", "in our Frankfurt region")
    assert contradictions(in_region) == []


def test_a_go_live_the_answer_calls_silent_launches_nothing_on_its_date():
    plan = ("| 4 | Agree with the sponsor and the CNO that go-live = silent mode | Me | Signed amendment | By day 10 |\n"
            "| 6 | Silent go-live on the contract date, all shifts | Eng lead | Nurses see nothing | Contract date |\n"
            "| 8 | Visible pilot on day shift, super-user each shift | Nurse educator | Triage time holds | 2 weeks |\n")
    assert contradictions(plan) == []
    assert contradictions(plan.replace("Silent go-live", "Visible go-live")) != []


def test_a_bad_move_recommended_against_or_named_as_a_topic_is_not_made():
    memo = ("Keep EU data in an EU-region tenant; EU records never leave the EU. I recommend against pooling EU and US "
            "records in a US cloud region.\n\n**On pooling in one US region.** Each site's DPO would have to agree first.")
    assert contradictions(memo) == []
    assert contradictions(memo.replace("I recommend against pooling", "I recommend pooling")) != []


def test_zero_new_work_then_a_form_before_the_record_saves():
    promise = "On documentation, the rule is zero new work for nurses: the tool never asks them to type anything extra."
    form = ("For every triage, the nurse completes a short three-field agreement form before the record can be saved, "
            "so we have clean data.")
    assert contradictions(f"{promise} {form}") == ["documentation added"]
    # the promise kept: the form is the old one, filled by the tool
    assert contradictions(f"{promise} The tool fills the triage record from what they already chart.") == []


@pytest.mark.parametrize(("after", "broken"), [
    # taken over the holder's head, past whatever the checks show, or overruled
    ("If she still isn't on board by the date, our CEO will go to the hospital CEO and get go-live approved at that level.", True),
    ("The CEO will approve launch at the end of Q3 regardless of where testing is.", True),
    ("If the clinical lead is holding a launch customers want, I'll make the call to go.", True),
    ("We'll go live on the date whether or not silent mode has finished.", True),
    # ... not when the candidate refuses it, or the call waits on her
    ("I won't go over her head to the hospital CEO; the date moves.", False),
    ("We go live once silent mode has finished and she has signed.", False),
])
def test_a_decision_taken_above_or_around_its_holder_breaks_her_authority(after, broken):
    sole = "The CNO owns go/no-go for anything nurse-facing. That's non-negotiable.\n\n"
    assert ("who holds the switch" in contradictions(sole + after)) is broken, after


def test_a_go_live_said_to_run_silently_and_a_sole_say_given_up_contradict_nothing():
    silent = ("Pilot one triage station for three weeks. The CNO and I would propose a technical go-live on the contract "
              "date as a silent run, four weeks across all shifts, then the nurse-facing pilot on her go-ahead.")
    assert "launch scope" not in contradictions(silent)
    given_up = ("The CNO has go/no-go on the nurse-facing display. What I gave up: the date, the next-steps feature, "
                "and the idea that product decides alone.")
    assert "who holds the switch" not in contradictions(given_up)
    kept = "The CNO has go/no-go on the nurse-facing display. In the end product decides alone when it goes live."
    assert "who holds the switch" in contradictions(kept)
