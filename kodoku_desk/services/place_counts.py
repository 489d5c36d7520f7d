"""居場所 counts per session, per period and per 年度 month (DOMAIN.md §3.2).

Definitions (the same for a session, a period and a month):

- **開催回数** ``sessions``: sessions held in the period (planned sessions are rows
  too, so a session counts once its day is in the period).
- **延べ参加者数** ``total`` (by 参加者区分 ``total_by_category``): attendance rows with
  role 参加者 (``registered``) **plus** walk-ins (``walkins``, 匿名参加者数).  A person
  who comes twice counts 2.  **Volunteers and staff are not in it**: they are
  ``volunteer_total`` / ``staff_total`` (延べ) and ``volunteer_unique`` /
  ``staff_unique`` (実人数).
- **実人数** ``unique`` (``unique_by_category``): distinct registered persons who came as
  参加者.  Walk-ins are anonymous and **never** counted in 実人数.  A person is
  counted once, in the 参加者区分 of their latest attendance in the period, so the
  categories add up to ``unique``.  The 実人数 of a year is counted over the year
  (a person who came every month is 1, not 12): it is not the sum of the months.
- **新規** ``new``: persons in 実人数 whose first attendance *ever* at that place (in
  any role: someone who helped as a volunteer before is not new) falls in the period
  — someone who first came last year is 継続 this year; for all places together,
  their first attendance at any place.  Within a session, 新規 means no attendance
  at the place on an earlier day.  **継続**
  ``continuing`` = 実人数 − 新規.  The 新規 of a year is the sum of its months.
- **提供食数** ``meals``: the sum of the sessions' 提供食数.
- **平均参加者数/回** ``average``: 延べ参加者数 / 開催回数 (None without sessions).

Only staff and administrators read period and 年度 counts (レポート); the counts
of one session are shown to everyone taking attendance.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from kodoku_desk.models import wareki
from kodoku_desk.services.access import require_staff
from kodoku_desk.services.checkin_search import session_or_error
from kodoku_desk.services.session import Session
from kodoku_desk.store import place_count_queries as q
from kodoku_desk.store.place_count_queries import ALL, Scope

__all__ = ["FiscalYearTable", "MonthCounts", "PlaceCounts", "fiscal_year_table",
           "period_counts", "session_counts"]

_WHAT_JA, _WHAT_EN = "居場所の集計", "place statistics"


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceCounts:
    """The counted items of a session, a period or a month (see the module docstring)."""

    sessions: int = 0
    total_by_category: dict[str, int] = field(default_factory=dict)
    registered_by_category: dict[str, int] = field(default_factory=dict)
    walkins_by_category: dict[str, int] = field(default_factory=dict)
    unique_by_category: dict[str, int] = field(default_factory=dict)
    total: int = 0
    registered: int = 0
    walkins: int = 0
    unique: int = 0
    new: int = 0
    continuing: int = 0
    volunteer_total: int = 0
    volunteer_unique: int = 0
    staff_total: int = 0
    staff_unique: int = 0
    meals: int = 0

    @property
    def average(self) -> float | None:
        """平均参加者数/回 to one decimal, None without sessions."""
        return round(self.total / self.sessions, 1) if self.sessions else None


@dataclass(frozen=True, slots=True)
class MonthCounts:
    year: int
    month: int
    counts: PlaceCounts


@dataclass(frozen=True, slots=True)
class FiscalYearTable:
    """年度 table: 12 months in 年度 order (4月 → 3月) and the 合計 row."""

    place_id: str | None
    fiscal_year: int
    months: tuple[MonthCounts, ...]
    total: PlaceCounts


class _Raw:
    """Query results of one bucket, collected before they become a PlaceCounts."""

    def __init__(self) -> None:
        self.sessions = self.meals = self.new = 0
        self.visits: dict[tuple[str, str], int] = defaultdict(int)
        self.unique: dict[tuple[str, str], int] = defaultdict(int)
        self.walkins: dict[str, int] = defaultdict(int)

    def counts(self) -> PlaceCounts:
        registered = {c: n for (role, c), n in self.visits.items() if role == "participant"}
        unique = {c: n for (role, c), n in self.unique.items() if role == "participant"}
        total = dict(registered)
        for category, n in self.walkins.items():
            total[category] = total.get(category, 0) + n

        def by_role(table: dict[tuple[str, str], int], role: str) -> int:
            return sum(n for (r, _), n in table.items() if r == role)

        return PlaceCounts(
            sessions=self.sessions, total_by_category=total,
            registered_by_category=registered, walkins_by_category=dict(self.walkins),
            unique_by_category=unique, total=sum(total.values()),
            registered=sum(registered.values()), walkins=sum(self.walkins.values()),
            unique=sum(unique.values()), new=self.new,
            continuing=sum(unique.values()) - self.new,
            volunteer_total=by_role(self.visits, "volunteer"),
            volunteer_unique=by_role(self.unique, "volunteer"),
            staff_total=by_role(self.visits, "staff"), staff_unique=by_role(self.unique, "staff"),
            meals=self.meals)


def _collect(conn, scope: Scope, by_month: bool) -> tuple[dict[str, _Raw], _Raw]:
    """Counts by bucket, and the 実人数 over the whole scope (in a _Raw of its own)."""
    raw: dict[str, _Raw] = defaultdict(_Raw)
    overall = _Raw()
    for bucket, (n, meals) in q.session_totals(conn, scope, by_month).items():
        raw[bucket].sessions, raw[bucket].meals = n, meals
    for bucket, category, n in q.walkin_counts(conn, scope, by_month):
        raw[bucket].walkins[category] += n
    for row in q.attendance_summary(conn, scope, by_month):
        if row.kind == "visits":
            raw[row.bucket].visits[row.role, row.category] += row.count
        elif row.kind == "unique":
            raw[row.bucket].unique[row.role, row.category] += row.count
        elif row.kind == "unique_all":
            overall.unique[row.role, row.category] += row.count
        elif row.kind == "new":
            raw[row.bucket].new = row.count
    return raw, overall


def session_counts(session: Session, session_id: str) -> PlaceCounts:
    """The counts of one session (新規: first time at this place as 参加者)."""
    with session.engine.connect() as conn:
        s = session_or_error(conn, session_id).session
        scope = Scope(s.held_on, s.held_on + timedelta(days=1), s.place_id, session_id)
        return _collect(conn, scope, False)[0][ALL].counts()


def period_counts(session: Session, start: date, end: date,
                  place_id: str | None = None) -> PlaceCounts:
    """Counts of the sessions held in ``[start, end)`` at ``place_id`` (None: every place)."""
    require_staff(session, _WHAT_JA, _WHAT_EN)
    if end <= start:
        raise ValueError(f"empty period {start.isoformat()} … {end.isoformat()}")
    with session.engine.connect() as conn:
        return _collect(conn, Scope(start, end, place_id), False)[0][ALL].counts()


def fiscal_year_table(session: Session, place_id: str | None, fiscal_year: int, *,
                      start_month: int = 4) -> FiscalYearTable:
    """年度 ``fiscal_year`` (2025 = 令和7年度, 2025-04 … 2026-03) month by month and in total.

    ``place_id`` None counts every place.  ``start_month``: the organisation's 事業年度
    start (default April)."""
    require_staff(session, _WHAT_JA, _WHAT_EN)
    first, last = wareki.fiscal_year_range(fiscal_year, start_month)
    scope = Scope(first, last + timedelta(days=1), place_id)
    with session.engine.connect() as conn:
        by_month, year = _collect(conn, scope, True)
    months = []
    for y, m in wareki.fiscal_months(fiscal_year, start_month):
        raw = by_month.get(f"{y:04d}-{m:02d}", _Raw())
        months.append(MonthCounts(y, m, raw.counts()))
        year.sessions += raw.sessions
        year.meals += raw.meals
        year.new += raw.new
        for key, n in raw.visits.items():
            year.visits[key] += n
        for key, n in raw.walkins.items():
            year.walkins[key] += n
    return FiscalYearTable(place_id, fiscal_year, tuple(months), year.counts())
