"""Finding people at the 居場所 door: kana/width-insensitive, the place's people first,
flags (checked in, regular, 継続), what volunteers can find, and index use."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services.checkin import check_in, find_for_checkin
from tests.services.mimamori_support import assign, full_scans, recorded_sql, user
from tests.services.places_support import TODAY, held, person, place

NOW = datetime(2026, 11, 27, 10, 5)


def _ids(rows):
    return [r.person_id for r in rows]


@pytest.mark.parametrize("query", ["やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "山田", "やまだ　たろう", "ﾀﾛｳ"])
def test_finds_by_name_or_reading_in_any_kana_or_width(new_db, query):
    session, _ = new_db
    pid = person(session)
    person(session, "佐藤", "花子", kana=("サトウ", "ハナコ"))
    salon = place(session)
    assert _ids(find_for_checkin(session, query, salon, today=TODAY)) == [pid]


def test_place_people_first_then_others_with_flags(new_db):
    session, _ = new_db
    salon, other = place(session), place(session, "別の居場所")
    a = person(session, "山田", "愛", kana=("ヤマダ", "アイ"))
    b = person(session, "山田", "次郎", kana=("ヤマダ", "ジロウ"), birth=date(2014, 4, 1))
    c = person(session, "山田", "三郎", kana=("ヤマダ", "サブロウ"))
    closed = person(session, "山田", "終", kana=("ヤマダ", "オワリ"), status="closed")
    days = [TODAY - timedelta(days=7 * k) for k in range(5, 0, -1)]
    for day in days[:2]:
        held(session, salon, day, attendees=(c,))
    for day in days[2:]:
        held(session, salon, day, attendees=(b, closed))
    held(session, other, days[0], attendees=(a,))
    sid = held(session, salon, TODAY)
    stored = check_in(session, sid, b, now=NOW)
    found = find_for_checkin(session, "やまだ", salon, session_id=sid, today=TODAY)
    assert _ids(found) == [c, b, a]  # place people in 五十音順 (サブロウ < ジロウ), then others
    by_id = {r.person_id: r for r in found}
    assert by_id[b].checked_in and by_id[b].attendance_id == stored.id
    assert by_id[b].category == "junior_high"
    assert by_id[b].regular and by_id[b].visited_before
    assert by_id[b].last_attended_on == days[-1]
    assert not by_id[c].regular and by_id[c].visited_before and not by_id[c].checked_in
    assert not by_id[a].visited_before and by_id[a].last_attended_on is None
    assert _ids(find_for_checkin(session, "", salon, session_id=sid, today=TODAY)) == [c, b]
    assert len(find_for_checkin(session, "やまだ", salon, limit=2, today=TODAY)) == 2
    assert find_for_checkin(session, "09", salon, today=TODAY) == []  # too few digits


def test_session_of_another_place_is_refused(new_db):
    session, _ = new_db
    sid = held(session, place(session), TODAY)
    with pytest.raises(ValidationError):
        find_for_checkin(session, "", place(session, "別"), session_id=sid, today=TODAY)


def test_volunteers_find_clients_only_by_whole_name_unless_known_here(new_db):
    session, _ = new_db
    salon = place(session)
    client = person(session, "山田", "花子", kana=("ヤマダ", "ハナコ"))
    mine = person(session, "山田", "一", kana=("ヤマダ", "ハジメ"))
    regular = person(session, "山田", "常", kana=("ヤマダ", "ツネ"))
    participant = person(session, "山田", "参", kana=("ヤマダ", "マイ"), kind="participant")
    held(session, salon, TODAY - timedelta(days=7), attendees=(regular,))
    volunteer = user(session, "vol", "volunteer")
    assign(session, mine, volunteer.user.id)
    partial = set(_ids(find_for_checkin(volunteer, "やまだ", salon, today=TODAY)))
    assert partial == {mine, regular, participant}
    for whole in ("やまだはなこ", "山田 花子", "ﾔﾏﾀﾞ ﾊﾅｺ"):
        assert _ids(find_for_checkin(volunteer, whole, salon, today=TODAY)) == [client]
    variant = person(session, "髙橋", "和子", kana=("タカハシ", "カズコ"))   # stored as written
    assert _ids(find_for_checkin(volunteer, "高橋 和子", salon, today=TODAY)) == [variant]
    assert client in _ids(find_for_checkin(session, "やまだ", salon, today=TODAY))
    found = find_for_checkin(volunteer, "やまだはなこ", salon, today=TODAY)[0]
    assert not hasattr(found, "kind") and not hasattr(found, "phone")


def test_search_reads_indexes_only(new_db):
    session, _ = new_db
    salon = place(session)
    pid = person(session)
    sid = held(session, salon, TODAY - timedelta(days=7), attendees=(pid,))
    volunteer = user(session, "vol", "volunteer")
    with recorded_sql(session) as seen:
        find_for_checkin(session, "やま", salon, session_id=sid, today=TODAY)
        find_for_checkin(volunteer, "やま", salon, session_id=sid, today=TODAY)
    scans = full_scans(session, seen)
    assert scans == []
