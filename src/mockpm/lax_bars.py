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
    # A validation too small to tell a good model from a bad one: "a 12-patient retrospective
    # check", "validation set: 12 CTPAs".
    "token-validation": LoweredPattern(
        r"\b(?:validat\w*|validation\s+set|agreement\s+study|test\s+set|accuracy\s+check)\b[^.;\n]{0,40}?\b(?:[1-9]|1\d|2\d)\s+"
        # (records and measurements, not people: "validate the wording with 8 patients per language" is a usability test)
        r"(?:[\w-]+\s+)?(?:charts|scans|CTs|CTPAs|studies|notes|nodules|cases|records|images)\b|"
        r"\b(?:a|an|the|our|one)\s+(?:[1-9]|1\d|2\d|three|five|six|ten|twelve|twenty)-(?:patient|chart|scan|case|note|record|study|image)\s+"
        r"(?:[\w-]+\s+)?(?:check|validation|test\s+set|validation\s+set|accuracy\s+check)\b|"
        r"\b(?:validat\w*|chart[\s-]review\w*|cohort)\b[^.;\n]{0,40}?\b(?:(?:on\s+)?a\s+(?:half[\s-])?dozen(?=\s+(?:[\w-]+\s+)?(?:charts|scans|studies|notes|cases|records|images|encounters|patients))|"
        r"n\s?=\s?(?:[1-9]|1\d|2\d))\b(?!\s*,?\d)"),
}
