"""SQL aggregates behind the 居場所 report tables, month by month.

The definitions are those of :mod:`kodoku_desk.services.place_counts` (the 居場所
screen's 年度 table, from :func:`kodoku_desk.store.place_count_queries.attendance_summary`);
the report also needs 開催回数 / 提供食数 / 延べ by 居場所の種類, walk-ins by 種類 and
参加者区分, and the distinct persons behind each 延べ cell, so it counts everything in
one pass of its own (:func:`attendance_counts`) rather than running that query as well.
The tests check that both give the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import Connection, text

from kodoku_desk.store.place_count_queries import Scope
from kodoku_desk.store.report_queries import (Crosstab, Dim, add_arm_row, arm_values, group_width,
                                              month_params, pm_sums, rollup_sums)

__all__ = ["ATTENDANCE_BY_MONTH", "AttendanceCounts", "SessionRow", "WalkinRow",
           "attendance_counts", "sessions_by_kind", "walkins_by"]

#: Attendance in the months [:m0, :m1) (``p``, ``col``, ``day``, ``role``, ``category``,
#: ``kind`` = the place's 種類), from the session's day and 種類 copied onto each row
#: (migration 0009) along ix_attendance_month: index only, in (month, person) order.
ATTENDANCE_BY_MONTH = """SELECT person_id AS p, substr(held_on, 1, 7) AS col, held_on AS day,
       role, category, place_kind AS kind
