"""Organisation-wide settings every signed-in user's app must read (stored in the database).

Changing them is an administrator's job (the 設定 page); reading them is open to
every role, because the app needs them for anyone: the auto-lock time applies to
volunteers too.
"""

from __future__ import annotations

from kodoku_desk.services.session import Session
from kodoku_desk.store import settings_repo

__all__ = ["AUTO_LOCK_DEFAULT", "AUTO_LOCK_KEY", "AUTO_LOCK_RANGE", "auto_lock_minutes"]

AUTO_LOCK_KEY = "auto_lock_minutes"
AUTO_LOCK_DEFAULT = 10
AUTO_LOCK_RANGE = (1, 120)


def auto_lock_minutes(session: Session) -> int:
    """Minutes without input before the screen locks (default 10; out-of-range values clamp)."""
    with session.engine.connect() as conn:
        value = settings_repo.get(conn, AUTO_LOCK_KEY, AUTO_LOCK_DEFAULT)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return AUTO_LOCK_DEFAULT
    low, high = AUTO_LOCK_RANGE
    return int(min(high, max(low, value)))
