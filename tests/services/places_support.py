"""Shared set-up for the 居場所 check-in, counting and stopped-coming tests: places,
sessions, attendance and walk-ins inserted directly (the places service is tested
on its own), people through the people service."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert, text

from kodoku_desk.models.person import Person
from kodoku_desk.services.people import register_person
from kodoku_desk.services.session import Session
from kodoku_desk.store.schema.places import attendance, place_sessions, places, walkins

TODAY = date(2026, 11, 27)
STAMP = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
         "created_by": None}
PLACE_TABLES = ("persons", "attendance", "walkins", "audit_log")


def _id() -> str:
    return str(uuid.uuid4())


def person(session: Session, family: str = "山田", given: str = "太郎", *,
           kana: tuple[str, str] = ("ヤマダ", "タロウ"), birth: date | None = None,
           kind: str = "client", status: str = "active") -> str:
    return register_person(session, Person(
        kind=kind, family_name=family, given_name=given, family_kana=kana[0],
        given_kana=kana[1], birth_date=birth, status=status,
        closed_on=date(2026, 6, 1) if status == "closed" else None,
        closure_reason="moved" if status == "closed" else None,
        registered_on=date(2024, 1, 1)), today=TODAY).id


def place(session: Session, name: str = "ひだまりサロン", kind: str = "salon",
          active: bool = True) -> str:
    pid = _id()
    with session.engine.begin() as conn:
        conn.execute(insert(places).values(id=pid, name=name, kind=kind, active=active, **STAMP))
    return pid


def held(session: Session, place_id: str, day: date, *, attendees: tuple[str, ...] = (),
         category: str = "senior", role: str = "participant", meals: int = 0,
         walkin: dict[str, int] | None = None, start: str = "10:00") -> str:
    """A session of ``place_id`` on ``day`` with these attendees and walk-ins."""
    sid = _id()
    with session.engine.begin() as conn:
        conn.execute(insert(place_sessions).values(
            id=sid, place_id=place_id, held_on=day.isoformat(), start_time=start,
            end_time="12:00", activity_form="salon", meals_served=meals, **STAMP))
        for pid in attendees:
            conn.execute(insert(attendance).values(
                id=_id(), session_id=sid, person_id=pid, category=category, role=role,
                checked_in_at=f"{day.isoformat()}T10:00", **STAMP))
        for cat, count in (walkin or {}).items():
            conn.execute(insert(walkins).values(session_id=sid, category=cat, count=count,
                                                **STAMP))
    return sid


def attend(session: Session, session_id: str, person_id: str, *, category: str = "senior",
           role: str = "participant") -> str:
    row_id = _id()
    with session.engine.begin() as conn:
        conn.execute(insert(attendance).values(id=row_id, session_id=session_id,
                                               person_id=person_id, category=category,
                                               role=role, **STAMP))
    return row_id


def counts(session: Session, tables: tuple[str, ...] = PLACE_TABLES) -> dict[str, int]:
    with session.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}


def table_rows(session: Session, table: str) -> list[tuple]:
    with session.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}")))
