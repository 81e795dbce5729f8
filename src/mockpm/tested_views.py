"""Views set out to be tested, and versions set out to be replaced.

"Assumption: the fix is more push notifications. What I think: ..." states a view the answer
goes on to weigh, and "Options: keep logging retention as the goal; switch to claims PDC. Call:
claims PDC." lists the options it goes on to choose among; "Before (the vendor's stock template): ... After: ..." shows the version the
answer rewrites. Neither is the candidate's plan, however specific: both are reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mockpm import regex_cache
from mockpm import stance as st

if TYPE_CHECKING:
    from mockpm.passages import Reading

_OPEN = r"[ \t>]*(?:(?:[-*+•]|\d+[.)])\s+)?[*_#\s]*"
# "Assumption:", "Leadership's assumption:", "Myth:", "Common belief:"
_VIEW_LABEL = regex_cache.compile(
    _OPEN + r"(?:(?:the\s+|a\s+|common\s+|popular\s+|leadership's\s+|the\s+team's\s+|their\s+|[\w-]+'s\s+)?"
    r"(?:assumptions?|myths?|misconceptions?|beliefs?|conventional\s+wisdom))[*_]*\s*(?:\d+\s*)?[*_]*:[*_]*[ \t]*(?=\S)",
    re.IGNORECASE)
# ... answered in a label of the candidate's own: "What I'd do:", "What I think:", "Reality:". Without
# one, "Assumptions: (1) HFrEF population ..." are the candidate's working assumptions.
_REPLY_LABEL = regex_cache.compile(
    r"^" + _OPEN + r"(?:what\s+(?:I|we)(?:'d|\s+would)?\s+(?:\w+\s+){0,2}?|what(?:'s|\s+is)\s+(?:actually\s+)?true|reality|in\s+(?:fact|practice)|"
    r"actually|the\s+truth|my\s+(?:take|view|answer|response|call)|response|answer)[^:\n]{0,30}:",
    re.IGNORECASE | re.MULTILINE)
REPLY_REACH = 400  # characters after a view its reply may start in
# "Options: A; B; C." answered by the pick: "Call: B.", "Decision:", "My choice:", "Chosen:".
_OPTIONS = r"(?:the\s+)?(?:options?|alternatives|choices)(?:\s+(?:considered|on\s+the\s+table))?[*_]*\s*:[*_]*[ \t]*(?=\S)"
_OPTIONS_LABEL = regex_cache.compile(_OPEN + _OPTIONS, re.IGNORECASE)
# ... or on a line of its own under a heading that ends no sentence ("**Trade-off 1: ...**\nOptions: ...")
_OPTIONS_LINE = regex_cache.compile(r"\n" + _OPEN + _OPTIONS, re.IGNORECASE)
_LETTERED = regex_cache.compile(r"(?:^|[\s;:,])\(?[a-eA-E1-5]\)\s")
_PICK_LABEL = regex_cache.compile(
    r"^" + _OPEN + r"(?:(?:my|the|our)\s+)?(?:call|decision|choice|pick|chosen|verdict|recommendation|what\s+I'd\s+(?:pick|choose|do))[*_]*\s*:",
    re.IGNORECASE | re.MULTILINE)
# "Before:", "Before (the vendor's stock template):", "As-is:", "Old version:" ... only with its "After:".
_BEFORE_LABEL = regex_cache.compile(
    _OPEN + r"(?:before|as-is|old(?:\s+version)?|original)(?:\s*\([^)\n]{0,60}\))?[*_]*\s*:[*_]*", re.IGNORECASE)
_AFTER_LABEL = regex_cache.compile(
    r"^" + _OPEN + r"(?:after|to-be|new(?:\s+version)?|rewrite|rewritten|revised(?:\s+version)?)(?:\s*\([^)\n]{0,60}\))?[*_]*\s*:",
    re.IGNORECASE | re.MULTILINE)


def mark(reading: Reading) -> None:
    """Report the views an answer lays out to test and the versions it shows to replace."""
    text = reading.text
    sentences = reading.sentences
    for i, s in enumerate(sentences):
        view = _VIEW_LABEL.match(text, s.start, s.end)
        # (a view's own deferral gives its label a stance first: "Assumption: we add the other languages next year")
        if view is not None and (s.label_scope is None or s.label_scope.stance in st.BRUSHED_OFF) \
                and _REPLY_LABEL.search(text, view.end(), view.end() + REPLY_REACH):
            s.label_scope = st.Scope(view.end(), s.end, st.REPORTED)
            continue
        options = _OPTIONS_LABEL.match(text, s.start, s.end) or _OPTIONS_LINE.search(text, s.start, s.end)
        # (options with letters are picked by letter, in ``options``: "(a) ...; (b) ... Chosen: (b).")
        if options is not None and s.label_scope is None and not _LETTERED.search(text, options.end(), s.end) \
                and _PICK_LABEL.search(text, s.end, s.end + REPLY_REACH):
            s.label_scope = st.Scope(options.end(), s.end, st.REPORTED)  # the pick, not the menu, is the plan
            continue
        before = _BEFORE_LABEL.match(text, s.start, s.end)
        if before is None:
            continue
        after = _AFTER_LABEL.search(text, before.end())
        if after is None:
            continue
        # (the version shown runs from its label to the "After:" that replaces it)
        for j in range(i, len(sentences)):
            t = sentences[j]
            if t.start >= after.start():
                break
            if t.carried is None:
                t.carried = st.REPORTED
                if t.scopes is not None:
                    t.scopes.append(st.Scope(t.start, min(t.end, after.start()), st.REPORTED))
