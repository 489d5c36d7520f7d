"""フォローアップ: the open list, closing with an outcome, reassigning, moving the due date.

A follow-up stays on the list until someone closes it with an outcome
(DOMAIN.md §2.5).  Volunteers see and change only the follow-ups of the people
assigned to them.  Every change is written to the audit log.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import Connection

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.followup import FollowUp
from kodoku_desk.services.access import NotFound, require_person, scope_user_id
from kodoku_desk.services.session import Session
from kodoku_desk.store import access_queries, followups_repo
from kodoku_desk.store.followups_repo import FollowUpRow

__all__ = ["FollowUpRow", "close_follow_up", "open_follow_ups", "person_follow_ups", "reassign",
           "set_due", "set_urgency"]


def open_follow_ups(session: Session, *, assignee_id: str | None = None,
                    urgency: str | None = None, today: date | None = None) -> list[FollowUpRow]:
    """Open follow-ups, most urgent first, then by due date (with the person's name)."""
    today = today or date.today()
    scope = scope_user_id(session)
    with session.engine.connect() as conn:
        return followups_repo.open_follow_up_rows(
            conn, assignee_id=assignee_id, urgency=urgency,
            person_ids=access_queries.assigned_person_ids(scope, today) if scope else None)


def person_follow_ups(session: Session, person_id: str, *,
                      today: date | None = None) -> list[FollowUp]:
    """Every follow-up of one person, most recently opened first."""
    with session.engine.connect() as conn:
        require_person(session, conn, person_id, today or date.today())
        return followups_repo.follow_ups_for_person(conn, person_id)


def _load(session: Session, conn: Connection, follow_up_id: str, today: date) -> FollowUp:
    follow_up = followups_repo.get_follow_up(conn, follow_up_id)
    if follow_up is None:
        raise NotFound("このフォローアップは見つかりません。削除されたか、別の端末で変更された可能性があります。",
                       "The follow-up was not found.", follow_up_id=follow_up_id)
    require_person(session, conn, follow_up.person_id, today)
    return follow_up


def _require_open(follow_up: FollowUp) -> None:
    if not follow_up.is_open:
        raise ValidationError.single("status", "このフォローアップはすでに完了しています。",
                                     "This follow-up is already closed.")


def close_follow_up(session: Session, follow_up_id: str, outcome: str | None,
                    note: str | None = None, *, today: date | None = None) -> FollowUp:
    """Close with an outcome (required; ValidationError, nothing written, without one)."""
    today = today or date.today()
    with session.engine.begin() as conn:
        current = _load(session, conn, follow_up_id, today)
        _require_open(current)
        closed = current.closed(on=today, outcome=(outcome or "").strip(), note=note,
                                by=session.user.id).normalized()
        closed.validate(today=today)
        followups_repo.update_follow_up(conn, closed)
        session.audit(conn, "follow_up.close", target_kind="follow_up", target_id=follow_up_id,
                      detail={"outcome": closed.outcome})
    return closed


def reassign(session: Session, follow_up_id: str, assignee_id: str, *,
             today: date | None = None) -> FollowUp:
    """Give an open follow-up to another active user."""
    today = today or date.today()
    with session.engine.begin() as conn:
        current = _load(session, conn, follow_up_id, today)
        _require_open(current)
        if not assignee_id or assignee_id not in access_queries.active_user_ids(conn, [assignee_id]):
            raise ValidationError.single("assignee_id", "担当者が、登録されていないか使用停止中のユーザーです。選び直してください。",
                                         "The assignee is not an active user; choose again.")
        changed = replace(current, assignee_id=assignee_id)
        followups_repo.update_follow_up(conn, changed)
        session.audit(conn, "follow_up.reassign", target_kind="follow_up", target_id=follow_up_id)
    return changed


def set_due(session: Session, follow_up_id: str, due_on: date | None, *,
            today: date | None = None) -> FollowUp:
    """Move the due date of an open follow-up (None: no due date)."""
    return _change_open(session, follow_up_id, today, "follow_up.set_due", due_on=due_on)


def set_urgency(session: Session, follow_up_id: str, urgency: str, *,
                today: date | None = None) -> FollowUp:
    """Change the urgency (高 / 通常 / 低) of an open follow-up."""
    return _change_open(session, follow_up_id, today, "follow_up.set_urgency",
                        detail={"urgency": urgency}, urgency=urgency)


def _change_open(session: Session, follow_up_id: str, today: date | None, action: str, *,
                 detail: dict | None = None, **changes) -> FollowUp:
    """Change fields of an open follow-up: validate, store and audit in one transaction."""
    today = today or date.today()
    with session.engine.begin() as conn:
        current = _load(session, conn, follow_up_id, today)
        _require_open(current)
        changed = replace(current, **changes)
        changed.validate(today=today)
        followups_repo.update_follow_up(conn, changed)
        session.audit(conn, action, target_kind="follow_up", target_id=follow_up_id,
                      detail=detail)
    return changed
