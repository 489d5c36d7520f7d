"""Japanese public holidays come from the holidays library, with Japanese names."""

from __future__ import annotations

from datetime import date

import pytest

from kodoku_desk.models.holidays_jp import holiday_name, holidays_between, is_holiday


@pytest.mark.parametrize("day, name", [
    (date(2026, 1, 1), "元日"),
    (date(2026, 1, 12), "成人の日"),           # 2nd Monday of January
    (date(2026, 2, 23), "天皇誕生日"),
    (date(2026, 5, 6), "振替休日"),            # こどもの日 … 憲法記念日 fell on Sunday
    (date(2026, 9, 21), "敬老の日"),
    (date(2026, 9, 22), "国民の休日"),          # between 敬老の日 and 秋分の日
    (date(2026, 9, 23), "秋分の日"),
    (date(2026, 10, 12), "スポーツの日"),
    (date(2026, 11, 23), "勤労感謝の日"),
    (date(2019, 5, 1), "天皇の即位の日"),
    (date(2019, 10, 14), "体育の日"),           # renamed スポーツの日 from 2020
    (date(2021, 7, 23), "スポーツの日"),         # moved for the Olympics
])
def test_known_holidays(day, name):
    assert holiday_name(day) == name
    assert is_holiday(day)


@pytest.mark.parametrize("day", [date(2026, 5, 7), date(2026, 11, 24), date(2026, 12, 29),
                                 date(2020, 10, 12), date(2026, 7, 21)])
def test_ordinary_days(day):
    assert holiday_name(day) is None
    assert not is_holiday(day)


def test_english_names():
    assert holiday_name(date(2026, 5, 6), "en") == "Substitute Holiday"
    assert holiday_name(date(2026, 11, 23), "en") == "Labor Thanksgiving Day"
    with pytest.raises(ValueError):
        holiday_name(date(2026, 1, 1), "fr")


def test_holidays_between_spans_years_in_order():
    found = holidays_between(date(2025, 12, 1), date(2026, 1, 31))
    assert found == [(date(2026, 1, 1), "元日"), (date(2026, 1, 12), "成人の日")]
    golden_week = holidays_between(date(2026, 4, 29), date(2026, 5, 6))
    assert [name for _, name in golden_week] == ["昭和の日", "憲法記念日", "みどりの日",
                                                 "こどもの日", "振替休日"]
