"""The offline reject model: features, abstention, evidence, and what it does to a grade."""

from __future__ import annotations

import json
from array import array
from importlib import resources
from pathlib import Path

import pytest

from mockpm import reject_model
from mockpm.catalog import load_library
from mockpm.grading import grade
from mockpm.models import Answer
from mockpm.samples import load_samples

# Written for this test in the manner of a candidate who waves every step away.
DISMISSIVE = (
    "Honestly the model is already validated by the vendor, so I would not spend months on a quiet trial run. "
    "We turn it on for the whole hospital in the first week and tell the nurses it is coming. If people complain "
    "about the alerts we can tune it afterwards. Checking how it does for different patient groups is something "
    "the vendor handles, and the regulatory question is for legal to worry about once we are live. Speed matters "
    "more than process here, and the executives want a win this quarter, so I would keep the committee out of it "
    "and measure success by how many alerts fire.")


@pytest.fixture(scope="module")
def lib():
    return load_library()


def test_features_are_stemmed_words_and_word_pairs_and_the_tail_again():
    assert reject_model.tokens("Reviewed reviews") == ["review", "review", "review review", "T:review"]
    feats = reject_model.tokens("We don't ship it before the pilot, but honestly we would ship it")
    # the last 30% of the words ("we would ship it") are read again, marked
    assert feats[:5] == ["we", "don't", "ship", "it", "befor"]
    assert [f for f in feats if f.startswith("T:")] == [
        "T:we", "T:would", "T:ship", "T:it", "T:we would", "T:would ship", "T:ship it"]
    assert reject_model.single_words(feats) == ["we", "don't", "ship", "it", "befor", "the", "pilot", "but",
                                                "honest", "we", "would", "ship", "it"]


def test_the_shipped_model_is_well_formed():
    raw = json.loads(resources.files("mockpm").joinpath(reject_model.MODEL_FILE).read_text(encoding="utf-8"))
    assert 0.5 < raw["threshold"] < 1.0
    assert raw["trained_on"] > 1000
    joined, idf, weight = reject_model.feature_columns(raw)
    names = joined.split("\n")
    assert len(names) == len(set(names)) == len(idf) == len(weight) > 1000
    assert names == sorted(names)  # FeatureTable finds a feature by bisection
    assert all(x > 0 for x in idf)
    assert any(w > 0 for w in weight) and any(w < 0 for w in weight)


def test_the_shipped_model_has_severity_weights_over_its_own_features():
    m = reject_model.model()
    assert m.severity is not None and len(m.severity.weight) == len(m.features) > 1000
    assert any(w > 0 for w in m.severity.weight) and any(w < 0 for w in m.severity.weight)
    # weights stored for another feature list are no weights at all
    raw = {"severity": {"intercept": 0.1, "weight": reject_model.pack_column([1.0, 2.0])}}
    assert reject_model.severity_of(raw, 3) is None and reject_model.severity_of({}, 2) is None
    assert reject_model.severity_of(raw, 2).intercept == pytest.approx(0.1)


def test_severity_reads_the_worst_answers_as_worse_than_other_turned_down_ones(lib):
    # On the held-out split (never trained on), answers a committee gave a 1 read as more severe,
    # on average, than those it gave a 2, and those more than the mixed ones it gave a 3.
    samples = load_samples(None, include_builtin=True, known_scenarios=set(lib.scenarios)).samples
    by_label: dict[int, list[float]] = {}
    for s in samples:
        if s.split == "heldout" and s.label <= 3:
            r = _read(lib, s.text, s.scenario)
            assert (r.severity is None) == (r.probability is None)
            if r.severity is not None:
                assert 0.0 <= r.severity <= 1.0
                by_label.setdefault(s.label, []).append(r.severity)
    mean = {k: sum(v) / len(v) for k, v in by_label.items()}
    assert mean[1] > mean[2] > mean[3]


def test_a_float_column_round_trips_through_its_stored_form():
    values = [0.5, -1.25, 3.0, 1e-5]
    stored = {"features": {"names": "a\nb\nc\nd", "idf": reject_model.pack_column(values),
                           "weight": reject_model.pack_column([-v for v in values])}}
    names, idf, weight = reject_model.feature_columns(stored)
    assert names.split("\n") == ["a", "b", "c", "d"]
    assert list(idf) == pytest.approx(values) and list(weight) == pytest.approx([-v for v in values])


def test_the_feature_table_finds_each_stored_feature_and_nothing_else():
    names = ["ab", "b", "b c", "zz"]
    table = reject_model.FeatureTable("\n".join(names), array("f", [1.0, 2.0, 3.0, 4.0]), array("f", [-1.0, 0.5, 0.0, 2.0]))
    assert [table.get(n) for n in names] == [(1.0, -1.0), (2.0, 0.5), (3.0, 0.0), (4.0, 2.0)]
    assert [n in table for n in ("a", "abc", "b ", "zzz", "", "c")] == [False] * 6
    assert len(table) == 4


