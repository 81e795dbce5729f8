from mockpm import scoring
from mockpm.scoring import BANDS, BOTTOM_BAND, FULL_CREDIT_SHARE, Scored, band_for, full_credit, ratio_score, score


def s(points, met, axis="a"):
    return Scored(points=points, met=met, axis=axis)


def test_ratio_is_met_points_over_positive_points_with_full_marks_before_every_point():
    assert ratio_score([s(5, True), s(5, False)]) == 55.5  # half the points: 30 + 20 x 70/55
    assert ratio_score([s(17, True), s(3, False)]) == 100.0  # 85% of the points is full marks
    assert ratio_score([s(1, True), s(4, False)]) == 20.0  # under the bottom band's edge: as earned


def test_full_credit_leaves_the_bottom_band_alone_and_stretches_the_rest():
    edge = BANDS[-2][0] / 100
    assert all(full_credit(x / 100) == x / 100 for x in range(0, 31))
    assert full_credit(FULL_CREDIT_SHARE) == 1.0 and full_credit(1.0) == 1.0
    values = [full_credit(x / 1000) for x in range(1001)]
    assert all(a <= b for a, b in zip(values, values[1:]))  # never reorders two answers
    assert abs(full_credit(edge + 1e-9) - edge) < 1e-6  # no jump at the edge


def test_red_flag_subtracts_but_clips_at_zero():
    assert ratio_score([s(5, True), s(-3, True), s(5, False)]) == 20.0
    assert ratio_score([s(5, False), s(-5, True)]) == 0.0


def test_avoided_red_flag_changes_nothing():
    assert ratio_score([s(4, True), s(-4, False)]) == 100.0


def test_unscored_moves_score_neither_way():
    base = ratio_score([s(5, True), s(5, False)])
    assert ratio_score([s(5, True), s(5, False), s(10, None)]) == base
    assert ratio_score([s(5, True), s(5, False), s(-10, None)]) == base


def test_no_positive_points_scored_is_none():
    assert ratio_score([s(-3, True)]) is None
    assert ratio_score([s(5, None)]) is None


def test_per_axis_scores_use_the_same_formula():
    out = score([s(4, True, "x"), s(4, False, "x"), s(2, True, "y"), s(-2, True, "z")])
    assert out.axes == {"x": 55.5, "y": 100.0}
    assert out.score == 42.7  # 4 of 10: 30 + 10 x 70/55


def test_bands_cut_offs():
    assert band_for(100) == "Strong Hire"
    assert band_for(80) == "Strong Hire"
    assert band_for(79.9) == "Hire"
    assert band_for(50) == "Lean Hire"
    assert band_for(30) == "No Hire"
    assert band_for(29.9) == BOTTOM_BAND
    assert [b for _, b in BANDS][-1] == BOTTOM_BAND


def test_disqualified_answer_lands_in_bottom_band():
    out = score([s(5, True)], disqualified=True)
    assert out.band == BOTTOM_BAND
    assert out.score < 30


def test_nothing_scored_has_no_band():
    from mockpm.scoring import UNSCORED_BAND

    out = score([s(5, None), s(-3, False)])
    assert out.band == UNSCORED_BAND and out.score == 0.0 and out.axes == {}


def test_flagged_answers_score_zero_and_keep_their_raw_points():
    from mockpm.scoring import Scored, score

    items = [Scored(points=5, met=True, axis="a"), Scored(points=5, met=False, axis="a"), Scored(points=-3, met=True, axis="a")]
    plain = score(items)
    assert plain.score == 20.0 and plain.raw_points == 2 and plain.possible_points == 10
    flagged = score(items, disqualified=True)
    assert flagged.score == 0.0 and flagged.band == "Strong No Hire" and flagged.raw_points == 2


