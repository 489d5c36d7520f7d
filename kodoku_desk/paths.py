"""Where the app keeps its files. Decided in main(), never at import time.

``KODOKU_DESK_HOME`` overrides the platform data folder (tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

DB_FILENAME = "kodoku.kdesk"


def data_dir() -> Path:
    override = os.environ.get("KODOKU_DESK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("KodokuDesk", appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resources_dir() -> Path:
    """The repository's / bundle's resources folder (translations, fonts, icons)."""
    bundled = Path(__file__).resolve().parent / "resources"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent / "resources"
