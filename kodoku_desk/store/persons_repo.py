"""persons (+ person_categories): rows in, :class:`Person` out."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, func, insert, select

from kodoku_desk.models.person import Person
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.people import person_categories, persons

_COLUMNS = set(persons.c.keys())


def next_person_code(conn: Connection) -> str:
    last = conn.execute(select(func.max(persons.c.person_code))
                        .where(persons.c.person_code.like("P%"))).scalar()
    number = int(last[1:]) + 1 if last and last[1:].isdigit() else 1
    return f"P{number:06d}"


def insert_person(conn: Connection, person: Person, user_id: str) -> str:
    now = now_iso()
    person_id = person.id or str(uuid.uuid4())
    row = {k: v for k, v in person.to_row().items() if k in _COLUMNS}
    row.update(id=person_id, person_code=person.person_code or next_person_code(conn),
               created_at=now, updated_at=now, created_by=user_id)
    conn.execute(insert(persons).values(**row))
    if person.support_categories:
        conn.execute(insert(person_categories), [
            {"person_id": person_id, "category_code": code, "created_at": now,
             "updated_at": now, "created_by": user_id} for code in person.support_categories])
    return person_id


def get_person(conn: Connection, person_id: str) -> Person | None:
    row = conn.execute(select(persons).where(persons.c.id == person_id)).mappings().first()
    if row is None:
        return None
    categories = conn.execute(select(person_categories.c.category_code)
                              .where(person_categories.c.person_id == person_id)
                              .order_by(person_categories.c.category_code)).scalars().all()
    return Person.from_row(row, categories)
