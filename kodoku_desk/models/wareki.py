"""Japanese dates: 和暦 parsing and display, 年度 (fiscal years), 満年齢 and 学年.

Dates are stored as ISO ``datetime.date``; this module turns what people type
(「昭和15年3月15日」, 「S15.3.15」, 「1940/3/15」 …) into dates and dates into
what official documents print (「令和6年4月1日（月）」, 「令和6年度」).

This is the public facade: the era table and :func:`format_wareki` live in
:mod:`.eras`, parsing and :class:`DateParseError` in :mod:`.wareki_parse`; import
all of them from here.  Year 1 of an era is written 「元年」.
"""

from __future__ import annotations

from datetime import date, timedelta

from .eras import ERAS, WEEKDAYS_JA, Era, era_for, era_year_text, find_era, format_wareki, wareki_year
from .wareki_parse import DateParseError, parse_date, parse_date_with_era

__all__ = [
    "ERAS",
    "SCHOOL_STAGES",
    "WEEKDAYS_JA",
    "DateParseError",
    "Era",
    "age_on",
    "era_for",
    "find_era",
    "fiscal_months",
    "fiscal_year",
    "fiscal_year_label",
    "fiscal_year_range",
    "format_period_label",
    "format_seireki",
    "format_wareki",
    "format_wareki_month",
    "format_wareki_year",
    "parse_date",
    "parse_date_with_era",
    "school_stage",
    "school_year",
    "wareki_year",
]


def format_seireki(d: date, weekday: bool = False) -> str:
    """「2024年4月1日」, with ``weekday`` 「2024年4月1日（月）」."""
    text = f"{d.year}年{d.month}月{d.day}日"
    return text + f"（{WEEKDAYS_JA[d.weekday()]}）" if weekday else text


def format_wareki_year(year: int) -> str:
    """和暦 of a western year, using the era in force at the end of that year.

    So the year of an era change gets the new era: 2019 → 「令和元年」,
    1989 → 「平成元年」, 2018 → 「平成30年」.
    """
    era = era_for(date(year, 12, 31))
    return era_year_text(era, year - era.offset)


def format_wareki_month(year: int, month: int) -> str:
    """「令和7年11月」.  A month with an era change is named by the era of its last day."""
    last_day = _first_of_next_month(year, month) - timedelta(days=1)
    era, era_year = wareki_year(last_day)
    return f"{era_year_text(era, era_year)}{month}月"


def format_period_label(year: int, month: int) -> str:
    """Monthly report period: 「令和7年11月分（2025年11月）」."""
    return f"{format_wareki_month(year, month)}分（{year}年{month}月）"


# ---------------------------------------------------------------- 年度

def _check_start_month(start_month: int) -> None:
    if not 1 <= start_month <= 12:
        raise ValueError(f"start_month must be 1..12, got {start_month}")


def _first_of_next_month(year: int, month: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def fiscal_year(d: date, start_month: int = 4) -> int:
    """The 年度 of ``d``, named by the western year in which it starts (2025-03-31 → 2024)."""
    _check_start_month(start_month)
    return d.year if d.month >= start_month else d.year - 1


def fiscal_year_range(fy: int, start_month: int = 4) -> tuple[date, date]:
    """First and last day of 年度 ``fy``: 2024 → (2024-04-01, 2025-03-31)."""
    _check_start_month(start_month)
    first = date(fy, start_month, 1)
    return first, date(fy + 1, start_month, 1) - timedelta(days=1)


def fiscal_year_label(fy: int, western: bool = False) -> str:
    """「令和6年度」 for 2024; 2019 → 「令和元年度」; 2018 → 「平成30年度」.

    With ``western``: 「令和6年度（2024年度）」.  The era is that of the end of
    calendar year ``fy`` (see :func:`format_wareki_year`), which is how
    2019年度 came to be called 令和元年度.
    """
    label = f"{format_wareki_year(fy)}度"
    return f"{label}（{fy}年度）" if western else label


def fiscal_months(fy: int, start_month: int = 4) -> list[tuple[int, int]]:
    """The 12 (year, month) of 年度 ``fy`` in order: (fy, 4), (fy, 5) … (fy + 1, 3)."""
    _check_start_month(start_month)
    months = []
    for i in range(12):
        m = start_month - 1 + i
        months.append((fy + m // 12, m % 12 + 1))
    return months


# ---------------------------------------------------------------- age and 学年

#: Values of :func:`school_stage`; they are also ``participant_category`` codes.
SCHOOL_STAGES = ("preschool", "elementary", "junior_high", "high_school")


def age_on(birth: date, on: date) -> int:
    """満年齢 on day ``on`` (年齢計算ニ関スル法律, 民法第143条).

    A year of age is reached at the end of the day before the birthday, so on
    the birthday itself the new age applies.  Someone born on 2月29日 reaches
    the new age at the end of 2月28日 in a non-leap year, i.e. has it from 3月1日
    (and, in leap years, from 2月29日).  ValueError if ``on`` is before ``birth``.
    """
    if on < birth:
        raise ValueError(f"date {on.isoformat()} is before birth {birth.isoformat()}")
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - int(before_birthday)


def _entry_year(birth: date) -> int:
    """Year of entering 小学校 (April).

    学校教育法第17条: at the first school-year start after the day following
    the 6th birthday-eve.  Born 4月2日 … 翌年4月1日 form one 学年: born on or
    before 4月1日 → April of birth year + 6, otherwise + 7.
    """
    return birth.year + (6 if (birth.month, birth.day) <= (4, 1) else 7)


def school_year(birth: date, on: date) -> int:
    """学年 on ``on`` counted from 小学1年 = 1 … 中学3年 = 9, 高校3年世代 = 12.

    Zero or negative before 小学校 (0 = the year before entry, 年長).
    Values above 12 are past high-school age.  ValueError if ``on`` < ``birth``.
    """
    if on < birth:
        raise ValueError(f"date {on.isoformat()} is before birth {birth.isoformat()}")
    return fiscal_year(on, 4) - _entry_year(birth) + 1


def school_stage(birth: date, on: date) -> str | None:
    """School stage by 学年 (April 1 cut): one of :data:`SCHOOL_STAGES`, or None for adults.

    ``"preschool"`` 未就学児 (from birth), ``"elementary"`` 小学生 (学年 1–6),
    ``"junior_high"`` 中学生 (7–9), ``"high_school"`` 高校生世代 (10–12, whether
    or not the young person attends school: until the March 31 of the school
    year in which they turn 18).  A child born 2019-04-01 is 小学生 from
    2025-04-01; one born 2019-04-02 only from 2026-04-01.
    """
    grade = school_year(birth, on)
    if grade <= 0:
        return "preschool"
    if grade <= 6:
        return "elementary"
    if grade <= 9:
        return "junior_high"
    if grade <= 12:
        return "high_school"
    return None

