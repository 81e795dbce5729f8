"""Rubric terms checked before they are used: syntax, proximity form, and regexes that could hang."""

from __future__ import annotations

from mockpm import rubric_regex
from mockpm.keywords import term_parts, term_pattern
from mockpm.models import KeywordCheck


def invalid_terms(check: KeywordCheck) -> list[tuple[str, str]]:
    """Terms whose regex does not compile, with the reason."""
    bad = []
    for full in (*check.any, *check.none, *(t for g in check.all for t in g)):
        if full.count(" ~ ") > 1:
            bad.append((full, "a proximity term has two sides: 'a|b ~ c|d', one '~'"))
            continue
        if "|" in full and " ~ " not in full and not full.startswith("re:"):
            bad.append((full, "'|' means 'or' only inside a proximity term (a ~ b|c) or a re: term; write separate terms"))
            continue
        # A plain term's pattern is built from escaped words, so it always compiles: only
        # regexes need checking (compiling every plain term of a library was most of a grade).
        for term in (t for t in term_parts(full) if t.startswith("re:")):
            try:
                # validation always uses the engine with a timeout, built-in terms included
                pattern = rubric_regex.compile_pattern(term_pattern(term), ignorecase=True)
            except rubric_regex.compile_error_types() as exc:
                bad.append((full, str(exc)))
                continue
            reason = rubric_regex.blowup_reason(term_pattern(term), pattern)
            if reason:
                bad.append((full, reason))
    return bad


def regex_terms(criteria) -> set[str]:  # noqa: ANN001 - Iterable[Criterion]
    """Every ``re:`` term of these criteria's checks, proximity sides included."""
    out: set[str] = set()
    for c in criteria:
        if c.check is not None:
            for full in (*c.check.any, *c.check.none, *(t for g in c.check.all for t in g)):
                out.update(t for t in term_parts(full) if t.startswith("re:"))
    return out
