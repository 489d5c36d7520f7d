"""居場所: places and their sessions (開催); check-in and counts live in other modules.

Who may do what (DESIGN.md §1):
- places (add, edit, retire with ``active=False``) and series of sessions:
  スタッフ・管理者 only;
- reading places and sessions, creating or editing a single session (a
  volunteer opens today's session at the door and enters 提供食数 at the end):
  every signed-in user;
- deleting a session: staff, or the volunteer who created it; never while it
  has attendance or walk-in rows (:class:`SessionHasRecords`).

Blank session fields take the place's usual values: 会場, 開始・終了時刻
from the place, 活動形態 from its kind (:data:`DEFAULT_FORMS`).  Every write
validates first (:class:`ValidationError`, nothing written) and is audited.
A place that is no longer active takes no new sessions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection

from kodoku_desk.models.errors import FieldError, ValidationError, raise_if_errors
from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.models.series import (DEFAULT_FORMS, MAX_SERIES_DAYS, SkippedDay, plan_days,
                                       with_place_defaults)
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import (NotFound, NotPermitted, ServiceError, is_volunteer,
                                          require_staff)
from kodoku_desk.services.session import Session
from kodoku_desk.store import places_repo
from kodoku_desk.store.places_repo import DayRow

__all__ = ["DEFAULT_FORMS", "DayRow", "OpenedSession", "SeriesResult", "SessionHasRecords",
           "SkippedDay", "add_place", "create_series", "create_session", "delete_session",
           "discard_if_empty", "get_place", "get_session", "list_places", "new_session_defaults",
           "open_session", "plan_series", "session_on_day", "sessions_of_place", "sessions_on",
           "update_place", "update_session"]

#: Code lists checked on save; ``district`` is the organisation's own (checked when it has one).
LISTS = ("place_kind", "activity_form", "district")
PLACES = ("居場所の登録・変更", "managing places")
SERIES = ("開催予定の一括作成", "creating a series of sessions")


class SessionHasRecords(ServiceError):
    """The session has check-ins or walk-in counts, so it cannot be deleted."""

    code = "session_has_records"


class SeriesResult(NamedTuple):
    """What a series made: sessions (unsaved, ``id`` None, from :func:`plan_series`) and
    the days the schedule fell on but were left out, each with its reason."""

    created: list[PlaceSession]
    skipped: list[SkippedDay]


class OpenedSession(NamedTuple):
    session: PlaceSession
    created: bool  # False: the place already had a session that day


# ---------------------------------------------------------------- places

def _validate_place(conn: Connection, place: Place) -> None:
    lists = code_lists.load(conn, LISTS, labels=False)
    errors: list[FieldError] = []
    try:
        place.validate(codes=lists)
    except ValidationError as exc:
        errors += exc.errors
    districts = lists.get("district")
    if place.district_code and districts is not None and place.district_code not in districts:
        errors.append(FieldError("district_code", f"地区「{place.district_code}」は地区の一覧にありません。一覧から選んでください。",
                                 f"District {place.district_code!r} is not in the list; choose one."))
    raise_if_errors(errors)


def _place_or_not_found(conn: Connection, place_id: str | None) -> Place:
    place = places_repo.get_place(conn, place_id) if place_id else None
    if place is None:
        raise NotFound("この居場所は見つかりません。", "The place was not found.", place_id=place_id)
    return place


def add_place(session: Session, place: Place) -> Place:
    """Register a place (staff); the schedule is JSON text, see :mod:`models.schedule`."""
    require_staff(session, *PLACES)
    place = replace(place.normalized(), id=None)
    with session.engine.begin() as conn:
        _validate_place(conn, place)
        stored = places_repo.insert_place(conn, place, session.user.id)
        session.audit(conn, "place.create", target_kind="place", target_id=stored.id,
                      detail={"kind": stored.kind})
    return stored


def update_place(session: Session, place: Place) -> Place:
    """Save a changed place (staff); ``active=False`` retires it (its sessions stay)."""
    require_staff(session, *PLACES)
    place = place.normalized()
    with session.engine.begin() as conn:
        current = _place_or_not_found(conn, place.id)
        _validate_place(conn, place)
        places_repo.update_place(conn, place)
        session.audit(conn, "place.update", target_kind="place", target_id=place.id,
                      detail={"active": place.active} if place.active != current.active else None)
    return place


def get_place(session: Session, place_id: str) -> Place:
    """The place (any signed-in user); :class:`NotFound` when it does not exist."""
    with session.engine.connect() as conn:
        return _place_or_not_found(conn, place_id)


def list_places(session: Session, active_only: bool = True) -> list[Place]:
    """Places by name (read as kana); with ``active_only=False`` retired ones come last."""
    with session.engine.connect() as conn:
        return places_repo.list_places(conn, active_only=active_only)


# ---------------------------------------------------------------- sessions

def _session_place(conn: Connection, place_id: str | None) -> Place | None:
    """The session's place; ValidationError on ``place_id`` when missing or retired."""
    if not place_id:
        return None  # reported with the other problems by PlaceSession.validate
    place = places_repo.get_place(conn, place_id)
    if place is None:
        raise ValidationError.single("place_id", "居場所が見つかりません。一覧から選び直してください。",
                                     "The place was not found; choose it again from the list.")
    return place


