"""ホーム numbers on a small hand-built dataset: overdue rule, follow-ups, this month."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kodoku_desk.services.dashboard import (load_dashboard, month_range, organization_name,
                                            overdue_people)
from kodoku_desk.services.keys import add_user
from tests.conftest import FAST_KDF
from tests.ui import seed

TODAY = date(2026, 11, 27)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def data(new_db):
    session, _ = new_db
    ids = {}
    with session.engine.begin() as conn:
        # monthly, last confirmed contact 40 days ago → 10 days overdue
        ids["late"] = seed.person(conn, "山田", "太郎", frequency="monthly")
        seed.visit(conn, ids["late"], days_ago(40))
        # weekly, confirmed 3 days ago; next visit planned for today
        ids["fine"] = seed.person(conn, "佐藤", "花子", frequency="weekly")
        seed.visit(conn, ids["fine"], days_ago(3), next_due=TODAY)
        # weekly: confirmed long ago, the latest visit found nobody at home → still overdue
        ids["absent"] = seed.person(conn, "鈴木", "一郎", frequency="weekly")
        seed.visit(conn, ids["absent"], days_ago(20))
        seed.visit(conn, ids["absent"], days_ago(2), safety="not_confirmed",
                   method="visit_absent", next_due=TODAY + timedelta(days=1))
        # 随時: never overdue, however long ago
        ids["as_needed"] = seed.person(conn, "高橋", "", frequency="as_needed")
        seed.visit(conn, ids["as_needed"], days_ago(300))
        # no contact at all, registered 20 days ago, weekly → 13 days overdue
        ids["new"] = seed.person(conn, "田中", "次郎", frequency="weekly",
                                 registered=days_ago(20))
        # monthly, no visit for 60 days but came to the 居場所 5 days ago → not overdue
        ids["salon"] = seed.person(conn, "伊藤", "幸子", frequency="monthly")
        seed.visit(conn, ids["salon"], days_ago(60))
        # closed and participant-only people are not counted
        ids["closed"] = seed.person(conn, "渡辺", "", status="closed")
        seed.visit(conn, ids["closed"], days_ago(200))
        ids["participant"] = seed.person(conn, "中村", "", kind="participant")

        seed.follow_up(conn, ids["late"], urgency="high")
        seed.follow_up(conn, ids["late"], urgency="normal")
        seed.follow_up(conn, ids["absent"], urgency="normal")
        seed.follow_up(conn, ids["fine"], urgency="low")
        seed.follow_up(conn, ids["fine"], urgency="high", status="closed")

        salon = seed.place(conn)
        seed.place_session(conn, salon, days_ago(5), attendees=(ids["salon"], ids["participant"]),
                           walkin_count=3)
        seed.place_session(conn, salon, days_ago(19), attendees=(ids["salon"],))
        seed.place_session(conn, salon, date(2026, 10, 30), attendees=(ids["fine"],),
                           walkin_count=7)  # last month
        seed.visit(conn, ids["fine"], date(2026, 10, 31))  # last month, not counted
    return session, ids


def test_counts(data):
    session, ids = data
    d = load_dashboard(session, today=TODAY)
    assert d.today == TODAY
    assert d.active_people == 6
    assert d.planned_today == 1  # 佐藤: the latest visit's 次回予定日 is today
    # this month: late(40d ago = 10/18 → no), fine 3d, absent 20d + 2d, salon(60 → no)
    assert d.visits_this_month == 3
    assert (d.follow_ups.high, d.follow_ups.normal, d.follow_ups.low) == (1, 2, 1)
    assert d.follow_ups.total == 4
    assert d.place_sessions_this_month == 2
    assert d.participants_this_month == 3
    assert d.walkins_this_month == 3
    assert d.attendance_this_month == 6


def test_overdue_rule(data):
    session, ids = data
    d = load_dashboard(session, today=TODAY)
    by_id = {p.person_id: p for p in d.overdue}
    assert set(by_id) == {ids["late"], ids["absent"], ids["new"]}
    assert d.overdue_count == 3
    late = by_id[ids["late"]]
    assert (late.name, late.days_since, late.days_overdue) == ("山田 太郎", 40, 10)
    assert late.last_contact == days_ago(40) and late.visit_frequency == "monthly"
    absent = by_id[ids["absent"]]
    assert absent.last_contact == days_ago(20) and absent.days_overdue == 13
    new = by_id[ids["new"]]
    assert new.last_contact is None and new.days_since == 20 and new.days_overdue == 13
    # most overdue first
    assert [p.days_overdue for p in d.overdue] == [13, 13, 10]
    assert d.overdue[-1].person_id == ids["late"]


def test_overdue_people_alone_are_homes_list(data):
    # the 内部用 report reads them without the rest of ホーム: the same people, same order
    session, _ = data
    for day in (TODAY, TODAY + timedelta(days=10), TODAY - timedelta(days=30)):
        assert overdue_people(session, today=day) == load_dashboard(
            session, today=day, overdue_limit=10**6).overdue
    assert [p.days_overdue for p in overdue_people(session, today=TODAY)] == [13, 13, 10]


def test_overdue_limit_keeps_total(data):
    session, _ = data
    d = load_dashboard(session, today=TODAY, overdue_limit=1)
    assert d.overdue_count == 3 and len(d.overdue) == 1


def test_due_day_itself_is_not_overdue(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        pid = seed.person(conn, "木村", frequency="weekly")
        seed.visit(conn, pid, days_ago(7))
    assert load_dashboard(session, today=TODAY).overdue_count == 0
    assert load_dashboard(session, today=TODAY + timedelta(days=1)).overdue_count == 1


def test_volunteer_sees_only_assigned_people(data, db_path):
    session, ids = data
    vol_id = add_user(session, username="vol", display_name="ボランティア 一", role="volunteer",
                      passphrase="volunteer pass", kdf=FAST_KDF)
    with session.engine.begin() as conn:
        seed.assign(conn, ids["late"], vol_id)
    from kodoku_desk.services.database import unlock_database

    vol = unlock_database(db_path, "vol", "volunteer pass")
    try:
        d = load_dashboard(vol, today=TODAY)
    finally:
        vol.close()
    assert d.active_people == 1
    assert [p.person_id for p in d.overdue] == [ids["late"]]
    assert d.follow_ups.total == 2
    assert d.visits_this_month == 0
    assert d.place_sessions_this_month == 2  # 居場所 totals are organisation-wide


def test_empty_database(new_db):
    session, _ = new_db
    d = load_dashboard(session, today=TODAY)
    assert (d.active_people, d.overdue_count, d.follow_ups.total, d.visits_this_month,
            d.place_sessions_this_month, d.attendance_this_month) == (0, 0, 0, 0, 0, 0)
    assert organization_name(session) == "テストNPO"


@pytest.mark.parametrize("today,start,end", [
    (date(2026, 11, 27), date(2026, 11, 1), date(2026, 12, 1)),
    (date(2026, 12, 31), date(2026, 12, 1), date(2027, 1, 1)),
    (date(2024, 2, 29), date(2024, 2, 1), date(2024, 3, 1)),
])
def test_month_range(today, start, end):
    assert month_range(today) == (start, end)


def test_old_attendance_counts_for_the_days_shown(new_db):
    """Attendance outside the recent window still sets the last contact of a listed person."""
    session, _ = new_db
    with session.engine.begin() as conn:
        salon = seed.place(conn)
        a = seed.person(conn, "青木", frequency="monthly")
        seed.visit(conn, a, days_ago(100))
        seed.place_session(conn, salon, days_ago(50), attendees=(a,))
        b = seed.person(conn, "石井", frequency="monthly")
        seed.visit(conn, b, days_ago(90))
        c = seed.person(conn, "上田", frequency="monthly")
        seed.visit(conn, c, days_ago(120), safety="not_confirmed")
        seed.visit(conn, c, days_ago(200))
        seed.place_session(conn, salon, days_ago(150), attendees=(c,))
    d = load_dashboard(session, today=TODAY, overdue_limit=2)
    assert d.overdue_count == 3
    # 上田: last contact = attendance 150 days ago (the later visit found nobody)
    # 石井: 90 days; 青木: attendance 50 days ago beats the visit 100 days ago
    assert [(p.name, p.days_since) for p in d.overdue] == [("上田", 150), ("石井", 90)]
    full = load_dashboard(session, today=TODAY)
    assert [(p.name, p.days_since, p.days_overdue) for p in full.overdue] == [
        ("上田", 150, 120), ("石井", 90, 60), ("青木", 50, 20)]
    assert full.overdue[0].last_contact == days_ago(150)


def test_future_sessions_are_not_contact(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        pid = seed.person(conn, "森", frequency="weekly")
        seed.visit(conn, pid, days_ago(30))
        seed.place_session(conn, seed.place(conn), TODAY + timedelta(days=3), attendees=(pid,))
    d = load_dashboard(session, today=TODAY)
    assert d.overdue_count == 1 and d.overdue[0].last_contact == days_ago(30)


def test_prefilter_edge_cases(new_db):
    """The SQL pre-filter keeps everyone the rule in Python may call overdue or due today."""
    from sqlalchemy import update

    from kodoku_desk.store.schema.people import persons

    session, _ = new_db
    with session.engine.begin() as conn:
        # no registration date: created_at (30 days ago) is the reference → weekly, 23 late
        old = seed.person(conn, "古川", frequency="weekly")
        conn.execute(update(persons).where(persons.c.id == old).values(
            registered_on=None, created_at=f"{days_ago(30).isoformat()}T09:00:00"))
        # 随時, nobody at home on the latest visit, next one planned for today
        due = seed.person(conn, "今井", frequency="as_needed")
        seed.visit(conn, due, days_ago(3), safety="not_confirmed", next_due=TODAY)
        # daily, confirmed yesterday: exactly on time
        seed.visit(conn, seed.person(conn, "毎日", frequency="daily"), days_ago(1))
    d = load_dashboard(session, today=TODAY)
    assert d.planned_today == 1
    assert [(p.person_id, p.last_contact, p.days_since, p.days_overdue) for p in d.overdue] == [
        (old, None, 30, 23)]


def test_planned_this_week_runs_from_today_to_sunday(new_db):
    from kodoku_desk.services.dashboard import load_dashboard, week_end
    from tests.ui import seed

    session, _ = new_db
    wednesday = date(2026, 11, 25)
    assert week_end(wednesday) == week_end(date(2026, 11, 29)) == date(2026, 11, 29)
    plans = {"今日": wednesday, "日曜": date(2026, 11, 29), "月曜": date(2026, 11, 30),
             "昨日": wednesday - timedelta(days=1)}
    with session.engine.begin() as conn:
        for family, due in plans.items():
            pid = seed.person(conn, family, frequency="monthly", registered=date(2026, 11, 1))
            seed.visit(conn, pid, date(2026, 11, 20), next_due=due)
    d = load_dashboard(session, today=wednesday)
    assert (d.planned_today, d.planned_this_week) == (1, 2)
