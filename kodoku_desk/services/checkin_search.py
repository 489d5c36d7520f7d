"""Finding a person at the 居場所 door (re-exported by :mod:`.checkin`).

Who can be found (DESIGN.md §1 keeps the 当事者 list of a volunteer to the people
assigned to them; at the door they must still be able to check in whoever comes):

- 管理者・スタッフ: every registered person whose status is 支援中 or 休止, matched
  by any part of the name or reading, phone digits or person code (as the 当事者 list).
- ボランティア: by any part of the name or reading — 居場所-only participants
  (kind ``participant``), the people assigned to them and anyone who has been to
  this place; any other registered person (a client of the NPO) **only when the
  query is their whole name or whole reading** (「やまだはなこ」, 「山田花子」, any
  kana or width, spaces ignored), so a client who gives their name can be checked in
  but client names cannot be browsed by typing a few letters.
- Every role gets the same few fields: name, reading, the suggested 参加者区分 and
  the flags below.  Never 当事者/参加者 kind, status, contact, address or health data.

People who have been to this place come first (五十音順), then the others; an
empty query lists only the place's people.  Flags: ``checked_in`` to this session
(with its ``attendance_id``, for undo), ``visited_before`` (came on an earlier day,
in any role: 継続; otherwise today is their first time, 新規), ``regular`` (常連: came
as 参加者 to ≥ 3 of the place's 4 latest recorded sessions before the session day,
:mod:`kodoku_desk.models.participation`) and ``last_attended_on`` (any role).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.participation import REGULAR_WINDOW, is_regular, suggest_category
from kodoku_desk.models.person_list import parse_query
from kodoku_desk.services.access import NotFound, scope_user_id
from kodoku_desk.services.session import Session
from kodoku_desk.store import attendance_repo, checkin_queries
from kodoku_desk.store.attendance_repo import SessionBrief
from kodoku_desk.store.checkin_queries import CandidateRecord, HistoryRecord

__all__ = ["CheckinCandidate", "find_for_checkin", "session_or_error"]

PARTICIPANT = "participant"


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckinCandidate:
    """One person found by :func:`find_for_checkin`."""

    person_id: str
    full_name: str                 # 「山田 太郎」
    full_kana: str                 # 「ヤマダ タロウ」
    category: str                  # suggested 参加者区分 on the session day
    checked_in: bool               # already checked in to this session
    attendance_id: str | None      # that check-in (for undo), else None
    regular: bool                  # 常連 of this place
    visited_before: bool           # came on an earlier day, any role (継続)
    last_attended_on: date | None  # latest earlier day at this place


def session_or_error(conn: Connection, session_id: str | None) -> SessionBrief:
    brief = attendance_repo.get_session(conn, session_id) if session_id else None
    if brief is None:
        raise NotFound("この開催回が見つかりません。居場所の開催一覧から選び直してください。",
                       "The session was not found; choose it again from the place's sessions.",
                       session_id=session_id)
    return brief


def _joined(first: str, second: str) -> str:
    return " ".join(p for p in (first, second) if p)


def find_for_checkin(session: Session, query: str, place_id: str, limit: int = 8, *,
                     session_id: str | None = None,
                     today: date | None = None) -> list[CheckinCandidate]:
    """People matching ``query`` (any kana / width, as the 当事者 list) for check-in at
    ``place_id``: at most ``limit``, the place's people first.  With ``session_id``
    (a session of that place) the flags refer to that session and its day; without
    it to ``today`` and ``checked_in`` is always False."""
    today = today or date.today()
    with session.engine.connect() as conn:
        day = today
        if session_id is not None:
            brief = session_or_error(conn, session_id)
            if brief.session.place_id != place_id:
                raise ValidationError.single("session_id", "この開催回は選んだ居場所のものではありません。",
                                             "This session belongs to another place.")
            day = brief.session.held_on
        records = checkin_queries.search(conn, parse_query(query), place_id=place_id, day=day,
                                         today=today, limit=limit,
                                         scope_user_id=scope_user_id(session))
        history = checkin_queries.place_history(conn, [r.id for r in records], place_id, day)
        recent = set(checkin_queries.recent_recorded_sessions(conn, place_id, day,
                                                              REGULAR_WINDOW))
    by_person: dict[str, list[HistoryRecord]] = {}
    for h in history:  # newest first
        by_person.setdefault(h.person_id, []).append(h)
    return [_candidate(r, by_person.get(r.id, []), session_id, day, recent) for r in records]


def _candidate(r: CandidateRecord, rows: list[HistoryRecord], session_id: str | None, day: date,
               recent: set[str]) -> CheckinCandidate:
    """``rows``: the person's attendance at the place up to ``day``, newest first;
    ``recent``: the place's latest recorded sessions before ``day``."""
    here = next((h for h in rows if h.session_id == session_id), None)
    earlier = [h for h in rows if h.held_on < day.isoformat()]
    came = {h.session_id for h in earlier if h.role == PARTICIPANT}
    birth = date.fromisoformat(r.birth_date) if r.birth_date else None
    return CheckinCandidate(
        person_id=r.id, full_name=_joined(r.family_name, r.given_name),
        full_kana=_joined(r.family_kana, r.given_kana),
        category=here.category if here else suggest_category(
            birth, day, rows[0].category if rows else None),
        checked_in=here is not None, attendance_id=here.attendance_id if here else None,
        regular=is_regular([True] * len(came & recent)), visited_before=bool(earlier),
        last_attended_on=date.fromisoformat(earlier[0].held_on) if earlier else None)
