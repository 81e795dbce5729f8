"""Claims no clinical team could stand behind: the numbers of an answer read against what care allows.

An answer can carry every right word and still promise a 99.9 % catch rate from thirty scans, a
510(k) in six weeks or 280 nurses trained in fifteen minutes. A committee hears that as not
knowing how medicine, regulation or hospitals work. Each family below is one way of being
implausible; one slip is forgiven (a typo, a stretch goal), two claims are a pattern.
Only the candidate's own claims count: "no model reaches 99 % sensitivity" is judgment, not a claim.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.compressed_schedule import done_in_days
from mockpm.keywords import LoweredPattern
from mockpm.lax_bars import FAMILIES as LAX_FAMILIES
from mockpm.lax_bars import NEGATION_INSIDE
from mockpm.passages import Reading, reading_for
from mockpm.substance_lexicon import number_value

_SHORT_TIME = (
    r"(?:(?:in|within|over|took|takes|inside|by|under|is|clears?\s+in)\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+|less\s+than\s+|typically\s+|usually\s+|roughly\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|ten|a\s+couple\s+of|a\s+few|[1-9]|[1-4]\d)\s+(?:afternoon|morning|evening|weekend|sprint|days?|hours?|minutes?)s?|"
    # (a span "of" delay is a cost, not how long the work takes: "every week we wait is a week of slip")
    r"(?:one|two|three|four|five|six|a\s+couple\s+of|a\s+few|[1-6]|a)\s+weeks?\b(?!\s+of\s+(?:slip\w*|delay|waiting|runway|lost)))\b|overnight|"
    # "for" a span of days, not weeks: "a silent run for 3 days" (a few weeks of silent mode is a real plan).
    r"for\s+(?:just\s+|only\s+|about\s+)?(?:\d{1,2}|one|two|three|four|five|a\s+few|a\s+couple\s+of)\s+(?:days?|hours?|minutes?)\b)"
)
# Days or less, for work that weeks can do (a silent run, a site's validation, a translation).
_SHORT_DAYS = (
    r"(?:(?:in|within|over|took|takes|inside|by|under|is)\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+|less\s+than\s+|roughly\s+)?"
    r"(?:an?|one|two|three|four|five|six|ten|a\s+couple\s+of|a\s+few|[1-9]|[1-4]\d)\s+(?:afternoon|morning|evening|weekend|days?|hours?|minutes?)s?\b|overnight|"
    r"for\s+(?:just\s+|only\s+|about\s+)?(?:\d{1,2}|one|two|three|four|five|a\s+few|a\s+couple\s+of)\s+(?:days?|hours?|minutes?)\b)"
)
# A metric of a model or a process, named before or after its figure.
_METRIC = (
    r"sensitivity|specificity|accuracy|accurate|agreement|concordance|precision|recall|ppv|npv|adherence|attendance|"
    r"adoption|compliance|match|correct|catch|top-1|auroc|auc|completion|hallucination|error"
)
# Rates that cannot pass 100 %, and hard outcomes no product halves.
_BOUNDED_RATE = r"pdc|adherence|attendance|control\s+rate|rate|coverage|accuracy|sensitivity|specificity|compliance|uptake"
_HARD_OUTCOME = r"mortality|deaths?|readmissions?|admissions?|sepsis\s+deaths|suicides?|strokes?|amputations?"
_CUT = r"(?:cut|cutting|reduc\w*|lower\w*|drop\w*|down|fall\w*|decreas\w*|slash\w*|halv\w*|remov\w*|eliminat\w*)"
# What one person can do in a month: read, shadow, interview or visit a few dozen, not hundreds.
_PERSONAL_DEED = (
    r"\b(?:read|shadow(?:ed)?|interview(?:ed)?|met\s+with|memori[sz]ed|visited)\s+(?:about\s+|around\s+|over\s+|roughly\s+|nearly\s+|some\s+|all\s+)?"
    r"(?:[1-9]\d{2,}|\d{1,3},\d{3})\s+(?:[\w-]+\s+)?(?:papers|physicians|doctors|nurses|clinicians|hospitals|articles|codes|sites)\b"
)
_SHORT_SPAN = (
    r"\b(?:(?:last|this|past|in\s+a|in\s+one|within\s+a)\s+(?:week|month|weekend)|"
    r"(?:in|over|within|during)\s+(?:the\s+(?:last|past)\s+)?(?:\d|one|two|three|four|a\s+few|a\s+couple\s+of)\s+(?:weeks|days))\b"
)
# What a person cannot do sixty of in an hour (a radiologist can read sixty chest films).
_HOURLY_ITEMS = r"(?:notes|patients|charts|visits|calls|summaries|conversations|discharges|candidates|messages|reviews|referrals|cases)"
# A stretch of a sentence with no negation in it ("a 20-chart review isn't enough" claims nothing).
_UNNEGATED = r"(?:(?!\b(?:not|isn't|aren't|wasn't|never|no)\b)[^.!?\n])"
# One person's role, and the work items a person handles, for the workload family.
_PERSON = (r"(?:nurse|physician|doctor|clinician|provider|coordinator|navigator|reviewer|counsel+or|therapist|hospitalist|"
           r"pharmacist|care\s+manager|CSM|agent|analyst|radiologist|scribe|coder)s?")
_ITEMS = (r"(?:notes|patients|charts|visits|calls|members|summaries|conversations|discharges|candidates|messages|reviews|"
          r"studies|scans|reads|reports|referrals|cases)")
FAMILIES: dict[str, LoweredPattern] = {
    # Near-perfect performance or outcome from a model, a process or people.
    "near-perfect": LoweredPattern(
        rf"\b(?:(?:9[89](?:\.\d+)?|100)\s?(?:%|percent)|0\.99\d*|0\.0+\d\s?%)\s*(?:\w+\s+){{0,3}}?(?:{_METRIC})(?:e?s)?\b|"
        # ... the metric first: "sensitivity 99%", "PPV of at least 98%", "uptime is 100%".
        rf"\b(?:{_METRIC})\s*(?:[(/:=≥>~]|of|at\s+least|is|works\s+out\s+to|around|about|\s)*\s*(?:9[89](?:\.\d+)?|100)\s?(?:%|percent)|"
        r"\buptime\s+(?:is|of|at)\s+100\s?%|100\s?%\s+uptime|"
        # ... a real error rate promised away: "error rates go from around 15% to 0%", "Under-triage: 6.1% to 0.0%".
        r"\b(?:from\s+)?(?:about\s+|around\s+)?\d+(?:\.\d+)?\s?%\s+(?:down\s+)?to\s+(?:0|zero)(?:\.0+)?\s?(?:%|percent)|"
        r"\bzero\s+(?:\w+\s+){0,2}?(?:errors?|under-?triage|harm|incidents?|false\s+\w+|misses|missed\s+\w+|duplicates?|"
        r"complaints?|events?|no-shows?|readmissions?)\b"),
    # Work that takes months (clearance, audits, approvals, validation, training a workforce) done in days.
    "impossible-speed": LoweredPattern(
        # A workforce trained in minutes: "320 nurses trained in one ten-minute huddle", "all 600
        # travel nurses get retrained with a five-minute video".
        r"\b\d{2,}\s+(?:[\w-]+\s+)?(?:nurses|physicians|doctors|clinicians|staff|coordinators|agents|radiologists|pharmacists)\s+"
        r"(?:get\s+|are\s+|were\s+|will\s+be\s+|all\s+)?(?:re-?)?trained\s+(?:in|with|via|during|through|at|by)\s+(?:a|one|an)\s+(?:single\s+)?"
        r"(?:[\w-]+[\s-])?(?:minute|huddle|email|video|webinar|tip\s+sheet)(?![^.!?\n]*\b(?:super-?users?|at-the-elbow|on[\s-]site|educators?|champions?)\b)|"
        r"\b(?:FDA|510\s?\(k\)|De\s+Novo|clearance|SOC\s?2|Type\s+(?:II|2)|HITRUST|QMS|quality\s+(?:management\s+)?system|"
        r"ethics\s+(?:committee\s+)?approvals?|audit-ready|IRB\s+approvals?|approvals?\s+(?:from|at)\s+(?:all|every|\d+)|(?:all\s+)?\d{2,}\s+(?:ethics\s+|IRB\s+)?approvals)\b"
        rf"[^.!?\n]{{0,100}}?\b{_SHORT_TIME}|"
        # ... and work that takes weeks, done in days: a silent run, validation, translation, training.
        r"\b(?:(?:re-?)?validat\w*|silent(?:ly)?\s+(?:mode|run|period)|shadow(?:ed|ing)?\s+\d+|translat\w+\s+(?:into\s+)?\d+\s+languages|"
        r"train(?:ed|ing)?\s+(?:all\s+)?\d+\s+\w+|(?:all|every)\s+\d+\s+(?:sites|hospitals|clinics|systems))\b"
        rf"[^.!?\n]{{0,100}}?\b{_SHORT_DAYS}|"
        # ... or the short time first: "a 48-hour validation", "a five-day trial".
        # (a pilot or study of two weeks or more is a real plan: "a 60-day pilot")
        r"\b(?:(?:\d{1,2}|one|two|three|four|five|six|seven|ten)[\s-](?:hour|minute)|(?:[1-9]|1[0-3]|one|two|three|four|five|six|seven|ten)[\s-]day)(?!s?\s+shifts?\b)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:validation|silent|trial|study|pilot)|"
        r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|ten)[\s-](?:hour|day|minute)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:clearance|approval|licens\w*|credential\w*|accreditation)|"
        r"\b(?:\d|one|two|three)[\s-]week\s+(?:[\w-]+\s+){0,2}?(?:clearance|trial|study|approval|licens\w*|credential\w*|accreditation)|"
        # ... or an outcome that jumps in days: "from 60% to 99% adherence in 30 days".
        r"\b\d{1,2}\s?%\s+to\s+\d{1,3}\s?%\s+(?:[\w-]+\s+){0,3}?(?:in|within)\s+(?:\d{1,2}|a|one|two|three|four|five|six)\s+(?:days?|weeks?)\b|"
        # ... or a hard outcome cut within the first month: "sepsis mortality down 50% in the first month".
        rf"\b(?:{_CUT})\s+(?:[\w-]+\s+){{0,4}}?(?:by\s+)?\d{{2,3}}\s?%[^.!?\n]{{0,40}}?\b(?:in|within)\s+(?:the\s+)?(?:first\s+)?(?:month|week|days?|\d{{1,2}}\s+days)\b|"
        # ... or licences, credentials and translations, which take months, done in days.
        rf"\b(?:licens\w+|credential\w*|accreditation|\d+\s+languages)\b[^.!?\n]{{0,100}}?\b{_SHORT_TIME}"),
    # Arithmetic that cannot be: a rate past 100 %, a fall of more than all of it, a hard outcome
    # halved by a product ("PDC from 60% to 140%", "a 400% reduction", "cut readmissions by 80%").
    "impossible-arithmetic": LoweredPattern(
        rf"\b(?:{_BOUNDED_RATE})\b[^.!?\n]{{0,40}}?\bfrom\s+\d{{1,2}}(?:\.\d+)?\s?%\s+to\s+(?:1\d[1-9]|1[1-9]\d|[2-9]\d\d)\s?%|"
        r"\bfrom\s+\d{1,2}(?:\.\d+)?\s?%\s+to\s+(?:1\d[1-9]|1[1-9]\d|[2-9]\d\d)\s?%|"
        r"\b(?:1\d[1-9]|1[1-9]\d|[2-9]\d\d|\d{4,})\s?%\s+(?:reduction|decrease|drop|fewer|less|lower|cut|fall)\b|"
        rf"\b{_CUT}\s+(?:[\w-]+\s+){{0,3}}?(?:by\s+)?(?:1\d[1-9]|1[1-9]\d|[2-9]\d\d)\s?%|"
        rf"\b{_CUT}\s+(?:(?!{_HARD_OUTCOME})[\w-]+\s+){{0,2}}?(?:{_HARD_OUTCOME})\s+(?:by\s+)?(?:[5-9]\d|100)\s?%|"
        rf"\b(?:{_HARD_OUTCOME})\s+(?:{_CUT})\s+(?:by\s+)?(?:[5-9]\d|100)\s?%|"
        # ... or deaths expected to fall by four in ten: "sepsis mortality on those wards to fall by around 40%"
        rf"\b(?:mortality|deaths?|suicides?)\b[^.;\n]{{0,40}}?\b{_CUT}\s+(?:by\s+)?(?:around\s+|about\s+|roughly\s+|nearly\s+|over\s+)?(?:[4-9]\d|100)\s?%"),
    # Gains no care setting sees: "grew volume 40x", "180x headroom", "significant winners in 48 hours".
    "runaway-gain": LoweredPattern(
        r"\b(?:[1-9]\d{1,3})\s?(?:x|×)(?![\w-])|\b(?:ten|twenty|fifty|hundred)-?fold\b|"
        r"\bstatistically\s+significant\b[^.!?\n]{0,60}?\b(?:in|within|after)\s+(?:\d{1,2}|a|one|two|three)\s+(?:hours?|days?)\b|"
        r"\b(?:in|within|after)\s+(?:\d{1,2}|a|one|two|three)\s+(?:hours?|days?)\b[^.!?\n]{0,60}?\bstatistically\s+significant\b"),
    # More alerts or messages per person than anyone reads: "12 alerts per nurse per shift",
    # "27 messages per visit", "12 push notifications per day per member".
    "message-flood": LoweredPattern(
        r"\b(?:[1-9]\d|\d{3,})(?:\s*[-–]\s*\d+)?\s+(?:[\w-]+\s+)?(?:alerts?|notifications?|pushes|push(?:es)?|messages|reminders|touchpoints|texts|pages)\s+"
        r"(?:a|per|each|every)\s+(?:nurse|member|patient|person|user|clinician|physician|doctor|visit|appointment|day\s+per\s+(?:member|patient|user))\b"),
    # Human review squeezed to seconds, systems to a few milliseconds.
    "impossible-effort": LoweredPattern(
        # (the seconds must be the act's own length: "a 15-second review", "5 seconds per read", "ten
        # seconds to verify"; "in the 90 seconds after signing" is a window, not an effort)
        r"\b(?:(?:\d{1,2}|one|two|three|five|ten|fifteen|twenty)[\s-]seconds?\s+(?:(?:to|per|on|of|for|spent|in)\s+(?:(?:the|a|an|each|every|one|their|its)\s+)?)?(?:review|check|sign|verif|read|look)\w*|"
        # ... or a clinical interval in seconds: "a four-second door-to-triage time".
        r"door-to-\w+\s+(?:time\s+)?(?:of\s+|in\s+|under\s+)?(?:about\s+)?(?:\d{1,2}|one|two|three|four|five|ten)\s+seconds|"
        r"(?:\d{1,2}|one|two|three|four|five|ten)[\s-]seconds?\s+door-to-\w+|"
        # ... or any wait measured in minutes or hours cut to seconds: "from 45 minutes to around four seconds",
        # "Door-to-triage: 14 minutes down to 9 seconds".
        r"(?:from\s+)?(?:about\s+|around\s+)?(?:[1-9]\d+\s+minutes|\d+\s+hours)\s+(?:down\s+)?to\s+(?:about\s+|around\s+|under\s+|just\s+)?(?:[1-9]|one|two|three|four|five|six|ten|a\s+few)\s+seconds|"
        r"(?:review|check|sign|verif|read)\w*\s+(?:\w+\s+){0,4}?in\s+(?:about\s+|under\s+)?(?:\d{1,2}|one|two|three|five|ten|fifteen|twenty)\s+seconds|"
        r"(?:[1-9]|10)\s?(?:ms|milliseconds?)\b|millisecond\s+\w+|"
        # ... a person's act in seconds: "each one takes about 10 seconds to acknowledge", "0.2 seconds per note".
        r"(?:\d{1,2}|one|two|three|five|ten)\s+seconds?\s+to\s+(?:acknowledge|review|read|check|verify|sign)|"
        r"\b0\.\d+\s+seconds?\s+per\s+(?:note|chart|click|order|summary|patient)|"
        # ... or a click that costs minutes: "each click in Epic costs around 20 minutes".
        r"\b(?:each|every|per|a|one|single)\s+(?:extra\s+)?(?:click|tap|keystroke)\s+(?:[\w-]+\s+){0,4}?(?:costs?|takes?|adds?)\s+"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?[1-9]\d*\s+(?:minutes?|hours?)|"
        r"\b(?:one|two|three|a\s+couple\s+of|[1-5])\s+(?:extra\s+|more\s+)?clicks?\s+(?:[\w-]+\s+){0,4}?(?:add|cost|take)s?\s+"
        r"(?:about\s+|around\s+|roughly\s+)?[1-9]\d+\s+minutes?\s+(?:per|a|each|to\s+every)\s+(?:note|order|chart|patient)|"
        # ... or one person's month: "read 1,200 papers last month", "shadowed 300 physicians in three weeks".
        rf"{_PERSONAL_DEED}[^.!?\n]{{0,60}}?{_SHORT_SPAN}|{_SHORT_SPAN}[^.!?\n]{{0,40}}?{_PERSONAL_DEED})"),
    # More work per clinician per day than a day holds: "each physician signs 600 notes a day".
    "impossible-workload": LoweredPattern(
        r"\b(?:each|every|per|a\s+single|one)\s+(?:physician|doctor|nurse|clinician|provider|coordinator|care\s+manager|pharmacist)\b"
        r"[^.!?\n]{0,40}?\b(?:[2-9]\d\d|\d{1,3},\d{3}|\d{4,})\s+(?:notes|patients|charts|visits|calls|members)\s+(?:each\s+)?(?:a|per|each|every)\s+(?:day|shift)\b|"
        r"\b(?:physicians|doctors|nurses|clinicians|providers|coordinators|care\s+managers|pharmacists)\b"
        r"[^.!?\n]{0,40}?\b(?:[2-9]\d\d|\d{1,3},\d{3}|\d{4,})\s+(?:notes|patients|charts|visits|calls|members)\s+each\s+(?:a|per|every)\s+(?:day|shift)\b|"
        # ... the count first: "4,000 triage patients per nurse per shift".
        r"\b(?:[2-9]\d\d|\d{1,3},\d{3}|\d{4,})\s+(?:[\w-]+\s+)?(?:notes|patients|charts|visits|calls|members|studies|scans|reads)\s+"
        r"(?:a|per|each)\s+(?:physician|doctor|nurse|clinician|provider|coordinator|care\s+manager|pharmacist|radiologist)\s+(?:a|per|each|every)\s+(?:day|shift|hour)\b|"
        # ... or one person against a volume no person covers: "one part-time counsellor reviewing
        # about 180,000 conversations a month", "one nurse watching 60,000 patients", "each
        # navigator makes 4,500 calls a day", "400 summaries an hour per reviewer".
        rf"\b(?:one|a\s+single|each|every|per)\s+(?:part-time\s+|full-time\s+)?{_PERSON}\b[^.!?\n]{{0,50}}?\b(?:[1-9]\d{{1,2}},\d{{3}}(?:,\d{{3}})*|[1-9]\d{{4,}})\b|"
        rf"\b(?:one|a\s+single|each|every|per)\s+(?:part-time\s+|full-time\s+)?{_PERSON}\b[^.!?\n]{{0,50}}?\b(?:[1-9],?\d{{3}}|[1-9]\d{{3}})\s+(?:[\w-]+\s+)?{_ITEMS}\s+(?:a|per|each|every)\s+(?:day|shift)\b|"
        rf"\b(?:[6-9]\d|[1-9]\d{{2,}})\s+(?:[\w-]+\s+)?{_HOURLY_ITEMS}\s+(?:an|a|per|each)\s+hour\s+(?:per|for\s+(?:each|one|a))\s+{_PERSON}\b|"
        # ... a person's hour or day told the other way round: "a physician can review about 400
        # discharge summaries an hour", "each hospitalist signs about 150 discharges a day".
        rf"\b(?:a|one|each|every|the)\s+(?:of\s+(?:their|the|our)\s+)?(?:[\w-]+\s+)?{_PERSON}\b[^.!?\n]{{0,50}}?\b(?:[6-9]\d|[1-9]\d{{2,}})\s+(?:[\w-]+\s+)?{_HOURLY_ITEMS}\s+(?:an|a|per|each)\s+hour\b|"
        rf"\b(?:a|one|each|every|the)\s+(?:of\s+(?:their|the|our)\s+)?(?:[\w-]+\s+)?{_PERSON}\b[^.!?\n]{{0,50}}?\b(?:[1-9]\d{{2,}})\s+(?:[\w-]+\s+)?"
        r"(?:patients|visits|discharges|notes|charts|summaries|consults)\s+(?:a|per|each|every)\s+(?:day|shift)\b"),
    # A big claim resting on a handful of cases.
    "tiny-evidence": LoweredPattern(
        r"\b(?:on|from|of|with|across|testing|sample|sampling|audit\s+of)\s+(?:just\s+|only\s+|a\s+)?(?:sample\s+of\s+)?(?:[1-9]\d?|ten|twenty|thirty|forty|fifty)\s+"
        r"(?:cases|scans|CTs|studies|charts|patients|records|notes|members|images|summaries|participants|people)\b[^.!?\n]{0,80}?"
        r"\b(?:9\d(?:\.\d+)?\s?%|100\s?%|concordance|statistically|proves?|proven|publishable|matched|perfect|is\s+confirmed|power)|"
        # ... or a handful of cases named as the study that settles it: "a 12-person pilot is
        # significant", "a 10-patient check is enough", "8 patients per arm reach significance".
        r"\b(?:a|an|the|our)\s+(?:[1-9]|1\d|20|three|five|six|eight|ten|twelve|twenty)[\s-](?:person|patient|user|member|chart|case|summary|scan|study|note|physician|clinic)\s+"
        rf"(?:pilot|check|study|sample|test|trial|audit|review|run)\b{_UNNEGATED}{{0,80}}?\b(?:enough(?!\s+to\s+(?:find|surface|spot|catch|uncover|see|learn|show))|significan\w*|conclusive|proves?|proven|confirms?|settles?)\b|"
        rf"\b(?:[1-9]|1\d|20)\s+(?:patients|people|users|members|participants)\s+(?:per|in\s+each|each)\s+arm\b{_UNNEGATED}{{0,80}}?\b(?:significan\w*|9\d\s?%|power|conclusive|proves?)|"
        # ... "if 9 of the 12 keep logging, that's statistically significant", "agreed on all 12: 100% concordance".
        rf"\b(?:[1-9]|1\d)\s+(?:of|out\s+of)\s+(?:the\s+)?(?:[1-9]|1\d|20)\b{_UNNEGATED}{{0,80}}?\b(?:statistically|significan\w*|conclusive|proves?)|"
        rf"\b(?:on|across|in|for)\s+all\s+(?:[1-9]|1\d|20)(?=\s*[,.;:]|\s+(?:patients|cases|scans|studies|charts|notes|members|images|nurses|physicians)\b){_UNNEGATED}{{0,60}}?\b(?:100\s?%|concordance|safety\s+case|proves?|perfect)"),
    # ... and bars set where they cannot bite (lax_bars).
    **LAX_FAMILIES,
}
MIN_CLAIMS = 2
# Families that name one fault in two shapes.
SAME_FAULT = {"token-review": "thin-sample", "token-validation": "thin-sample",
              "token-trial": "too-short", "impossible-speed": "too-short"}

# Arithmetic the answer shows and gets wrong by more than any unit conversion explains (a month to
# a year is 12): "2% is about one bad draft per 10,000", "3% of 200,000 users is 50 a year",
# "every 15 minutes is 96 scores an hour".
ARITHMETIC_SLACK = 20.0
_QTY = r"(\d[\d,]*(?:\.\d+)?|one|a|an)"
_SAYS = r"(?:is|means|that's|that\s+is|it's|which\s+is|gives(?:\s+us)?|works\s+out\s+to|comes\s+to|equals|=|≈)\s+(?:about|roughly|around|maybe|only|just|approximately|~)?\s*"
_PERCENT_AS_RATE = regex_cache.compile(
    rf"\b(\d+(?:\.\d+)?|one|two|three|four|five|ten)\s?(?:%|percent)[^.;!?\n]{{0,80}}?\b{_SAYS}(?:one|1|a)\s+(?:[\w-]+\s+){{0,3}}?(?:in|per|out\s+of|every)\s+{_QTY}\b",
    re.IGNORECASE)
_PERCENT_OF = regex_cache.compile(
    rf"\b(\d+(?:\.\d+)?)\s?%\s+of\s+[^.;!?\n]{{0,60}}?\b(\d[\d,]*)\b[^.;!?\n]{{0,60}}?\b{_SAYS}(\d[\d,]*(?:\.\d+)?)\b(?!\s?%)",
    re.IGNORECASE)
_EVERY_MINUTES = regex_cache.compile(
    r"\bevery\s+(\d+)\s+minutes?\b[^.;!?\n]{0,80}?\b(\d+)\s+(?:[\w-]+\s+){0,4}?(?:per|an|a|each)\s+(?:[\w-]+\s+){0,2}?hour\b",
    re.IGNORECASE)


# A span of time said to equal another ("two quarters is about three weeks of engineering"): the
# units convert exactly, so more than a factor of DURATION_SLACK apart is a slip. Rates ("30
# minutes a day is 3.5 hours a week") are not spans and are skipped.
DURATION_SLACK = 2.5
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.4, "quarter": 91.3, "year": 365.0}
_SPAN = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|half\s+a)[\s-]+(minute|hour|day|week|month|quarter|year)s?\b"
_NOT_A_RATE = r"(?!\s+(?:a|an|per|each|every)\s+\w)"
_EFFORT = regex_cache.compile(r"s?\s+of\b", re.IGNORECASE)
_DURATION_IS = regex_cache.compile(rf"\b{_SPAN}{_NOT_A_RATE}[^.;!?\n]{{0,30}}?\b{_SAYS}{_SPAN}{_NOT_A_RATE}", re.IGNORECASE)


def _days(count: str, unit: str) -> float | None:
    n = number_value(count.lower().replace("half a", "half"))
    return None if n is None else n * _DAYS[unit.lower()]


def _off(said: float, expected: float, slack: float = ARITHMETIC_SLACK) -> bool:
    return said > 0 and expected > 0 and max(said / expected, expected / said) > slack


def _arithmetic_slips(text: str) -> list[tuple[int, int]]:
    slips = []
    for m in _PERCENT_AS_RATE.finditer(text):
        pct, n = number_value(m.group(1)), number_value(m.group(2))
        if pct and n and _off(n, 100 / pct):
            slips.append(m.span())
    for m in _PERCENT_OF.finditer(text):
        pct, base, said = float(m.group(1)), number_value(m.group(2)), number_value(m.group(3))
        if base and said is not None and _off(said, pct / 100 * base):
            slips.append(m.span())
    for m in _DURATION_IS.finditer(text):
        if _EFFORT.match(text, m.end(2)) or _EFFORT.match(text, m.end(4)):
            continue  # effort is not elapsed time: "40 hours of review is a week of her time"
        said, other = _days(m.group(1), m.group(2)), _days(m.group(3), m.group(4))
        if said and other and _off(said, other, DURATION_SLACK):
            slips.append(m.span())
    for m in _EVERY_MINUTES.finditer(text):
        every, per_hour = float(m.group(1)), float(m.group(2))
        if every and _off(per_hour, 60 / every, 3.0):
            slips.append(m.span())
    return slips


# "Zero" set as a bar or measured against a baseline is a gate or a result, not a promise: "zero
# medication errors before it is turned on", "zero duplicates in two weeks, against a baseline of
# four a day". Approvals under a central or single IRB come in weeks.
_ZERO_AS_BAR = regex_cache.compile(r"\b(?:bar|gate|target|threshold|until|requirement|must|criteri\w+|before|baseline|against|compared|judge\s+(?:me|us)\s+on)\b", re.IGNORECASE)
# Zero events left unhandled is a process kept, not an outcome promised: "zero unreviewed safety
# events", "zero unexplained discrepancies".
_UNHANDLED = regex_cache.compile(r"zero\s+un[a-z]+(?:ed|ted)\b", re.IGNORECASE)
# Advice asked for quickly is not work done quickly: counsel's written opinion, a gap assessment
# or a first call in 30 days is how a regulatory plan starts ("get a 510(k) in 30 days" is not).
_ADVICE = regex_cache.compile(
    r"\b(?:opinion|memo|assessment|gap\s+analysis|read\s+on|view\s+on|answer\s+on|call|meeting|kick-?off|consult\w*|briefing|scoping)\b",
    re.IGNORECASE)
_APPROVAL = regex_cache.compile(r"approval|irb|ethics", re.IGNORECASE)
_CENTRAL_IRB = regex_cache.compile(r"\b(?:central|single|sIRB|reliance)\b", re.IGNORECASE)


def _excused(name: str, m: re.Match[str], reading: Reading) -> bool:
    sentence = reading.sentences[reading.sentence_index(m.start())]
    said = reading.text[sentence.start:sentence.end]
    if name == "near-perfect" and m.group(0).lower().startswith("zero"):
        return _ZERO_AS_BAR.search(said) is not None or _UNHANDLED.match(m.group(0)) is not None
    if name == "impossible-speed" and _APPROVAL.search(m.group(0)) and _CENTRAL_IRB.search(said):
        return True
    return name == "impossible-speed" and _ADVICE.search(m.group(0)) is not None


def implausible_claims(text: str) -> list[str]:
    """The implausible claims the candidate makes in their own voice: one entry per claim,
    named by its family (sorted)."""
    reading = reading_for(text)
    found = []
    # (families that read the same fault count one phrase once: "validated on 12 cases" is one
    # thin sample; "from 30% to 0% within 30 days" is two faults, an outcome and a speed)
    spans: list[tuple[str, int, int]] = []
    for name, pattern in FAMILIES.items():
        said = st.COMMITTED | {st.NEGATED} if name in NEGATION_INSIDE else st.COMMITTED
        fault = SAME_FAULT.get(name, name)
        for m in reading.matches(pattern):
            if (reading.stance(m.start(), m.end()) in said and not _excused(name, m, reading)
                    and not any(f == fault and a < m.end() and m.start() < b for f, a, b in spans)):
                spans.append((fault, *m.span()))
                found.append(name)
    found += ["arithmetic-slip" for a, b in _arithmetic_slips(text) if reading.stance(a, b) in st.COMMITTED]
    found += ["days-for-months" for _, a, b in done_in_days(text) if reading.stance(a, b) in st.COMMITTED]
    return sorted(found)
