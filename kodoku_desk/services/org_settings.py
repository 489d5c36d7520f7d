"""Organisation-wide settings every signed-in user's app must read (stored in the database).

Changing them is an administrator's job (the 設定 page); reading them is open to
every role, because the app needs them for anyone: the auto-lock time applies to
volunteers too.

- 自動ロック: minutes of idle time before the window locks (default 10, 1–120;
  a stored value out of range is clamped).
- 「このパソコンに記憶」を許可: whether users (never volunteers) may add a device
  keyslot; off by default (DESIGN.md §4).
- 秘匿基準 K (DESIGN.md §5, DOMAIN.md §5): the smallest number of distinct persons
  a published cell may show — 3 for activity and attendance tables, 10 for tables
  with loneliness measures, contact frequency or 要配慮 categories.  K can be raised,
  never set below those values.  Only stored here; the export reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import Connection

from kodoku_desk.models.errors import FieldError, raise_if_errors
from kodoku_desk.services.session import Session
from kodoku_desk.services.users import require_admin
from kodoku_desk.store import settings_repo

__all__ = ["ALLOW_REMEMBER_KEY", "AUTO_LOCK_DEFAULT", "AUTO_LOCK_KEY", "AUTO_LOCK_RANGE",
           "K_ACTIVITY_KEY", "K_SENSITIVE_KEY", "LockSettings", "SuppressionSettings",
           "auto_lock_minutes", "lock_settings", "read_lock_settings",
           "read_suppression_settings", "remember_device_allowed", "save_lock_settings",
           "save_suppression_settings", "suppression_settings"]

AUTO_LOCK_KEY = "auto_lock_minutes"
AUTO_LOCK_DEFAULT = 10
AUTO_LOCK_RANGE = (1, 120)
ALLOW_REMEMBER_KEY = "allow_remember_device"
K_ACTIVITY_KEY = "suppression_k_activity"
K_SENSITIVE_KEY = "suppression_k_sensitive"
MIN_K_ACTIVITY = 3
MIN_K_SENSITIVE = 10
MAX_K = 100


def _clamped_minutes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return AUTO_LOCK_DEFAULT
    low, high = AUTO_LOCK_RANGE
    return int(min(high, max(low, value)))


def auto_lock_minutes(session: Session) -> int:
    """Minutes without input before the screen locks (default 10; out-of-range values clamp)."""
    with session.engine.connect() as conn:
        return _clamped_minutes(settings_repo.get(conn, AUTO_LOCK_KEY, AUTO_LOCK_DEFAULT))


def remember_device_allowed(session: Session) -> bool:
    """Whether the administrator allows 「このパソコンに記憶」 (off by default)."""
    with session.engine.connect() as conn:
        return settings_repo.get(conn, ALLOW_REMEMBER_KEY, False) is True


@dataclass(frozen=True)
class LockSettings:
    auto_lock_minutes: int = AUTO_LOCK_DEFAULT
    allow_remember_device: bool = False


@dataclass(frozen=True)
class SuppressionSettings:
    k_activity: int = MIN_K_ACTIVITY
    k_sensitive: int = MIN_K_SENSITIVE


def _int(conn: Connection, key: str, default: int, low: int, high: int) -> int:
    value = settings_repo.get(conn, key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return default
    return value


def read_lock_settings(conn: Connection) -> LockSettings:
    return LockSettings(
        auto_lock_minutes=_clamped_minutes(settings_repo.get(conn, AUTO_LOCK_KEY,
                                                             AUTO_LOCK_DEFAULT)),
        allow_remember_device=settings_repo.get(conn, ALLOW_REMEMBER_KEY, False) is True)


def read_suppression_settings(conn: Connection) -> SuppressionSettings:
    return SuppressionSettings(
        k_activity=_int(conn, K_ACTIVITY_KEY, MIN_K_ACTIVITY, MIN_K_ACTIVITY, MAX_K),
        k_sensitive=_int(conn, K_SENSITIVE_KEY, MIN_K_SENSITIVE, MIN_K_SENSITIVE, MAX_K))


def lock_settings(session: Session) -> LockSettings:
    with session.engine.connect() as conn:
        return read_lock_settings(conn)


def suppression_settings(session: Session) -> SuppressionSettings:
    with session.engine.connect() as conn:
        return read_suppression_settings(conn)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def save_lock_settings(session: Session, new: LockSettings) -> LockSettings:
    """Administrator: store the lock settings (audited with the values, which are not personal)."""
    require_admin(session)
    minutes, (low, high) = new.auto_lock_minutes, AUTO_LOCK_RANGE
    if not _whole(minutes) or not low <= minutes <= high:
        raise_if_errors([FieldError(
            "auto_lock_minutes", f"自動ロックまでの時間は{low}分から{high}分の間にしてください。",
            f"The auto-lock time must be {low} to {high} minutes.")])
    with session.engine.begin() as conn:
        _store(session, conn, read_lock_settings(conn), new,
               {"auto_lock_minutes": AUTO_LOCK_KEY,
                "allow_remember_device": ALLOW_REMEMBER_KEY})
        return read_lock_settings(conn)


def save_suppression_settings(session: Session, new: SuppressionSettings) -> SuppressionSettings:
    """Administrator: raise (never lower below 3 and 10) the suppression thresholds."""
    require_admin(session)
    problems = []
    for field, value, low, what_ja, what_en in (
            ("k_activity", new.k_activity, MIN_K_ACTIVITY, "活動・参加の集計表", "activity tables"),
            ("k_sensitive", new.k_sensitive, MIN_K_SENSITIVE, "孤独感など機微な集計表",
             "sensitive tables")):
        if not _whole(value) or not low <= value <= MAX_K:
            problems.append(FieldError(
                field, f"{what_ja}の秘匿基準は{low}から{MAX_K}の間にしてください（{low}より下げることはできません）。",
                f"The threshold for {what_en} must be {low} to {MAX_K}; it cannot go below {low}."))
    raise_if_errors(problems)
    with session.engine.begin() as conn:
        _store(session, conn, read_suppression_settings(conn), new,
               {"k_activity": K_ACTIVITY_KEY, "k_sensitive": K_SENSITIVE_KEY})
        return read_suppression_settings(conn)


def _store(session: Session, conn: Connection, old, new, keys: dict[str, str]) -> None:
    changed = {keys[f.name]: getattr(new, f.name) for f in fields(new)
               if getattr(new, f.name) != getattr(old, f.name)}
    for key, value in changed.items():
        settings_repo.put(conn, key, value, session.user.id)
    if changed:
        session.audit(conn, "settings.change", target_kind="settings", detail=changed)
