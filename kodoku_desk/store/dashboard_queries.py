"""Aggregate queries behind the home screen (ホーム): counts for today and this month.

Dates are compared as ISO text: ``visit_at`` is a local ``YYYY-MM-DDTHH:MM[:SS]``
and dates are ``YYYY-MM-DD``, so a half-open range ``[start, end)`` of ISO dates
selects whole days.  ``scope_user_id`` limits person-based counts to the people
assigned to that user (volunteers see only their own people, DESIGN.md §1).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, and_, func, or_, select

from kodoku_desk.store.assignments_repo import assigned_person_ids
from kodoku_desk.store.contact_queries import CONFIRMED, last_attended_on, may_be_overdue
from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.places import attendance, place_sessions, walkins
from kodoku_desk.store.schema.visits import follow_ups, visit_latest, visits

__all__ = ["CONFIRMED", "ContactRow", "PlaceTotals", "contact_rows",
           "count_active_clients", "count_visits_between", "last_attendance",
           "open_follow_ups_by_urgency", "place_totals_between"]


class ContactRow(NamedTuple):
    """An active 当事者 that ホーム has to look at (see :func:`contact_rows`)."""

    person_id: str
    family_name: str
    given_name: str
    visit_frequency: str | None
    registered_on: str | None    # ISO date, may be missing on imported rows
    created_at: str              # ISO timestamp, fallback for registered_on
    last_visit_at: str | None    # the latest visit with 本人確認できた
    last_next_due: str | None    # 次回予定日 of the latest visit (any 安否確認)
    may_be_overdue: bool         # overdue on visits alone (attendance not yet checked)


def _active_clients(scope_user_id: str | None, today: date):
    condition = and_(persons.c.kind == "client", persons.c.status == "active")
    if scope_user_id is not None:
        condition = and_(condition, persons.c.id.in_(assigned_person_ids(scope_user_id, today)))
    return condition


def count_active_clients(conn: Connection, today: date, scope_user_id: str | None = None) -> int:
    query = select(func.count()).select_from(persons).where(_active_clients(scope_user_id, today))
    return int(conn.execute(query).scalar() or 0)


def contact_rows(conn: Connection, today: date,
                 scope_user_id: str | None = None, *, planned_until: date | None = None,
                 ) -> list[ContactRow]:
    """The active 当事者 whose latest visit plans the next one between ``today`` and
    ``planned_until`` (default: today), and those who may be overdue (:func:`~kodoku_desk.store.contact_queries.may_be_overdue`).

    Each person's latest visit and latest confirmed visit come from ``visit_latest``
    (one primary-key lookup per person; see :mod:`.contact_queries`), and only the
    few rows that matter leave SQLite.
    """
    latest = visit_latest
    due_soon = and_(latest.c.next_due >= today.isoformat(),
                    latest.c.next_due <= (planned_until or today).isoformat())
    late = may_be_overdue(today, latest.c.confirmed_at)
    query = (select(persons.c.id, persons.c.family_name, persons.c.given_name,
                    persons.c.visit_frequency, persons.c.registered_on, persons.c.created_at,
                    latest.c.confirmed_at, latest.c.next_due, late)
             .select_from(persons.outerjoin(latest, latest.c.person_id == persons.c.id))
             .where(_active_clients(scope_user_id, today), or_(due_soon, late)))
    return [ContactRow(*row[:7], row[7] or None, bool(row[8])) for row in conn.execute(query)]


def _chunks(ids: list[str], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def last_attendance(conn: Connection, person_ids: list[str], today: date) -> dict[str, str]:
    """person id → latest ``held_on`` (up to today) of any session they attended."""
    found: dict[str, str] = {}
    for chunk in _chunks(person_ids):
        query = select(persons.c.id, last_attended_on(today)).where(persons.c.id.in_(chunk))
        found.update({pid: day for pid, day in conn.execute(query) if day})
    return found


def count_visits_between(conn: Connection, start: date, end: date, today: date,
                         scope_user_id: str | None = None) -> int:
    """見守り records with ``start <= visit day < end`` (any person, or the user's people)."""
    query = select(func.count()).select_from(visits).where(
        visits.c.visit_at >= start.isoformat(), visits.c.visit_at < end.isoformat())
    if scope_user_id is not None:
        query = query.where(visits.c.person_id.in_(
            select(persons.c.id).where(_active_clients(scope_user_id, today))))
    return int(conn.execute(query).scalar() or 0)


def open_follow_ups_by_urgency(conn: Connection, today: date,
                               scope_user_id: str | None = None) -> dict[str, int]:
    """Open follow-ups counted per urgency code (high / normal / low)."""
    query = (select(follow_ups.c.urgency, func.count())
             .where(follow_ups.c.status == "open")
             .group_by(follow_ups.c.urgency))
    if scope_user_id is not None:
        query = query.where(follow_ups.c.person_id.in_(
            select(persons.c.id).where(_active_clients(scope_user_id, today))))
    return {urgency: int(count) for urgency, count in conn.execute(query)}


class PlaceTotals(NamedTuple):
    sessions: int      # 開催回数
    participants: int  # registered participants (延べ, role = participant)
    walkins: int       # anonymous walk-ins (延べ)


def place_totals_between(conn: Connection, start: date, end: date) -> PlaceTotals:
    """居場所 sessions held in ``[start, end)`` and their attendance."""
    in_range = and_(place_sessions.c.held_on >= start.isoformat(),
                    place_sessions.c.held_on < end.isoformat())
    sessions = conn.execute(
        select(func.count()).select_from(place_sessions).where(in_range)).scalar() or 0
    held = select(place_sessions.c.id).where(in_range)
    participants = conn.execute(
        select(func.count()).select_from(attendance).where(
            attendance.c.session_id.in_(held), attendance.c.role == "participant")).scalar() or 0
    walkin_total = conn.execute(
        select(func.coalesce(func.sum(walkins.c.count), 0)).where(
            walkins.c.session_id.in_(held))).scalar() or 0
    return PlaceTotals(int(sessions), int(participants), int(walkin_total))
