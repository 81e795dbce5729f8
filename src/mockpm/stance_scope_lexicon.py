"""Where a stance trigger's scope ends: ConText's termination terms, clause boundaries and gates,
and the negators that cancel a dismissal trigger ("not optional", "refuse to skip")."""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.stance_lexicon import _NEG_WORD

# Termination terms end a trigger's scope (ConText). Gates end a negation's scope and assert
# what follows: "nothing goes live until ...", "never without ...".
_COPULA = r"(?:(?:is|are|was|were|would\s+be|seems?)\s+(?:\w+ly\s+|just\s+|a\s+)?)?"
_TERMINATION_WORDS = (
    r"\b(?:but|however|although|though|yet|except|whereas|because|since|so|which|while|instead|then|"
    r"as\s+long\s+as|so\s+that|and\s+then|and\s+(?:we|I|they|the\s+team)\b|if|when|whenever|wherever|unless|whether)\b|"
    # (not a clause that names its object again: "treat validation as something we do post-launch")
    r"(?<!\bsomething\s)(?<!\bthing\s)(?<!\bstep\s)(?<!\btask\s)\b(?:we|I)\b(?=\s+(?:will|would|should|can|could|must|need|want|measure|track|set|run|start|use|ask|go|launch|do)\b)|"
    r"\b(?:we'd|we'll|I'd|I'll)\b|[;:\[\]—–]| - |"
    # an absolute phrase after a comma is its own scope: "a recorded call in Creole, with text optional"
    # (read up to a backward trigger, so the phrase runs from "with" to the trigger: a few words)
    r",\s+with\b(?=(?:\s+[\w-]+){1,3}\s*$)|,\s+(?=(?:and\s+)?(?:we|I|I'd|I'll|we'd|we'll|then|our|they|it)\b|[\w-]+\s+(?:is|are)\s)|"
    # the main clause after a negated relative one: "any draft the physician hasn't signed by hour 22
    # is auto-attested", "alerts not acknowledged in ten minutes are automatically closed" (its verb
    # ends the scope; "Nothing is automatically cancelled" has none and stays denied)
    r"\b(?:\w+ed|read|seen|done|sent|signs?|repl(?:y|ies)|responds?|confirms?|answers?|acknowledges?|opens?)\b[^.;,\n]{0,40}?"
    r"\s(?:is|are|gets?|will\s+be|would\s+be)\s+(?:then\s+)?(?=automatically\b|auto-)"
)
_TERMINATION = regex_cache.compile(_TERMINATION_WORDS + r"|[()]", re.IGNORECASE)
# Read back from a trigger, a parenthesis that closes just before it belongs to its subject:
# "Consumer growth habits (ship fast, A/B test everything) don't carry over"; one earlier is an aside.
_TERMINATION_BACK = regex_cache.compile(
    _TERMINATION_WORDS + r"|\((?![^()]*\)[\s*_]*" + _COPULA + r"$)|\)(?![\s*_]*" + _COPULA + r"$)|"
    # ... and a main clause after a fronted phrase starts at its subject: "Before consent, the sponsor doesn't need to see records"
    r",\s+(?=(?:the|their|a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$)", re.IGNORECASE)
_NEW_CLAUSE = regex_cache.compile(r",\s+(?:and|then|so|or)\s+(?!(?:the|a|an|our|their|any|all)\b)\w+\s+(?:on|the|a|an|it|them|this|that|our|with|by|to|for)\b", re.IGNORECASE)
# What someone else wants ends where the candidate's own clause begins: "I'd push back if the CNO
# wants a staged rollout, and we go live on day one" commits to the go-live.
# (so does the main clause after someone's proposal set as a condition: "if a customer asks for X, we'll ...")
_OWN_CLAUSE = regex_cache.compile(r",\s+(?:and|so|but|then|because)\s+(?:sure,?\s+)?(?:we|I|you|they|it)\b|\s+because\b|,\s+so\b|"
                                  r"(?<=\S),\s+(?:we|I)(?:'d|'ll|\s+would|\s+will)?\s", re.IGNORECASE)
_ELIDED = regex_cache.compile(r"\s*(?:[.;!?)]|,(?!\s*(?:and|or|but)?\s*(?:\w+ly\s+)?(?:\w+n't|not|cannot)\b))")  # "pills they shouldn't, and ..."
_SEMI = regex_cache.compile(r"[;:]|\s[-—–]\s|,\s+(?:but|and\s+I|I)\b", re.IGNORECASE)
# Where one clause of a sentence ends and the next begins, for clause-wide cues.
# (A new first-person clause: ", and I'd expect ..."; a fronted object keeps its verb: "Safety
# monitoring, I'd pass to their quality team", and "it" points back: "..., and it's outside scope".)
_CLAUSE_BOUNDARY = regex_cache.compile(r",\s+(?:and|but|so|then|or)\s+(?=(?:I|we|I'd|we'd|I'll|we'll)\b)", re.IGNORECASE)
# ("Not in reports pre-De Novo": "pre-" on a named milestone reads as "before"; "a pre-Sub meeting" names a thing)
_GATE = regex_cache.compile(r"\b(?:without|until|unless|before|till|only\s+(?:if|when|after|with|once))\b|,\s+(?:after|once|pending)\b|"
                            r"(?<=\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bour\s)(?-i:pre-(?=[A-Z0-9]))", re.IGNORECASE)
