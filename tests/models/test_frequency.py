from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.frequency import days_overdue, interval_days, is_overdue, next_due

LAST = date(2025, 11, 1)
REGISTERED = date(2024, 4, 1)


@pytest.mark.parametrize(("code", "days"), [
    ("daily", 1), ("weekly", 7), ("twice_monthly", 15), ("monthly", 30), ("as_needed", None),
])
def test_interval_days(code, days):
    assert interval_days(code) == days


@pytest.mark.parametrize("bad", ["yearly", "", "DAILY", None])
def test_interval_days_unknown(bad):
    with pytest.raises(ValueError):
        interval_days(bad)


@pytest.mark.parametrize(("code", "expected"), [
    ("daily", date(2025, 11, 2)),
    ("weekly", date(2025, 11, 8)),
    ("twice_monthly", date(2025, 11, 16)),
    ("monthly", date(2025, 12, 1)),
    ("as_needed", None),
])
def test_next_due(code, expected):
    assert next_due(LAST, code) == expected


def test_next_due_across_year_end():
    assert next_due(date(2025, 12, 20), "monthly") == date(2026, 1, 19)


def test_due_day_is_not_overdue_day_after_is():
    assert not is_overdue(LAST, REGISTERED, "weekly", date(2025, 11, 8))
    assert is_overdue(LAST, REGISTERED, "weekly", date(2025, 11, 9))
    assert days_overdue(LAST, REGISTERED, "weekly", date(2025, 11, 9)) == 1
    assert days_overdue(LAST, REGISTERED, "weekly", date(2025, 11, 20)) == 12
    assert days_overdue(LAST, REGISTERED, "weekly", date(2025, 11, 3)) == 0


def test_never_contacted_counts_from_registration():
    registered = date(2025, 11, 1)
    assert not is_overdue(None, registered, "monthly", date(2025, 12, 1))
    assert is_overdue(None, registered, "monthly", date(2025, 12, 2))


def test_old_contact_before_registration_uses_registration():
    # history imported from before (re-)registration does not make the person overdue at once
    assert not is_overdue(date(2023, 1, 1), date(2025, 11, 1), "weekly", date(2025, 11, 5))
    assert is_overdue(date(2023, 1, 1), date(2025, 11, 1), "weekly", date(2025, 11, 9))


def test_as_needed_is_never_overdue():
    assert not is_overdue(None, date(2000, 1, 1), "as_needed", date(2025, 11, 1))
    assert days_overdue(date(2001, 1, 1), date(2000, 1, 1), "as_needed", date(2025, 11, 1)) == 0


def test_daily():
    assert not is_overdue(LAST, REGISTERED, "daily", date(2025, 11, 2))
    assert is_overdue(LAST, REGISTERED, "daily", date(2025, 11, 3))


def test_contact_today_is_not_overdue():
    for code in ("daily", "weekly", "twice_monthly", "monthly"):
        assert not is_overdue(LAST, REGISTERED, code, LAST)


def test_unknown_code_raises():
    with pytest.raises(ValueError):
        is_overdue(LAST, REGISTERED, "fortnightly", LAST)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["daily", "weekly", "twice_monthly", "monthly"]),
    st.integers(0, 400),
)
def test_overdue_exactly_after_interval(last, code, elapsed):
    today = last + timedelta(days=elapsed)
    assert is_overdue(last, last, code, today) == (elapsed > interval_days(code))
    assert days_overdue(last, last, code, today) == max(0, elapsed - interval_days(code))


@given(last=st.none() | st.dates(date(2020, 1, 1), date(2030, 12, 31)),
       registered=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
       today=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
       code=st.sampled_from(["daily", "weekly", "twice_monthly", "monthly"]))
def test_overdue_before_agrees_with_days_overdue(last, registered, today, code):
    from kodoku_desk.models.frequency import overdue_before

    reference = registered if last is None else max(last, registered)
    assert (reference < overdue_before(code, today)) == (
        days_overdue(last, registered, code, today) > 0)
    # the ISO text form compares the same way (the 当事者 list pre-filters on it)
    assert (reference.isoformat() < overdue_before(code, today).isoformat()) == (
        reference < overdue_before(code, today))


def test_overdue_before_as_needed_and_has_interval():
    from kodoku_desk.models.frequency import has_interval, overdue_before

    assert overdue_before("as_needed", date(2026, 1, 1)) is None
    assert [has_interval(c) for c in ("daily", "monthly", "as_needed", None, "", "yearly")] == [
        True, True, False, False, False, False]
