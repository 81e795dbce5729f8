"""A linear model of the answers hiring committees reject, read from the words of the whole answer.

The rubric checks read one criterion at a time, in the wording their terms foresee; an answer
that brushes a step off, takes its plan back or rests on a wrong fact in other words passes
them. Automated short-answer scoring meets the same problem with a model trained on labelled
answers (e-rater, c-rater): this one is a logistic regression over stemmed words and word
pairs, trained on the labelled answers of the built-in scenarios (`tools/train_reject_model.py`;
never on the held-out half). It is deterministic and offline, like every other check.

Its threshold is set so that one strong, good or short-sharp answer in 200 from a writer the
model did not see in training crossed it (leave-one-group-out): it flags only answers that read,
as a whole, like the ones committees turn down. Under the threshold, a reading that leans that
way withholds part of the offline score (doubt_for). Like the other reading flags it acts on
offline grades only; a judge, when configured, reads the answer itself.

It reads answers only to the questions it was trained on. Trained without one question and shown
its strong answers, it flagged 11% of them: a question's own words weigh in the model, so for a
user's scenario (or a built-in id whose question was changed) it abstains.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mockpm.plaintext import one_line
from mockpm.stemming import STEM_RULES, stem

MODEL_FILE = "reject_model.json"
# No word the model knows is longer than this; a longer run of letters is not stemmed or read.
_TOKEN = re.compile(r"\b[a-z0-9]{1,40}(?:'[a-z]{1,10})?\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_TOKEN_ANY_CASE = re.compile(_TOKEN.pattern, re.IGNORECASE)
# The quote shown as evidence is cut here: a flag message is one line.
MAX_QUOTE = 140
# The model abstains on an answer whose words it mostly does not know (another language, a
# field it was never shown): a reading of words it has no weights for is no reading. English
# answers to the built-in questions measured 0.85 or more.
MIN_KNOWN_SHARE = 0.6
# A short answer gives the model few words to go on, so its reading swings more: below
# SHORT_WORDS the threshold rises linearly, by SHORT_MARGIN at zero words. (Strong answers of
# 70-215 words in a casual spoken voice read up to 0.08 over the plain threshold; left one writer
# group out at a time, this margin cost 9 of 1,135 attacks.)
SHORT_WORDS = 200
SHORT_MARGIN = 0.10
# Below the bar the reading is doubt, not a verdict: from DOUBT_FROM up to the bar, a growing
# share of the offline score (up to MAX_DOUBT) is withheld. Without it the reading was a cliff:
# an answer just under the bar kept its full keyword score, one just over it scored 0. Left one
# writer group out at a time, the ramp took Spearman on the tuning answers from 0.816 to 0.833,
# and on a fresh batch of 154 answers from 0.715 to 0.783. Strong answers lose 2 points on
# average; 1 in 40 loses more than 20. A steeper ramp ranked a little better and cost strong
# answers twice as often.
DOUBT_FROM = 0.3
MAX_DOUBT = 0.4
# The bar protects strong answers from a model error that would cost them their score. When the
# rules alone (before any doubt is withheld) put an answer in the bottom band, the flag costs it
# no band, only its place among the weakest, so an even reading is enough. Left one writer group
# out at a time, flagging those answers over 0.5 put 6 fewer of 1,949 attacks level with or above
# a genuine answer of their group and scenario (279 -> 273), flagged no more strong answers, and
# left Spearman where it was (0.821 -> 0.822). Judged on the score after the doubt, it caught 12
# more but flagged 4 more strong answers: the model would have acted twice.
BOTTOM_BAND_BAR = 0.5
# A call that puts patients at risk holds an answer at No Hire (scoring.HARM_CAP); read by a model
# that leans toward rejection as well, it is a no-hire. Two signals that agree: on 544 answers the
# model was not trained on (two rubric-blind batches, two reviews and the dev split), every answer
# with a harm flag that read at 0.4 or more was an attack, but for one mixed answer that read 0.41
# and already scored 0; no strong, good or short-sharp answer was among them, and five buried
# harmful calls left No Hire for the bottom band.
HARM_BAR = 0.4


# What an answer ends on is read again as features of its own: a plan taken back, a turn to "how
# it would really go" and a conclusion sit at the end, and the same words there mean more. Left
# one writer group out at a time (3,819 answers), the last 30% of words, read again as words and
# pairs, took Spearman from 0.820 to 0.823 and attacks over the bar from 1,361 to 1,464 of 1,865,
# with 10 strong answers over it instead of 12; on a fresh batch of 168 answers, from 0.789 to 0.797.
TAIL_SHARE = 0.3
TAIL = "T:"
# Which features tokens() makes; the model records the rules it was trained under and abstains
# under others (as with stemming).
FEATURE_RULES = 2


def _stems(text: str) -> list[str]:
    return [stem(w) for w in _TOKEN.findall(text.lower().replace("’", "'"))]


def _grams(words: list[str]) -> list[str]:
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _tail_start(n: int) -> int:
    """Index of the first word of the tail of an answer of ``n`` words."""
    return int(n * (1 - TAIL_SHARE))


def tokens(text: str) -> list[str]:
    """Stemmed words and adjacent word pairs, and those of the answer's tail again, marked: the
    model's features (training uses this too)."""
    words = _stems(text)
    return _grams(words) + [TAIL + f for f in _grams(words[_tail_start(len(words)):])]


