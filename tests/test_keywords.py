import pytest

from mockpm.checks import run_check
from mockpm.keywords import snippet, term_pattern, term_spans
from mockpm.stemming import NEGATING_PREFIXES, stem
from mockpm.models import KeywordCheck


def hits(terms, text):
    return set(term_spans(terms, text))


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


def test_plain_words_match_their_inflections():
    assert hits(["chart review"], "two physicians did chart reviews") == {"chart review"}
    assert hits(["validate"], "results were validated locally") == {"validate"}
    assert hits(["use"], "the user logged in") == set()  # short words match exactly


def test_proximity_terms_match_within_a_sentence():
    text = "Two physicians will review the charts of every flagged patient."
    assert hits(["chart* ~ review*"], text) == {"chart* ~ review*"}
    assert hits(["catch*|flag* ~ patient*"], text) == {"catch*|flag* ~ patient*"}
    assert hits(["chart* ~ review*"], "We review the plan. Charts come later.") == set()


def test_any_min_matches_counts_distinct_terms():
    chk = KeywordCheck(any=["HIPAA", "FDA", "IRB"], min_matches=2)
    assert not run_check(chk, "HIPAA HIPAA HIPAA").met
    assert run_check(chk, "HIPAA and the FDA").met


def test_all_groups_each_need_a_match():
    chk = KeywordCheck(all=[["nurse*"], ["escalat*", "override"]])
    assert not run_check(chk, "nurses get alerts").met
    assert run_check(chk, "nurses can override alerts").met


def test_none_terms_veto_and_absence_check():
    auc_only = KeywordCheck(any=["AUC"], none=["sensitivity"])
    assert run_check(auc_only, "AUC is 0.9").met
    r = run_check(auc_only, "AUC is 0.9 and sensitivity 0.8")
    assert not r.met and r.blocked_by[0].text == "sensitivity"
    absent = KeywordCheck(none=["FDA", "regulat*"])
    assert run_check(absent, "We ship fast.").met
    assert not run_check(absent, "Regulatory review first.").met


def test_matches_carry_spans():
    text = "Start. Sensitivity matters."
    r = run_check(KeywordCheck(any=["sensitivity"]), text)
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
    vocab = ["open", "rates", "auc", "AUC", "roc", "nurse", "nurses", "reimbursement", "reimburse", "sepsis", "alert", "a", "x1",
             "non", "pre", "human"]
    seps = [" ", "  ", "-", ", ", ". ", "\n", "(", ")", "'", "/", " - ", "--"]
    terms = ["open rates", "AUC", "nurse*", "reimburs*", "sepsis alert*", "alert", "x1", "open rate*", "roc auc", "open* rates"]
    words = sorted({w.lower() for w in vocab})

    def reference(term: str) -> str:
        """term_pattern, with each plain word widened to the vocabulary words sharing its stem."""
        parts = []
        for w in term.split():
            if w.endswith("*"):
                parts.append(_re.escape(w[:-1]) + r"[\w-]*")
            else:
                same = [v for v in words if stem(v) == stem(w.lower())] or [w]
                parts.append("(?:" + "|".join(_re.escape(v) for v in same) + ")")
        # (a compound's second part counts unless a negating prefix stands before it: "non-alert")
        heads = "".join(rf"(?<!\b{p}-)" for p in sorted(NEGATING_PREFIXES))
        return r"(?<!\w)" + heads + r"[\s\-]+".join(parts) + r"(?![\w])"

    for _ in range(400):
        text = "".join(rng.choice(vocab) + rng.choice(seps) for _ in range(rng.randint(1, 14)))
        index = TextIndex(text)
        for term in terms:
            expected = [(m.start(), m.end()) for m in _re.finditer(reference(term), text, _re.IGNORECASE)]
            assert index.spans(term) == expected, (term, text)


def test_every_plain_term_compiles_so_only_regexes_need_validating():
    # Library validation skips compiling plain terms on this guarantee (see term_validation).
    import random
    import re

    from mockpm.keywords import term_pattern

    rng = random.Random(7)
    alphabet = "ab z*()[]{}?+|\\^$.'-~\t:"
    for _ in range(3000):
        term = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if term.startswith("re:"):
            continue
        re.compile(term_pattern(term), re.IGNORECASE)



