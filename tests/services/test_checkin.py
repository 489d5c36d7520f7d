"""居場所 check-in: default 参加者区分 (学年 with the April-1 cut), check-in once only,
undo, quick registration that writes nothing when invalid, walk-in counters, the roster
and its counters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from kodoku_desk.models import wareki
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Person
from kodoku_desk.services.access import NotFound, NotPermitted
from kodoku_desk.services.checkin import (AlreadyCheckedIn, FutureSession, change_walkins,
                                          check_in, default_category, load_roster,
                                          quick_participant, set_walkins, undo_check_in)
from tests.services.mimamori_support import full_scans, recorded_sql, user
from tests.services.places_support import TODAY, counts, held, person, place, table_rows

NOW = datetime(2026, 11, 27, 10, 5, 33)


def _audit(session) -> list[str]:
    with session.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT action FROM audit_log ORDER BY seq"))]


# ---------------------------------------------------------------- 参加者区分

@pytest.mark.parametrize("birth, grade, expected", [
    (date(2014, 4, 1), 7, "junior_high"),    # 4月1日生まれ: one 学年 ahead
    (date(2014, 4, 2), 6, "elementary"),     # 4月2日生まれ: 小学6年
    (date(2020, 4, 1), 1, "elementary"),     # 小学1年 since 2026-04-01
    (date(2020, 4, 2), 0, "preschool"),      # 年長
    (date(2011, 4, 1), 10, "high_school"),
    (date(2011, 4, 2), 9, "junior_high"),
    (date(2008, 4, 2), 12, "high_school"),   # 高校3年世代, 18歳
    (date(2008, 4, 1), 13, "adult"),         # also 18歳, but past 高校生世代
])
def test_school_stage_follows_the_april_1_cut(birth, grade, expected):
    assert wareki.school_year(birth, TODAY) == grade
    assert default_category(Person(family_name="子", birth_date=birth), TODAY) == expected


@pytest.mark.parametrize("birth, expected", [
    (date(1961, 11, 27), "senior"),   # 65 on the day
    (date(1961, 11, 28), "adult"),    # 65 tomorrow
    (date(1980, 5, 5), "adult"),
    (None, "adult"),                  # no birth date
])
def test_senior_from_65_on_the_day_else_adult_never_guardian(birth, expected):
    assert default_category(Person(family_name="大人", birth_date=birth), TODAY) == expected


def test_check_in_suggests_guardian_again_when_chosen_last_time(new_db):
    session, _ = new_db
    pid = person(session, birth=date(1990, 1, 1))
    salon = place(session)
    held(session, salon, TODAY - timedelta(days=7), attendees=(pid,), category="guardian")
    today = held(session, salon, TODAY)
    assert check_in(session, today, pid, now=NOW).category == "guardian"


# ---------------------------------------------------------------- check in / refuse / undo

def test_check_in_stores_attendance_with_default_category_and_audits(new_db):
    session, _ = new_db
    pid = person(session, birth=date(1950, 3, 3))
    sid = held(session, place(session), TODAY)
    stored = check_in(session, sid, pid, now=NOW)
    assert (stored.session_id, stored.person_id, stored.role) == (sid, pid, "participant")
    assert stored.category == "senior"
    assert stored.checked_in_at == datetime(2026, 11, 27, 10, 5)
    roster = load_roster(session, sid)
    assert [r.attendance_id for r in roster.rows] == [stored.id]
    assert roster.rows[0].checked_in_at == stored.checked_in_at
    assert _audit(session)[-1] == "attendance.create"


def test_second_check_in_is_refused_with_a_message_and_writes_nothing(new_db):
    session, _ = new_db
    pid = person(session)
    sid = held(session, place(session), TODAY)
    check_in(session, sid, pid, now=NOW)
    before = counts(session)
    with pytest.raises(AlreadyCheckedIn) as caught:
        check_in(session, sid, pid, role="volunteer", category="adult", now=NOW)
    assert caught.value.code == "already_checked_in"
    assert "山田 太郎さんは、この回はすでに受付済みです（10:05に受付）" in caught.value.message_ja
    assert "already checked in" in str(caught.value)
    assert counts(session) == before


def test_unknown_person_session_bad_codes_and_future_sessions_write_nothing(new_db):
    session, _ = new_db
    pid = person(session)
    salon = place(session)
    sid = held(session, salon, TODAY)
    later = held(session, salon, TODAY + timedelta(days=7))
    before = counts(session)
    with pytest.raises(ValidationError) as caught:
        check_in(session, sid, "no-such-person", now=NOW)
    assert caught.value.fields == ("person_id",)
    with pytest.raises(NotFound):
        check_in(session, "no-such-session", pid, now=NOW)
    with pytest.raises(ValidationError) as caught:
        check_in(session, sid, pid, category="martian", role="boss", now=NOW)
    assert set(caught.value.fields) == {"category", "role"}
    with pytest.raises(FutureSession) as future:
        check_in(session, later, pid, now=NOW)
    assert "まだ開催日になっていない" in future.value.message_ja
    assert counts(session) == before


def test_undo_restores_the_exact_previous_state(new_db):
    session, _ = new_db
    a, b = person(session), person(session, "佐藤", "花子", kana=("サトウ", "ハナコ"))
    sid = held(session, place(session), TODAY, attendees=(a,), walkin={"senior": 2})
    before_rows, before_roster = table_rows(session, "attendance"), load_roster(session, sid)
    stored = check_in(session, sid, b, now=NOW)
    assert load_roster(session, sid).counts.registered == 2
    removed = undo_check_in(session, stored.id)
    assert removed == stored
    assert table_rows(session, "attendance") == before_rows
    assert load_roster(session, sid) == before_roster
    assert _audit(session)[-2:] == ["attendance.create", "attendance.delete"]
    with pytest.raises(NotFound):
        undo_check_in(session, stored.id)
    check_in(session, sid, b, now=NOW)  # can be checked in again after the undo


def test_volunteers_check_in_and_undo_only_their_own_check_ins(new_db):
    session, _ = new_db
    a, b = person(session), person(session, "佐藤", "花子", kana=("サトウ", "ハナコ"))
    sid = held(session, place(session), TODAY)
    volunteer = user(session, "vol", "volunteer")
    by_staff = check_in(session, sid, a, now=NOW)
    own = check_in(volunteer, sid, b, now=NOW)
    with pytest.raises(NotPermitted):
        undo_check_in(volunteer, by_staff.id)
    undo_check_in(volunteer, own.id)
    assert [r.person_id for r in load_roster(session, sid).rows] == [a]


# ---------------------------------------------------------------- quick registration

def test_quick_participant_registers_a_participant_only_person_and_checks_them_in(new_db):
    session, _ = new_db
    sid = held(session, place(session, "こども食堂", "kodomo_shokudo"), TODAY)
    made = quick_participant(session, "鈴木", "一郎", "すずき", "ｲﾁﾛｳ", "elementary",
                             session_id=sid, now=NOW)
    assert made.person.kind == "participant"
    assert (made.person.full_name, made.person.full_kana) == ("鈴木 一郎", "スズキ イチロウ")
    assert made.person.birth_date is None and made.person.phone is None
    assert made.attendance.person_id == made.person.id
    assert made.attendance.category == "elementary"
    assert load_roster(session, sid).rows[0].first_time
    assert _audit(session)[-2:] == ["person.create", "attendance.create"]


@pytest.mark.parametrize("names, category, fields", [
    (("", "一郎", "スズキ", "イチロウ"), "elementary", {"family_name"}),
    (("鈴木", "一郎", "", ""), "elementary", {"family_kana"}),
    (("鈴木", "一郎", "鈴木", "イチロウ"), "elementary", {"family_kana"}),
    (("鈴木", "一郎", "スズキ", "イチロウ"), "", {"category"}),
    (("鈴木", "一郎", "スズキ", "イチロウ"), "alien", {"category"}),
    (("", "", "", ""), "", {"family_name", "family_kana", "category"}),
])
def test_quick_participant_validation_reports_every_problem_and_writes_nothing(
        new_db, names, category, fields):
    session, _ = new_db
    sid = held(session, place(session), TODAY)
    before = counts(session)
    with pytest.raises(ValidationError) as caught:
        quick_participant(session, *names, category, session_id=sid, now=NOW)
    assert set(caught.value.fields) == fields
    assert all(m for m in caught.value.messages("ja"))
    assert counts(session) == before


def test_quick_participant_for_an_unknown_session_writes_nothing(new_db):
    session, _ = new_db
    before = counts(session)
    with pytest.raises(NotFound):
        quick_participant(session, "鈴木", "一郎", "スズキ", "イチロウ", "adult",
                          session_id="nope", now=NOW)
    assert counts(session) == before


# ---------------------------------------------------------------- walk-ins and counters

def test_walkin_counter_steps_and_never_goes_below_zero(new_db):
    session, _ = new_db
    sid = held(session, place(session), TODAY)
    assert change_walkins(session, sid, "elementary", 1, today=TODAY) == 1
    assert change_walkins(session, sid, "elementary", 1, today=TODAY) == 2
    assert change_walkins(session, sid, "elementary", -1, today=TODAY) == 1
    before = table_rows(session, "walkins")
    with pytest.raises(ValidationError) as caught:
        change_walkins(session, sid, "elementary", -2, today=TODAY)
    assert caught.value.fields == ("count",)
    assert "0人より少なくできません" in caught.value.messages("ja")[0]
    assert table_rows(session, "walkins") == before
    assert change_walkins(session, sid, "elementary", -1, today=TODAY) == 0
    assert table_rows(session, "walkins") == []  # back to no row at all
    assert set_walkins(session, sid, "guardian", 4, today=TODAY) == 4
    with pytest.raises(ValidationError):
        set_walkins(session, sid, "guardian", -1, today=TODAY)
    with pytest.raises(ValidationError):
        set_walkins(session, sid, "martian", 1, today=TODAY)
    assert load_roster(session, sid).walkins == {"guardian": 4}


def test_roster_newest_first_with_first_time_flag_and_live_counters(new_db):
    session, _ = new_db
    salon = place(session)
    old, new, vol, staff = (person(session, n, kana=(k, "タロウ")) for n, k in
                            (("古田", "フルタ"), ("新井", "アライ"), ("手伝", "テツダイ"),
                             ("職員", "ショクイン")))
    held(session, salon, TODAY - timedelta(days=7), attendees=(old,))
    sid = held(session, salon, TODAY)
    check_in(session, sid, old, category="senior", now=NOW)
    check_in(session, sid, new, category="adult", now=NOW + timedelta(minutes=1))
    check_in(session, sid, vol, role="volunteer", now=NOW + timedelta(minutes=2))
    check_in(session, sid, staff, role="staff", now=NOW + timedelta(minutes=2))
    set_walkins(session, sid, "senior", 3, today=TODAY)
    roster = load_roster(session, sid)
    assert [r.person_id for r in roster.rows] == [staff, vol, new, old]
    assert {r.person_id: r.first_time for r in roster.rows if r.role == "participant"} == {
        old: False, new: True}
    c = roster.counts
    assert c.registered_by_category == {"senior": 1, "adult": 1}
    assert c.participants_by_category == {"senior": 4, "adult": 1}
    assert (c.registered, c.walkins, c.participants) == (2, 3, 5)
    assert (c.volunteers, c.staff, c.total) == (1, 1, 7)
    assert roster.place_name == "ひだまりサロン" and roster.session.held_on == TODAY


def test_check_in_and_roster_read_indexes_only(new_db):
    session, _ = new_db
    salon = place(session)
    a, b = person(session), person(session, "佐藤", "花子", kana=("サトウ", "ハナコ"))
    held(session, salon, TODAY - timedelta(days=7), attendees=(a,))
    sid = held(session, salon, TODAY, walkin={"senior": 1})
    with recorded_sql(session) as seen:
        stored = check_in(session, sid, a, now=NOW)
        check_in(session, sid, b, now=NOW)
        load_roster(session, sid)
        undo_check_in(session, stored.id)
        change_walkins(session, sid, "senior", 1, today=TODAY)
    assert full_scans(session, seen) == []
