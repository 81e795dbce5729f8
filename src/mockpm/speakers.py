"""Who is speaking: the lines and quotations an answer gives to someone other than the candidate.

A recap or role-play puts a plan in several mouths ('CFO: "Then open both states in Q2."',
'Our COO opened with: "Triple the notifications."'). Only the candidate's own lines are their plan;
the others' are reported, whichever way they lean. A quotation the candidate gives themselves
('I said: "Before we add a single push, I want to know ..."') is the candidate's own words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Protocol

from mockpm import regex_cache

# A line given to a speaker by a label: "Interviewer: ...", "Q: ...", "Sales: ...", "Me: ...".
SPEAKER = regex_cache.compile(r"\s*(?:[*_>#-]\s*)*(?:interviewer|q|question|sales|them|they|vendor|ceo|cmio|cno|engineer|manager|panel|recruiter|"
                              r"(?:our\s+|the\s+)?(?:vp|svp|evp|cfo|cto|coo|cpo|boss|founder|exec|executive|director|leadership|skeptic|critic)|"
                              r"me|i|a|answer|candidate)\s*[:—-][*_]*\s", re.IGNORECASE)
ASKER = regex_cache.compile(r"\s*(?:[*_>#-]\s*)*(?:interviewer|q|question|panel|recruiter)\s*[:—-]", re.IGNORECASE)
SELF_SPEAKER = regex_cache.compile(r"\s*(?:[*_>#-]\s*)*(?:me|i|a|answer|candidate)\s*[:—-]", re.IGNORECASE)

_SPEECH = (r"(?:said|says|say|asked|asks|replied|replies|answered|told|tells|opened|pushed|countered|added|wrote|argued|insisted|"
           r"suggested|proposed|responded|came\s+back|put\s+it|went|offered|explained|laid\s+out|pitched|wanted|demanded|objected|interrupted|"
           r"goes\s+(?:\w+\s+)?like\s+this|sent\s+(?:us\s+|me\s+|over\s+)?(?:[\w']+\s+){0,2}?(?:idea|proposal|plan|pitch|note|request|ask|draft)s?)")
# What stands before an opening quotation mark and says whose words follow: "Our COO opened with:",
# "The CFO said,", "Head of sales:". Read back to the start of its line or sentence.
# (a title's stop is no sentence end: "The CMIO, Dr. Feld, on video:"; the sentence split reads the same list)
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof")
_TITLE_STOP = "(?:" + "|".join(rf"(?<=\b{t})" for t in TITLES) + r")\."
_LEAD = regex_cache.compile(rf"(?:^|(?<=[\n.!?]))[ \t*_>#-]*(?P<lead>(?:[^\"“”\n.!?]|{_TITLE_STOP}){{0,80}}?)\s*(?P<mark>[:,—-])?[*_]*\s*$")
# ... or, for a quotation opening its own line (a blockquote), the line above it that ends in a colon:
# "The pitch I heard from design goes roughly like this:" over '> "... Let's ship it to all 30 clinics."'
_LEAD_ABOVE = regex_cache.compile(r"(?:^|(?<=[\n.!?]))[ \t*_>#-]*(?P<lead>[^\"“”\n.!?]{1,120}):[*_]*[ \t]*\n(?:[ \t]*>?[ \t]*\n)*[ \t>*_-]*$")
_SAYS = regex_cache.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_OWN_LEAD = regex_cache.compile(
    # (words addressed to someone are the candidate's: "To the engineer: "CMS is a downstream consumer.""; "What I'd tell her:")
    rf"^(?:me|i|myself|candidate|answer|a)$|^(?:to|for)\s|\b(?:I|we)(?:'d|\s+would)?\s+(?:tell|say\s+to|ask|write\s+to)\b|\b(?:I|we)(?:'d|'ll|\s+would|\s+will)?\s+(?:\w+\s+){{0,2}}?{_SPEECH}\b|\bmy\s+(?:\w+\s+)?(?:answer|reply|response|line|position|counter|pitch)\b",
    re.IGNORECASE)
# (text the product shows is no one's words: 'the reminder reads: "Hi, ..."')
_SHOWN = regex_cache.compile(r"\b(?:message|text|texts|template|script|wording|subject|banner|prompt|copy|sms|email|reminder|notification|label|status|"
                             r"button|screen|alert|reads|headline|caption|tagline|slide|sign)\b", re.IGNORECASE)
# ... or what follows its closing mark: '"Can we retire audio-only?" the marketing lead asked.'
# (a quotation that is the subject is no one's words: '"Women's Health" tells the story on its own')
_TRAILER = regex_cache.compile(rf"\s*,?\s*(?:(?P<who>(?:[\w'-]+\s+){{1,4}}?){_SPEECH}\b|(?:said|asked|replied|added|countered)\s+(?:the|our|my|their|his|her)\s)",
                               re.IGNORECASE)
_SPOKEN_END = regex_cache.compile(r"[,?!.…—-][\"”]$")

_OPEN_CLOSE = regex_cache.compile(r"“[^”]{1,1500}”|\"[^\"]{1,1500}\"")
_BLANK_LINE = regex_cache.compile(r"\n[ \t]*\n")
MAX_LABEL_WORDS = 6
MIN_UTTERANCE_WORDS = 4
_ROLE = regex_cache.compile(
    r"\b(?:ceo|cfo|cto|coo|cmo|cmio|cno|cio|cpo|cso|vp|svp|evp|director|head|lead|manager|chief|nurse|doctor|dr|physician|surgeon|hospitalist|"
    r"pharmacist|radiologist|counsel|lawyer|attorney|engineer|analyst|rep|sales|marketing|founder|investor|board|chair\w*|president|officer|"
    r"partner|sponsor|coordinator|scientist|researcher|clinician|patient|member|customer|buyer|interviewer|panel|recruiter|committee|"
    r"leadership|exec\w*|legal|compliance|finance|ops|operations|product|design|growth|security|boss|me|you|he|she|they|them|us)\b", re.IGNORECASE)
_NAME = regex_cache.compile(r"(?:Dr\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+\([^)\n]{1,40}\))?")
_FIRST_PERSON = regex_cache.compile(r"\b(?:I|I'm|I'd|I've|I'll|we|we're|we'd|we've|we'll|let's|us|our|me|my)\b", re.IGNORECASE)
# A label before a quotation that names a part of the plan, not a person: 'Three: "change" replies ...'
_NOT_A_SPEAKER = regex_cache.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|step|rule|option|principle|bar|goal|owners?|metric|example|note|"
    r"p\.?s|tl;?dr|summary|why|what|how|when|who|where|decision|risk|trade-?off|result|outcome|lesson|timeline|scope|phase|week|month|day|"
    r"q[1-4]|[\d.]+)\b", re.IGNORECASE)


class _Sentence(Protocol):
    start: int
    end: int


def quotations(text: str) -> list[tuple[int, int, bool]]:
    """The attributed quotations of ``text``: (open, close, whether the candidate is speaking).

    A quotation with no one named before or after it is left out: it may be text the product
    shows ('a "pending" status') as easily as someone's words."""
    out = []
    for q in _OPEN_CLOSE.finditer(text):
        if _BLANK_LINE.search(text, q.start(), q.end()):
            continue  # a quotation does not run across paragraphs: these marks are not a pair
        lead = _LEAD.search(text, max(0, q.start() - 90), q.start())
        said = lead.group("lead").strip() if lead else ""
        if not said and (above := _LEAD_ABOVE.search(text, max(0, q.start() - 200), q.start())) and _SAYS.search(above.group("lead")):
            said = above.group("lead").strip()  # a quotation set out under the line that introduces it
        if said and _SHOWN.search(said):
            continue
        if said and (_SAYS.search(said) or (lead.group("mark") == ":" and _labels_a_speaker(said, text[q.start():q.end()]))):
            out.append((q.start(), q.end(), _OWN_LEAD.search(said) is not None))
            continue
        trail = _TRAILER.match(text, q.end())
        if trail and _SPOKEN_END.search(text, q.start(), q.end()) and not _SHOWN.search(trail.group("who") or ""):
            out.append((q.start(), q.end(), (trail.group("who") or "").strip().lower() in ("i", "we")))
    return out


