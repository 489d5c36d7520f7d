"""当事者 use cases: register, open, edit, close / reopen, and the person page.

Rules:
- Input is normalised and validated (against the organisation's code lists)
  before anything is written; a ValidationError leaves the database unchanged.
- Only staff and administrators change a person record or see its staff-only
  part; volunteers may open the people currently assigned to them.
- Every change and every opening of a record is written to the audit log
  (which fields changed — never their content).

Consents and worker assignments live in :mod:`.consents` and
:mod:`.assignments` and are re-exported here.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

from sqlalchemy import Connection

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Person, PersonStaffPart
from kodoku_desk.models.person_detail import PersonDetail
from kodoku_desk.services import access, code_lists
from kodoku_desk.services.assignments import assign_worker, end_assignment, sort_assignments
from kodoku_desk.services.consents import add_consent, withdraw_consent
from kodoku_desk.services.session import Session
from kodoku_desk.store import assignments_repo, consents_repo, persons_repo

__all__ = ["PERSON_LISTS", "add_consent", "assign_worker", "change_status", "close_person",
           "end_assignment", "get_person_detail", "link_family", "open_person", "register_person",
           "reopen_person", "update_person", "update_staff_part", "withdraw_consent"]

#: Code lists a person record is checked against.
PERSON_LISTS = ("gender", "household_type", "visit_frequency", "closure_reason", "person_status",
                "support_category")
_RECORD_JA, _RECORD_EN = "当事者の登録内容の変更", "changes to a person record"
_STAFF_JA, _STAFF_EN = "職員用の情報（要介護度・病歴など）", "the staff-only part of a record"


def register_person(session: Session, person: Person, *, today: date | None = None) -> Person:
    """Normalize and validate (raises ValidationError, nothing written), then save in one
    transaction with an audit entry. Returns the stored person."""
    person = person.normalized()
    person.validate(today=today or date.today())
    with session.engine.begin() as conn:
        person_id = persons_repo.insert_person(conn, person, session.user.id)
        session.audit(conn, "person.create", target_kind="person", target_id=person_id)
        return persons_repo.get_person(conn, person_id)


def open_person(session: Session, person_id: str, *, today: date | None = None) -> Person | None:
    """Read one person record; every opening is written to the audit log.

    Volunteers only for the people assigned to them (NotPermitted otherwise).
    """
    with session.engine.begin() as conn:
        person = persons_repo.get_person(conn, person_id)
        if person is not None:
            access.require_person(session, conn, person_id, today or date.today())
            session.audit(conn, "person.open", target_kind="person", target_id=person_id)
        return person


def update_person(session: Session, person: Person, *, today: date | None = None) -> Person:
    """Save an edited person (``person.id`` names the record; a blank person code keeps
    the stored one).  Raises ValidationError (nothing written), NotPermitted for
    volunteers, NotFound for an unknown id.  Unchanged input writes nothing."""
    access.require_staff(session, _RECORD_JA, _RECORD_EN)
    today = today or date.today()
    person = person.normalized()
    with session.engine.begin() as conn:
        current = _current(conn, person.id)
        return _save(session, conn, current, person, today, "person.update")


def change_status(session: Session, person_id: str, status: str, *,
                  closed_on: date | None = None, closure_reason: str | None = None,
                  today: date | None = None) -> Person:
    """Set 支援状況 (active / paused / closed).  Closing needs ``closure_reason`` and
    takes ``closed_on`` (default today); any other status clears both."""
    access.require_staff(session, _RECORD_JA, _RECORD_EN)
    today = today or date.today()
    with session.engine.begin() as conn:
        current = _current(conn, person_id)
        closing = status == "closed"
        edited = replace(current, status=status,
                         closed_on=(closed_on or today) if closing else None,
                         closure_reason=closure_reason if closing else None).normalized()
        return _save(session, conn, current, edited, today, "person.status",
                     detail={"from": current.status, "to": edited.status})


def close_person(session: Session, person_id: str, *, closure_reason: str,
                 closed_on: date | None = None, today: date | None = None) -> Person:
    """支援終了: status closed with a reason and a date (default today)."""
    return change_status(session, person_id, "closed", closed_on=closed_on,
                         closure_reason=closure_reason, today=today)


def reopen_person(session: Session, person_id: str, *, today: date | None = None) -> Person:
    """Back to 支援中 (closing date and reason cleared)."""
    return change_status(session, person_id, "active", today=today)


def update_staff_part(session: Session, part: PersonStaffPart, *,
                      today: date | None = None) -> PersonStaffPart:
    """Save the staff-only part (要介護度, 病歴, 障害, 職員用メモ) of ``part.person_id``."""
    access.require_staff(session, _STAFF_JA, _STAFF_EN)
    part = part.normalized()
    part.validate(today=today or date.today())
    with session.engine.begin() as conn:
        _current(conn, part.person_id)
        if (persons_repo.get_staff_part(conn, part.person_id)
                or PersonStaffPart(person_id=part.person_id)) != part:
            persons_repo.save_staff_part(conn, part, session.user.id)
            session.audit(conn, "person.staff_update", target_kind="person",
                          target_id=part.person_id)
        return persons_repo.get_staff_part(conn, part.person_id) or part


def get_person_detail(session: Session, person_id: str, *,
                      today: date | None = None) -> PersonDetail | None:
    """Everything the person page shows except the timeline (None: no such person).

    Volunteers get only people currently assigned to them (NotPermitted
    otherwise), no staff-only part (``staff`` is None) and family links only
    to people who are assigned to them too.  The opening is audited.
    """
    today = today or date.today()
    scope = access.scope_user_id(session)
    with session.engine.begin() as conn:
        person = persons_repo.get_person(conn, person_id)
        if person is None:
            return None
        access.require_person(session, conn, person_id, today)
        staff = None
        if scope is None:
            staff = persons_repo.get_staff_part(conn, person_id) or PersonStaffPart(
                person_id=person_id)
        visible = assignments_repo.assigned_person_ids(scope, today) if scope else None
        detail = PersonDetail(
            person=person, staff=staff,
            consents=tuple(consents_repo.for_person(conn, person_id)),
            assignments=sort_assignments(assignments_repo.for_person(conn, person_id), today),
            family=tuple(persons_repo.family_links(conn, person_id, visible)))
        session.audit(conn, "person.open", target_kind="person", target_id=person_id)
        return detail


def link_family(session: Session, person_id: str, related_person_id: str, relation: str) -> str:
    """Record that ``related_person_id`` is the person's ``relation`` (「母」「夫」…); both
    must be registered.  Returns the link id."""
    access.require_staff(session, _RECORD_JA, _RECORD_EN)
    relation = (relation or "").strip()
    with session.engine.begin() as conn:
        access.person_or_error(conn, person_id)
        access.person_or_error(conn, related_person_id, "related_person_id")
        if not relation:
            raise ValidationError.single("relation", "続柄を入力してください（例：母、夫）。",
                                         "Enter the relationship (e.g. mother, husband).")
        if related_person_id == person_id or persons_repo.link_exists(conn, person_id,
                                                                      related_person_id):
            raise ValidationError.single("related_person_id", "この方とはすでにつながっています（または本人です）。",
                                         "These two people are already linked (or the same).")
        link_id = persons_repo.insert_link(conn, person_id, related_person_id, relation,
                                           session.user.id)
        session.audit(conn, "person.link", target_kind="person", target_id=person_id,
                      detail={"link_id": link_id})
        return link_id


# ---------------------------------------------------------------- helpers
def _current(conn: Connection, person_id: str | None) -> Person:
    current = persons_repo.get_person(conn, person_id) if person_id else None
    if current is None:
        raise access.NotFound("この当事者の記録が見つかりません。一覧から選び直してください。",
                              "The person record was not found; choose it again from the list.",
                              person_id=person_id)
    return current


def _save(session: Session, conn: Connection, current: Person, edited: Person, today: date,
          action: str, detail: dict | None = None) -> Person:
    """Validate ``edited`` and write it over ``current`` (inside the caller's transaction)."""
    edited = replace(edited, id=current.id, person_code=edited.person_code or current.person_code)
    edited.validate(today=today, codes=code_lists.load(conn, PERSON_LISTS))
    if edited.person_code != current.person_code and persons_repo.person_code_taken(
            conn, edited.person_code, except_id=current.id):
        raise ValidationError.single(
            "person_code", f"当事者番号「{edited.person_code}」はほかの方が使っています。別の番号にしてください。",
            f"Person number {edited.person_code!r} is used by someone else; choose another.")
    changed = _changed_fields(current, edited)
    if not changed:
        return current
    persons_repo.update_person(conn, edited, session.user.id)
    session.audit(conn, action, target_kind="person", target_id=current.id,
                  detail={**(detail or {}), "fields": changed})
    return persons_repo.get_person(conn, current.id)


def _changed_fields(before: Person, after: Person) -> list[str]:
    """Names of the fields that differ (support categories compared as a set)."""
    changed = []
    for f in fields(Person):
        old, new = getattr(before, f.name), getattr(after, f.name)
        if f.name == "support_categories":
            old, new = set(old), set(new)
        if old != new:
            changed.append(f.name)
    return changed
