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
    """Return a judge, or None when grading runs offline (and say why through ``notify``).

    Raises JudgeConfigError for an unreadable config file or a malformed base URL. Creating
    the judge makes no network call; ``OpenAIJudge.check()`` does one.
    """
    if offline:
        return None
    from mockpm.config import resolve

    settings, reason = resolve(model=model, base_url=base_url)
    if settings is None:
        if notify is not None:
            notify(reason)
        return None
    from mockpm.judge.openai_judge import OpenAIJudge

    return OpenAIJudge(settings, samples=samples, use_cache=use_cache)
