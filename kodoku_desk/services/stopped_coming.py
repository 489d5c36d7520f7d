"""来なくなった常連: regulars of a 居場所 who have missed its latest sessions.

The rule (:mod:`kodoku_desk.models.participation`): take the place's *recorded*
sessions held up to today (sessions with at least one attendance row), newest
first; a person stopped coming when they missed the 2 most recent and came as
参加者 to at least 3 of the 4 before those.  ``missed`` counts the recorded
sessions since their last attendance (2 or 3).  Coming back once (any role)
takes them off the list.

Only active places and people whose status is 支援中 are listed; volunteers see
only the people currently assigned to them.  One row per person and place,
longest absence first.  Computed per place over its latest 6 recorded sessions
(:mod:`kodoku_desk.store.stopped_coming_queries`), so the cost does not grow with
the number of people or years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from kodoku_desk.services.access import scope_user_id
from kodoku_desk.services.session import Session
from kodoku_desk.store import stopped_coming_queries

__all__ = ["StoppedComing", "stopped_coming"]


@dataclass(frozen=True, slots=True, kw_only=True)
class StoppedComing:
    person_id: str
    person_code: str
    full_name: str
    full_kana: str
    place_id: str
    place_name: str
    last_attended_on: date
    missed: int            # recorded sessions of the place since the last attendance


def _joined(first: str, second: str) -> str:
    return " ".join(p for p in (first, second) if p)


def stopped_coming(session: Session, today: date | None = None) -> list[StoppedComing]:
    """Regulars who stopped coming, for the whole organisation (volunteers: their people)."""
    today = today or date.today()
    with session.engine.connect() as conn:
        return read_stopped_coming(session, conn, today)


def read_stopped_coming(session: Session, conn: Connection, today: date) -> list[StoppedComing]:
    """:func:`stopped_coming` on a connection the caller holds (ホーム reads it beside the
    other figures, on one snapshot)."""
    records = stopped_coming_queries.stopped_coming(conn, today, scope_user_id(session))
    rows = [StoppedComing(
        person_id=r.person_id, person_code=r.person_code,
        full_name=_joined(r.family_name, r.given_name),
        full_kana=_joined(r.family_kana, r.given_kana), place_id=r.place_id,
        place_name=r.place_name, last_attended_on=date.fromisoformat(r.last_attended_on),
        missed=r.missed) for r in records]
    rows.sort(key=lambda r: (-r.missed, r.last_attended_on, r.place_name, r.full_kana,
                             r.person_code))
    return rows
