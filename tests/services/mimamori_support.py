"""Shared set-up for the 見守り record service tests: people, users, assignments, counts,
and a recorder of the SQL a use case runs (to check it uses indexes)."""

from __future__ import annotations

import dataclasses
import re
import uuid
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event, insert, text

from kodoku_desk.models.person import Person
from kodoku_desk.services.people import register_person
from kodoku_desk.services.session import CurrentUser, Session
from kodoku_desk.store import users_repo
from kodoku_desk.store.schema.people import person_assignments
from kodoku_desk.store.schema.places import attendance, place_sessions, places

TODAY = date(2026, 11, 27)
STAMP = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
         "created_by": None}
RECORD_TABLES = ("visits", "visit_visitors", "visit_signs", "visit_actions", "follow_ups",
                 "assessments", "referrals", "organizations", "audit_log")


def person(session: Session, family: str = "山田", given: str = "太郎", *,
           frequency: str | None = "weekly", kana: tuple[str, str] = ("ヤマダ", "タロウ")) -> str:
    return register_person(session, Person(
        family_name=family, given_name=given, family_kana=kana[0], given_kana=kana[1],
        visit_frequency=frequency, registered_on=date(2026, 1, 1)), today=TODAY).id


def user(session: Session, username: str, role: str, display_name: str | None = None) -> Session:
    """Add a user row and return a session signed in as them (same engine)."""
    with session.engine.begin() as conn:
        user_id = users_repo.add(conn, username=username, display_name=display_name or username,
                                 role=role, created_by=session.user.id)
    return dataclasses.replace(session, user=CurrentUser(user_id, username,
                                                         display_name or username, role))


def assign(session: Session, person_id: str, user_id: str, role: str = "volunteer", *,
           end_on: date | None = None) -> None:
    with session.engine.begin() as conn:
        conn.execute(insert(person_assignments).values(
            id=str(uuid.uuid4()), person_id=person_id, user_id=user_id, assignment_role=role,
            start_on="2026-01-01", end_on=end_on.isoformat() if end_on else None, **STAMP))


def attend(session: Session, person_id: str, day: date, *, place_name: str = "ひだまりサロン",
           start: str | None = "10:00", role: str = "participant") -> str:
    with session.engine.begin() as conn:
        place_id, session_id, row_id = (str(uuid.uuid4()) for _ in range(3))
        conn.execute(insert(places).values(id=place_id, name=place_name, kind="salon",
                                           active=True, **STAMP))
        conn.execute(insert(place_sessions).values(
            id=session_id, place_id=place_id, held_on=day.isoformat(), start_time=start,
            activity_form="salon", meals_served=0, **STAMP))
        conn.execute(insert(attendance).values(id=row_id, session_id=session_id,
                                               person_id=person_id, category="senior", role=role,
                                               **STAMP))
    return row_id


def counts(session: Session, tables: tuple[str, ...] = RECORD_TABLES) -> dict[str, int]:
    with session.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}


@contextmanager
def recorded_sql(session: Session):
    """Collect (statement, parameters) of every statement run on the engine meanwhile."""
    seen: list[tuple[str, object]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(session.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(session.engine, "before_cursor_execute", before)


_SCAN = re.compile(r"\bSCAN (\w+)")


def _reads_first_rows_only(statement: str) -> bool:
    """``SELECT … FROM t ORDER BY <key> LIMIT n`` without WHERE: SQLite walks the key
    (rowid or index) and stops after n rows, which its plan also calls ``SCAN t``
    (the audit chain's "last hash" look-up)."""
    upper = " ".join(statement.upper().split())
    return "WHERE" not in upper and "ORDER BY" in upper and "LIMIT" in upper


def full_scans(session: Session, statements) -> list[str]:
    """Tables read in full (SQLite ``SCAN t`` without an index) by the SELECTs given."""
    scans = []
    with session.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            if _reads_first_rows_only(statement):
                continue
            cursor = raw.cursor()
            try:
                plan = cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            finally:
                cursor.close()
            for row in plan:
                detail = row[-1]
                match = _SCAN.search(detail)
                if match and "USING" not in detail:
                    scans.append(f"{match.group(1)}: {statement.split()[0:8]}")
    return scans
