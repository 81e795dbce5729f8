"""The two sides of each decision a plan can contradict itself on: the data of ``contradictions``.

Kept apart from the reading logic, as ``stance_lexicon`` is for ``stance``: each pair is a
pattern for one side of a decision and a pattern for its opposite.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm.keywords import LoweredPattern
from mockpm.message_templates import SLOT

_LAUNCH = r"(?:go(?:es|ing)?[\s-]live|launch\w*|roll\w*\s+(?:it\s+|this\s+)?out|turn\w*\s+(?:it\s+|this\s+)?on|switch\w*\s+(?:it\s+)?on|push\w*|ship\w*|deploy\w*|releas\w*|enabl\w*|expand\w*)"
_EVERYWHERE = (
    r"(?:(?:hospital|house|system|network|enterprise|department|unit|clinic|practice|program(?:me)?|company|organi[sz]ation)-wide|everywhere|every\s+(?:inpatient\s+|adult\s+)?(?:ward|unit|site|clinic|hospital|shift|bed)|"
    r"all\s+(?:(?:\d+|two|three|four|five|six|ten|twenty|thirty|forty)\s+)?(?:of\s+(?:the|our)\s+)?(?:(?!(?:remaining|other|rest)\b)[\w-]+\s+)?(?:wards|units|sites|clinics|hospitals|shifts|practices|states|members|customers|"
    r"nurses|physicians|clinicians|radiologists|providers|users|staff))"
)
# ("That same day I'd sit at the triage desk" opening a sentence points back to a day: no launch at once)
_AT_ONCE = r"(?:(?<![.!?:;]\sthat\s)(?<!\nthat\s)(?<!^that\s)same\s+(?:day|release|time|week|sprint)|at\s+once|on\s+(?:day\s+one|monday|the\s+(?:same\s+|contract\s+|go-live\s+|original\s+(?:go-live\s+)?)?(?:date|day)|that\s+(?:date|day))|simultaneous\w*|together|in\s+one\s+go|big[\s-]bang|from\s+day\s+one|in\s+(?:one|a\s+single)\s+(?:release|cutover|deploy\w*|push)|(?:in|with)\s+the\s+(?:next|coming|first)\s+(?:release|sprint|deploy\w*|push))"
# ... and a fixed day: "on the contract date", "on day one" (not "on the same day": that is at once;
# nor "on the date the CNO signs off": a gate)
_ON_THE_DAY = (r"(?:on\s+(?:day\s+one|monday|the\s+(?:(?:contract(?:ed)?|go-live|original(?:\s+go-live)?|promised|agreed|named)\s+)?date(?!\s+(?:when|that|which|the|her|his|their|[\w-]+\s+(?:signs?|approves?|agrees?)))|(?:the\s+)?(?:contract(?:ed)?|go-live|original(?:\s+go-live)?|promised|agreed|named)\s+day|that\s+date)|from\s+day\s+one|"
               r"(?:on|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?)\b)")


_RELATIVE_HERE = r",?\s+(?:which|that|who)\b"
_OTHER_NOUN = r"(?:(?!\b(?:who|which|whom)\b|\bthat\s+(?!same\b|very\b|day\b|date\b|week\b))[^.;!?\n])"


def _everywhere(when: str) -> str:
    """A launch to everyone, said with ``when`` it happens: "go live on all wards at once"."""
    # (not across a relative clause on another noun: in "super-users on every shift, a huddle that
    # travel nurses get on day one", day one is the nurses' first day, not the launch's; one on the
    # places themselves is the launch: "all twelve clinics, which go live on day one")
    return (rf"\b{_LAUNCH}\b[^.;!?\n]{{0,80}}?\b{_EVERYWHERE}\b(?:{_RELATIVE_HERE})?{_OTHER_NOUN}{{0,60}}?\b{when}\b|"
            rf"\b{_EVERYWHERE}\b(?:{_RELATIVE_HERE})?{_OTHER_NOUN}{{0,60}}?\b{when}\b|\b{when}\b[^.;!?\n]{{0,40}}?\b{_EVERYWHERE}\b")


# What a message can give away about the patient: the drug, the condition, the visit or who sees them.
_REVEALED = (r"(?:(?:the\s+)?(?:drug|medication|medicine|condition|diagnos[ie]s|visit[\s-]types?|type\s+of\s+(?:visit|appointment)|"
             r"department|clinician|provider|doctor|specialty)(?:'s)?(?:\s+names?)?|why\s+(?:the\s+patient|they|you|someone)\s+(?:is|are|'re)\s+coming|what\s+the\s+(?:visit|appointment)\s+is\s+(?:for|about))\b")


_UNKNOWN_LANGUAGE = r"(?:no|unknown|missing|unrecorded|blank|without\s+a)\s+(?:recorded\s+|preferred\s+|known\s+)?language"
_ENGLISH_FALLBACK = (r"(?:\b(?:get|gets|receive|receives|default\w*\s+to|fall\w*\s+back\s+(?:on|to)|send\w*\s+(?:them|those\s+patients))\s+(?:the\s+|our\s+)?"
                     r"(?:standard\s+|default\s+|usual\s+)?English(?:-only)?\s+(?:templates?|messages?|texts?|versions?|reminders?)\b|\bEnglish\s+(?:as|is)\s+(?:the\s+|our\s+)?(?:default|fallback)\b|"
                     # ... "we send the reminder in English by default"
                     r"\bin\s+English\s+(?:by\s+default|as\s+(?:the\s+)?(?:default|fallback))\b)")


PAIRS: dict[str, tuple[LoweredPattern, LoweredPattern]] = {
    # A staged launch, and a launch everywhere at once.
    "launch scope": (
        LoweredPattern(
            r"\b(?:pilot\w*|one\s+(?:[\w-]+\s+)?(?:ward|unit|site|clinic|pod|hospital|practice|team|region|area|floor)|(?:a\s+)?(?:single|handful\s+of|few|couple\s+of)\s+(?:wards?|units?|sites?|clinics?|hospitals?)|"
            r"(?:two|three|2|3)\s+(?:wards|units|sites|clinics|hospitals)\s+(?:first|for)|phased|ward\s+by\s+ward|unit\s+by\s+unit|site\s+by\s+site|clinic\s+by\s+clinic|"
            r"(?:rolled|rolls?|rolling|go(?:es|ing)?\s+live|launch\w*|expand\w*)\s+(?:out\s+)?in\s+(?:\w+\s+)?waves|wave\s+by\s+wave)\b"),
        LoweredPattern(_everywhere(_AT_ONCE)),
    ),
    # A silent run first, and everyone live on a fixed day: the run takes time the date does not
    # leave (a silent run and then every ward "at once", with no date, is one plan: a big bang).
    "silent run and the date": (
        LoweredPattern(r"\b(?:shadow[\s-]+mode|silent[\s-]+(?:run|mode|pilot|period|phase)|(?:weeks?|months?)\s+(?:of\s+)?(?:running\s+)?silent(?:ly)?\s+(?:at|on|in|across)|run\w*\s+(?:it\s+)?silently|"
                       r"dark[\s-]?launch\w*|(?:alerts?|suggestions?|outputs?|scores?|flags?)\s+(?:stay\s+|kept\s+|are\s+|remain\s+)?(?:hidden|suppressed|invisible))\b"),
        LoweredPattern(_everywhere(_ON_THE_DAY)),
    ),
    # A clinician who decides, and a system that acts on its own.
    "who decides": (
        LoweredPattern(
            r"\b(?:clinician|nurse|physician|doctor|pharmacist|radiologist|coordinator|investigator|human|care\s+manager|reviewer)s?\s+"
            r"(?:always\s+|still\s+)?(?:reviews?|approves?|confirms?|decides?|signs?\s+off|makes?\s+the\s+(?:final\s+)?(?:call|decision))\b|"
            r"\bhuman[\s-]in[\s-]the[\s-]loop\b|\bwithout\s+(?:a|the)\s+(?:clinician|nurse|physician|doctor|pharmacist|radiologist|human)\s+(?:[\w-]+\s+){0,3}?(?:confirm|approv|review|sign)\w*|\b(?:the\s+)?final\s+(?:call|decision|say)\s+(?:stays\s+)?with\s+the\s+(?:clinician|nurse|physician|doctor|radiologist|pharmacist)|"
            r"\bthe\s+(?:person|clinician|physician|doctor|nurse)\s+who\s+(?:ordered|placed\s+it|signed)\s+(?:\w+\s+)?decides\b|"
            # ... or in the passive: "every AI-drafted note gets looked at by the signing physician"
            r"\b(?:gets?|is|are|be)\s+(?:\w+ly\s+)?(?:looked\s+at|reviewed|checked|read|confirmed|approved|signed\s+off)\s+by\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?"
            r"(?:clinician|nurse|physician|doctor|pharmacist|radiologist|coordinator|investigator|human|reviewer)s?\b"),
        LoweredPattern(
            r"\bauto[\s-]?(?:cancel|order|sign|discharg|prescrib|triag|approv|reject|den[iy]|plac|declin|enrol|submit|insert|populat|finali[sz])\w*|"
            r"\b(?:automatically|silently)\s+(?:cancel|order|sign|discharg|prescrib|triag|approv|reject|den[iy]|declin|drop|delet|discard|enrol|submit|insert|populat|finali[sz]|adjust)\w*|"
            r"\bwithout\s+(?:a\s+)?(?:human|clinician|physician|nurse|pharmacist|radiologist)\s+(?:review|sign|check|in\s+the\s+loop)|"
            # ... the act first, "automatically" after it: "drops it and sends a cancel back automatically".
            r"\b(?:cancel|drop|delete|discard|reject|sign|submit|insert|finali[sz]e|approv|promot)(?:e?[sd]|led|ped)?\s+(?:[\w-]+\s+){0,8}?automatically\b|"
            r"\bauto[\s-]?promot\w*|\bno\s+(?:human|clinician|physician|clinical)\s+(?:review|sign[\s-]?off|check|gate)\b"),
    ),
    # Data that stays where it was collected, and the same data moved to one central place.
    "where the data lives": (
        LoweredPattern(
            # ("no patient-level EU data of any kind leaves the EU": "leaves" alone only after "no"; the data's
            # own clause, not a new one: "data is pseudonymised and the key never leaves the hospital" keeps the key)
            r"\b((?:no|zero)\s+(?:[\w-]+\s+){0,3}?)?(?:data|records|PHI|notes|charts|processing|patient-level\s+\w+|nothing\s+patient-level)\s+(?:(?!(?:is|are|was|were|but|while)\b)[\w-]+,?\s+){0,8}?"
            r"(?:stays?|remains?|never\s+leaves?|doesn't\s+leave|does\s+not\s+leave|never\s+cross\w*|crosses|(?:is|are)\s+(?:only\s+)?(?:processed|stored|hosted|kept)|(?(1)leaves|(?!)))\s+"
            r"(?:in\s+|within\s+|on\s+|inside\s+)?(?:the\s+|its\s+|their\s+|each\s+)?"
            r"(?:EU|Europe|European|region|country|site|sites|hospital|premises|on-prem|atlantic|border)\b|"
            r"\b(?:data\s+residency|stays?\s+in\s+(?:the\s+)?(?:EU|Europe|region|country)|in-region\s+processing|federated)\b|"
            # each region kept on its own: "deploy per region", "regional deployment", "runs next to the data"
            r"\b(?:(?:deploy\w*|host\w*)\s+per[\s-]region|per[\s-]region\s+(?:deployment|instances?|tenants?|hosting)|"
            r"regional\s+(?:deployment|tenants?|instances?)|(?:runs?|running)\s+next\s+to\s+the\s+data)\b"),
        LoweredPattern(
            r"\b(?:train\w*|pool\w*|centrali[sz]\w*|mov\w+|send\w*|copy\w*|upload\w*|export\w*|aggregat\w+|replicat\w+|ship\w*|run|runs|running|process\w*)\s+"
            r"(?:[\w'-]+,?\s+){0,8}?(?:in|to|into|through|on)\s+(?:a|one|our|the)\s+(?:[\w-]+'s\s+)?(?:single\s+|central\s+|main\s+|shared\s+)?(?:US|U\.S\.|American|central|single)\s+"
            r"(?:\w+\s+)?(?:region|cloud|data\s+lake|lake|environment|warehouse|bucket|platform|instance|cluster|servers?|tenant|data\s+cent(?:re|er)s?)\b|"
            r"\btrain\w*\s+(?:a\s+single\s+model\s+)?centrally\s+on\s+(?:the\s+)?(?:full|all|every|pooled)\b|"
            # every site's data, then where it is kept: "from all 40 sites, hosted in our Virginia GPU cluster"
            r"\b(?:all\s+(?:\d+\s+|forty\s+|the\s+)?(?:sites|hospitals|countries)|combined|pooled)\b[^.;\n]{0,100}?"
            r"\b(?:hosted|stored|processed|housed|trained|running|runs|kept)\s+(?:centrally\s+)?in\s+(?:a|one|our|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:US|U\.S\.|American|Virginia|Oregon|Ohio|Iowa|us-east(?:-\d)?|us-west(?:-\d)?)\b|"
            # ... or copied there on a schedule: "synced nightly to our central training cluster in us-east-1"
            # (not the gerund, "moving EU data to the US needs a legal basis", nor a base form that is also a noun, "transfer safeguards")
            r"\b(?:sync|synced|syncs|syncing|mirror|mirrored|mirrors|mirroring|streamed|streaming|exported|exports|copy|copied|copies|send|sent|sends|moved|moves|upload|uploaded|uploads|replicate|replicated|pooled|transferred|shares|shared|sharing|goes|flows|translate|translated|translates)\b[^.;\n]{0,140}?"
            # (a US place: "to our ML team in Boston", "through our translation service on the US cluster")
            r"\b(?:in|to|into|with|on|through)\s+(?:us-east(?:-\d)?|us-west(?:-\d)?|the\s+US|a\s+US\s+(?:region|cloud|cluster)|(?:the|our|their|a)\s+US-(?:hosted|based)\b|(?:(?:the|our|their|a)\s+(?:[\w-]+'s\s+)?)?(?:Virginia|Oregon|Ohio|Iowa|"
            r"Boston|New\s+(?:York|Jersey)|Austin|Texas|California|San\s+Francisco|Seattle|Chicago|Atlanta|Denver))\b"),
    ),
    # An alert the clinician can clear, and an alert that blocks until it is answered.
    "can the alert be cleared": (
        LoweredPattern(
            r"\b(?:advisory|non-interruptive|passive\s+(?:banner|indicator|flag)|(?:can|may)\s+(?:always\s+)?(?:dismiss|clear|ignore|snooze)\w*|"
            r"no\s+(?:new\s+)?(?:interruptive|pop-?ups?|modals?)|"
            # ... or of the person who clears it: "She dismisses the alert with one click and a reason."
            r"(?:she|he|they|nurses?|clinicians?|physicians?|doctors?|radiologists?|pharmacists?)\s+(?:simply\s+|just\s+|then\s+)?(?:dismiss|clear|snooze)(?:es|s)?\s+(?:the|an|it|that|this)\b(?:\s+(?:alert|warning|flag|prompt))?|"
            # ... or said of the people: "We will not interrupt physicians."
            r"(?:won't|will\s+not|never|wouldn't|would\s+not)\s+interrupt\s+(?:the\s+)?(?:physicians|clinicians|doctors|nurses|radiologists|prescribers|providers|pharmacists)(?=\s*[.;,])|"
            r"non-?interrupting)\b"),
        LoweredPattern(
            r"\b(?:can(?:not|'t)|won't)\s+be\s+(?:dismissed|closed|overridden|cleared|bypassed|skipped)|\bcannot\s+(?:dismiss|close|override|clear|bypass)\b|"
            r"\bnon-?dismiss\w*|\bmodal\s+(?:on|for|to)\s+every\b|\b(?:hard[\s-]stop\s+)?modal\s+blocks?\b|\brequires?\s+(?:an?\s+)?(?:second\s+)?acknowledg\w*|"
            r"\bmust\s+(?:acknowledge|answer|respond\s+to)\s+(?:it|the\s+(?:alert|warning|prompt))\s+before\s+(?:they\s+can\s+)?(?:continu|proceed|sign|order|chart|mov)\w*|"
            r"\bforced\s+acknowledg\w*|\b(?:cannot|can't|can\s+not)\s+get\s+past\s+(?:it|the\s+(?:alert|warning|modal|stop|block))\b|"
            # a stop no one can get past: "hard-stop any second order ... with no override"
            r"\b(?:hard[\s-]stop|block)\w*\b[^.;\n]{0,80}?\b(?:with\s+no\s+(?:way\s+to\s+)?override|without\s+(?:an?\s+|any\s+)?override)\b"),
    ),
    # A check every case must pass, and a way past it.
    "can the check be bypassed": (
        LoweredPattern(r"\bno\s+(?:way\s+around\s+(?:it|the\s+\w+)|bypass(?:es)?|exceptions?)\b|\bcan(?:not|'t)\s+be\s+(?:bypassed|skipped|circumvented)|\bmandatory\s+for\s+every\b"),
        LoweredPattern(r"\bbulk[\s-]sign\w*|\bsign\s+all\b|\b(?:go|goes|going)\s+straight\s+past\b|\bbypass(?:es|ing)?\s+(?:the|it)\b"),
    ),
    # Only aggregate numbers for the employer or sponsor, and a person's identity sent to them.
    "who sees individuals": (
        LoweredPattern(r"\bonly\s+(?:ever\s+)?(?:see|sees|get|gets|receive|receives)\s+aggregate|\baggregate(?:d)?\s+(?:data\s+|numbers\s+|counts\s+)?only\b|"
                       # ... or who alone sees identities: "only the site's own care team see identifiable records"
                       r"\bonly\s+(?:[\w'-]+\s+){1,8}?(?:see|sees|access|accesses|can\s+see)\s+(?:identifiable|identified|named|patient-level|member-level)\b|"
                       r"\bnever\s+(?:see|sees|get|gets|learns?)\s+(?:any\s+)?(?:individual|identifiable|patient-level|member-level|who)\b"),
        LoweredPattern(r"\b(?:employer|sponsor|EAP|HR|manager)\w*(?:'s)?\b[^.;\n]{0,60}?\b(?:user|member|patient|employee)'s\s+(?:name|identity)\b|"
                       r"\b(?:user|member|patient|employee)'s\s+(?:name|identity)\b[^.;\n]{0,60}?\b(?:employer|sponsor|EAP|HR|manager)\b"),
    ),
    # Patient data kept inside the organisation, and identifiable records sent to an outside party.
    "data kept in house": (
        LoweredPattern(
            r"\b(?:no\s+)?(?:data|PHI|records|charts|notes|identit(?:y|ies)|names|information|conversations|histor(?:y|ies))\s+(?:[\w-]+\s+){0,3}?"
            r"(?:never\s+leaves?|(?:doesn't|does\s+not|won't|will\s+not|don't|do\s+not)\s+leave|stays?\s+(?:inside|within|in|behind)|(?<=\bno\s\w{3}\s)leaves|(?<=\bno\s\w{4}\s)leaves)\s+"  # "no PHI leaves"
            r"(?:the\s+|its\s+|their\s+|our\s+|each\s+|a\s+)?(?:customer'?s?\s+|hospital'?s?\s+|health\s+system'?s?\s+|clinic'?s?\s+|site'?s?\s+|own\s+|"
            r"covered\s+entity'?s?\s+)?(?:controlled\s+|governed\s+|secure\s+)?"
            r"(?:tenant|hospital|firewall|premises|systems?|network|EHR|environment|four\s+walls|walls|building)\b|"
            # ... or kept to whoever is bound by a BAA: "PHI only goes to vendors who've signed a BAA",
            # "no real patient data anywhere it isn't covered"
            r"\b(?:PHI|(?:patient\s+)?data|records|notes)\s+only\s+(?:ever\s+)?(?:goes|go|is\s+sent|gets\s+sent|is\s+shared|flows?)\s+to\b[^.;\n]{0,60}?\bBAAs?\b|"
            r"\bno\s+(?:real\s+)?(?:patient\s+)?(?:data|PHI|records|notes)\s+(?:goes\s+)?(?:anywhere|to\s+anyone|to\s+any\s+\w+)\s+"
            r"(?:without\s+a\s+BAA|(?:it|that|they|who)\s+(?:isn't|is\s+not|aren't|are\s+not)\s+(?:covered|under\s+a\s+BAA))"),
        LoweredPattern(
            r"(?<!stop\s)(?<!stops\s)(?<!longer\s)\b(?:send|sends|sent|sending|ship|ships|shipped|shipping|export\w*|pipe[sd]?|piping|upload\w*|copy|copies|copied|forward\w*|feed|feeds|transfer\w*|stream\w*)\s+"
            r"(?:[\w'-]+\s+){0,6}?(?:names?|MRNs?|identified|identifiable|member-level|patient-level|row-level|charts?|notes|chat\s+histor(?:y|ies)|conversations?|transcripts?|appointment\s+lists?)\b"
            r"[^.;\n]{0,60}?\b(?:to|into|with)\s+(?:a|an|the|our|their|its)\s+(?!own\b|hospital|health\s+system|customer)(?:[\w-]+\s+){0,3}?"
            r"(?:vendor|warehouse|sponsor|employer|third[\s-]party|CRAs?|HR|contractor|(?:model|LLM|AI|cloud)\s+provider)s?\b|"
            # ... or patients' text the candidate put through a public chatbot or onto a personal account
            r"\b(?:I|we|my\s+team|our\s+team)\s+(?:[\w'-]+\s+){0,2}?(?:ran|run|runs|running|paste[sd]?|pasting|put|fed|feed|feeds|upload\w*|dropp?\w*|forward\w*|sen[dt]|sending|e-?mail\w*|cop(?:y|ied))\s+"
            r"(?:[\w'-]+\s+){0,6}?(?:through|into|in|to)\s+(?:"
            r"(?:(?:a|an|the|some|my|our)\s+)?(?:personal\s+|own\s+|free\s+|paid\s+)?(?:Microsoft\s+|Google\s+|OpenAI's\s+|Anthropic's\s+)?(?:ChatGPT|GPT-?\d\w*|Gemini|Bard|Copilot|Claude|Perplexity)|"
            # (a generic tool only when it is someone else's: "the chatbot" may be the product itself)
            r"(?:(?:a|an|some)\s+(?:public\s+|consumer\s+|free\s+|online\s+|outside\s+|third-party\s+)?|(?:the\s+)?(?:public|consumer|free|online|outside|third-party)\s+)"
            r"(?:chatbot|(?:AI|LLM|GPT|chat)\s+(?:tool|app|assistant|website|site|service))|"
            r"(?:my\s+)?personal\s+(?:Gmail|e-?mail|laptop|phone|Dropbox|Google\s+Drive|account))\b"),
    ),
    # Time spent among clinicians claimed, and then denied.
    "time with clinicians": (
        # (talks with clinicians are not time among them: "I did informational interviews with 15 people: ICU nurses, ...")
        LoweredPattern(r"\bI(?:'ve|\s+have)?\s+(?:spent|did|shadowed|sat\s+in|rounded|observed|volunteered|set\s+up|arranged|booked|lined\s+up)\b"
                       r"(?:(?!interview|call|conversation|chat|survey|zoom|email)[^.]){0,80}?\b(?:shadow\w*|rounds|shifts?|clinic|clinics|clinical|hospital|ward|ED|ICU|practice|surgery|bedside)\b|"
                       # (shadowing is time with clinicians wherever it was: "I've shadowed at a cardiology practice")
                       r"\bI(?:'ve|\s+have)?\s+(?:\w+ly\s+)?shadowed\b"),
        LoweredPattern(
            r"\bI\s+(?:haven't|have\s+not|never)\s+(?:yet\s+|actually\s+)?(?:been\s+able\s+to\s+|managed\s+to\s+|had\s+(?:the\s+|a\s+)?(?:chance|time|opportunity)\s+to\s+|got(?:ten)?\s+(?:the\s+chance\s+)?to\s+)?(?:shadow\w*|see\s+clinicians|watch\w*\s+(?:a\s+)?clinicians?(?!\s+(?:use|using|work\s+with|try|trying)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:tool|model|product|system|feature)s?\b)|"
            r"observ\w*|been\s+inside|set\s+foot|get\s+into\s+a\s+hospital|spen[dt]\s+(?:any\s+)?time\s+(?:in|with|at|on))\b|"
            # ... or the time itself undone: "the shadowing fell through when the clinic got short-staffed"
            r"\b(?:the\s+)?(?:shadowing|shadow\s+(?:day|week|shift)s?|ride-?along|observership|clinic\s+(?:visit|day|week))\s+(?:[\w-]+\s+){0,3}?"
            r"(?:fell\s+through|got\s+(?:cancel\w*|postponed|pushed)|was\s+(?:cancel\w*|postponed)|didn't\s+happen|did\s+not\s+happen|never\s+happened)\b"),
    ),
    # People who choose to take part, and everyone enrolled without choosing.
    "consent to take part": (
        LoweredPattern(r"\bopt(?:s|ed)?[\s-]in\b|\bchoose\s+to\s+(?:opt\s+in|enrol\w*|join|sign\s+up)|\bexplicit\s+consent\b|"
                       r"\bonly\s+(?:text|message|contact|call|email|enrol\w*)\s+(?:people|patients|members|families|those)\s+who\s+(?:have\s+)?(?:said\s+yes|agreed|consented|asked)\b"),
        LoweredPattern(
            r"\bauto(?:matically)?[\s-]?enrol\w*|\benrol\w*\s+(?:[\w-]+\s+){0,6}?automatically\b|\benrol\w*\s+by\s+default|"
            r"\b(?:everyone|every\s+(?:patient|member|user)|all\s+(?:patients|members|users))\b[^.;\n]{0,60}?\b(?:is|are|gets?|will\s+be)\s+(?:auto-?)?enrol\w*|"
            r"\b(?:sign\w*|opt\w*)\s+(?:everyone|every\s+(?:patient|member|user)|all\s+(?:patients|members|users))\s+(?:in|up)\s+(?:by\s+default|automatically)|"
            r"\bdefault\w*\s+(?:everyone|every\s+(?:patient|member|user)|all\s+(?:patients|members|users))\s+(?:in|into)\b|"
            # ... or everyone on file messaged from the start: "everyone with a mobile number on file will start getting texts"
            r"\b(?:everyone|every\s+(?:patient|member)|all\s+(?:patients|members))\s+(?:with\s+a\s+(?:mobile|cell|phone)\s+(?:number\s+)?(?:on\s+file)?|on\s+(?:file|the\s+list))"
            r"[^.;\n]{0,40}?\b(?:start\s+)?(?:gets?|getting|receiv\w+)\s+(?:the\s+)?(?:texts?|messages?|reminders?|calls?)\b"),
    ),
    # People's words translated by people, and by a machine after all.
    "who translates": (
        LoweredPattern(r"\bno\s+(?:computer|machine|automatic|auto|google)[\s-]*translat\w*|\b(?:never|not)\s+(?:use\s+|rely\s+on\s+)?(?:computer|machine|automatic|google)[\s-]*translat\w*"),
        LoweredPattern(r"\b(?:use|using|uses|rely\w*\s+on|turn\w*\s+on|switch\w*\s+on)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:computer|machine|automatic|auto|google)[\s-]*translat\w*|\bauto-?translat(?:ed|es|ion)\b"),
    ),
    # A check that never blocks, and a block after all ("advisory for most, a hard stop for one
    # case" scopes the block and is not this: only a "never" on the first side counts).
    "does the check ever block": (
        # ... or "nothing that blocks the order", "no new interruptive alerts"
        LoweredPattern(r"\b(?:no\s+hard[\s-]stops?|never\s+(?:a\s+)?(?:block|blocks|hard[\s-]stop|wall)|nothing\s+that\s+(?:blocks|stops|interrupts)|no\s+(?:new\s+)?(?:interruptive|blocking)\s+(?:alerts?|pop-?ups?|modals?)|no\s+(?:new\s+)?pop-?ups?(?:\s+(?:warnings?|alerts?))?)\b"
                       r"(?!\s+(?:for|on|except|unless|other\s+than|beyond|outside)\b)"),
        LoweredPattern(
            r"\bhard[\s-]stop\s+(?:at|on|when|before|for\s+(?:any|every|all)|modals?|alerts?|pop-?ups?|dialog\w*)\b|"
            r"\bbefore\s+the\s+(?:second|next|new|duplicate|repeat)\s+order\s+can\s+be\s+(?:placed|signed|submitted|sent)\b|"
            r"\b(?:cannot|can't|can\s+not)\s+be\s+(?:submitted|signed|placed|sent)\s+until\b|"
            # ... or a pop-up on every order after all: "a pop-up will appear on every lab order the doctor places"
            r"\bpop-?ups?\s+(?:warnings?\s+|alerts?\s+)?(?:(?:will|would)\s+)?(?:(?:appears?|fires?|shows?|opens?)\s+)?(?:on|for|with)\s+(?:every|each|all)\s+(?:[\w-]+\s+)?orders?\b"),
    ),
    # Not a medical device, and a device submission planned after all ("We are clearly not a medical
    # device" ... "Month 2: submit our 510(k)"; a filing only if FDA disagrees is a condition, not this).
    "device or not": (
        LoweredPattern(
            # (the negation is required: "it's likely a device" is the other side)
            r"\b(?:(?:(?:is|'s|are)\s+(?:\w+ly\s+)?not|isn't|is\s+not|aren't)\s+(?:\w+ly\s+)?(?:a\s+)?(?:regulated\s+)?(?:medical\s+)?device|(?<!out\sof\sthe\s)(?<!outside\sthe\s)non-?device|"
            r"not\s+(?:a\s+)?(?:medical\s+)?device|outside\s+(?:of\s+)?FDA(?:'s)?\s+(?:jurisdiction|oversight|scope|remit))\b"),
        LoweredPattern(
            r"\b(?:file|files|filing|filed|submit|submits|submitting|pursue|pursuing|schedule|scheduled|get|getting|obtain|obtaining|seek|seeking|"
            r"have|target|targeting|complete|completing|secure|securing|receive|receiving)\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:510\(k\)|De\s+Novo\b|PMA\b)"),
    ),
    # The defect owned as ours, and our side declared blameless.
    "whose defect": (
        LoweredPattern(
            r"\b(?:defect|bug|gap|flaw|blind\s+spot|fault)\s+(?:is\s+|sits\s+|lives\s+)?in\s+our\s+(?:own\s+)?(?:module|code|system|product|check|software|logic|side)\b|"
            r"\bwe\s+own\s+(?:the|this)\s+(?:fix|defect|bug|problem|failure)\b|\b(?:it's|it\s+is|this\s+is)\s+our\s+(?:bug|defect|fault)\b"),
        LoweredPattern(
            r"\bnothing\s+to\s+(?:change|fix)\s+(?:in|on)\s+our\b|\bour\s+(?:module|code|system|product|software|check|logic)\s+(?:is\s+)?(?:working|works)\s+as\s+(?:designed|intended)\b|"
            r"\b(?:it's|it\s+is|this\s+is)\s+not\s+our\s+(?:bug|defect|fault)\b|\bthe\s+(?:fix|ball|onus)\s+is\s+(?:for|on|in|with)\s+the\s+(?:[\w-]+\s+){0,2}?vendor(?:'s)?\b"),
    ),
    # The people affected told now, and kept in the dark until the fix.
    "when people are told": (
        LoweredPattern(
            r"\b(?:tell|inform|notify|brief|give|call|email|e-mail)\s+(?:each\s+|every\s+|all\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:safety\s+officers?|hospitals?|customers?|sites?|clinicians|physicians|nurses|patients)\b"
            r"[^.;\n]{0,80}?\b(?:this\s+week|today|tomorrow|now|immediately|right\s+away|within\s+(?:24|48|72)\s+hours)\b|"
            r"\b(?:this\s+week|today|immediately|right\s+away)\s+I'd\s+(?:tell|inform|notify|brief|give)\b"),
        LoweredPattern(
            # (about the problem itself, not a claim held back: "won't tell physicians it's solved until ...")
            r"\b(?:(?:won't|will\s+not|wouldn't|would\s+not|don't|do\s+not)\s+(?:communicate|tell|notify|inform|disclose|say\s+anything|talk)|"
            r"(?:hold|holding)\s+off\s+(?:on\s+)?(?:briefing|telling|notifying|informing|communicating|disclosing))\b"
            r"(?:(?!\b(?:solved|fixed|resolved|done|over|closed|safe)\b)[^.;\n]){0,80}?\buntil\b"),
    ),
    # No documentation added for the clinician, and a required entry added after all.
    "documentation added": (
        LoweredPattern(
            r"\b(?:no|zero)\s+(?:new\s+|added\s+|additional\s+|extra\s+)?(?:required|mandatory)\s+(?:documentation\s+|charting\s+)?(?:fields?|documentation|boxes|clicks|steps|charting|entries)\b|"
            r"\b(?:adds?|won't\s+add|will\s+not\s+add|never\s+adds?)\s+(?:zero|no|a\s+single|one\s+more)\s+(?:new\s+|extra\s+)?(?:required\s+|mandatory\s+)?(?:documentation\s+|charting\s+)?(?:fields?|clicks|documentation|charting|boxes)\b|"
            r"\b(?:no|zero)\s+(?:added|additional|extra)\s+(?:documentation\s+|charting\s+)?(?:clicks|screens|steps|fields|boxes)\b|"
            # ... or the burden itself: "No new documentation burden", "we add nothing to their screens",
            # "zero new work for nurses", "never asks them to type anything extra"
            r"\b(?:no|zero)\s+(?:new|added|additional|extra)\s+(?:(?:documentation|charting)\s+)?(?:burden|work|load|time|typing|data\s+entry)\s+(?:for|on)\s+(?:the\s+)?(?:nurses?|clinicians?|physicians?|doctors?|staff|them)\b|"
            r"\b(?:no|zero)\s+(?:new|added|additional|extra)\s+(?:documentation|charting)\s+(?:burden|work|load|time)\b|"
            r"\bnever\s+asks?\s+(?:them|nurses|clinicians|physicians|doctors|staff)\s+to\s+(?:type|enter|document|chart|fill\s+in)\s+anything\s+(?:extra|new|more|else)\b|"
            r"\b(?:add|adds|adding)\s+nothing\s+to\s+(?:the\s+|their\s+|her\s+|his\s+|nurses'\s+|clinicians'\s+)?(?:screens?|documentation|charting|workflow|notes?)\b|"
            # ... or every one taken out: "we removed every extra documentation step"
            r"\b(?:remov(?:e|ed|es|ing)|cut(?:s|ting)?(?:\s+out)?|strip(?:s|ped|ping)?(?:\s+out)?)\s+(?:every|all|each)\s+(?:of\s+the\s+|the\s+)?(?:extra|added|additional|new)\s+"
            r"(?:(?:documentation|charting)\s+)?(?:steps?|fields?|boxes|clicks|charting|documentation)\b"),
        # (an entry added or demanded, not one removed: "we remove the mandatory box")
        LoweredPattern(
            r"\b(?:enter|enters|type|types|fill\s+in|fills\s+in|complete|completes|write|writes|add|adds|adding|give|gives|provide|provides)\b[^.;\n]{0,40}?\b(?:required|mandatory)\s+(?:free[\s-]text\s+)?(?:reason|field|box|text\s+box|comment|justification|note)\b|"
            r"\b(?:reason|justification|comment)\s+(?:is|are|will\s+be)\s+(?:required|mandatory)\b|"
            # ... or an answer owed on every one: "every suggestion needs a response", "each alert requires a reason"
            # (not the entry that exists already: "every draft needs a sign-off already, today")
            r"\b(?:every|each)\s+(?:suggestion|alert|recommendation|prompt|flag|score)\s+(?:needs|requires|must\s+(?:get|have))\s+(?:a|an)\s+(?:response|reason|answer|acknowledg\w+)\b"
            r"(?![^.;\n]{0,30}\b(?:already|today|as\s+(?:it\s+does\s+)?now)\b)|"
            # ... or one owed on every override: "whenever a nurse chose a different level, they entered a one-line reason"
            r"\b(?:whenever|every\s+time|each\s+time|any\s+time)\b[^.;\n]{0,80}?\b(?<!can\s)(?<!may\s)(?<!could\s)(?<!optionally\s)(?:enters?|entered|types?|typed|writes?|wrote|gives?|gave|adds?|added|records?|recorded|documents?|documented)\s+"
            r"(?:a|an)\s+(?:one-line\s+|short\s+|brief\s+|written\s+|free[\s-]text\s+|mandatory\s+)?(?:reason|justification|comment|explanation)\b"
            r"(?![^.;\n]{0,60}\b(?:if\s+(?:she|he|they|you)\s+wants?|optional|not\s+required|never\s+required)\b)"
            r"(?![^.;\n]{0,30}\b(?:already|today|as\s+(?:it\s+does\s+)?now)\b)|"
            r"\b(?:must|has\s+to|have\s+to|need\s+to|needs\s+to)\s+(?:enter|type|document|give|provide|write)\s+(?:a\s+|an\s+)?(?:short\s+|brief\s+|written\s+)?(?:reason|justification|comment|note)\b|"
            r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:justify|explain)\b[^.;\n]{0,40}?\b(?:in\s+writing|before\s+(?:the\s+)?(?:form|note|chart|screen|order)\s+(?:will\s+|can\s+)?(?:close|save|submit|be\s+signed))\b|"
            # ... or a form every case must have before the record can be saved
            r"\b(?:completes?|fills?\s+(?:in|out)|submits?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:form|checklist|attestation|questionnaire)\b[^.;\n]{0,120}?"
            r"\bbefore\s+(?:the\s+|their\s+|her\s+|his\s+)?(?:record|chart|note|triage|encounter|order)\s+(?:can\s+|will\s+)?(?:be\s+)?(?:saved|signed|closed|submitted|finali[sz]ed)\b|"
            # ... or a step every case must answer before the work can be signed
            r"\b(?:can't|cannot|can\s+not)\s+be\s+(?:signed|finali[sz]ed|submitted|closed)\s+until\s+(?:every|each|all)\b|"
            r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:tick|check|click|complete|answer|acknowledge|confirm)\b[^.;\n]{0,40}?\bbefore\s+(?:signing|(?:they|he|she)\s+(?:can\s+)?sign)\b"),
    ),
    # Messages that give nothing away, and a message written out that names the drug or the visit
    # (the written-out templates are found by message_templates, a slot like "{drug_name}" here too).
    "what a message reveals": (
        LoweredPattern(
            r"\b(?:texts?|messages?|sms|reminders?|voicemails?|notifications?|templates?)\b[^.;\n]{0,80}?"
            r"\b(?:no|never|nothing|not|without|don't|doesn't|won't)\b[^.;\n]{0,40}?" + _REVEALED + "|"
            r"\b(?:no|never|nothing|not|without)\b[^.;\n]{0,80}?" + _REVEALED + r"[^.;\n]{0,80}?"
            r"\b(?:texts?|messages?|sms|reminders?|voicemails?|notifications?|templates?)\b|"
            r"\b(?:no|never|nothing|not)\b[^.;\n]{0,30}?\b(?:texts?|messages?|sms|reminders?|voicemails?|notifications?)\b[^.;\n]{0,60}?" + _REVEALED),
        # ... or a template said to carry what the rule withholds: "every template carries the department line"
        LoweredPattern(SLOT + r"|\b(?:every|each|the|our|all)\s+(?:[\w-]+\s+)?(?:templates?|messages?|texts?|reminders?)\s+(?:\w+\s+){0,2}?"
                       r"(?:carr(?:y|ies)|includes?|including|shows?|names?|lists?|states?|mentions?|gives?|(?:are\s+|is\s+)?tailored\s+(?:by|to))\s+(?:the\s+|their\s+|its\s+)?"
                       r"(?:department|provider|clinician|doctor|specialty|service|visit\s+(?:type|reason)|type\s+of\s+(?:visit|appointment)|reason\s+for\s+the\s+visit)\b"),
    ),
    # No one of unknown language sent English alone, and English as the fallback after all.
    "language of last resort": (
        LoweredPattern(
            r"\b(?:no|nobody|no\s+one|never|not)\b[^.;\n]{0,60}?\bEnglish(?:-only|\s+only)?\s+(?:messages?|texts?|reminders?|templates?|calls?|default)\b|"
            r"\bnever\s+default\w*\s+to\s+English\b|\bEnglish\s+(?:is|as)\s+(?:not|never)\s+(?:the\s+|a\s+)?(?:default|fallback)\b|"
            # ... or no language guessed: "we never send a reminder in a language we haven't confirmed"
            r"\b(?:no|never|nothing)\b[^.;\n]{0,60}?\bin\s+a\s+language\s+(?:we|they|the\s+patient|patients)\s+(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+"
            r"(?:confirmed|chosen|picked|asked\s+for|verified|told\s+us)\b"),
        # (said of the patients whose language is unknown: English speakers get English)
        LoweredPattern(
            rf"\b{_UNKNOWN_LANGUAGE}\b[^.;\n]{{0,80}}?{_ENGLISH_FALLBACK}|{_ENGLISH_FALLBACK}[^.;\n]{{0,80}}?\b{_UNKNOWN_LANGUAGE}\b"),
    ),
}


# Sides naturally said as a negation ("EU data never leaves the EU", "no new interruptive alerts",
# "I haven't been able to shadow"): there the negation inside the phrase is the claim, not a
# denial of it. Per pair: (first side, second side).
NEGATION_IS_CLAIM: dict[str, tuple[bool, bool]] = {
    "who decides": (True, False),
    "where the data lives": (True, False),
    "can the alert be cleared": (True, True),
    "time with clinicians": (False, True),
    "can the check be bypassed": (True, False),
    "who sees individuals": (True, False),
    "data kept in house": (True, False),
    "does the check ever block": (True, False),
    "who translates": (True, False),
    "documentation added": (True, False),
    "whose defect": (False, True),
    "device or not": (True, False),
    "when people are told": (False, True),
    "what a message reveals": (True, False),
    "language of last resort": (True, False),
}


# What makes a sentence on a pair's second side no break of the first, unless the sentence also
# says the other thing: aggregates sent abroad keep patient-level data home ("those aggregate
# enrolment counts are sent weekly to the Boston team"), and US data in a US region is where it
# belongs ("the US sites' data is processed in a US region"), unless EU records go with it ("we copy
# the EU and US data into our main US cluster").
SECOND_SIDE_EXCEPT: dict[str, list[tuple[re.Pattern[str], re.Pattern[str] | None]]] = {
    # the proposal under review described, not the candidate's design ("the screen as designed means
    # a note can't be signed until every section has been opened")
    "documentation added": [(regex_cache.compile(r"\b(?:as\s+(?:designed|proposed|mocked\s+up|specced)|the\s+(?:proposed|current)\s+(?:screen|design|flow)|"
                                                 r"(?:design|proposal|mock-?up)\s+(?:would|means|as\s+it\s+stands))\b", re.IGNORECASE), None)],
    # a submission held for the case the agency disagrees is a condition ("If FDA disagrees at the
    # Pre-Sub, we file a De Novo")
    # ... and so is one for a later version or feature ("Q3: complete the De Novo; the diagnosed-depression
    # version launches only after clearance" beside "today's wellness app isn't a device")
    "device or not": [(regex_cache.compile(r"\b(?:if|unless|in\s+case|should\s+(?:FDA|the\s+agency)|whether|otherwise|fallback|"
                                           r"(?:next|later|future|second|new)\s+(?:year|version|release|phase|feature)s?|v2|version\s+(?:2|two)|only\s+after\s+clearance)\b",
                                           re.IGNORECASE), None)],
    # shadowing that fell through and was made up for is time spent ("I booked another day instead")
    # (... or by someone who did the watching for the candidate: "so the night charge nurse timed twenty triages for me")
    "time with clinicians": [(regex_cache.compile(r"\b(?:rescheduled|re-?booked|booked\s+another|arranged\s+another|instead|made\s+(?:it|that)\s+up|"
                                                  r"so\s+(?:the\s+|a\s+|her\s+|his\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:timed|shadowed|covered|observed|recorded|logged)\b[^.;\n]{0,60}?\bfor\s+(?:me|us))\b", re.IGNORECASE),
                              regex_cache.compile(r"\b(?:haven't|have\s+not|hasn't|not\s+yet|never)\b", re.IGNORECASE))],
    # (text sent under a BAA stays governed; text promised de-identified "later" was sent as it was)
    "data kept in house": [(regex_cache.compile(r"\b(?:synthetic|fake|made-up|dummy|de-?identified|anonymi[sz]ed|public\s+data\s*sets?|BAA|business\s+associate)\b", re.IGNORECASE),
                            regex_cache.compile(r"\b(?:later|eventually|next\s+(?:time|phase|quarter|month|release)|(?:will|going\s+to|plan\s+to)\s+(?:switch|move|use))\b", re.IGNORECASE))],
    "where the data lives": [
        (regex_cache.compile(r"\b(?:aggregate\w*|counts|totals|summar(?:y|ies)|anonymi[sz]ed)\b", re.IGNORECASE), None),
        (regex_cache.compile(
            r"\b(?:US|U\.S\.|American)\s+(?:(?:sites?|hospitals?|patients?)(?:'s?|')?\s+)?(?:data|records|notes|charts)\b"
            r"(?!\s+(?:lake|warehouse|cent(?:er|re)|platform|store|region))", re.IGNORECASE),
         regex_cache.compile(r"\b(?:EU|Europe\w*|German\w*|French|Spanish|Spain|Italian|Italy|Dutch|Belgian|Polish|Poland)\b", re.IGNORECASE)),
        # ... or said of the US sites themselves, beside the EU's own place: "US sites run in a US tenant, EU
        # sites in an EU tenant" (unless EU data goes to the US place as well)
        (regex_cache.compile(r"\b(?:US|U\.S\.|American)\s+(?:sites?|hospitals?|clinics?|patients?|members?)(?:'s?|')?\s+(?:data\s+)?"
                             r"(?:run|runs|stay|stays|go|goes|live|lives|sit|sits|(?:are|is)\s+(?:processed|hosted|stored|kept))\s+(?:on|in)\s+(?:a|an|the|our)\s+US\b", re.IGNORECASE),
         regex_cache.compile(r"\b(?:EU|Europe\w*|German\w*|French|Spanish|Italian|Dutch)\s+(?:sites?|hospitals?|patients?|data|notes|records|charts)(?:'s?|')?\s+"
                             r"(?:[\w-]+\s+){0,4}?(?:to|in|into|through|on)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:same\s+)?(?:US|U\.S\.)\b", re.IGNORECASE)),
    ],
}

# A first side said only of the product as it stands, beside a second side said only of named new
# features, is two products, not one decision taken both ways: "Today's app, sold as a wellness
# tool, is not a medical device" and "We pursue a De Novo for the symptom tracking".
FIRST_SIDE_SCOPED: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "device or not": (
        regex_cache.compile(r"\b(?:today's|the\s+current|current|existing|the\s+existing)\s+(?:app|product|tool|version|offering)\b|"
                            r"\bas\s+(?:it\s+stands|sold\s+today|it\s+is\s+today)\b", re.IGNORECASE),
        regex_cache.compile(r"\bfor\s+the\s+(?:[\w-]+\s+){0,4}?(?:features?|tracking|suggestions?|recommendations?|module|add-?ons?)\b", re.IGNORECASE),
    ),
}