def _labels_a_speaker(label: str, quoted: str) -> bool:
    """Whether "label:" before a quotation names who says it: a role ("Marketing lead:", "CFO:"), or
    a name when the words are spoken in the first person ("Jordan: "I promised them six weeks."").
    ("Content: "Appointment reminder from ..."" labels product text.)"""
    if len(label.split()) > MAX_LABEL_WORDS or _NOT_A_SPEAKER.match(label) or len(quoted.split()) < MIN_UTTERANCE_WORDS:
        return False
    return bool(_ROLE.search(label) or (_NAME.fullmatch(label) and _FIRST_PERSON.search(quoted)))


def others_words(text: str, sentences: list[_Sentence], quotes: list[tuple[int, int, bool]]) -> set[int]:
    """The sentences said by someone other than the candidate: a labelled line's turn (to the end
    of its paragraph, or of its line for an interviewer's question) or a quotation given to them."""
    out: set[int] = set()
    starts = [s.start for s in sentences]
    # (a line that opens on the candidate's own quotation ends the turn before it: 'I said: "No. ..."')
    own_opens = {max(0, bisect_right(starts, a) - 1) for a, _, own in quotes if own}
    speaker, turn_end = False, len(text)
    for i, s in enumerate(sentences):
        piece = text[s.start:s.end]
        if (i and "\n\n" in text[sentences[i - 1].end:s.start].replace(" ", "")) or s.start >= turn_end:
            speaker = False  # a speaker's turn lasts to the end of its paragraph
        if SPEAKER.match(piece) or i in own_opens:
            speaker = not SELF_SPEAKER.match(piece) and i not in own_opens
            line_end = text.find("\n", s.start)
            turn_end = line_end if line_end > 0 and ASKER.match(piece) and text[s.start:line_end].rstrip(" *_").endswith("?") else len(text)
        if speaker:
            out.add(i)
    for a, b, own in quotes:
        if own:
            continue
        for i in range(max(0, bisect_right(starts, a) - 1), bisect_left(starts, b)):
            s = sentences[i]
            # a sentence inside the quotation, or one that is only its attribution and its opening or close
            trail = _TRAILER.match(text, b, s.end)
            if len(text[s.start:a].split()) <= MAX_LABEL_WORDS and (s.end <= b + 3 or (trail and s.end - trail.end() <= 2)):
                out.add(i)
    return out
