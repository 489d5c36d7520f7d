"""The person page's one timeline: everything about a person, newest first.

Visits (method, 安否確認, 対応区分, signs, visitors), follow-ups opened and
closed, assessments (score and band), referrals, and 居場所 attendance.
Volunteers see only their assigned people and never assessments or referrals.

A handful of indexed queries, one per kind of record (each limited), plus one
``IN`` query each for the signs and visitors of the visits shown: never one
query per row.  Entries known only by date (follow-ups, assessments, referrals,
sessions without a start time) have ``timed=False`` and ``at`` at midnight;
they sort above the timed entries of the same day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from kodoku_desk.models.labels import LabeledEnum
from kodoku_desk.models.records import Assessment
from kodoku_desk.models.survey import CONTACT_FREQUENCY_ANSWERS, DIRECT_ANSWERS, UCLA_BANDS
from kodoku_desk.models.visit import FollowUpOutcome, Urgency, VisitorKind
from kodoku_desk.models.wareki import format_seireki
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import is_volunteer, person_or_error, require_person
from kodoku_desk.services.session import Session
from kodoku_desk.store import (access_queries, followups_repo, records_repo, timeline_queries,
                               visits_repo)

__all__ = ["TimelineEntry", "TimelineKind", "person_timeline"]

_LISTS = ("visit_method", "safety_check", "condition", "warning_sign", "response_level",
          "org_kind", "referral_outcome", "place_kind", "attendance_role")
_SEP = "／"
_NOTE_CHARS = 60


class TimelineKind(LabeledEnum):
    VISIT = ("visit", "見守り", "Check-in")
    FOLLOW_UP_OPENED = ("follow_up_opened", "フォローアップ開始", "Follow-up opened")
    FOLLOW_UP_CLOSED = ("follow_up_closed", "フォローアップ完了", "Follow-up closed")
    ASSESSMENT = ("assessment", "アセスメント", "Assessment")
    REFERRAL = ("referral", "つなぎ", "Referral")
    ATTENDANCE = ("attendance", "居場所", "Drop-in attendance")


#: Same-day order among date-only entries (higher = newer).
_RANK = {TimelineKind.ATTENDANCE: 0, TimelineKind.VISIT: 1, TimelineKind.ASSESSMENT: 2,
         TimelineKind.REFERRAL: 3, TimelineKind.FOLLOW_UP_OPENED: 4,
         TimelineKind.FOLLOW_UP_CLOSED: 5}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    kind: str               # a TimelineKind value
    at: datetime
    title_ja: str
    detail_ja: str
    record_id: str
    level: int | None = None     # 対応区分 of a visit
    urgency: str | None = None   # a follow-up's urgency code
    timed: bool = True           # False: only the date is known

    def sort_key(self) -> tuple:
        return (self.at.date(), not self.timed, self.at.time(), _RANK[TimelineKind(self.kind)],
                self.record_id)


def _day(value: str | date | None) -> datetime:
    if isinstance(value, date):
        return datetime.combine(value, time())
    return datetime.combine(date.fromisoformat(str(value)[:10]), time())


def _short(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= _NOTE_CHARS else text[:_NOTE_CHARS - 1] + "…"


def _join(*parts: str) -> str:
    return _SEP.join(p for p in parts if p)


def _visits(conn, person_id: str, limit: int, lists) -> list[TimelineEntry]:
    rows = visits_repo.visit_rows_for_person(conn, person_id, limit=limit)
    ids = [r["id"] for r in rows]
    signs = visits_repo.signs_for(conn, ids)
    visitors = visits_repo.visitor_names(conn, ids)
    sign_order = {code: i for i, code in enumerate(lists["warning_sign"].codes())}
    label = code_lists.label
    entries = []
    for r in rows:
        level = int(r["response_level"])
        who = [f"{VisitorKind.MINSEI.ja} {name}".strip() if kind == VisitorKind.MINSEI else name
               for kind, name in visitors.get(r["id"], ())]
        codes = sorted(signs.get(r["id"], ()), key=lambda c: (sign_order.get(c, len(sign_order)), c))
        sign_labels = [label(lists, "warning_sign", code) for code in codes]
        detail = _join(
            label(lists, "safety_check", r["safety_check"]),
            label(lists, "condition", r["condition"]),
            f"対応区分{level}（{label(lists, 'response_level', str(level))}）",
            "要フォロー" if r["follow_up_requested"] and level == 0 else "",
            "気づき：" + "、".join(sign_labels) if sign_labels else "",
            "訪問者：" + "、".join(w for w in who if w) if any(who) else "",
            _short(r["condition_note"]))
        entries.append(TimelineEntry(
            TimelineKind.VISIT.value, datetime.fromisoformat(r["visit_at"]),
            f"見守り：{label(lists, 'visit_method', r['method'])}", detail, r["id"], level=level))
    return entries


def _follow_ups(conn, person_id: str, limit: int) -> list[TimelineEntry]:
    follow_ups = followups_repo.follow_ups_for_person(conn, person_id, limit=limit)
    names = access_queries.user_names(conn, (f.assignee_id for f in follow_ups))
    entries = []
    for f in follow_ups:
        urgency = Urgency.parse(f.urgency)
        entries.append(TimelineEntry(
            TimelineKind.FOLLOW_UP_OPENED.value, _day(f.opened_on),
            f"フォローアップ開始（緊急度：{urgency.ja if urgency else f.urgency}）",
            _join(_short(f.reason), f"期限：{format_seireki(f.due_on)}" if f.due_on else "",
                  f"担当：{names[f.assignee_id]}" if f.assignee_id in names else ""),
            f.id, urgency=f.urgency, timed=False))
        if f.closed_on is not None:
            outcome = FollowUpOutcome.parse(f.outcome)
            entries.append(TimelineEntry(
                TimelineKind.FOLLOW_UP_CLOSED.value, _day(f.closed_on),
                f"フォローアップ完了：{outcome.ja if outcome else f.outcome or ''}",
                _short(f.outcome_note), f.id, urgency=f.urgency, timed=False))
    return entries


def _assessment_title(a: Assessment) -> str:
    if a.ucla_score is None:
        return "アセスメント：UCLA孤独感尺度（未回答の設問あり・得点なし）"
    return f"アセスメント：UCLA孤独感尺度 {a.ucla_score}点（{UCLA_BANDS.label(a.ucla_band)}）"


def _assessments(conn, person_id: str, limit: int) -> list[TimelineEntry]:
    entries = []
    for a in records_repo.assessments_for_person(conn, person_id, limit=limit):
        direct = DIRECT_ANSWERS.get(str(a.direct_q)) if a.direct_q is not None else None
        q4 = CONTACT_FREQUENCY_ANSWERS.get(a.q4) if a.q4 else None
        entries.append(TimelineEntry(
            TimelineKind.ASSESSMENT.value, _day(a.assessed_on), _assessment_title(a),
            _join(f"孤独感（直接質問）：{direct.ja}" if direct else "",
                  f"直接会って話す頻度：{q4.ja}" if q4 else ""),
            a.id, timed=False))
    return entries


def _referrals(conn, person_id: str, limit: int, lists) -> list[TimelineEntry]:
    label = code_lists.label
    entries = []
    for r, org_name in records_repo.referrals_for_person(conn, person_id, limit=limit):
        outcome = label(lists, "referral_outcome", r.outcome)
        if r.outcome_on is not None:
            outcome += f"（{format_seireki(r.outcome_on)}）"
        entries.append(TimelineEntry(
            TimelineKind.REFERRAL.value, _day(r.referred_on),
            f"つなぎ：{org_name or label(lists, 'org_kind', r.destination_kind)}",
            _join(f"理由：{_short(r.reason)}" if r.reason else "", f"状況：{outcome}",
                  f"結果・経過：{_short(r.note)}" if r.note else ""),
            r.id, timed=False))
    return entries


def _attendance(conn, person_id: str, limit: int, lists) -> list[TimelineEntry]:
    label = code_lists.label
    entries = []
    for row in timeline_queries.attendance_for_person(conn, person_id, limit=limit):
        timed = bool(row.start_time)
        at = _day(row.held_on)
        if timed:
            at = datetime.combine(at.date(), time.fromisoformat(row.start_time))
        role = "" if row.role == "participant" else label(lists, "attendance_role", row.role)
        entries.append(TimelineEntry(
            TimelineKind.ATTENDANCE.value, at, f"居場所：{row.place_name}",
            _join(label(lists, "place_kind", row.place_kind), role), row.id, timed=timed))
    return entries


def person_timeline(session: Session, person_id: str, *, limit: int = 200,
                    today: date | None = None) -> list[TimelineEntry]:
    """The newest ``limit`` entries about the person, newest first."""
    with session.engine.connect() as conn:
        person_or_error(conn, person_id)
        require_person(session, conn, person_id, today or date.today())
        lists = code_lists.load(conn, _LISTS)
        entries = _visits(conn, person_id, limit, lists)
        entries += _follow_ups(conn, person_id, limit)
        if not is_volunteer(session):
            entries += _assessments(conn, person_id, limit)
            entries += _referrals(conn, person_id, limit, lists)
        entries += _attendance(conn, person_id, limit, lists)
    entries.sort(key=TimelineEntry.sort_key, reverse=True)
    return entries[:limit]
