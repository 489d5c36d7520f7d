"""Importing people from CSV / XLSX: dry run, duplicates, one transaction, audit, mapping memory."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import text

from kodoku_desk.importers.sources import ImportFileError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Person
from kodoku_desk.services import imports
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.imports import (DUPLICATE, ERROR, IMPORT, ImportBlocked, apply_import,
                                          open_import, preview_import)
from kodoku_desk.services.people import register_person
from kodoku_desk.store import codes_repo
from tests.services.mimamori_support import user

TODAY = date(2026, 11, 27)

CP932_ROSTER = (
    "令和8年度　見守り対象者名簿,,,,,,\r\n"
    ",,,,,,\r\n"
    "氏名,ﾌﾘｶﾞﾅ,元号,生年月日,性別,電話番号,支援区分\r\n"
    "山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,昭和,15/3/15,男,0312345678,高齢・一人暮らし\r\n"
    "佐藤　花子,ｻﾄｳ ﾊﾅｺ,,S22.11.3,女性,090-1234-5678,\r\n"
    "鈴木 一郎,すずき いちろう,平成,元年2月1日,M,０３－９８７６－５４３２,孤独感、子育て\r\n"
)


def count(session) -> int:
    with session.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM persons")).scalar()


def people(session) -> dict[str, dict]:
    with session.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM persons")).mappings().all()
    return {f"{r['family_name']} {r['given_name']}": dict(r) for r in rows}


def audit_rows(session, action: str) -> list[dict]:
    with session.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_log WHERE action = :a ORDER BY seq"),
                            {"a": action}).mappings().all()
    return [dict(r) for r in rows]


def dry_run(session, name: str, data: bytes, **kw):
    source = open_import(session, name, data, **kw)
    return source, preview_import(session, source, source.mapping, today=TODAY)


def test_cp932_csv_with_half_width_katakana_and_wareki_dates(new_db):
    session, _ = new_db
    source, preview = dry_run(session, "名簿.csv", CP932_ROSTER.encode("cp932"))
    assert source.table.encoding == "cp932" and source.header_row == 2
    assert source.mapping == ["full_name", "full_kana", "birth_era", "birth_date", "gender",
                              "phone", "support_categories"]
    assert [r.status for r in preview.rows] == [IMPORT, IMPORT, IMPORT]
    assert [r.result.row for r in preview.rows] == [4, 5, 6]  # as Excel numbers them
    assert count(session) == 0  # the dry run wrote nothing

    result = apply_import(session, preview, today=TODAY)
    assert result.imported == 3 and count(session) == 3
    stored = people(session)
    yamada = stored["山田 太郎"]
    assert (yamada["family_kana"], yamada["given_kana"]) == ("ヤマダ", "タロウ")
    assert yamada["birth_date"] == "1940-03-15" and yamada["gender"] == "male"
    assert yamada["phone"] == "0312345678" and yamada["registered_on"] == TODAY.isoformat()
    assert stored["佐藤 花子"]["birth_date"] == "1947-11-03"
    assert stored["佐藤 花子"]["phone"] == "090-1234-5678"
    suzuki = stored["鈴木 一郎"]
    assert (suzuki["family_kana"], suzuki["birth_date"]) == ("スズキ", "1989-02-01")
    assert suzuki["phone"] == "03-9876-5432"
    with session.engine.connect() as conn:
        categories = conn.execute(text(
            "SELECT category_code FROM person_categories WHERE person_id = :p ORDER BY 1"),
            {"p": suzuki["id"]}).scalars().all()
    assert categories == ["child_rearing", "loneliness"]


def test_utf8_bom_csv(new_db):
    session, _ = new_db
    data = ("\ufeffお名前,ふりがな,生年月日,TEL,住所\n"
            "田中 一,たなか はじめ,1950/4/1,03-1111-2222,東京都新宿区西新宿2-8-1 ひだまり101\n")
    source, preview = dry_run(session, "roster.csv", data.encode("utf-8"))
    assert source.table.encoding == "utf-8-sig"
    assert source.headers[0] == "お名前"
    assert preview.count(IMPORT) == 1
    apply_import(session, preview, today=TODAY)
    tanaka = people(session)["田中 一"]
    assert (tanaka["prefecture"], tanaka["municipality"], tanaka["town"], tanaka["building"]) == (
        "東京都", "新宿区", "西新宿2-8-1", "ひだまり101")
    assert tanaka["birth_date"] == "1950-04-01"


def xlsx_roster() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "名簿"
    sheet["A1"] = "令和8年度 見守り対象者名簿（ひだまりの会）"
    sheet.merge_cells("A1:F1")
    sheet.append([None])
    sheet.append(["姓", "名", "セイ", "メイ", "生年月日", "電話"])
    sheet.append(["髙橋", "﨑子", "ﾀｶﾊｼ", "ｻｷｺ", datetime(1938, 5, 5), 312345678])
    sheet.append(["伊藤", "清", "イトウ", "キヨシ", 14685, "090 1111 2222"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_with_merged_title_row(new_db):
    session, _ = new_db
    source, preview = dry_run(session, "名簿.xlsx", xlsx_roster())
    assert source.table.sheets == ("名簿",) and source.header_row == 2
    assert source.mapping == ["family_name", "given_name", "family_kana", "given_kana",
                              "birth_date", "phone"]
    assert [r.result.row for r in preview.rows] == [4, 5]
    assert preview.count(IMPORT) == 2
    apply_import(session, preview, today=TODAY)
    stored = people(session)
    takahashi = stored["髙橋 﨑子"]  # 異体字 kept exactly
    assert takahashi["family_kana"] == "タカハシ" and takahashi["birth_date"] == "1938-05-05"
    assert takahashi["phone"] == "0312345678"  # Excel number got its leading 0 back
    assert stored["伊藤 清"]["birth_date"] == "1940-03-15"  # an Excel date serial


BAD_ROWS = (
    "氏名,フリガナ,元号,生年月日,電話番号\n"
    "良い 行,ヨイ ギョウ,昭和,20/1/1,03-1234-5678\n"
    "未来 さん,ミライ,令和,30/1/1,03-1234-5678\n"
    ",ナナシ,昭和,20/1/1,03-1234-5678\n"
    "元号 不明,ゲンゴウ,慶応,3/1/1,03-1234-5678\n"
    "電話 長い,デンワ,昭和,30/1/1,0312345678901\n"
    "もう一人 良い,モウヒトリ,平成,2/2/2,\n"
)


def test_bad_rows_are_all_reported_and_nothing_is_written_unless_told(new_db):
    session, _ = new_db
    _source, preview = dry_run(session, "bad.csv", BAD_ROWS.encode("utf-8"))
    assert [(r.result.row, r.status) for r in preview.rows] == [
        (2, IMPORT), (3, ERROR), (4, ERROR), (5, ERROR), (6, ERROR), (7, IMPORT)]
    problems = {p.row: p for r in preview.rows for p in r.result.problems}
    assert problems[3].column == "生年月日" and problems[3].value == "令和 30/1/1"
    assert "未来" in problems[3].message_ja
    assert problems[4].column == "氏名" and "入力してください" in problems[4].message_ja
    assert problems[5].column == "生年月日" and "慶応" in problems[5].message_ja
    assert problems[6].column == "電話番号" and problems[6].value == "0312345678901"
    assert "10桁または11桁" in problems[6].message_ja

    with pytest.raises(ImportBlocked) as caught:
        apply_import(session, preview, today=TODAY)
    assert "4行に問題" in caught.value.message_ja
    assert count(session) == 0 and audit_rows(session, "import") == []

    result = apply_import(session, preview, valid_only=True, today=TODAY)
    assert (result.imported, result.skipped_errors) == (2, 4)
    assert set(people(session)) == {"良い 行", "もう一人 良い"}


def test_reimport_flags_duplicates_instead_of_doubling(new_db):
    session, _ = new_db
    data = CP932_ROSTER.encode("cp932")
    apply_import(session, dry_run(session, "名簿.csv", data)[1], today=TODAY)
    assert count(session) == 3

    _source, again = dry_run(session, "名簿.csv", data)
    assert [r.status for r in again.rows] == [DUPLICATE] * 3
    assert again.rows[0].duplicate_of.startswith("P")
    with pytest.raises(ImportBlocked):
        apply_import(session, again, today=TODAY)
    assert count(session) == 3
    apply_import(session, again, include_duplicates=True, today=TODAY)  # when really wanted
    assert count(session) == 6


def test_duplicates_inside_the_file_and_against_hand_entered_people(new_db):
    session, _ = new_db
    register_person(session, Person(family_name="山田", given_name="太郎", family_kana="やまだ",
                                    given_kana="たろう", birth_date=date(1940, 3, 15)), today=TODAY)
    data = ("氏名,ふりがな,生年月日\n"
            "山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,S15.3.15\n"
            "川口 春,カワグチ ハル,1950-01-01\n"
            "川口 春,かわぐち はる,昭和25年1月1日\n"
            "名前 だけ,,\n").encode()
    _source, preview = dry_run(session, "a.csv", data)
    statuses = [(r.result.row, r.status, r.duplicate_of, r.duplicate_row) for r in preview.rows]
    assert statuses == [(2, DUPLICATE, "P000001", None), (3, IMPORT, "", None),
                        (4, DUPLICATE, "", 3), (5, IMPORT, "", None)]
    result = apply_import(session, preview, today=TODAY)
    assert (result.imported, result.skipped_duplicates) == (2, 2) and count(session) == 3


def test_audit_entry_has_counts_and_no_personal_data(new_db):
    session, _ = new_db
    apply_import(session, dry_run(session, "名簿.csv", CP932_ROSTER.encode("cp932"))[1],
                 today=TODAY)
    [entry] = audit_rows(session, "import")
    detail = json.loads(entry["detail"])
    assert detail == {"file_name": "名簿.csv", "format": "csv", "rows": 3, "imported": 3,
                      "skipped_duplicates": 0, "skipped_errors": 0}
    assert len(audit_rows(session, "person.create")) == 3
    with session.engine.connect() as conn:
        log = " ".join(str(v) for row in conn.execute(text("SELECT * FROM audit_log"))
                       for v in row)
    for personal in ("山田", "ヤマダ", "1940-03-15", "0312345678"):
        assert personal not in log


def test_confirmed_mapping_is_remembered_for_the_same_header(new_db):
    session, _ = new_db
    data = "氏名,メモ欄,生まれ\n山田 太郎,元気,1940/3/15\n".encode()
    source = open_import(session, "a.csv", data)
    assert source.mapping == ["full_name", None, None] and not source.remembered
    confirmed = ["full_name", "note", "birth_date"]
    preview = preview_import(session, source, confirmed, today=TODAY)
    assert count(session) == 0 and not open_import(session, "a.csv", data).remembered
    apply_import(session, preview, today=TODAY)
    again = open_import(session, "b.csv", "氏名,メモ欄,生まれ\n".encode("cp932"))
    assert again.remembered and again.mapping == confirmed
    assert people(session)["山田 太郎"]["note"] == "元気"


def test_mapping_problems_block_the_dry_run(new_db):
    session, _ = new_db
    source = open_import(session, "a.csv", "氏名,ふりがな\n山田,やまだ\n".encode())
    with pytest.raises(ImportBlocked) as caught:
        preview_import(session, source, [None, "full_kana"], today=TODAY)
    assert "氏名の列" in caught.value.message_ja


def test_district_and_household_codes_by_label(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        codes_repo.add_custom(conn, "district", "north", "北地区", "North", session.user.id)
    data = ("氏名,地区,世帯\n山田 太郎,北地区,一人暮らし\n佐藤 花子,南地区,独り\n").encode()
    _source, preview = dry_run(session, "a.csv", data)
    first, second = preview.rows
    assert first.status == IMPORT and first.result.person.district_code == "north"
    assert first.result.person.household_type == "alone"
    assert second.status == ERROR
    assert {p.column for p in second.result.problems} == {"地区", "世帯"}


def test_volunteers_cannot_import(new_db):
    session, _ = new_db
    volunteer = user(session, "vol", "volunteer")
    with pytest.raises(NotPermitted):
        open_import(volunteer, "a.csv", CP932_ROSTER.encode("cp932"))
    _source, preview = dry_run(session, "a.csv", CP932_ROSTER.encode("cp932"))
    with pytest.raises(NotPermitted):
        apply_import(volunteer, preview, today=TODAY)
    assert count(session) == 0
    staff = user(session, "staff1", "staff")
    assert apply_import(staff, preview, today=TODAY).imported == 3


def test_a_failure_while_writing_rolls_back_every_row(new_db):
    session, _ = new_db
    _source, preview = dry_run(session, "名簿.csv", CP932_ROSTER.encode("cp932"))
    last = preview.rows[-1]
    broken = replace(last, result=replace(last.result, person=replace(
        last.result.person, gender="robot")))  # passes the dry run, fails at write time
    preview = replace(preview, rows=(*preview.rows[:-1], broken))
    with pytest.raises(ValidationError):
        apply_import(session, preview, today=TODAY)
    assert count(session) == 0 and audit_rows(session, "person.create") == []


def test_unreadable_file(new_db):
    session, _ = new_db
    with pytest.raises(ImportFileError):
        open_import(session, "a.xlsx", b"PK\x03\x04 not really a workbook")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=400),
    st.text(alphabet=st.sampled_from(list("氏名,ふりがな生年月日\"\n\r\t 山田ﾔﾏﾀﾞ0123456789/.S昭和元年月日-男女電話")),
            max_size=300).map(lambda t: t.encode("cp932", "replace")),
    st.text(max_size=200).map(lambda t: ("氏名,生年月日,電話番号\n" + t).encode("utf-8"))))
def test_fuzz_any_bytes_give_a_report_or_a_clear_error(new_db, data):
    session, _ = new_db
    before = count(session)
    try:
        source = open_import(session, "fuzz.csv", data)
        preview = preview_import(session, source, source.mapping, today=TODAY)
    except (ImportFileError, ImportBlocked) as exc:
        assert exc.message_ja
        assert count(session) == before
        return
    assert all(r.status in (IMPORT, DUPLICATE, ERROR) for r in preview.rows)
    for row in preview.rows:
        assert (row.status == ERROR) == bool(row.result.problems)
        assert all(p.message_ja and p.row > source.header_row for p in row.result.problems)
    assert count(session) == before  # the dry run never writes
    try:
        result = apply_import(session, preview, valid_only=True, today=TODAY)
    except ImportBlocked:
        assert count(session) == before
    else:
        assert count(session) == before + result.imported


def test_service_module_constants():
    assert imports.SAMPLES >= 2


# ------------------------------------------------------------ QA findings (import fixes)
TOTALS_ROSTER = (
    "No.,氏名,ﾌﾘｶﾞﾅ,生年月日,性別,電話番号,地区,備考,\r\n"
    "1,山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,S15.3.15,男,0312345678,,,\r\n"
    "2,佐藤 花子,ｻﾄｳ ﾊﾅｺ,S22.11.3,女,090-1234-5678,,,\r\n"
    "合計,7名,,,,,,,\r\n"
)


def test_a_totals_line_is_an_error_not_a_person(new_db):
    session, _ = new_db
    _source, preview = dry_run(session, "名簿.csv", TOTALS_ROSTER.encode("cp932"))
    assert [r.status for r in preview.rows] == [IMPORT, IMPORT, ERROR]
    [problem] = preview.rows[-1].result.problems
    assert problem.message_ja == "合計などの集計行のようです。取り込みません。"
    assert problem.column == "氏名" and problem.value == "7名"
    assert apply_import(session, preview, valid_only=True, today=TODAY).imported == 2
    assert "7名" not in " ".join(people(session))


@pytest.mark.parametrize("name", ["合計", "計", "小計", "総計", "以下余白", "人数", "【合計】",
                                  "合計：", "ＴＯＴＡＬ", "合計 12名", "人数 3"])
def test_summary_words_in_the_name_cell(new_db, name):
    session, _ = new_db
    data = f"氏名,ふりがな,生年月日\n山田 太郎,やまだ たろう,1940/3/15\n{name},,\n".encode()
    _source, preview = dry_run(session, "a.csv", data)
    assert [r.status for r in preview.rows] == [IMPORT, ERROR]
    assert "集計行" in preview.rows[1].result.problems[0].message_ja


@pytest.mark.parametrize("name", ["7名", "山田 太郎2", "１２３"])
def test_a_name_with_digits_is_an_error(new_db, name):
    session, _ = new_db
    data = f"氏名,生年月日\n{name},1940/3/15\n".encode()
    _source, preview = dry_run(session, "a.csv", data)
    [row] = preview.rows
    assert row.status == ERROR
    [problem] = row.result.problems
    assert problem.column == "氏名" and "数字" in problem.message_ja and problem.message_en


def test_surnames_that_merely_contain_a_summary_character_are_people(new_db):
    session, _ = new_db
    data = "氏名,ふりがな\n計良 一,けら はじめ\n合田 計,ごうだ けい\n".encode()
    _source, preview = dry_run(session, "a.csv", data)
    assert [r.status for r in preview.rows] == [IMPORT, IMPORT]


def test_no_reading_in_a_reading_column_is_a_warning_to_check(new_db):
    session, _ = new_db
    data = "氏名,ふりがな,生年月日\n名前 だけ,,1950/1/1\n読み あり,よみ あり,1950/1/2\n".encode()
    _source, preview = dry_run(session, "a.csv", data)
    bare, full = preview.rows
    assert (bare.status, full.status) == (IMPORT, IMPORT)
    assert bare.needs_check and not full.needs_check and preview.count_needing_check() == 1
    [warning] = bare.result.warnings
    assert warning.column == "ふりがな" and "ふりがなが空" in warning.message_ja
    assert not bare.result.problems  # still imported
    assert apply_import(session, preview, today=TODAY).imported == 2
    # without a ふりがな column there is nothing to warn about
    _source, preview = dry_run(session, "b.csv", "氏名\n名前 だけ2\n".replace("2", "").encode())
    assert not preview.rows[0].result.warnings


ISHIKAWA = Person(family_name="石川", given_name="照子", family_kana="イシカワ",
                  given_kana="テルコ", birth_date=date(1941, 6, 2), phone="042-620-1101")


def test_duplicate_without_birth_date_by_phone(new_db):
    session, _ = new_db
    register_person(session, ISHIKAWA, today=TODAY)

    def status(line: str):
        data = ("氏名,ふりがな,生年月日,電話番号\n" + line + "\n").encode("cp932")
        [row] = dry_run(session, "a.csv", data)[1].rows
        return row.status, row.duplicate_of, row.duplicate_basis

    # the QA case: re-imported without a birth date, same phone
    assert status("石川 照子,イシカワ テルコ,,042-620-1101") == (
        DUPLICATE, "P000001", imports.SAME_PHONE)
    assert status("石川 照子,ｲｼｶﾜ ﾃﾙｺ,,０４２６２０１１０１") == (
        DUPLICATE, "P000001", imports.SAME_PHONE)
    # only the name in common (the registered person has a birth date): not decidable
    assert status("石川 照子,イシカワ テルコ,,03-0000-0000") == (IMPORT, "", "")
    # two different birth dates are two people, whatever the phone
    assert status("石川 照子,イシカワ テルコ,1950/1/1,042-620-1101") == (IMPORT, "", "")
    # same birth date: as before
    assert status("石川 照子,イシカワ テルコ,1941/6/2,") == (
        DUPLICATE, "P000001", imports.SAME_BIRTH_DATE)
    # another reading is another name
    assert status("石川 照子,イシカワ ショウコ,,042-620-1101") == (IMPORT, "", "")


def test_duplicate_when_neither_has_a_birth_date_by_kanji_name(new_db):
    session, _ = new_db
    register_person(session, replace(ISHIKAWA, birth_date=None, phone=None), today=TODAY)
    data = ("氏名,ふりがな,電話番号\n"
            "石川 照子,いしかわ てるこ,\n"
            "石川 輝子,イシカワ テルコ,\n").encode()   # same reading, other kanji
    _source, preview = dry_run(session, "a.csv", data)
    same, other = preview.rows
    assert (same.status, same.duplicate_basis) == (DUPLICATE, imports.SAME_NAME)
    assert other.status == IMPORT


def test_duplicate_by_kanji_name_when_one_side_has_no_reading(new_db):
    session, _ = new_db
    register_person(session, ISHIKAWA, today=TODAY)
    data = "氏名,生年月日\n石川 照子,1941/6/2\n石川 照子,\n".encode()
    _source, preview = dry_run(session, "a.csv", data)
    assert [(r.status, r.duplicate_basis) for r in preview.rows] == [
        (DUPLICATE, imports.SAME_BIRTH_DATE), (IMPORT, "")]


def test_in_file_duplicates_follow_the_same_rules(new_db):
    session, _ = new_db
    data = ("氏名,ふりがな,生年月日,電話番号\n"
            "石川 照子,イシカワ テルコ,1941/6/2,042-620-1101\n"
            "石川 照子,イシカワ テルコ,,0426201101\n"
            "森 一,モリ ハジメ,,\n"
            "森 一,もり はじめ,,\n"
            "森 一,モリ ハジメ,1950/1/1,\n").encode()
    _source, preview = dry_run(session, "a.csv", data)
    assert [(r.result.row, r.status, r.duplicate_row, r.duplicate_basis) for r in preview.rows] == [
        (2, IMPORT, None, ""), (3, DUPLICATE, 2, imports.SAME_PHONE), (4, IMPORT, None, ""),
        (5, DUPLICATE, 4, imports.SAME_NAME), (6, IMPORT, None, "")]
    # apply re-checks with the same rules
    result = apply_import(session, preview, today=TODAY)
    assert (result.imported, result.skipped_duplicates) == (3, 2)


def test_unknown_district_message_names_the_list_in_japanese(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        codes_repo.add_custom(conn, "district", "north", "北部地区", "North", session.user.id)
    data = "氏名,地区\n山田 太郎,南部地区\n".encode()
    _source, preview = dry_run(session, "a.csv", data)
    [problem] = preview.rows[0].result.problems
    assert problem.message_ja.startswith("地区「南部地区」は選択肢にありません")
    assert "district" not in problem.message_ja
    assert problem.message_en.startswith('"南部地区" is not in the list "District"')


def test_a_birth_year_without_month_and_day_is_kept_in_the_note_not_made_up(new_db):
    """Rosters of older people often say only 「昭和15年生」: the row is imported
    (要確認) with no date of birth, and the year goes into 備考 in the roster's words."""
    session, _ = new_db
    data = ("氏名,ふりがな,元号,生年月日,備考\n"
            "山田 太郎,やまだ たろう,,昭和15年生まれ,\n"
            "佐藤 花子,さとう はなこ,,1947,膝が悪い\n"
            "鈴木 一郎,すずき いちろう,昭和,22,\n"
            "田中 次郎,たなか じろう,,S15.3.15,\n"
            "高橋 三郎,たかはし さぶろう,,15,\n")
    _source, preview = dry_run(session, "名簿.csv", data.encode("utf-8"))
    assert [r.status for r in preview.rows] == [IMPORT, IMPORT, IMPORT, IMPORT, ERROR]
    yamada, sato, suzuki, tanaka, takahashi = (r.result for r in preview.rows)
    assert "元号がわかりません" in takahashi.problems[0].message_ja   # 「15」: which era?
    for result, year in ((yamada, 1940), (sato, 1947), (suzuki, 1947)):
        assert result.birth_date is None
        assert any(f"生年（{year}年）だけ" in w.message_ja for w in result.warnings)
    assert tanaka.birth_date == date(1940, 3, 15) and not tanaka.warnings   # a whole date
    apply_import(session, preview, valid_only=True, today=TODAY)
    stored = people(session)
    assert stored["山田 太郎"]["birth_date"] is None
    assert stored["山田 太郎"]["note"] == "生年：1940年（名簿の記載「昭和15年生まれ」。月日が不明のため生年月日は空欄）"
    assert stored["佐藤 花子"]["note"].splitlines() == [
        "膝が悪い", "生年：1947年（名簿の記載「1947」。月日が不明のため生年月日は空欄）"]
    assert "昭和 22" in stored["鈴木 一郎"]["note"]


def test_a_year_typed_as_a_number_in_an_excel_cell_is_a_year_not_a_day_in_1905(new_db):
    session, _ = new_db
    book = Workbook()
    sheet = book.active
    sheet.append(["氏名", "ふりがな", "生年月日"])
    sheet.append(["伊藤 清", "いとう きよし", 1938])
    sheet.append(["髙橋 﨑子", "たかはし さきこ", 14685])       # a date serial: 1940-03-15
    out = io.BytesIO()
    book.save(out)
    _source, preview = dry_run(session, "名簿.xlsx", out.getvalue())
    ito, takahashi = (r.result for r in preview.rows)
    assert ito.birth_date is None and "生年（1938年）だけ" in ito.warnings[0].message_ja
    assert takahashi.birth_date == date(1940, 3, 15)
