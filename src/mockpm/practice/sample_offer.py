"""The shipped sample answers a candidate may read: after their own answer, never before."""

from __future__ import annotations

from pathlib import Path

from mockpm.samples import Sample, SampleSet


def shown_samples(samples: SampleSet, scenario_id: str, kind: str) -> list[Sample]:
    """Samples of one kind for a scenario. Held-out answers are a rubric's honest test set:
    shown only when no other sample of that kind exists."""
    found = [x for x in samples.for_scenario(scenario_id) if x.kind == kind]
    return [x for x in found if x.split != "heldout"] or found


def strong_sample(scenario_id: str, library: list[str], known: set[str]) -> Sample | None:
    """The first strong sample answer for the scenario, or None (none shipped, or a broken file)."""
    from mockpm.errors import LibraryError
    from mockpm.samples import load_samples

    try:
        samples = load_samples([Path(p) for p in library], known_scenarios=known)
    except LibraryError:
        return None
    found = shown_samples(samples, scenario_id, "strong")
    return found[0] if found else None
