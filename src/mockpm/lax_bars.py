"""Safety bars set where they cannot bite: the other half of an implausible answer.

An answer can name every safeguard a careful plan has and still set each one so it never fires:
a stop rule that waits for most patients to be missed or for hundreds of harms, a sensitivity
target that misses most of a deadly condition, an audit of one case in a thousand, a parity check
that lets a group trail by thirty points, a validation on a dozen charts. A committee hears these
as not knowing what a safeguard is for, the same as a promise of 99.9 %. Each family is one way of
setting a bar too low; plausibility counts them with its own claims (one slip forgiven, two a
pattern), and only in the candidate's own voice.
"""

from __future__ import annotations

from mockpm.keywords import LoweredPattern

# What a review reads, sampled: "0.2% of signed summaries", "1 in every 2,000 drafted recommendations".
_ITEMS = (r"(?:[\w-]+\s+){0,3}?(?:notes|alerts|suggestions|outputs|charts|cases|conversations|messages|summaries|drafts|entries|"
          r"records|patients|overrides|recommendations|flags|visits|recordings|triages|reports|studies|scans|members|orders)")
_REVIEWS = r"\b(?:review\w*|audit\w*|check\w*|sampl\w*|look\w*\s+at|read\w*|spot-check\w*|QA)\b"
# Verbs of a stop rule: what is turned off once the bar is crossed.
_STOPS = (r"\b(?:pause\w*|(?:stop|stops|stopped|stopping|pull|pulls|pulled|pulling)\s+(?:it|them|the\s+(?:model|tool|feature|flag|alerts?|drafting|product|pilot|rollout|launch))|roll\w*\s+back|"
          r"halt\w*|suspend\w*|shut\w*|switch\w*\s+off|turn\w*\s+off)\b")
# Harms a stop rule counts: misses, errors, injuries (a share of staff reporting a problem is a real signal).
_HARMS = (r"(?:miss\w*|unflagged|undetected|harm\w*|unsigned|uninstall\w*|breach\w*|fail\w*|wrong|error\w*|"
          r"fabricat\w*|deaths?|die|go\s+un\w+)")
_OVER = r"(?:more\s+than|over|above|exceeds?|exceeding|at\s+least|beyond)"

# Degrees that leave room for anything short of a disaster.
_EXTREME = (r"(?:dramatically|drastically|wildly|massively|hugely|grossly|vastly|overwhelmingly|radically|egregiously|"
            r"catastrophically)")
# Impressions standing in for a bar (a number or a named check is a bar; "looks reasonable" is not).
_IMPRESSION = (r"(?:\bnothing\s+(?:alarming|obvious\w*|visibly|clearly)|\banything\s+alarming|\blooks?\s+(?:reasonable|sensible|familiar)\b|"
               r"\bfeels?\s+(?:ok|okay)\b|\bno\s+(?:significant|serious|strong|major|obvious|big)\s+(?:objection|finding|concern|problem|issue|complaint|"
               r"showstopper)s?\b|\b(?:significant|serious|strong|major)\s+objections?\b|\bdon'?t\s+(?:object|raise)\b|\bshowstoppers?\b|"
               r"\breasonably\s+comfortable\b|\b(?:right|same)\s+(?:general\s+)?(?:ballpark|neighbou?rhood)\b|\bobviously\s+moved\b|\bbroadly\s+(?:fine|sensible|ok|getting)\b|"
               # ... or a harm that must be loud before it counts: "aren't complaining in large numbers", "incidents that made the news"
               r"\bin\s+(?:large|big|significant|huge)\s+numbers\b|\b(?:made|make|makes|hit|hits)\s+(?:the\s+)?(?:news|headlines|papers|press)\b)")
# What a trial of the product runs as, and spans of hours.
# (a person shadowing a clinician for an evening is learning, not a trial of the product)
_TRIAL = (r"(?:pilot\w*|silent\w*|shadow\s+(?:mode|run|period|scoring|phase|deployment|test\w*)|background|dry\s+run|trial\s+run|soft\s+launch|go\s+live|goes\s+live|uses?\s+the\s+tool|"
          r"hackathon|red[\s-]team\w*)")
_HOURS = r"(?:afternoon|morning|evening|shift|(?:\d|one|two|three|four|five|six|eight)[\s-]hours?(?:\s+block)?)"
_SIGNED_OFF = (r"(?:validat\w*|cleared|sign[\s-]?off|approved|passes|pass|ready|done|complete|success\w*|acceptance|go\s+ahead|"
               r"move\s+forward|proceed\w*|exit\w*|expand\w*)")

