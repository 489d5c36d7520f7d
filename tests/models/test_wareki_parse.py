from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.errors import FieldError
from kodoku_desk.models.wareki import (
    DateParseError,
    format_seireki,
    format_wareki,
    parse_date,
    parse_date_with_era,
)

D1940 = date(1940, 3, 15)


@pytest.mark.parametrize("text", [
    "1940-03-15", "1940/3/15", "1940.3.15", "1940年3月15日", "19400315", "1940-3-15",
    "１９４０／３／１５", "西暦1940年3月15日", " 1940年 3月 15日 ", "1940-03-15 00:00:00", "1940-03-15T00:00",
    "昭和15年3月15日", "昭和１５年３月１５日", "昭和 15年 3月 15日", "S15.3.15", "S15/3/15", "s15-3-15",
    "Ｓ１５．３．１５", "ｓ１５．３．１５", "S15年3月15日", "昭和15.3.15", "㍼15年3月15日", "S15ー3ー15",
    "昭和15年3月15日（金）", "昭和15年3月15日(金曜日)",
])
def test_parse_1940_03_15(text):
    assert parse_date(text) == D1940


@pytest.mark.parametrize(("text", "expected"), [
    ("昭和元年12月25日", date(1926, 12, 25)),
    ("S1.12.25", date(1926, 12, 25)),
    ("R7.11.1", date(2025, 11, 1)),
    ("令和7年11月1日", date(2025, 11, 1)),
    ("令和元年5月1日", date(2019, 5, 1)),
    ("R1.5.1", date(2019, 5, 1)),
    ("平成31年4月30日", date(2019, 4, 30)),
    ("㍻31年4月30日", date(2019, 4, 30)),
    ("H1.1.8", date(1989, 1, 8)),
    ("平成元年1月8日", date(1989, 1, 8)),
    ("昭和64年1月7日", date(1989, 1, 7)),
    ("大正15年12月24日", date(1926, 12, 24)),
    ("T1.7.30", date(1912, 7, 30)),
    ("大正元年7月30日", date(1912, 7, 30)),
    ("明治45年7月29日", date(1912, 7, 29)),
    ("M1.10.23", date(1868, 10, 23)),
    ("m33.1.1", date(1900, 1, 1)),
    ("令和6年4月1日（月）", date(2024, 4, 1)),
    ("2024年2月29日", date(2024, 2, 29)),
])
def test_parse_dates(text, expected):
    assert parse_date(text) == expected


def test_parse_date_none_is_empty():
    with pytest.raises(DateParseError) as info:
        parse_date(None)
    assert info.value.text == ""
    assert info.value.message_ja == "日付が入力されていません。"
    with pytest.raises(DateParseError):
        parse_date_with_era("昭和", None)


def test_parse_date_passes_date_and_datetime_through():
    assert parse_date(D1940) == D1940
    assert parse_date(datetime(1940, 3, 15, 12, 30)) == D1940
    assert type(parse_date(datetime(1940, 3, 15))) is date


def _error(text: str) -> DateParseError:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert info.value.text == text
    assert str(info.value) == info.value.message_en
    assert isinstance(info.value, ValueError)
    return info.value


def test_showa_65_does_not_exist():
    err = _error("昭和65年1月1日")
    assert err.message_ja == "「昭和65年1月1日」: 昭和65年は存在しません。昭和は64年1月7日（1989年1月7日）までです。"
    assert err.message_en == ('"昭和65年1月1日": Showa 65 does not exist; the Showa era ended on '
                              "Showa 64-01-07 (1989-01-07).")


def test_heisei_31_may_is_after_the_era():
    err = _error("平成31年5月1日")
    assert err.message_ja == ("「平成31年5月1日」は平成の終わり（平成31年4月30日）より後です。"
                              "この日は令和元年5月1日（2019年5月1日）です。")
    assert err.message_en == ('"平成31年5月1日" is after the Heisei era ended (Heisei 31-04-30 = 2019-04-30). '
                              "That day is Reiwa 1-05-01 (2019-05-01).")


def test_showa_64_after_jan_7():
    err = _error("S64.1.8")
    assert err.message_ja == ("「S64.1.8」は昭和の終わり（昭和64年1月7日）より後です。"
                              "この日は平成元年1月8日（1989年1月8日）です。")


def test_before_era_start():
    err = _error("昭和元年12月1日")
    assert err.message_ja == ("「昭和元年12月1日」は昭和の始まり（昭和元年12月25日）より前です。"
                              "この日は大正15年12月1日（1926年12月1日）です。")
    assert "before the Showa era began" in err.message_en
    err = _error("令和元年4月30日")
    assert "この日は平成31年4月30日（2019年4月30日）です。" in err.message_ja


def test_before_meiji():
    err = _error("M1.1.1")
    assert err.message_ja == "「M1.1.1」は明治の始まり（明治元年10月23日）より前です。この日は1868年1月1日です。"
    assert err.message_en.endswith("That day is 1868-01-01.")


def test_no_year_zero():
    err = _error("昭和0年1月1日")
    assert err.message_ja == "「昭和0年1月1日」: 昭和0年はありません。最初の年は「昭和元年」（1年）です。"