def single_words(feats: list[str]) -> list[str]:
    """The single words among ``tokens`` output: what the length bar counts."""
    return [f for f in feats if " " not in f and not f.startswith(TAIL)]


class FeatureTable:
    """Feature -> (idf, weight), found by bisection in the stored, sorted names.

    The names stay one string, cut into segments of about SEGMENT_CHARS at load; a lookup
    bisects the segments' first names, then the one segment it needs, split on first use.
    Building a dict of 69,000 features took about 30 ms of every grade, and splitting 94,000
    names about 8 ms; an answer looks up a few hundred, in a few hundred segments.
    """

    SEGMENT_CHARS = 1024

    def __init__(self, names: str, idf: array, weight: array) -> None:
        self.idf, self.weight = idf, weight
        self._names = names
        starts = [0]
        while (cut := names.find("\n", starts[-1] + self.SEGMENT_CHARS)) != -1:
            starts.append(cut + 1)
        self._starts = starts
        self._ends = [*(b - 1 for b in starts[1:]), len(names)]  # each segment without its last newline
        firsts = [0]
        for a, b in zip(starts, starts[1:]):
            firsts.append(firsts[-1] + names.count("\n", a, b))
        self._firsts = firsts  # index of each segment's first name
        self._heads = [names[a:e if (e := names.find("\n", a, end)) != -1 else end] for a, end in zip(starts, self._ends)]
        self._split: dict[int, list[str]] = {}

    def index(self, name: str) -> int | None:
        """The feature's row in the columns, or None when the model does not know it."""
        k = bisect_right(self._heads, name) - 1
        if k < 0:
            return None
        segment = self._split.get(k)
        if segment is None:
            segment = self._split[k] = self._names[self._starts[k]:self._ends[k]].split("\n")
        i = bisect_left(segment, name)
        if i < len(segment) and segment[i] == name:
            return self._firsts[k] + i
        return None

    def get(self, name: str) -> tuple[float, float] | None:
        i = self.index(name)
        return None if i is None else (self.idf[i], self.weight[i])

    def __contains__(self, name: str) -> bool:
        return self.index(name) is not None

    def __len__(self) -> int:
        return len(self.idf)


@dataclass(frozen=True)
class Severity:
    """A second set of weights over the same features: among answers a committee turns down, how
    likely this one is to be among the worst: an attempt to game the grade that gets the lowest
    mark (label 1). Trained on answers labelled 3 or lower (tools/train_reject_model.py); an attack
    a committee still gives a 2, and an honest attempt it gives a 1, count half: each sits between
    a thin honest attempt and the worst answers. Flagged answers all score 0, so this only orders
    them (scoring.rank_key).
    """

    intercept: float
    weight: array


@dataclass(frozen=True)
class RejectModel:
    intercept: float
    threshold: float
    features: FeatureTable
    trained_on: int
    scenarios: dict[str, str]  # scenario id -> question_digest of the question it was trained on
    stem_rules: int = 0  # stemming.STEM_RULES its features were stemmed under
    feature_rules: int = 0  # FEATURE_RULES its features were made under
    severity: Severity | None = None  # see Severity; None in a model trained without one


@dataclass(frozen=True)
class RejectReading:
    probability: float | None  # None: the model abstained (a question it was not trained on, words it does not know)
    flagged: bool
    quote: str  # the sentence that weighs most towards rejection ("" when none does)
    doubt: float = 0.0  # share of the offline score withheld below the bar (see doubt_for)
    severity: float | None = None  # see Severity; None when the model has none or abstained


def feature_columns(raw: dict) -> tuple[str, array, array]:
    """The stored model's features: names (one per line, sorted), idf and weights. Stored as
    columns, the names as one string and the numbers as little-endian float32 in base64: parsing
    50,000 decimal numbers from JSON took 38 ms of every grade; the columns decode in about 4 ms."""
    f = raw["features"]
    columns = [_column(f[key]) for key in ("idf", "weight")]
    return f["names"], columns[0], columns[1]


def _column(packed: str) -> array:
    col = array("f", base64.b64decode(packed))
    if sys.byteorder != "little":
        col.byteswap()
    return col


def severity_of(raw: dict, features: int) -> Severity | None:
    """The stored severity weights (see Severity), or None when the model has none that fit its features."""
    sev = raw.get("severity")
    if not sev:
        return None
    weight = _column(sev["weight"])
    return Severity(intercept=float(sev["intercept"]), weight=weight) if len(weight) == features else None


