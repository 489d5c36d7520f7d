"""居場所 check-in: the roster of a session, checking people in and out again, a quick
registration for a first-time participant, and the walk-in counters.

Rules:
- Every role takes attendance (volunteers included) and may check in any registered
  person: whoever stands at the door.  Who a volunteer can *find* is limited as
  :mod:`.checkin_search` says (re-exported here: :func:`find_for_checkin`); the
  roster shows only names, readings, 参加者区分 and role of the people checked in.
- A session must exist and be held today or earlier (checking in to a future
  session is refused: :class:`FutureSession`).
- A person is checked in to a session once: a second check-in is refused with
  :class:`AlreadyCheckedIn` (code ``already_checked_in``) and writes nothing.
- 参加者区分 defaults to :func:`kodoku_desk.models.participation.suggest_category`
  (学年 with the April-1 cut, 65+ 高齢者, else 大人; 保護者 only when chosen — or as
  last time at this place).
- Undo removes the attendance row, so the roster and every count are exactly as
  before the check-in.  Volunteers may undo only check-ins they recorded.
- Check-in, undo and a quick registration are audited (ids only); walk-in counts
  are anonymous numbers and are not.
- Live counters (:class:`RosterCounts`): 参加者 = registered participants + walk-ins
  (= the session's 延べ参加者数); volunteers and staff are counted separately;
  ``total`` is everyone present.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from kodoku_desk.models.errors import FieldError, ValidationError
from kodoku_desk.models.participation import suggest_category
from kodoku_desk.models.person import Person, PersonKind
from kodoku_desk.models.places import Attendance, PlaceSession, WalkIn
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import NotFound, NotPermitted, ServiceError, is_volunteer
from kodoku_desk.services.checkin_search import (CheckinCandidate, find_for_checkin,
                                                 session_or_error)
from kodoku_desk.services.session import Session
from kodoku_desk.store import attendance_repo, persons_repo
from kodoku_desk.store.attendance_repo import SessionBrief

__all__ = ["AlreadyCheckedIn", "CheckinCandidate", "FutureSession", "QuickRegistration",
           "Roster", "RosterCounts", "RosterRow", "change_walkins", "check_in",
           "default_category", "find_for_checkin", "load_roster", "quick_participant",
           "set_walkins", "undo_check_in"]

_LISTS = ("participant_category", "attendance_role")


class AlreadyCheckedIn(ServiceError):
    """The person is already checked in to this session (nothing was written)."""

    code = "already_checked_in"


class FutureSession(ServiceError):
    """The session is on a later day: attendance is taken on the day or afterwards."""

    code = "future_session"


@dataclass(frozen=True, slots=True, kw_only=True)
class RosterRow:
    attendance_id: str
    person_id: str
    full_name: str
    full_kana: str
    category: str
    role: str
    checked_in_at: datetime | None
    first_time: bool   # first time at this place as 参加者 (新規)


@dataclass(frozen=True, slots=True, kw_only=True)
class RosterCounts:
    registered_by_category: dict[str, int]   # role 参加者, by 参加者区分
    walkins_by_category: dict[str, int]
    participants_by_category: dict[str, int]  # both together
    registered: int
    walkins: int
    participants: int   # registered + walk-ins = 延べ参加者数 of the session
    volunteers: int
    staff: int
    total: int          # everyone present: participants + volunteers + staff

    @classmethod
    def of(cls, rows: tuple[RosterRow, ...], walkins: dict[str, int]) -> RosterCounts:
        registered: dict[str, int] = {}
        for row in rows:
            if row.role == "participant":
                registered[row.category] = registered.get(row.category, 0) + 1
        both = dict(registered)
        for category, count in walkins.items():
            both[category] = both.get(category, 0) + count
        volunteers = sum(r.role == "volunteer" for r in rows)
        staff = sum(r.role == "staff" for r in rows)
        participants = sum(both.values())
        return cls(registered_by_category=registered, walkins_by_category=dict(walkins),
                   participants_by_category=both, registered=sum(registered.values()),
                   walkins=sum(walkins.values()), participants=participants,
                   volunteers=volunteers, staff=staff, total=participants + volunteers + staff)


@dataclass(frozen=True, slots=True, kw_only=True)
class Roster:
    session: PlaceSession
    place_name: str
    place_kind: str
    rows: tuple[RosterRow, ...]       # newest check-in first
    walkins: dict[str, int]           # 参加者区分 → count (only above 0)
    counts: RosterCounts


@dataclass(frozen=True, slots=True)
class QuickRegistration:
    person: Person          # the new participant-only person
    attendance: Attendance  # their check-in


def default_category(person: Person, held_on: date) -> str:
    """参加者区分 by 学年 (April-1 cut) under 19, 高齢者 from 65 on ``held_on``, else 大人
    (also without a birth date).  保護者 is never a default."""
    return suggest_category(person.birth_date, held_on)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(second=0, microsecond=0)


def _open_session(conn: Connection, session_id: str, today: date) -> SessionBrief:
    brief = session_or_error(conn, session_id)
    held = brief.session.held_on
    if held is not None and held > today:
        raise FutureSession(f"この回（{held.month}月{held.day}日）はまだ開催日になっていないため、受付できません。",
                            f"The session on {held.isoformat()} has not been held yet; "
                            "attendance is taken on the day.", session_id=session_id)
    return brief


def load_roster(session: Session, session_id: str) -> Roster:
    """The session, who is checked in (newest first), walk-ins and the live counters."""
    with session.engine.connect() as conn:
        brief = session_or_error(conn, session_id)
        s = brief.session
        records = attendance_repo.roster(conn, session_id, s.place_id, s.held_on)
        walkins = attendance_repo.walkin_counts(conn, session_id)
    rows = tuple(RosterRow(
        attendance_id=r.attendance_id, person_id=r.person_id,
        full_name=" ".join(p for p in (r.family_name, r.given_name) if p),
        full_kana=" ".join(p for p in (r.family_kana, r.given_kana) if p),
        category=r.category, role=r.role,
        checked_in_at=datetime.fromisoformat(r.checked_in_at) if r.checked_in_at else None,
        first_time=r.first_time) for r in records)
    return Roster(session=s, place_name=brief.place_name, place_kind=brief.place_kind, rows=rows,
                  walkins=walkins, counts=RosterCounts.of(rows, walkins))


def _refuse_double(conn: Connection, session_id: str, person_id: str, name: str) -> None:
    existing = attendance_repo.find_attendance(conn, session_id, person_id)
    if existing is not None:
        at = existing.checked_in_at
        when_ja = f"（{at:%H:%M}に受付）" if at else ""
        when_en = f" (at {at:%H:%M})" if at else ""
        raise AlreadyCheckedIn(f"{name}さんは、この回はすでに受付済みです{when_ja}。二重に受付することはできません。",
                               f"{name} is already checked in to this session{when_en}; "
                               "a person is checked in once.",
                               person_id=person_id, attendance_id=existing.id)


def _insert(session: Session, conn: Connection, item: Attendance, name: str) -> Attendance:
    try:
        with conn.begin_nested():
            stored = attendance_repo.insert_attendance(conn, item, session.user.id)
    except IntegrityError:  # checked in meanwhile by another window
        _refuse_double(conn, item.session_id, item.person_id, name)
        raise
    session.audit(conn, "attendance.create", target_kind="attendance", target_id=stored.id,
                  detail={"session_id": stored.session_id, "person_id": stored.person_id,
                          "role": stored.role})
    return stored


def check_in(session: Session, session_id: str, person_id: str, *, role: str = "participant",
             category: str | None = None, now: datetime | None = None) -> Attendance:
    """Check a registered person in; returns the stored attendance.

    Raises NotFound (no such session), FutureSession, ValidationError (no such
    person, bad category or role), AlreadyCheckedIn — in every case nothing is written.
    """
    now = _now(now)
    with session.engine.begin() as conn:
        brief = _open_session(conn, session_id, now.date())
        person = attendance_repo.checkin_person(conn, person_id) if person_id else None
        if person is None:
            raise ValidationError.single("person_id", "参加者が見つかりません。検索から選び直してください。",
                                         "The person was not found; search and choose again.")
        _refuse_double(conn, session_id, person_id, person.name)
        held = brief.session.held_on
        if category is None:
            birth = date.fromisoformat(person.birth_date) if person.birth_date else None
            last = attendance_repo.last_category_at(conn, person_id, brief.session.place_id, held)
            category = suggest_category(birth, held, last)
        item = Attendance(session_id=session_id, person_id=person_id, category=category,
                          role=role, checked_in_at=now).normalized()
        item.validate(codes=code_lists.load(conn, _LISTS, labels=False))
        return _insert(session, conn, item, person.name)


def undo_check_in(session: Session, attendance_id: str) -> Attendance:
    """Remove a check-in (the roster and counts are as before it); returns what was removed."""
    with session.engine.begin() as conn:
        found = attendance_repo.get_attendance(conn, attendance_id) if attendance_id else None
        if found is None:
            raise NotFound("この受付は見つかりません（すでに取り消されています）。",
                           "The check-in was not found (it has already been undone).",
                           attendance_id=attendance_id)
        if is_volunteer(session) and found.created_by != session.user.id:
            raise NotPermitted("ほかの方が記録した受付は取り消せません。スタッフに依頼してください。",
                               "You can undo only check-ins you recorded; ask staff.",
                               attendance_id=attendance_id)
        attendance_repo.delete_attendance(conn, attendance_id)
        item = found.attendance
        session.audit(conn, "attendance.delete", target_kind="attendance", target_id=attendance_id,
                      detail={"session_id": item.session_id, "person_id": item.person_id})
        return item


def quick_participant(session: Session, family_name: str, given_name: str, family_kana: str,
                      given_kana: str, category: str, *, session_id: str,
                      role: str = "participant", now: datetime | None = None) -> QuickRegistration:
    """Register a 居場所-only participant (氏名, フリガナ, 参加者区分 — nothing else) and check
    them in, in one transaction.  氏 and フリガナ（セイ） are required; every problem is
    reported at once (ValidationError) and nothing is written."""
    now = _now(now)
    person = Person(kind=PersonKind.PARTICIPANT.value, family_name=family_name,
                    given_name=given_name, family_kana=family_kana, given_kana=given_kana,
                    registered_on=now.date()).normalized()
    errors: list[FieldError] = []
    try:
        person.validate(today=now.date())
    except ValidationError as e:
        errors += e.errors
    if not person.family_kana and not any(e.field == "family_kana" for e in errors):
        errors.append(FieldError("family_kana", "フリガナ（セイ）を入力してください。次回から名前で探せるようになります。",
                                 "Enter the family name reading, so the person can be found next time."))
    with session.engine.begin() as conn:
        brief = _open_session(conn, session_id, now.date())
        probe = Attendance(session_id=session_id, person_id="(new)", category=category or "",
                           role=role, checked_in_at=now).normalized()
        try:
            probe.validate(codes=code_lists.load(conn, _LISTS, labels=False))
        except ValidationError as e:
            errors += e.errors
        if errors:
            raise ValidationError(errors)
        person_id = persons_repo.insert_person(conn, person, session.user.id)
        session.audit(conn, "person.create", target_kind="person", target_id=person_id,
                      detail={"via": "checkin", "session_id": brief.session.id})
        stored = _insert(session, conn, replace(probe, person_id=person_id), person.full_name)
        return QuickRegistration(persons_repo.get_person(conn, person_id), stored)


def change_walkins(session: Session, session_id: str, category: str, delta: int, *,
                   today: date | None = None) -> int:
    """Add ``delta`` (+1 / −1 from the counter buttons) to the walk-ins of ``category``;
    returns the new count.  Below 0 is refused (ValidationError, nothing written)."""
    today = today or date.today()
    with session.engine.begin() as conn:
        _open_session(conn, session_id, today)
        current = attendance_repo.walkin_counts(conn, session_id).get(category, 0)
        if current + delta < 0:
            raise ValidationError.single("count", f"匿名参加者数は0人より少なくできません（いま{current}人）。",
                                         f"Walk-ins cannot go below 0 (now {current}).")
        return _store_walkins(session, conn, session_id, category, current + delta)


def set_walkins(session: Session, session_id: str, category: str, count: int, *,
                today: date | None = None) -> int:
    """Set the walk-ins of ``category`` to ``count`` (0 or more); returns it."""
    with session.engine.begin() as conn:
        _open_session(conn, session_id, today or date.today())
        return _store_walkins(session, conn, session_id, category, count)


def _store_walkins(session: Session, conn: Connection, session_id: str, category: str,
                   count: int) -> int:
    item = WalkIn(session_id=session_id, category=category, count=count).normalized()
    item.validate(codes=code_lists.load(conn, _LISTS, labels=False))
    attendance_repo.set_walkin(conn, session_id, item.category, item.count, session.user.id)
    return item.count
