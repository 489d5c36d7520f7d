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

from kodoku_desk.store.schema.people import person_assignments, persons
from kodoku_desk.store.schema.places import attendance, place_sessions, walkins
from kodoku_desk.store.schema.visits import follow_ups, visits

#: 安否確認 value of a visit in which the person was actually reached.
CONFIRMED = "confirmed"


class ContactRow(NamedTuple):
    """One active 当事者 with what the overdue and planned-today rules need."""

    person_id: str
    family_name: str
    given_name: str
    visit_frequency: str | None
    registered_on: str | None   # ISO date, may be missing on imported rows
    created_at: str             # ISO timestamp, fallback for registered_on
    last_confirmed_at: str | None  # latest visit with 本人確認できた
    last_attended_on: str | None   # latest 居場所 session attended as a participant
    last_next_due: str | None      # 次回予定日 of the latest visit


def _active_clients(scope_user_id: str | None, today: date):
    condition = and_(persons.c.kind == "client", persons.c.status == "active")
    if scope_user_id is not None:
        assigned = select(person_assignments.c.person_id).where(
            person_assignments.c.user_id == scope_user_id,
            or_(person_assignments.c.end_on.is_(None),
                person_assignments.c.end_on >= today.isoformat()))
        condition = and_(condition, persons.c.id.in_(assigned))
    return condition


def count_active_clients(conn: Connection, today: date, scope_user_id: str | None = None) -> int:
    query = select(func.count()).select_from(persons).where(_active_clients(scope_user_id, today))
    return int(conn.execute(query).scalar() or 0)


def contact_rows(conn: Connection, today: date,
                 scope_user_id: str | None = None) -> list[ContactRow]:
    """Every active 当事者 with their latest confirmed contact, attendance and plan.

    Each subquery walks the (person_id, visit_at) index backwards and stops at
    the first match, so the cost grows with the number of people, not visits.
    """
    last_confirmed = (
        select(visits.c.visit_at)
        .where(visits.c.person_id == persons.c.id, visits.c.safety_check == CONFIRMED)
        .order_by(visits.c.visit_at.desc()).limit(1).scalar_subquery())
    last_next_due = (
        select(visits.c.next_due)
        .where(visits.c.person_id == persons.c.id)
        .order_by(visits.c.visit_at.desc()).limit(1).scalar_subquery())
    last_attended = (
        select(func.max(place_sessions.c.held_on))
        .select_from(attendance.join(place_sessions,
                                     place_sessions.c.id == attendance.c.session_id))
        .where(attendance.c.person_id == persons.c.id, attendance.c.role == "participant")
        .scalar_subquery())
    query = select(
        persons.c.id, persons.c.family_name, persons.c.given_name, persons.c.visit_frequency,
        persons.c.registered_on, persons.c.created_at,
        last_confirmed.label("last_confirmed_at"), last_attended.label("last_attended_on"),
        last_next_due.label("last_next_due"),
    ).where(_active_clients(scope_user_id, today)).order_by(persons.c.sort_key, persons.c.id)
    return [ContactRow(*row) for row in conn.execute(query)]


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
