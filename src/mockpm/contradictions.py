"""Plans that contradict themselves: two commitments in one answer that cannot both be kept.

A candidate can say the right thing in one paragraph and commit to its opposite in another
("I'd pilot at one hospital for two weeks" ... "we'll push it to all four hospitals in the same
release"; "the physician always makes the final call" ... "the engine will automatically cancel
any second order"). A committee hears the second commitment as the plan. Each pair below is one
decision (``contradiction_pairs``) that every question in this field comes back to: how widely to launch, who decides,
where the data lives and whether people choose to take part; a limit and a later figure past it,
and a sole authority handed away, are read too. Both sides must be the candidate's own commitments (not negated, reported
or waved away) and stand in different sentences.
"""

from __future__ import annotations

import re

from mockpm import regex_cache
from mockpm import stance as st
from mockpm.concepts import content_stems
from mockpm.contradiction_pairs import FIRST_SIDE_SCOPED, NEGATION_IS_CLAIM, PAIRS, SECOND_SIDE_EXCEPT
from mockpm.gate_length import gate_outlasts_deadline
from mockpm.keywords import LoweredPattern
from mockpm.limits import limit_broken
from mockpm.message_templates import revealing_templates
from mockpm.timeline import overruns
from mockpm.passages import Reading, reading_for
from mockpm.schedule_gates import opened_before_gate
from mockpm.launch_order import EVIDENCE, evidence_after_launch
from mockpm.stance_context import in_if_clause, in_open_question, turned_down, weighed_option


def _commits(reading: Reading, a: int, b: int, negation_is_claim: bool) -> bool:
    """Whether ``a:b`` is the candidate's commitment (for a side said as a negation, that
    negation inside it is the claim); a move told as the teller's own mistake is not."""
    if reading.sentences[reading.sentence_index(a)].owned_mistake:
        return False
    stance = reading.stance(a, b)
    if stance == st.DEFERRED and _deferral_is_the_next_steps(reading, a, b):
        return True
    return stance in st.COMMITTED or (negation_is_claim and stance == st.NEGATED and reading.negates_inside(a, b))


# A second verb phrase with its subject left out: in "I'd switch all 40 sites on together and run
# the validation once we're live", the deferral is the validation's, not the switch-on's.
_NEXT_VERB_PHRASE = regex_cache.compile(
    r"\band\s+(?:run|start|let|ask|put|switch|turn|notify|keep|send|move|add|hold|do)\s+(?:the|a|an|our|their|all|every|it|them)\b", re.IGNORECASE)


def _deferral_is_the_next_steps(reading: Reading, a: int, b: int) -> bool:
    """Whether every deferral read over ``a:b`` comes after a second verb phrase that follows it."""
    deferrals = [sc for sc in reading.scopes_of(reading.sentence_index(a))
                 if sc.stance == st.DEFERRED and sc.start < b and sc.end > a]
    return bool(deferrals) and all(sc.trigger is not None and sc.trigger[0] >= b
                                   and _NEXT_VERB_PHRASE.search(reading.text, b, sc.trigger[0]) for sc in deferrals)


