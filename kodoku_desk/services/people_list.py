"""当事者 list: instant search as you type, filters, 五十音順.

:func:`search_people` is what the list widget calls on every keystroke.  The
query is read by :func:`kodoku_desk.models.person_list.parse_query` (name or
reading in any kana/width form, phone digits, or person code); rows come in
五十音順 by フリガナ.

Rules:
- Volunteers only ever get the people currently assigned to them (enforced
  here, whatever filters the caller passes).
- 最終連絡 (last contact) is the latest visit with 安否確認 「本人確認できた」 or
  the latest 居場所 attendance up to today — the contact rule of ホーム.
- 連絡が途絶えている (overdue) uses :func:`kodoku_desk.models.frequency.days_overdue`
  as ホーム does: only active clients with a planned frequency can be overdue,
  so ``overdue_only`` lists exactly the people ホーム counts as overdue.
- With a ``limit`` the database stops after that many rows and computes the
  last contact and workers for those rows only (one query).  ``overdue_only``
  has to look at every planned active client first (see :func:`_overdue`) and
  applies the limit afterwards.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kodoku_desk.models import wareki
from kodoku_desk.models.frequency import INTERVAL_DAYS, days_overdue, has_interval
from kodoku_desk.models.person_list import PeopleFilter, PersonRow, parse_query
from kodoku_desk.services.access import scope_user_id
from kodoku_desk.services.session import Session
from kodoku_desk.store import people_queries
from kodoku_desk.store.people_queries import WORKER_SEP, ListRecord

__all__ = ["PeopleFilter", "PersonRow", "count_people", "search_people"]

ACTIVE = "active"
CLIENT = "client"
#: Frequency codes that have an interval (the only ones that can be overdue).
PLANNED_FREQUENCIES = tuple(code for code, days in INTERVAL_DAYS.items() if days)


def search_people(session: Session, query: str = "", *, filters: PeopleFilter | None = None,
                  limit: int | None = None, offset: int = 0,
                  today: date | None = None) -> list[PersonRow]:
    """People matching ``query`` and ``filters`` in 五十音順: at most ``limit`` of them,
    skipping the first ``offset`` (for a list that fetches more as it scrolls).

    As-you-type callers should pass a ``limit`` (100–200 rows fill several screens):
    the latest contact and the workers are then computed for those rows only.
    """
    today = today or date.today()
    filters = filters or PeopleFilter()
    parsed = parse_query(query)
    scope = scope_user_id(session)
    with session.engine.connect() as conn:
        if not filters.overdue_only:
            records = people_queries.list_people(conn, parsed, filters, today=today,
                                                 scope_user_id=scope, limit=limit, offset=offset)
            return [_row(r, today) for r in records]
        if not _allows(filters.statuses, ACTIVE) or not _allows(filters.kinds, CLIENT):
            return []
        rows = _overdue(conn, parsed, replace(filters, statuses=(ACTIVE,), kinds=(CLIENT,)),
                        scope, today)
    return rows[offset:] if limit is None else rows[offset:offset + limit]


def count_people(session: Session, query: str = "", *, filters: PeopleFilter | None = None,
                 today: date | None = None) -> int:
    """How many people :func:`search_people` finds without a limit (「該当 123人」)."""
    today = today or date.today()
    filters = filters or PeopleFilter()
    if filters.overdue_only:
        return len(search_people(session, query, filters=filters, today=today))
    with session.engine.connect() as conn:
        return people_queries.count_people(conn, parse_query(query), filters, today=today,
                                           scope_user_id=scope_user_id(session))


def _overdue(conn, parsed, filters: PeopleFilter, scope: str | None,
             today: date) -> list[PersonRow]:
    """Every overdue person matching the query, in three queries whatever their number.

    SQL keeps the planned active clients overdue on their latest confirmed
    visit alone.  Attendance can only make the last contact later, so they are
    a superset of the overdue; attendance and workers are then read for those
    few (typically a few hundred of 20,000).
    """
    late = sorted(people_queries.list_people(conn, parsed, filters, today=today,
                                             scope_user_id=scope,
                                             frequencies=PLANNED_FREQUENCIES, details=False,
                                             ordered=False, late_only=True),
                  key=lambda r: (r.sort_key, r.person_code))
    details = people_queries.details_of(conn, [r.id for r in late], today)
    rows = (_row(r._replace(last_attended_on=details[r.id][0], workers=details[r.id][1]), today)
            for r in late)
    return [row for row in rows if row.days_overdue > 0]


def _allows(chosen: tuple[str, ...], value: str) -> bool:
    return not chosen or value in chosen


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _late(r: ListRecord, last: date | None, today: date) -> int:
    """Days overdue by the ホーム rule (0 unless an active client with a planned frequency)."""
    if r.status != ACTIVE or r.kind != CLIENT or not has_interval(r.visit_frequency):
        return 0
    registered = _day(r.registered_on) or _day(r.created_at) or today
    return days_overdue(last, registered, r.visit_frequency, today)


def _row(r: ListRecord, today: date) -> PersonRow:
    birth = _day(r.birth_date)
    contacts = [d for d in (_day(r.last_visit_at), _day(r.last_attended_on)) if d]
    last = max(contacts) if contacts else None
    return PersonRow(
        id=r.id, person_code=r.person_code, kind=r.kind,
        full_name=_joined(r.family_name, r.given_name),
        full_kana=_joined(r.family_kana, r.given_kana),
        birth_date=birth,
        age=wareki.age_on(birth, today) if birth and birth <= today else None,
        district_code=r.district_code, phone=r.phone, status=r.status,
        visit_frequency=r.visit_frequency, last_contact=last, days_overdue=_late(r, last, today),
        workers=_workers(r.workers))


def _joined(family: str, given: str) -> str:
    """「山田 太郎」, or just the family part (as :attr:`Person.full_name`)."""
    if family and given:
        return f"{family} {given}"
    return family or given


def _workers(packed: str | None) -> tuple[str, ...]:
    """Display names from ``rank:name`` entries, primary workers first."""
    if not packed:
        return ()
    if WORKER_SEP not in packed:
        return (packed.partition(":")[2],)
    entries = sorted(entry.partition(":")[::2] for entry in packed.split(WORKER_SEP))
    return tuple(dict.fromkeys(name for _, name in entries))