# A move joined by "or to"/"nor to" (or "or" and a launch verb) after a negation's rule, inside
# its clause: the negation reaches it past the rule's condition. A bare ", to ..." joins only in
# a list that goes on to "or to" ("no request to ship without her sign-off, to rely on a banner
# instead, or to ..."); alone it is a purpose ("never launch without sign-off, to keep trust").
_REFUSED_CONJUNCT = regex_cache.compile(
    r"[^.;:!?\n]*?(?:,?\s+(?:or|nor|and)\s+(to\s+[a-z]+)|,\s+(to\s+[a-z]+)(?=[^.;:!?\n]*?,?\s+(?:or|nor)\s+to\s)|"
    r",?\s+(?:or|nor)\s+((?:go|ship|launch|roll|turn|switch|push|expand|scale|release)\b(?!-)))",
    re.IGNORECASE)
_SUBJECT_VERB = regex_cache.compile(
    r"(?<=\s)(?:the|our|their|its|all|every)\s+(?:[\w-]+\s+){0,2}?(?:go|goes|will|launch\w*|ship\w*|roll\w*|start\w*|get|gets|turn\w*|switch\w*)\b",
    re.IGNORECASE)

# ... and what "without" lacks ends where the sentence's own verb begins: "any note that reaches hour
# 23 without a signature is finalized by the app" finalizes the note.
_MAIN_VERB_AFTER_WITHOUT = regex_cache.compile(
    r"\s(?:is|are|was|were|gets?|will\s+be|would\s+be)\s+(?:then\s+|\w+ly\s+)?(?:\w+ed|\w+en|sent|set|put|kept|held|paid|sold|made)\b",
    re.IGNORECASE)

# A negator or a preference against a dismissal trigger in its clause cancels both: "not optional",
# "don't skip", "we would not leave the FDA for later", "rather than paper over it".
_NEGATED_TRIGGER = regex_cache.compile(
    # (a trigger joined to a denied one is denied with it: "not ask her to skip or shortcut testing")
    rf"(?:\b{_NEG_WORD}\b|n't|\brather\s+than|\binstead\s+of)\s+(?:[\w'-]+\s+){{0,5}}(?:[\w'-]+\s+(?:or|nor)\s+)?$|"
    # "I wouldn't count physician review as a reason to skip the testing", "no excuse to skip it"
    rf"(?:\b{_NEG_WORD}\b|n't)\s+(?:[\w'-]+\s+){{0,6}}?(?:a\s+)?(?:reason|excuse)\s+to\s+$|"
    # a refusal: "I'd refuse outright to skip sign-off"
    r"\b(?:refus|declin)(?:e|es|ed|ing)\s+(?:outright\s+|\w+ly\s+)?to\s+$",
    re.IGNORECASE,
)
# What a cost is said of: "fifteen committees approved local processing, and reopening them costs
# months we don't have" waves off the reopening, not the approvals in the clause before it.
_COST_VERB_BEFORE = regex_cache.compile(r"\b(?:costs?|would\s+cost|will\s+cost|takes?|would\s+take|will\s+take|eats?|burns?)\s+(?:us\s+)?$",
                                        re.IGNORECASE)
_COORDINATED_CLAUSE = regex_cache.compile(r",\s+(?:and|but|so|or)\s+", re.IGNORECASE)

# A patient's own choice is no step made optional: "patients opt in, choose the channel, can
# add a caregiver if THEY want" ("the escalation path can be the charge nurse if nurses want it" still is)
# (or is offered to them on request: "Creole speakers default to a voice call, with text available if they ask for it")
PATIENT_CHOICE = (
    r"\b(?:patients?|members?|people|families|parents|caregivers|users|teens|callers|participants|residents|speakers|enrollees|beneficiaries|households)\b"
    r"[^.;!?\n]{0,80}?\b(?:(?:can|may|could|get\s+to|gets?|receives?)\s+[^.;!?\n]{0,120}?\bif\s+(?:they|he|she)\s+(?:really\s+)?(?:want|wish|prefer|choose|like)s?|"
    r"(?:available|offered)\s+(?:to\s+them\s+)?if\s+(?:they|he|she)\s+(?:ask|want|prefer|choose)s?)\b"
)

# A time cue at the end of coordinated verb phrases is the last one's: in "start it in silent mode and
# switch it on a month after go-live" only the switching on waits. A verb is known by the object that
# follows it (a pronoun or a determiner), so "silent mode and bias audits after launch" stays one list.
_VERB_CONJUNCT = regex_cache.compile(
    r"\b(?:and|then)\s+(?!(?:the|a|an|our|their|its|his|her|also|then|only|even|all|any|some|every|each|more|no|not|so|if|when|once|we|I|they|you)\b)"
    r"[a-z]+\s+(?:it|them|this|that|these|those|the|a|an|our|their|its)\b",
    re.IGNORECASE)
