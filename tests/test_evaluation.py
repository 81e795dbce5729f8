"""The eval figures are pure functions of graded samples and their labels."""

from __future__ import annotations

from mockpm.evaluation import SampleResult, metrics, summarise
from mockpm.samples import Thresholds


def res(rid, kind, label, score, raw=0, flagged=False, band=None, scenario="s"):
    from mockpm.scoring import band_for

    return SampleResult(id=rid, scenario=scenario, split="dev", kind=kind, label=label, why="w", score=score,
                        raw_points=raw, band=band or ("Strong No Hire" if flagged else band_for(score)), flagged=flagged)


def test_perfect_ranking_passes():
    rs = [res("a", "strong", 5, 90), res("b", "good", 4, 70), res("c", "mixed", 3, 55), res("d", "weak", 2, 35),
          res("e", "buzzword", 1, 0, flagged=True), res("f", "short-sharp", 4, 68), res("g", "long-generic", 2, 20)]
    m = metrics("s", rs, 0.7)
    assert m.spearman > 0.9 and not m.escapes and not m.inversions and m.passed
    assert m.band_exact is not None and m.band_adjacent == 1.0


def test_an_adversarial_answer_above_a_genuine_one_escapes():
    rs = [res("a", "strong", 5, 90), res("d", "weak", 1, 0, raw=-5), res("e", "dismissive", 1, 0, raw=3)]
    m = metrics("s", rs, 0.0)
    assert [e.id for e in m.escapes] == ["e"] and "weak" in m.escapes[0].why and not m.passed


def test_a_declared_kind_of_ones_own_counts_by_its_role():
    rs = [res("a", "strong", 5, 90), res("n", "novice", 2, 10), res("v", "vendor-says-so", 1, 30)]
    rs[1].role, rs[2].role = "genuine", "attack"
    m = metrics("s", rs, 0.0)
    assert m.adversarial == 1 and [e.id for e in m.escapes] == ["v"] and "novice" in m.escapes[0].why
    rs[2].role = ""  # undeclared and unknown: neither an attack nor a genuine answer
    assert metrics("s", rs, 0.0).adversarial == 0


def test_flagged_answers_rank_below_unflagged_at_equal_score():
    rs = [res("d", "weak", 1, 0, raw=-9), res("e", "buzzword", 1, 0, raw=12, flagged=True), res("a", "strong", 5, 80)]
    assert not metrics("s", rs, 0.0).escapes


def test_long_generic_level_with_short_sharp_is_an_inversion():
    rs = [res("s", "short-sharp", 4, 40), res("l", "long-generic", 2, 40), res("a", "strong", 5, 80)]
    m = metrics("s", rs, 0.0)
    assert len(m.inversions) == 1 and m.pairs == 1 and not m.passed


def test_library_thresholds_replace_the_defaults():
    rs = [res("a", "strong", 5, 10), res("b", "weak", 1, 20), res("c", "good", 4, 30)]
    strict = summarise(rs, {}, split="dev", mode="offline")
    assert not strict.passed
    lenient = summarise(rs, {"s": Thresholds(spearman=-1.0)}, split="dev", mode="offline")
    assert lenient.scenarios[0].passed


def test_eval_orders_flagged_answers_with_the_share_of_points_they_earned():
    # Same reading, same raw points: the one that earned them out of fewer possible ranks higher,
    # so eval, the cohort table and the HTML page order flagged answers alike (scoring.rank_key_of).
    def flagged(rid, kind, label, possible, reading):
        return SampleResult(id=rid, scenario="s", split="dev", kind=kind, label=label, why="w", score=0.0,
                            raw_points=20, possible_points=possible, band="Strong No Hire", flagged=True,
                            flags=["thin_substance"], reject_reading=reading, reject_severity=reading)

    thin = flagged("t", "weak", 2, 40, 0.71)
    brushed = flagged("b", "dismissive", 1, 400, 0.7)
    assert thin.key() > brushed.key()
    m = metrics("s", [thin, brushed, res("a", "strong", 5, 80)], 0.0)
    assert not m.escapes and m.spearman == 1.0