@pytest.mark.parametrize("segment_chars", [1, 3, 7, 1024])
def test_the_feature_table_finds_features_across_segment_edges(monkeypatch, segment_chars):
    # every name, and every near miss, whichever segment it falls in or between
    names = sorted({f"{a}{b}" for a in "abcdxyz" for b in ("", "a", "b c", "zz")})
    idf = array("f", [float(i) for i in range(len(names))])
    monkeypatch.setattr(reject_model.FeatureTable, "SEGMENT_CHARS", segment_chars)
    table = reject_model.FeatureTable("\n".join(names), idf, array("f", [-x for x in idf]))
    assert [table.get(n) for n in names] == [(float(i), -float(i)) for i in range(len(names))]
    assert not any(n + "!" in table or "!" + n in table for n in names)
    assert "" not in table and "0" not in table and "~" not in table


def _read(lib, text, scenario="sepsis-model"):
    s = lib.scenario(scenario)
    return reject_model.read(text, s.id, s.question)


# The dismissive answer quoted in the grading issue (its front matter aside).
ISSUE_DISMISSIVE = (Path(__file__).parent / "data" / "issue-dismissive.md").read_text(encoding="utf-8").split("---", 2)[2].strip()


def test_a_dismissive_answer_reads_as_rejected_with_a_quote_from_it(lib):
    r = _read(lib, ISSUE_DISMISSIVE)
    assert r.flagged and r.probability > reject_model.model().threshold
    assert r.quote and r.quote.rstrip("…") in " ".join(ISSUE_DISMISSIVE.split())


def test_a_dismissive_answer_it_never_saw_reads_towards_rejection(lib):
    # written for this test, never trained on: flagged, or close enough that part of the score is withheld
    r = _read(lib, DISMISSIVE)
    assert r.probability > 0.6 and (r.flagged or r.doubt > 0.25)
    assert r.quote and r.quote.rstrip("…") in " ".join(DISMISSIVE.split())


def test_the_reading_is_deterministic(lib):
    assert _read(lib, DISMISSIVE) == _read(lib, DISMISSIVE)


def test_it_abstains_on_words_it_does_not_know(lib):
    r = _read(lib, "Lanzaríamos el modelo en todas las salas sin revisión clínica ni validación previa. " * 5)
    assert r.probability is None and not r.flagged


def test_it_reads_only_answers_to_the_questions_it_was_trained_on(lib):
    s = lib.scenario("sepsis-model")
    assert reject_model.knows(s.id, s.question)
    # every built-in question is known, in its current wording
    assert all(reject_model.knows(x.id, x.question) for x in lib.scenarios.values())
    # a user's own question, or a built-in id whose question was rewritten: no reading
    assert reject_model.read(DISMISSIVE, "pharmacy-benefits", "How would you launch a formulary tool?") == reject_model.ABSTAINED
    assert reject_model.read(DISMISSIVE, s.id, s.question + " Answer for a children's hospital.") == reject_model.ABSTAINED
    assert reject_model.knows(s.id, "  " + s.question.replace(" ", "\n", 1))  # whitespace aside


def test_a_flagged_reading_caps_the_offline_grade_only(lib):
    s = lib.scenario("sepsis-model")
    r = grade(Answer(text=ISSUE_DISMISSIVE), s, lib.rubrics_for(s), library=lib)
    assert r.flagged and r.score == 0 and r.band == "Strong No Hire"
    flag = next(f for f in r.flags if f.code in ("reads_as_rejected", "brushes_off_safety", "wrong_calls"))
    assert flag.message


def test_no_strong_sample_answer_reads_as_rejected(lib):
    # The threshold was set on answers the model had not seen; the built-in samples' strong
    # answers (held-out ones included, never trained on) must stay clear of it.
    samples = load_samples(None, include_builtin=True, known_scenarios=set(lib.scenarios)).samples
    strong = [s for s in samples if s.kind in ("strong", "strong-plain", "good", "short-sharp") and s.label >= 4]
    assert len(strong) > 100
    flagged = [s.id for s in strong if _read(lib, s.text, s.scenario).flagged]
    assert len(flagged) <= len(strong) // 50, flagged


def test_a_run_of_letters_with_no_spaces_is_not_read_as_a_word():
    assert reject_model.single_words(reject_model.tokens("a" * 100_000 + " ship it")) == ["ship", "it"]


def test_doubt_rises_from_nothing_to_its_most_at_the_bar():
    bar = 0.6
    assert reject_model.doubt_for(0.1, bar) == 0.0
    assert reject_model.doubt_for(reject_model.DOUBT_FROM, bar) == 0.0
    mid = reject_model.doubt_for((reject_model.DOUBT_FROM + bar) / 2, bar)
    assert 0.0 < mid < reject_model.MAX_DOUBT
    assert reject_model.doubt_for(bar, bar) == pytest.approx(reject_model.MAX_DOUBT)
    assert reject_model.doubt_for(0.59, bar) > reject_model.doubt_for(0.45, bar)
    # a bar at or under the start of the ramp withholds nothing rather than dividing by zero
    assert reject_model.doubt_for(0.9, reject_model.DOUBT_FROM) == 0.0


