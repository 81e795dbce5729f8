"""`mockpm batch` and `mockpm calibrate`."""

from __future__ import annotations


def batch_command() -> None:
    """Grade a cohort's answers: concurrent, resumable, with CSV/JSONL/HTML output."""


def calibrate_command() -> None:
    """Compare mockpm's scores with human grades."""
