"""An answer written in another industry's playbook: growth, commerce and consumer-app language.

Healthcare PM committees reject candidates who carry the consumer playbook into care: users,
funnels, conversion, A/B tests on patients, streaks, push campaigns. One or two such words are
normal (strong answers mention an A/B test of reminder wording); an answer that speaks the
playbook throughout, with healthcare nouns sprinkled in, is answering as if the patient were a
shopper. Measured on the labelled answers: genuine strong and good answers use at most a handful
of these words, thinly spread; answers framed as a consumer product use nine or more, densely.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.keywords import lower_source

_PLAYBOOK = regex_cache.compile(
    r"\b(?:users?|user\s+base|customers?|conversions?|convert|CTR|click-?through|LTV|lifetime\s+value|CAC|ARPU|"
    r"funnels?|activation|onboarding\s+flow|A/?B[\s-]test\w*|growth|viral\w*|personali[sz]\w*|recommendation\s+engine|"
    r"upsell\w*|cross-sell\w*|NPS|MVP|ship\s+fast|move\s+fast|iterate|iteration|feature\s+flags?|cohorts?|retention|"
    r"churn\w*|engagement|sessions?|clicks?|taps?|push\s+notifications?|in-app|app\s+store|downloads?|installs?|"
    r"monetiz\w+|monetis\w+|pricing|subscription\w*|premium|freemium|paywall|ads|advertis\w+|targeting|lookalike|"
    r"retarget\w*|campaigns?|influencers?|delight\w*|frictionless|gamif\w+|streaks?|badges?|leaderboards?|rewards?|"
    r"referrals?|data-driven|experiments?|north\s+star|KPIs?|OKRs?|growth\s+hack\w*|product-led|PLG|TAM|"
    r"market\s+share|go-to-market|GTM|virality|loyalty|shoppers?|checkout|cart|basket|"
    # ... and the payments, ad-tech and media versions of it
    r"fraud|transactions?|chargebacks?|decline\s+rates?|champion/challenger|challenger|p99|leads?|lead\s+(?:quality|queue|routing|scoring)|"
    r"cost\s+per\s+(?:lead|acquisition|click|install)|CPA|CPL|CPC|paid\s+(?:social|search|media)|landing\s+pages?|audiences?|"
    r"propensity|deciles?|impressions|attribution|advertisers?|thumbs[\s-](?:up|down)|beta|rollout\s+percentage|traffic|monetization|merchants?)\b",
    re.IGNORECASE,
)
_PLAYBOOK_LOWER = regex_cache.compile(lower_source(_PLAYBOOK.pattern))
# Distinct playbook words, and their density per hundred words, from which an answer is written
# in the playbook (strong, good and short answers in the labelled set: at most 8 distinct and 4.3 per
# hundred words; answers framed as a consumer product: a median of 13 distinct and 6.5 per hundred).
MIN_DISTINCT = 9
MIN_PER_HUNDRED = 5.0


def playbook_words(text: str) -> tuple[int, float]:
    """(distinct playbook words, playbook words per hundred words)."""
    low = text.lower()  # lower-cased pattern on lower-cased text: twice as fast as IGNORECASE
    found = [m.group(0) for m in _PLAYBOOK_LOWER.finditer(low)]
    words = max(1, len(text.split()))
    return len(set(found)), 100 * len(found) / words


INDUSTRY = (r"(?:ad-?tech|ad-?attribution|attribution|fintech|payments?|e-?commerce|gaming|games?|retail|banking|fraud|checkout|"
             r"travel|ride-?shar\w+|social\s+media|consumer\s+apps?|marketplaces?|media)\b")
# An answer that says outright it is running another industry's play: "the way we launched risk
# models at the payments company", "structurally the same as a fraud score".
_ANALOGY = regex_cache.compile(
    r"\b(?:the\s+(?:same\s+)?way\s+(?:we|I)\s+\w+(?:\s+[\w-]+){0,5}?\s+at\s+(?:the|a|my|our)\s+(?:[\w-]+\s+){0,2}(?:company|startup|firm|bank|app|platform|marketplace|studio|retailer)|"
    r"structurally\s+the\s+same\s+as|(?:borrow|reuse|apply|bring)\w*\s+the\s+(?:[\w-]+\s+){0,3}(?:framework|playbook)\s+(?:we|I)\s+used|"
    r"(?:just\s+)?like\s+(?:a|an|any)\s+(?:real-time\s+)?(?:fraud|payments?|transaction|checkout|shopping|ad|email|newsletter|game|streaming|subscription|retail|e-?commerce|consumer)\b|"
    # ... "the way a payments company launches a fraud model", "like we'd do during an attribution
    # pipeline migration", "In ad-tech we accept ...", "This reminds me of schema migrations on an
    # ad-attribution pipeline", "the structure is identical".
    r"the\s+(?:same\s+)?way\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|firm|bank|app|platform|marketplace|studio|retailer)|"
    rf"like\s+(?:we\s+did|we'd\s+do|in)\s+(?:[\w-]+\s+){{0,4}}?{INDUSTRY}|\bin\s+{INDUSTRY},?\s+(?:we|you)\b|"
    rf"reminds\s+me\s+of\s+(?:[\w-]+\s+){{0,6}}?{INDUSTRY}|(?:the\s+)?structure\s+is\s+identical)",
    re.IGNORECASE,
)
# With a stated analogy, fewer playbook words show the same thing.
MIN_DISTINCT_WITH_ANALOGY = 5
MIN_PER_HUNDRED_WITH_ANALOGY = 2.0


def reads_as_playbook(text: str, measured: tuple[int, float] | None = None) -> bool:
    """Whether ``text`` is written in the playbook; ``measured``: its playbook_words, if known."""
    distinct, density = measured if measured is not None else playbook_words(text)
    if distinct >= MIN_DISTINCT and density >= MIN_PER_HUNDRED:
        return True
    return (distinct >= MIN_DISTINCT_WITH_ANALOGY and density >= MIN_PER_HUNDRED_WITH_ANALOGY
            and _ANALOGY.search(text) is not None)