def _check_session(conn: Connection, held: PlaceSession) -> None:
    """Every problem with ``held`` (fields, codes, a second session at the same day and time)."""
    errors: list[FieldError] = []
    try:
        held.validate(codes=code_lists.load(conn, LISTS, labels=False))
    except ValidationError as exc:
        errors += exc.errors
    if held.place_id and isinstance(held.held_on, date):
        same = [s for s in places_repo.sessions_at(conn, held.place_id, held.held_on)
                if s.id != held.id and s.start_time == held.start_time]
        if same:
            errors.append(FieldError("held_on", "この居場所には同じ日・同じ開始時刻の開催がすでにあります。その開催を開いてください。",
                                     "This place already has a session on that day at that "
                                     "start time; open that session instead."))
    raise_if_errors(errors)


def _retired_error() -> ValidationError:
    return ValidationError.single("place_id", "この居場所は終了（休止）しています。居場所を再開してから開催を登録してください。",
                                  "This place is no longer active; reactivate it before adding "
                                  "sessions.")


def new_session_defaults(session: Session, place_id: str, day: date) -> PlaceSession:
    """An unsaved session for the form: the place's usual values, the fee of its last session."""
    with session.engine.connect() as conn:
        place = _place_or_not_found(conn, place_id)
        latest = places_repo.latest_before(conn, place_id, day)
    held = PlaceSession(place_id=place_id, held_on=day,
                        fee_yen=latest.fee_yen if latest is not None else None)
    return with_place_defaults(held, place)


def create_session(session: Session, held: PlaceSession) -> PlaceSession:
    """Save one session (any signed-in user); blank fields take the place's usual values."""
    held = replace(held.normalized(), id=None)
    with session.engine.begin() as conn:
        place = _session_place(conn, held.place_id)
        if place is not None:
            if not place.active:
                raise _retired_error()
            held = with_place_defaults(held, place)
        _check_session(conn, held)
        stored = places_repo.insert_session(conn, held, session.user.id)
        session.audit(conn, "place_session.create", target_kind="place_session",
                      target_id=stored.id, detail={"place_id": stored.place_id})
    return stored


def session_on_day(session: Session, place_id: str, day: date) -> PlaceSession | None:
    """The place's session on ``day`` (the earliest), or None; nothing is created."""
    with session.engine.connect() as conn:
        _place_or_not_found(conn, place_id)
        found = places_repo.sessions_at(conn, place_id, day)
    return found[0] if found else None


def open_session(session: Session, place_id: str, day: date) -> OpenedSession:
    """The place's session on ``day`` (the earliest), created with the defaults if there is none."""
    found = session_on_day(session, place_id, day)
    if found is not None:
        return OpenedSession(found, False)
    return OpenedSession(create_session(session, new_session_defaults(session, place_id, day)),
                         True)


def update_session(session: Session, held: PlaceSession) -> PlaceSession:
    """Save a changed session (any signed-in user); it stays with its place."""
    held = held.normalized()
    with session.engine.begin() as conn:
        current = places_repo.get_session(conn, held.id) if held.id else None
        if current is None:
            raise NotFound("この開催は見つかりません。", "The session was not found.",
                           session_id=held.id)
        held = replace(held, place_id=current.place_id)
        _check_session(conn, held)
        places_repo.update_session(conn, held)
        session.audit(conn, "place_session.update", target_kind="place_session",
                      target_id=held.id)
    return held


def delete_session(session: Session, session_id: str) -> None:
    """Delete a session without attendance (staff, or the volunteer who created it)."""
    with session.engine.begin() as conn:
        current = places_repo.get_session(conn, session_id)
        if current is None:
            raise NotFound("この開催は見つかりません。", "The session was not found.",
                           session_id=session_id)
        if is_volunteer(session) and places_repo.session_author(conn, session_id) != session.user.id:
            raise NotPermitted("ボランティアのアカウントで削除できるのは、自分で登録した開催だけです。スタッフに相談してください。",
                               "Volunteer accounts can delete only sessions they created; "
                               "ask staff.", session_id=session_id)
        if places_repo.session_has_records(conn, session_id):
            raise SessionHasRecords("この開催には参加者の受付または匿名参加者数が記録されているため、削除できません。先に受付を取り消してください。",
                                    "This session has check-ins or walk-in counts, so it cannot "
                                    "be deleted; undo the check-ins first.",
                                    session_id=session_id)
        places_repo.delete_session(conn, session_id)
        session.audit(conn, "place_session.delete", target_kind="place_session",
                      target_id=session_id, detail={"place_id": current.place_id})


def discard_if_empty(session: Session, session_id: str) -> PlaceSession | None:
    """Delete the session if nobody was checked in and no walk-ins were counted.

    For a session opened only for today's check-in (「今日の受付」) and left unused.
    The rules are :func:`delete_session`'s (staff, or the volunteer who created
    it); returns the deleted session, or None when it was kept because it has
    records or is already gone.
    """
    with session.engine.connect() as conn:
        current = places_repo.get_session(conn, session_id)
    if current is None:
        return None
    try:
        delete_session(session, session_id)
    except (SessionHasRecords, NotFound):
        return None
    return current


