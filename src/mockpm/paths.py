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
