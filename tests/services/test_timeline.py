"""The person timeline: one list, newest first, of visits, follow-ups, assessments,
referrals and 居場所 attendance; volunteers see less; a fixed handful of indexed queries."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kodoku_desk.models.records import Assessment, Referral
from kodoku_desk.models.visit import Visit, VisitAction, Visitor
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.assessments import record_assessment
from kodoku_desk.services.followups import close_follow_up
from kodoku_desk.services.referrals import record_referral
from kodoku_desk.services.timeline import person_timeline
from kodoku_desk.services.visits import record_visit
from tests.services.mimamori_support import (TODAY, assign, attend, full_scans, person,
                                             recorded_sql, user)


def _visit(session, pid, at: datetime, **changes):
    values = dict(person_id=pid, visit_at=at, visitors=(Visitor(user_id=session.user.id),),
                  method="visit_met", safety_check="confirmed")
    return record_visit(session, Visit(**{**values, **changes}), now=at + timedelta(minutes=5))


@pytest.fixture
def history(new_db):
    """A person with one of every kind of record, on different days."""
    session, _ = new_db
    pid = person(session)
    ids = {}
    ids["visit_old"] = _visit(session, pid, datetime(2026, 11, 1, 10, 0)).visit.id
    attend(session, pid, date(2026, 11, 5), place_name="ひだまりサロン", start="13:30")
    ids["assessment"] = record_assessment(session, Assessment(
        person_id=pid, assessed_on=date(2026, 11, 10), ucla_q1=3, ucla_q2=3, ucla_q3=2,
        direct_q=4, q4="6"), today=TODAY).id
    worried = _visit(session, pid, datetime(2026, 11, 20, 15, 0), method="phone",
                     signs=("low_energy", "confused_talk"), condition="concern",
                     response_level=2, actions=(VisitAction(
                         contact_type="houkatsu", acted_at=datetime(2026, 11, 20, 15, 2)),),
                     visitors=(Visitor(user_id=session.user.id),
                               Visitor(visitor_name="民生 一郎", visitor_kind="minsei")))
    ids["visit_worried"], ids["follow_up"] = worried.visit.id, worried.follow_up.id
    ids["referral"] = record_referral(session, Referral(
        person_id=pid, destination_kind="houkatsu", referred_on=date(2026, 11, 21),
        reason="介護保険の申請"), today=TODAY).id
    close_follow_up(session, worried.follow_up.id, "connected", "包括につないだ",
                    today=date(2026, 11, 22))
    ids["visit_new"] = _visit(session, pid, datetime(2026, 11, 26, 9, 30)).visit.id
    return session, pid, ids


def test_everything_newest_first(history):
    session, pid, ids = history
    entries = person_timeline(session, pid, today=TODAY)
    assert [(e.kind, e.at.date()) for e in entries] == [
        ("visit", date(2026, 11, 26)),
        ("follow_up_closed", date(2026, 11, 22)),
        ("referral", date(2026, 11, 21)),
        ("follow_up_opened", date(2026, 11, 20)),  # date only: above that day's visit
        ("visit", date(2026, 11, 20)),
        ("assessment", date(2026, 11, 10)),
        ("attendance", date(2026, 11, 5)),
        ("visit", date(2026, 11, 1)),
    ]
    new, closed, referral, opened, worried, assessment, attended, old = entries
    assert (new.record_id, new.at, new.level, new.timed) == (
        ids["visit_new"], datetime(2026, 11, 26, 9, 30), 0, True)
    assert new.title_ja == "見守り：訪問（面会）" and "本人確認できた" in new.detail_ja
    assert worried.title_ja == "見守り：電話" and worried.level == 2
    for text in ("対応区分2（関係機関へ相談）", "気になる点あり", "元気がない",
                 "話がかみ合わない、同じ話を何度もされる", "管理 花子", "民生委員 民生 一郎"):
        assert text in worried.detail_ja
    assert opened.record_id == closed.record_id == ids["follow_up"]
    assert opened.urgency == "high" and "緊急度：高" in opened.title_ja and not opened.timed
    assert closed.title_ja == "フォローアップ完了：関係機関につないだ"
    assert "包括につないだ" in closed.detail_ja
    assert assessment.title_ja == "アセスメント：UCLA孤独感尺度 8点（7～9点（時々ある））"
    assert "時々ある" in assessment.detail_ja and "月１回未満" in assessment.detail_ja
    assert referral.title_ja == "つなぎ：地域包括支援センター" and "状況：紹介済み" in referral.detail_ja
    assert attended.title_ja == "居場所：ひだまりサロン" and attended.at == datetime(2026, 11, 5, 13, 30)
    assert "サロン" in attended.detail_ja
    assert old.record_id == ids["visit_old"]


def test_limit_keeps_the_newest(history):
    session, pid, _ = history
    assert [e.kind for e in person_timeline(session, pid, limit=3, today=TODAY)] == [
        "visit", "follow_up_closed", "referral"]


def test_volunteers_see_no_assessments_or_referrals_and_only_their_people(history):
    session, pid, _ = history
    volunteer = user(session, "vol", "volunteer")
    with pytest.raises(NotPermitted):
        person_timeline(volunteer, pid, today=TODAY)
    assign(session, pid, volunteer.user.id)
    kinds = [e.kind for e in person_timeline(volunteer, pid, today=TODAY)]
    assert kinds == ["visit", "follow_up_closed", "follow_up_opened", "visit", "attendance",
                     "visit"]


def test_a_handful_of_indexed_queries_whatever_the_history(history):
    session, pid, _ = history
    for day in range(1, 19):
        _visit(session, pid, datetime(2026, 10, day, 11, 0), signs=("low_energy",))
    with recorded_sql(session) as statements:
        entries = person_timeline(session, pid, today=TODAY)
    assert len(entries) == 26
    selects = [s for s, _ in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 12
    assert full_scans(session, statements) == []


def test_empty_timeline(new_db):
    session, _ = new_db
    assert person_timeline(session, person(session), today=TODAY) == []


def test_record_services_import_no_qt():
    import subprocess
    import sys
    modules = ", ".join(f"kodoku_desk.services.{m}" for m in (
        "visits", "followups", "assessments", "referrals", "timeline"))
    code = (f"import sys, {modules}; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
