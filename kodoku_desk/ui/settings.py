"""Per-user UI preferences (language, last database, last user name, text size).

Stored with QSettings in an INI file.  When ``KODOKU_DESK_HOME`` is set (tests,
portable use) the file lives in that folder, so nothing leaks into the user's
real configuration.  Nothing is read or created at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "KodokuDesk"
APPLICATION = "kodoku-desk"

LANGUAGE = "ui/language"
LAST_DB = "session/last_db"
LAST_USER = "session/last_user"
POINT_SIZE = "ui/point_size"


def app_settings() -> QSettings:
    home = os.environ.get("KODOKU_DESK_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def get(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return default if value is None else str(value)


def put(key: str, value: str) -> None:
    store = app_settings()
    store.setValue(key, value)
    store.sync()