def _doubted_sample(lib):
    """A labelled answer the model reads under its bar but well into the ramp, and no rule caps."""
    samples = load_samples(None, include_builtin=True, known_scenarios=set(lib.scenarios)).samples
    for s in samples:
        scenario = lib.scenario(s.scenario)
        r = reject_model.read(s.text, s.scenario, scenario.question)
        if not r.flagged and r.doubt > 0.1:
            report = grade(Answer(text=s.text, source="t.md"), scenario, lib.rubrics_for(scenario), library=lib)
            if not report.flagged and report.score:
                return s, r
    raise AssertionError("no labelled answer reads inside the doubt ramp")


def test_an_answer_read_under_the_bar_has_part_of_its_offline_score_withheld(lib):
    s, reading = _doubted_sample(lib)
    assert reading.quote  # the evidence a reader checks is shown for doubt too
    scenario = lib.scenario(s.scenario)
    r = grade(Answer(text=s.text, source="t.md"), scenario, lib.rubrics_for(scenario), library=lib)
    flag = next(f for f in r.flags if f.code == "reads_partly_as_rejected")
    assert f"lowered by {reading.doubt:.0%}" in flag.message and reading.quote[:30] in flag.message
    assert not r.flagged
    # the same points without the doubt: the score is the withheld share lower, no more (less when
    # the doubt takes it under the bottom band's edge, where scores are not stretched)
    from mockpm import scoring
    items = [scoring.Scored(points=c.points, met=c.met, axis=c.axis, harm=c.harm) for c in r.criteria]
    full = scoring.score(items, words=r.word_count)
    assert r.score == scoring.score(items, words=r.word_count, withheld=reading.doubt).score
    if r.score >= scoring.BOTTOM_EDGE * 100:
        assert r.score == pytest.approx(round(full.score * (1 - reading.doubt), 1), abs=0.11)
    assert r.score <= round(full.score * (1 - reading.doubt), 1) + 0.1
    assert r.score < full.score or full.score == 0


def test_a_judge_reads_the_answer_itself_so_nothing_is_withheld(lib):
    from mockpm.judge.base import JudgeResult, JudgeVerdict
    from mockpm.models import JudgeInfo

    s, _ = _doubted_sample(lib)
    scenario = lib.scenario(s.scenario)
    criteria = [c for rb in lib.rubrics_for(scenario) for c in rb.criteria]

    class AllMet:
        def judge(self, request):
            verdicts = [JudgeVerdict(criterion_id=c.id, met=c.points > 0, rationale="r", evidence=s.text.split(".")[0])
                        for c in criteria]
            return JudgeResult(verdicts=verdicts, summary="ok", info=JudgeInfo(mode="llm", model="fake"))

    r = grade(Answer(text=s.text, source="t.md"), scenario, lib.rubrics_for(scenario), AllMet(), library=lib)
    assert r.judge.mode == "llm"
    assert not any(f.code == "reads_partly_as_rejected" for f in r.flags)


@pytest.mark.parametrize("rules", [{"stem_rules": reject_model.STEM_RULES - 1},
                                   {"feature_rules": reject_model.FEATURE_RULES - 1}])
def test_it_abstains_when_its_features_were_made_under_other_rules(lib, monkeypatch, rules):
    import dataclasses

    s = lib.scenario("sepsis-model")
    stale = dataclasses.replace(reject_model.model(), **rules)
    monkeypatch.setattr(reject_model, "model", lambda: stale)
    assert not reject_model.knows(s.id, s.question)
    assert reject_model.read(ISSUE_DISMISSIVE, s.id, s.question) == reject_model.ABSTAINED


def test_the_withheld_share_is_kept_on_the_report_and_only_when_it_lowered_the_score(lib):
    s, reading = _doubted_sample(lib)
    scenario = lib.scenario(s.scenario)
    r = grade(Answer(text=s.text, source="t.md"), scenario, lib.rubrics_for(scenario), library=lib)
    assert r.withheld == reading.doubt > 0
    # an answer whose points come to 0 loses nothing to the doubt, so it gets no notice either
    samples = load_samples(None, include_builtin=True, known_scenarios=set(lib.scenarios)).samples
    for x in samples:
        sc = lib.scenario(x.scenario)
        rd = reject_model.read(x.text, x.scenario, sc.question)
        if rd.doubt > 0:
            rep = grade(Answer(text=x.text, source="t.md"), sc, lib.rubrics_for(sc), library=lib)
            if not rep.flagged and rep.score == 0:
                assert rep.withheld == 0 and not any(f.code == "reads_partly_as_rejected" for f in rep.flags)
                break
    else:
        pytest.skip("no labelled answer both doubted and scoring 0")
