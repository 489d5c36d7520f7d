"""Reads and writes behind the printed reports (:mod:`kodoku_desk.services.printed_reports`)
that the report tables do not cover: 見守り by week, 居場所 by place, one person's whole
record (本人開示), and the rows that log a printed report or a 第三者提供.

Only fixed fragments are pasted into statements; every value is a bound parameter.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, insert, select, text

from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.report_queries import month_params
from kodoku_desk.store.schema.admin import export_log, organizations, provision_records, users
from kodoku_desk.store.schema.places import attendance, place_sessions, places

__all__ = ["PlaceRow", "WeekCount", "insert_export_log", "insert_provision_record",
           "organization", "person_attendance", "place_rows", "user_names",
           "weekly_contacts", "weeks_of"]


class WeekCount(NamedTuple):
    first: date          # first day of the week inside the period
    last: date           # last day of the week inside the period
    visits: int          # 延べ件数
    persons: int         # distinct persons behind them


def weeks_of(start: date, end: date) -> list[tuple[date, date]]:
    """Monday–Sunday weeks of ``[start, end)``, clipped to it: (first day, last day)."""
    out = []
    day = start
    while day < end:
        sunday = day + timedelta(days=6 - day.weekday())
        last = min(sunday, end - timedelta(days=1))
        out.append((day, last))
        day = last + timedelta(days=1)
    return out


def weekly_contacts(conn: Connection, start: date, end: date) -> tuple[list[WeekCount], int]:
    """見守り records of ``[start, end)`` by Monday–Sunday week (clipped to the period),
    and the distinct persons over the whole period (whole months, as a report period).
    One pass, grouped by person and week, along ix_visits_month (index only)."""
    weeks = weeks_of(start, end)
    monday = start - timedelta(days=start.weekday())
    sql = text("""
        SELECT person_id, CAST((julianday(substr(visit_at, 1, 10)) - julianday(:monday)) / 7
                               AS INTEGER) AS wk, count(*)
        FROM visits
        WHERE substr(visit_at, 1, 7) >= :m0 AND substr(visit_at, 1, 7) < :m1
          AND visit_at >= :start AND visit_at < :end
        GROUP BY person_id, wk""")
    values: dict[int, int] = defaultdict(int)
    persons: dict[int, int] = defaultdict(int)
    everyone: set[str] = set()
    for person, week, n in conn.execute(sql, {"monday": monday.isoformat(),
                                              "start": start.isoformat(),
                                              "end": end.isoformat(),
                                              **month_params(start, end)}):
        values[week] += n
        persons[week] += 1
        everyone.add(person)
    first_index = (start - monday).days // 7
    out = [WeekCount(first, last, values.get(first_index + i, 0), persons.get(first_index + i, 0))
           for i, (first, last) in enumerate(weeks)]
    return out, len(everyone)


class PlaceRow(NamedTuple):
    place_id: str
    name: str
    kind: str
    sessions: int
    registered: int      # 延べ of registered 参加者
    walkins: int         # 匿名参加者 (延べ)
    unique: int          # 実人数 of registered 参加者

    @property
    def total(self) -> int:
        """延べ参加者数 (registered + walk-ins), as the 居場所 screen counts it."""
        return self.registered + self.walkins


def place_rows(conn: Connection, start: date, end: date) -> list[PlaceRow]:
    """Each place with a session in ``[start, end)``: 開催回数, 延べ and 実人数 (参加者 only;
    volunteers and staff are not counted), in the order of the place list (name)."""
    params = {"start": start.isoformat(), "end": end.isoformat()}
    where = "s.held_on >= :start AND s.held_on < :end"
    sessions = dict(conn.execute(text(
        f"SELECT s.place_id, count(*) FROM place_sessions s WHERE {where} GROUP BY s.place_id"),
        params).all())
    visits = {pid: (n, u) for pid, n, u in conn.execute(text(f"""
        SELECT s.place_id, count(*), count(DISTINCT a.person_id)
        FROM place_sessions s CROSS JOIN attendance a
        WHERE {where} AND a.session_id = s.id AND a.role = 'participant'
        GROUP BY s.place_id"""), params)}
    walkins = dict(conn.execute(text(f"""
        SELECT s.place_id, coalesce(sum(w.count), 0)
        FROM place_sessions s CROSS JOIN walkins w
        WHERE {where} AND w.session_id = s.id GROUP BY s.place_id"""), params).all())
    rows = []
    for pid, name, kind in conn.execute(select(places.c.id, places.c.name, places.c.kind)
                                        .order_by(places.c.name, places.c.id)):
        if pid not in sessions:
            continue
        registered, unique = visits.get(pid, (0, 0))
        rows.append(PlaceRow(pid, name, kind, sessions[pid], registered,
                             int(walkins.get(pid, 0)), unique))
    return rows


class AttendanceLine(NamedTuple):
    held_on: str
    start_time: str | None
    place_name: str
    place_kind: str
    role: str
    category: str


def person_attendance(conn: Connection, person_id: str) -> list[AttendanceLine]:
    """Every 居場所 attendance of the person, oldest first."""
    query = (select(place_sessions.c.held_on, place_sessions.c.start_time, places.c.name,
                    places.c.kind, attendance.c.role, attendance.c.category)
             .select_from(attendance
                          .join(place_sessions, place_sessions.c.id == attendance.c.session_id)
                          .join(places, places.c.id == place_sessions.c.place_id))
             .where(attendance.c.person_id == person_id)
             .order_by(place_sessions.c.held_on, place_sessions.c.start_time))
    return [AttendanceLine(*row) for row in conn.execute(query)]


def user_names(conn: Connection) -> dict[str, str]:
    """Every user's display name by id (including users no longer active)."""
    return dict(conn.execute(select(users.c.id, users.c.display_name)).all())


def organization(conn: Connection, organization_id: str):
    return conn.execute(select(organizations).where(organizations.c.id == organization_id)
                        ).mappings().first()


def insert_export_log(conn: Connection, *, user_id: str, kind: str, period_kind: str | None,
                      period_start: date | None, period_end: date | None, tables: list[str],
                      rule_set: dict | None, file_name: str, file_sha256: str) -> str:
    now = now_iso()
    row_id = str(uuid.uuid4())
    conn.execute(insert(export_log).values(
        id=row_id, exported_at=now, user_id=user_id, kind=kind, period_kind=period_kind,
        period_start=period_start.isoformat() if period_start else None,
        period_end=period_end.isoformat() if period_end else None,
        tables=json.dumps(tables), rule_set=json.dumps(rule_set) if rule_set else None,
        file_name=file_name, file_sha256=file_sha256, created_at=now, updated_at=now,
        created_by=user_id))
    return row_id


def insert_provision_record(conn: Connection, *, person_id: str, organization_id: str | None,
                            recipient_name: str, provided_by: str, legal_basis: str,
                            consent_id: str | None, items: list[str], file_sha256: str,
                            note: str | None) -> str:
    """A 第三者提供記録 (個人情報保護法 第29条): who received which items of whom, on what basis."""
    now = now_iso()
    row_id = str(uuid.uuid4())
    conn.execute(insert(provision_records).values(
        id=row_id, person_id=person_id, organization_id=organization_id,
        recipient_name=recipient_name, provided_at=now, provided_by=provided_by,
        legal_basis=legal_basis, consent_id=consent_id,
        items=json.dumps(items, ensure_ascii=False), file_sha256=file_sha256, note=note,
        created_at=now, updated_at=now, created_by=provided_by))
    return row_id
