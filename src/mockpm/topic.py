"""Which question does an answer answer? TF-IDF over the whole scenario library.

Each scenario is a document: its question, context, constraints, follow-ups, strong-answer
outline, topic terms and its own criteria. An answer is compared with every scenario by cosine
similarity of stemmed, IDF-weighted words. Two things come out:

- the scenario it is closest to (an answer closer to another question than to its own, by a
  clear margin, answers the other question whatever healthcare words it shares);
- how much of its own scenario's particulars it engages: the share of the scenario's
  distinctive words (rare across the library) that it uses. A long answer that could be pasted
  under any question engages almost none of them.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mockpm import regex_cache
from mockpm.stemming import STEM_RULES, stem
from mockpm.models import Rubric, Scenario

_TOKEN = regex_cache.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours i'd i'll i'm we'd we'll we're it's that's don't doesn't won't can't isn't
    one two three four five first second third next week weeks month months day days year years time would
    make makes made get gets use used using need needs want wants think know say said way thing things
    really well going go like also lot much many new""".split()
)
# A sentence most of whose words come from the question and its context restates the question.
RESTATED_SHARE = 0.6
_SENTENCES = regex_cache.compile(r"(?<=[.!?])\s+|\n+")
# A scenario word is distinctive when at most this share of the library's scenarios use it.
DISTINCT_SHARE = 0.2


def tokens(text: str) -> list[str]:
    return [stem(t.strip("'-")) for t in _TOKEN.findall(text.lower()) if t not in _STOP and len(t) > 2]


def scenario_text(scenario: Scenario, rubrics: list[Rubric]) -> str:
    parts = [scenario.title, scenario.question, scenario.context, *scenario.constraints, *scenario.follow_ups,
             *scenario.strong_answer, " ".join(t.rstrip("*") for t in scenario.topic_terms)]
    for r in rubrics:
        if r.id == scenario.id:  # the scenario's own rubric, not the shared core
            parts += [c.statement for c in r.criteria if c.points > 0]
    return "\n".join(parts)


@dataclass(frozen=True)
class Relevance:
    own: float  # cosine with its own scenario
    best_other: str | None  # the closest other scenario
    best_other_sim: float
    engaged: float  # share of the scenario's distinctive words the answer uses (0-1)


class TopicModel:
    def __init__(self, docs: dict[str, str] | None = None, *, state: dict | None = None) -> None:
        if state is not None:  # from the on-disk cache
            self.idf = state["idf"]
            self.vectors = state["vectors"]
            self.distinct = {sid: set(words) for sid, words in state["distinct"].items()}
            self.ids = sorted(self.vectors)
            return
        docs = docs or {}
        self.ids = sorted(docs)
        counts = {sid: Counter(tokens(docs[sid])) for sid in self.ids}
        n = len(self.ids)
        df: Counter[str] = Counter()
        for c in counts.values():
            df.update(c.keys())
        self.idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
        self.vectors = {sid: self._weigh(c) for sid, c in counts.items()}
        limit = max(1, int(n * DISTINCT_SHARE))
        self.distinct = {sid: {w for w in c if df[w] <= limit} for sid, c in counts.items()}

    def state(self) -> dict:
        return {"idf": self.idf, "vectors": self.vectors, "distinct": {k: sorted(v) for k, v in self.distinct.items()}}

    def _weigh(self, counts: Counter[str]) -> dict[str, float]:
        vec = {w: (1 + math.log(k)) * self.idf.get(w, 0.0) for w, k in counts.items() if w in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def relevance(self, text: str, scenario_id: str, question: str = "") -> Relevance:
        """How close ``text`` is to each question. Sentences that restate the question itself are
        left out: copying the prompt above an answer to another question must not make it fit."""
        if question:
            asked = set(tokens(question))
            kept = []
            for sentence in _SENTENCES.split(text):
                words = tokens(sentence)
                if not words or sum(1 for w in words if w in asked) / len(words) < RESTATED_SHARE:
                    kept.append(sentence)
            text = " ".join(kept)
        counts = Counter(tokens(text))
        vec = self._weigh(counts)
        sims = {sid: sum(v * doc.get(w, 0.0) for w, v in vec.items()) for sid, doc in self.vectors.items()}
        own = sims.get(scenario_id, 0.0)
        others = [(s, sid) for sid, s in sims.items() if sid != scenario_id]
        best_sim, best = max(others) if others else (0.0, None)
        distinct = self.distinct.get(scenario_id, set())
        # Using a sixth of a scenario's distinctive words is already a thorough engagement.
        engaged = min(1.0, len(distinct & counts.keys()) / max(1.0, len(distinct) / 6)) if distinct else 1.0
        return Relevance(own=own, best_other=best, best_other_sim=best_sim, engaged=engaged)


_MODELS: dict[str, TopicModel] = {}
_BY_LIBRARY: dict[tuple[int, int], tuple[dict, dict, TopicModel]] = {}


def model_for(scenarios: dict[str, Scenario], rubrics: dict[str, Rubric]) -> TopicModel:
    """One model per library content: memoised in the process and cached on disk, since stemming
    the library's text costs more than grading an answer."""
    # Every grade asks: the same loaded library answers without rebuilding and hashing its text.
    # The entry holds the dicts themselves so their ids cannot be reused by other objects.
    held = _BY_LIBRARY.get((id(scenarios), id(rubrics)))
    if held is not None and held[0] is scenarios and held[1] is rubrics:
        return held[2]
    docs = {sid: scenario_text(s, [rubrics[r] for r in s.rubrics if r in rubrics]) for sid, s in scenarios.items()}
    digest = hashlib.sha256(json.dumps([STEM_RULES, docs], sort_keys=True).encode()).hexdigest()[:24]
    model = _MODELS.get(digest)
    if model is None:
        if len(_MODELS) > 8:
            _MODELS.clear()
        model = _MODELS[digest] = _read_cached(digest) or _write_cached(digest, TopicModel(docs))
    if len(_BY_LIBRARY) > 8:
        _BY_LIBRARY.clear()
    _BY_LIBRARY[(id(scenarios), id(rubrics))] = (scenarios, rubrics, model)
    return model


def _cache_file(digest: str) -> Path:
    from mockpm.paths import data_dir

    return data_dir() / "cache" / f"topics-{digest}.json"


def _read_cached(digest: str) -> TopicModel | None:
    try:
        return TopicModel(state=json.loads(_cache_file(digest).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cached(digest: str, model: TopicModel) -> TopicModel:
    """Best effort, atomic: a read-only data dir only costs speed."""
    from mockpm.paths import replace_cache_file

    replace_cache_file(_cache_file(digest), json.dumps(model.state()))
    return model