def test_a_short_answer_is_held_to_what_a_short_answer_can_cover():
    items = [Scored(points=5, met=True, axis="a"), Scored(points=5, met=False, axis="a")]
    assert score(items).score == 55.5  # length unknown: held to every point
    assert score(items, words=scoring.FULL_LENGTH_WORDS).score == 55.5
    short = score(items, words=0)
    assert short.score == round(full_credit(5 / (10 * scoring.SHORT_ANSWER_SHARE)) * 100, 1)
    assert short.possible_points == 10  # the report keeps the real total
    assert score(items, words=100).score > score(items, words=200).score > 55.5
    assert score([Scored(points=5, met=True, axis="a")], words=0).score == 100.0  # never past 100


def test_among_flagged_answers_more_reasons_to_reject_rank_lower_whatever_the_raw_points():
    from mockpm.scoring import rank_key

    thin = rank_key(0.0, 2, flagged=True, flags=["thin_substance", "bottom_band"])
    one = rank_key(0.0, 30, flagged=True, flags=["brushes_off_safety", "bottom_band"])
    two = rank_key(0.0, 40, flagged=True, flags=["brushes_off_safety", "wrong_calls"])
    assert thin > one > two
    # Between answers with the same reasons, the raw points still order them.
    assert rank_key(0.0, 12, flagged=True, flags=["wrong_calls"]) > rank_key(0.0, 3, flagged=True, flags=["wrong_calls"])
    # An unflagged answer is ordered by score alone: reasons are counted only on flagged ones.
    assert rank_key(10.0, 5, flagged=False, flags=["brushes_off_safety"]) > rank_key(5.0, 9, flagged=False)
    assert rank_key(0.0, -8, flagged=False, flags=["walks_back"]) > two


def test_a_harm_red_flag_holds_the_grade_below_lean_hire_and_only_when_met():
    strong = [Scored(points=10, met=True, axis="a") for _ in range(7)] + [Scored(points=10, met=False, axis="a") for _ in range(3)]
    harm = Scored(points=-5, met=True, axis="a", harm=True)
    plain = Scored(points=-5, met=True, axis="a")
    capped = score([*strong, harm], words=400)
    assert capped.score == scoring.HARM_CAP and capped.band == "No Hire"
    assert score([*strong, plain], words=400).score > scoring.HARM_CAP
    assert score([*strong, Scored(points=-5, met=False, axis="a", harm=True)], words=400).score == 80.9
    # a weaker answer is not lifted to the cap
    assert score([Scored(points=10, met=True, axis="a"), Scored(points=10, met=False, axis="a")] * 1 +
                 [Scored(points=10, met=False, axis="a")] * 3 + [harm], words=400).score < scoring.HARM_CAP


def test_among_flagged_answers_the_one_that_reads_more_like_a_rejected_answer_ranks_lower():
    key = scoring.rank_key
    reads_rejected = key(0.0, 30, flagged=True, flags=["wrong_calls"], reading=0.9)
    thin_attempt = key(0.0, 2, flagged=True, flags=["wrong_calls"], reading=0.3)
    assert reads_rejected < thin_attempt
    # before the count of reasons: a reading is the whole answer, a reason one rule
    assert key(0.0, 5, flagged=True, flags=["wrong_calls", "walks_back"], reading=0.2) > reads_rejected
    # it never moves an unflagged answer, nor lifts a flagged one above it
    assert key(40.0, 10, flagged=False, reading=0.99) == key(40.0, 10, flagged=False, reading=0.01)
    assert key(0.0, 0, flagged=False, reading=0.99) > key(0.0, 50, flagged=True, reading=0.0)
    # an abstained reading orders like no reading
    assert key(0.0, 3, flagged=True, reading=None) == key(0.0, 3, flagged=True, reading=0.0)


