"""The check-in search at a 居場所 door, and what the screen shows about each person found.

Names match as in the 当事者 list (``instr`` on the normalised ``search_key``,
read along ``ix_persons_list`` in 五十音順).  People who have been to this place
come first (their ids come from the place's sessions, ``ix_place_sessions_place_held``,
and ``uq_attendance_session_id_person_id`` — index only), then everyone else.
Only the columns needed to greet and categorise a person are read: names,
readings and the birth date (for the suggested 参加者区分, never returned by
the service).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, exists, func, literal_column, or_, select

from kodoku_desk.models.kana import SEARCH_KEY_SEPARATOR, fold_variants
from kodoku_desk.models.person_list import QueryKind, SearchQuery
from kodoku_desk.store import assignments_repo
from kodoku_desk.store.people_queries import _text_condition as text_condition
from kodoku_desk.store.people_queries import folded_search_key
from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.places import attendance, place_sessions

__all__ = ["CandidateRecord", "HistoryRecord", "VISIBLE_STATUSES", "place_history",
           "recent_recorded_sessions", "search"]

#: Statuses found at the door (終了 people are not offered; staff can reopen them).
VISIBLE_STATUSES = ("active", "paused")


class CandidateRecord(NamedTuple):
    id: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: str | None
    sort_key: str


class HistoryRecord(NamedTuple):
    """One attendance of a found person at this place, up to the session day."""

    attendance_id: str
    person_id: str
    session_id: str
    held_on: str
    category: str
    role: str


_COLUMNS = (persons.c.id, persons.c.family_name, persons.c.given_name, persons.c.family_kana,
            persons.c.given_kana, persons.c.birth_date, persons.c.sort_key)


def _place_people(place_id: str, day: date):
    """SELECT of the ids of everyone who attended a session of the place up to ``day``."""
    return (select(attendance.c.person_id)
            .select_from(place_sessions.join(attendance,
                                             attendance.c.session_id == place_sessions.c.id))
            .where(place_sessions.c.place_id == place_id,
                   place_sessions.c.held_on <= day.isoformat()))


def _came_to_place(place_id: str):
    a2, s2 = attendance.alias("a2"), place_sessions.alias("s2")
    return exists(select(literal_column("1")).select_from(a2.join(s2, s2.c.id == a2.c.session_id))
                  .where(a2.c.person_id == persons.c.id, s2.c.place_id == place_id))


def _volunteer_may_find(query: SearchQuery, place_id: str, user_id: str, today: date):
    """Condition on persons: who a volunteer can find at the door (see services.checkin)."""
    options = [persons.c.kind == "participant",
               persons.c.id.in_(assignments_repo.assigned_person_ids(user_id, today)),
               _came_to_place(place_id)]
    if query.kind is QueryKind.NAME:  # anyone, by the whole name or the whole reading
        whole = SEARCH_KEY_SEPARATOR + fold_variants(query.text) + SEARCH_KEY_SEPARATOR
        options.append(func.instr(folded_search_key(query.text), whole) > 0)
    return or_(*options)


def search(conn: Connection, query: SearchQuery, *, place_id: str, day: date, today: date,
           limit: int, scope_user_id: str | None = None) -> list[CandidateRecord]:
    """People matching ``query``: first those who came to the place (五十音順), then the rest.

    An empty query lists only the place's people; ``scope_user_id`` (a volunteer)
    limits "the rest" as :func:`_volunteer_may_find` says.
    """
    if query.kind is QueryKind.TOO_SHORT or limit <= 0:
        return []
    conditions = [persons.c.status.in_(VISIBLE_STATUSES)]
    text = text_condition(query)
    if text is not None:
        conditions.append(text)
    order = (persons.c.sort_key, persons.c.person_code)
    found = [CandidateRecord(*row) for row in conn.execute(
        select(*_COLUMNS).where(*conditions, persons.c.id.in_(_place_people(place_id, day)))
        .order_by(*order).limit(limit))]
    if query.kind is QueryKind.ALL or len(found) >= limit:
        return found
    if scope_user_id is not None:
        conditions.append(_volunteer_may_find(query, place_id, scope_user_id, today))
    seen = {r.id for r in found}
    for row in conn.execute(select(*_COLUMNS).where(*conditions).order_by(*order)
                            .limit(limit + len(found))):
        if row.id not in seen and len(found) < limit:
            found.append(CandidateRecord(*row))
    return found


def place_history(conn: Connection, person_ids: Iterable[str], place_id: str,
                  day: date) -> list[HistoryRecord]:
    """Attendance of these people at the place up to ``day``, newest first."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    query = (select(attendance.c.id, attendance.c.person_id, attendance.c.session_id, place_sessions.c.held_on,
                    attendance.c.category, attendance.c.role)
             .select_from(attendance.join(place_sessions,
                                          place_sessions.c.id == attendance.c.session_id))
             .where(attendance.c.person_id.in_(ids), place_sessions.c.place_id == place_id,
                    place_sessions.c.held_on <= day.isoformat())
             .order_by(place_sessions.c.held_on.desc()))
    return [HistoryRecord(*row) for row in conn.execute(query)]


def recent_recorded_sessions(conn: Connection, place_id: str, before: date,
                             count: int) -> list[str]:
    """Ids of the place's ``count`` latest sessions held before ``before`` that have
    attendance (the sessions the 常連 rule looks at), newest first."""
    taken = exists(select(literal_column("1")).where(
        attendance.c.session_id == place_sessions.c.id))
    return list(conn.execute(
        select(place_sessions.c.id)
        .where(place_sessions.c.place_id == place_id,
               place_sessions.c.held_on < before.isoformat(), taken)
        .order_by(place_sessions.c.held_on.desc(), place_sessions.c.start_time.desc(),
                  place_sessions.c.id.desc()).limit(count)).scalars())
