"""Backup settings and status (issue 8): where, how many, when to warn; is one due?

Stored in the database's settings table: ``backup_folder``, ``backup_keep`` (14),
``backup_warn_days`` (7); the last success is ``last_backup_at`` (UTC) and
``last_backup_file``.  Reading is open to every role (the automatic backups need the
folder whoever is signed in); changing is for administrators.  The use cases that
make and list backups are in :mod:`kodoku_desk.services.backup`, which re-exports
everything here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kodoku_desk.models.errors import FieldError, raise_if_errors
from kodoku_desk.services.session import Session
from kodoku_desk.services.users import require_admin
from kodoku_desk.store import settings_repo

__all__ = ["CLOSE_MIN_INTERVAL", "DAILY_INTERVAL", "FOLDER_KEY", "KEEP_DEFAULT", "KEEP_KEY",
           "KEEP_RANGE", "LAST_AT_KEY", "LAST_FILE_KEY", "WARN_DEFAULT", "WARN_KEY", "WARN_RANGE",
           "BackupSettings", "BackupStatus", "backup_due", "backup_settings", "backup_status",
           "read_backup_settings", "save_backup_settings"]

FOLDER_KEY = "backup_folder"
KEEP_KEY = "backup_keep"
WARN_KEY = "backup_warn_days"
LAST_AT_KEY = "last_backup_at"
LAST_FILE_KEY = "last_backup_file"
KEEP_DEFAULT, KEEP_RANGE = 14, (1, 365)
WARN_DEFAULT, WARN_RANGE = 7, (1, 90)
DAILY_INTERVAL = timedelta(hours=24)
#: A backup on closing is skipped when the last one is younger than this (opening and
#: closing the app many times a day would otherwise push a week of daily generations
#: out of the last ``keep``).
CLOSE_MIN_INTERVAL = timedelta(minutes=10)


@dataclass(frozen=True)
class BackupSettings:
    folder: str | None = None
    keep: int = KEEP_DEFAULT
    warn_days: int = WARN_DEFAULT


def _int_setting(conn, key: str, default: int, low: int, high: int) -> int:
    value = settings_repo.get(conn, key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return default
    return value


def read_backup_settings(conn) -> BackupSettings:
    folder = settings_repo.get(conn, FOLDER_KEY)
    return BackupSettings(folder=folder if isinstance(folder, str) and folder else None,
                          keep=_int_setting(conn, KEEP_KEY, KEEP_DEFAULT, *KEEP_RANGE),
                          warn_days=_int_setting(conn, WARN_KEY, WARN_DEFAULT, *WARN_RANGE))


def backup_settings(session: Session) -> BackupSettings:
    """Any signed-in user (the automatic backups need the folder whoever is signed in)."""
    with session.engine.connect() as conn:
        return read_backup_settings(conn)


def save_backup_settings(session: Session, new: BackupSettings) -> BackupSettings:
    """Administrator: folder (an existing folder, or None to stop backups), keep, warn days."""
    require_admin(session, "バックアップの設定", "backup settings")
    problems = []
    folder = (new.folder or "").strip() or None
    if folder is not None and not Path(folder).is_dir():
        problems.append(FieldError("folder", "そのフォルダーが見つかりません。接続を確かめるか、別のフォルダーを選んでください。",
                                   "That folder was not found; check the connection or choose "
                                   "another folder."))
    for field, value, (low, high), ja, en in (
            ("keep", new.keep, KEEP_RANGE, "残す世代数", "The number of backups to keep"),
            ("warn_days", new.warn_days, WARN_RANGE, "警告までの日数", "The warning delay")):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problems.append(FieldError(field, f"{ja}は{low}から{high}の間にしてください。",
                                       f"{en} must be {low} to {high}."))
    raise_if_errors(problems)
    with session.engine.begin() as conn:
        old = read_backup_settings(conn)
        changed: dict[str, object] = {}
        for key, before, after in ((FOLDER_KEY, old.folder, folder), (KEEP_KEY, old.keep, new.keep),
                                   (WARN_KEY, old.warn_days, new.warn_days)):
            if before != after:
                settings_repo.put(conn, key, after, session.user.id)
                # the folder path may hold a person's login name: only say it changed
                changed[key] = "changed" if key == FOLDER_KEY else after
        if changed:
            session.audit(conn, "settings.change", target_kind="settings", detail=changed)
        return read_backup_settings(conn)


# ---- status for ホーム and the schedule ---------------------------------------------------

@dataclass(frozen=True)
class BackupStatus:
    folder: str | None
    last_at: datetime | None    # UTC, aware
    days_since: int | None      # whole days since the last backup
    warn_days: int
    level: str                  # "ok" | "no_folder" | "never" | "old"

    @property
    def warn(self) -> bool:
        return self.level != "ok"


def _parse_utc(text: object) -> datetime | None:
    try:
        at = datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at


def _last_backup(conn) -> datetime | None:
    return _parse_utc(settings_repo.get(conn, LAST_AT_KEY))


def backup_status(session: Session, now: datetime | None = None) -> BackupStatus:
    """Whether ホーム should warn: no folder, never backed up, or older than ``warn_days``."""
    now = now or datetime.now(timezone.utc)
    with session.engine.connect() as conn:
        settings = read_backup_settings(conn)
        last = _last_backup(conn)
    days = None if last is None else max(0, (now - last).days)
    if settings.folder is None:
        level = "no_folder"
    elif last is None:
        level = "never"
    elif now - last > timedelta(days=settings.warn_days):
        level = "old"
    else:
        level = "ok"
    return BackupStatus(settings.folder, last, days, settings.warn_days, level)


def backup_due(session: Session, trigger: str = "daily", now: datetime | None = None) -> bool:
    """Whether an automatic backup should run now: a folder is set and the last is old enough."""
    now = now or datetime.now(timezone.utc)
    with session.engine.connect() as conn:
        settings = read_backup_settings(conn)
        last = _last_backup(conn)
    if settings.folder is None:
        return False
    interval = CLOSE_MIN_INTERVAL if trigger == "close" else DAILY_INTERVAL
    return last is None or now - last >= interval
