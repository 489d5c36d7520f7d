"""Cell values → stored values: kana, dates (和暦, 西暦, Excel), phones, gender, codes, addresses."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kodoku_desk.importers import values as v
from kodoku_desk.importers.mapping import (find_header_row, header_signature, mapping_problems,
                                           suggest_mapping)
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS


@pytest.mark.parametrize(("text", "stored"), [
    ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"), ("やまだ　たろう", "ヤマダ タロウ"), ("ヤマダ", "ヤマダ"),
    ("ｻｲﾄｳ", "サイトウ"), ("", ""),
])
def test_readings_become_full_width_katakana(text, stored):
    assert v.read_reading(text) == stored


def test_a_reading_in_kanji_is_a_problem():
    with pytest.raises(v.ValueProblem) as caught:
        v.read_reading("山田")
    assert "カタカナ" in caught.value.message_ja


@pytest.mark.parametrize(("value", "era", "expected"), [
    ("昭和15年3月15日", None, date(1940, 3, 15)),
    ("S15.3.15", None, date(1940, 3, 15)),
    ("Ｓ１５．３．１５", None, date(1940, 3, 15)),
    ("15/3/15", "昭和", date(1940, 3, 15)),
    ("15/3/15", "S", date(1940, 3, 15)),
    ("元年5月1日", "令和", date(2019, 5, 1)),
    ("1940/3/15", None, date(1940, 3, 15)),
    ("１９４０年３月１５日", None, date(1940, 3, 15)),
    (datetime(1940, 3, 15), None, date(1940, 3, 15)),
    ("", None, None),
])
def test_dates(value, era, expected):
    assert v.read_date(value, era) == expected


def test_excel_serials_only_from_xlsx():
    assert v.read_date(14685, from_excel=True) == date(1940, 3, 15)
    with pytest.raises(v.ValueProblem):
        v.read_date(14685)  # a CSV number is not a date serial
    with pytest.raises(v.ValueProblem):
        v.read_date(10_000_000, from_excel=True)


@pytest.mark.parametrize(("value", "era", "words"), [
    ("15/3/15", None, "元号がわかりません"),
    ("X15.3.15", None, "日付として読み取れません"),
    ("15/3/15", "慶応", "元号として読み取れません"),
    ("S99.1.1", None, "昭和99年は存在しません"),
    ("", "昭和", "元号だけ"),
])
def test_bad_dates_say_what_is_wrong(value, era, words):
    with pytest.raises(v.ValueProblem) as caught:
        v.read_date(value, era)
    assert words in caught.value.message_ja


@pytest.mark.parametrize(("text", "code"), [
    ("男", "male"), ("男性", "male"), ("M", "male"), ("ｍ", "male"), ("女", "female"),
    ("女性", "female"), ("F", "female"), ("その他", "other"), ("不明", "unanswered"), ("", None),
])
def test_gender_words(text, code):
    assert v.gender_code(text, BUILTIN_CODE_LISTS["gender"]) == code


def test_unknown_gender_is_a_problem():
    with pytest.raises(v.ValueProblem, match="gender"):
        v.gender_code("?", BUILTIN_CODE_LISTS["gender"])


def test_phone_cells_from_excel_get_their_leading_zero_back():
    assert v.read_phone(312345678) == "0312345678"
    assert v.read_phone(9012345678) == "09012345678"
    assert v.read_phone("03-1234-5678") == "03-1234-5678"
    assert v.read_phone(None) is None


def test_codes_by_label_code_or_english():
    categories = BUILTIN_CODE_LISTS["support_category"]
    assert v.codes_of("高齢・一人暮らし、孤独感", categories) == ("elderly_alone", "loneliness")
    assert v.code_of("Lives alone", BUILTIN_CODE_LISTS["household_type"]) == "alone"
    assert v.code_of("一人暮らし", BUILTIN_CODE_LISTS["household_type"]) == "alone"
    with pytest.raises(v.ValueProblem) as caught:
        v.codes_of("孤独感、宇宙人", categories)
    assert "宇宙人" in caught.value.message_ja


def test_one_line_addresses_are_split():
    parts = v.split_address("〒160-0023 東京都新宿区西新宿2-8-1　ひだまりハイツ101")
    assert parts == {"prefecture": "東京都", "municipality": "新宿区", "town": "西新宿2-8-1",
                     "building": "ひだまりハイツ101"}
    assert v.split_address("北海道札幌市中央区北1条西2丁目")["municipality"] == "札幌市中央区"


def test_name_split():
    assert v.split_name("山田　太郎") == ("山田", "太郎")
    assert v.split_name("山田") == ("山田", "")
    assert v.split_name("スミス ジョン ポール") == ("スミス", "ジョン ポール")


def test_header_mapping_from_japanese_and_english_names():
    headers = ["No.", "お名前", "フリガナ", "元号", "生年月日", "性別", "TEL", "携帯電話", "住所",
               "地区", "世帯", "支援区分", "備考"]
    assert suggest_mapping(headers) == [
        None, "full_name", "full_kana", "birth_era", "birth_date", "gender", "phone", "phone2",
        "address", "district", "household_type", "support_categories", "note"]
    assert suggest_mapping(["Name", "Kana", "Date of birth", "Sex", "Phone"]) == [
        "full_name", "full_kana", "birth_date", "gender", "phone"]
    assert suggest_mapping(["電話番号（自宅）", "電話番号（携帯）"]) == ["phone", "phone2"]
    assert suggest_mapping(["氏名", "氏名"]) == ["full_name", None]
    assert header_signature(["氏名", "ＴＥＬ"]) == header_signature([" 氏名", "tel"])


def test_mapping_problems():
    assert mapping_problems(["full_name", "birth_date"]) == []
    assert mapping_problems(["full_kana"])  # no name column
    assert mapping_problems(["full_name", "family_name"])
    assert mapping_problems(["full_name", "birth_era"])


def test_header_row_skips_titles_and_blank_rows():
    rows = [["令和7年度 見守り名簿", None, None], [], ["作成：事務局"], ["氏名", "ふりがな", "電話"],
            ["山田", "やまだ", "03-1111-2222"]]
    assert find_header_row(rows) == 3
    assert find_header_row([]) == 0
    assert find_header_row([["x"], ["a", "b"]]) == 1
