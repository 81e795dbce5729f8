"""Someone else's words in an answer: the trigger lexicon for what the stance reader marks reported.

A straw man set up to be rejected ("a weak PM would skip chart review"), what sales or the CEO wants,
an option conceded only to be turned down: none of it is the candidate's plan. Kept apart from
``stance_lexicon`` as its own family of triggers (ConText's "other experiencer").
"""

from __future__ import annotations

import re

from mockpm import regex_cache

# Someone else's words or a straw man the candidate sets up to reject: "a weak PM would skip chart
# review", "sales wants us to launch everywhere", "the textbook answer is ...". What follows is
# reported, not the candidate's plan: it earns nothing and is no red flag of theirs.
REPORTED = "reported"
_REPORTED_FORWARD = (
    # (a vision is no plan either: "I see a future where a primary care doctor walks into every visit
    # already knowing ...; where payers and providers share one view")
    r"\b(?:I\s+(?:see|envision|imagine|picture)\s+(?:a|the)\s+(?:future|world|day)|imagine\s+(?:a|the)\s+(?:future|world|day)|(?:a|the)\s+(?:future|world))\s+(?:where|in\s+which)\b|"
    r"(?<=[:;]\s)one\s+where\b|"
    r"\b(?:(?:a|the)\s+(?:bad|weak|naive|junior|typical|lazy|careless|consumer)\s+(?:PM|PMs|candidate|answer|approach|product\s+manager|team)\s+(?:would|might|will|is\s+to)|"
    r"(?:the|a)\s+(?:textbook|naive|easy|obvious|tempting|wrong|common|classic)\s+(?:answer|move|approach|option|mistake|instinct)\s+(?:is|would\s+be|here\s+is)|"
    r"(?:sales|(?:the|our|my|their|your)\s+(?:[\w-]+(?:'s)?\s+)?(?:vendor|CEO|team|engineer|VP|CMO|CFO|COO|CTO|manager|boss|director|lead|sponsor|customer|client|payer|exec|executive|AE|account\s+exec\w*|sales\s*(?:person|rep|lead|team))(?:e?s)?|leadership|management|the\s+board|some\s+people|someone|marketing)\s+"
    r"(?:wants?|wanted|suggested|proposed|asks?|asked|requests?|requested|said|says|calls?\s+(?:it|this)|argued|push(?:es)?|pushed|insist(?:s|ed)?|press(?:es)?|demand(?:s|ed)?|"
    # ... or what they had already sold: "our AE committed auto-approval to a 14-entity customer"
    r"committed|promised|sold|had\s+(?:promised|committed|sold)|(?:will|would|might|may)\s+(?:probably\s+|likely\s+|almost\s+certainly\s+)?(?:ask|want|push|suggest|propose))"
    r"(?:\s+(?:us|me|that|for|whether|if))?(?:\s+to)?|"
    # ... or what a department or the clinicians asked for: "Nursing informatics wanted a three-month
    # silent run" (theirs until the candidate takes it up: "..., and I agreed" ends the scope)
    r"(?:nursing(?:\s+(?:informatics|leadership|leaders|managers?|staff))?|informatics|pharmacy|compliance|legal|IT|security|finance|"
    r"(?:the\s+|our\s+|their\s+)?(?:nurses|physicians|doctors|clinicians|radiologists|pharmacists|coordinators|hospitalists|"
    r"hospital|health\s+system|site|sites|committee|clinical\s+team|quality\s+team))\s+"
    r"(?:wanted|asked\s+for|requested|proposed|suggested|pushed\s+for|demanded|insisted\s+on|recommended)|"
    # ... or what the candidate's former job would do (their own past deeds there stay theirs): "in my
    # last job at a consumer app, a drop like this would be a churn curve and we'd run push campaigns".
    r"(?:in|at)\s+my\s+(?:last|previous|old|former|prior)\s+(?:job|role|company|team|startup|employer)\b[^.;!?\n]{0,100}?\b(?:we'd|we\s+would|would\s+be|I'd)|"
    # ... or an option conceded as possible only to be turned down: "you could build a transfer basis
    # (DPF or SCCs), but ethics committees would reopen approvals".
    r"(?:you|one)\s+could\s+(?:technically\s+|in\s+principle\s+)?(?=[^.;\n]{0,150}?,?\s+but\b)|"
    # ... or what someone else asks for, named to be refused: "what makes me say no: anyone asking me
    # to ship to every unit at once", "pressure to launch everywhere".
    r"(?:anyone|someone|somebody|whoever|people|they|sales|leadership|customers?)(?:,[^,.;\n]{1,60},)?\s+(?:(?:(?:who\s+)?(?:is|are|'s|'re)\s+)?(?:asking|pushing|pressing|pressuring|telling|wanting)|who\s+(?:asks?|wants?|pushes|tells?))(?:\s+(?:me|us|the\s+team|them))?\s+to|"
    # ... or how they see it: "leadership sees latency as polish", "the board views equity as a nice-to-have"
    r"(?:leadership|management|(?:the\s+)?(?:execs?|executives|board|business|CEO|CFO|VP|sales\s+team)|sales|(?:some|many)\s+(?:people|leaders|execs))\s+"
    # (not a view the candidate then shares: "..., and on balance I agree with them")
    r"(?:still\s+|currently\s+|clearly\s+)?(?:sees?|views?|treats?|regards?|thinks?\s+of|frames?)\s+(?:[\w-]+\s+){1,3}?as\b"
    r"(?![^.;!?\n]*\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:agree|share\s+(?:that|it|the\s+view)|think\s+they're\s+right)\b)|"
    r"(?:the\s+)?pressure\s+(?:from\s+(?:\w+\s+){1,3}?)?to|"
    # ... "I'd say no outright if anyone wanted every ward on day one", "I'll walk away if the buyer insists on ..."
    r"(?:say\s+no|refuse|walk\s+away|push\s+back|object|pull\s+the\s+plug|stop\s+the\s+(?:launch|rollout|release))(?:\s+\w+ly|\s+outright)?,?\s+(?:if|when|whenever)\s+"
    r"(?:anyone|anybody|someone|somebody|they|sales|leadership|(?:the|a|our)\s+[\w-]+)\s+(?:ever\s+|really\s+)?(?:wanted|wants|asked|asks|pushed|pushes|insisted|insists|demanded|demands|tried|tries|proposed|proposes)(?:\s+(?:for|on|to|that|us|me))?|"
    # ... or the asks the candidate expects, or what others believe: "I'd expect to be asked to skip the silent
    # run", "a data science team who feel 0.86 is good enough"
    r"\b(?:expect|expects|expecting|likely|going)\s+to\s+be\s+(?:asked|told|pushed|pressed|pressured|urged)\s+to|"
    r"\b(?:team|teams|leaders?|execs?|executives|engineers|scientists|CMO|CEO|CFO|VP|board|sales|sponsor)\s+(?:who|that)\s+"
    r"(?:still\s+)?(?:feel|feels|felt|think|thinks|thought|believe|believes|believed|argue|argues)\s+(?:that\s+)?|"
    # ... or someone else's push named as a condition: "If the CMIO pushes for the full launch anyway, I'd escalate"
    r"\bif\s+(?:the|our|their|a|his|her)\s+(?:[\w-]+\s+){0,2}?(?:pushes|pushed|presses|pressed|lobbies|lobbied|argues|argued)\s+for|"
    # ... or what other companies did, told as the reason for a rule: "FTC enforcement against mental-health apps
    # that shared data with advertisers is recent"
    r"\b(?:apps|companies|vendors|startups|firms|products|platforms|competitors|players|others)\s+(?:that|which|who)\s+(?=(?:[a-z]+ed|sold|sent|gave|lost|built|made|ran)\b)|"
    # ... or anyone's proposal named as a condition: "If anyone proposes skipping the chart review, I say no"
    # (not one the candidate then goes along with: "If the VP asks to skip the pilot, I'd agree")
    # (anyone who proposes; those with power over the plan also when they ask or try)
    r"\bif\s+(?:(?:anyone|anybody|someone|somebody|sales|leadership|management|marketing|(?:the|our|their|a|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:VP|CEO|CFO|COO|CTO|CMO|execs?|executives?|board|sponsor|vendor|customer|buyer|client|boss|manager|director|AE|sales\s+(?:team|lead|rep)|leadership))\s+"
    r"(?:ever\s+|later\s+|still\s+|then\s+)?(?:asks|asked|tries|tried)|(?:anyone|anybody|someone|somebody|sales|leadership|management|marketing|"
    # (a person or a party, not the product: "if the model pushes a score above 0.8" is a design)
    r"(?:the|our|their|a|an|his|her|any)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?<!model)(?<!system)(?<!tool)(?<!alert)(?<!score)(?<!algorithm)(?<!\bai)(?<!pipeline)(?<!\bapp))"
    r"\s+(?:ever\s+|later\s+|still\s+|then\s+)?"
    r"(?:proposes|proposed|suggests|suggested|pushes|pushed|insists|insisted|demands|demanded|pressures|pressured|lobbies|lobbied))"
    r"(?:\s+(?:us|me|the\s+team))?(?:\s+(?:to|for|on|that))?(?![^.;!?\n]*\b(?:I|we)(?:'d|'ll|\s+would|\s+will)?\s+(?:\w+\s+){0,2}?(?:agree|go\s+along|accept|say\s+yes|support\s+it|back\s+it)\b)|"
    # ... and a second want coordinated with it: "..., or wanted it switched on across the whole hospital"
    r",\s+or\s+(?:if\s+(?:they|anyone|someone|sales|leadership)\s+)?(?:wanted|wants|asked|pushed|insisted|demanded)(?:\s+(?:for|on|to|that|us|me))?|"
    # ... "the sponsor's first ask on the call will be ...", "their request is to ..."
    r"(?:[\w-]+'s|their|his|her)\s+(?:first\s+|likely\s+|opening\s+|real\s+)?(?:ask|request|demand|proposal)\s+(?:[\w-]+\s+){0,6}?(?:is|was|will\s+(?:probably\s+|likely\s+)?be)(?:\s+to)?|"
    # ... or named as the topic: "On the sponsor's request to pool everything in one US region:"
    r"(?:[\w-]+'s|their|his|her)\s+(?:ask|request|demand|proposal|suggestion|push|idea)\s+to|"
    r"it's\s+tempting\s+to|(?:some\s+)?(?:leaders|people|executives|stakeholders|engineers|they|someone)\s+(?:will|might|would|may)\s+ask|(?:my|our|the)\s+first\s+instinct\s+(?:would\s+be|is|was)\s+to|(?:the|my)\s+temptation\s+(?:would\s+be|is)\s+to|I've\s+seen\s+(?:teams|PMs|people|companies)|(?:many|some|most)\s+(?:teams|PMs|people|companies)\s+(?:would|will|just)|"
    # (a bar of one's own is no one's words: "I'd call it working when repeat orders drop by 80%")
    r"(?:\w+\s+(?:calls?|called|frames?|framed|describes?|described|labels?|labelled|labeled)|"
    r"(?:is|are|was|were|'s|'re|keeps?|kept|stop|quit|avoid)\s+(?:calling|framing|describing|label+ing))\s+(?:it|this|that)"
    r"(?!\s+(?:working|done|successful|a\s+success|a\s+win|good|fixed)\s+(?:when|if|once)\b)\s+(?:as\s+)?(?:a|an)?)\b"
)


