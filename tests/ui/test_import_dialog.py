"""Excel・CSVから取り込む: the dialog driven like a user would, from the 当事者 page."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import text

from kodoku_desk.ui import import_parts as parts
from kodoku_desk.ui.import_dialog import COLUMNS, DONE, FILE, PREVIEW, ImportDialog
from kodoku_desk.ui.people_page import PeoplePage
from tests.services.mimamori_support import user

TODAY = date(2026, 11, 27)
ROSTER = (
    "令和8年度 見守り対象者名簿,,,,\r\n"
    ",,,,\r\n"
    "氏名,ﾌﾘｶﾞﾅ,元号,生年月日,電話番号\r\n"
    "山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,昭和,15/3/15,03-1234-5678\r\n"
    "佐藤 花子,ｻﾄｳ ﾊﾅｺ,昭和,22/11/3,09012345678\r\n"
    ",ﾅﾅｼ,昭和,20/1/1,03-1234-5678\r\n"
    "電話 長い,ﾃﾞﾝﾜ,昭和,30/1/1,0312345678901\r\n"
)


def count(session) -> int:
    with session.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM persons")).scalar()


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


@pytest.fixture
def page(qtbot, new_db, sync_tasks):
    session, _ = new_db
    widget = PeoplePage(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_dialog(qtbot, page) -> ImportDialog:
    assert page.import_button.isVisible()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.today = TODAY
    return dialog


def test_import_a_cp932_csv_end_to_end(qtbot, page, tmp_path):
    path = tmp_path / "名簿.csv"
    path.write_bytes(ROSTER.encode("cp932"))
    dialog = open_dialog(qtbot, page)
    assert dialog.pages.currentIndex() == FILE and not dialog.next_button.isEnabled()

    dialog.load_file(path)
    assert dialog.encoding_combo.currentData() == "cp932"
    assert "Shift_JIS" in dialog.detected_label.text()
    assert dialog.header_spin.value() == 3  # the title and blank rows are skipped
    assert dialog.raw_table.item(2, 0).text() == "氏名"
    assert dialog.next_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == COLUMNS
    table = dialog.mapping_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "氏名", "ﾌﾘｶﾞﾅ", "元号", "生年月日", "電話番号"]
    assert table.combos[0].currentText() == parts.field_label("full_name")
    assert table.combos[2].currentData() == "birth_era"
    assert "山田 太郎" in table.item(0, 1).text()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PREVIEW and count(dialog.session) == 0
    model = dialog.preview_model
    assert model.rowCount() == 4
    assert cells(model, 0)[:5] == ["4", "山田 太郎", "ヤマダ タロウ", "昭和15年3月15日（1940）", "取り込む"]
    assert cells(model, 2)[0] == "6" and cells(model, 2)[4] == "エラー"
    assert "「氏名」" in cells(model, 2)[5] and "入力してください" in cells(model, 2)[5]
    assert "「電話番号」「0312345678901」" in cells(model, 3)[5]
    assert "取り込む 2人" in dialog.counts_label.text() and "エラー 2行" in dialog.counts_label.text()
    # rows with problems block the import until the user says "only the good rows"
    assert not dialog.next_button.isEnabled() and dialog.valid_only.isVisible()
    dialog.valid_only.setChecked(True)
    assert dialog.next_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and "2人を当事者として登録します" in box.text()
    assert count(dialog.session) == 0  # nothing before the confirmation
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == DONE
    assert dialog.done_label.text() == "2人を取り込みました。"
    assert "エラーの2行" in dialog.done_detail.text()
    assert count(dialog.session) == 2
    assert page.model.rowCount() == 2  # the list was refreshed
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_reimport_shows_duplicates_and_keeps_the_roster(qtbot, page, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(("\ufeff氏名,ふりがな,生年月日\n山田 太郎,やまだ たろう,1940/3/15\n")
                     .encode("utf-8"))
    for attempt in range(2):
        dialog = open_dialog(qtbot, page)
        dialog.load_file(path)
        assert dialog.encoding_combo.currentData() == "utf-8-sig"
        dialog.next()
        assert dialog.remembered_label.text() == ("" if attempt == 0 else
                                                  "前回この見出しで確認した対応を選んでいます。")
        dialog.next()
        if attempt == 0:
            dialog.next()
            qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
            assert dialog.pages.currentIndex() == DONE
            dialog.accept()
    model = dialog.preview_model
    assert cells(model, 0)[4] == "重複の可能性"
    assert "登録済みの P000001" in cells(model, 0)[5]
    assert not dialog.next_button.isEnabled()
    assert count(dialog.session) == 1


def test_xlsx_sheet_choice_and_header_row(qtbot, page, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "表紙"
    sheet["A1"] = "このファイルについて"
    roster = book.create_sheet("名簿")
    roster["A1"] = "見守り対象者名簿"
    roster.merge_cells("A1:C1")
    roster.append(["氏名", "よみ", "生年月日"])
    roster.append(["伊藤 清", "いとう きよし", datetime(1940, 3, 15)])
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "名簿.xlsx"
    path.write_bytes(out.getvalue())

    dialog = open_dialog(qtbot, page)
    dialog.load_file(path)
    assert dialog.sheet_combo.currentText() == "表紙" and dialog.sheet_combo.count() == 2
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    assert dialog.source.table.sheet == "名簿" and dialog.header_spin.value() == 2
    dialog.header_spin.setValue(1)  # a wrong choice is possible, and can be undone
    assert dialog.source.header_row == 0
    dialog.header_spin.setValue(2)
    dialog.next()
    dialog.next()
    assert cells(dialog.preview_model, 0)[1:3] == ["伊藤 清", "イトウ キヨシ"]


def test_unreadable_file_shows_a_message(qtbot, page, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    dialog = open_dialog(qtbot, page)
    dialog.load_file(path)
    assert dialog.error.isVisible() and ".xlsx" in dialog.error.text()
    assert not dialog.next_button.isEnabled()


def test_mapping_without_a_name_column_cannot_go_on(qtbot, page, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("氏名,ふりがな\n山田,やまだ\n".encode())
    dialog = open_dialog(qtbot, page)
    dialog.load_file(path)
    dialog.next()
    dialog.mapping_table.set_field(0, None)
    assert not dialog.next_button.isEnabled()
    assert "氏名の列を選んでください" in dialog.mapping_error.text()


def test_volunteers_do_not_see_the_import_button(qtbot, new_db, sync_tasks):
    session, _ = new_db
    widget = PeoplePage(user(session, "vol", "volunteer"))
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.import_button.isVisible()
    widget.import_people()
    assert widget.import_dialog is None


def test_preview_shows_totals_line_missing_reading_and_phone_duplicate(qtbot, page, tmp_path):
    from kodoku_desk.models.person import Person
    from kodoku_desk.services.people import register_person

    register_person(page.session, Person(
        family_name="石川", given_name="照子", family_kana="イシカワ", given_kana="テルコ",
        birth_date=date(1941, 6, 2), phone="042-620-1101"), today=TODAY)
    path = tmp_path / "名簿.csv"
    path.write_bytes(("No.,氏名,ﾌﾘｶﾞﾅ,生年月日,電話番号\r\n"
                      "1,石川 照子,ｲｼｶﾜ ﾃﾙｺ,,042-620-1101\r\n"
                      "2,名前 だけ,,1950/1/1,\r\n"
                      "合計,7名,,,\r\n").encode("cp932"))
    dialog = open_dialog(qtbot, page)
    dialog.load_file(path)
    dialog.next()
    dialog.next()
    model = dialog.preview_model
    duplicate, bare, totals = (cells(model, r) for r in range(3))
    assert duplicate[4] == "重複の可能性" and "電話番号が同じ" in duplicate[5]
    assert "登録済みの P000001" in duplicate[5]
    assert bare[4] == "取り込む（要確認）" and "要確認：" in bare[5] and "ふりがなが空" in bare[5]
    assert totals[4] == "エラー" and "集計行" in totals[5]
    label = dialog.counts_label.text()
    assert "取り込む 1人" in label and "要確認 1人" in label and "エラー 1行" in label


def test_a_birth_year_alone_shows_as_the_year_with_day_and_month_unknown(qtbot, page, tmp_path):
    path = tmp_path / "名簿.csv"
    path.write_text("氏名,ふりがな,生年月日\n山田 太郎,やまだ たろう,昭和15年生まれ\n"
                    "田中 次郎,たなか じろう,S15.3.15\n", encoding="utf-8")
    dialog = open_dialog(qtbot, page)
    dialog.load_file(path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    model = dialog.preview_model
    yamada, tanaka = cells(model, 0), cells(model, 1)
    assert yamada[3] == "1940年（月日不明）" and "要確認" in yamada[4]
    assert tanaka[3] == "昭和15年3月15日（1940）" and tanaka[4] == "取り込む"
