from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.wareki import (
    ERAS,
    SCHOOL_STAGES,
    age_on,
    era_for,
    find_era,
    fiscal_months,
    fiscal_year,
    fiscal_year_label,
    fiscal_year_range,
    format_period_label,
    format_seireki,
    format_wareki,
    format_wareki_month,
    format_wareki_year,
    school_stage,
    school_year,
    wareki_year,
)

modern_dates = st.dates(min_value=date(1868, 10, 23), max_value=date(2200, 12, 31))


# ---------------------------------------------------------------- eras

def test_era_table():
    assert [(e.name, e.letter, e.en) for e in ERAS] == [
        ("明治", "M", "Meiji"), ("大正", "T", "Taisho"), ("昭和", "S", "Showa"),
        ("平成", "H", "Heisei"), ("令和", "R", "Reiwa")]
    assert [e.start for e in ERAS] == [
        date(1868, 10, 23), date(1912, 7, 30), date(1926, 12, 25), date(1989, 1, 8), date(2019, 5, 1)]
    assert [e.last_year for e in ERAS] == [45, 15, 64, 31, None]


def test_eras_are_contiguous():
    for earlier, later in pairwise(ERAS):
        assert earlier.end + timedelta(days=1) == later.start
    assert ERAS[-1].end is None


@pytest.mark.parametrize("label", ["昭和", "S", "s", "Ｓ", "ｓ", "㍼", "Showa", "showa", " 昭和 "])
def test_find_era(label):
    assert find_era(label).name == "昭和"


@pytest.mark.parametrize("label", ["", "X", "昭", "しょうわ", "SH"])
def test_find_era_unknown(label):
    assert find_era(label) is None


def test_era_for_and_wareki_year():
    assert era_for(date(1989, 1, 7)).name == "昭和"
    assert era_for(date(1989, 1, 8)).name == "平成"
    assert wareki_year(date(2019, 5, 1))[0].name == "令和"
    assert wareki_year(date(2019, 5, 1))[1] == 1
    assert wareki_year(date(1940, 3, 15))[1] == 15
    with pytest.raises(ValueError):
        era_for(date(1868, 10, 22))


# ---------------------------------------------------------------- formatting

@pytest.mark.parametrize(("d", "expected"), [
    (date(2024, 4, 1), "令和6年4月1日"),
    (date(2019, 5, 1), "令和元年5月1日"),
    (date(2020, 1, 1), "令和2年1月1日"),
    (date(2019, 4, 30), "平成31年4月30日"),
    (date(1989, 1, 8), "平成元年1月8日"),
    (date(1989, 1, 7), "昭和64年1月7日"),
    (date(1940, 3, 15), "昭和15年3月15日"),
    (date(1926, 12, 25), "昭和元年12月25日"),
    (date(1926, 12, 24), "大正15年12月24日"),
    (date(1912, 7, 30), "大正元年7月30日"),
    (date(1912, 7, 29), "明治45年7月29日"),
    (date(1868, 10, 23), "明治元年10月23日"),
])
def test_format_wareki(d, expected):
    assert format_wareki(d) == expected


def test_format_wareki_with_weekday():
    assert format_wareki(date(2024, 4, 1), weekday=True) == "令和6年4月1日（月）"
    assert format_wareki(date(2019, 5, 1), weekday=True) == "令和元年5月1日（水）"
    assert format_wareki(date(2025, 11, 2), weekday=True) == "令和7年11月2日（日）"


def test_format_wareki_before_meiji():
    with pytest.raises(ValueError):
        format_wareki(date(1868, 1, 1))


def test_format_seireki():
    assert format_seireki(date(2024, 4, 1)) == "2024年4月1日"
    assert format_seireki(date(2024, 4, 6), weekday=True) == "2024年4月6日（土）"


@pytest.mark.parametrize(("year", "expected"), [
    (2025, "令和7年"), (2019, "令和元年"), (2018, "平成30年"),
    (1989, "平成元年"), (1988, "昭和63年"), (1926, "昭和元年"),
])
def test_format_wareki_year(year, expected):
    assert format_wareki_year(year) == expected


@pytest.mark.parametrize(("year", "month", "expected"), [
    (2025, 11, "令和7年11月"),
    (2019, 5, "令和元年5月"),
    (2019, 4, "平成31年4月"),
    (2025, 1, "令和7年1月"),
    (1989, 1, "平成元年1月"),  # month with an era change: era of its last day
    (1926, 12, "昭和元年12月"),
])
def test_format_wareki_month(year, month, expected):
    assert format_wareki_month(year, month) == expected