_HELD = regex_cache.compile(r"\b(?:held|hold|holds|holding)\s+(?:back\s+|off\s+(?:on\s+)?)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_UNTIL = regex_cache.compile(r"[^.;!?\n]{0,40}?\b(?:until|till)\b", re.IGNORECASE)
# A launch whose sentence opens on the gate it waits for is a plan, not a date: "If those two units
# hold the bars, we expand to all adult wards on 1 May", "Once the silent run passes, every ward goes live".
# The gate must test something (a bar held, a review passed, a sign-off): "once the silent run
# completes" is only time passing. The condition may also follow: "..., but only if the two
# pilot wards hold every bar", "all 40 sites go live together once the validation has passed" (a
# bare "if" after a fixed day is no gate: "on day one if the pilot holds" cannot wait for the pilot).
_GATE_TEST = (r"(?:holds?|held|pass(?:es|ed)?|meets?|met|clears?|cleared|signs?\s+off|signed\s+off|approves?|approved|"
              r"shows?|showed|hits?|stays?|confirms?|confirmed|agrees?|agreed)")
_GATED_LAUNCH = regex_cache.compile(
    r"[\s*_>#|-]*(?:\d+[.)]\s+)?(?:only\s+)?(?:if|once|when|provided(?:\s+that)?|assuming|as\s+soon\s+as)\b"
    rf"(?=[^.;!?\n]*?\b{_GATE_TEST}\b[^.;!?\n]*?,)[^.;!?\n]*?,\s", re.IGNORECASE)
_GATE_AFTER = regex_cache.compile(
    rf"[^.;!?\n]*?\b(?:only\s+(?:if|once|when|after)|once|after|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as)\b[^.;!?\n]*?\b{_GATE_TEST}\b",
    re.IGNORECASE)
_GATED_PAIRS = frozenset({"launch scope", "silent run and the date"})
_SILENT_GO_LIVE = regex_cache.compile(r"\b(?:silent|shadow|dark|background)[\s-]+(?:(?:technical|mode|only)[\s-]+)?(?:go-?live|launch|deployment|release)\b|"
                                      # ... or one said to run silently: "technical go-live on the contract date as a silent run"
                                      r"\b(?:go-?live|launch|deployment|release)\b[^.;\n]{0,40}?\b(?:as\s+a\s+(?:silent|shadow)\s+(?:run|pilot)|in\s+(?:silent|shadow)\s+mode)\b", re.IGNORECASE)
# A fallback for when the facts turn out otherwise is not the plan: "What changes if I'm wrong: if
# Creole speakers turn out to be spread evenly, I'd ... switch the voice call on everywhere".
_CONTINGENCY = regex_cache.compile(
    r"\bif\s+(?:I'm|I\s+am|I\s+was|we're|we\s+are)\s+wrong\b|\bif\s+(?:that|this|the|my|our|any|one|either|these|those)\s+(?:[\w-]+\s+){0,2}?assumptions?\b|"
    r"\bif\s+[^.;!?\n]{0,80}?\bturns?\s+out\b|\bwhat\s+(?:changes|would\s+change|I'd\s+change)\s+if\b|\bif\s+(?:[\w-]+\s+){0,4}?proves?\s+(?:wrong|false|untrue)\b",
    re.IGNORECASE)


def contradictions(text: str) -> list[str]:
    """The decisions on which the answer commits to both sides (their names, in order)."""
    reading = reading_for(text)

    def committed(pattern: LoweredPattern, negation_is_claim: bool = False, gated: bool = False) -> set[int]:
        out = set()
        for m in reading.matches(pattern):
            # a condition commits to nothing: "if they want it everywhere on day one, the answer's no"
            opened = reading.sentences[reading.sentence_index(m.start())].start
            if in_if_clause(text, opened, m.start(), m.end()) or _CONTINGENCY.search(text, opened, m.start()):
                continue
            # nor does an open question or a comparison's losing side ("better than switching it on house-wide"),
            # or a plan given up ("what I gave up: going live on all three shifts at once")
            if (in_open_question(text, m.start()) or in_open_question(text, m.end()) or turned_down(text, m.start(), m.end())
                    or weighed_option(text, m.start(), m.end())):
                continue
            # nor a step held back until a condition ("held auto-approval until she signed")
            if _HELD.search(text, max(0, m.start() - 30), m.start()) and _UNTIL.match(text, m.end()):
                continue
            if gated:
                opened = _GATED_LAUNCH.match(text, reading.sentences[reading.sentence_index(m.start())].start)
                if (opened and opened.end() <= m.start()) or _GATE_AFTER.match(text, m.end()):
                    continue
                # (a go-live the sentence calls silent shows no one anything: "Silent go-live on the contract date, all shifts")
                if _SILENT_GO_LIVE.search(text, reading.sentences[reading.sentence_index(m.start())].start, m.end()):
                    continue
            if _commits(reading, m.start(), m.end(), negation_is_claim):
                out.add(reading.sentence_index(m.start()))
        return out

    found = []
    for name, (one, other) in PAIRS.items():
        claim_one, claim_other = NEGATION_IS_CLAIM.get(name, (False, False))
        a, b = committed(one, claim_one), committed(other, claim_other, gated=name in _GATED_PAIRS)
        for excepted, unless in SECOND_SIDE_EXCEPT.get(name, ()):
            # (the excuse may follow in the next sentence: "... forwarded to CrisisLine. CrisisLine is under a BAA.")
            b = {i for i in b if not any(_excused(text, reading.sentences[k].start, reading.sentences[k].end, excepted, unless)
                                         for k in (i, i + 1) if k < len(reading.sentences))}
        if name in ("data kept in house", "who sees individuals") and a:
            b |= _identifiers_sent_out(reading)
        if name in FIRST_SIDE_SCOPED and a and b:
            today, features = FIRST_SIDE_SCOPED[name]
            if all(features.search(text, reading.sentences[i].start, reading.sentences[i].end) for i in b):
                a = {i for i in a if not today.search(text, reading.sentences[i].start, reading.sentences[i].end)}
        if name == "what a message reveals" and a:
            b |= revealing_templates(reading)
        if a and b and (a | b) != (a & b):  # in different sentences
            found.append(name)
    if limit_broken(reading):
        found.append("a limit and a figure past it")
    if _authority_given_away(reading):
        found.append("who holds the switch")
    if _kept_then_retired(reading):
        found.append("kept then retired")
    if overruns(reading):
        found.append("a go-live date and steps that cannot fit before it")
    if _gate_then_bypassed(reading):
        found.append("a gate stated and then run after the release")
    if opened_before_gate(reading):
        found.append("a gate stated and a schedule that opens the step before it")
    if gate_outlasts_deadline(reading):
        found.append("a gate that takes longer than the go-live date")
    if evidence_after_launch(reading):
        found.append("a launch first and the evidence it needed after it")
    return found


# Identifiers, a sending verb and an outside party in one sentence, in any order: "every Friday the
# platform compiles an export (patient name, date of birth, MRN) and emails it to the sponsor's
# operations lead". The pair's own pattern reads the usual order; this one reads a list.
_IDENTIFIERS = regex_cache.compile(
    r"\b(?:(?:patient|member|participant)s?'?\s+names?|full\s+names?|names?\s+and\s+(?:dates?\s+of\s+birth|DOBs?|MRNs?|addresses|phone)|"
    r"dates?\s+of\s+birth|birth\s*dates?|DOBs?|MRNs?|(?:medical\s+)?record\s+numbers?|social\s+security|"
    # the adjective, not the verb ("we identified 312 candidates") nor "de-identified"
    r"(?<![\w-])identif(?:ied|iable)\s+(?:patient\s+|member\s+)?(?:data|records|charts|notes|information|lists?|details|PHI|rows|exports?|files?|extracts?)|"
    r"(?:raw|full|patient|each\s+site's|the\s+sites'?|their)\s+(?:charts|notes|records|transcripts))\b",
    re.IGNORECASE)
_SENDS = regex_cache.compile(
    r"\b(?:send|sends|sent|sending|e-?mail(?:s|ed|ing)?|export(?:s|ed|ing)?|upload\w*|forward\w*|shares?|shared|sharing|push(?:es|ed|ing)?|"
    r"pipe[sd]?|piping|transfer\w*|feed|feeds|post(?:s|ed)?)\b",
    re.IGNORECASE)
_OUTSIDE = regex_cache.compile(
    r"\b(?:sponsor|vendor|third[\s-]part(?:y|ies)|employer|CRAs?|contractor|(?:model|LLM|AI|cloud)\s+provider|insurer|advertis\w+|"
    r"our\s+(?:central\s+|own\s+)?(?:data\s+)?(?:warehouse|lake))s?\b",
    re.IGNORECASE)


def _excused(text: str, start: int, end: int, excepted: re.Pattern[str], unless: re.Pattern[str] | None) -> bool:
    """Whether a clause of ``text[start:end]`` says what excuses a second side, and not what undoes
    the excuse ("EU data in an EU region; the US sites' data in a US region" is excused clause by clause)."""
    bounds = [start] + [start + m.end() for m in re.finditer(";", text[start:end])] + [end]
    return any(excepted.search(text, a, z) and not (unless and unless.search(text, a, z)) for a, z in zip(bounds, bounds[1:]))


def _identifiers_sent_out(reading: Reading) -> set[int]:
    """Sentences that commit to sending identifiers to an outside party, whatever the order."""
    out = set()
    text = reading.text
    for i, sentence in enumerate(reading.sentences):
        found = [pattern.search(text, sentence.start, sentence.end) for pattern in (_IDENTIFIERS, _SENDS, _OUTSIDE)]
        if not all(found):
            continue
        # one clause: "the site shares the MRN list with its PI; the sponsor sees counts" sends nothing out
        lo, hi = min(m.start() for m in found), max(m.end() for m in found)  # type: ignore[union-attr]
        if ";" not in text[lo:hi] and all(reading.stance(m.start(), m.end()) in st.COMMITTED for m in found[:2]):  # type: ignore[union-attr]
            if not in_if_clause(text, sentence.start, found[1].start(), found[1].end()):  # type: ignore[union-attr]
                out.add(i)
    return out


# A gate stated as a rule ("nothing lands on main until three years reconcile", "no medication list
# reaches a signed summary without the pharmacist's sign-off") and, in another sentence of the
# candidate's own, the release going ahead with that same check run afterwards, in parallel or
# while it is still going ("we merge this sprint and reconcile the three years afterwards").
_RULE = regex_cache.compile(
    r"\b(?:nothing|no\s+(?:[\w'-]+\s+){0,2}?[\w-]+)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:goes|go|lands?|ships?|reaches?|merges?|enters?|passes|touches|moves|sees?|gets?|receives?|is\s+(?:sent|shown|released|merged|submitted))\b"
    r"[^.;\n]{0,80}?\b(?:until|without|before|unless)\s+(?P<cond>[^.;\n]{5,120})",
    re.IGNORECASE,
)
_RELEASE = regex_cache.compile(
    r"\b(?:merg\w*|ship\w*|go(?:es|ing)?\s+live|launch\w*|releas\w*|submit\w*|send\w*|turn\w*\s+(?:it\s+)?on|deploy\w*|"
    # ... or the people it is for starting to use it: "nurses on four wards start receiving live alerts"
    r"start\w*\s+(?:receiving|getting|seeing|using)|live\s+(?:alerts?|suggestions?|scores?|lists?|use|care|traffic))\b",
    re.IGNORECASE,
)
_AFTER = regex_cache.compile(
    r"\b(?:afterwards?|after\s+(?:go-?live|launch|the\s+merge|release|submission)|in\s+parallel|alongside|"
    r"while\s+(?:[\w'-]+\s+){0,6}?(?:still|continues|runs|is\s+running|goes\s+on|carries\s+on)|(?:is|are)\s+still\s+(?:\w+ing)|once\s+(?:it's|we're)\s+live|post-?launch|"
    r"whether\s+or\s+not|regardless\s+of\s+whether)\b",
    re.IGNORECASE,
)
MIN_GATE_WORDS = 2


def _gate_then_bypassed(reading: Reading) -> bool:
    """Whether a gate the answer states as a rule is, in another committed sentence, run after or
    alongside the release it was to hold back (the two share the gate's own words)."""
    text = reading.text
    rules = [r for r in _RULE.finditer(text) if reading.stance(r.start(), r.start() + 1) not in (st.REPORTED, st.LISTED)]
    if not rules:
        return False
    # The sentences that release with something run after or alongside, their words and the kinds of
    # evidence they name: read once.
    released: dict[int, tuple[frozenset[str], set[str]]] = {}
    for i, sentence in enumerate(reading.sentences):
        if not _AFTER.search(text, sentence.start, sentence.end):
            continue
        release = _RELEASE.search(text, sentence.start, sentence.end)
        if release is not None and reading.stance(release.start(), release.end()) in st.COMMITTED:
            said = text[sentence.start:sentence.end]
            released[i] = (content_stems(said), _evidence_kinds(said))
    for rule in rules:
        gate_words = content_stems(rule.group("cond"))
        # (or the same kind of evidence in other words: "until the study has cleared the bar", "the validation runs alongside")
        kinds = _evidence_kinds(rule.group("cond"))
        here = reading.sentence_index(rule.start())
        if any(i != here and (len(gate_words & words) >= MIN_GATE_WORDS or kinds & named)
               for i, (words, named) in released.items()):
            return True
    return False


def _evidence_kinds(words: str) -> set[str]:
    return {kind for kind, pattern in EVIDENCE.items() if pattern.search(words)}


# One person named as the only one who may act ("the section chief is the only person who can
# switch any output off", "nothing merges without her approval"), then the act handed to someone
# else ("our ML lead decides on their own whether to disable it", "the tech lead owns the merge
# decision").
_SOLE = regex_cache.compile(
    r"\b(?:(?:is|are|was)\s+the\s+only\s+(?:person|one|people|role|team)\s+(?:who|that)\s+(?:can|may|gets\s+to|is\s+allowed\s+to)|"
    r"nothing\s+(?:[\w-]+\s+){0,6}?\w+\s+without\s+(?:her|his|their|the\s+[\w-]+(?:'s)?|[A-Z]\w+'s)\s+(?:approval|sign-?off|say-so)|"
    # ... or given the last word outright: "she holds go/no-go", "nursing has a veto over the threshold"
    r"(?:holds?|has|have|owns?|keeps?|gets?)\s+(?:the\s+|a\s+)?(?:go\s*/\s*no[\s-]go|go[\s-]no[\s-]go|veto|final\s+(?:say|call|word))\b|"
    r"(?:it'?s|is)\s+(?:[\w-]+'s|her|his|their)\s+call\b|\bowns?\s+(?:the|that)\s+(?:threshold|decision|call)\b|(?:real|final|binding)\s+sign-?off\s+authority)",
    re.IGNORECASE,
)
_GIVEN = regex_cache.compile(
    r"\b(?:(?P<owns>owns?\s+the\s+\w+\s+decision)|decides?\s+(?:on\s+(?:his|her|their)\s+own|alone|unilaterally)|"
    # ("we can't lean on the signature alone" relies on one safeguard; it gives no one the act)
    r"(?:can|may|will)\s+(?!(?:lean|rely|count|depend|bank|trust)\b)\w+\s+(?:[\w-]+\s+){0,6}?(?:alone|unilaterally|on\s+(?:his|her|their)\s+own|without\s+(?:asking|checking|waiting\s+for|anyone's\s+approval))|"
    r"if\s+[^.;]{0,60}?\b(?:approves?|passes?)\b[^.;]{0,20}?,?\s+it\s+(?:goes\s+in|ships|merges|goes\s+live)|"
    # ... the holder told once it is done, or passed over: "data science sets it and tells nursing afterwards",
    # "we proceed on the contract date without her sign-off"
    r"(?:tell|tells|told|inform\w*|brief\w*|notif\w*|updat\w*)\s+(?P<told>her|him|nursing|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z]\w+)\s+(?:afterwards?|after\s+the\s+fact|once\s+it'?s\s+(?:done|decided|set|locked))|"
    r"(?:share|shares|shared)\s+(?:[\w-]+\s+){0,4}?with\s+(?P<shared>(?:[\w-]+\s+){1,5}?)afterwards?|"
    r"(?:proceed|go\s+live|launch|ship)\w*\s+(?:[\w-]+\s+){0,6}?(?:without|regardless\s+of)\s+(?:her|his|their|the\s+[\w-]+(?:'s)?)\s+(?:sign-?off|approval|agreement|go-ahead)|"
    # ... or the call made on whatever the holder's check has reached: "make that call ourselves with
    # whatever testing is done by then", "ship in week six whether or not her testing is finished"
    r"(?:proceed|go\s+live|launch|ship|make\s+(?:that|the)\s+call)\w*\s+(?:[\w-]+\s+){0,6}?(?:with\s+whatever\s+(?:testing|review|validation)\s+(?:is|has\s+been)\s+(?:done|finished|complete)|"
    r"whether\s+or\s+not\s+(?:(?:her|his|their|the)\s+)?(?:[\w-]+(?:'s)?\s+){0,2}?(?:testing|review|sign-?off|validation|silent\s+(?:mode|run|period))\s+(?:is|has)\s+(?:been\s+)?(?:done|finished|complete))|"
    # ... or taken above the holder's head, past whatever the checks show, or overruled: "our CEO will go to the hospital CEO
    # and get go-live approved at that level", "approve launch regardless of where testing is", "I'll make the call to go"
    r"(?:go|goes|going|take\s+it)\s+(?:over\s+(?:her|his|their)\s+heads?|around\s+(?:her|him|them))|get\s+(?:the\s+)?(?:go-?live|launch|rollout|it)\s+approved\s+(?:at\s+that\s+level|above\s+(?:her|him|them))|"
    r"(?:approv\w*|launch\w*|ship\w*|go\s+live)\s+(?:[\w-]+\s+){0,8}?regardless\s+of\s+(?:where|what|whether|how\s+far)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:testing|validation|review|results?)|"
    r"\bI(?:'ll|\s+will)\s+(?:make\s+the\s+call\s+to\s+(?:go|ship|launch)|overrule\s+(?:her|him|them|the\s+[\w-]+))\b)",
    re.IGNORECASE,
)
# A kill switch anyone on call may pull is a safeguard, not the authority given away: only an act
# that starts, approves or restores counts.
_STOPS = regex_cache.compile(r"\b(?:disabl\w*|flip\w*\s+(?:\w+\s+){0,3}?back|revert\w*|switch\w*\s+(?:\w+\s+){0,3}?off|turn\w*\s+(?:\w+\s+){0,3}?off|roll\w*\s+back|paus\w*|stop\w*|suspend\w*|kill)\b", re.IGNORECASE)
_STARTS = regex_cache.compile(r"\b(?:(?:turn|switch)\w*\s+(?:\w+\s+){0,3}?(?:back\s+)?on\b(?!\s+(?:their|his|her|its|my|our)\s+own)|re-?enabl\w*|go(?:es)?\s+live|approv\w*|merg\w*|ship\w*|launch\w*|releas\w*)\b", re.IGNORECASE)


# The decision owned once the holder has signed ("given that sign-off, the VP and I own the ship
# decision") keeps her authority.
_AFTER_HER_SIGN_OFF = regex_cache.compile(
    r"\b(?:given|subject\s+to|with|after|following)\s+(?:that|this|her|his|their|the\s+[\w-]+(?:'s)?)\s+"
    r"(?:sign-?off|approval|go-ahead|say-so)\s*,?\s+(?:[\w-]+\s+){0,6}?$", re.IGNORECASE)
_NOT_BEFORE = regex_cache.compile(r"\b(?:not|never|\w+n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)  # "don't think we can ..."
_NOT_A_NAME = frozenset({"the", "a", "an", "our", "their", "his", "her", "its", "with", "and"})


def _names(text: str) -> set[str]:
    """Who a clause names, loosely: each word's first five letters ("nursing's" and "nursing" agree)."""
    return {w.lower().removesuffix("'s")[:5] for w in re.findall(r"[A-Za-z][\w'-]*", text)} - _NOT_A_NAME


def _authority_given_away(reading: Reading) -> bool:
    """Whether the answer names a sole authority for an act and, in another sentence, its own
    commitment, gives the act to someone acting alone."""
    sole_matches = [m for m in _SOLE.finditer(reading.text) if reading.stance(m.start(), m.end()) not in (st.NEGATED, st.REPORTED)]
    if not sole_matches:
        return False
    sole = {reading.sentence_index(m.start()) for m in sole_matches}
    # A veto only blocks: someone else may own the decision it can stop, short of going around it.
    vetoes_only = all("veto" in m.group(0).lower() for m in sole_matches)
    holders = _names(" ".join(reading.text[reading.sentences[i].start:reading.sentences[i].end] for i in sole))
    for m in _GIVEN.finditer(reading.text):
        i = reading.sentence_index(m.start())
        stance = reading.stance(m.start(), m.end())
        # A negation inside the act is its claim ("go live without her sign-off"); one before it
        # keeps the promise. "Afterwards" may read the whole act as put off: its first word tells.
        first = reading.stance(m.start(), m.start() + len(m.group(0).split()[0]))
        if m.group("owns") and (vetoes_only or _AFTER_HER_SIGN_OFF.search(
                reading.text, max(reading.sentences[i].start, m.start() - 80), m.start())):
            continue
        # (nor one the answer gives up: "What I gave up: ... the idea that product decides alone")
        if i in sole or _NOT_BEFORE.search(reading.text, max(0, m.start() - 24), m.start()) or turned_down(reading.text, m.start(), m.end()) or not (
                stance in st.COMMITTED or first in st.COMMITTED
                or (stance == st.NEGATED and not reading.negates_outside(m.start(), m.end()))):
            continue
        # told afterwards: only the one who held the decision ("brief the travel nurses" is not)
        told = m.group("told") or m.group("shared")
        if told and told.lower() not in ("her", "him") and not _names(told) & holders:
            continue
        # The act is read in the given clause's own words (up to a semicolon).
        end = min(reading.sentences[i].end, m.end() + 60)
        semi = reading.text.find(";", m.end(), end)
        act = reading.text[m.start():end if semi == -1 else semi]
        if _STOPS.search(act) and not _STARTS.search(act):
            continue
        return True
    return False


# A channel promised to stay ("audio-only stays as a permanent option") and the same channel
# retired later ("in Q3 we retire the phone path"); another channel retired is no contradiction.
_CHANNELS = {"phone": r"(?:tele)?phone(?:-(?:visit|only|in|call)s?)?|audio(?:-only)?|dial-in|call-in", "voice": r"voice", "paper": r"paper",
             "in person": r"in-person|face-to-face", "text": r"SMS|texting|text\s+messages?"}
_CHANNEL = r"(?P<ch>" + "|".join(_CHANNELS.values()) + r")(?:\s+(?:visits?|calls?|options?|path|channel|lines?|access|support|reminders?|messages?|workflow|service|flow))?"
_KEPT = regex_cache.compile(
    _CHANNEL + r"\s+(?:[\w-]+\s+){0,3}?(?:stays?|remains?|is\s+(?:a\s+)?permanent|(?:is\s+)?(?:never|not)\s+(?:going\s+away|retired|dropped|removed))\b|"
    r"\bkeep\w*\s+(?:the\s+)?" + _CHANNEL.replace("?P<ch>", "?P<ch2>") + r"\s+(?:[\w-]+\s+){0,2}?(?:permanently|for\s+good|indefinitely)\b",
    re.IGNORECASE)
_END_OF_PHRASE = r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|by|from|for|when|once|after|and|as|so|to|entirely|completely)\b)"
_RETIRED = regex_cache.compile(
    r"\b(?:retire|retires|retiring|sunset\w*|deprecat\w+|decommission\w*|phase\w*\s+out|shut\w*\s+down|switch\w*\s+off|turn\w*\s+off)\s+(?:the\s+)?"
    + _CHANNEL + _END_OF_PHRASE + r"|\b" + _CHANNEL.replace("?P<ch>", "?P<ch2>")
    + r"\s+(?:is|are|gets?|will\s+be)\s+(?:retired|sunset|deprecated|decommissioned|phased\s+out|switched\s+off|turned\s+off)\b",
    re.IGNORECASE)


def _channel_sentences(reading: Reading, pattern: re.Pattern, negation_is_claim: bool) -> dict[str, set[int]]:
    """Per channel, the sentences that commit to the pattern's side for it."""
    out: dict[str, set[int]] = {}
    for m in pattern.finditer(reading.text):
        if not _commits(reading, m.start(), m.end(), negation_is_claim):
            continue
        word = m.group("ch") or m.group("ch2")
        kind = next(k for k, alt in _CHANNELS.items() if re.fullmatch(alt, word, re.IGNORECASE))
        out.setdefault(kind, set()).add(reading.sentence_index(m.start()))
    return out


def _kept_then_retired(reading: Reading) -> bool:
    """Whether one channel is promised to stay in one sentence and retired in another."""
    kept = _channel_sentences(reading, _KEPT, True)
    if not kept:
        return False
    retired = _channel_sentences(reading, _RETIRED, False)
    return any(kept[k] | retired[k] != kept[k] & retired[k] for k in kept.keys() & retired.keys())
