"""Flags read from the whole answer after the stance-aware checks: stance and substance.

Each says the answer, read as a committee would, is a no-hire whatever vocabulary it carries:
safety steps brushed off, many wrong calls, a plan walked back, both sides of one decision,
claims no clinical team could stand behind. They cap offline grades only (guards.OFFLINE_CAPS):
a judge reads stance and substance itself, so with one configured it is still called.
"""

from __future__ import annotations

import re

from mockpm.broken_safeguards import broken_principles, own_rules_broken, stated_then_broken
from mockpm.contradictions import contradictions
from mockpm.escape_hatches import MIN_HATCHES, escape_hatches
from mockpm.guards import (
    BRUSHES_OFF, CONTRADICTS, IMPLAUSIBLE, MIN_BRUSHED_SENTENCES, MIN_BRUSHED_SHARE, MIN_BRUSHED_SHARE_SENTENCES,
    MIN_BRUSHED_STEPS, MIN_RED_FLAGS, READS_AS_REJECTED, STRAYS, WALKS_BACK, WRONG_CALLS,
)
from mockpm.answer_vocabulary import BAR, VocabularyReading, answers_read
from mockpm.models import Criterion, Flag, KeywordResult
from mockpm.passages import Reading, reading_for
from mockpm.plaintext import one_line
from mockpm.plausibility import MIN_CLAIMS, implausible_claims
from mockpm.unfit_owners import MIN_UNFIT_OWNERS, unfit_owners
from mockpm import regex_cache, reject_model
from mockpm import stance as st
from mockpm.walkbacks import MIN_TURNS, turned_calls

# A clause-wide cue that likens one thing to another rather than waving items away.
_COMPARISON = regex_cache.compile(r"\bsame\b|\bno\s+different\b|\bjust\s+like\b", re.IGNORECASE)
# Two safeguards stated and then broken are a plan at odds with itself, whatever else it gets right.
MIN_BROKEN_SAFEGUARDS = 2
# A sentence quoted in a flag message is cut here: a message is one line.
QUOTE_CHARS = 120


def _separate_calls(wrong: list[Criterion], keywords: dict[str, KeywordResult | None]) -> int:
    """How many of the met red flags are calls of their own: each needs a mention no other counted
    one overlaps. "A streak program, with points for gift cards" is one call, however many red
    flags (engagement as the outcome, app activity as success, cash incentives) read those words;
    "auto-signs the note, and we drop the over-80s" is two."""
    used: list[tuple[int, int]] = []
    count = 0
    for spans in sorted(([(m.start, m.end) for m in keywords[c.id].matches] for c in wrong), key=len):  # type: ignore[union-attr]
        if not spans or any(all(b <= a0 or a >= b0 for a0, b0 in used) for a, b in spans):
            count += 1  # (a trait of the whole answer, "no numbers anywhere", is a call of its own)
            used += spans
    return count


