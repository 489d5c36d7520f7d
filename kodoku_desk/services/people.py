"""当事者 use cases: register a person, open a person record."""

from __future__ import annotations

from datetime import date

from kodoku_desk.models.person import Person
from kodoku_desk.services.session import Session
from kodoku_desk.store import persons_repo


def register_person(session: Session, person: Person, *, today: date | None = None) -> Person:
    """Normalize and validate (raises ValidationError, nothing written), then save in one
    transaction with an audit entry. Returns the stored person."""
    person = person.normalized()
    person.validate(today=today or date.today())
    with session.engine.begin() as conn:
        person_id = persons_repo.insert_person(conn, person, session.user.id)
        session.audit(conn, "person.create", target_kind="person", target_id=person_id)
        return persons_repo.get_person(conn, person_id)


def open_person(session: Session, person_id: str) -> Person | None:
    """Read one person record; every opening is written to the audit log."""
    with session.engine.begin() as conn:
        person = persons_repo.get_person(conn, person_id)
        if person is not None:
            session.audit(conn, "person.open", target_kind="person", target_id=person_id)
        return person
