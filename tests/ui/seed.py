"""Insert a few rows for dashboard and home-screen tests (persons through the repository;
visits, follow-ups and 居場所 rows directly until their repositories exist)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert

from kodoku_desk.models.person import Person
from kodoku_desk.store import persons_repo
from kodoku_desk.store.schema.people import person_assignments
from kodoku_desk.store.schema.places import attendance, place_sessions, places, walkins
from kodoku_desk.store.schema.visits import follow_ups, visits

STAMP = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
         "created_by": None}


def _id() -> str:
    return str(uuid.uuid4())


def person(conn, family: str, given: str = "", *, frequency: str | None = "monthly",
           registered: date = date(2026, 1, 1), status: str = "active",
           kind: str = "client") -> str:
    return persons_repo.insert_person(conn, Person(
        kind=kind, family_name=family, given_name=given, visit_frequency=frequency,
        status=status, registered_on=registered), user_id=None)


def visit(conn, person_id: str, day: date, *, safety: str = "confirmed",
          method: str = "visit_met", next_due: date | None = None, hour: int = 10) -> str:
    vid = _id()
    conn.execute(insert(visits).values(
        id=vid, person_id=person_id, visit_at=f"{day.isoformat()}T{hour:02d}:00", method=method,
        safety_check=safety, response_level=0, follow_up_requested=False,
        next_due=next_due.isoformat() if next_due else None, **STAMP))
    return vid


def follow_up(conn, person_id: str, *, urgency: str = "normal", status: str = "open",
              opened: date = date(2026, 1, 1)) -> str:
    fid = _id()
    conn.execute(insert(follow_ups).values(
        id=fid, person_id=person_id, opened_on=opened.isoformat(), urgency=urgency,
        status=status, **STAMP))
    return fid


def place(conn, name: str = "ひだまりサロン", kind: str = "salon") -> str:
    pid = _id()
    conn.execute(insert(places).values(id=pid, name=name, kind=kind, active=True, **STAMP))
    return pid


def place_session(conn, place_id: str, day: date, *, attendees: tuple[str, ...] = (),
                  walkin_count: int = 0) -> str:
    sid = _id()
    conn.execute(insert(place_sessions).values(
        id=sid, place_id=place_id, held_on=day.isoformat(), activity_form="in_person",
        meals_served=0, **STAMP))
    for person_id in attendees:
        conn.execute(insert(attendance).values(
            id=_id(), session_id=sid, person_id=person_id, category="older_adult",
            role="participant", **STAMP))
    if walkin_count:
        conn.execute(insert(walkins).values(session_id=sid, category="adult",
                                            count=walkin_count, **STAMP))
    return sid


def assign(conn, person_id: str, user_id: str) -> None:
    conn.execute(insert(person_assignments).values(
        id=_id(), person_id=person_id, user_id=user_id, assignment_role="volunteer", **STAMP))
