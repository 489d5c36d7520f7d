"""居場所 places and sessions: staff manage places and series, anyone signed in opens a
session; defaults from the place; series skip holidays and existing days; bad input
writes nothing."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import insert, select

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.models.series import SkipReason
from kodoku_desk.services import places as svc
from kodoku_desk.services.access import NotFound, NotPermitted
from kodoku_desk.store import codes_repo
from kodoku_desk.store.schema.admin import audit_log
from kodoku_desk.store.schema.places import attendance, walkins
from tests.services.mimamori_support import STAMP, counts, full_scans, person, recorded_sql, user

TABLES = ("places", "place_sessions", "audit_log")
SALON = Place(name="ふれあいサロン中町", kind="salon", district_code=None,
              schedule=Schedule.monthly(0, 2).to_json(), default_venue="中町会館",
              default_start=time(13, 30), default_end=time(15, 30))
SHOKUDO = Place(name="こども食堂 にじいろ", kind="kodomo_shokudo", default_venue="寺 本堂",
                default_start=time(17), default_end=time(19, 30))


def actions(session) -> list[str]:
    with session.engine.connect() as conn:
        return list(conn.execute(select(audit_log.c.action).order_by(audit_log.c.seq)).scalars())


def day_session(session, place_id: str, day: date, **fields) -> PlaceSession:
    return svc.create_session(session, PlaceSession(place_id=place_id, held_on=day, **fields))


# ------------------------------------------------------------------ places

def test_add_edit_retire_place(new_db):
    session, _ = new_db
    salon = svc.add_place(session, replace(SALON, name=" ふれあいサロン中町 "))
    shokudo = svc.add_place(session, SHOKUDO)
    cafe = svc.add_place(session, Place(name="カフェ ほっと", kind="ibasho_cafe",
                                        schedule='{"weekday":3}'))
    assert salon.id and salon.name == "ふれあいサロン中町"
    assert svc.get_place(session, salon.id) == salon
    assert svc.get_place(session, cafe.id).schedule == '{"weekday": 3}'  # canonical JSON
    # read as kana: カフェ (か) < こども (こ) < ふれあい (ふ)
    assert [p.name for p in svc.list_places(session)] == [
        "カフェ ほっと", "こども食堂 にじいろ", "ふれあいサロン中町"]
    edited = svc.update_place(session, replace(shokudo, default_venue="地域交流スペース"))
    assert svc.get_place(session, shokudo.id).default_venue == "地域交流スペース" == edited.default_venue
    svc.update_place(session, replace(cafe, active=False))
    assert [p.id for p in svc.list_places(session)] == [shokudo.id, salon.id]
    assert [p.id for p in svc.list_places(session, active_only=False)] == [
        shokudo.id, salon.id, cafe.id]  # retired last
    assert actions(session)[-5:] == ["place.create"] * 3 + ["place.update"] * 2
    with pytest.raises(NotFound):
        svc.update_place(session, replace(SALON, id="no-such-place"))
    with pytest.raises(NotFound) as info:
        svc.get_place(session, "no-such-place")
    assert info.value.message_ja == "この居場所は見つかりません。"


def test_district_checked_against_the_organisations_list(new_db):
    session, _ = new_db
    assert svc.add_place(session, replace(SALON, district_code="anything")).district_code
    with session.engine.begin() as conn:
        codes_repo.add_custom(conn, "district", "chuo", "中央地区", "Central district", None)
    assert svc.add_place(session, replace(SALON, district_code="chuo")).district_code == "chuo"
    with pytest.raises(ValidationError) as info:
        svc.add_place(session, replace(SALON, district_code="nowhere"))
    assert info.value.messages() == ("地区「nowhere」は地区の一覧にありません。一覧から選んでください。",)


@pytest.mark.parametrize("changes, field", [
    (dict(name="  "), "name"),
    (dict(kind="bar"), "kind"),
    (dict(schedule='{"weekday": 7}'), "schedule"),
    (dict(schedule="毎月第2月曜"), "schedule"),
    (dict(default_end=time(12)), "default_end"),
])
def test_invalid_place_writes_nothing(new_db, changes, field):
    session, _ = new_db
    stored = svc.add_place(session, SHOKUDO)
    before = counts(session, TABLES)
    with pytest.raises(ValidationError) as info:
        svc.add_place(session, replace(SALON, **changes))
    assert field in info.value.fields and all(e.message_en for e in info.value.errors)
    with pytest.raises(ValidationError):
        svc.update_place(session, replace(stored, **changes))
    assert counts(session, TABLES) == before
    assert svc.get_place(session, stored.id) == stored


# ------------------------------------------------------------------ single sessions

def test_single_session_takes_the_place_defaults(new_db):
    session, _ = new_db
    shokudo = svc.add_place(session, SHOKUDO)
    held = day_session(session, shokudo.id, date(2026, 4, 8))
    assert (held.venue, held.start_time, held.end_time, held.activity_form, held.meals_served) == (
        "寺 本堂", time(17), time(19, 30), "shared_meal", 0)
    assert svc.get_session(session, held.id) == held
    typed = day_session(session, shokudo.id, date(2026, 4, 22), start_time=time(11, 30),
                        end_time=time(13, 30), activity_form="bento_takeaway",
                        program="七夕の工作", meals_served=40, fee_yen=300)
    assert (typed.venue, typed.activity_form, typed.fee_yen) == ("寺 本堂", "bento_takeaway", 300)
    defaults = svc.new_session_defaults(session, shokudo.id, date(2026, 5, 13))
    assert defaults.id is None and defaults.fee_yen == 300  # fee of the last session before
    assert (defaults.venue, defaults.start_time, defaults.activity_form) == (
        "寺 本堂", time(17), "shared_meal")
    assert actions(session)[-2:] == ["place_session.create"] * 2


def test_same_day_and_start_refused_other_start_allowed(new_db):
    session, _ = new_db
    study = svc.add_place(session, Place(name="学習支援教室", kind="study_support",
                                         default_start=time(17), default_end=time(19)))
    first = day_session(session, study.id, date(2026, 6, 2))
    before = counts(session, TABLES)
    with pytest.raises(ValidationError) as info:
        day_session(session, study.id, date(2026, 6, 2))
    assert info.value.fields == ("held_on",)
    assert counts(session, TABLES) == before
    second = day_session(session, study.id, date(2026, 6, 2), start_time=time(19),
                         end_time=time(20, 30))
    assert [s.id for s in svc.sessions_of_place(session, study.id)] == [first.id, second.id]
    with pytest.raises(ValidationError):  # moving the second onto the first's time
        svc.update_session(session, replace(second, start_time=time(17), end_time=time(19)))


@pytest.mark.parametrize("changes, field", [
    (dict(held_on=None), "held_on"),
    (dict(place_id=None), "place_id"),
    (dict(place_id="no-such-place"), "place_id"),
    (dict(activity_form="party"), "activity_form"),
    (dict(meals_served=-1), "meals_served"),
    (dict(fee_yen=-100), "fee_yen"),
    (dict(start_time=time(15), end_time=time(14)), "end_time"),
])
def test_invalid_session_writes_nothing(new_db, changes, field):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    stored = day_session(session, salon.id, date(2026, 4, 13))
    before = counts(session, TABLES)
    base = PlaceSession(place_id=salon.id, held_on=date(2026, 4, 20))
    with pytest.raises(ValidationError) as info:
        svc.create_session(session, replace(base, **changes))
    assert field in info.value.fields
    if field != "place_id":  # an update keeps the session's place
        with pytest.raises(ValidationError):
            svc.update_session(session, replace(stored, **changes))
    assert counts(session, TABLES) == before
    assert svc.get_session(session, stored.id) == stored


def test_retired_place_takes_no_new_sessions(new_db):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    svc.update_place(session, replace(salon, active=False))
    with pytest.raises(ValidationError) as info:
        day_session(session, salon.id, date(2026, 4, 13))
    assert info.value.messages()[0].startswith("この居場所は終了（休止）しています。")
    with pytest.raises(ValidationError):
        svc.create_series(session, salon.id, date(2026, 4, 1), date(2026, 6, 30))
    assert counts(session, ("place_sessions",)) == {"place_sessions": 0}


def test_update_and_open_session(new_db):
    session, _ = new_db
    shokudo = svc.add_place(session, SHOKUDO)
    opened = svc.open_session(session, shokudo.id, date(2026, 4, 8))
    assert opened.created and opened.session.activity_form == "shared_meal"
    again = svc.open_session(session, shokudo.id, date(2026, 4, 8))
    assert again == (opened.session, False)
    other = svc.add_place(session, SALON)
    changed = svc.update_session(session, replace(opened.session, meals_served=32,
                                                  place_id=other.id))
    assert changed.place_id == shokudo.id  # a session stays with its place
    assert svc.get_session(session, opened.session.id).meals_served == 32
    with pytest.raises(NotFound):
        svc.update_session(session, replace(changed, id="nope"))


# ------------------------------------------------------------------ series

def test_second_monday_series_of_2026_skips_holidays(new_db):
    session, _ = new_db
    salon = svc.add_place(session, SALON)  # 毎月第2月曜日
    existing = day_session(session, salon.id, date(2026, 6, 8), program="梅雨の健康講座")
    before = counts(session, TABLES)
    template = PlaceSession(program="体操とお茶会", fee_yen=200)
    plan = svc.plan_series(session, salon.id, date(2026, 1, 1), date(2026, 12, 31),
                           template=template)
    assert counts(session, TABLES) == before  # a plan writes nothing
    result = svc.create_series(session, salon.id, date(2026, 1, 1), date(2026, 12, 31),
                               template=template)
    assert [s.held_on for s in result.created] == [s.held_on for s in plan.created] == [
        date(2026, 2, 9), date(2026, 3, 9), date(2026, 4, 13), date(2026, 5, 11),
        date(2026, 7, 13), date(2026, 8, 10), date(2026, 9, 14), date(2026, 11, 9),
        date(2026, 12, 14)]
    assert [(s.day, s.reason, s.holiday) for s in result.skipped] == [
        (date(2026, 1, 12), SkipReason.HOLIDAY, "成人の日"),
        (date(2026, 6, 8), SkipReason.EXISTS, None),
        (date(2026, 10, 12), SkipReason.HOLIDAY, "スポーツの日")]
    assert [s.reason_text() for s in result.skipped] == [
        "祝日（成人の日）", "この日はすでに開催が登録されています", "祝日（スポーツの日）"]
    first = result.created[0]
    assert first.id and (first.program, first.fee_yen, first.venue, first.start_time,
                         first.activity_form) == ("体操とお茶会", 200, "中町会館", time(13, 30),
                                                  "salon")
    stored = svc.sessions_of_place(session, salon.id, date(2026, 1, 1), date(2026, 12, 31))
    assert len(stored) == 10 and existing in stored
    assert svc.get_session(session, existing.id).program == "梅雨の健康講座"  # untouched
    assert actions(session)[-1] == "place_session.series"
    rerun = svc.create_series(session, salon.id, date(2026, 1, 1), date(2026, 12, 31))
    assert rerun.created == [] and len(rerun.skipped) == 12
    assert {s.reason for s in rerun.skipped} == {SkipReason.EXISTS, SkipReason.HOLIDAY}


def test_series_with_holidays_kept_and_another_schedule(new_db):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    kept = svc.create_series(session, salon.id, date(2026, 1, 1), date(2026, 3, 31),
                             skip_holidays=False)
    assert [s.held_on for s in kept.created] == [date(2026, 1, 12), date(2026, 2, 9),
                                                 date(2026, 3, 9)]
    shokudo = svc.add_place(session, SHOKUDO)  # no usual schedule: one is given
    weekly = svc.create_series(session, shokudo.id, date(2026, 4, 27), date(2026, 5, 10),
                               schedule=Schedule.weekly(0))
    assert [s.held_on for s in weekly.created] == [date(2026, 4, 27)]
    assert [(s.day, s.holiday) for s in weekly.skipped] == [(date(2026, 5, 4), "みどりの日")]


@pytest.mark.parametrize("start, end, kwargs, field", [
    (date(2026, 5, 1), date(2026, 4, 1), {}, "end"),
    (date(2026, 4, 1), date(2028, 4, 2), {}, "end"),
    (None, date(2026, 4, 1), {}, "start"),
    (date(2026, 4, 1), date(2026, 9, 30), dict(template=PlaceSession(activity_form="party")),
     "activity_form"),
    (date(2026, 4, 1), date(2026, 9, 30), dict(template=PlaceSession(meals_served=-5)),
     "meals_served"),
])
def test_invalid_series_writes_nothing(new_db, start, end, kwargs, field):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    before = counts(session, TABLES)
    with pytest.raises(ValidationError) as info:
        svc.create_series(session, salon.id, start, end, **kwargs)
    assert info.value.fields == (field,)
    assert counts(session, TABLES) == before


def test_series_needs_a_schedule_and_a_place(new_db):
    session, _ = new_db
    shokudo = svc.add_place(session, SHOKUDO)
    with pytest.raises(ValidationError) as info:
        svc.create_series(session, shokudo.id, date(2026, 4, 1), date(2026, 6, 30))
    assert info.value.fields == ("schedule",)
    with pytest.raises(NotFound):
        svc.plan_series(session, "no-such-place", date(2026, 4, 1), date(2026, 6, 30))


# ------------------------------------------------------------------ volunteers, deleting

def test_volunteer_opens_sessions_but_does_not_manage_places(new_db):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    staff_made = day_session(session, salon.id, date(2026, 4, 13))
    volunteer = user(session, "tanaka", "volunteer", "田中 ボランティア")
    before = counts(session, TABLES)
    for call in (lambda: svc.add_place(volunteer, SHOKUDO),
                 lambda: svc.update_place(volunteer, replace(salon, active=False)),
                 lambda: svc.plan_series(volunteer, salon.id, date(2026, 4, 1), date(2026, 6, 30)),
                 lambda: svc.create_series(volunteer, salon.id, date(2026, 4, 1),
                                           date(2026, 6, 30))):
        with pytest.raises(NotPermitted) as info:
            call()
        assert "スタッフ・管理者だけ" in info.value.message_ja
    assert counts(session, TABLES) == before
    assert [p.id for p in svc.list_places(volunteer)] == [salon.id]
    mine = svc.open_session(volunteer, salon.id, date(2026, 5, 11)).session
    svc.update_session(volunteer, replace(mine, meals_served=0, program="歌の会"))
    assert svc.sessions_on(volunteer, date(2026, 5, 11))[0].session.program == "歌の会"
    with pytest.raises(NotPermitted):
        svc.delete_session(volunteer, staff_made.id)
    svc.delete_session(volunteer, mine.id)
    assert [s.id for s in svc.sessions_of_place(volunteer, salon.id)] == [staff_made.id]


def test_delete_refused_with_attendance_or_walkins(new_db):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    with_person, with_walkins, empty = (day_session(session, salon.id, date(2026, 4, d))
                                        for d in (13, 20, 27))
    pid = person(session)
    with session.engine.begin() as conn:
        conn.execute(insert(attendance).values(id=str(uuid.uuid4()), session_id=with_person.id,
                                               person_id=pid, category="senior", **STAMP))
        conn.execute(insert(walkins).values(session_id=with_walkins.id, category="senior",
                                            count=2, **STAMP))
    before = counts(session, TABLES)
    for held in (with_person, with_walkins):
        with pytest.raises(svc.SessionHasRecords) as info:
            svc.delete_session(session, held.id)
        assert info.value.message_ja.startswith("この開催には参加者の受付または匿名参加者数が記録されているため")
    assert counts(session, TABLES) == before
    svc.delete_session(session, empty.id)
    assert actions(session)[-1] == "place_session.delete"
    with pytest.raises(NotFound):
        svc.get_session(session, empty.id)
    with pytest.raises(NotFound):
        svc.delete_session(session, empty.id)


# ------------------------------------------------------------------ lists

def test_sessions_on_a_day_and_of_a_place(new_db):
    session, _ = new_db
    salon, shokudo = svc.add_place(session, SALON), svc.add_place(session, SHOKUDO)
    cafe = svc.add_place(session, Place(name="まちなかカフェ", kind="ibasho_cafe",
                                        default_start=time(10), default_end=time(15)))
    day = date(2026, 4, 13)
    for place in (shokudo, salon, cafe):
        day_session(session, place.id, day)
    day_session(session, salon.id, date(2026, 5, 11))
    rows = svc.sessions_on(session, day)
    assert [(r.place_name, r.place_kind, r.session.start_time) for r in rows] == [
        ("まちなかカフェ", "ibasho_cafe", time(10)), ("ふれあいサロン中町", "salon", time(13, 30)),
        ("こども食堂 にじいろ", "kodomo_shokudo", time(17))]
    svc.update_place(session, replace(cafe, active=False))
    assert len(svc.sessions_on(session, day, active_only=True)) == 2
    assert [s.held_on for s in svc.sessions_of_place(session, salon.id)] == [
        day, date(2026, 5, 11)]
    assert [s.held_on for s in svc.sessions_of_place(session, salon.id, start=date(2026, 5, 1))
            ] == [date(2026, 5, 11)]
    assert svc.sessions_of_place(session, salon.id, end=date(2026, 4, 12)) == []


def test_session_reads_use_indexes(new_db):
    session, _ = new_db
    salon = svc.add_place(session, SALON)
    svc.create_series(session, salon.id, date(2026, 1, 1), date(2026, 12, 31))
    with recorded_sql(session) as seen:
        svc.sessions_of_place(session, salon.id, date(2026, 4, 1), date(2027, 3, 31))
        svc.sessions_on(session, date(2026, 4, 13))
        svc.plan_series(session, salon.id, date(2027, 1, 1), date(2027, 12, 31))
    assert full_scans(session, seen) == []
