"""Visits of one day across all people, for the 見守り記録 page.

``visit_at`` is local ISO text, so ``[day, day + 1)`` as ISO strings selects
the day through ``ix_visits_visit_at``.  ``scope_user_id`` limits the rows to
the people assigned to that user (volunteers), ``visitor_id`` to the visits
that user took part in (「自分の記録だけ」).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, and_, exists, select

from kodoku_desk.store.assignments_repo import assigned_person_ids
from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.visits import visit_visitors, visits

__all__ = ["visit_rows_on"]


def visit_rows_on(conn: Connection, day: date, *, scope_user_id: str | None = None,
                  visitor_id: str | None = None, limit: int = 1000):
    """Bare visit rows of ``day`` with the person's name, newest first."""
    start, end = day.isoformat(), (day + timedelta(days=1)).isoformat()
    condition = and_(visits.c.visit_at >= start, visits.c.visit_at < end)
    if scope_user_id is not None:
        condition = and_(condition, visits.c.person_id.in_(assigned_person_ids(scope_user_id, day)))
    if visitor_id is not None:
        condition = and_(condition, exists().where(visit_visitors.c.visit_id == visits.c.id,
                                                   visit_visitors.c.user_id == visitor_id))
    query = (select(visits.c.id, visits.c.person_id, visits.c.visit_at, visits.c.method,
                    visits.c.safety_check, visits.c.response_level,
                    visits.c.follow_up_requested, visits.c.note, visits.c.condition_note,
                    persons.c.family_name, persons.c.given_name, persons.c.person_code)
             .select_from(visits.join(persons, persons.c.id == visits.c.person_id))
             .where(condition)
             .order_by(visits.c.visit_at.desc(), visits.c.id.desc()).limit(limit))
    return conn.execute(query).mappings().all()
