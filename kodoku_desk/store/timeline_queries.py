"""Person-page reads that have no repository of their own yet (居場所 attendance)."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Connection, select

from kodoku_desk.store.schema.places import attendance, place_sessions, places


class AttendanceRow(NamedTuple):
    id: str
    held_on: str           # ISO date
    start_time: str | None  # HH:MM
    place_name: str
    place_kind: str
    role: str
    category: str


def attendance_for_person(conn: Connection, person_id: str, *, limit: int) -> list[AttendanceRow]:
    """The person's 居場所 attendance, newest first (index on attendance.person_id)."""
    query = (select(attendance.c.id, place_sessions.c.held_on, place_sessions.c.start_time,
                    places.c.name, places.c.kind, attendance.c.role, attendance.c.category)
             .select_from(attendance
                          .join(place_sessions, place_sessions.c.id == attendance.c.session_id)
                          .join(places, places.c.id == place_sessions.c.place_id))
             .where(attendance.c.person_id == person_id)
             .order_by(place_sessions.c.held_on.desc(), place_sessions.c.start_time.desc())
             .limit(limit))
    return [AttendanceRow(*row) for row in conn.execute(query)]
