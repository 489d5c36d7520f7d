"""Latest contact with a person: shared by ホーム (overdue list) and the 当事者 list.

A *contact* is a visit whose 安否確認 is 「本人確認できた」 or attendance at a
居場所 session held up to today.  Both are correlated scalar subqueries on
``persons.id``, so a query that lists people computes them only for the rows it
returns (SQLite evaluates a result-column subquery per output row):

* the latest confirmed visit is ``visit_latest.confirmed_at`` (migration 0007: a row
  per person with visits, kept exact by triggers on ``visits``) — one primary-key
  lookup in a small table, where walking each person's visits on
  ``ix_visits_person_contact`` read a leaf page of a large index per person;
* the latest attendance is one seek along ``ix_attendance_person_held`` (person,
  day; the session's day is copied onto each attendance row, migration 0009).

Lists of overdue people first narrow the planned people down in SQL with
:func:`may_be_overdue` (the overdue rule on visits alone, through
:func:`kodoku_desk.models.frequency.overdue_before`), so that attendance and the
exact rule in Python are needed for a few hundred rows rather than for everyone.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, case, func, literal, select

from kodoku_desk.models.frequency import INTERVAL_DAYS, overdue_before

from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.places import attendance
from kodoku_desk.store.schema.visits import visit_latest

__all__ = ["CONFIRMED", "last_attended_on", "last_confirmed_visit_at", "may_be_overdue"]

#: 安否確認 value of a visit in which the person was actually reached.
CONFIRMED = "confirmed"


def last_confirmed_visit_at(person_id: ColumnElement = persons.c.id):
    """``visit_at`` (local ISO datetime text) of the person's latest confirmed visit, or NULL."""
    return (select(visit_latest.c.confirmed_at)
            .where(visit_latest.c.person_id == person_id).scalar_subquery())


def last_attended_on(today: date | ColumnElement, person_id: ColumnElement = persons.c.id):
    """``held_on`` (ISO date) of the latest 居場所 session up to ``today`` the person attended.

    ``today`` may be a bound parameter holding the ISO date (for prebuilt statements).
    """
    day = today.isoformat() if isinstance(today, date) else today
    return (select(func.max(attendance.c.held_on))
            .where(attendance.c.person_id == person_id, attendance.c.held_on <= day)
            .scalar_subquery())


def may_be_overdue(today: date, last_visit_at: ColumnElement,
                   visit_frequency: ColumnElement = persons.c.visit_frequency,
                   registered_on: ColumnElement = persons.c.registered_on,
                   created_at: ColumnElement = persons.c.created_at) -> ColumnElement:
    """True when the person would be overdue on ``today`` if visits were the only contact.

    The later of ``last_visit_at`` (latest confirmed visit) and the registration
    date (``created_at`` when missing) lies before ``overdue_before`` of the
    frequency; NULL (false) for 「随時」, no plan or an unknown code.  Attendance
    can only make the last contact later, so this is a superset of the overdue
    people: apply :func:`kodoku_desk.models.frequency.days_overdue` to the rows kept.
    """
    cutoffs = [(visit_frequency == code, literal(overdue_before(code, today).isoformat()))
               for code, days in INTERVAL_DAYS.items() if days]
    registered = func.substr(func.coalesce(func.nullif(registered_on, ""), created_at), 1, 10)
    visited = func.coalesce(func.substr(last_visit_at, 1, 10), "")
    return func.max(visited, registered) < case(*cutoffs, else_=None)
