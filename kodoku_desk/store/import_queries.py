"""Reads for the spreadsheet import: who is already registered (for duplicate checks)."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Connection, func, select

from kodoku_desk.store.schema.people import persons

__all__ = ["NameAndBirth", "count_persons", "people_for_duplicates"]


class NameAndBirth(NamedTuple):
    id: str
    person_code: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: str | None  # ISO
    phone_digits: str | None = None
    phone2_digits: str | None = None


_COLUMNS = (persons.c.id, persons.c.person_code, persons.c.family_name, persons.c.given_name,
            persons.c.family_kana, persons.c.given_kana, persons.c.birth_date,
            persons.c.phone_digits, persons.c.phone2_digits)


def people_for_duplicates(conn: Connection) -> list[NameAndBirth]:
    """Name, reading, birth date and phone digits of every person, by person code."""
    query = select(*_COLUMNS).order_by(persons.c.person_code)
    return [NameAndBirth(*row) for row in conn.execute(query)]


def count_persons(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(persons)).scalar_one()
