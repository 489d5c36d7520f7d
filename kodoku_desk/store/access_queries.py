"""Small indexed look-ups the record services need before they write or read.

Who may see a person (volunteers: only the people assigned to them, DESIGN.md §1),
the person's primary worker, and the few person columns a visit needs.  Whether
an assignment is current is decided in one place, :mod:`.assignments_repo`
(re-exported here: :func:`is_assigned`, :func:`assigned_person_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, select

from kodoku_desk.store.assignments_repo import assigned_person_ids, is_assigned, is_current
from kodoku_desk.store.schema.admin import users
from kodoku_desk.store.schema.people import person_assignments, persons

__all__ = ["PersonBrief", "active_user_ids", "assigned_person_ids", "is_assigned", "person_brief",
           "primary_assignee", "user_names"]


class PersonBrief(NamedTuple):
    """The person columns a visit or a timeline needs (one primary-key read)."""

    id: str
    person_code: str
    name: str
    kind: str
    status: str
    visit_frequency: str | None


def person_brief(conn: Connection, person_id: str) -> PersonBrief | None:
    row = conn.execute(select(
        persons.c.id, persons.c.person_code, persons.c.family_name, persons.c.given_name,
        persons.c.kind, persons.c.status, persons.c.visit_frequency,
    ).where(persons.c.id == person_id)).first()
    if row is None:
        return None
    name = f"{row.family_name} {row.given_name}".strip()
    return PersonBrief(row.id, row.person_code, name, row.kind, row.status, row.visit_frequency)


def primary_assignee(conn: Connection, person_id: str, today: date) -> str | None:
    """The user id of the person's current primary worker (the latest started), if any."""
    return conn.execute(select(person_assignments.c.user_id).where(
        person_assignments.c.person_id == person_id,
        person_assignments.c.assignment_role == "primary", is_current(today))
        .order_by(person_assignments.c.start_on.desc()).limit(1)).scalar()


def active_user_ids(conn: Connection, user_ids: Iterable[str]) -> set[str]:
    """The ids among ``user_ids`` that belong to active accounts."""
    wanted = sorted({u for u in user_ids if u})
    if not wanted:
        return set()
    return set(conn.execute(select(users.c.id).where(
        users.c.id.in_(wanted), users.c.active.is_(True))).scalars())


def user_names(conn: Connection, user_ids: Iterable[str]) -> dict[str, str]:
    """user id → display name."""
    wanted = sorted({u for u in user_ids if u})
    if not wanted:
        return {}
    return dict(conn.execute(select(users.c.id, users.c.display_name)
                             .where(users.c.id.in_(wanted))).all())
