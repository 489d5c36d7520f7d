"""Report periods: 月 / 四半期 / 半期 / 年度 (quarters and halves of the 年度), labels in 和暦,
months in order, the 基準日, and clear messages for bad input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.report_period import Period, PeriodError, parse_period


@pytest.mark.parametrize("text, start, end, label", [
    ("2026-10", date(2026, 10, 1), date(2026, 11, 1), "令和8年10月"),
    ("2026/4", date(2026, 4, 1), date(2026, 5, 1), "令和8年4月"),
    ("2026Q1", date(2026, 4, 1), date(2026, 7, 1), "令和8年度 第1四半期（2026年4月〜6月）"),
    ("2026Q3", date(2026, 10, 1), date(2027, 1, 1), "令和8年度 第3四半期（2026年10月〜12月）"),
    ("2026Q4", date(2027, 1, 1), date(2027, 4, 1), "令和8年度 第4四半期（2027年1月〜3月）"),
    ("2026H1", date(2026, 4, 1), date(2026, 10, 1), "令和8年度 上半期（2026年4月〜9月）"),
    ("2026H2", date(2026, 10, 1), date(2027, 4, 1), "令和8年度 下半期（2026年10月〜2027年3月）"),
    ("FY2025", date(2025, 4, 1), date(2026, 4, 1), "令和7年度"),
    ("FY2019", date(2019, 4, 1), date(2020, 4, 1), "令和元年度"),
    ("2019-04", date(2019, 4, 1), date(2019, 5, 1), "平成31年4月"),
    (" ２０２６ｑ３ ", date(2026, 10, 1), date(2027, 1, 1), "令和8年度 第3四半期（2026年10月〜12月）"),
    ("fy2025", date(2025, 4, 1), date(2026, 4, 1), "令和7年度"),
])
def test_parse(text, start, end, label):
    period = parse_period(text)
    assert (period.start, period.end, period.label_ja()) == (start, end, label)
    assert parse_period(period.code) == period


def test_fiscal_year_months_reference_date_and_english():
    fy = parse_period("FY2025")
    assert fy.months()[0] == (2025, 4) and fy.months()[-1] == (2026, 3) and len(fy.months()) == 12
    assert fy.month_keys()[:2] == ("2025-04", "2025-05")
    assert fy.reference_date == date(2026, 3, 31)
    assert parse_period("2026Q3").label_en() == "FY2026 Q3 (October–December 2026)"
    assert parse_period("2026-02").reference_date == date(2026, 2, 28)
    assert (parse_period("2026Q3").kind, parse_period("2026Q3").fiscal_year) == ("quarter", 2026)


def test_other_fiscal_start_month():
    q1 = parse_period("2026Q1", fy_start_month=11)
    assert (q1.start, q1.end) == (date(2026, 11, 1), date(2027, 2, 1))
    assert q1.label_ja() == "令和8年度 第1四半期（2026年11月〜2027年1月）"
    calendar = parse_period("2026Q3", fy_start_month=1)
    assert (calendar.start, calendar.end) == (date(2026, 7, 1), date(2026, 10, 1))
    assert parse_period("FY2026", fy_start_month=1).months()[-1] == (2026, 12)
    assert parse_period("2026-03", fy_start_month=1).fiscal_year == 2026
    assert parse_period("2026-03").fiscal_year == 2025


@pytest.mark.parametrize("text, says_ja, says_en", [
    ("2026Q5", "四半期は Q1〜Q4", "Quarters are Q1 to Q4"),
    ("2026H3", "半期は H1（上半期）か H2（下半期）", "Halves are H1"),
    ("2026-13", "13月という月はありません", "There is no month 13"),
    ("2026-10-01", "", ""),
    ("令和8年10月", "", ""),
    ("", "", ""),
    ("Q3", "", ""),
    ("0999-01", "999年は扱えません", "out of range"),
])
def test_bad_input_says_what_is_accepted(text, says_ja, says_en):
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    error = caught.value
    assert says_ja in error.message_ja and says_en in str(error)
    assert f"「{text}」" in error.message_ja
    # the message explains the codes, with what 2026Q3 means for this 年度
    assert "2026Q3 は2026年度の第3四半期で2026年10月〜12月" in error.message_ja
    assert "3rd quarter of FY2026 = October–December 2026, not a calendar quarter" in str(error)
    assert isinstance(error, ValueError)


def test_bad_input_message_follows_the_fiscal_start():
    with pytest.raises(PeriodError) as caught:
        parse_period("2026Q0", fy_start_month=1)
    assert "2026Q3 は2026年度の第3四半期で2026年7月〜9月" in caught.value.message_ja
    assert "not a calendar quarter" not in str(caught.value)


def test_periods_are_whole_months():
    with pytest.raises(ValueError):
        Period(date(2026, 10, 2), date(2026, 11, 1))
    with pytest.raises(ValueError):
        Period(date(2026, 11, 1), date(2026, 11, 1))
    run = Period(date(2026, 10, 1), date(2027, 2, 1))
    assert run.code == "2026-10..2027-01"
    assert run.label_ja() == "令和8年10月〜令和9年1月"
    assert run.range_ja() == "2026年10月〜2027年1月"


@given(st.integers(1990, 2100), st.integers(1, 12), st.sampled_from(["Q1", "Q2", "Q3", "Q4", "H1", "H2", ""]))
def test_every_period_lies_in_its_fiscal_year(fy, start_month, part):
    text = f"{fy}{part}" if part else f"FY{fy}"
    period = parse_period(text, fy_start_month=start_month)
    whole = parse_period(f"FY{fy}", fy_start_month=start_month)
    assert whole.start <= period.start < period.end <= whole.end
    assert period.months() == tuple(m for m in whole.months()
                                    if period.start <= date(*m, 1) < period.end)