def get_session(session: Session, session_id: str) -> PlaceSession:
    with session.engine.connect() as conn:
        found = places_repo.get_session(conn, session_id)
    if found is None:
        raise NotFound("この開催は見つかりません。", "The session was not found.",
                       session_id=session_id)
    return found


def sessions_of_place(session: Session, place_id: str, start: date | None = None,
                      end: date | None = None) -> list[PlaceSession]:
    """The place's sessions from ``start`` to ``end`` (both included; None = open), oldest first."""
    with session.engine.connect() as conn:
        return places_repo.sessions_of_place(conn, place_id, start, end)


def sessions_on(session: Session, day: date, *, active_only: bool = False) -> list[DayRow]:
    """Every place's sessions on ``day`` with the place's name and kind, by start time."""
    with session.engine.connect() as conn:
        return places_repo.sessions_on(conn, day, active_only=active_only)


# ---------------------------------------------------------------- series

def _series_errors(place: Place, schedule: Schedule | None, start: object,
                   end: object) -> list[FieldError]:
    errors: list[FieldError] = []
    if not place.active:
        errors += _retired_error().errors
    if schedule is None:
        errors.append(FieldError("schedule", "この居場所には開催予定（毎週・毎月第○曜日など）が登録されていないか、読み取れません。開催予定を選んでください。",
                                 "The place has no usable schedule; choose one."))
    for field, value, ja, en in (("start", start, "開始日", "Start date"),
                                 ("end", end, "終了日", "End date")):
        if not isinstance(value, date):
            errors.append(FieldError(field, f"{ja}を入力してください。", f"{en} is required."))
    if isinstance(start, date) and isinstance(end, date):
        if end < start:
            errors.append(FieldError("end", "終了日は開始日以降にしてください。",
                                     "The end date must not be before the start date."))
        elif (end - start).days > MAX_SERIES_DAYS:
            errors.append(FieldError("end", "一度に作成できるのは2年分までです。期間を短くしてください。",
                                     "A series may cover at most two years; shorten the period."))
    return errors


def _plan(conn: Connection, place_id: str, start: date, end: date, schedule: Schedule | None,
          template: PlaceSession | None, skip_holidays: bool,
          skip_year_end: bool) -> SeriesResult:
    place = _place_or_not_found(conn, place_id)
    if schedule is None:
        schedule = Schedule.parse_or_none(place.schedule)
    raise_if_errors(_series_errors(place, schedule, start, end))
    base = with_place_defaults(replace((template or PlaceSession()).normalized(), id=None,
                                       place_id=place_id, held_on=start), place)
    try:
        base.validate(codes=code_lists.load(conn, LISTS, labels=False))
    except ValidationError as exc:  # a date is filled per day: report the template's fields
        raise_if_errors(e for e in exc.errors if e.field != "held_on")
    days, skipped = plan_days(schedule, start, end,
                              existing=places_repo.existing_dates(conn, place_id, start, end),
                              skip_holidays=skip_holidays, skip_year_end=skip_year_end)
    return SeriesResult([replace(base, held_on=day) for day in days], skipped)


def plan_series(session: Session, place_id: str, start: date, end: date, *,
                schedule: Schedule | None = None, template: PlaceSession | None = None,
                skip_holidays: bool = True, skip_year_end: bool = False) -> SeriesResult:
    """What :func:`create_series` would do, without writing (for a preview); staff only."""
    require_staff(session, *SERIES)
    with session.engine.connect() as conn:
        return _plan(conn, place_id, start, end, schedule, template, skip_holidays,
                     skip_year_end)


def create_series(session: Session, place_id: str, start: date, end: date, *,
                  schedule: Schedule | None = None, template: PlaceSession | None = None,
                  skip_holidays: bool = True, skip_year_end: bool = False) -> SeriesResult:
    """Create the place's sessions from ``start`` to ``end`` (both included); staff only.

    ``schedule`` defaults to the place's usual one; ``template`` gives the fields
    every session takes (its blanks take the place's usual values; its date
    and place are ignored).  Days with a session of the place already, public
    holidays (``skip_holidays``) and 29 Dec – 3 Jan (``skip_year_end``) are
    left out and returned in ``skipped``.  All sessions are written in one
    transaction, with one audit entry for the series.
    """
    require_staff(session, *SERIES)
    with session.engine.begin() as conn:
        planned = _plan(conn, place_id, start, end, schedule, template, skip_holidays,
                        skip_year_end)
        stored = places_repo.insert_sessions(conn, planned.created, session.user.id)
        session.audit(conn, "place_session.series", target_kind="place", target_id=place_id,
                      detail={"created": len(stored), "skipped": len(planned.skipped),
                              "start": start.isoformat(), "end": end.isoformat()})
    return SeriesResult(stored, planned.skipped)
