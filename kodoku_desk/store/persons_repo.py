"""persons (+ person_categories, person_staff, person_links): rows in, models out."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Select, delete, func, insert, select, update

from kodoku_desk.models.person import Person, PersonStaffPart
from kodoku_desk.models.person_detail import FamilyLink
from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.people import (person_categories, person_links, person_staff,
                                             persons)

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


def person_code_taken(conn: Connection, person_code: str, except_id: str | None = None) -> bool:
    query = select(persons.c.id).where(persons.c.person_code == person_code)
    if except_id is not None:
        query = query.where(persons.c.id != except_id)
    return conn.execute(query.limit(1)).first() is not None


def update_person(conn: Connection, person: Person, user_id: str | None) -> None:
    """Overwrite the row of ``person.id`` (created_* kept) and its support categories."""
    now = now_iso()
    row = {k: v for k, v in person.to_row().items()
           if k in _COLUMNS and k not in ("id", "created_at", "created_by")}
    row["updated_at"] = now
    conn.execute(update(persons).where(persons.c.id == person.id).values(**row))
    current = set(conn.execute(select(person_categories.c.category_code).where(
        person_categories.c.person_id == person.id)).scalars())
    wanted = set(person.support_categories)
    if current - wanted:
        conn.execute(delete(person_categories).where(
            person_categories.c.person_id == person.id,
            person_categories.c.category_code.in_(current - wanted)))
    if wanted - current:
        conn.execute(insert(person_categories), [
            {"person_id": person.id, "category_code": code, "created_at": now,
             "updated_at": now, "created_by": user_id}
            for code in person.support_categories if code not in current])


def get_staff_part(conn: Connection, person_id: str) -> PersonStaffPart | None:
    row = conn.execute(select(person_staff).where(
        person_staff.c.person_id == person_id)).mappings().first()
    return from_row(PersonStaffPart, row) if row else None


def save_staff_part(conn: Connection, part: PersonStaffPart, user_id: str | None) -> None:
    """Insert or overwrite the staff-only row of ``part.person_id``."""
    now = now_iso()
    values = to_row(part, exclude=("person_id",))
    done = conn.execute(update(person_staff).where(
        person_staff.c.person_id == part.person_id).values(**values, updated_at=now))
    if done.rowcount == 0:
        conn.execute(insert(person_staff).values(person_id=part.person_id, **values,
                                                 created_at=now, updated_at=now,
                                                 created_by=user_id))


def family_links(conn: Connection, person_id: str,
                 visible_ids: Select | None = None) -> list[FamilyLink]:
    """Registered people linked to ``person_id`` in either direction, 五十音順.

    ``visible_ids``: a SELECT of person ids the user may see (volunteers); links
    to anyone else are left out.
    """
    other = persons.alias("other")
    links = []
    for own, far, reverse in ((person_links.c.person_id, person_links.c.related_person_id, False),
                              (person_links.c.related_person_id, person_links.c.person_id, True)):
        query = (select(person_links.c.id, other.c.id.label("other_id"), other.c.person_code,
                        other.c.family_name, other.c.given_name, person_links.c.relation,
                        other.c.status, other.c.sort_key)
                 .select_from(person_links.join(other, other.c.id == far))
                 .where(own == person_id))
        if visible_ids is not None:
            query = query.where(other.c.id.in_(visible_ids))
        links += [(r.sort_key, FamilyLink(
            id=r.id, person_id=r.other_id, person_code=r.person_code,
            full_name=" ".join(p for p in (r.family_name, r.given_name) if p),
            relation=r.relation, reverse=reverse, status=r.status)) for r in conn.execute(query)]
    return [link for _, link in sorted(links, key=lambda pair: (pair[0], pair[1].person_code))]


def link_exists(conn: Connection, person_id: str, related_person_id: str) -> bool:
    """True when the two people are linked, in either direction."""
    pl = person_links
    query = select(pl.c.id).where(
        ((pl.c.person_id == person_id) & (pl.c.related_person_id == related_person_id))
        | ((pl.c.person_id == related_person_id) & (pl.c.related_person_id == person_id)))
    return conn.execute(query.limit(1)).first() is not None


def insert_link(conn: Connection, person_id: str, related_person_id: str, relation: str,
                user_id: str | None) -> str:
    now = now_iso()
    link_id = str(uuid.uuid4())
    conn.execute(insert(person_links).values(
        id=link_id, person_id=person_id, related_person_id=related_person_id, relation=relation,
        created_at=now, updated_at=now, created_by=user_id))
    return link_id
