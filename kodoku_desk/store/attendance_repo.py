"""attendance (参加) and walkins (匿名参加者数) of one session: rows in, models out.

Reads of one session go through ``uq_attendance_session_id_person_id``
(session_id, person_id) and the walk-ins' primary key; "has this person been
to this place before" walks the person's attendance before that day along
``ix_attendance_person_held`` and reads each of those sessions by primary key.
``checked_in_at`` is local time to the minute (as every stored datetime).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Connection, delete, exists, insert, literal_column, select, update

from kodoku_desk.models.places import Attendance, PlaceSession
from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.places import attendance, place_sessions, places, walkins

__all__ = ["CheckinPerson", "RosterRecord", "SessionBrief", "StoredAttendance", "attended_before",
           "checkin_person", "delete_attendance", "find_attendance", "get_attendance", "get_session",
           "insert_attendance", "last_category_at", "roster", "set_walkin", "walkin_counts"]

_ROWID = literal_column("attendance.rowid")


class SessionBrief(NamedTuple):
    """A session with the name and kind of its place."""

    session: PlaceSession
    place_name: str
    place_kind: str


class StoredAttendance(NamedTuple):
    attendance: Attendance
    created_by: str | None


class RosterRecord(NamedTuple):
    """One checked-in person of a session (no contact or health data)."""

    attendance_id: str
    person_id: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    category: str
    role: str
    checked_in_at: str | None
    first_time: bool  # no attendance (any role) at this place on an earlier day


def get_session(conn: Connection, session_id: str) -> SessionBrief | None:
    row = conn.execute(
        select(place_sessions, places.c.name.label("place_name"),
               places.c.kind.label("place_kind"))
        .select_from(place_sessions.join(places, places.c.id == place_sessions.c.place_id))
        .where(place_sessions.c.id == session_id)).mappings().first()
    if row is None:
        return None
    return SessionBrief(from_row(PlaceSession, row), row["place_name"], row["place_kind"])


def insert_attendance(conn: Connection, item: Attendance, user_id: str | None) -> Attendance:
    """Insert ``item`` (a new id unless it has one); returns it as stored."""
    now = now_iso()
    stored = replace(item, id=item.id or str(uuid.uuid4()))
    if isinstance(stored.checked_in_at, datetime):
        stored = replace(stored, checked_in_at=stored.checked_in_at.replace(second=0,
                                                                            microsecond=0))
    conn.execute(insert(attendance).values(**to_row(stored), created_at=now, updated_at=now,
                                           created_by=user_id))
    return stored


def get_attendance(conn: Connection, attendance_id: str) -> StoredAttendance | None:
    row = conn.execute(select(attendance).where(attendance.c.id == attendance_id)).mappings().first()
    return StoredAttendance(from_row(Attendance, row), row["created_by"]) if row else None


def find_attendance(conn: Connection, session_id: str, person_id: str) -> Attendance | None:
    """The person's attendance of the session, if any (unique index)."""
    row = conn.execute(select(attendance).where(attendance.c.session_id == session_id,
                                                attendance.c.person_id == person_id)
                       ).mappings().first()
    return from_row(Attendance, row) if row else None


def delete_attendance(conn: Connection, attendance_id: str) -> bool:
    return conn.execute(delete(attendance).where(attendance.c.id == attendance_id)).rowcount > 0


def _earlier_at_place(person_id, place_id: str, before: date):
    """EXISTS: ``person_id`` attended (in any role) a session of ``place_id`` held before
    ``before`` — their attendance before that day along ``ix_attendance_person_held``,
    then each of those sessions' place by primary key."""
    a2, s2 = attendance.alias("a2"), place_sessions.alias("s2")
    place = select(s2.c.place_id).where(s2.c.id == a2.c.session_id).scalar_subquery()
    return exists(select(literal_column("1")).select_from(a2)
                  .where(a2.c.person_id == person_id, a2.c.held_on < before.isoformat(),
                         place == place_id))


def roster(conn: Connection, session_id: str, place_id: str, held_on: date) -> list[RosterRecord]:
    """Everyone checked in to the session, newest check-in first."""
    query = (select(attendance.c.id, attendance.c.person_id, persons.c.family_name,
                    persons.c.given_name, persons.c.family_kana, persons.c.given_kana,
                    attendance.c.category, attendance.c.role, attendance.c.checked_in_at,
                    ~_earlier_at_place(attendance.c.person_id, place_id, held_on))
             .select_from(attendance.join(persons, persons.c.id == attendance.c.person_id))
             .where(attendance.c.session_id == session_id)
             .order_by(attendance.c.checked_in_at.desc(), _ROWID.desc()))
    return [RosterRecord(*row[:-1], bool(row[-1])) for row in conn.execute(query)]


def attended_before(conn: Connection, person_id: str, place_id: str, before: date) -> bool:
    """True when the person came to this place (in any role) on a day before ``before``."""
    return bool(conn.execute(select(_earlier_at_place(person_id, place_id, before))).scalar())


def last_category_at(conn: Connection, person_id: str, place_id: str,
                     on_or_before: date) -> str | None:
    """参加者区分 of the person's latest attendance at the place up to the day."""
    return conn.execute(
        select(attendance.c.category)
        .select_from(attendance.join(place_sessions,
                                     place_sessions.c.id == attendance.c.session_id))
        .where(attendance.c.person_id == person_id, place_sessions.c.place_id == place_id,
               place_sessions.c.held_on <= on_or_before.isoformat())
        .order_by(place_sessions.c.held_on.desc()).limit(1)).scalar()


def walkin_counts(conn: Connection, session_id: str) -> dict[str, int]:
    """参加者区分 → 匿名参加者数 of the session (categories with a count above 0)."""
    rows = conn.execute(select(walkins.c.category, walkins.c.count)
                        .where(walkins.c.session_id == session_id, walkins.c.count > 0))
    return {category: count for category, count in rows}


def set_walkin(conn: Connection, session_id: str, category: str, count: int,
               user_id: str | None) -> None:
    """Store the count (insert or update); a count of 0 removes the row."""
    key = (walkins.c.session_id == session_id, walkins.c.category == category)
    if count <= 0:
        conn.execute(delete(walkins).where(*key))
        return
    now = now_iso()
    done = conn.execute(update(walkins).where(*key).values(count=count, updated_at=now))
    if done.rowcount == 0:
        conn.execute(insert(walkins).values(session_id=session_id, category=category,
                                            count=count, created_at=now, updated_at=now,
                                            created_by=user_id))


class CheckinPerson(NamedTuple):
    id: str
    name: str
    birth_date: str | None


def checkin_person(conn: Connection, person_id: str) -> CheckinPerson | None:
    """The few person columns a check-in needs (primary-key read)."""
    row = conn.execute(select(persons.c.id, persons.c.family_name, persons.c.given_name,
                              persons.c.birth_date).where(persons.c.id == person_id)).first()
    if row is None:
        return None
    return CheckinPerson(row.id, " ".join(p for p in (row.family_name, row.given_name) if p),
                         row.birth_date)