# A passage in quotation marks is someone's words being reported ("sales told me to 'get clinical
# cover and push it through'"), not the candidate's plan ...
_QUOTED = regex_cache.compile(r'"[^"\n]{12,400}"|“[^”\n]{12,400}”')
# ... unless it is text the product shows: 'show the order as "sent, waiting for the lab"', or text
# named by what follows it: 'a visible "pending lab confirmation" status'.
_DISPLAYED = regex_cache.compile(r"\b(?:show\w*|display\w*|label\w*|mark(?:s|ed)?|status|banner|badge|button|note|notice|message|prompt|warning|pop-?up|reminder)\b(?:\s+[\w'-]+){0,5}?\s*(?:as|:)?\s*\(?\s*$|"
                                # ... or the name a product goes out under: 'ship the tracking as "wellness coaching"'
                                r"\b(?:ship|market|brand|position|sell|launch|rename|relabel|rebrand|re-?frame|bill|present)\w*\b(?:\s+[\w'-]+){0,8}?\s+as\s*$|"
                                # ... or what the patient is sent: 'prenatal patients get "Your prenatal visit is tomorrow"'
                                r"\b(?:patients?|members?|users?|families|parents|caregivers|they|she|he|recipients?)\s+(?:\w+\s+)?(?:get|gets|receive|receives|see|sees|hear|hears)\s*:?\s*$",
                                re.IGNORECASE)
