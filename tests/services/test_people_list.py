"""当事者 list: kana/width-insensitive search, phone digits, codes, 五十音順, filters,
last contact and overdue as on ホーム, volunteer scope, one query per page."""

from __future__ import annotations

import dataclasses
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from kodoku_desk.models.person import Person
from kodoku_desk.services.assignments import assign_worker, end_assignment
from kodoku_desk.services.dashboard import load_dashboard
from kodoku_desk.services.people import register_person
from kodoku_desk.services.people_list import PeopleFilter, search_people
from kodoku_desk.services.session import CurrentUser
from kodoku_desk.store import users_repo
from tests.ui import seed

TODAY = date(2026, 11, 27)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def add_person(session, family, given="", family_kana="", given_kana="", **fields) -> str:
    fields.setdefault("registered_on", date(2026, 1, 1))
    return register_person(session, Person(
        family_name=family, given_name=given, family_kana=family_kana, given_kana=given_kana,
        **fields), today=TODAY).id


def as_user(session, username: str, role: str, display_name: str | None = None):
    """A session on the same engine signed in as a new user of ``role``."""
    with session.engine.begin() as conn:
        user_id = users_repo.add(conn, username=username, display_name=display_name or username,
                                 role=role, created_by=session.user.id)
    return dataclasses.replace(session, user=CurrentUser(user_id, username,
                                                         display_name or username, role))


def names(rows) -> list[str]:
    return [r.full_name for r in rows]


