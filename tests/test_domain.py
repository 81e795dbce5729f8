"""An answer written in the consumer-growth playbook is flagged; a word or two of it is not."""

from __future__ import annotations

from mockpm.catalog import load_library
from mockpm.domain import playbook_words, reads_as_playbook
from mockpm.grading import grade
from mockpm.models import Answer

PLAYBOOK = (
    "Think of no-shows as a conversion funnel. Top of funnel is the reminder; we A/B test subject lines and push "
    "notifications to lift click-through, then personalize send times by cohort. Users who engage get badges and a "
    "streak, and we run re-engagement campaigns for churned users. Our north star is weekly sessions, tracked in "
    "a KPI dashboard, and we iterate fast with feature flags until retention and NPS climb. Growth comes from "
    "referrals: patients invite family for rewards."
)
PLAN = (
    "Texts go out in the patient's preferred language at 72 and 24 hours, with a voice call for anyone without a "
    "mobile number. We A/B test only the wording, never who gets a reminder, and the outcome is the no-show rate "
    "by language, not clicks. The interpreter team reviews the Haitian Creole scripts before anything goes out."
)


def test_the_playbook_written_throughout_is_flagged_and_capped():
    distinct, density = playbook_words(PLAYBOOK)
    assert distinct >= 9 and density >= 5 and reads_as_playbook(PLAYBOOK)
    lib = load_library()
    s = lib.scenario("appointment-reminders-equity")
    r = grade(Answer(text=PLAYBOOK * 2), s, lib.rubrics_for(s), library=lib)
    assert r.score == 0 and "consumer_playbook" in {f.code for f in r.flags}


def test_a_plan_that_names_an_ab_test_is_not_the_playbook():
    assert not reads_as_playbook(PLAN)


def test_a_stated_analogy_to_another_industry_needs_fewer_playbook_words():
    fraud = ("I'd approach this the way we launched risk models at the payments company. A sepsis alert is "
             "structurally the same as a fraud score: a real-time score on a stream of transactions, a threshold "
             "and a decline. Champion/challenger on 10% of traffic, and dashboards for the decline rate.")
    assert reads_as_playbook(fraud * 2)
    career = ("At the lending company I shipped credit models that passed an independent model review before launch, "
              "and I learned to explain every decline to the customer. Healthcare asks more of a PM, and I'd start "
              "next to a clinician who has shipped a decision-support tool.")
    assert not reads_as_playbook(career * 2)


def test_an_analogy_to_another_industry_said_in_other_words_lowers_the_bar():
    from mockpm.domain import reads_as_playbook

    fraud = ("I'd approach this the way a payments company launches a new fraud model. Price each false decline against "
             "each chargeback, route 10% of traffic to a challenger, and watch the decline rate and conversion.")
    ads = ("This reminds me of schema migrations on an ad-attribution pipeline: impressions and click events change and "
           "advertisers' conversion reports don't match. In ad-tech we accept 5% drift.")
    assert reads_as_playbook(fraud) and reads_as_playbook(ads)
    own = ("At the payments company I ran fraud decisioning, where a false decline cost a customer at the till. "
           "Here I'd start with the nurses' alert budget and a silent run on two wards.")
    assert not reads_as_playbook(own)
