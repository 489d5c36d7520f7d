"""ホーム: today's numbers for the signed-in user, as one plain dataclass.

Rules:
- 支援中の当事者: persons of kind ``client`` with status ``active``.
- A *contact* is a visit whose 安否確認 is 「本人確認できた」 or attendance at a
  居場所 session (in any role: the person was there); an absent visit or a
  look from outside is not a contact with the person.
- 連絡が途絶えている方 (overdue): :func:`kodoku_desk.models.frequency.days_overdue`
  over the last contact and the registration date; 「随時」, no plan or an
  unknown plan code is never overdue.
- 今日の訪問予定: the latest visit's 次回予定日 is today.
- Volunteers see only the people assigned to them (居場所 totals stay org-wide).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kodoku_desk.models.frequency import INTERVAL_DAYS, days_overdue, has_interval
from kodoku_desk.services.session import Session
from kodoku_desk.store import dashboard_queries as q
from kodoku_desk.store import settings_repo

URGENCIES = ("high", "normal", "low")
#: Attendance older than this cannot keep anyone from being overdue.
WINDOW_DAYS = max(d for d in INTERVAL_DAYS.values() if d) + 1


@dataclass(frozen=True)
class OverduePerson:
    person_id: str
    name: str
    visit_frequency: str
    last_contact: date | None   # None: no contact recorded yet
    days_since: int             # days since last contact (or since registration)
    days_overdue: int


@dataclass(frozen=True)
class FollowUpCounts:
    high: int = 0
    normal: int = 0
    low: int = 0

    @property
    def total(self) -> int:
        return self.high + self.normal + self.low


@dataclass(frozen=True)
class Dashboard:
    today: date
    active_people: int
    planned_today: int
    overdue_count: int
    follow_ups: FollowUpCounts
    visits_this_month: int
    place_sessions_this_month: int
    participants_this_month: int   # registered participants, 延べ
    walkins_this_month: int        # anonymous walk-ins, 延べ
    overdue: list[OverduePerson] = field(default_factory=list)  # most overdue first

    @property
    def attendance_this_month(self) -> int:
        """延べ参加者: registered participants plus walk-ins."""
        return self.participants_this_month + self.walkins_this_month


def month_range(today: date) -> tuple[date, date]:
    """First day of ``today``'s month and first day of the next month."""
    start = today.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


@dataclass
class _Candidate:
    row: q.ContactRow
    registered: date
    last_visit: date | None     # latest confirmed visit
    last_attended: date | None  # latest attendance known so far
    person: OverduePerson | None = None

    def evaluate(self, today: date) -> OverduePerson | None:
        contacts = [d for d in (self.last_visit, self.last_attended) if d]
        last = max(contacts) if contacts else None
        late = days_overdue(last, self.registered, self.row.visit_frequency, today)
        if late <= 0:
            return None
        since = max(0, (today - (last or self.registered)).days)
        name = f"{self.row.family_name} {self.row.given_name}".strip()
        self.person = OverduePerson(self.row.person_id, name, self.row.visit_frequency, last,
                                    since, late)
        return self.person


def _rank(person: OverduePerson) -> tuple:
    return (-person.days_overdue, -person.days_since, person.name, person.person_id)


def _overdue(conn, rows: list[q.ContactRow], today: date,
             limit: int) -> tuple[int, list[OverduePerson]]:
    """How many people are overdue, and the ``limit`` most overdue with exact numbers.

    Attendance is read for the last :data:`WINDOW_DAYS` only: an older visit to a
    居場所 cannot stop anyone being overdue, it can only shorten the days shown,
    so it is looked up afterwards for the people that are listed.
    """
    planned = [r for r in rows if has_interval(r.visit_frequency)]
    unconfirmed = [r.person_id for r in planned
                   if r.last_visit_at and r.last_visit_safety != q.CONFIRMED]
    confirmed = q.last_confirmed_visits(conn, unconfirmed)
    recent = q.attendance_since(conn, today - timedelta(days=WINDOW_DAYS), today)
    candidates = []
    for row in planned:
        visit_at = row.last_visit_at if row.last_visit_safety == q.CONFIRMED else \
            confirmed.get(row.person_id)
        registered = _day(row.registered_on) or _day(row.created_at) or today
        candidate = _Candidate(row, registered, _day(visit_at), _day(recent.get(row.person_id)))
        if candidate.evaluate(today) is not None:
            candidates.append(candidate)
    # upper bounds for those without recent attendance; refine from the top down
    pending = sorted((c for c in candidates if c.last_attended is None),
                     key=lambda c: _rank(c.person))
    final = [c.person for c in candidates if c.last_attended is not None]
    final.sort(key=_rank)
    while pending:
        batch, pending = pending[:max(limit, 1)], pending[max(limit, 1):]
        older = q.last_attendance(conn, [c.row.person_id for c in batch], today)
        for c in batch:
            c.last_attended = _day(older.get(c.row.person_id))
            final.append(c.evaluate(today))
        final.sort(key=_rank)
        if len(final) >= limit and (not pending or
                                    _rank(final[limit - 1]) <= _rank(pending[0].person)):
            break
    return len(candidates), final[:limit]


def load_dashboard(session: Session, today: date | None = None,
                   overdue_limit: int = 10) -> Dashboard:
    """Everything the home screen shows; ``overdue`` keeps the ``overdue_limit`` most late."""
    today = today or date.today()
    scope = session.user.id if session.user.role == "volunteer" else None
    start, end = month_range(today)
    with session.engine.connect() as conn:
        active = q.count_active_clients(conn, today, scope)
        rows = q.contact_rows(conn, today, scope)
        overdue_count, overdue = _overdue(conn, rows, today, overdue_limit)
        by_urgency = q.open_follow_ups_by_urgency(conn, today, scope)
        visits = q.count_visits_between(conn, start, end, today, scope)
        places = q.place_totals_between(conn, start, end)
    today_iso = today.isoformat()
    planned = sum(1 for row in rows if row.last_next_due == today_iso)
    return Dashboard(
        today=today, active_people=active, planned_today=planned, overdue_count=overdue_count,
        follow_ups=FollowUpCounts(**{u: by_urgency.get(u, 0) for u in URGENCIES}),
        visits_this_month=visits, place_sessions_this_month=places.sessions,
        participants_this_month=places.participants, walkins_this_month=places.walkins,
        overdue=overdue)


def organization_name(session: Session) -> str:
    """The organisation name entered when the database was created."""
    with session.engine.connect() as conn:
        return str(settings_repo.get(conn, "org_name", "") or "")