FAMILIES: dict[str, LoweredPattern] = {
    # An audit too thin to see anything: "a reviewer checks 1 in every 500 sent messages",
    # "a random 0.1% of suggestions each quarter".
    "token-audit": LoweredPattern(
        rf"{_REVIEWS}\s+(?:(?:of|on|just|only|a|an|random|the|every|roughly|about)\s+){{0,3}}(?:\b0\.(?:0\d*|1\d*|2)(?!\d)\s?(?:%|per\s?cent)\s+of\s+{_ITEMS}\b|"
        # (one in two hundred notes is a real audit of a busy network; one in five hundred is not)
        r"\b(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:[5-9]\d\d|\d{1,3},\d{3}|\d{4,})\b|"
        # ... in words: "one chart in a thousand", "every 1000th alert"
        r"\bone\s+(?:[\w-]+\s+)?in\s+(?:a|every|each)\s+(?:thousand|million)\b|\bevery\s+(?:[5-9]\d\d|\d{1,3},?\d{3})(?:st|nd|rd|th)\b)"),
    # A catch rate that misses most of what the model is for: "sensitivity of 40% or higher",
    # "set at the point that gives 38% sensitivity" (half is where careful sepsis answers start).
    "low-catch-bar": LoweredPattern(
        # (a bar, not a finding: "the vendor's model had a sensitivity of 33%" reports a study)
        r"\b(?:sensitivity|recall|catch\s+rate|detection\s+rate)\s*(?:(?:target|bar|gate|threshold|floor|goal)\s*(?:[(/:=~]|of|is|at|to|\s)*|"
        r"(?:[(:~]|\s)*(?:≥|>=|of\s+at\s+least|at\s+least|no\s+lower\s+than|no\s+less\s+than|floor\s+of)\s*)"
        r"(?:[1-4]\d\s?(?:%|per\s?cent)|0\.[1-4]\d?\b)(?!\s*(?:of|to|→|->|relative|fewer|more|drop|point))|"
        r"\b(?:sensitivity|recall|catch\s+rate)\s+(?:of\s+)?[1-4]\d\s?(?:%|per\s?cent)\s+or\s+(?:higher|better|more|above)\b|"
        # ... the figure first, where the bar is set ("the model ran at 33% sensitivity" is a finding)
        r"\b(?:gives?|giving|target\w*:?|accept\w*|launch\w*\s+at|set\w*\s+(?:it\s+)?at|aim\w*\s+(?:for|at))\s+(?:an?\s+)?[1-4]\d\s?(?:%|per\s?cent)\s+"
        r"(?:sensitivity|recall|catch\s+rate)\b"),
    # A stop rule that waits for most cases to go wrong or for harms by the dozen: "pause if more
    # than 60% of confirmed PEs go unflagged", "paused if more than 50 patient-harm events ...",
    # "pause if mortality rises by more than 200%".
    "unreachable-stop": LoweredPattern(
        rf"{_STOPS}[^.;\n]{{0,80}}?\b{_OVER}\s+(?:[4-9]\d|100)\s?(?:%|per\s?cent)\s+(?:of\s+)?(?:\w+\s+){{0,4}}?{_HARMS}|"
        rf"{_STOPS}[^.;\n]{{0,80}}?\b{_OVER}\s+(?:[2-9]\d|\d{{3,}}|\d{{1,3}},\d{{3}})\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:harm\w*|deaths?|missed|misses|adverse|attempt\w*|injur\w*|events?|incidents?|errors?)\b(?!\s+(?:per|in|out\s+of|of\s+every)\s+\d)|"
        rf"{_STOPS}[^.;\n]{{0,80}}?\b(?:[\w-]+\s+)?dozens?\s+(?:[\w-]+\s+){{0,2}}?(?:harm\w*|deaths?|missed|misses|adverse|injur\w*|events?|incidents?|errors?)|"
        # ... the count after what it counts: "pause if adverse-event reports exceed 500 per month".
        rf"{_STOPS}[^.;\n]{{0,60}}?\b(?:harm\w*|deaths?|missed\s+\w+|misses|adverse[\s-]events?|adverse[\s-]event\s+reports|injur\w*|"
        r"incidents?|errors?|complaints?)\s+(?:\w+\s+){0,2}?(?:exceeds?|exceeding|go(?:es)?\s+(?:above|over|past)|tops?|pass(?:es)?|"
        r"reach(?:es)?|hits?)\s+(?:[5-9]\d|\d{3,}|\d{1,3},\d{3})\b(?!\s?%|\s+(?:per|in|out\s+of|of\s+every)\s+(?:\d|a\s+(?:hundred|thousand)))|"
        r"\b(?:mortality|deaths?|harm\w*|adverse\s+events?)\s+(?:\w+\s+){0,4}?(?:ris\w+|increas\w+|goes\s+up|up|doubl\w+|tripl\w+)\s+"
        r"(?:by\s+)?(?:more\s+than\s+)?(?:[3-9]\d|\d{3})\s?(?:%|per\s?cent)"),
    # A parity or drift tolerance wide enough to hide any gap: "within 30 percentage points of
    # the overall figure", "a measure rate may move by up to 12 percentage points".
    "wide-tolerance": LoweredPattern(
        r"\bwithin\s+[2-9]\d\s+(?:percentage\s+)?(?:points|pp|pts)\b|"
        # (a tolerance granted, not a gap found: "no-show rates differ by up to 18 points" is the problem)
        r"\b(?:may|can|could|(?:is|are)\s+allowed\s+to|(?:is|are)\s+acceptable\s+to)\s+(?:move|differ|vary|drift|shift|change|fall|drop)\s+"
        r"(?:by\s+)?(?:up\s+to\s+)?(?:1[2-9]|[2-9]\d)\s+(?:percentage\s+)?points"),
    # A tolerance so wide only a disaster fails it, in words: "passes as long as no group is
    # dramatically worse", "unless nurses are overwhelmingly opposed", "better than a coin flip".
    "extreme-tolerance": LoweredPattern(
        rf"\b(?:as\s+long\s+as|so\s+long\s+as|provided|unless|only\s+if|pass\w*|acceptable|criteri\w+|exit|gate|bar|threshold|"
        rf"check\w*\s+that|ensur\w*\s+that|confirm\w*\s+that|verif\w*\s+that|make\s+sure)\b[^.;\n]{{0,60}}?\b{_EXTREME}\s+(?:\w+\s+)?(?:worse|below|slower|lower|higher|out\s+of\s+line|"
        r"opposed|different|off|behind|swamped|less|more|short)\b|\bcoin[\s-]?flip|"
        # ... or everything short of a disaster let through: "anything short of nurses ignoring it completely is acceptable"
        r"\banything\s+short\s+of\b[^.;\n]{0,80}?\b(?:is|are|counts?\s+as|would\s+be)\s+(?:\w+\s+)?(?:acceptable|fine|ok|okay|a\s+pass|a\s+success|tolerable)\b|"
        # ... or held until the failure is beyond doubt: "we proceed unless counsel says it is clearly prohibited",
        # "fine unless it's obviously making a diagnosis", "a gate only fails if the owner is sure it has clearly failed"
        r"\b(?:unless|only\s+(?:fails?\s+)?if)\b[^.;\n]{0,60}?\b(?:clearly|obviously|plainly|flagrantly|blatantly)\s+(?:\w+\s+)?"
        r"(?:prohibited|illegal|unlawful|unsafe|failed|broken|harmful|dangerous|making\s+a\s+diagnosis|diagnos\w+)\b"),
    # A stop rule that waits for near-certainty or near-total failure: "we pull it only when
    # essentially all of its alerts are wrong", "roll back if it is clearly causing harm".
    "certain-harm-stop": LoweredPattern(
        rf"(?:{_STOPS}|\b(?:stop|pull|halt|block|hold)\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+)?[\w-]+|\b(?:step\w*\s+in|revisit\w*|reopen\w*|intervene\w*|rethink\w*)\b)"
        r"[^.;\n]{0,80}?\b(?:if|when|once|unless|until|is\s+that)\b[^.;\n]{0,80}?"
        r"(?:\b(?:essentially|nearly|virtually|almost|practically)\s+(?:all|every|never|always|can'?t|cannot|unable|impossible|unusable)\b|\bmost\s+of\s+the\s+time\b|"
        r"\bin\s+most\s+of\s+(?:their|the|its|our)\s+(?:[\w-]+\s+)?(?:drafts|alerts|notes|cases|suggestions|outputs|charts|messages|summaries)\b|\b(?:large|vast|overwhelming|clear)\s+majority\b|"
        r"\bclearly\s+(?:\w+\s+)?(?:harm\w*|causing|putting|dangerous|wrong)|\bclear\s+pattern\b|\bconclusively\b|\bunmistakabl\w+|\bproven\s+harm|"
        rf"\bconfirmed\s+(?:\w+\s+){{0,2}}harm|\bwidespread\s+harm|\bserious\s+trouble|\b{_EXTREME})"),
    # A sign-off that is an impression, not a measurement: "if nothing alarming turns up, we're
    # cleared", "the site passes if the output looks reasonable", "unless someone strongly objects".
    "impression-gate": LoweredPattern(
        rf"\b(?:if|once|as\s+long\s+as|so\s+long\s+as|as\s+soon\s+as|provided|unless|when|until|(?:bar|test|standard|gate)\s+is\s+(?:that|whether))\b[^.;\n]{{0,60}}?{_IMPRESSION}|"
        rf"{_IMPRESSION}[^.;\n]{{0,60}}?\b(?:counts?\s+as|we'?re|is\s+our|that'?s\s+our)\s+(?:\w+\s+)?{_SIGNED_OFF}\b"),
    # A validation too small to tell a good model from a bad one: "a 12-patient retrospective
    # check", "validation set: 12 CTPAs".
    "token-validation": LoweredPattern(
        r"\b(?:validat\w*|validation\s+set|agreement\s+study|test\s+set|accuracy\s+check)\b[^.;\n]{0,40}?\b(?:[1-9]|1\d|2\d)\s+"
        # (records and measurements, not people: "validate the wording with 8 patients per language" is a usability test)
        r"(?:[\w-]+\s+)?(?:charts|scans|CTs|CTPAs|studies|notes|nodules|cases|records|images)\b|"
        r"\b(?:a|an|the|our|one)\s+(?:[1-9]|1\d|2\d|three|five|six|ten|twelve|twenty)-(?:patient|chart|scan|case|note|record|study|image)\s+"
        r"(?:[\w-]+\s+)?(?:check|validation|test\s+set|validation\s+set|accuracy\s+check)\b|"
        r"\b(?:validat\w*|chart[\s-]review\w*|cohort)\b[^.;\n]{0,40}?\b(?:(?:on\s+)?a\s+(?:half[\s-])?dozen(?=\s+(?:[\w-]+\s+)?(?:charts|scans|studies|notes|cases|records|images|encounters|patients))|"
        r"n\s?=\s?(?:[1-9]|1\d|2\d))\b(?!\s*,?\d)|"
        # ... in words: "a quick look at a handful of flagged charts", "skims a few chat threads"
        r"\b(?:validat\w*|skim\w*|look\w*\s+(?:through|at|over)|confirm\w*|review\w*|check\w*)\s+(?:\w+\s+){0,3}?(?:a\s+(?:\w+\s+)?handful\s+of|a\s+couple\s+of|a\s+few)\s+"
        r"(?!hundred|thousand|dozen)(?:[\w-]+\s+){0,2}?(?:charts|cases|examples|threads|notes|drafts|scans|records|studies|conversations|transcripts|summaries)\b"),
    # A trial of the product too short to see a week of its use: "run it silently for one shift",
    # "one volunteer uses the tool for an afternoon", "a one-afternoon hackathon" as the red team.
    "token-trial": LoweredPattern(
        rf"\b{_TRIAL}\b[^.;\n]{{0,60}}?\bfor\s+(?:just\s+|only\s+)?(?:one|a|an|a\s+single|the)\s+(?:[\w-]+\s+)?{_HOURS}\b|"
        rf"\b(?:one|single|an?)[\s-]{_HOURS}\s+(?:[\w-]+\s+)?{_TRIAL}\b"),
    # A sign-off that rests on a couple of dozen cases read once: "the medical director reviews 8
    # encounters and signs off", "a classifier validated on 25 flagged conversations" (a review
    # repeated each week or month is an audit: "a pharmacist reads 20 alerts a week").
    "token-review": LoweredPattern(
        r"\b(?:review\w*|validat\w*|test\w*|check\w*)\s+(?:(?:of|on|against|just|only|a\s+sample\s+of)\s+)?(?:[1-9]|1\d|2\d|a\s+dozen)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:encounters|conversations|drafts|transcripts|summaries|cases|charts|notes|messages|examples)\b"
        r"(?!\s+(?:a|per|each|every)\s+(?:day|week|shift|month|quarter)|[^.;\n]{0,40}?\b(?:weekly|monthly|daily|each\s+(?:week|month)|every\s+(?:week|month)))"),
    # A harm rate passed as acceptable: "we pass the release if the medication-error rate in the
    # sample is under 5%" (a sample's errors are what a clinical check exists to drive to zero).
    "harm-rate-pass": LoweredPattern(
        r"\b(?:pass\w*|accept\w*|release|go\s+live|ship\w*|launch\w*|fine|ok|okay)\b[^.;\n]{0,60}?\b(?:medication|dosing|dose|drug|safety|clinical)"
        r"[\s-]error\s+rate\b[^.;\n]{0,40}?\b(?:under|below|less\s+than|up\s+to|within)\s+(?:[5-9]|[1-9]\d)\s?(?:%|per\s?cent)"),
}

# Families whose match carries its own negation ("as long as no group is dramatically worse",
# "if nothing alarming turns up"): the negation is the lax bar, not the candidate denying it.
NEGATION_INSIDE = frozenset({"extreme-tolerance", "impression-gate"})