@pytest.mark.parametrize(("text", "ja_reason", "en_reason"), [
    ("2023年2月29日", "2月29日はありません", "there is no day 29 in month 2"),
    ("令和5年2月29日", "2月29日はありません", "there is no day 29 in month 2"),
    ("2024/2/30", "2月30日はありません", "there is no day 30 in month 2"),
    ("S15.2.30", "2月30日はありません", "there is no day 30 in month 2"),
    ("1940-13-01", "13月はありません", "there is no month 13"),
    ("1940-00-10", "0月はありません", "there is no month 0"),
    ("1940-04-31", "4月31日はありません", "there is no day 31 in month 4"),
])
def test_invalid_dates(text, ja_reason, en_reason):
    err = _error(text)
    assert err.message_ja == f"「{text}」は存在しない日付です（{ja_reason}）。"
    assert err.message_en == f'"{text}" is not a valid date ({en_reason}).'


def test_wrong_weekday():
    err = _error("令和6年4月1日（火）")
    assert err.message_ja == "「令和6年4月1日（火）」の曜日が合いません。この日は月曜日です。"
    assert err.message_en == '"令和6年4月1日（火）": wrong day of the week; 2024-04-01 is a Monday.'


@pytest.mark.parametrize("text", ["", "   ", "　"])
def test_empty(text):
    err = _error(text)
    assert err.message_ja == "日付が入力されていません。"
    assert err.message_en == "No date entered."


@pytest.mark.parametrize("text", [
    "abc", "40/3/15", "昭和十五年三月十五日", "X15.3.15", "1940", "1940年3月", "S15.3", "令和", "2024-04-01-02",
    "S150.3.15", "12345678901",
])
def test_unreadable(text):
    err = _error(text)
    assert err.message_ja.startswith(f"「{text.strip()}」は日付として読み取れません。例：")
    assert err.message_en.startswith(f'Cannot read "{text.strip()}" as a date.')


def test_error_to_field_error():
    err = _error("2023年2月29日")
    assert err.to_field_error("birth_date") == FieldError("birth_date", err.message_ja, err.message_en)


def test_error_pickles():
    import pickle

    err = pickle.loads(pickle.dumps(_error("2023年2月29日")))
    assert err.text == "2023年2月29日"
    assert err.message_en == '"2023年2月29日" is not a valid date (there is no day 29 in month 2).'


# ---------------------------------------------------------------- parse_date_with_era

@pytest.mark.parametrize(("era", "text", "expected"), [
    ("昭和", "15/3/15", D1940),
    ("S", "15/3/15", D1940),
    ("s", "15.3.15", D1940),
    ("Ｓ", "１５年３月１５日", D1940),
    (" 昭和 ", "15年3月15日", D1940),
    ("Showa", "15-3-15", D1940),
    ("昭和", "元年12月25日", date(1926, 12, 25)),
    ("昭和", "S15.3.15", D1940),  # era repeated in the text: fine
    ("昭和", "昭和15年3月15日", D1940),
    ("R", "7/11/1", date(2025, 11, 1)),
    ("", "1940/3/15", D1940),  # no era column value: a complete date
    (None, "昭和15年3月15日", D1940),
    ("昭和", date(1940, 3, 15), D1940),
])
def test_parse_date_with_era(era, text, expected):
    assert parse_date_with_era(era, text) == expected


def test_parse_date_with_era_unknown_era():
    with pytest.raises(DateParseError) as info:
        parse_date_with_era("X", "15/3/15")
    assert info.value.text == "X 15/3/15"
    assert info.value.message_ja == "「X」は元号として読み取れません（明治・大正・昭和・平成・令和、M・T・S・H・R）。"


def test_parse_date_with_era_conflicting_era():
    with pytest.raises(DateParseError) as info:
        parse_date_with_era("昭和", "H15/3/15")
    assert info.value.message_ja == "元号が「昭和」と「H」で食い違っています。"


def test_parse_date_with_era_quotes_both_columns_in_errors():
    with pytest.raises(DateParseError) as info:
        parse_date_with_era("昭和", "65/1/1")
    assert info.value.text == "昭和 65/1/1"
    assert info.value.message_ja == (
        "「昭和 65/1/1」: 昭和65年は存在しません。昭和は64年1月7日（1989年1月7日）までです。")
    with pytest.raises(DateParseError) as info:
        parse_date_with_era("S", "1940/3/15")
    assert info.value.message_ja.startswith("「S 1940/3/15」は日付として読み取れません。")


# ---------------------------------------------------------------- round trips

dates_since_meiji = st.dates(min_value=date(1868, 10, 23), max_value=date(2100, 12, 31))


@given(dates_since_meiji, st.booleans())
def test_format_wareki_round_trips(d, weekday):
    assert parse_date(format_wareki(d, weekday=weekday)) == d


@given(st.dates(min_value=date(1000, 1, 1)), st.booleans())
def test_format_seireki_and_iso_round_trip(d, weekday):
    assert parse_date(format_seireki(d, weekday=weekday)) == d
    assert parse_date(d.isoformat()) == d


@given(st.text(max_size=20))
def test_parse_date_only_raises_date_parse_error(text):
    try:
        result = parse_date(text)
    except DateParseError as err:
        assert err.text == text
        assert err.message_ja and err.message_en
    else:
        assert isinstance(result, date)
