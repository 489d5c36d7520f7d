from dataclasses import replace
from datetime import date, datetime, time

import pytest

from kodoku_desk.models.places import Attendance, Place, PlaceSession, WalkIn
from kodoku_desk.models.rows import from_row, to_row

from .problems import messages, problems

TODAY = date(2025, 6, 1)


def session(**changes) -> PlaceSession:
    base = PlaceSession(place_id="pl-1", held_on=date(2025, 5, 10), start_time=time(11, 0),
                        end_time=time(14, 0), venue="公民館", activity_form="shared_meal",
                        meals_served=25, fee_yen=300)
    return replace(base, **changes)


# ------------------------------------------------------------------ place

def test_place_rules():
    ok = Place(name="みんな食堂", kind="kodomo_shokudo", default_start=time(11), default_end=time(14))
    assert problems(ok) == []
    assert messages(Place(name="", kind="salon"), "name") == ["居場所の名称を入力してください。"]
    assert messages(Place(name="x", kind=""), "kind") == ["居場所の種類を選んでください。"]
    assert messages(Place(name="x", kind="bar"), "kind") == [
        "居場所の種類「bar」は選択肢にありません。一覧から選んでください。"]
    assert messages(replace(ok, default_end=time(10)), "default_end") == [
        "いつもの終了時刻はいつもの開始時刻より後にしてください。"]


def test_place_normalized():
    p = Place(name=" サロン ", kind=" salon ", default_venue="　", default_start=time(10, 0, 30)).normalized()
    assert (p.name, p.kind, p.default_venue, p.default_start) == ("サロン", "salon", None, time(10, 0))


# ------------------------------------------------------------------ session

def test_session_is_valid_and_has_a_duration():
    s = session()
    assert problems(s, today=TODAY) == []
    assert s.duration_minutes == 180
    assert session(end_time=None).duration_minutes is None


def test_future_session_is_allowed():
    assert problems(session(held_on=date(2025, 12, 1)), today=TODAY) == []


@pytest.mark.parametrize("end", [time(11, 0), time(10, 0)])
def test_end_must_be_after_start(end):
    assert messages(session(end_time=end), "end_time", today=TODAY) == ["終了時刻は開始時刻より後にしてください。"]


def test_times_are_optional():
    assert problems(session(start_time=None, end_time=None), today=TODAY) == []


def test_meals_and_fee_not_negative():
    assert messages(session(meals_served=-1), "meals_served", today=TODAY) == [
        "提供食数は0以上の数を入力してください。"]
    assert messages(session(fee_yen=-100), "fee_yen", today=TODAY) == ["参加費（円）は0以上の数を入力してください。"]
    assert problems(session(meals_served=0, fee_yen=0), today=TODAY) == []
    assert problems(session(fee_yen=None), today=TODAY) == []
    assert messages(session(meals_served=None), "meals_served", today=TODAY) == ["提供食数を入力してください。"]


def test_activity_form_required_and_known():
    assert messages(session(activity_form=""), "activity_form", today=TODAY) == ["活動形態を選んでください。"]
    assert messages(session(activity_form="karaoke"), "activity_form", today=TODAY) == [
        "活動形態「karaoke」は選択肢にありません。一覧から選んでください。"]


def test_session_place_and_date_required():
    found = problems(session(place_id=None, held_on=None), today=TODAY)
    assert ("place_id", "居場所を選んでください。") in found
    assert ("held_on", "開催日を入力してください。") in found


def test_session_row_round_trip():
    s = session(id="s-1")
    row = to_row(s)
    assert row["held_on"] == "2025-05-10" and row["start_time"] == "11:00" and row["end_time"] == "14:00"
    assert from_row(PlaceSession, row) == s


# ------------------------------------------------------------------ attendance and walk-ins

def test_attendance_rules():
    ok = Attendance(session_id="s-1", person_id="p-1", category="senior",
                    checked_in_at=datetime(2025, 5, 10, 11, 5))
    assert problems(ok) == []
    assert ok.role == "participant"
    assert messages(replace(ok, category="toddler"), "category") == [
        "参加者区分「toddler」は選択肢にありません。一覧から選んでください。"]
    assert messages(replace(ok, category=""), "category") == ["参加者区分を選んでください。"]
    assert messages(replace(ok, role="guest"), "role") == [
        "参加の役割「guest」は選択肢にありません。一覧から選んでください。"]
    assert messages(replace(ok, person_id=None), "person_id") == ["参加者を選んでください。"]


def test_walkin_rules():
    assert problems(WalkIn(session_id="s-1", category="elementary", count=3)) == []
    assert problems(WalkIn(session_id="s-1", category="adult", count=0)) == []
    assert messages(WalkIn(session_id="s-1", category="adult", count=-1), "count") == [
        "人数は0以上の数を入力してください。"]
    assert messages(WalkIn(session_id="s-1", category="pets", count=1), "category") == [
        "参加者区分「pets」は選択肢にありません。一覧から選んでください。"]
    assert messages(WalkIn(session_id="s-1", category="adult", count=None), "count") == ["人数を入力してください。"]
    assert WalkIn(session_id=" s-1 ", category=" adult ").normalized() == WalkIn(session_id="s-1", category="adult")