def reading_flags(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str,
                  whole: reject_model.RejectReading | None = None, own: frozenset[str] = frozenset(),
                  vocabulary: VocabularyReading | None = None) -> list[Flag]:
    """The stance and substance flags of one answer, given its checks' results and, when the
    question is one the reject model knows, its reading of the whole answer. ``own`` holds the ids
    of the criteria written for this question (its own rubric's, beside the shared ones);
    ``vocabulary``, how much of the answer speaks the words answers to this question use."""
    flags: list[Flag] = []
    # Words unlike the question's are a flag only where the whole answer also leans toward the ones
    # committees reject (or the reader abstains): a genuine story told in its own words reads well.
    leans = whole is None or whole.probability is None or whole.probability >= reject_model.DOUBT_FROM
    if vocabulary is not None and vocabulary.strays and leans:
        flags.append(Flag(code=STRAYS, message=(
            f"reads as written to another question: only {vocabulary.share:.0%} of its words are ones that answers to "
            f"this question use (the bar is {BAR:.0%}, from {answers_read():,} labelled answers)")))
    sentences, steps = brushed_off(criteria, keywords, text)
    if sentences >= MIN_BRUSHED_SENTENCES or steps >= MIN_BRUSHED_STEPS or _taken_back(criteria, keywords, text):
        flags.append(Flag(
            code=BRUSHES_OFF,
            message=(f"safety, validation, equity or regulatory steps are named only to be skipped, deferred or "
                     f"handed off ({sentences} passage{'s' if sentences != 1 else ''})"),
        ))
    elif (share := brushed_share(text)) is not None:
        flags.append(Flag(
            code=BRUSHES_OFF,
            message=f"most of the answer skips, defers or hands off its own steps ({share[0]} of {share[1]} passages)",
        ))
    reading = reading_for(text)
    wrong = [c for c in criteria if c.points < 0 and (kw := keywords.get(c.id)) is not None and kw.met]
    # A wrong call made after stating the safeguard it breaks counts twice: it is a wrong call and
    # a contradiction (a committee hears the second commitment as the plan).
    broken = sorted(set(stated_then_broken(criteria, keywords, text)) | set(broken_principles(criteria, keywords, text))
                    | set(own_rules_broken(criteria, keywords, text)))
    # ... and so does a call that puts patients at risk: two such calls are a no-hire on their own;
    # one made again in a separate passage, by another of its terms ("auto-approves clear cases",
    # later "the model places the bundle automatically"), is a second such call.
    harmful = [c for c in wrong if c.harm]
    again = [c for c in harmful if len({reading.sentence_index(m.start) for m in keywords[c.id].matches}) >= 2]  # type: ignore[union-attr]
    if rejected_alone := [c for c in wrong if c.disqualifying]:
        names = ", ".join(c.id.split(".", 1)[-1] for c in rejected_alone)
        flags.append(Flag(code=WRONG_CALLS, message=f"makes a call a hiring committee rejects on by itself ({names})"))
    elif (calls := _separate_calls(wrong, keywords)) + len(harmful) + 2 * len(again) + len(broken) >= MIN_RED_FLAGS:
        against = f", {len(broken)} of them against a safeguard it states itself" if broken else ""
        flags.append(Flag(code=WRONG_CALLS, message=f"makes {calls} calls a hiring committee names as reasons to reject{against}"))
    elif (harmful or broken) and whole is not None and whole.probability is not None and whole.probability >= reject_model.HARM_BAR:
        # (a call against a principle the answer itself declared weighs as a harmful one does)
        names = ", ".join(c.id.split(".", 1)[-1] for c in harmful) if harmful else ", ".join(cid.split(".", 1)[-1] for cid in broken)
        what = "a call that puts patients at risk" if harmful else "a call against a safeguard it states itself"
        flags.append(Flag(code=WRONG_CALLS, message=(
            f"makes {what} ({names}), and the answer as a whole reads "
            f"{whole.probability:.0%} like the answers hiring committees reject")))
    elif len(unfit := unfit_owners(reading)) >= MIN_UNFIT_OWNERS:
        flags.append(Flag(code=WRONG_CALLS, message=(
            f"hands {len(unfit)} of its safeguards to owners with a stake in them passing or no standing to judge them "
            "(sales, marketing, a help desk, the team that built it)")))
    # A wrong call right after a turn to "how it would really go" takes the plan back on its own:
    # the question's own red flags and the harmful shared ones (the other shared ones name framing,
    # not a decision, and strong answers trip them in passing).
    turned = turned_calls(reading, {c.id: [m.start for m in keywords[c.id].matches]  # type: ignore[union-attr]
                                    for c in wrong if c.harm or c.id in own})
    hatches = escape_hatches(reading)
    taken_back = reading.walk_backs >= MIN_TURNS or reading.safeguards_turned > 0
    if taken_back or turned or len(hatches) >= MIN_HATCHES:
        if turned:
            message = ("states the right steps, then turns to a call committees reject ("
                       + ", ".join(cid.split(".", 1)[-1] for cid in turned) + ")")
        elif taken_back:
            message = "states the right steps, then takes them back in its own words"
        else:
            message = (f"states the right steps, then lets {len(hatches)} of them go whenever someone wants them to or the date "
                       f"is tight (\"{_quote(reading, hatches[0])}\")")
        flags.append(Flag(code=WALKS_BACK, message=message))
    both = contradictions(text)
    if both or len(broken) >= MIN_BROKEN_SAFEGUARDS:
        decisions = both + [f"breaks its own safeguard: {cid.split('.', 1)[-1]}" for cid in broken]
        flags.append(Flag(code=CONTRADICTS, message=(
            "commits to both sides of the same decision in different places (" + ", ".join(decisions) + ")")))
    claims = implausible_claims(text)
    if len(claims) >= MIN_CLAIMS:
        flags.append(Flag(
            code=IMPLAUSIBLE,
            message="promises what no clinical team could deliver or sets bars that cannot bite (" + ", ".join(sorted({c.replace("-", " ") for c in claims})) + ")",
        ))
    if not flags and whole is not None and whole.flagged:
        flags.append(Flag(code=READS_AS_REJECTED, message=(
            f"reads, as a whole, like the answers hiring committees reject ({whole.probability:.0%} by a model of "
            f"{reject_model.model().trained_on:,} labelled answers); the sentence that weighs most: \"{whole.quote}\"")))
    return flags