@contextmanager
def count_queries(session):
    statements: list[str] = []

    def record(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(session.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(session.engine, "before_cursor_execute", record)


# ---------------------------------------------------------------- search text
@pytest.fixture
def yamada(new_db):
    session, _ = new_db
    # reading typed in hiragana: stored as katakana, still found by every form
    pid = add_person(session, "山田", "太郎", "やまだ", "たろう", phone="０９０－１２３４－５６７８",
                     phone2="03-5555-0199", romaji="Yamada Taro")
    add_person(session, "佐藤", "花子", "サトウ", "ハナコ", phone="080-9999-0000")
    add_person(session, "山本", "一郎", "ヤマモト", "イチロウ")
    return session, pid


@pytest.mark.parametrize("query", ["やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "山田", "ヤマダ　タロウ", "やまだ た",
                                   "タロウ", "ﾀﾛｳ", "山田太郎", "yamada", "YAMADA TARO"])
def test_every_kana_and_width_form_finds_yamada(yamada, query):
    session, pid = yamada
    assert [r.id for r in search_people(session, query, today=TODAY)] == [pid]


def test_katakana_query_finds_a_reading_entered_in_hiragana(yamada):
    session, pid = yamada
    row = search_people(session, "ヤマダ タロウ", today=TODAY)[0]
    assert (row.id, row.full_name, row.full_kana) == (pid, "山田 太郎", "ヤマダ タロウ")


def test_prefix_finds_both_yamas_and_nothing_else(yamada):
    session, _ = yamada
    assert names(search_people(session, "ヤマ", today=TODAY)) == ["山田 太郎", "山本 一郎"]
    assert search_people(session, "鈴木", today=TODAY) == []


@pytest.mark.parametrize("query", ["090", "０９０", "1234-5678", "１２３４５６７８", "090-1234",
                                   "5555", "０３－５５５５", "0199"])
def test_phone_digits_in_any_width_match_either_number(yamada, query):
    session, pid = yamada
    assert [r.id for r in search_people(session, query, today=TODAY)] == [pid]


def test_short_digit_queries_match_nobody_yet(yamada):
    session, _ = yamada
    assert search_people(session, "09", today=TODAY) == []
    assert search_people(session, "0", today=TODAY) == []


def test_phone_row_shows_the_number_as_entered_normalised(yamada):
    session, _ = yamada
    assert search_people(session, "0901", today=TODAY)[0].phone == "090-1234-5678"


def test_person_code_exact_and_prefix(new_db):
    session, _ = new_db
    ids = [add_person(session, f"試験{i}", family_kana="シケン") for i in range(12)]
    assert [r.id for r in search_people(session, "p12", today=TODAY)] == [ids[11]]
    assert [r.id for r in search_people(session, "Ｐ１", today=TODAY)] == [ids[0]]
    assert [r.id for r in search_people(session, "P000001", today=TODAY)] == [ids[0]]
    # the code numbered 1, and the codes that begin with "P00001"
    prefix = search_people(session, "P00001", today=TODAY)
    assert sorted(r.person_code for r in prefix) == ["P000001", "P000010", "P000011", "P000012"]
    assert search_people(session, "p99", today=TODAY) == []


# ---------------------------------------------------------------- order
def test_gojuon_order_folds_dakuten_and_small_kana(new_db):
    session, _ = new_db
    expected = [("清井", "キヨイ"), ("京野", "キョウノ"), ("小藤", "コトウ"), ("後藤", "ゴトウ"),
                ("近藤", "コンドウ"), ("橋本", "ハシモト"), ("羽田", "ハタ"), ("馬場", "ババ"),
                ("浜田", "ハマダ")]
    for family, kana in reversed(expected[::2] + expected[1::2]):
        add_person(session, family, family_kana=kana)
    add_person(session, "読み無し")  # no reading: last
    assert names(search_people(session, today=TODAY)) == [f for f, _ in expected] + ["読み無し"]


def test_same_reading_is_ordered_by_code(new_db):
    session, _ = new_db
    first = add_person(session, "高橋", family_kana="タカハシ")
    second = add_person(session, "髙橋", family_kana="タカハシ")
    assert [r.id for r in search_people(session, "たかはし", today=TODAY)] == [first, second]


@pytest.mark.parametrize("query", ["齋藤", "斎藤", "齊藤", "斉藤", "さいとう"])
def test_kanji_variants_find_each_other_in_search_only(new_db, query):
    session, _ = new_db
    saito = add_person(session, "斎藤", "一", "サイトウ", "ハジメ")
    saito_old = add_person(session, "齋藤", "二", "サイトウ", "ジロウ")
    add_person(session, "佐藤", "三", "サトウ", "サブロウ")
    assert sorted(r.id for r in search_people(session, query, today=TODAY)) == sorted(
        [saito, saito_old])
    # stored as written
    assert {r.full_name for r in search_people(session, query, today=TODAY)} == {"斎藤 一",
                                                                                 "齋藤 二"}


@pytest.mark.parametrize("query", ["高橋", "髙橋", "髙", "高橋﨑子", "髙橋崎子"])
def test_takahashi_and_its_variant_give_the_same_people(new_db, query):
    session, _ = new_db
    plain = add_person(session, "高橋", "崎子", "タカハシ", "サキコ")
    variant = add_person(session, "髙橋", "﨑子", "タカハシ", "サキコ")
    add_person(session, "高田", "一", "タカダ", "ハジメ")
    found = [r.id for r in search_people(session, query, today=TODAY)]
    if query == "髙":
        assert set(found) >= {plain, variant}
    else:
        assert sorted(found) == sorted([plain, variant])


def test_variant_folding_keeps_other_characters_exact(new_db):
    session, _ = new_db
    add_person(session, "渡邊", "誠", "ワタナベ", "マコト")
    add_person(session, "渡部", "誠", "ワタナベ", "マコト")
    assert names(search_people(session, "渡辺", today=TODAY)) == ["渡邊 誠"]
    assert names(search_people(session, "渡邉", today=TODAY)) == ["渡邊 誠"]
    assert names(search_people(session, "𠮷田", today=TODAY)) == []


def test_limit_and_offset_page_through_the_same_order(new_db):
    session, _ = new_db
    for i, kana in enumerate("アイウエオカキクケコ"):
        add_person(session, f"人{i}", family_kana=kana)
    everyone = search_people(session, today=TODAY)
    assert search_people(session, limit=4, today=TODAY) == everyone[:4]
    assert search_people(session, limit=4, offset=4, today=TODAY) == everyone[4:8]
    assert search_people(session, offset=8, today=TODAY) == everyone[8:]


# ---------------------------------------------------------------- filters
@pytest.fixture
def people(new_db):
    session, _ = new_db
    staff = as_user(session, "suzuki", "staff", "鈴木 職員")
    ids = {
        "active": add_person(session, "青木", family_kana="アオキ", district_code="north",
                             visit_frequency="monthly", support_categories=("elderly_alone",)),
        "paused": add_person(session, "井上", family_kana="イノウエ", district_code="south",
                             status="paused", visit_frequency="weekly"),
        "closed": add_person(session, "上野", family_kana="ウエノ", district_code="north",
                             status="closed", closed_on=date(2026, 6, 1),
                             closure_reason="moved"),
        "participant": add_person(session, "江口", family_kana="エグチ", kind="participant",
                                  district_code="north"),
        "other": add_person(session, "岡田", family_kana="オカダ", district_code="south",
                            support_categories=("hikikomori", "loneliness")),
    }
    assign_worker(session, ids["active"], staff.user.id, "primary", today=TODAY)
    assign_worker(session, ids["other"], staff.user.id, "backup", today=TODAY)
    assign_worker(session, ids["active"], session.user.id, "volunteer", today=TODAY)
    return session, ids, staff


def test_default_list_is_active_and_paused_clients(people):
    session, ids, _ = people
    rows = search_people(session, today=TODAY)
    assert [r.id for r in rows] == [ids["active"], ids["paused"], ids["other"]]
    assert [r.status for r in rows] == ["active", "paused", "active"]


def test_status_and_kind_filters_show_closed_and_participants_when_asked(people):
    session, ids, _ = people
    closed = search_people(session, filters=PeopleFilter(statuses=("closed",)), today=TODAY)
    assert [r.id for r in closed] == [ids["closed"]]
    every = search_people(session, filters=PeopleFilter(
        statuses=("active", "paused", "closed"), kinds=("client", "participant")), today=TODAY)
    assert len(every) == 5
    participants = search_people(session, filters=PeopleFilter(kinds=("participant",)),
                                 today=TODAY)
    assert [(r.id, r.kind) for r in participants] == [(ids["participant"], "participant")]


def test_district_filter(people):
    session, ids, _ = people
    rows = search_people(session, filters=PeopleFilter(district_code="south"), today=TODAY)
    assert [r.id for r in rows] == [ids["paused"], ids["other"]]
    assert all(r.district_code == "south" for r in rows)


def test_worker_filter_and_worker_names(people):
    session, ids, staff = people
    rows = search_people(session, filters=PeopleFilter(worker_id=staff.user.id), today=TODAY)
    assert [r.id for r in rows] == [ids["active"], ids["other"]]
    assert rows[0].workers == ("鈴木 職員", "管理 花子")  # primary before volunteer
    assert rows[1].workers == ("鈴木 職員",)
    assert search_people(session, "いのうえ", today=TODAY)[0].workers == ()


def test_support_category_filter(people):
    session, ids, _ = people
    rows = search_people(session, filters=PeopleFilter(support_category="loneliness"),
                         today=TODAY)
    assert [r.id for r in rows] == [ids["other"]]
    assert search_people(session, filters=PeopleFilter(support_category="crime_dv"),
                         today=TODAY) == []


def test_filters_combine_with_the_search_text(people):
    session, ids, _ = people
    f = PeopleFilter(district_code="north", statuses=("active", "closed"))
    assert [r.id for r in search_people(session, "う", filters=f, today=TODAY)] == [ids["closed"]]


def test_age_and_birth_date(new_db):
    session, _ = new_db
    add_person(session, "大野", family_kana="オオノ", birth_date=date(1940, 11, 27))
    add_person(session, "小野", family_kana="オノ", birth_date=date(1940, 11, 28))
    assert [(r.birth_date.year, r.age) for r in search_people(session, today=TODAY)] == [
        (1940, 86), (1940, 85)]


# ---------------------------------------------------------------- contact and overdue
@pytest.fixture
def contacts(new_db):
    session, _ = new_db
    ids = {
        # monthly, confirmed 40 days ago → 10 days overdue
        "late": add_person(session, "山田", family_kana="ヤマダ", visit_frequency="monthly"),
        # weekly, confirmed 3 days ago
        "fine": add_person(session, "佐藤", family_kana="サトウ", visit_frequency="weekly"),
        # weekly, last confirmed 20 days ago, then nobody at home 2 days ago → 13 overdue
        "absent": add_person(session, "鈴木", family_kana="スズキ", visit_frequency="weekly"),
        # monthly, visit 60 days ago but at the 居場所 5 days ago → not overdue
        "salon": add_person(session, "伊藤", family_kana="イトウ", visit_frequency="monthly"),
        # weekly, registered 20 days ago, never contacted → 13 overdue
        "new": add_person(session, "田中", family_kana="タナカ", visit_frequency="weekly",
                          registered_on=days_ago(20)),
        # 随時: never overdue
        "as_needed": add_person(session, "高橋", family_kana="タカハシ",
                                visit_frequency="as_needed"),
        # paused: not overdue however long ago
        "paused": add_person(session, "中村", family_kana="ナカムラ", status="paused",
                             visit_frequency="weekly"),
    }
    with session.engine.begin() as conn:
        seed.visit(conn, ids["late"], days_ago(40))
        seed.visit(conn, ids["fine"], days_ago(3))
        seed.visit(conn, ids["absent"], days_ago(20))
        seed.visit(conn, ids["absent"], days_ago(2), safety="not_confirmed", method="visit_absent")
        seed.visit(conn, ids["salon"], days_ago(60))
        seed.place_session(conn, seed.place(conn), days_ago(5), attendees=(ids["salon"],))
        seed.place_session(conn, seed.place(conn, "未来のサロン"), TODAY + timedelta(days=2),
                           attendees=(ids["late"],))
        seed.visit(conn, ids["as_needed"], days_ago(300))
        seed.visit(conn, ids["paused"], days_ago(100))
    return session, ids


def test_last_contact_and_days_overdue(contacts):
    session, ids = contacts
    rows = {r.id: r for r in search_people(session, today=TODAY)}
    assert (rows[ids["late"]].last_contact, rows[ids["late"]].days_overdue) == (days_ago(40), 10)
    assert (rows[ids["fine"]].last_contact, rows[ids["fine"]].days_overdue) == (days_ago(3), 0)
    assert (rows[ids["absent"]].last_contact, rows[ids["absent"]].days_overdue) == (
        days_ago(20), 13)
    assert (rows[ids["salon"]].last_contact, rows[ids["salon"]].days_overdue) == (days_ago(5), 0)
    assert (rows[ids["new"]].last_contact, rows[ids["new"]].days_overdue) == (None, 13)
    assert rows[ids["as_needed"]].days_overdue == 0
    assert (rows[ids["paused"]].last_contact, rows[ids["paused"]].days_overdue) == (
        days_ago(100), 0)
    assert rows[ids["late"]].is_overdue and not rows[ids["fine"]].is_overdue


def test_overdue_only_lists_what_home_counts(contacts):
    session, ids = contacts
    overdue = search_people(session, filters=PeopleFilter(overdue_only=True), today=TODAY)
    assert [r.id for r in overdue] == [ids["absent"], ids["new"], ids["late"]]  # 五十音順
    home = load_dashboard(session, today=TODAY, overdue_limit=100)
    assert {r.id for r in overdue} == {p.person_id for p in home.overdue}
    assert {(r.id, r.days_overdue, r.last_contact) for r in overdue} == {
        (p.person_id, p.days_overdue, p.last_contact) for p in home.overdue}


def test_overdue_only_with_text_limit_and_statuses(contacts):
    session, ids = contacts
    f = PeopleFilter(overdue_only=True)
    assert [r.id for r in search_people(session, "た", filters=f, today=TODAY)] == [ids["new"]]
    assert [r.id for r in search_people(session, filters=f, limit=1, today=TODAY)] == [
        ids["absent"]]
    assert [r.id for r in search_people(session, filters=f, limit=1, offset=2, today=TODAY)] == [
        ids["late"]]
    paused_only = PeopleFilter(overdue_only=True, statuses=("paused",))
    assert search_people(session, filters=paused_only, today=TODAY) == []


def test_a_confirmed_visit_takes_a_person_off_the_overdue_list(contacts):
    session, ids = contacts
    with session.engine.begin() as conn:
        seed.visit(conn, ids["late"], TODAY)
    overdue = search_people(session, filters=PeopleFilter(overdue_only=True), today=TODAY)
    assert ids["late"] not in {r.id for r in overdue}


def test_one_query_per_page_and_no_per_row_queries(contacts):
    session, _ = contacts
    with count_queries(session) as statements:
        rows = search_people(session, limit=50, today=TODAY)
    assert len(rows) == 7 and len(statements) == 1
    with count_queries(session) as statements:
        search_people(session, filters=PeopleFilter(overdue_only=True), today=TODAY)
    assert len(statements) <= 3


# ---------------------------------------------------------------- volunteer scope
def test_volunteer_sees_only_people_currently_assigned(people):
    session, ids, staff = people
    vol = as_user(session, "vol", "volunteer", "ボランティア 一")
    other_vol = as_user(session, "vol2", "volunteer", "ボランティア 二")
    assign_worker(session, ids["paused"], vol.user.id, "volunteer", today=TODAY)
    assign_worker(session, ids["closed"], vol.user.id, "volunteer", start_on=date(2026, 1, 1),
                  today=TODAY)
    later = assign_worker(session, ids["other"], vol.user.id, "volunteer",
                          start_on=TODAY + timedelta(days=1), today=TODAY)
    ended = assign_worker(session, ids["active"], vol.user.id, "volunteer",
                          start_on=date(2026, 1, 1), today=TODAY)
    end_assignment(session, ended.id, end_on=TODAY, today=TODAY)
    everything = PeopleFilter(statuses=("active", "paused", "closed"),
                              kinds=("client", "participant"))

    assert [r.id for r in search_people(vol, today=TODAY)] == [ids["paused"]]
    assert [r.id for r in search_people(vol, filters=everything, today=TODAY)] == [
        ids["paused"], ids["closed"]]
    # no filter or query widens the scope
    assert search_people(vol, "青木", filters=everything, today=TODAY) == []
    assert search_people(vol, filters=PeopleFilter(worker_id=staff.user.id), today=TODAY) == []
    assert search_people(other_vol, filters=everything, today=TODAY) == []
    # the future assignment starts tomorrow
    tomorrow = TODAY + timedelta(days=1)
    assert ids["other"] in {r.id for r in search_people(vol, today=tomorrow)}
    assert later.start_on == tomorrow
    # staff see everyone
    assert len(search_people(staff, filters=everything, today=TODAY)) == 5


def test_volunteer_overdue_list_is_scoped_like_home(contacts):
    session, ids = contacts
    vol = as_user(session, "vol", "volunteer")
    assign_worker(session, ids["late"], vol.user.id, "volunteer", start_on=date(2026, 1, 1),
                  today=TODAY)
    assign_worker(session, ids["fine"], vol.user.id, "volunteer", start_on=date(2026, 1, 1),
                  today=TODAY)
    overdue = search_people(vol, filters=PeopleFilter(overdue_only=True), today=TODAY)
    assert [r.id for r in overdue] == [ids["late"]]
    home = load_dashboard(vol, today=TODAY)
    assert [p.person_id for p in home.overdue] == [ids["late"]]
