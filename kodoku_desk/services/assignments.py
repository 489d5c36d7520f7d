"""Assigning workers (staff or volunteers) to a person, and ending an assignment.

Assignments decide what a volunteer sees (:mod:`kodoku_desk.store.assignments_repo`
says when one is current).  Only staff and administrators change them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person_detail import Assignment
from kodoku_desk.services import access
from kodoku_desk.services.session import Session
from kodoku_desk.store import assignments_repo, users_repo

__all__ = ["assign_worker", "end_assignment", "sort_assignments"]

_WHAT_JA, _WHAT_EN = "担当者の割り当て", "assigning workers"


def sort_assignments(items: Iterable[Assignment], today: date) -> tuple[Assignment, ...]:
    """Current first (primary, volunteer, backup; then by name), then past ones, latest first."""
    order = {role: i for i, role in enumerate(assignments_repo.ROLE_ORDER)}
    current = sorted((a for a in items if a.is_current(today)),
                     key=lambda a: (order.get(a.role, 9), a.worker_name, a.id or ""))
    past = sorted((a for a in items if not a.is_current(today)),
                  key=lambda a: (a.end_on or date.max, a.start_on or date.min), reverse=True)
    return (*current, *past)


def assign_worker(session: Session, person_id: str, user_id: str, role: str = "primary", *,
                  start_on: date | None = None, today: date | None = None) -> Assignment:
    """Assign ``user_id`` to the person from ``start_on`` (default today).

    ValidationError when the user does not exist or is disabled, the role is
    unknown, or the user is already assigned to the person.
    """
    access.require_staff(session, _WHAT_JA, _WHAT_EN)
    today = today or date.today()
    a = Assignment(person_id=person_id, user_id=user_id, role=role,
                   start_on=start_on or today).normalized()
    a.validate(today=today)
    with session.engine.begin() as conn:
        access.person_or_error(conn, person_id)
        user = users_repo.by_id(conn, a.user_id)
        if user is None or not user["active"]:
            raise ValidationError.single("user_id", "担当者が見つからないか、無効にされています。一覧から選び直してください。",
                                         "The worker was not found or is disabled; choose again.")
        if any(x.user_id == a.user_id and (x.end_on is None or x.end_on > a.start_on)
               for x in assignments_repo.for_person(conn, person_id)):
            raise ValidationError.single("user_id", f"{user['display_name']}さんはすでにこの方の担当です。",
                                         "This worker is already assigned to the person.")
        assignment_id = assignments_repo.insert_assignment(conn, a, session.user.id)
        session.audit(conn, "person.assign", target_kind="person", target_id=person_id,
                      detail={"assignment_id": assignment_id, "user_id": a.user_id,
                              "role": a.role})
        return assignments_repo.get(conn, assignment_id)


def end_assignment(session: Session, assignment_id: str, *, end_on: date | None = None,
                   today: date | None = None) -> Assignment:
    """End an assignment on ``end_on`` (default today: the worker loses the person at once)."""
    access.require_staff(session, _WHAT_JA, _WHAT_EN)
    today = today or date.today()
    with session.engine.begin() as conn:
        current = assignments_repo.get(conn, assignment_id)
        if current is None:
            raise access.NotFound("この担当の記録が見つかりません。画面を開き直してください。",
                                  "The assignment was not found; reopen the page.",
                                  assignment_id=assignment_id)
        if current.end_on is not None and current.end_on <= today:
            raise ValidationError.single("end_on", "この担当はすでに終了しています。",
                                         "This assignment has already ended.")
        ended = replace(current, end_on=end_on or today)
        ended.validate(today=today)
        assignments_repo.set_end(conn, assignment_id, ended.end_on)
        session.audit(conn, "person.unassign", target_kind="person", target_id=current.person_id,
                      detail={"assignment_id": assignment_id, "user_id": current.user_id})
        return assignments_repo.get(conn, assignment_id)
