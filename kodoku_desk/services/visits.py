"""見守り quick entry: defaults for a new visit, and saving it (with its follow-up).

Rules (DOMAIN.md §2.2, §2.5, §2.6):
- Defaults: now, the signed-in user as visitor, 訪問（面会）, 本人確認できた,
  対応区分 0, 次回予定日 = visit day + the person's 見守り頻度 interval (none for 随時).
- Saving normalizes and validates first (:class:`ValidationError`, nothing
  written); then the visit, its visitors, signs and actions, an audit entry and,
  when 対応区分 ≥ 1 or 要フォロー, a follow-up are written in one transaction.
- Follow-up defaults: due today + 3 days (対応区分 0–1), + 1 day (2), today (3);
  urgency 高 from 対応区分 2, 通常 below; assignee the person's primary worker,
  else the user who saves.
- Volunteers record visits only for the people assigned to them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import Connection

from kodoku_desk.models import frequency
from kodoku_desk.models.errors import FieldError, ValidationError
from kodoku_desk.models.followup import FollowUp, Urgency
from kodoku_desk.models.visit import Visit, Visitor, VisitorKind
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import is_volunteer, person_or_error, require_person
from kodoku_desk.services.session import Session
from kodoku_desk.store import access_queries, followups_repo, visits_repo

__all__ = ["DUE_DAYS", "FollowUpRequest", "SavedVisit", "get_visit", "person_visits",
           "quick_visit_defaults", "record_visit"]

DEFAULT_METHOD = "visit_met"       # 訪問（面会）
DEFAULT_SAFETY = "confirmed"       # 本人確認できた
#: Days from today to the follow-up's due date, by 対応区分.
DUE_DAYS = {0: 3, 1: 3, 2: 1, 3: 0}


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUpRequest:
    """What the user chose for the follow-up a visit opens; None fields take the defaults.

    Passing one to :func:`record_visit` also ticks 要フォロー on the visit.
    """

    due_on: date | None = None
    urgency: str | None = None
    assignee_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class SavedVisit:
    visit: Visit                  # as stored, with ids
    follow_up: FollowUp | None    # opened with it, if any


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(second=0, microsecond=0)


def _visitor_kind(session: Session) -> str:
    return VisitorKind.VOLUNTEER.value if is_volunteer(session) else VisitorKind.STAFF.value


def _next_due(day: date, frequency_code: str | None) -> date | None:
    try:
        return frequency.next_due(day, frequency_code) if frequency_code else None
    except ValueError:  # an organisation's own frequency code without an interval
        return None


def quick_visit_defaults(session: Session, person_id: str, now: datetime | None = None) -> Visit:
    """A new visit prefilled for the quick-entry form (not saved)."""
    now = _now(now)
    with session.engine.connect() as conn:
        person = person_or_error(conn, person_id)
        require_person(session, conn, person_id, now.date())
    return Visit(person_id=person_id, visit_at=now,
                 visitors=(Visitor(user_id=session.user.id, visitor_kind=_visitor_kind(session)),),
                 method=DEFAULT_METHOD, safety_check=DEFAULT_SAFETY, response_level=0,
                 next_due=_next_due(now.date(), person.visit_frequency))


def _default_reason(visit: Visit, lists) -> str:
    if visit.response_level >= 1:
        label = code_lists.label(lists, "response_level", str(visit.response_level))
        return f"見守り記録：対応区分{visit.response_level}（{label}）"
    return "見守り記録：要フォロー"


def _follow_up(conn: Connection, session: Session, visit: Visit, request: FollowUpRequest,
               today: date, lists) -> FollowUp:
    level = visit.response_level if visit.response_level in DUE_DAYS else 0
    assignee = request.assignee_id or access_queries.primary_assignee(
        conn, visit.person_id, today) or session.user.id
    urgency = request.urgency or (Urgency.HIGH.value if level >= 2 else Urgency.NORMAL.value)
    return FollowUp(person_id=visit.person_id, opened_on=today,
                    due_on=request.due_on or today + timedelta(days=DUE_DAYS[level]),
                    urgency=urgency, assignee_id=assignee,
                    reason=request.reason or _default_reason(visit, lists)).normalized()


def _check_users(conn: Connection, visit: Visit, follow_up: FollowUp | None) -> list[FieldError]:
    wanted = {v.user_id for v in visit.visitors if v.user_id}
    if follow_up is not None and follow_up.assignee_id:
        wanted.add(follow_up.assignee_id)
    known = access_queries.active_user_ids(conn, wanted)
    errors = []
    if any(v.user_id and v.user_id not in known for v in visit.visitors):
        errors.append(FieldError("visitors", "訪問者に、登録されていないか使用停止中のユーザーが含まれています。選び直してください。",
                                 "A visitor is not an active user; choose the visitor again."))
    if follow_up is not None and follow_up.assignee_id not in known:
        errors.append(FieldError("follow_up.assignee_id", "フォローアップの担当者が、登録されていないか使用停止中のユーザーです。選び直してください。",
                                 "The follow-up assignee is not an active user; choose again."))
    return errors


def _validate(conn: Connection, session: Session, visit: Visit, request: FollowUpRequest | None,
              now: datetime, lists) -> FollowUp | None:
    """Every problem with the visit and its follow-up, raised together."""
    errors: list[FieldError] = []
    try:
        visit.validate(today=now.date(), now=now, codes=lists)
    except ValidationError as exc:
        errors += exc.errors
    follow_up = None
    level_ok = isinstance(visit.response_level, int) and not isinstance(visit.response_level, bool)
    if level_ok and visit.needs_follow_up:
        follow_up = _follow_up(conn, session, visit, request or FollowUpRequest(), now.date(),
                               lists)
        try:
            follow_up.validate(today=now.date())
        except ValidationError as exc:
            errors += [FieldError(f"follow_up.{e.field}", e.message_ja, e.message_en)
                       for e in exc.errors if e.field != "person_id"]
    errors += _check_users(conn, visit, follow_up)
    if errors:
        raise ValidationError(errors)
    return follow_up


def record_visit(session: Session, visit: Visit, *, now: datetime | None = None,
                 follow_up: FollowUpRequest | None = None) -> SavedVisit:
    """Save a 見守り record (and its follow-up) in one transaction; see the module rules.

    Raises :class:`ValidationError` (nothing written) or
    :class:`~kodoku_desk.services.access.NotPermitted` (a volunteer, someone else's person).
    """
    now = _now(now)
    visit = visit.normalized()
    if follow_up is not None:
        visit = replace(visit, follow_up_requested=True)
    with session.engine.begin() as conn:
        if visit.person_id:  # a missing one is reported with the other problems
            person_or_error(conn, visit.person_id)
            require_person(session, conn, visit.person_id, now.date())
        lists = code_lists.load(conn, code_lists.VISIT_LISTS, labels=False)
        opened = _validate(conn, session, visit, follow_up, now, lists)
        stored = visits_repo.insert_visit(conn, visit, session.user.id)
        detail = {"response_level": stored.response_level, "signs": len(stored.signs),
                  "actions": len(stored.actions)}
        if opened is not None:
            opened = followups_repo.insert_follow_up(conn, replace(opened, visit_id=stored.id),
                                                     session.user.id)
            detail["follow_up_id"] = opened.id
        session.audit(conn, "visit.create", target_kind="visit", target_id=stored.id,
                      detail=detail)
        if opened is not None:
            session.audit(conn, "follow_up.open", target_kind="follow_up", target_id=opened.id,
                          detail={"urgency": opened.urgency, "visit_id": stored.id})
    return SavedVisit(stored, opened)


def person_visits(session: Session, person_id: str, *, limit: int = 50,
                  today: date | None = None) -> list[Visit]:
    """The person's visits with visitors, signs and actions, newest first (recent visits)."""
    with session.engine.connect() as conn:
        person_or_error(conn, person_id)
        require_person(session, conn, person_id, today or date.today())
        return visits_repo.visits_for_person(conn, person_id, limit=limit)


def get_visit(session: Session, visit_id: str, *, today: date | None = None) -> Visit | None:
    """One visit (None if unknown); volunteers only for their own people."""
    with session.engine.connect() as conn:
        visit = visits_repo.get_visit(conn, visit_id)
        if visit is not None:
            require_person(session, conn, visit.person_id, today or date.today())
        return visit