def test_among_flagged_answers_the_severity_is_meaned_with_the_reading():
    key = scoring.rank_key
    # Two answers that read alike as rejected: the one more likely to get the lowest mark ranks lower.
    hedged = key(0.0, 20, flagged=True, flags=["walks_back"], reading=0.8, severity=0.2)
    dismissive = key(0.0, 20, flagged=True, flags=["walks_back"], reading=0.8, severity=0.9)
    assert dismissive < hedged
    # the mean of the two, at SEVERITY_SHARE: a milder reading with a harsher severity can tie or cross
    share = scoring.SEVERITY_SHARE
    assert 0 < share < 1
    assert key(0.0, 5, flagged=True, reading=0.6, severity=0.6) == key(0.0, 5, flagged=True, reading=0.6)
    assert (key(0.0, 5, flagged=True, reading=0.9, severity=0.1) > key(0.0, 5, flagged=True, reading=0.7, severity=0.7))
    # without a reading (the model abstained) the severity alone does not order
    assert key(0.0, 5, flagged=True, reading=None, severity=0.9) == key(0.0, 5, flagged=True, reading=None)
    # it never moves an unflagged answer, nor lifts a flagged one above it
    assert key(40.0, 10, flagged=False, reading=0.5, severity=0.99) == key(40.0, 10, flagged=False, reading=0.5, severity=0.0)
    assert key(0.0, 0, flagged=False, reading=0.99, severity=0.99) > key(0.0, 50, flagged=True, reading=0.0, severity=0.0)


def test_among_flagged_answers_the_share_of_points_earned_lifts_a_little():
    key = scoring.rank_key
    # Two answers that read about alike: the one that earns more of the rubric's points is the better
    # attempt, even when it reads a shade worse.
    thin_plan = key(0.0, 30, flagged=True, reading=0.72, severity=0.72, possible=60)
    brushed_off = key(0.0, 3, flagged=True, reading=0.7, severity=0.7, possible=60)
    assert thin_plan > brushed_off
    # a little, not a lot: a much worse reading is not bought back by points
    assert key(0.0, 60, flagged=True, reading=0.9, severity=0.9, possible=60) < key(0.0, 0, flagged=True, reading=0.6, severity=0.6, possible=60)
    # the share is of points earned: negative raw points count as none, more than possible as all
    assert key(0.0, -20, flagged=True, reading=0.7, possible=60)[:4] == key(0.0, 0, flagged=True, reading=0.7, possible=60)[:4]
    assert key(0.0, 90, flagged=True, reading=0.7, possible=60)[:4] == key(0.0, 60, flagged=True, reading=0.7, possible=60)[:4]
    # without possible points (an old row) or a reading, it is as before
    assert key(0.0, 30, flagged=True, reading=0.7) == key(0.0, 30, flagged=True, reading=0.7, possible=0)
    assert key(0.0, 30, flagged=True, reading=None, possible=60) == key(0.0, 30, flagged=True, reading=None)
    # it never moves an unflagged answer, nor lifts a flagged one above it
    assert key(40.0, 10, flagged=False, reading=0.5, possible=20) == key(40.0, 10, flagged=False, reading=0.5, possible=200)
    assert key(0.0, 0, flagged=False, reading=0.9, possible=60) > key(0.0, 60, flagged=True, reading=0.0, possible=60)


def test_a_withheld_share_lowers_the_score_and_its_band_but_not_the_points():
    items = [Scored(points=5, met=True, axis="a"), Scored(points=5, met=True, axis="a")]
    full = score(items)
    part = score(items, withheld=0.25)
    assert full.score == 100.0 and part.score == 75.0 and part.band == "Hire"
    assert part.raw_points == full.raw_points and part.axes == full.axes
    assert score(items, withheld=0.25, disqualified=True).score == 0.0
    assert score(items, withheld=2.0).score == 0.0 and score(items, withheld=-1.0).score == 100.0


def test_the_breakdown_says_whether_the_withheld_share_lowered_anything():
    items = [Scored(points=5, met=True, axis="a"), Scored(points=5, met=True, axis="a")]
    assert score(items, withheld=0.25).withheld == 0.25
    assert score(items).withheld == 0.0
    assert score(items, withheld=0.25, disqualified=True).withheld == 0.0  # 0 either way
    harmed = [*items, Scored(points=-1, met=True, axis="a", harm=True)]
    assert score(harmed, withheld=0.2).score == score(harmed).score == 49.0
    assert score(harmed, withheld=0.2).withheld == 0.0  # the harm cap decided it
    assert score([Scored(points=5, met=False, axis="a")], withheld=0.3).withheld == 0.0
