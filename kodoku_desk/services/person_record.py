"""One person's complete record, labelled for print (本人開示; see :mod:`.person_documents`).

Everything the database holds about the person, oldest first, with code-list
labels and full texts (no truncation), as a
:class:`~kodoku_desk.reports.disclosure_request.PersonRecord`.  Staff only.
"""

from __future__ import annotations

from datetime import date

from kodoku_desk.models.consent import CONSENT_LABELS, STAFF_LABELS
from kodoku_desk.models.followup import FollowUpOutcome, Urgency
from kodoku_desk.models.person import PERSON_LABELS, Person
from kodoku_desk.models.person_detail import AssignmentRole
from kodoku_desk.models.survey import CONTACT_FREQUENCY_ANSWERS, DIRECT_ANSWERS, UCLA_ANSWERS
from kodoku_desk.models.visit import VisitorKind
from kodoku_desk.models.wareki import format_seireki, format_wareki
from kodoku_desk.reports.disclosure_request import PersonRecord, RecordTable
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import NotFound
from kodoku_desk.services.dashboard import organization_name
from kodoku_desk.services.session import Session
from kodoku_desk.store import (assignments_repo, consents_repo, followups_repo, persons_repo,
                               records_repo, visits_repo)
from kodoku_desk.store import printed_report_queries as q

__all__ = ["LISTS", "full_name", "person_record"]

LISTS = ("gender", "household_type", "district", "visit_frequency", "person_status",
         "closure_reason", "support_category", "consent_method", "consent_scope",
         "visit_method", "safety_check", "condition", "response_level", "warning_sign",
         "contact_type", "org_kind", "referral_outcome", "place_kind", "participant_category",
         "attendance_role")
_ALL = 10**9


def full_name(person: Person) -> str:
    return " ".join(p for p in (person.family_name, person.given_name) if p)


def _d(value) -> str:
    if value is None:
        return ""
    return format_seireki(value if isinstance(value, date) else value.date())


def _join(*parts: str, sep: str = "／") -> str:
    return sep.join(p for p in parts if p)


def _profile(person: Person, staff, lists, today: date) -> tuple[tuple[str, str], ...]:
    label = code_lists.label
    L = PERSON_LABELS
    name = full_name(person)
    kana = " ".join(p for p in (person.family_kana, person.given_kana) if p)
    rows = [
        (L["person_code"].ja, person.person_code), ("氏名", name), ("フリガナ", kana),
        (L["common_name"].ja, person.common_name or ""),
        (L["former_name"].ja, person.former_name or ""), (L["romaji"].ja, person.romaji or ""),
        (L["birth_date"].ja, format_wareki(person.birth_date) if person.birth_date else ""),
        (L["gender"].ja, label(lists, "gender", person.gender)),
        ("住所", person.address.one_line()),
        (L["district_code"].ja, label(lists, "district", person.district_code)),
        (L["phone"].ja, person.phone or ""), (L["phone2"].ja, person.phone2 or ""),
        ("緊急連絡先", _join(person.emergency.name or "", person.emergency.relation or "",
                          person.emergency.phone or "", sep="　")),
        (L["related_agencies"].ja, person.related_agencies or ""),
        (L["household_type"].ja, label(lists, "household_type", person.household_type)),
        (L["support_categories"].ja, "、".join(label(lists, "support_category", c)
                                              for c in person.support_categories)),
        (L["visit_frequency"].ja, label(lists, "visit_frequency", person.visit_frequency)),
        (L["status"].ja, label(lists, "person_status", person.status)),
        (L["registered_on"].ja, _d(person.registered_on)),
        (L["closed_on"].ja, _d(person.closed_on)),
        (L["closure_reason"].ja, label(lists, "closure_reason", person.closure_reason)),
        (L["note"].ja, person.note or ""),
    ]
    if staff is not None:
        rows += [(STAFF_LABELS[f].ja, getattr(staff, f) or "")
                 for f in ("care_level", "medical_history", "disability_note", "staff_note")]
    return tuple(rows)


def _visits(conn, person_id: str, lists, users: dict[str, str]) -> RecordTable:
    label = code_lists.label
    rows = []
    for v in reversed(visits_repo.visits_for_person(conn, person_id, limit=_ALL)):
        who = "、".join(
            (users.get(x.user_id or "", "") or x.visitor_name or "")
            + (f"（{VisitorKind.parse(x.visitor_kind).ja}）" if VisitorKind.parse(x.visitor_kind)
               and x.visitor_kind != VisitorKind.STAFF.value else "") for x in v.visitors)
        actions = "；".join(_join(label(lists, "contact_type", a.contact_type),
                                 a.acted_at.strftime("%H:%M") if a.acted_at else "",
                                 a.content or "", a.result or "", a.result_note or "", sep=" ")
                            for a in v.actions)
        level = f"{v.response_level} {label(lists, 'response_level', str(v.response_level))}"
        detail = _join(label(lists, "condition", v.condition), v.condition_note or "",
                       "気づき：" + "、".join(label(lists, "warning_sign", s) for s in v.signs)
                       if v.signs else "", f"対応：{actions}" if actions else "",
                       "要フォロー" if v.follow_up_requested else "",
                       f"次回予定 {_d(v.next_due)}" if v.next_due else "", v.note or "")
        rows.append((f"{_d(v.visit_at)} {v.visit_at:%H:%M}", label(lists, "visit_method", v.method),
                     who, label(lists, "safety_check", v.safety_check), level, detail))
    return RecordTable("見守りの記録", ("日時", "方法", "訪問者", "安否確認", "対応区分", "様子・対応・メモ"),
                       tuple(rows), (26, 20, 24, 22, 18, 68))


