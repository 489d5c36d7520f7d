"""Planned 見守り frequency: next due date and overdue check.

Frequencies are the ``visit_frequency`` codes (DOMAIN.md §2.6).  A calendar
month is approximated by 30 days and 「月2回」 by 15 days (half of that), so
that 次回予定日 = last contact + interval is simple and predictable for users.
「随時」 (as needed) has no interval and is never overdue.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["INTERVAL_DAYS", "days_overdue", "has_interval", "interval_days", "is_overdue",
           "next_due", "overdue_before"]

#: Interval in days per ``visit_frequency`` code (None: no fixed interval).
INTERVAL_DAYS: dict[str, int | None] = {
    "daily": 1,
    "weekly": 7,
    "twice_monthly": 15,
    "monthly": 30,
    "as_needed": None,
}


def interval_days(code: str) -> int | None:
    """Days between planned contacts for frequency ``code``; ValueError if unknown."""
    try:
        return INTERVAL_DAYS[code]
    except (KeyError, TypeError):
        raise ValueError(f"unknown visit frequency {code!r}") from None


def has_interval(code: str | None) -> bool:
    """True when ``code`` is a known frequency with a fixed interval (not 「随時」, not
    missing, not an organisation's own code without an interval): only such people
    can be overdue."""
    try:
        return bool(code) and interval_days(code) is not None  # type: ignore[arg-type]
    except ValueError:
        return False


def next_due(last_contact: date, code: str) -> date | None:
    """次回予定日: ``last_contact`` + interval, or None for 「随時」."""
    days = interval_days(code)
    return None if days is None else last_contact + timedelta(days=days)


def days_overdue(last_contact: date | None, registered_on: date, code: str, today: date) -> int:
    """Days past the due date on ``today`` (0 when not overdue).

    The reference date is the later of ``last_contact`` and ``registered_on``
    (the registration date when nobody has been in contact yet), so a newly
    registered or re-activated person is not overdue because of old history.
    The due day itself is not overdue.  Always 0 for 「随時」.
    """
    reference = registered_on if last_contact is None else max(last_contact, registered_on)
    due = next_due(reference, code)
    if due is None:
        return 0
    return max(0, (today - due).days)


def overdue_before(code: str, today: date) -> date | None:
    """The reference date before which frequency ``code`` is overdue on ``today``.

    ``days_overdue(last, registered, code, today) > 0`` exactly when
    ``max(last, registered) < overdue_before(code, today)`` — a cheap pre-filter
    for long lists (ISO date strings compare the same way).  None for 「随時」.
    """
    days = interval_days(code)
    return None if days is None else today - timedelta(days=days)


def is_overdue(last_contact: date | None, registered_on: date, code: str, today: date) -> bool:
    """True when no contact has happened within the planned interval (see :func:`days_overdue`)."""
    return days_overdue(last_contact, registered_on, code, today) > 0
