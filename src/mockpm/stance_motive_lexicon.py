"""Stance triggers for why a step is there: derided as ritual, kept to move the blame, held "in
theory", or granted its appeal only to be answered. Kept apart from ``stance_lexicon`` as
``stance_cost_lexicon`` is: the same (stance, pattern) pairs, read the same way.
"""

from __future__ import annotations

from mockpm.reported_lexicon import REPORTED
from mockpm.stance_lexicon import DISMISSED, OTHERS

MOTIVE_CLAUSE_WIDE: list[tuple[str, str]] = []
# Derision of a safeguard or of the people who hold it, and a check arranged to pass: "the
# obligatory pilot", "so the compliance police can sleep at night", "ticking all the boxes", "the
# tax we pay to the governance gods", "might as well do one that passes", "nobody will ever hit
# it", "so the after picture looks great". Said of a safeguard, each waves it away as ritual.
MOTIVE_CLAUSE_WIDE += [
    (DISMISSED, r"\b(?:(?:compliance|privacy|safety|regulatory|ethics|governance|quality|bias|diversity|fairness|process|legal|audit)\s+"
                r"(?:police|cops|brigade|gods|mafia|nannies|zealots)|(?:so|and)\s+(?:that\s+)?(?:[\w-]+\s+){0,5}?can\s+sleep\s+at\s+night|"
                r"keep\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:people|folks|crowd|police|regulators?|lawyers|auditors|committee|beast)\s+"
                r"(?:happy|quiet|off\s+our\s+backs?|at\s+bay|placated|satisfied)|"
                r"(?:obligatory|ceremonial|ritual(?:istic)?|sacred)\s+(?:[\w-]+\s+){0,2}?(?:pilot|baseline|review|check|audit|pre-?sub|sign-?off|meeting|"
                r"analysis|validation|step|part|subgroup|study|committee|run|call|slide)s?|"
                r"tick(?:ed|ing|s)?\s+(?:the\s+|their\s+|every\s+|all\s+(?:the\s+)?|our\s+)?(?:[\w-]+\s+)?boxes|boxes\s+ticked|box-?ticking|get\s+a\s+checkbox|"
                r"(?:the\s+)?tax\s+we\s+pay|feed\s+the\s+(?:[\w-]+\s+)?beast|get\s+to\s+feel\s+(?:consulted|heard|involved|included)|permission\s+slip|"
                r"magic\s+(?:phrase|word)s?|(?:this|all\s+(?:of\s+)?(?:this|that))\s+theat(?:er|re)|"
                r"might\s+as\s+well\s+(?:\w+\s+){0,4}?(?:one|it|them)\s+that\s+pass(?:es)?|pass(?:es)?\s+every\s+time|"
                r"(?:nobody|no\s+one)\s+will\s+ever\s+(?:hit|trip|open|read|notice|check)\b|"
                r"so\s+(?:that\s+)?(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:chart|slide|picture|numbers?|effect\s+size|results?|dashboard|metrics?)\s+"
                r"looks?\s+(?:great|lovely|good|better|nice|impressive|amazing)|makes?\s+(?:a\s+)?(?:lovely|nice|great|pretty)\s+(?:chart|slide|graph))\b"),
]
# ... or kept to move the blame, not to find anything (as stance_lexicon's paper trail is), said
# as the safeguard's purpose: "so the liability sits with the physician", "so follow-up is on
# them, not the product", "no need to surface it". (Where the blame lands, said as a risk, is no
# motive: "that lands on the physician, not on us"; nor is a decision written up "so there's a
# record".)
MOTIVE_CLAUSE_WIDE += [
    (DISMISSED, r"(?:\b(?:so(?:\s+that)?|once\s+[^.;!?\n]{0,40}?,|that\s+way,?|which\s+(?:means|makes)|making)\s+(?:[\w'-]+\s+){0,4}?"
                r"(?:(?:error|errors|mistake|fault|blame|responsibility|liability)\s+(?:is|are|sits|lies|rests|lands|falls|stays)\s+(?:then\s+|now\s+|squarely\s+)?"
                r"(?:theirs|(?:with|on)\s+(?:them|him|her|the\s+(?:physician|clinician|nurse|doctor|member|patient|user|customer|site|hospital)s?))|"
                r"(?:is|are|sits|lands|falls)\s+on\s+(?:them|the\s+[\w-]+),?\s+not\s+(?:on\s+)?(?:us|the\s+(?:product|vendor|company|app|tool|platform)))|"
                r"\bshift\w*\s+(?:the\s+)?(?:blame|liability|responsibility)|\bliability\s+(?:is|stays|sits|remains)\s+(?:still\s+)?ours|"
                r"\b(?:legal|we|the\s+company)\s+(?:is|are)\s+covered|\b(?:no\s+need|don't\s+need|do\s+not\s+need)\s+to\s+surface|"
                r"\bkeeps?\s+us\s+out\s+of\s+(?:trouble|court|liability|the\s+liability)|"
                r"\bif\s+(?:[\w-]+\s+){0,4}?(?:is|are|gets?)\s+(?:ever\s+)?(?:litigated|sued|subpoenaed),?\s+we\s+can\s+show|"
                # ... "the record shows the decision was theirs, not ours", "an exposure profile in which
                # responsibility for every diagnosis sits with the treating physician"
                r"\b(?:decision|call|diagnosis|fault|responsibility|liability|blame)\s+(?:was|is|stays|remains)\s+theirs,?\s+not\s+ours|"
                r"\b(?:in\s+which|where)\s+(?:the\s+)?(?:responsibility|liability|blame|fault)\b[^.;\n]{0,40}?\b(?:sits|lies|rests|lands|falls|stays)\s+"
                r"(?:squarely\s+)?(?:with|on)\s+the\s+(?:treating\s+)?(?:physician|clinician|hospital|doctor|site|customer|nurse)s?)\b"),
]

