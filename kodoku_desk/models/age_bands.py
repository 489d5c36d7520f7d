"""Age bands of the aggregate reports (DOMAIN.md §5.3 item 6, §7).

Children by school stage (学年, April-1 cut: :func:`.wareki.school_stage`), then
10-year bands of 満年齢 at the report's 基準日:

未就学児 / 小学生 / 中学生 / 高校生世代 / 18〜29歳 / 30〜39歳 … 80〜89歳 / 90歳以上 / 不明

「18〜29歳」 starts where 高校生世代 ends (the March 31 of the school year in which a
young person turns 18), so it holds the 18-year-olds who are past 高校3年 and
everyone aged 19–29.  不明: no birth date, or one after the 基準日.

:func:`band_for` works on the 満年齢 and 学年 number that the report query computes in
SQL (:func:`kodoku_desk.store.report_queries.people_rows`); :func:`age_band` is the
same rule on a birth date.
"""

from __future__ import annotations

from datetime import date

from . import wareki
from .codelist import Code, CodeList

__all__ = ["AGE_BANDS", "UNKNOWN", "age_band", "band_for"]

UNKNOWN = "unknown"

AGE_BANDS = CodeList("age_band", [
    Code("preschool", "未就学児", "Preschool child"),
    Code("elementary", "小学生", "Elementary school age"),
    Code("junior_high", "中学生", "Junior high school age"),
    Code("high_school", "高校生世代", "High-school age"),
    Code("18-29", "18〜29歳", "18–29"),
    *(Code(f"{a}-{a + 9}", f"{a}〜{a + 9}歳", f"{a}–{a + 9}") for a in range(30, 90, 10)),
    Code("90-", "90歳以上", "90 and over"),
    Code(UNKNOWN, "不明", "Unknown"),
], ja="年齢区分", en="Age band")


def band_for(age: int | None, grade: int | None) -> str:
    """Band code from 満年齢 ``age`` and 学年 number ``grade`` (:func:`.wareki.school_year`:
    1 = 小学1年 … 12 = 高校3年世代, ≤ 0 before 小学校) on the same day; ``unknown``
    when either is None or ``age`` is negative."""
    if age is None or grade is None or age < 0:
        return UNKNOWN
    if grade <= 0:
        return "preschool"
    if grade <= 6:
        return "elementary"
    if grade <= 9:
        return "junior_high"
    if grade <= 12:
        return "high_school"
    if age < 30:
        return "18-29"
    if age >= 90:
        return "90-"
    low = age // 10 * 10
    return f"{low}-{low + 9}"


def age_band(birth: date | None, on: date) -> str:
    """Band code of someone born on ``birth`` on day ``on`` (``unknown`` without a birth
    date or when ``birth`` is after ``on``)."""
    if birth is None or birth > on:
        return UNKNOWN
    return band_for(wareki.age_on(birth, on), wareki.school_year(birth, on))
