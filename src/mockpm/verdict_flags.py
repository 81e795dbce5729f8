"""The flags a graded criterion can carry, and which criteria have nothing to quote.

Shared by the grading pipeline and the judge, which sits below it and must not import it.
"""

from __future__ import annotations

from mockpm.models import Criterion

FLAG_UNSUPPORTED = "unsupported evidence"
FLAG_DISAGREE = "review: judge and keywords disagree"
FLAG_UNSCORED = "unscored"
FLAG_LOW_CONFIDENCE = "review: low judge agreement"
FLAG_REGEX_TIMEOUT = "unscored: a rubric regex ran out of time"


def is_absence_check(criterion: Criterion) -> bool:
    """A red flag about something missing ("never considers the FDA") has nothing to quote."""
    chk = criterion.check
    return chk is not None and not chk.any and not chk.all and bool(chk.none)
