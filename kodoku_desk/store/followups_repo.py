"""follow_ups: rows in, :class:`FollowUp` out, and the open list with person names."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, case, insert, select, update

from kodoku_desk.models.followup import FollowUp
from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import users
from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.visits import follow_ups

#: Sort rank of the urgency codes (most urgent first).
URGENCY_RANK = {"high": 0, "normal": 1, "low": 2}


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """One line of the follow-up list: the follow-up plus who it is about and who has it."""

    follow_up: FollowUp
    person_code: str
    person_name: str
    assignee_name: str | None

    def days_overdue(self, today: date) -> int:
        """Days past the due date (0 when not overdue or closed)."""
        fu = self.follow_up
        return (today - fu.due_on).days if fu.is_overdue(today) and fu.due_on else 0


def insert_follow_up(conn: Connection, follow_up: FollowUp, user_id: str | None) -> FollowUp:
    now = now_iso()
    stored = replace(follow_up, id=follow_up.id or str(uuid.uuid4()))
    conn.execute(insert(follow_ups).values(**to_row(stored), created_at=now, updated_at=now,
                                           created_by=user_id))
    return stored


def update_follow_up(conn: Connection, follow_up: FollowUp) -> None:
    """Write every column of ``follow_up`` over the stored row (same id)."""
    row = to_row(follow_up, exclude=("id",))
    conn.execute(update(follow_ups).where(follow_ups.c.id == follow_up.id)
                 .values(**row, updated_at=now_iso()))


def get_follow_up(conn: Connection, follow_up_id: str) -> FollowUp | None:
    row = conn.execute(select(follow_ups).where(follow_ups.c.id == follow_up_id)).mappings().first()
    return from_row(FollowUp, row) if row is not None else None


def follow_ups_for_person(conn: Connection, person_id: str, *, limit: int = 200) -> list[FollowUp]:
    """The person's follow-ups, most recently opened first (index on person_id)."""
    rows = conn.execute(select(follow_ups).where(follow_ups.c.person_id == person_id)
                        .order_by(follow_ups.c.opened_on.desc(), follow_ups.c.created_at.desc())
                        .limit(limit)).mappings().all()
    return [from_row(FollowUp, r) for r in rows]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


_FIELDS = ("id", "person_id", "visit_id", "opened_on", "due_on", "urgency", "assignee_id",
           "reason", "status", "closed_on", "closed_by", "outcome", "outcome_note")
_DATES = frozenset({"opened_on", "due_on", "closed_on"})


def open_follow_up_rows(conn: Connection, *, assignee_id: str | None = None,
                        urgency: str | None = None, person_ids=None) -> list[FollowUpRow]:
    """Open follow-ups by urgency (high first), then due date (none last), then opened date.

    Starts from the ``(status, due_on)`` index; ``person_ids`` is an optional
    subquery or list that limits the people (a volunteer's own).  Rows are
    turned into :class:`FollowUp` directly from tuples: the list can be long.
    """
    rank = case({code: r for code, r in URGENCY_RANK.items()}, value=follow_ups.c.urgency,
                else_=len(URGENCY_RANK))
    query = (select(*(follow_ups.c[name] for name in _FIELDS), persons.c.person_code,
                    persons.c.family_name, persons.c.given_name, users.c.display_name)
             .select_from(follow_ups.join(persons, persons.c.id == follow_ups.c.person_id)
                          .outerjoin(users, users.c.id == follow_ups.c.assignee_id))
             .where(follow_ups.c.status == "open"))
    if assignee_id is not None:
        query = query.where(follow_ups.c.assignee_id == assignee_id)
    if urgency is not None:
        query = query.where(follow_ups.c.urgency == urgency)
    if person_ids is not None:
        query = query.where(follow_ups.c.person_id.in_(person_ids))
    query = query.order_by(rank, follow_ups.c.due_on.is_(None), follow_ups.c.due_on,
                           follow_ups.c.opened_on, follow_ups.c.id)
    rows = []
    width = len(_FIELDS)
    for row in conn.execute(query):
        values = {name: _day(v) if name in _DATES else v for name, v in zip(_FIELDS, row[:width], strict=True)}
        code, family, given, assignee_name = row[width:]
        rows.append(FollowUpRow(FollowUp(**values), code, f"{family} {given}".strip(),
                                assignee_name))
    return rows
