"""Where mockpm keeps user files. ``MOCKPM_HOME`` overrides both dirs (tests, portable setups)."""

from __future__ import annotations

import os
from pathlib import Path

APP = "mockpm"


def config_dir() -> Path:
    home = os.environ.get("MOCKPM_HOME")
    if home:
        return Path(home) / "config"
    from platformdirs import user_config_path

    return user_config_path(APP)


def data_dir() -> Path:
    home = os.environ.get("MOCKPM_HOME")
    if home:
        return Path(home) / "data"
    from platformdirs import user_data_path

    return user_data_path(APP)


def config_file() -> Path:
    return config_dir() / "config.toml"


def database_file() -> Path:
    return data_dir() / "mockpm.sqlite3"


def replace_cache_file(path: Path, text: str) -> None:
    """Write a derived cache file atomically, dropping older versions of it (same stem before
    the first '-'). Best effort: a read-only data dir only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{path.name.split('-', 1)[0]}-*.json"):
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
