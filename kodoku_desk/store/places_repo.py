"""places and place_sessions (開催): rows in, :mod:`models.places` dataclasses out.

Dates are ISO text (``2026-04-14``), times ``HH:MM``; the schedule stays JSON
text (read it with :class:`~kodoku_desk.models.schedule.Schedule`).  Session
reads of one place go through ``ix_place_sessions_place_held``, reads of one
day through ``ix_place_sessions_held``.  Attendance and walk-ins belong to the
check-in module; here they are only counted, to know whether a session may be
deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time
from typing import NamedTuple

from sqlalchemy import Connection, delete, exists, insert, select, update

from kodoku_desk.models.kana import search_key
from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.places import attendance, place_sessions, places, walkins

__all__ = ["DayRow", "delete_session", "existing_dates", "get_place", "get_session",
           "insert_place", "insert_session", "insert_sessions", "latest_before", "list_places",
           "session_author", "session_has_records", "sessions_at", "sessions_of_place",
           "sessions_on", "update_place", "update_session"]


class DayRow(NamedTuple):
    """A session of one day with what a picker shows about its place."""

    session: PlaceSession
    place_name: str
    place_kind: str


def _stamps(user_id: str | None) -> dict[str, object]:
    now = now_iso()
    return {"created_at": now, "updated_at": now, "created_by": user_id}


def _place(row) -> Place:
    return from_row(Place, row, active=bool(row["active"]))


# ---------------------------------------------------------------- places

def insert_place(conn: Connection, place: Place, user_id: str | None) -> Place:
    stored = replace(place, id=place.id or str(uuid.uuid4()))
    conn.execute(insert(places).values(**to_row(stored), **_stamps(user_id)))
    return stored


def update_place(conn: Connection, place: Place) -> None:
    conn.execute(update(places).where(places.c.id == place.id)
                 .values(**to_row(place, exclude=("id",)), updated_at=now_iso()))


def get_place(conn: Connection, place_id: str) -> Place | None:
    row = conn.execute(select(places).where(places.c.id == place_id)).mappings().first()
    return _place(row) if row is not None else None


def list_places(conn: Connection, *, active_only: bool = True) -> list[Place]:
    """Active places first, then by name read as kana (カタカナ and ひらがな sort together).

    An organisation has a handful to a few dozen places: sorting in Python is fine.
    """
    query = select(places)
    if active_only:
        query = query.where(places.c.active.is_(True))
    found = [_place(r) for r in conn.execute(query).mappings()]
    return sorted(found, key=lambda p: (not p.active, search_key(p.name), p.name, p.id or ""))


# ---------------------------------------------------------------- sessions

def insert_session(conn: Connection, held: PlaceSession, user_id: str | None) -> PlaceSession:
    stored = replace(held, id=held.id or str(uuid.uuid4()))
    conn.execute(insert(place_sessions).values(**to_row(stored), **_stamps(user_id)))
    return stored


def insert_sessions(conn: Connection, items: list[PlaceSession],
                    user_id: str | None) -> list[PlaceSession]:
    """Insert many (one executemany); return them with ids."""
    stored = [replace(s, id=s.id or str(uuid.uuid4())) for s in items]
    if stored:
        stamps = _stamps(user_id)
        conn.execute(insert(place_sessions), [{**to_row(s), **stamps} for s in stored])
    return stored


def update_session(conn: Connection, held: PlaceSession) -> None:
    conn.execute(update(place_sessions).where(place_sessions.c.id == held.id)
                 .values(**to_row(held, exclude=("id",)), updated_at=now_iso()))


def get_session(conn: Connection, session_id: str) -> PlaceSession | None:
    row = conn.execute(select(place_sessions).where(place_sessions.c.id == session_id)
                       ).mappings().first()
    return from_row(PlaceSession, row) if row is not None else None


def session_author(conn: Connection, session_id: str) -> str | None:
    """The user id that created the session (None if unknown)."""
    return conn.execute(select(place_sessions.c.created_by)
                        .where(place_sessions.c.id == session_id)).scalar()


def session_has_records(conn: Connection, session_id: str) -> bool:
    """True when anyone was checked in or any walk-in was counted (even a zero row)."""
    checked_in = exists().where(attendance.c.session_id == session_id)
    counted = exists().where(walkins.c.session_id == session_id)
    return bool(conn.execute(select(checked_in | counted)).scalar())


def delete_session(conn: Connection, session_id: str) -> int:
    return conn.execute(delete(place_sessions).where(place_sessions.c.id == session_id)).rowcount


def sessions_of_place(conn: Connection, place_id: str, start: date | None = None,
                      end: date | None = None) -> list[PlaceSession]:
    """The place's sessions from ``start`` to ``end`` (both included, None = open), oldest first."""
    query = select(place_sessions).where(place_sessions.c.place_id == place_id)
    if start is not None:
        query = query.where(place_sessions.c.held_on >= start.isoformat())
    if end is not None:
        query = query.where(place_sessions.c.held_on <= end.isoformat())
    query = query.order_by(place_sessions.c.held_on, place_sessions.c.start_time,
                           place_sessions.c.id)
    return [from_row(PlaceSession, r) for r in conn.execute(query).mappings()]


def sessions_at(conn: Connection, place_id: str, day: date) -> list[PlaceSession]:
    """The place's sessions on ``day`` (usually none or one)."""
    return sessions_of_place(conn, place_id, day, day)


def latest_before(conn: Connection, place_id: str, day: date) -> PlaceSession | None:
    """The place's most recent session before ``day`` (for defaults such as the fee)."""
    row = conn.execute(select(place_sessions)
                       .where(place_sessions.c.place_id == place_id,
                              place_sessions.c.held_on < day.isoformat())
                       .order_by(place_sessions.c.held_on.desc(),
                                 place_sessions.c.start_time.desc())
                       .limit(1)).mappings().first()
    return from_row(PlaceSession, row) if row is not None else None


def existing_dates(conn: Connection, place_id: str, start: date, end: date) -> set[date]:
    """Days from ``start`` to ``end`` on which the place already has a session."""
    query = (select(place_sessions.c.held_on).distinct()
             .where(place_sessions.c.place_id == place_id,
                    place_sessions.c.held_on >= start.isoformat(),
                    place_sessions.c.held_on <= end.isoformat()))
    return {date.fromisoformat(v) for v in conn.execute(query).scalars()}


def sessions_on(conn: Connection, day: date, *, active_only: bool = False) -> list[DayRow]:
    """Every place's sessions on ``day``, by start time then place name (the check-in picker)."""
    query = (select(place_sessions, places.c.name.label("place_name"),
                    places.c.kind.label("place_kind"))
             .select_from(place_sessions.join(places, places.c.id == place_sessions.c.place_id))
             .where(place_sessions.c.held_on == day.isoformat()))
    if active_only:
        query = query.where(places.c.active.is_(True))
    rows = conn.execute(query).mappings().all()
    found = [DayRow(from_row(PlaceSession, r), r["place_name"], r["place_kind"]) for r in rows]
    return sorted(found, key=lambda d: (d.session.start_time is None,
                                        d.session.start_time or time.min,
                                        search_key(d.place_name), d.session.id or ""))
