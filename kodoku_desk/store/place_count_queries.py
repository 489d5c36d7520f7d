"""SQL aggregates behind the 居場所 counts (:mod:`kodoku_desk.services.place_counts`).

Every query takes a :class:`Scope` — sessions of one place or of all places held
in ``[start, end)``, optionally one session — and groups either by month
(``YYYY-MM`` of ``held_on``) or into one bucket :data:`ALL`.  Sessions are read
along ``ix_place_sessions_place_held`` (one place) or ``ix_place_sessions_held``
(all places), then their attendance through ``uq_attendance_session_id_person_id``;
the attendance rows are read once (:func:`attendance_summary`).  新規 looks back
along the attendance of each person who came in the period before it
(``ix_attendance_person_held``, person and day: one seek for every place).

The statements are SQL text rather than Core because the join order is the whole
point and ``CROSS JOIN`` is how SQLite is told to keep it: without ANALYZE
statistics, SQLite 3.40 (Python's sqlite3) preferred to walk every attendance row
in person order to avoid a sort (1.5 s instead of 0.1 s for one month).  Only
fixed fragments are pasted in; every value is a bound parameter.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, text

__all__ = ["ALL", "Scope", "SummaryRow", "attendance_summary", "session_totals",
           "walkin_counts"]

#: The bucket name when the period is not split into months.
ALL = "all"


class Scope(NamedTuple):
    start: date                   # first day
    end: date                     # first day after
    place_id: str | None = None   # None: every place
    session_id: str | None = None

    def params(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "place": self.place_id or "", "session": self.session_id or "", "all": ALL}

    def sessions(self) -> str:
        """WHERE terms on ``place_sessions s``."""
        terms = ["s.held_on >= :start", "s.held_on < :end"]
        if self.place_id is not None:
            terms.append("s.place_id = :place")
        if self.session_id is not None:
            terms.append("s.id = :session")
        return " AND ".join(terms)


def _bucket(day: str, by_month: bool) -> str:
    return f"substr({day}, 1, 7)" if by_month else ":all"


def _rows(conn: Connection, sql: str, scope: Scope) -> list[tuple]:
    return [tuple(r) for r in conn.execute(text(sql), scope.params())]


def session_totals(conn: Connection, scope: Scope, by_month: bool) -> dict[str, tuple[int, int]]:
    """bucket → (開催回数, 提供食数)."""
    sql = f"""SELECT {_bucket("s.held_on", by_month)} AS b, count(*), sum(s.meals_served)
              FROM place_sessions s WHERE {scope.sessions()} GROUP BY b"""
    return {b: (n, meals or 0) for b, n, meals in _rows(conn, sql, scope)}


def walkin_counts(conn: Connection, scope: Scope, by_month: bool) -> list[tuple[str, str, int]]:
    """(bucket, 参加者区分, 匿名参加者数)."""
    sql = f"""SELECT {_bucket("s.held_on", by_month)} AS b, w.category, sum(w.count)
              FROM place_sessions s CROSS JOIN walkins w
              WHERE {scope.sessions()} AND w.session_id = s.id
              GROUP BY b, w.category"""
    return [r for r in _rows(conn, sql, scope) if r[2]]


class SummaryRow(NamedTuple):
    kind: str       # "visits" | "unique" | "unique_all" | "new"
    bucket: str
    role: str       # "" for "new"
    category: str   # "" for "new"
    count: int


def attendance_summary(conn: Connection, scope: Scope, by_month: bool) -> list[SummaryRow]:
    """Everything counted from attendance rows, in one pass over them.

    ``per`` holds one row per bucket, person, role and 参加者区分 (with how often and
    the first and last day); from it:

    - ``visits``: attendance rows by bucket, role and 参加者区分 (延べ of registered people);
    - ``unique``: distinct persons by bucket and role, each in the 参加者区分 of their
      latest attendance in the bucket (SQLite takes the bare ``category`` from the row
      holding ``max(last_on)``); ``unique_all``: the same over the whole scope;
    - ``new``: registered 参加者 whose first attendance ever (in any role) — at the
      scope's place, or at any place when the scope is every place — falls in the
      bucket: the look-back seeks the person's attendance before the scope along
      ``ix_attendance_person_held`` (and, for one place, reads those sessions' place).
    """
    same_place = ("AND (SELECT s2.place_id FROM place_sessions s2 WHERE s2.id = a2.session_id)"
                  " = :place" if scope.place_id is not None else "")
    sql = f"""
    WITH per AS MATERIALIZED (
      SELECT {_bucket("s.held_on", by_month)} AS b, a.person_id, a.role, a.category,
             count(*) AS n, max(s.held_on) AS last_on, min(s.held_on) AS first_on
      FROM place_sessions s CROSS JOIN attendance a
      WHERE {scope.sessions()} AND a.session_id = s.id
      GROUP BY b, a.person_id, a.role, a.category),
    latest AS (SELECT b, role, category, max(last_on) FROM per GROUP BY b, person_id, role),
    overall AS (SELECT role, category, max(last_on) FROM per GROUP BY person_id, role),
    firsts AS (SELECT person_id, min(first_on) AS first_on FROM per
               WHERE role = 'participant' GROUP BY person_id)
    SELECT 'visits', b, role, category, sum(n) FROM per GROUP BY b, role, category
    UNION ALL
    SELECT 'unique', b, role, category, count(*) FROM latest GROUP BY b, role, category
    UNION ALL
    SELECT 'unique_all', :all, role, category, count(*) FROM overall GROUP BY role, category
    UNION ALL
    SELECT 'new', {_bucket("f.first_on", by_month)} AS nb, '', '', count(*) FROM firsts f
    WHERE NOT EXISTS (
      SELECT 1 FROM attendance a2
      WHERE a2.person_id = f.person_id AND a2.held_on < :start {same_place})
    GROUP BY nb"""
    return [SummaryRow(*r) for r in _rows(conn, sql, scope)]