def test_format_wareki_month_rejects_bad_month():
    with pytest.raises(ValueError):
        format_wareki_month(2025, 13)
    with pytest.raises(ValueError):
        format_wareki_month(2025, 0)


def test_format_period_label():
    assert format_period_label(2025, 11) == "令和7年11月分（2025年11月）"
    assert format_period_label(2019, 5) == "令和元年5月分（2019年5月）"
    assert format_period_label(2026, 3) == "令和8年3月分（2026年3月）"


# ---------------------------------------------------------------- 年度

@pytest.mark.parametrize(("d", "start_month", "expected"), [
    (date(2024, 4, 1), 4, 2024),
    (date(2025, 3, 31), 4, 2024),
    (date(2025, 1, 15), 4, 2024),
    (date(2024, 3, 31), 4, 2023),
    (date(2024, 12, 31), 1, 2024),
    (date(2024, 1, 1), 1, 2024),
    (date(2024, 9, 30), 10, 2023),
    (date(2024, 10, 1), 10, 2024),
])
def test_fiscal_year(d, start_month, expected):
    assert fiscal_year(d, start_month) == expected


def test_fiscal_year_default_is_april():
    assert fiscal_year(date(2025, 3, 31)) == 2024


@pytest.mark.parametrize("bad", [0, 13, -1])
def test_fiscal_start_month_validated(bad):
    with pytest.raises(ValueError):
        fiscal_year(date(2024, 1, 1), bad)
    with pytest.raises(ValueError):
        fiscal_year_range(2024, bad)
    with pytest.raises(ValueError):
        fiscal_months(2024, bad)


def test_fiscal_year_range():
    assert fiscal_year_range(2024) == (date(2024, 4, 1), date(2025, 3, 31))
    assert fiscal_year_range(2023) == (date(2023, 4, 1), date(2024, 3, 31))
    assert fiscal_year_range(2024, start_month=1) == (date(2024, 1, 1), date(2024, 12, 31))
    assert fiscal_year_range(2024, start_month=10) == (date(2024, 10, 1), date(2025, 9, 30))
    assert fiscal_year_range(2024, start_month=3) == (date(2024, 3, 1), date(2025, 2, 28))


@pytest.mark.parametrize(("fy", "expected"), [
    (2024, "令和6年度"), (2019, "令和元年度"), (2018, "平成30年度"), (2020, "令和2年度"),
    (1989, "平成元年度"), (1988, "昭和63年度"),
])
def test_fiscal_year_label(fy, expected):
    assert fiscal_year_label(fy) == expected


def test_fiscal_year_label_western():
    assert fiscal_year_label(2024, western=True) == "令和6年度（2024年度）"


def test_fiscal_months():
    assert fiscal_months(2024) == [
        (2024, 4), (2024, 5), (2024, 6), (2024, 7), (2024, 8), (2024, 9),
        (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3)]
    assert fiscal_months(2024, start_month=1) == [(2024, m) for m in range(1, 13)]
    assert fiscal_months(2024, start_month=10)[:4] == [(2024, 10), (2024, 11), (2024, 12), (2025, 1)]
    assert fiscal_months(2024, start_month=10)[-1] == (2025, 9)


@given(modern_dates, st.integers(1, 12))
def test_fiscal_year_functions_agree(d, start_month):
    fy = fiscal_year(d, start_month)
    first, last = fiscal_year_range(fy, start_month)
    assert first <= d <= last
    months = fiscal_months(fy, start_month)
    assert len(months) == 12 == len(set(months))
    assert months[0] == (first.year, first.month)
    assert months[-1] == (last.year, last.month)
    assert (d.year, d.month) in months
    assert fiscal_year_range(fy + 1, start_month)[0] == last + timedelta(days=1)


# ---------------------------------------------------------------- 満年齢

@pytest.mark.parametrize(("birth", "on", "expected"), [
    (date(1940, 3, 15), date(2025, 3, 14), 84),
    (date(1940, 3, 15), date(2025, 3, 15), 85),
    (date(1940, 3, 15), date(1940, 3, 15), 0),
    (date(2000, 2, 29), date(2001, 2, 28), 0),  # Feb 29 births: age reached from Mar 1
    (date(2000, 2, 29), date(2001, 3, 1), 1),
    (date(2000, 2, 29), date(2004, 2, 28), 3),
    (date(2000, 2, 29), date(2004, 2, 29), 4),
    (date(1960, 12, 31), date(2025, 12, 30), 64),
    (date(1960, 12, 31), date(2025, 12, 31), 65),
])
def test_age_on(birth, on, expected):
    assert age_on(birth, on) == expected


