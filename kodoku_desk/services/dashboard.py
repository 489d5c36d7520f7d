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

from kodoku_desk.models.frequency import days_overdue, has_interval
from kodoku_desk.services.access import scope_user_id
from kodoku_desk.services.session import Session
from kodoku_desk.services.stopped_coming import StoppedComing, read_stopped_coming
from kodoku_desk.store import dashboard_queries as q
from kodoku_desk.store import settings_repo

URGENCIES = ("high", "normal", "low")


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
    planned_this_week: int  # 次回予定日 from today to Sunday, today included
    overdue_count: int
    follow_ups: FollowUpCounts
    visits_this_month: int
    place_sessions_this_month: int
    participants_this_month: int   # registered participants, 延べ
    walkins_this_month: int        # anonymous walk-ins, 延べ
    overdue: list[OverduePerson] = field(default_factory=list)  # most overdue first
    #: 「集まりに来なくなった」 regulars of a 居場所 (longest absence first) and their number
    stopped_coming: list[StoppedComing] = field(default_factory=list)
    stopped_coming_count: int = 0

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


def _evaluate(row: q.ContactRow, attended: str | None, today: date) -> OverduePerson | None:
    """The person as listed on ホーム when overdue by :func:`days_overdue`, else None."""
    registered = _day(row.registered_on) or _day(row.created_at) or today
    contacts = [d for d in (_day(row.last_visit_at), _day(attended)) if d]
    last = max(contacts) if contacts else None
    late = days_overdue(last, registered, row.visit_frequency, today)
    if late <= 0:
        return None
    since = max(0, (today - (last or registered)).days)
    name = f"{row.family_name} {row.given_name}".strip()
    return OverduePerson(row.person_id, name, row.visit_frequency, last, since, late)


def _rank(person: OverduePerson) -> tuple:
    return (-person.days_overdue, -person.days_since, person.name, person.person_id)


def _overdue(conn, rows: list[q.ContactRow], today: date) -> list[OverduePerson]:
    """Every overdue person, most overdue first.

    SQL has already kept only the people overdue on visits alone (a superset);
    their latest attendance is read for those few and the rule applied exactly.
    """
    candidates = [r for r in rows if r.may_be_overdue and has_interval(r.visit_frequency)]
    attended = q.last_attendance(conn, [r.person_id for r in candidates], today)
    found = (_evaluate(r, attended.get(r.person_id), today) for r in candidates)
    return sorted((p for p in found if p is not None), key=_rank)


def week_end(today: date) -> date:
    """The Sunday that ends ``today``'s week (weeks run Monday to Sunday)."""
    return today + timedelta(days=6 - today.weekday())


def load_dashboard(session: Session, today: date | None = None,
                   overdue_limit: int = 10) -> Dashboard:
    """Everything the home screen shows; ``overdue`` keeps the ``overdue_limit`` most late,
    ``stopped_coming`` as many of the regulars who stopped coming."""
    today = today or date.today()
    scope = scope_user_id(session)
    start, end = month_range(today)

    def figures(conn):
        rows = q.contact_rows(conn, today, scope, planned_until=week_end(today))
        return (q.count_active_clients(conn, today, scope), rows, _overdue(conn, rows, today),
                q.open_follow_ups_by_urgency(conn, today, scope),
                q.count_visits_between(conn, start, end, today, scope),
                q.place_totals_between(conn, start, end))

    # the regulars who stopped coming (a pass over the 居場所 attendance, the longer part)
    # on a second connection at the same time, on the same snapshot (DESIGN.md §8
    # dataset, two cores: 168 -> 105 ms)
    (active, rows, overdue, by_urgency, visits, places), stopped = session.reader.run(
        figures, lambda conn: read_stopped_coming(session, conn, today))
    today_iso, week_iso = today.isoformat(), week_end(today).isoformat()
    planned = sum(1 for row in rows if row.last_next_due == today_iso)
    this_week = sum(1 for row in rows
                    if row.last_next_due and today_iso <= row.last_next_due <= week_iso)
    return Dashboard(
        today=today, active_people=active, planned_today=planned, planned_this_week=this_week,
        overdue_count=len(overdue),
        follow_ups=FollowUpCounts(**{u: by_urgency.get(u, 0) for u in URGENCIES}),
        visits_this_month=visits, place_sessions_this_month=places.sessions,
        participants_this_month=places.participants, walkins_this_month=places.walkins,
        overdue=overdue[:overdue_limit], stopped_coming=stopped[:overdue_limit],
        stopped_coming_count=len(stopped))


def overdue_people(session: Session, today: date | None = None) -> list[OverduePerson]:
    """Every person ホーム lists as 「連絡が途絶えている」, most overdue first, by the same
    rule — without the rest of ホーム (the 内部用 report lists them by name; reading the
    whole home screen for it cached ~60 MB of pages on the benchmark dataset)."""
    today = today or date.today()
    scope = scope_user_id(session)
    with session.engine.connect() as conn:
        return _overdue(conn, q.contact_rows(conn, today, scope), today)


def organization_name(session: Session) -> str:
    """The organisation name entered when the database was created."""
    with session.engine.connect() as conn:
        return str(settings_repo.get(conn, "org_name", "") or "")
