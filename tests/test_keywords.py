import pytest

from mockpm.keywords import is_negated, run_check, snippet, term_pattern, term_spans
from mockpm.models import KeywordCheck


def hits(terms, text, skip=True):
    return set(term_spans(terms, text, skip_negated=skip))


def test_phrase_is_case_and_whitespace_insensitive():
    assert hits(["open rates"], "We tracked Open\n  rates weekly.") == {"open rates"}


def test_word_boundaries():
    assert hits(["AUC"], "the AUCTION house") == set()
    assert hits(["AUC"], "an AUC of 0.9") == {"AUC"}


def test_suffix_wildcard():
    assert hits(["reimburs*"], "Reimbursement from payers") == {"reimburs*"}
    assert hits(["stratif*"], "results stratified by age") == {"stratif*"}


def test_regex_term_and_scoped_flags():
    assert hits(["re:510\\s*\\(k\\)"], "a 510 (k) submission") == {"re:510\\s*\\(k\\)"}
    assert hits(["re:(?m)^\\s*\\d+[.)]\\s"], "Plan:\n1. first\n2. second") == {"re:(?m)^\\s*\\d+[.)]\\s"}


def test_punctuated_term():
    assert hits(["510(k)"], "a 510(k) clearance") == {"510(k)"}


@pytest.mark.parametrize(
    "text",
    [
        "This is not about open rates, but adherence.",
        "Not open rates but adherence.",
        "I would never judge it on AUC alone.",
        "We looked beyond AUC at sensitivity.",
        "rather than chasing push notifications and open rates",
        "Instead of open rates we measure missed doses.",
        "It isn't a retention problem.",
        "without relying on AUC",
        "Open rates aren't the point here.",
        "AUC alone is not enough for a sepsis model.",
        "Retention is misleading as a goal.",
    ],
)
def test_negated_or_contrasted_mentions_do_not_trigger(text):
    assert hits(["open rates", "AUC", "push notifications", "retention"], text) == set()


@pytest.mark.parametrize(
    "text,term",
    [
        ("We will grow open rates with reminders.", "open rates"),
        ("Not everyone agrees, but the AUC is what we optimise.", "AUC"),
        ("No doubt. We track retention weekly.", "retention"),
        ("We optimise AUC, not sensitivity.", "AUC"),
        ("Open rates and not much else.", "open rates"),
    ],
)
def test_plain_mentions_trigger(text, term):
    assert hits([term], text) == {term}


def test_negation_only_applies_to_the_same_clause():
    text = "We do not sell data. Retention is our main metric."
    start = text.index("Retention")
    assert not is_negated(text, start)


def test_positive_criteria_count_negated_mentions():
    chk = KeywordCheck(any=["FDA"])
    assert run_check(chk, "We would not launch without FDA clearance.", red_flag=False).met
    assert not run_check(chk, "We would not launch without FDA clearance.", red_flag=True).met


def test_any_min_matches_counts_distinct_terms():
    chk = KeywordCheck(any=["HIPAA", "FDA", "IRB"], min_matches=2)
    assert not run_check(chk, "HIPAA HIPAA HIPAA", red_flag=False).met
    assert run_check(chk, "HIPAA and the FDA", red_flag=False).met


def test_all_groups_each_need_a_match():
    chk = KeywordCheck(all=[["nurse*"], ["escalat*", "override"]])
    assert not run_check(chk, "nurses get alerts", red_flag=False).met
    assert run_check(chk, "nurses can override alerts", red_flag=False).met


def test_none_terms_veto_and_absence_check():
    auc_only = KeywordCheck(any=["AUC"], none=["sensitivity"])
    assert run_check(auc_only, "AUC is 0.9", red_flag=True).met
    r = run_check(auc_only, "AUC is 0.9 and sensitivity 0.8", red_flag=True)
    assert not r.met and r.blocked_by[0].text == "sensitivity"
    absent = KeywordCheck(none=["FDA", "regulat*"])
    assert run_check(absent, "We ship fast.", red_flag=True).met
    assert not run_check(absent, "Regulatory review first.", red_flag=True).met


def test_matches_carry_spans():
    text = "Start. Sensitivity matters."
    r = run_check(KeywordCheck(any=["sensitivity"]), text, red_flag=False)
    m = r.matches[0]
    assert text[m.start:m.end] == "Sensitivity"
    assert "Sensitivity" in snippet(text, m)


def test_term_pattern_escapes_literal_punctuation():
    assert "\\(" in term_pattern("510(k)")


def test_word_index_matches_exactly_what_the_regex_matches():
    """Plain terms are matched on the word index; it must agree with term_pattern everywhere."""
    import random
    import re as _re

    from mockpm.keywords import TextIndex

    rng = random.Random(7)
    vocab = ["open", "rates", "auc", "AUC", "roc", "nurse", "nurses", "reimbursement", "reimburse", "sepsis", "alert", "a", "x1"]
    seps = [" ", "  ", "-", ", ", ". ", "\n", "(", ")", "'", "/", " - ", "--"]
    terms = ["open rates", "AUC", "nurse*", "reimburs*", "sepsis alert*", "alert", "x1", "open rate*", "roc auc", "open* rates"]
    for _ in range(400):
        text = "".join(rng.choice(vocab) + rng.choice(seps) for _ in range(rng.randint(1, 14)))
        index = TextIndex(text)
        for term in terms:
            expected = [(m.start(), m.end()) for m in _re.finditer(term_pattern(term), text, _re.IGNORECASE)]
            assert index.spans(term) == expected, (term, text)
