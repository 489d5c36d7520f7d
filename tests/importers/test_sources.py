"""Reading CSV and XLSX bytes: encodings, delimiters, sheets, merged title rows, bad files."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from kodoku_desk.importers.mapping import find_header_row
from kodoku_desk.importers.sources import (ImportFileError, detect_encoding, read_csv,
                                           read_source)

ROSTER = "氏名,フリガナ,生年月日\r\n山田 太郎,ヤマダ タロウ,昭和15年3月15日\r\n"


@pytest.mark.parametrize(("data", "expected"), [
    (b"\xef\xbb\xbf" + ROSTER.encode("utf-8"), "utf-8-sig"),
    (ROSTER.encode("utf-8"), "utf-8"),
    (ROSTER.encode("cp932"), "cp932"),
    ("ﾔﾏﾀﾞ,①,髙橋".encode("cp932"), "cp932"),
    (b"name,kana\n", "utf-8"),
])
def test_encoding_is_detected(data, expected):
    assert detect_encoding(data) == expected
    table = read_csv(data)
    assert table.encoding == expected and table.detected_encoding == expected
    assert not str(table.rows[0][0]).startswith("\ufeff")  # no BOM left in the first header


def test_cp932_text_is_read_correctly_and_override_is_possible():
    data = ROSTER.encode("cp932")
    table = read_csv(data)
    assert table.rows[1] == ["山田 太郎", "ヤマダ タロウ", "昭和15年3月15日"]
    with pytest.raises(ImportFileError) as caught:
        read_csv(data, "utf-8")
    assert "UTF-8として読めません" in caught.value.message_ja
    assert read_csv(data, "cp932").detected_encoding == "cp932"


def test_utf16_and_undecodable_bytes_give_a_clear_error():
    with pytest.raises(ImportFileError, match="UTF-16"):
        read_csv("氏名".encode("utf-16"))
    with pytest.raises(ImportFileError) as caught:
        read_csv(b"\x81\x00\xff\xfe\x80")
    assert "文字コード" in caught.value.message_ja


def test_tab_separated_and_blank_lines_keep_row_numbers():
    data = "\n\n氏名\tふりがな\n山田\tやまだ\n\n佐藤\tさとう\n".encode()
    table = read_csv(data)
    assert table.rows[2] == ["氏名", "ふりがな"]
    assert table.rows[5] == ["佐藤", "さとう"]  # Excel row 6
    assert find_header_row(table.rows) == 2


def xlsx_bytes(build) -> bytes:
    book = Workbook()
    build(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_with_merged_title_row_and_sheet_choice():
    def build(book):
        sheet = book.active
        sheet.title = "名簿"
        sheet["A1"] = "令和7年度 見守り対象者名簿"
        sheet.merge_cells("A1:D1")
        sheet.append([])
        sheet.append(["氏名", "ふりがな", "生年月日", "電話"])
        sheet.append(["山田 太郎", "やまだ たろう", datetime(1940, 3, 15), 312345678])
        other = book.create_sheet("集計")
        other.append(["合計", 1])

    data = xlsx_bytes(build)
    table = read_source("名簿.xlsx", data)
    assert table.kind == "xlsx" and table.sheets == ("名簿", "集計") and table.sheet == "名簿"
    assert find_header_row(table.rows) == 3 - 1
    assert table.rows[3][2] == datetime(1940, 3, 15)
    assert read_source("名簿.xlsx", data, sheet="集計").rows == [["合計", 1]]
    with pytest.raises(ImportFileError):
        read_source("名簿.xlsx", data, sheet="ない")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("a.xlsx", b"PK\x03\x04garbage", "xlsx"),
    ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xls"),
    ("a.csv", b"", "空"),
    ("a.csv", b"  \r\n", "空"),
])
def test_unreadable_files_are_refused_with_a_message(name, data, words):
    with pytest.raises(ImportFileError) as caught:
        read_source(name, data)
    assert words in caught.value.message_ja