FROM attendance WHERE substr(held_on, 1, 7) >= :m0 AND substr(held_on, 1, 7) < :m1"""


class SessionRow(NamedTuple):
    month: str      # YYYY-MM
    kind: str       # 居場所の種類
    sessions: int   # 開催回数
    meals: int      # 提供食数


class WalkinRow(NamedTuple):
    month: str
    kind: str
    category: str   # 参加者区分
    count: int      # 匿名参加者数


def sessions_by_kind(conn: Connection, scope: Scope) -> list[SessionRow]:
    """開催回数 and 提供食数 by month and 居場所の種類 (sessions along ix_place_sessions_held)."""
    sql = f"""SELECT substr(s.held_on, 1, 7) AS m, p.kind, count(*), coalesce(sum(s.meals_served), 0)
              FROM place_sessions s JOIN places p ON p.id = s.place_id
              WHERE {scope.sessions()} GROUP BY m, p.kind"""
    return [SessionRow(*r) for r in conn.execute(text(sql), scope.params())]


def walkins_by(conn: Connection, scope: Scope) -> list[WalkinRow]:
    """Walk-ins (匿名参加者数) by month, 居場所の種類 and 参加者区分; zero rows left out."""
    sql = f"""SELECT substr(s.held_on, 1, 7) AS m, p.kind, w.category, sum(w.count)
              FROM place_sessions s CROSS JOIN walkins w ON w.session_id = s.id
              JOIN places p ON p.id = s.place_id
              WHERE {scope.sessions()} GROUP BY m, p.kind, w.category"""
    return [WalkinRow(*r) for r in conn.execute(text(sql), scope.params()) if r[3]]


@dataclass
class AttendanceCounts:
    """Everything counted from the attendance rows of a scope, by month (``YYYY-MM``)."""

    participants: Crosstab     # 参加者: 延べ by 参加者区分 and 居場所の種類, distinct persons
    helpers: Crosstab          # ボランティア / スタッフ: 延べ and distinct persons by role
    unique: dict[tuple[str, str], int] = field(default_factory=dict)  # (month, 区分) → 実人数
    unique_all: dict[str, int] = field(default_factory=dict)          # 区分 → 実人数 (period)
    new: dict[str, int] = field(default_factory=dict)                 # month → 新規


def attendance_counts(conn: Connection, scope: Scope, categories: Dim, kinds: Dim,
                      roles: Dim, *, one_col: bool = False,
                      new: bool = True) -> AttendanceCounts:
    """One pass over the attendance of the scope's months (:data:`ATTENDANCE_BY_MONTH`,
    in (month, person) order), grouped by month and person into ``pm`` without a sort;
    from it (the scope is a whole period: every place, whole months):

    - 参加者 延べ by ``categories`` (on ``category``) and ``kinds`` (on ``kind``) with the
      distinct persons behind each cell (see :func:`.report_queries.crosstabs`);
    - ボランティア・スタッフ by ``roles`` (on ``role``), the same way;
    - 実人数: each 参加者 once per month in the 区分 of their latest attendance that month
      (``latest`` = the greatest ``held_on || category``, so a tie on one day goes to the
      alphabetically last 区分), and once over the scope in the 区分 of their latest
      attendance in it;
    - 新規: 参加者 whose first attendance in the scope falls in the month and who have no
      attendance (in any role, at any place) before the scope — the look-back of
      :func:`.place_count_queries.attendance_summary`, index only.

    ``one_col``: the scope is one month, so ``pm`` has a row per person already and is
    its own roll-up (no sort by person).  ``new`` False: 新規 is not counted (the
    look-back is the costly part for a short period; :attr:`AttendanceCounts.new` stays empty).
    """
    if scope.place_id is not None or scope.session_id is not None:
        raise ValueError("attendance_counts counts every place: no place or session scope")
    params = {**scope.params(), **month_params(scope.start, scope.end)}
    pcols = pm_sums("a", [categories, kinds], params, gate="role = 'participant'")
    hcols = pm_sums("h", [roles], params, n="hn", gate="role <> 'participant'", prefix="h")
    groups = [("n", pcols), ("hn", hcols)]
    width = group_width(groups)
    pad = ", ".join(["NULL, NULL"] * (width - 1))
    rollup = ("(SELECT * FROM pm)" if one_col else
              f"""MATERIALIZED (
      SELECT p, {rollup_sums(groups)}, max(latest) AS latest, min(first_day) AS first_day
      FROM pm GROUP BY p)""")
    new_arm = f"""UNION ALL
    SELECT 4, 0, substr(f.first_day, 1, 7), NULL, count(*), {pad} FROM pp f
    WHERE f.first_day IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM attendance a2 WHERE a2.person_id = f.p AND a2.held_on < :start)
    GROUP BY substr(f.first_day, 1, 7)""" if new else ""
    sql = f"""
    WITH pm AS MATERIALIZED (SELECT *, {", ".join(pcols.others + hcols.others)} FROM (
      SELECT p, col, {", ".join(["sum(role = 'participant') AS n", "sum(role <> 'participant') AS hn",
                                 *pcols.sums, *hcols.sums])},
             max(CASE WHEN role = 'participant' THEN day || category END) AS latest,
             min(CASE WHEN role = 'participant' THEN day END) AS first_day
      FROM ({ATTENDANCE_BY_MONTH})
      GROUP BY col, p ORDER BY col, p) ORDER BY col, p),
    pp AS {rollup}
    SELECT 0, 0, col, {arm_values(groups, width)} FROM pm GROUP BY col
    UNION ALL
    SELECT 0, 1, NULL, {arm_values(groups, width)} FROM pp
    UNION ALL
    SELECT 2, 0, col, substr(latest, 11), count(*), {pad} FROM pm
    WHERE latest IS NOT NULL GROUP BY col, substr(latest, 11)
    UNION ALL
    SELECT 3, 1, NULL, substr(latest, 11), count(*), {pad} FROM pp
    WHERE latest IS NOT NULL GROUP BY substr(latest, 11)
    {new_arm}"""
    out = AttendanceCounts(Crosstab(), Crosstab())
    for row in conn.execute(text(sql), params):
        arm = row[0]
        if arm == 0:
            add_arm_row(out.participants, pcols, row)
            add_arm_row(out.helpers, hcols, row, offset=3 + 2 * group_width([("n", pcols)]))
        elif arm == 2:
            out.unique[row[2], row[3]] = row[4]
        elif arm == 3:
            out.unique_all[row[3]] = row[4]
        else:
            out.new[row[2]] = row[4]
    return out
