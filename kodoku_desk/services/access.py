"""Who may do what with person records (DESIGN.md §1), and the errors that say no.

- 管理者 and スタッフ: every person record, assessments, referrals, the directory.
- ボランティア: only the people currently assigned to them (``person_assignments``);
  no assessments, no referral details.

:class:`NotPermitted` is not a :class:`~kodoku_desk.services.keys.NotAllowed`:
that one is a vault error (keys and accounts) with an English message only;
this one carries the Japanese message the UI shows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services.errors import ServiceError
from kodoku_desk.services.session import Session
from kodoku_desk.store import access_queries
from kodoku_desk.store.access_queries import PersonBrief

VOLUNTEER = "volunteer"




class NotPermitted(ServiceError, PermissionError):
    """The signed-in user's role does not allow this (nothing was read or written)."""

    code = "not_permitted"


class NotFound(ServiceError, LookupError):
    """The record asked for does not exist (any more)."""

    code = "not_found"


def is_volunteer(session: Session) -> bool:
    return session.user.role == VOLUNTEER


def scope_user_id(session: Session) -> str | None:
    """The user id that limits what is visible (volunteers), or None (everything)."""
    return session.user.id if is_volunteer(session) else None


def require_staff(session: Session, what_ja: str, what_en: str) -> None:
    """NotPermitted for volunteers: ``what`` is the kind of record, e.g. 「アセスメント」."""
    if is_volunteer(session):
        raise NotPermitted(f"{what_ja}はスタッフ・管理者だけが扱えます。ボランティアのアカウントでは利用できません。",
                           f"Only staff and administrators can use {what_en}; "
                           "volunteer accounts cannot.", role=session.user.role)


def person_or_error(conn: Connection, person_id: str | None, field: str = "person_id") -> PersonBrief:
    """The person, or a ValidationError on ``field`` when there is no such person."""
    person = access_queries.person_brief(conn, person_id) if person_id else None
    if person is None:
        raise ValidationError.single(field, "対象者が見つかりません。一覧から選び直してください。",
                                     "The person was not found; choose them again from the list.")
    return person


def require_person(session: Session, conn: Connection, person_id: str, today: date) -> None:
    """NotPermitted when a volunteer is not currently assigned to ``person_id``."""
    if is_volunteer(session) and not access_queries.is_assigned(conn, person_id, session.user.id,
                                                                today):
        raise NotPermitted("この方はあなたの担当ではないため、記録を見ることも書くこともできません。担当はスタッフに相談してください。",
                           "This person is not assigned to you, so you cannot see or record "
                           "anything about them; ask staff about assignments.",
                           person_id=person_id)