# An option granted its appeal and then answered is not the plan (ConText's hypothetical): "Free
# pilots for the first few systems would close deals fast, but free pilots teach buyers ...",
# "Going live on both EHRs at once looks like it doubles the pipeline, but ...", "Three physicians
# who love it is a nice story, but ...". (A cost conceded is not this: "a silent run would cost
# us the date, but it's the only way to know" keeps the run; nor is a step called a good start,
# "a silent run is a good first step, but we also need ...".)
MOTIVE_BACKWARD = [(REPORTED, r"\b(?:would|could|might)\s+(?:\w+\s+){0,2}?(?:win|close|satisfy|speed|save|please|impress|double|look\s+(?:good|great|bold|fast)|"
                         r"feel\s+(?:good|great|safe|fast)|sound\s+(?:good|great|bold)|buy\s+us|get\s+us|delight|wow|thrill)\w*\b(?=[^.;\n]{0,120}?,\s+but\b)|"
                         r"\blooks?\s+like\s+(?:it\s+)?\w+(?=[^.;\n]{0,120}?,\s+but\b)|"
                         r"\b(?:is|are)\s+(?:a\s+)?(?:great|good|nice|fine|useful|helpful|reasonable|tempting)\s+(?:instinct|idea|story|anecdote)(?=,?\s+but\b)")]
# ... and so is a step held "in theory", the candidate's own hedge before what they would really do:
# "Baseline measures: in theory we'd capture time-to-sign before the change. In practice ..."
MOTIVE_CLAUSE_WIDE += [(DISMISSED, r"\bin\s+theory\b(?!\s+and\s+in\s+practice)")]
# ... and so is a step answered with a token gesture declared enough ("CMIO sign-off: a courtesy
# email before release is enough"), or put on someone else's side of a line ("Revenue cycle and
# the 24-hour target: that's a health-system process"). ("Set by the lab director, not by us" is a
# clinical call placed where it belongs, not a step waved off.)
MOTIVE_CLAUSE_WIDE += [
    (DISMISSED, r"\b(?:a|an|one)\s+(?:courtesy|quick|short|brief|single|simple|informal|cursory)\s+(?:email|e-mail|note|call|heads-up|check|look|glance|chat|"
                r"meeting|slide|memo|ping|message|demo)\b[^.;!?\n]{0,40}?\b(?:is|are|will\s+be|should\s+be)\s+(?:more\s+than\s+|plenty\s+|quite\s+)?"
                r"(?:enough|sufficient|plenty|fine)\b"),
    (OTHERS, r"\b(?:is|'s)\s+(?:a|their|the)\s+(?:health[\s-]system|hospital|customer|client|site|payer|sponsor)(?:'s)?\s+"
             r"(?:process|problem|issue|matter|job|responsibility)\b|\blives?\s+with\s+(?:somebody|someone)\s+else\b"),
]