def pack_column(values: list[float]) -> str:
    """A float column as stored (see feature_columns)."""
    col = array("f", values)
    if sys.byteorder != "little":
        col.byteswap()
    return base64.b64encode(col.tobytes()).decode("ascii")


@lru_cache(maxsize=1)
def model() -> RejectModel:
    raw = json.loads(resources.files("mockpm").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    names, idf, weight = feature_columns(raw)
    return RejectModel(intercept=raw["intercept"], threshold=raw["threshold"], trained_on=raw["trained_on"],
                       features=FeatureTable(names, idf, weight), scenarios=raw["scenarios"],
                       stem_rules=raw.get("stem_rules", 0), feature_rules=raw.get("feature_rules", 0),
                       severity=severity_of(raw, len(idf)))


def question_digest(question: str) -> str:
    """What ties a scenario to the one the model was trained on: its question, whitespace aside."""
    return hashlib.sha256(" ".join(question.split()).encode("utf-8")).hexdigest()[:16]


def knows(scenario_id: str, question: str) -> bool:
    """Whether the model was trained on answers to this very question, with today's stemming
    (features stemmed under other rules would be read under the wrong stems)."""
    m = model()
    return (m.stem_rules == STEM_RULES and m.feature_rules == FEATURE_RULES
            and m.scenarios.get(scenario_id) == question_digest(question))


ABSTAINED = RejectReading(probability=None, flagged=False, quote="")


def _known(feats: list[str], m: RejectModel) -> dict[str, int]:
    """The row of each distinct feature the model knows, looked up once per answer."""
    found = {}
    for f in dict.fromkeys(feats):
        i = m.features.index(f)
        if i is not None:
            found[f] = i
    return found


def _values(feats: list[str], known: dict[str, int], idf: array) -> dict[str, float]:
    """Each known feature's sublinear TF-IDF, L2-normalised over the features the model knows
    (as in training)."""
    counts: dict[str, int] = {}
    for f in feats:
        if f in known:
            counts[f] = counts.get(f, 0) + 1
    x = {f: (1.0 + math.log(n)) * idf[known[f]] for f, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in x.values())) or 1.0
    return {f: v / norm for f, v in x.items()}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def read(text: str, scenario_id: str, question: str) -> RejectReading:
    """The model's reading of an answer to the given question (ABSTAINED when it cannot read it)."""
    if not knows(scenario_id, question):
        return ABSTAINED
    m = model()
    feats = tokens(text)
    words = single_words(feats)
    known = _known(feats, m)
    if not words or sum(1 for w in words if w in known) < MIN_KNOWN_SHARE * len(words):
        return ABSTAINED
    x = _values(feats, known, m.features.idf)
    # each feature's term of the logit, kept apart: the quote is the sentence they weigh most in
    terms = {f: v * m.features.weight[known[f]] for f, v in x.items()}
    p = _sigmoid(m.intercept + sum(terms.values()))
    sev = m.severity
    severity = None if sev is None else _sigmoid(sev.intercept + sum(v * sev.weight[known[f]] for f, v in x.items()))
    bar = threshold_for(len(words), m.threshold)
    flagged = p > bar
    doubt = 0.0 if flagged else doubt_for(p, bar)
    quote = _heaviest_sentence(text, terms) if flagged or doubt > 0 else ""
    return RejectReading(probability=p, flagged=flagged, quote=quote, doubt=doubt, severity=severity)


def doubt_for(probability: float, bar: float) -> float:
    """Share of the offline score withheld for a reading under the bar: 0 up to DOUBT_FROM,
    rising linearly to MAX_DOUBT at the bar."""
    if bar <= DOUBT_FROM:
        return 0.0
    return round(MAX_DOUBT * min(1.0, max(0.0, (probability - DOUBT_FROM) / (bar - DOUBT_FROM))), 4)


def threshold_for(words: int, threshold: float) -> float:
    """The probability an answer of ``words`` words must pass to be flagged (see SHORT_MARGIN)."""
    return threshold + SHORT_MARGIN * max(0, SHORT_WORDS - words) / SHORT_WORDS


def _heaviest_sentence(text: str, terms: dict[str, float]) -> str:
    """The sentence whose features push hardest towards rejection: the evidence a reader checks."""
    # Offsets in the text itself: lower-casing can lengthen it ("İ" becomes two characters).
    found = list(_TOKEN_ANY_CASE.finditer(text))
    tail_from = found[_tail_start(len(found))].start() if found else 0
    best, best_score = "", -math.inf
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0).strip()
        feats = _grams(_stems(sentence))
        if s.start() >= tail_from:
            feats += [TAIL + f for f in feats]
        score = sum(terms[f] for f in set(feats) if f in terms)
        if score > best_score:
            best, best_score = sentence, score
    return one_line(best, MAX_QUOTE)
