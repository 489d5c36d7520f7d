"""person_assignments: which workers (staff or volunteers) look after which person.

An assignment is *current* on a day when it has started (``start_on`` empty or
on/before that day) and not ended (``end_on`` empty or after that day:
``end_on`` is the first day without the assignment, so ending it "today"
takes the person off the worker's list at once).  Volunteers see only the
people currently assigned to them (DESIGN.md §1); :func:`assigned_person_ids`
is the one place that says so, for every query that applies that scope.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, Connection, and_, insert, or_, select, update

from kodoku_desk.models.person_detail import Assignment
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import users
from kodoku_desk.store.schema.people import person_assignments

pa = person_assignments

#: Display order of assignment roles (primary first).
ROLE_ORDER = ("primary", "volunteer", "backup")


def is_current(today: date | ColumnElement):
    """SQL condition: the assignment row is current on ``today`` (a date, or a bound
    parameter holding the ISO date)."""
    day = today.isoformat() if isinstance(today, date) else today
    return and_(or_(pa.c.start_on.is_(None), pa.c.start_on <= day),
                or_(pa.c.end_on.is_(None), pa.c.end_on > day))


def assigned_person_ids(user_id: str, today: date):
    """SELECT of the ids of the people currently assigned to ``user_id`` (for ``IN``)."""
    return select(pa.c.person_id).where(pa.c.user_id == user_id, is_current(today))


def is_assigned(conn: Connection, person_id: str, user_id: str, today: date) -> bool:
    query = select(pa.c.id).where(pa.c.person_id == person_id, pa.c.user_id == user_id,
                                  is_current(today)).limit(1)
    return conn.execute(query).first() is not None


def _assignment(row) -> Assignment:
    return Assignment(id=row.id, person_id=row.person_id, user_id=row.user_id,
                      role=row.assignment_role,
                      start_on=date.fromisoformat(row.start_on) if row.start_on else None,
                      end_on=date.fromisoformat(row.end_on) if row.end_on else None,
                      worker_name=row.display_name or "", worker_role=row.role or "")


def _select():
    return (select(pa.c.id, pa.c.person_id, pa.c.user_id, pa.c.assignment_role, pa.c.start_on,
                   pa.c.end_on, users.c.display_name, users.c.role)
            .select_from(pa.outerjoin(users, users.c.id == pa.c.user_id)))


def get(conn: Connection, assignment_id: str) -> Assignment | None:
    row = conn.execute(_select().where(pa.c.id == assignment_id)).first()
    return _assignment(row) if row else None


def for_person(conn: Connection, person_id: str) -> list[Assignment]:
    """Every assignment of the person, current and past (the caller sorts)."""
    return [_assignment(r) for r in conn.execute(_select().where(pa.c.person_id == person_id))]


def insert_assignment(conn: Connection, a: Assignment, created_by: str | None) -> str:
    now = now_iso()
    assignment_id = a.id or str(uuid.uuid4())
    conn.execute(insert(pa).values(
        id=assignment_id, person_id=a.person_id, user_id=a.user_id, assignment_role=a.role,
        start_on=a.start_on.isoformat() if a.start_on else None,
        end_on=a.end_on.isoformat() if a.end_on else None,
        created_at=now, updated_at=now, created_by=created_by))
    return assignment_id


def set_end(conn: Connection, assignment_id: str, end_on: date) -> None:
    conn.execute(update(pa).where(pa.c.id == assignment_id).values(
        end_on=end_on.isoformat(), updated_at=now_iso()))
