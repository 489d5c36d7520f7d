"""visits (+ visit_visitors, visit_signs, visit_actions): rows in, :class:`Visit` out.

Reads go through the ``(person_id, visit_at …)`` index and fetch the child rows
of a whole page of visits with one ``IN`` query per child table.  Signs come back
in code order; visitors in the order entered and actions by time, then order
entered (the child tables have no position column, so the order entered is
SQLite's ``rowid``).
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import Connection, insert, literal_column, select

from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.models.visit import Visit, VisitAction, Visitor
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import users
from kodoku_desk.store.schema.visits import visit_actions, visit_signs, visit_visitors, visits


_ROWID = literal_column("rowid")


def _stamps(user_id: str | None) -> dict[str, object]:
    now = now_iso()
    return {"created_at": now, "updated_at": now, "created_by": user_id}


def insert_visit(conn: Connection, visit: Visit, user_id: str | None) -> Visit:
    """Insert the visit and its child rows; return it with the new ids filled in."""
    stamps = _stamps(user_id)
    visit_id = visit.id or str(uuid.uuid4())
    conn.execute(insert(visits).values(**{**to_row(visit), "id": visit_id}, **stamps))
    if visit.visitors:
        conn.execute(insert(visit_visitors), [
            {"id": str(uuid.uuid4()), "visit_id": visit_id, "user_id": v.user_id,
             "visitor_name": v.visitor_name, "visitor_kind": v.visitor_kind, **stamps}
            for v in visit.visitors])
    if visit.signs:
        conn.execute(insert(visit_signs), [
            {"visit_id": visit_id, "sign_code": code, **stamps} for code in visit.signs])
    actions = tuple(replace(a, id=a.id or str(uuid.uuid4()), visit_id=visit_id)
                    for a in visit.actions)
    if actions:
        conn.execute(insert(visit_actions), [{**to_row(a), **stamps} for a in actions])
    return replace(visit, id=visit_id, signs=tuple(sorted(visit.signs)),
                   actions=tuple(sorted(actions, key=lambda a: a.acted_at)))


def _children(conn: Connection, ids: list[str]):
    visitors: dict[str, list[Visitor]] = {i: [] for i in ids}
    signs: dict[str, list[str]] = {i: [] for i in ids}
    actions: dict[str, list[VisitAction]] = {i: [] for i in ids}
    if not ids:
        return visitors, signs, actions
    for row in conn.execute(select(visit_visitors).where(visit_visitors.c.visit_id.in_(ids))
                            .order_by(visit_visitors.c.visit_id, _ROWID)).mappings():
        visitors[row["visit_id"]].append(from_row(Visitor, row))
    for visit_id, code in conn.execute(select(visit_signs.c.visit_id, visit_signs.c.sign_code)
                                       .where(visit_signs.c.visit_id.in_(ids))
                                       .order_by(visit_signs.c.visit_id, visit_signs.c.sign_code)):
        signs[visit_id].append(code)
    for row in conn.execute(select(visit_actions).where(visit_actions.c.visit_id.in_(ids))
                            .order_by(visit_actions.c.acted_at, _ROWID)).mappings():
        actions[row["visit_id"]].append(from_row(VisitAction, row))
    return visitors, signs, actions


def _build(conn: Connection, rows) -> list[Visit]:
    ids = [r["id"] for r in rows]
    visitors, signs, actions = _children(conn, ids)
    return [from_row(Visit, r, visitors=tuple(visitors[r["id"]]), signs=tuple(signs[r["id"]]),
                     actions=tuple(actions[r["id"]]),
                     follow_up_requested=bool(r["follow_up_requested"])) for r in rows]


def get_visit(conn: Connection, visit_id: str) -> Visit | None:
    row = conn.execute(select(visits).where(visits.c.id == visit_id)).mappings().first()
    return _build(conn, [row])[0] if row is not None else None


def visits_for_person(conn: Connection, person_id: str, *, limit: int = 200,
                      before: str | None = None) -> list[Visit]:
    """The person's visits, newest first (``before``: ISO visit_at upper bound, exclusive)."""
    query = select(visits).where(visits.c.person_id == person_id)
    if before is not None:
        query = query.where(visits.c.visit_at < before)
    query = query.order_by(visits.c.visit_at.desc(), visits.c.id.desc()).limit(limit)
    return _build(conn, conn.execute(query).mappings().all())


def signs_for(conn: Connection, visit_ids: list[str]) -> dict[str, list[str]]:
    """visit id → its warning-sign codes (primary key ``(visit_id, sign_code)``)."""
    found: dict[str, list[str]] = {}
    if visit_ids:
        for visit_id, code in conn.execute(select(visit_signs.c.visit_id, visit_signs.c.sign_code)
                                           .where(visit_signs.c.visit_id.in_(visit_ids))
                                           .order_by(visit_signs.c.visit_id,
                                                     visit_signs.c.sign_code)):
            found.setdefault(visit_id, []).append(code)
    return found


def visitor_names(conn: Connection, visit_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """visit id → [(visitor_kind, display name or the name entered)], in the order entered."""
    found: dict[str, list[tuple[str, str]]] = {}
    if visit_ids:
        query = (select(visit_visitors.c.visit_id, visit_visitors.c.visitor_kind,
                        users.c.display_name, visit_visitors.c.visitor_name)
                 .select_from(visit_visitors.outerjoin(users,
                                                       users.c.id == visit_visitors.c.user_id))
                 .where(visit_visitors.c.visit_id.in_(visit_ids))
                 .order_by(visit_visitors.c.visit_id, literal_column("visit_visitors.rowid")))
        for visit_id, kind, user_name, entered in conn.execute(query):
            found.setdefault(visit_id, []).append((kind, user_name or entered or ""))
    return found


def visit_rows_for_person(conn: Connection, person_id: str, *, limit: int):
    """Bare visit rows (no children), newest first, for lists and the timeline."""
    return conn.execute(select(
        visits.c.id, visits.c.visit_at, visits.c.method, visits.c.safety_check,
        visits.c.condition, visits.c.condition_note, visits.c.response_level,
        visits.c.follow_up_requested, visits.c.next_due,
    ).where(visits.c.person_id == person_id)
        .order_by(visits.c.visit_at.desc(), visits.c.id.desc()).limit(limit)).mappings().all()