def test_a_plural_term_matches_its_greek_singular():
    assert hits(["missed diagnosis"], "fewer missed diagnoses on night shift") == {"missed diagnosis"}


def test_a_term_finds_its_shorthand_at_the_shorthands_own_offsets():
    text = "Pilot 4 clinics for 4 wks; the pt sees the differential dx. Sign rate drops 3 pts."
    found = term_spans(("patient*", "4 weeks", "differential diagnosis", "points"), text)
    assert [text[a:b] for a, b in found["patient*"]] == ["pt"]
    assert [text[a:b] for a, b in found["4 weeks"]] == ["4 wks"]
    assert [text[a:b] for a, b in found["differential diagnosis"]] == ["differential dx"]
    assert "points" not in found


def test_clinical_shorthand_for_people_and_records():
    text = "Rad accepts or edits every size; MDs sign. Dups of meds on the list; hx of smoking."
    found = term_spans(("radiologist*", "doctor*", "duplicate*", "medication*", "history"), text)
    assert [text[a:b] for a, b in found["radiologist*"]] == ["Rad"]
    assert [text[a:b] for a, b in found["doctor*"]] == ["MDs"]
    assert [text[a:b] for a, b in found["duplicate*"]] == ["Dups"]
    assert [text[a:b] for a, b in found["medication*"]] == ["meds"]
    assert [text[a:b] for a, b in found["history"]] == ["hx"]


def test_an_acronym_term_finds_its_long_form():
    text = "I read the US Food and Drug Administration's guidance and briefed the chief nursing officer."
    found = term_spans(("FDA", "CNO", "HIPAA"), text)
    assert text[slice(*found["FDA"][0])] == "Food and Drug Administration"
    assert any(text[slice(*sp)].lower() == "chief nursing officer" for sp in found["CNO"])
    assert "HIPAA" not in found


def test_a_long_form_is_found_only_for_the_acronym_term():
    text = "The business associate agreement is signed."
    assert "BAA" in term_spans(("BAA",), text)
    assert term_spans(("agreement*",), text) and not term_spans(("MOU",), text)


def test_a_unit_glued_to_its_number_reads_as_the_unit():
    text = "4wk shadow, then PE live. 24h cap on alerts. A1c and 510k stay as written."
    spans = term_spans(("shadow* ~ weeks|week", "hour*", "A1c", "510k", "day*"), text)
    assert spans["shadow* ~ weeks|week"] and spans["hour*"] == [(26, 29)]
    assert spans["A1c"] and spans["510k"] and not spans.get("day*")


def test_a_decimal_point_is_no_break_between_the_sides_of_a_pair():
    pair = KeywordCheck(any=["AUROC ~ strong enough"])
    assert run_check(pair, "An AUROC of 0.86 is strong enough.", red_flag=True).met
    assert not run_check(pair, "The AUROC is 0.86. That is strong enough for a paper.", red_flag=True).met


def test_a_span_of_time_does_not_find_a_frequency_but_a_rate_finds_its_unit():
    text = "Each site goes live with a weekly safety review and a per-site kill switch."
    assert hits(["a week", "week"], text) == set()
    assert hits(["a few weeks|a week ~ per site|to go live"], text) == set()
    assert hits(["a week"], "Each site goes live within a week.") == {"a week"}
    # a rate term still finds the span it is counted over, and itself
    assert hits(["weekly"], "We review overrides every week.") == {"weekly"}
    assert hits(["monthly", "month"], "A monthly audit, then a review in three months.") == {"monthly", "month"}


def test_the_frequency_stems_are_the_stems_of_the_frequencies():
    from mockpm.stemming import FREQUENCIES, FREQUENCY_STEMS

    assert {stem(w) for w in FREQUENCIES} == FREQUENCY_STEMS


def test_the_second_part_of_a_compound_counts_unless_a_prefix_negates_it():
    text = "Fixed templates, human-translated; non-validated scores; re-validated each quarter; pre-launch notes."
    assert [text[a:b] for a, b in term_spans(("translat*",), text)["translat*"]] == ["translated"]
    assert [text[a:b] for a, b in term_spans(("validat*",), text)["validat*"]] == ["validated"]  # the re- one
    assert "launch" not in term_spans(("launch",), text)