def test_age_on_before_birth():
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 100))
def test_age_increments_on_birthday(birth, years):
    if (birth.month, birth.day) == (2, 29):
        return
    birthday = birth.replace(year=birth.year + years)
    assert age_on(birth, birthday) == years
    if years:
        assert age_on(birth, birthday - timedelta(days=1)) == years - 1


# ---------------------------------------------------------------- 学年

def test_school_stage_april_1_vs_april_2_boundary():
    early, late = date(2019, 4, 1), date(2019, 4, 2)
    assert school_stage(early, date(2025, 3, 31)) == "preschool"
    assert school_stage(early, date(2025, 4, 1)) == "elementary"
    assert school_year(early, date(2025, 4, 1)) == 1
    assert school_stage(late, date(2025, 4, 1)) == "preschool"
    assert school_stage(late, date(2026, 3, 31)) == "preschool"
    assert school_stage(late, date(2026, 4, 1)) == "elementary"
    assert school_year(late, date(2026, 4, 1)) == 1
    # Born Apr 2 2018 is in the same 学年 as born Apr 1 2019
    assert school_year(date(2018, 4, 2), date(2025, 4, 1)) == 1


@pytest.mark.parametrize(("on", "grade", "stage"), [
    (date(2010, 6, 15), -6, "preschool"),  # day of birth
    (date(2016, 4, 1), 0, "preschool"),  # 年長
    (date(2017, 3, 31), 0, "preschool"),
    (date(2017, 4, 1), 1, "elementary"),
    (date(2023, 3, 31), 6, "elementary"),
    (date(2023, 4, 1), 7, "junior_high"),
    (date(2026, 3, 31), 9, "junior_high"),
    (date(2026, 4, 1), 10, "high_school"),
    (date(2028, 6, 15), 12, "high_school"),  # 18th birthday
    (date(2029, 3, 31), 12, "high_school"),  # the March 31 after turning 18
    (date(2029, 4, 1), 13, None),
    (date(2060, 1, 1), 43, None),
])
def test_school_stage_through_childhood(on, grade, stage):
    birth = date(2010, 6, 15)
    assert school_year(birth, on) == grade
    assert school_stage(birth, on) == stage


def test_high_school_generation_ends_for_april_1_births():
    # Born 2007-04-01: legally 18 at the end of 2025-03-31, the last day of 学年 12.
    birth = date(2007, 4, 1)
    assert school_stage(birth, date(2025, 3, 31)) == "high_school"
    assert school_stage(birth, date(2025, 4, 1)) is None


def test_school_stage_before_birth():
    with pytest.raises(ValueError):
        school_stage(date(2020, 1, 1), date(2019, 12, 31))


def test_school_stages_are_participant_codes():
    from kodoku_desk.models.codes import code_list

    assert set(SCHOOL_STAGES) <= set(code_list("participant_category").codes())


def _legal_entry_day(birth: date) -> date:
    """学校教育法第17条, computed literally as an oracle."""
    try:
        sixth_birthday = birth.replace(year=birth.year + 6)
    except ValueError:  # Feb 29 in a non-leap year: reached at the end of Feb 28
        sixth_birthday = date(birth.year + 6, 3, 1)
    day_after_reaching_6 = sixth_birthday  # reached at the end of the previous day
    april_1 = date(day_after_reaching_6.year, 4, 1)
    return april_1 if day_after_reaching_6 <= april_1 else date(april_1.year + 1, 4, 1)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_school_entry_matches_the_statute(birth):
    entry = _legal_entry_day(birth)
    assert school_year(birth, entry) == 1
    assert school_year(birth, entry - timedelta(days=1)) == 0
    assert age_on(birth, entry) == 6
    assert school_stage(birth, entry - timedelta(days=1)) == "preschool"
    assert school_stage(birth, entry) == "elementary"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 30))
def test_school_stage_consistent_with_grade(birth, years_later):
    on = date(birth.year + years_later, 4, 1)
    if on < birth:
        return
    grade = school_year(birth, on)
    stage = school_stage(birth, on)
    expected = ("preschool" if grade <= 0 else "elementary" if grade <= 6 else "junior_high" if grade <= 9
                else "high_school" if grade <= 12 else None)
    assert stage == expected
    if on.year + 1 <= 2100:
        assert school_year(birth, date(on.year + 1, 4, 1)) == grade + 1
