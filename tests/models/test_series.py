"""A series of sessions: defaults from the place, days skipped and why."""

from __future__ import annotations

from datetime import date, time

import pytest

from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.models.series import (DEFAULT_FORMS, SkippedDay, SkipReason, is_year_end,
                                       plan_days, with_place_defaults)

SECOND_MONDAY = Schedule.monthly(0, 2)
YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))


def test_every_place_kind_has_a_valid_default_form():
    kinds = BUILTIN_CODE_LISTS["place_kind"].codes()
    assert set(DEFAULT_FORMS) == set(kinds)
    assert all(form in BUILTIN_CODE_LISTS["activity_form"] for form in DEFAULT_FORMS.values())


def test_defaults_from_the_place():
    place = Place(name="みんな食堂", kind="kodomo_shokudo", default_venue="公民館",
                  default_start=time(17), default_end=time(19, 30))
    held = with_place_defaults(PlaceSession(place_id="p", held_on=date(2026, 4, 1)), place)
    assert (held.venue, held.start_time, held.end_time, held.activity_form) == (
        "公民館", time(17), time(19, 30), "shared_meal")
    typed = PlaceSession(venue="寺 本堂", start_time=time(11), activity_form="bento_takeaway")
    held = with_place_defaults(typed, place)
    assert (held.venue, held.start_time, held.end_time, held.activity_form) == (
        "寺 本堂", time(11), time(19, 30), "bento_takeaway")
    late = with_place_defaults(PlaceSession(start_time=time(20)), place)
    assert (late.start_time, late.end_time) == (time(20), None)  # no end before the start
    early = with_place_defaults(PlaceSession(end_time=time(12)), place)
    assert (early.start_time, early.end_time) == (None, time(12))
    own_kind = with_place_defaults(PlaceSession(), Place(name="x", kind="farm"))
    assert own_kind.activity_form == "other"


def test_second_monday_of_2026_skips_holidays():
    days, skipped = plan_days(SECOND_MONDAY, *YEAR_2026)
    # 敬老の日 is the 3rd Monday (2026-09-21), so the 2nd Monday of September is held
    assert [(s.day, s.holiday) for s in skipped] == [
        (date(2026, 1, 12), "成人の日"), (date(2026, 10, 12), "スポーツの日")]
    assert len(days) == 10 and date(2026, 9, 14) in days
    assert all(s.reason is SkipReason.HOLIDAY for s in skipped)
    everything, none_skipped = plan_days(SECOND_MONDAY, *YEAR_2026, skip_holidays=False)
    assert len(everything) == 12 and none_skipped == []


def test_third_monday_of_september_is_keirou_no_hi():
    days, skipped = plan_days(Schedule.monthly(0, 3), date(2026, 9, 1), date(2026, 9, 30))
    assert days == [] and skipped == [SkippedDay(date(2026, 9, 21), SkipReason.HOLIDAY, "敬老の日")]
    assert skipped[0].reason_text() == "祝日（敬老の日）"
    assert skipped[0].reason_text("en") == "Public holiday (Respect for the Aged Day)"


def test_existing_days_come_first_then_holidays_then_year_end():
    weekly = Schedule.weekly(3)  # Thursdays
    start, end = date(2026, 12, 20), date(2027, 1, 10)
    days, skipped = plan_days(weekly, start, end, existing={date(2026, 12, 24), date(2026, 12, 31)},
                              skip_year_end=True)
    assert days == [date(2027, 1, 7)]
    assert [(s.day, s.reason) for s in skipped] == [
        (date(2026, 12, 24), SkipReason.EXISTS), (date(2026, 12, 31), SkipReason.EXISTS)]
    _, skipped = plan_days(Schedule.weekly(4), start, end, skip_year_end=True)  # Fridays
    assert [(s.day, s.reason) for s in skipped] == [
        (date(2027, 1, 1), SkipReason.HOLIDAY)]
    _, skipped = plan_days(Schedule.weekly(1), start, end, skip_year_end=True)  # Tuesdays
    assert [(s.day, s.reason) for s in skipped] == [(date(2026, 12, 29), SkipReason.YEAR_END)]
    assert skipped[0].reason_text() == "年末年始（12月29日〜1月3日）"
    assert SkippedDay(date(2026, 1, 1), SkipReason.EXISTS).reason_text() == (
        "この日はすでに開催が登録されています")


def test_year_end():
    assert [is_year_end(date(2026, 12, d)) for d in (28, 29, 31)] == [False, True, True]
    assert [is_year_end(date(2027, 1, d)) for d in (1, 3, 4)] == [True, True, False]


def test_bad_ranges():
    with pytest.raises(ValueError):
        plan_days(SECOND_MONDAY, date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError):
        plan_days(SECOND_MONDAY, date(2026, 1, 1), date(2028, 1, 3))
