"""The pure participation rules: suggested 参加者区分, 常連, stopped coming."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.participation import (age_category, is_regular, missed_since_regular,
                                              suggest_category)

DAY = date(2026, 11, 27)


@pytest.mark.parametrize("birth, expected", [
    (date(2014, 4, 1), "junior_high"), (date(2014, 4, 2), "elementary"),
    (date(2020, 4, 2), "preschool"), (date(2008, 4, 2), "high_school"),
    (date(2008, 4, 1), "adult"), (date(1961, 11, 27), "senior"), (date(1961, 11, 28), "adult"),
    (None, None), (date(2027, 1, 1), None),
])
def test_age_category(birth, expected):
    assert age_category(birth, DAY) == expected


def test_suggestion_keeps_guardian_for_adults_and_last_category_without_birth_date():
    assert suggest_category(date(1990, 1, 1), DAY, "guardian") == "guardian"
    assert suggest_category(date(1950, 1, 1), DAY, "guardian") == "senior"
    assert suggest_category(date(2014, 4, 1), DAY, "elementary") == "junior_high"
    assert suggest_category(None, DAY, "elementary") == "elementary"
    assert suggest_category(None, DAY) == "adult"


@pytest.mark.parametrize("flags, regular", [
    ("xxx.", True), ("x.xx", True), ("xx..", False), ("xxx", True), ("xx", False), ("", False),
    ("xxx.x", True), ("...xx", False),
])
def test_is_regular(flags, regular):
    assert is_regular([c == "x" for c in flags]) is regular


@pytest.mark.parametrize("flags, missed", [
    ("..xxx.", 2), ("...xxx", 3), ("..xx..", None), (".xxxxx", None), ("x.xxxx", None),
    ("..xxx", 2), ("..xx", None), ("..xxxx.......", 2),
])
def test_missed_since_regular(flags, missed):
    assert missed_since_regular([c == "x" for c in flags]) == missed


@given(st.lists(st.booleans(), max_size=10))
def test_missed_means_missed_two_and_regular_before(flags):
    missed = missed_since_regular(flags)
    window = flags[2:6]
    expected = not any(flags[:2]) and sum(window) >= 3
    assert (missed is not None) == expected
    if missed is not None:
        assert 2 <= missed <= 3 and flags[missed] and not any(flags[:missed])
