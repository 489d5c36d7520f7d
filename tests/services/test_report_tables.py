"""Report tables (issue 6 item 1): known answers on a small hand-built dataset.

The dataset (tests/services/report_support.py), period 2025Q3 = 2025-10 … 2025-12,
基準日 2025-12-31:

当事者 (clients)
  A 青木  female, 一人暮らし, 中央地区, born 1940-05-10 (85), registered 2024-04 → 継続;
          支援区分 高齢・一人暮らし + 病気・通院
  B 馬場  male, 高齢者のみ, 東地区, born 1955-12-31 (70 on the 基準日 itself),
          registered 2025-11-15 → 新規; 高齢・一人暮らし
  C 千葉  female, 家族と同居, 中央地区, born 2015-04-02 (小学4年), registered 2025-01,
          closed 2025-11-30 → 終了; 子育て
  D 土井  nothing recorded, closed 2025-06-30 → before the period: not counted
  E 江藤  registered 2026-01-05 → after the period: not counted
  F 藤田  female, 一人暮らし, district ``nishi`` (not in the list), born 2007-04-01 (18, past
          高校生世代), registered 2025-10-01 and closed 2025-10-31 → 終了; no 支援区分
  H 林    female, 一人暮らし, 中央地区, born 1935-01-01 (90), registered 2025-12-31, 休止
          → 新規; 心身の障害 + 高齢・一人暮らし
  G, V, W are 居場所 participants only (not 当事者).

見守り in the period (and one visit on either side of it):
  A 10-05 訪問（面会） [元気がない]; 10-20 電話; 11-03 訪問（不在） 確認できず 区分1
    [新聞や郵便, 昼でも電気]; 12-10 訪問（面会） 区分2 [顔色が悪い]
  B 11-20 訪問（面会）; 11-25 訪問（面会）; 12-01 電話 確認できず 区分1 [電話に出なくなった]
  C 10-07 電話;  H 12-31 18:00 センサー

Follow-ups: A 10-05 高 (closed 10-20 解決), A 11-03 通常 (open), B 12-01 通常 (closed 12-15
つないだ), C opened 09-01 低 closed 10-10 見守りに戻した, C opened 08-01 closed 11-20 with no
outcome, H 12-20 低 (closed in January).  Referrals: A 包括 10-10 (つながった 11-01), A 社協
11-05, B 包括 12-05 (つながった only in January), C 医療 10-15 (不成立 10-30), H 09-20.

居場所: サロン 10-11 (A 高齢者, G 大人, V ボランティア, 匿名 高齢者2, 10食), 11-08 (A, G 保護者);
  こども食堂 11-22 (C 小学生, G 大人, V, 匿名 小学生3 保護者1, 20食), 12-20 (C, V, W スタッフ,
  15食); A also came on 2025-09-13 (before: 継続) and 2026-01-10 (after).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from kodoku_desk.models.report_period import parse_period
from kodoku_desk.models.stat_table import Cell, Sensitivity
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.place_counts import fiscal_year_table
from kodoku_desk.services.report_tables import TABLE_KEYS, build_tables, table_catalog
from tests.services.mimamori_support import user
from tests.services.report_support import PRIVATE_TEXT, grid, same, seed

Q3 = parse_period("2025Q3")
MONTHS = ["10月", "11月", "12月"]
Z = (0, 0)


@pytest.fixture
def report(new_db):
    session, _ = new_db
    ids = seed(session)
    tables = {t.key: t for t in build_tables(session, Q3)}
    return session, ids, tables


def check(table, cols, rows, total, *, labels=None):
    """``rows``: label → cells + row total for the non-empty rows (every other row must be
    empty); ``total``: column totals + grand total."""
    assert list(table.col_labels) == cols
    if labels is not None:
        assert list(table.row_labels) == labels
    got = grid(table)
    assert got.pop("計") == total
    for label, cells in got.items():
        assert cells == rows.get(label, [Z] * (len(cols) + 1)), label
    assert set(rows) <= set(got)


# ---------------------------------------------------------------- people supported

STATUS = ["新規", "継続", "終了"]
PEOPLE_TOTAL = same(2, 1, 2, 5)


def test_people_by_age(report):
    t = report[2]["people_by_age"]
    check(t, STATUS, {
        "小学生": same(0, 0, 1, 1),        # C, 学年 4
        "18〜29歳": same(0, 0, 1, 1),      # F: 18 and past 高校3年
        "70〜79歳": same(1, 0, 0, 1),      # B turns 70 on the 基準日
        "80〜89歳": same(0, 1, 0, 1),      # A
        "90歳以上": same(1, 0, 0, 1),      # H
    }, PEOPLE_TOTAL, labels=[
        "未就学児", "小学生", "中学生", "高校生世代", "18〜29歳", "30〜39歳", "40〜49歳", "50〜59歳",
        "60〜69歳", "70〜79歳", "80〜89歳", "90歳以上", "不明"])
    assert (t.sensitivity, t.additive, t.unit_ja) == (Sensitivity.ACTIVITY, True, "人")
    assert any("基準日：令和7年12月31日" in note for note in t.notes_ja)


def test_people_by_gender_household_district(report):
    tables = report[2]
    check(tables["people_by_gender"], STATUS, {
        "女性": same(1, 1, 2, 4), "男性": same(1, 0, 0, 1)}, PEOPLE_TOTAL,
        labels=["女性", "男性", "その他", "無回答", "不明"])
    check(tables["people_by_household"], STATUS, {
        "一人暮らし": same(1, 1, 1, 3), "高齢者のみ世帯": same(1, 0, 0, 1),
        "家族と同居": same(0, 0, 1, 1)}, PEOPLE_TOTAL)
    check(tables["people_by_district"], STATUS, {
        "中央地区": same(1, 1, 1, 3), "東地区": same(1, 0, 0, 1), "nishi": same(0, 0, 1, 1)},
        PEOPLE_TOTAL, labels=["中央地区", "東地区", "nishi", "不明"])


def test_people_by_support_category(report):
    t = report[2]["people_by_support_category"]
    check(t, STATUS, {
        "高齢・一人暮らし": same(2, 1, 0, 3), "子育て": same(0, 0, 1, 1),
        "心身の障害": same(1, 0, 0, 1), "病気・通院": same(0, 1, 0, 1),
        "区分なし": same(0, 0, 1, 1)}, PEOPLE_TOTAL)
    assert t.row_labels[-1] == "区分なし"
    assert (t.sensitivity, t.additive) == (Sensitivity.SENSITIVE, False)


# ---------------------------------------------------------------- contacts and signs

def test_contacts_by_method(report):
    t = report[2]["contacts_by_method"]
    check(t, MONTHS, {
        "訪問（面会）": [(1, 1), (2, 1), (1, 1), (4, 2)],   # B twice in November: 2 visits, 1 person
        "訪問（不在）": [Z, (1, 1), Z, (1, 1)],
        "電話": [(2, 2), Z, (1, 1), (3, 3)],
        "センサー・機器": [Z, Z, (1, 1), (1, 1)],
    }, [(3, 2), (3, 2), (3, 3), (9, 4)])
    assert (t.sensitivity, t.additive, t.unit_ja) == (Sensitivity.ACTIVITY, True, "件")


def test_contacts_by_safety_check_and_response_level(report):
    tables = report[2]
    total = [(3, 2), (3, 2), (3, 3), (9, 4)]
    check(tables["contacts_by_safety_check"], MONTHS, {
        "本人確認できた": [(3, 2), (2, 1), (2, 2), (7, 4)],
        "確認できず": [Z, (1, 1), (1, 1), (2, 2)]}, total, labels=["本人確認できた", "確認できず"])
    levels = tables["contacts_by_response_level"]
    check(levels, MONTHS, {
        "0 異常なし": [(3, 2), (2, 1), (1, 1), (6, 4)],
        "1 経過観察": [Z, (1, 1), (1, 1), (2, 2)],
        "2 関係機関へ相談": [Z, Z, (1, 1), (1, 1)]}, total,
        labels=["0 異常なし", "1 経過観察", "2 関係機関へ相談", "3 緊急対応"])
    assert levels.sensitivity is Sensitivity.SENSITIVE


def test_warning_signs(report):
    tables = report[2]
    total = [(1, 1), (2, 1), (2, 2), (5, 2)]       # the sign on 2025-09-30 is outside
    check(tables["warning_sign_groups"], MONTHS, {
        "住まいの外から": [Z, (2, 1), Z, (2, 1)],  # two signs on one visit of A
        "本人に会って": [(1, 1), Z, (1, 1), (2, 1)],
        "暮らし": [Z, Z, (1, 1), (1, 1)]}, total,
        labels=["住まいの外から", "本人に会って", "暮らし", "地域の場で"])
    check(tables["warning_signs"], MONTHS, {
        "住まいの外から：新聞や郵便がたまっている": [Z, (1, 1), Z, (1, 1)],
        "住まいの外から：昼でも電気がつけっぱなしになっている": [Z, (1, 1), Z, (1, 1)],
        "本人に会って：顔色が悪い、具合が悪そう": [Z, Z, (1, 1), (1, 1)],
        "本人に会って：元気がない": [(1, 1), Z, Z, (1, 1)],
        "暮らし：電話に出なくなった": [Z, Z, (1, 1), (1, 1)]}, total)
    assert len(tables["warning_signs"].row_labels) == 29


# ---------------------------------------------------------------- follow-ups and referrals

def test_followups(report):
    tables = report[2]
    check(tables["followups_opened"], MONTHS, {
        "高": [(1, 1), Z, Z, (1, 1)],
        "通常": [Z, (1, 1), (1, 1), (2, 2)],
        "低": [Z, Z, (1, 1), (1, 1)]}, [(1, 1), (1, 1), (2, 2), (4, 3)],
        labels=["高", "通常", "低"])
    check(tables["followups_closed"], MONTHS, {         # opened in September, closed in October
        "解決した": [(1, 1), Z, Z, (1, 1)],
        "関係機関につないだ": [Z, Z, (1, 1), (1, 1)],
        "通常の見守りに戻した": [(1, 1), Z, Z, (1, 1)],
        "その他（一覧にない区分・未記録）": [Z, (1, 1), Z, (1, 1)]},   # closed without an outcome
        [(2, 2), (1, 1), (1, 1), (4, 3)])
    assert tables["followups_closed"].row_labels[-1] == "その他（一覧にない区分・未記録）"


def test_referrals_status_on_the_reference_date(report):
    t = report[2]["referrals"]
    check(t, ["紹介済み", "つながった", "不成立"], {
        "地域包括支援センター": [(1, 1), (1, 1), Z, (2, 2)],   # B connected only in January
        "社会福祉協議会": [(1, 1), Z, Z, (1, 1)],
        "医療機関": [Z, Z, (1, 1), (1, 1)]}, [(2, 2), (1, 1), (1, 1), (4, 3)])


# ---------------------------------------------------------------- 居場所

def test_place_sessions_and_meals_have_no_persons(report):
    tables = report[2]
    check(tables["place_sessions"], MONTHS, {
        "サロン": [(1, 0), (1, 0), Z, (2, 0)], "こども食堂": [Z, (1, 0), (1, 0), (2, 0)]},
        [(1, 0), (2, 0), (1, 0), (4, 0)])
    check(tables["place_meals"], MONTHS, {
        "サロン": [(10, 0), Z, Z, (10, 0)], "こども食堂": [Z, (20, 0), (15, 0), (35, 0)]},
        [(10, 0), (20, 0), (15, 0), (45, 0)])
    assert tables["place_sessions"].sensitivity is Sensitivity.NOT_PERSONS
    assert (tables["place_sessions"].unit_ja, tables["place_meals"].unit_ja) == ("回", "食")


def test_place_attendance_counts_walkins_as_persons(report):
    tables = report[2]
    total = [(4, 4), (8, 7), (1, 1), (13, 9)]   # registered A, G, C + 6 walk-ins
    check(tables["place_attendance_by_kind"], MONTHS, {
        "サロン": [(4, 4), (2, 2), Z, (6, 4)],
        "こども食堂": [Z, (6, 6), (1, 1), (7, 6)]}, total)
    check(tables["place_attendance"], MONTHS, {
        "小学生": [Z, (4, 4), (1, 1), (5, 4)],
        "保護者": [Z, (2, 2), Z, (2, 2)],
        "大人": [(1, 1), (1, 1), Z, (2, 1)],      # G twice, as 保護者 once
        "高齢者": [(3, 3), (1, 1), Z, (4, 3)]}, total)
    check(tables["place_walkins"], MONTHS, {
        "小学生": same(0, 3, 0, 3), "保護者": same(0, 1, 0, 1), "高齢者": same(2, 0, 0, 2)},
        same(2, 4, 0, 6))


def test_place_participants_new_and_continuing(report):
    tables = report[2]
    unique = tables["place_participants"]
    check(unique, MONTHS, {                     # G counted in the 区分 of the latest visit
        "小学生": same(0, 1, 1, 1), "大人": same(1, 1, 0, 1), "高齢者": same(1, 1, 0, 1)},
        same(2, 3, 1, 3))
    assert unique.additive is False
    check(tables["place_new_continuing"], MONTHS, {
        "新規": same(1, 1, 0, 2),                # G in October, C in November
        "継続": same(1, 2, 1, 1)},               # A (came in September); the year: 3 − 2
        same(2, 3, 1, 3), labels=["新規", "継続"])


def test_place_helpers(report):
    tables = report[2]
    check(tables["place_helpers"], MONTHS, {
        "ボランティア": [(1, 1), (1, 1), (1, 1), (3, 1)],
        "スタッフ": [Z, Z, (1, 1), (1, 1)]}, [(1, 1), (1, 1), (2, 2), (4, 2)])
    check(tables["place_helpers_unique"], MONTHS, {
        "ボランティア": same(1, 1, 1, 1), "スタッフ": same(0, 0, 1, 1)}, same(1, 1, 2, 2))
    assert tables["place_helpers_unique"].additive is False


# ---------------------------------------------------------------- loneliness

def test_loneliness_first_and_latest(report):
    tables = report[2]
    bands = ["3点（決してない）", "4～6点（ほとんどない）", "7～9点（時々ある）", "10～12点（常にある）"]
    ucla = tables["loneliness_ucla"]
    # A 9 → 6 (the 2026 answer is after the 基準日); H 3 → 4 on one day, in the order
    # entered; B's second UCLA is incomplete, so B has one score only
    check(ucla, bands, {
        "3点（決してない）": same(0, 1, 0, 0, 1), "7～9点（時々ある）": same(0, 1, 0, 0, 1)},
        same(0, 2, 0, 0, 2), labels=bands)
    direct = ["決してない", "ほとんどない", "たまにある", "時々ある", "しばしばある・常にある"]
    check(tables["loneliness_direct"], direct, {
        "決してない": same(0, 1, 0, 0, 0, 1),         # H 1 → 2
        "時々ある": same(0, 0, 1, 0, 0, 1),           # A 4 → 3
        "しばしばある・常にある": same(0, 0, 0, 0, 1, 1)},  # B 5 → 5
        same(0, 1, 1, 0, 1, 3))
    q4 = tables["loneliness_q4"]                       # A's 無回答 does not count
    assert "無回答" not in q4.col_labels and len(q4.col_labels) == 7
    got = grid(q4)
    assert got["全くない"][4] == (1, 1) and got["計"][-1] == (1, 1)   # B 全くない → 月１回程度
    for key in ("loneliness_ucla", "loneliness_direct", "loneliness_q4"):
        assert tables[key].sensitivity is Sensitivity.SENSITIVE


# ---------------------------------------------------------------- every table

def test_every_table_in_catalog_order_with_consistent_totals(report):
    tables = report[2]
    assert list(tables) == list(TABLE_KEYS) == [i.key for i in table_catalog()]
    for t in tables.values():
        entries = [c for row in t.cells for c in row] + [*t.row_totals, *t.col_totals,
                                                         t.grand_total]
        if t.sensitivity is Sensitivity.NOT_PERSONS:
            assert all(c.persons == 0 for c in entries), t.key
        else:   # somebody behind every non-zero entry, never more persons than the value
            assert all((c.value == 0) == (c.persons == 0) and c.persons <= c.value
                       for c in entries), t.key
        if not t.additive:   # 実人数 by month: the totals count the period, not the months
            continue
        lines = [(row, total) for row, total in zip(t.cells, t.row_totals, strict=True)]
        lines += [([row[j] for row in t.cells], total) for j, total in enumerate(t.col_totals)]
        lines += [(t.row_totals, t.grand_total), (t.col_totals, t.grand_total)]
        for cells, total in lines:
            assert sum(c.value for c in cells) == total.value, t.key
            if t.sensitivity is not Sensitivity.NOT_PERSONS:   # distinct persons
                assert max(c.persons for c in cells) <= total.persons, t.key
                assert total.persons <= sum(c.persons for c in cells), t.key


def test_no_private_text_ids_or_days_in_any_table(report):
    session, ids, tables = report
    texts = []
    for t in tables.values():
        texts += [t.key, t.title_ja, t.title_en, t.unit_ja, *t.row_labels, *t.col_labels,
                  *t.notes_ja]
        assert all(isinstance(c.value, int) for row in t.cells for c in row)
    blob = "\n".join(texts)
    for private in PRIVATE_TEXT + list(ids.values()):
        assert private not in blob
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", blob)           # no ids
    assert not re.search(r"\d{4}-\d{2}-\d{2}", blob)                  # no ISO days
    days = set(re.findall(r"\d+月\d+日", blob))
    assert days <= {"12月31日"}                                        # only the 基準日


def test_a_subset_of_tables(report):
    session = report[0]
    keys = ["warning_signs", "people_by_age", "loneliness_q4"]
    tables = build_tables(session, Q3, table_keys=keys)
    assert [t.key for t in tables] == ["people_by_age", "warning_signs", "loneliness_q4"]
    assert grid(tables[1]) == grid(report[2]["warning_signs"])
    with pytest.raises(ValueError, match="unknown report table"):
        build_tables(session, Q3, table_keys=["people_by_age", "names"])


def test_volunteers_are_refused(report):
    session = report[0]
    volunteer = user(session, "vol1", "volunteer")
    with pytest.raises(NotPermitted) as caught:
        build_tables(volunteer, Q3)
    assert "スタッフ・管理者だけ" in caught.value.message_ja
    staff = user(session, "staff1", "staff")
    assert len(build_tables(staff, Q3, table_keys=["referrals"])) == 1


def test_month_and_fiscal_year_periods(report):
    session = report[0]
    month = {t.key: t for t in build_tables(session, parse_period("2025-11"))}
    assert month["contacts_by_method"].col_labels == ("11月",)
    assert grid(month["contacts_by_method"])["計"] == [(3, 2), (3, 2)]
    assert grid(month["people_by_gender"])["計"] == same(1, 1, 1, 3)   # B new; A; C ended
    year = {t.key: t for t in build_tables(session, parse_period("FY2025"))}
    assert year["place_sessions"].col_labels == tuple(
        f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3))
    assert grid(year["place_new_continuing"])["新規"][-1] == (3, 3)    # A, G, C
    # 新規 B E H; 継続 A; 終了 C, F and D (closed in June)
    assert grid(year["people_by_gender"])["計"] == same(3, 1, 3, 7)
    assert grid(year["people_by_gender"])["不明"] == same(0, 0, 1, 1)


def test_a_month_is_its_column_of_the_quarter(report):
    """Each month of Q3 on its own (one column: no roll-up by person) gives the quarter's
    column of that month, and its totals are that column."""
    session, _, quarter = report
    by_month = [k for k, t in quarter.items() if t.col_labels == tuple(MONTHS)]
    assert len(by_month) == 16
    for j, code in enumerate(("2025-10", "2025-11", "2025-12")):
        month = {t.key: t for t in build_tables(session, parse_period(code), table_keys=by_month)}
        for key in by_month:
            q, m = quarter[key], month[key]
            cells = dict(zip(m.row_labels, m.cells, strict=True))
            for label, row in zip(q.row_labels, q.cells, strict=True):
                assert cells.pop(label, (Cell(0, 0),))[0] == row[j], (key, code, label)
            assert not cells, (key, code)           # no row the quarter does not have
            assert list(m.row_totals) == [row[0] for row in m.cells], (key, code)
            assert m.col_totals == (q.col_totals[j],) and m.grand_total == q.col_totals[j], key


def test_place_tables_agree_with_the_place_screen(report):
    """The 居場所 tables count what the 居場所 screen's 年度 table counts."""
    session = report[0]
    year = {t.key: t for t in build_tables(session, parse_period("FY2025"))}
    screen = fiscal_year_table(session, None, 2025)
    col = {key: [c.value for c in year[key].col_totals] for key in year}
    assert col["place_sessions"] == [m.counts.sessions for m in screen.months]
    assert col["place_meals"] == [m.counts.meals for m in screen.months]
    assert col["place_attendance"] == [m.counts.total for m in screen.months]
    assert col["place_participants"] == [m.counts.unique for m in screen.months]
    assert [c.value for c in year["place_new_continuing"].cells[0]] == [
        m.counts.new for m in screen.months]
    assert [c.value for c in year["place_helpers"].cells[0]] == [
        m.counts.volunteer_total for m in screen.months]
    assert year["place_participants"].grand_total.value == screen.total.unique
    assert year["place_walkins"].grand_total.value == screen.total.walkins


def test_an_empty_database_gives_empty_tables(new_db):
    session, _ = new_db
    tables = build_tables(session, parse_period("2026-10"))
    assert len(tables) == len(TABLE_KEYS)
    for t in tables:
        assert t.grand_total.value == 0 and t.grand_total.persons == 0, t.key
    assert date(2026, 10, 31) == parse_period("2026-10").reference_date


@pytest.mark.parametrize("keys", [
    ("people_by_gender",), ("place_attendance", "place_participants"),
    ("people_by_gender", "contacts_by_safety_check", "contacts_by_response_level",
     "followups_opened", "followups_closed", "referrals", "place_sessions",
     "place_attendance", "place_participants")])          # what the PDF compares
def test_asking_for_some_tables_gives_the_same_tables(report, keys):
    """A builder skips the queries of tables not asked for; what it does build is the same."""
    session, _, everything = report
    some = {t.key: t for t in build_tables(session, Q3, table_keys=keys)}
    assert set(some) == set(keys)
    for key in keys:
        assert some[key] == everything[key], key