def _follow_ups(conn, person_id: str, users: dict[str, str]) -> RecordTable:
    rows = []
    for f in reversed(followups_repo.follow_ups_for_person(conn, person_id, limit=_ALL)):
        urgency, outcome = Urgency.parse(f.urgency), FollowUpOutcome.parse(f.outcome)
        rows.append((_d(f.opened_on), urgency.ja if urgency else f.urgency or "",
                     _d(f.due_on), users.get(f.assignee_id or "", ""), f.reason or "",
                     _join(_d(f.closed_on), outcome.ja if outcome else f.outcome or "",
                           f.outcome_note or "") or "未完了"))
    return RecordTable("フォローアップ", ("開始日", "緊急度", "期限", "担当", "理由", "完了・結果"),
                       tuple(rows), (24, 14, 24, 22, 46, 48))


def _assessments(conn, person_id: str, users: dict[str, str]) -> RecordTable:
    rows = []
    for a in reversed(records_repo.assessments_for_person(conn, person_id)):
        answers = "・".join(UCLA_ANSWERS.label(str(x)) if x is not None else "未回答"
                           for x in (a.ucla_q1, a.ucla_q2, a.ucla_q3))
        score = f"{a.ucla_score}点（{a.ucla_band_label()}）" if a.ucla_score is not None else "得点なし"
        direct = DIRECT_ANSWERS.label(str(a.direct_q)) if a.direct_q is not None else ""
        q4 = CONTACT_FREQUENCY_ANSWERS.label(a.q4) if a.q4 else ""
        rows.append((_d(a.assessed_on), users.get(a.administered_by or "", ""),
                     f"{answers}\n{score}", direct, q4, a.note or ""))
    return RecordTable("孤独感の評価（アセスメント）",
                       ("実施日", "実施者", "UCLA孤独感尺度（3項目・得点）", "孤独感（直接質問）",
                        "直接会って話す頻度", "メモ"), tuple(rows), (22, 22, 46, 26, 26, 36))


def _referrals(conn, person_id: str, lists) -> RecordTable:
    label = code_lists.label
    rows = [(_d(r.referred_on), org or label(lists, "org_kind", r.destination_kind),
             r.reason or "", _join(label(lists, "referral_outcome", r.outcome), _d(r.outcome_on)),
             r.note or "")
            for r, org in reversed(records_repo.referrals_for_person(conn, person_id))]
    return RecordTable("つなぎ（関係機関への紹介）", ("紹介日", "紹介先", "理由", "状況", "結果・経過"),
                       tuple(rows), (24, 38, 46, 30, 40))


def _attendance(conn, person_id: str, lists) -> RecordTable:
    label = code_lists.label
    rows = [(_d(date.fromisoformat(a.held_on)), a.place_name, label(lists, "place_kind", a.place_kind),
             label(lists, "attendance_role", a.role), label(lists, "participant_category", a.category))
            for a in q.person_attendance(conn, person_id)]
    return RecordTable("居場所への参加", ("開催日", "居場所", "種類", "役割", "参加者区分"),
                       tuple(rows), (28, 60, 30, 28, 32))


def person_record(session: Session, person_id: str, today: date) -> PersonRecord:
    with session.engine.connect() as conn:
        person = persons_repo.get_person(conn, person_id)
        if person is None:
            raise NotFound("この当事者の記録が見つかりません。", "The person was not found.",
                           person_id=person_id)
        lists = code_lists.load(conn, LISTS)
        users = q.user_names(conn)
        label = code_lists.label
        consents = tuple(
            (_d(c.consented_on), label(lists, "consent_method", c.method),
             "、".join(label(lists, "consent_scope", s) for s in c.scopes),
             "、".join(c.recipients), "はい" if c.includes_sensitive else "いいえ",
             users.get(c.obtained_by or "", ""), _d(c.withdrawn_on), c.note or "")
            for c in reversed(consents_repo.for_person(conn, person_id)))
        workers = tuple(
            (a.worker_name or users.get(a.user_id or "", ""),
             AssignmentRole.parse(a.role).ja if AssignmentRole.parse(a.role) else a.role,
             _d(a.start_on), _d(a.end_on))
            for a in assignments_repo.for_person(conn, person_id))
        family = tuple((f.full_name, f.relation) for f in persons_repo.family_links(conn, person_id))
        C = CONSENT_LABELS
        tables = (
            RecordTable("個人情報の取扱いへの同意",
                        (C["consented_on"].ja, C["method"].ja, C["scopes"].ja, C["recipients"].ja,
                         "要配慮", C["obtained_by"].ja, C["withdrawn_on"].ja, C["note"].ja),
                        consents, (20, 12, 46, 30, 11, 19, 20, 20)),
            RecordTable("担当者", ("担当者", "担当の種類", "開始日", "終了日"), workers,
                        (50, 40, 44, 44)),
            RecordTable("登録されているご家族", ("氏名", "続柄"), family, (80, 98)),
            _visits(conn, person_id, lists, users),
            _follow_ups(conn, person_id, users),
            _assessments(conn, person_id, users),
            _referrals(conn, person_id, lists),
            _attendance(conn, person_id, lists),
        )
        profile = _profile(person, persons_repo.get_staff_part(conn, person_id), lists, today)
    return PersonRecord(org_name=organization_name(session), made_on=today,
                        person_label=f"{full_name(person)} 様（当事者番号 {person.person_code}）",
                        profile=profile, tables=tables)
