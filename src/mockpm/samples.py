"""Labelled sample answers: the library's test suite for its own rubrics.

A library folder may hold ``samples/*.yaml``, each file one scenario's labelled answers::

    scenario: sepsis-model
    split: heldout          # optional, default "dev"
    thresholds:             # optional: what `mockpm eval` holds this scenario to
      spearman: 0.7
    answers:
      - id: sepsis-model.strong-1
        kind: strong        # see KINDS; a kind of your own needs `attack: true|false`
        label: 5            # 1 strong no hire ... 5 strong hire
        why: Sets a clinical bar with numbers, validates silently, phases the rollout.
        text: |
          ...

``split: heldout`` marks answers written without reading the rubric and never used to tune it:
the honest measure. Files for one scenario may be split across several files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from mockpm.catalog import Problems, _read_doc, _validate, library_roots
from mockpm.errors import LibraryError
from mockpm.models import SLUG, StrictModel

GENUINE_KINDS = ("strong", "strong-plain", "good", "short-sharp", "mixed", "weak")
ADVERSARIAL_KINDS = (
    "dismissive", "wrong-calls", "buzzword", "echo", "other-question", "grader-directed",
    "absurd-numbers", "wrong-domain", "retraction", "questions-only",
    "hedged", "contradictory", "restated-question", "wrong-facts", "platitudes",
)
KINDS = (*GENUINE_KINDS, "long-generic", *ADVERSARIAL_KINDS)
# What each kind is, for docs and `mockpm eval --help`.
KIND_HELP = {
    "strong": "excellent: specific decisions, numbers, named roles, order, trade-offs",
    "strong-plain": "excellent, in plain words without the field's jargon",
    "good": "solid and specific, a gap or two",
    "short-sharp": "short, but every sentence commits to something right",
    "mixed": "right instincts with notable gaps",
    "weak": "a genuine attempt with the instincts committees reject",
    "long-generic": "long, polished and generic: fits any question",
    "dismissive": "names the right steps only to skip, defer or hand them off",
    "wrong-calls": "the right vocabulary with the wrong decisions",
    "buzzword": "fluent jargon with no decisions, numbers or plan",
    "echo": "what a good answer 'would cover', without committing to any of it",
    "other-question": "a strong answer to a different question",
    "grader-directed": "text that addresses the grader instead of the interviewer",
    "absurd-numbers": "specific-sounding, with numbers or timelines no clinical team could meet",
    "wrong-domain": "a consumer, ad-tech or fintech playbook with healthcare nouns sprinkled in",
    "retraction": "a good plan that the answer itself takes back",
    "questions-only": "questions back to the interviewer, never a decision",
    "hedged": "every step a 'might' or 'depending on': no threshold, owner or decision",
    "contradictory": "commits to incompatible things in different places and never notices",
    "restated-question": "the question and its context given back, with a generic wrap-up",
    "wrong-facts": "confident and organised, built on clinical, regulatory or privacy facts that are wrong",
    "platitudes": "sincere values and principles (patients first, trust, listening) that never decide anything",
}


class Thresholds(StrictModel):
    spearman: float | None = Field(default=None, ge=-1, le=1)
    max_escapes: int | None = Field(default=None, ge=0)
    max_length_inversions: int | None = Field(default=None, ge=0)


class LibraryThresholds(StrictModel):
    """``samples/thresholds.yaml``: what `mockpm eval` holds the whole library to."""

    overall: Thresholds = Field(default_factory=Thresholds)
    scenarios: Thresholds = Field(default_factory=Thresholds)  # default for every scenario


THRESHOLDS_FILE = "thresholds.yaml"


def kind_role(kind: str, attack: bool | None = None) -> str:
    """How `mockpm eval` counts a kind: "attack", "genuine", or "other" (long-generic: length pairs only)."""
    if attack is not None:
        return "attack" if attack else "genuine"
    if kind in ADVERSARIAL_KINDS:
        return "attack"
    return "genuine" if kind in GENUINE_KINDS else "other"


class SampleAnswer(StrictModel):
    id: str = Field(pattern=SLUG)
    kind: str = Field(pattern=SLUG)
    # A kind of the user's own says whether it is an attack; a built-in kind may be recounted.
    attack: bool | None = None
    label: int = Field(ge=1, le=5)
    why: str = Field(min_length=5)
    text: str = Field(min_length=1, max_length=100_000)

    @model_validator(mode="after")
    def _known_or_declared(self) -> SampleAnswer:
        # A typo ("stronk") must not quietly become a kind of its own.
        if self.kind not in KINDS and self.attack is None:
            raise ValueError(f"unknown kind {self.kind!r}: use a built-in kind, or add `attack: true` "
                             "(or false) to count a kind of your own")
        return self


class SampleFile(StrictModel):
    scenario: str = Field(pattern=SLUG)
    split: Literal["dev", "heldout"] = "dev"
    thresholds: Thresholds = Field(default_factory=Thresholds)
    answers: list[SampleAnswer] = Field(min_length=1)


class Sample(StrictModel):
    """One labelled answer with where it came from."""

    scenario: str
    split: str
    id: str
    kind: str
    role: str  # see kind_role
    label: int
    why: str
    text: str
    source: str


class SampleSet(StrictModel):
    samples: list[Sample]
    thresholds: dict[str, Thresholds]  # per scenario
    library: LibraryThresholds = Field(default_factory=LibraryThresholds)

    def for_scenario(self, scenario: str) -> list[Sample]:
        return [s for s in self.samples if s.scenario == scenario]


def load_samples(user_dirs: list[Path] | None = None, *, include_builtin: bool = True,
                 known_scenarios: set[str] | None = None) -> SampleSet:
    """Every ``samples/*.yaml`` in the library roots; raise LibraryError listing every problem."""
    problems = Problems()
    samples: list[Sample] = []
    thresholds: dict[str, Thresholds] = {}
    library = LibraryThresholds()
    seen: dict[str, str] = {}
    for root in library_roots(user_dirs, include_builtin=include_builtin):
        folder = root / "samples"
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            doc = _read_doc(path, problems)
            if doc is None:
                continue
            if path.name == THRESHOLDS_FILE:
                library = _validate(doc, LibraryThresholds, problems) or library
                continue
            parsed = _validate(doc, SampleFile, problems)
            if parsed is None:
                continue
            if known_scenarios is not None and parsed.scenario not in known_scenarios:
                problems.add(path, doc.line_of(("scenario",)), f"unknown scenario {parsed.scenario!r}")
                continue
            if parsed.thresholds != Thresholds():
                thresholds[parsed.scenario] = parsed.thresholds
            for i, ans in enumerate(parsed.answers):
                if ans.id in seen:
                    problems.add(path, doc.line_of(("answers", i, "id")), f"duplicate sample id {ans.id!r} (also in {seen[ans.id]})")
                    continue
                seen[ans.id] = str(path)
                fields = ans.model_dump(exclude={"attack"})
                samples.append(Sample(
                    scenario=parsed.scenario, split=parsed.split, source=f"{path}",
                    role=kind_role(ans.kind, ans.attack), **fields,
                ))
    if problems:
        first = problems.items[0]
        more = f" (+{len(problems.items) - 1} more)" if len(problems.items) > 1 else ""
        raise LibraryError(f"invalid sample file: {first}{more}", problems=problems.items)
    return SampleSet(samples=samples, thresholds=thresholds, library=library)