def _quote(reading: Reading, i: int) -> str:
    """Sentence ``i``, on one line and cut to a flag message's length."""
    s = reading.sentences[i]
    return one_line(reading.text[s.start:s.end].strip().strip("-*_ "), QUOTE_CHARS)


def brushed_off(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> tuple[int, int]:
    """(sentences, distinct steps) brushed off, by the checks that read the brushed-off stance.

    A step is a positive criterion whose terms were brushed off: "skip silent mode, chart review
    and subgroup checks" is one sentence but three steps.
    """
    reading = reading_for(text)
    sentences: set[int] = set()
    spans: set[tuple[int, int]] = set()
    for c in criteria:
        kw = keywords.get(c.id)
        if c.check is not None and c.check.stance == "brushed_off" and kw is not None and kw.met:
            sentences |= {reading.sentence_index(m.start) for m in kw.matches}
            spans |= {(m.start, m.end) for m in kw.matches}
    # One brushed-off phrase is one step, however many criteria list it ("medical staff office").
    # A sentence brushed off only by a comparison ("documentation, validation and audit trails are
    # the same muscle as device quality systems") is one step too: it plays down one claim, not
    # each item it names. A minimiser ("X, Y and Z are mostly paperwork") still counts each item.
    compared = set()
    for i in sentences:
        brushed = [sc for sc in reading.scopes_of(i) if sc.stance in st.BRUSHED_OFF]
        if brushed and all(sc.wide and sc.trigger is not None and _COMPARISON.search(text, *sc.trigger) for sc in brushed):
            compared.add(i)
    steps, reach = len(compared), -1  # every sentence holds at least one of the spans
    for a, b in sorted(spans):
        if a >= reach and reading.sentence_index(a) not in compared:
            steps += 1
        reach = max(reach, b)
    return len(sentences), steps


# A postscript to the plan: "P.S.", "Appendix: budget note", "*Note added after the call:*", "Update:"
# (not a bullet that opens with the verb: "- Update the threshold quarterly").
_POSTSCRIPT = regex_cache.compile(
    r"^[ \t>#*_-]*(?:p\.\s?s\.|(?:postscript|appendix|addendum|note\s+added|footnote|one\s+more\s+thing)\b|update\s*:)", re.IGNORECASE | re.MULTILINE)


def _taken_back(criteria: list[Criterion], keywords: dict[str, KeywordResult | None], text: str) -> bool:
    """Whether a postscript brushes off a step the plan above it committed to: the plan sets up its
    own safeguard and then drops it ("P.S. To hit the date we'll skip the silent run")."""
    ps = _POSTSCRIPT.search(text)
    if ps is None or ps.start() == 0:
        return False
    reading = reading_for(text)
    for c in criteria:
        kw = keywords.get(c.id)
        if c.check is None or c.check.stance != "brushed_off" or kw is None or not kw.met:
            continue
        for m in kw.matches:
            if m.start < ps.start():
                continue
            # (every earlier mention ends before the dropping sentence starts, so it is in another passage)
            said = re.compile(re.escape(text[m.start:m.end]), re.IGNORECASE)
            before = reading.sentences[reading.sentence_index(m.start)].start
            if any(reading.stance(e.start(), e.end()) in st.COMMITTED for e in said.finditer(text, 0, before)):
                return True
    return False


def brushed_share(text: str) -> tuple[int, int] | None:
    """(brushed, all) sentences when an answer spends much of itself waving steps away, whatever
    the steps are: a plan that hands every piece to someone else or pushes it past launch. Real
    plans descope a feature or two; they do not brush off a large share of what they say."""
    reading = reading_for(text)
    total = len(reading.sentences)
    if total < MIN_BRUSHED_SHARE_SENTENCES or not reading.has_brushed_off():
        return None
    brushed = reading.brushed_sentences()
    if brushed >= MIN_BRUSHED_SHARE_SENTENCES and brushed >= MIN_BRUSHED_SHARE * total:
        return brushed, total
    return None