_DISPLAYED_AS = regex_cache.compile(r"\s*(?:status|label|banner|badge|button|flag|tag|state|chip|pill)\b", re.IGNORECASE)
DISPLAY_LEAD = 60  # characters before a quote that may say the product shows it


def quoted_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted passages of ``text[start:end]`` that are someone's words, not product text."""
    return [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, end)
            if not (_DISPLAYED.search(text, max(start, q.start() - DISPLAY_LEAD), q.start()) or _DISPLAYED_AS.match(text, q.end()))]


# A sentence wholly in quotation marks is someone's words, as a quoted passage inside one is
# ("'Tune the flag for specificity so radiologists trust it.' No."); the sentence split can
# leave its closing mark outside it, and a long quotation can wrap across lines.
# (seven words or more: a short one is usually text the product shows: "Sent to lab, waiting.")
_WHOLE_QUOTE = regex_cache.compile(r"[\s*_>-]*[\"“](?=(?:[^\"“”\s]+\s+){6})(?:[^\"“”\n]|\n(?![ \t]*\n)){8,}[\"”][\s*_]*$|"
                                   # ... or, however short, a claim set in bold at the head of a list item to be answered:
                                   # '- **"They'll get used to it."** At 110% capacity, ...'
                                   r"[ \t>]*(?:[-*+•]|\d+[.)])[ \t]+(?:\*\*|__)[\"“][^\"“”\n]{3,120}[\"”](?:\*\*|__)?[ \t]*$")
# ... and so is a sentence that sets out someone's pitch to take it apart: "The pitch I got from our
# sales lead went like this: ... so ship the whole thing on the date".
_PITCH_LEAD = regex_cache.compile(
    r"\b(?:pitch|argument|proposal|suggestion|case|ask|request|advice)\s+(?:I|we)\s+(?:got|heard|received|was\s+given|were\s+given)\b[^.:\n]{0,60}?:|"
    r"\b(?:pitch|argument|proposal|suggestion|case)\s+(?:went|goes|ran|runs)\s+(?:like\s+this|as\s+follows|something\s+like\s+this)\s*:", re.IGNORECASE)
# ... unless the candidate has just said it is what they would say: "I'd frame it as a shared risk."
# ("I'd say no to that" answers the words before it; it introduces none)
_OWN_WORDS_NEXT = regex_cache.compile(r"\b(?:I|we)(?:'d|'ll|\s+would|\s+will)\s+(?:\w+\s+){0,2}?(?:say|tell|frame|put|pitch|ask|write|explain|open|answer|reply)\b(?!\s+(?:no|yes)\b)",
                                      re.IGNORECASE)
