"""居場所 schedules: JSON in and out (compatible with the demo generator), descriptions, dates."""

from __future__ import annotations

import calendar
import itertools
import json
import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.schedule import LAST, Schedule, ScheduleError, describe_json
from kodoku_desk.services.demo import schedule as demo_schedule

weekdays = st.integers(0, 6)
nths = st.lists(st.sampled_from([1, 2, 3, 4, 5, LAST]), min_size=1, max_size=3)
rules = st.one_of(weekdays.map(Schedule.weekly),
                  st.builds(lambda w, n: Schedule.monthly(w, *n), weekdays, nths))
days = st.dates(date(1990, 1, 1), date(2090, 12, 31))


# ------------------------------------------------------------------ reading and writing

@pytest.mark.parametrize("text, expected", [
    ('{"weekday": 3}', Schedule(3)),
    ('{"nth": 2, "weekday": 1}', Schedule(1, (2,))),
    ('{"nth": [4, 2], "weekday": 5}', Schedule(5, (2, 4))),
    ('{"nth": -1, "weekday": 5}', Schedule(5, (LAST,))),
    ('{"nth": [-1, 1, 1], "weekday": 0}', Schedule(0, (1, LAST))),
    ('{"weekday": 2, "nth": null}', Schedule(2)),
])
def test_parse(text, expected):
    assert Schedule.parse(text) == expected


@pytest.mark.parametrize("text", [None, "", "   "])
def test_blank_is_no_schedule(text):
    assert Schedule.parse(text) is None
    assert describe_json(text) == ""


@pytest.mark.parametrize("text, words", [
    ("{weekday: 3}", "JSON"),
    ("[3]", "object"),
    ('{"nth": 2}', "weekday"),
    ('{"weekday": 7}', "weekday"),
    ('{"weekday": -1}', "weekday"),
    ('{"weekday": true}', "weekday"),
    ('{"weekday": 2.0}', "weekday"),
    ('{"weekday": "3"}', "weekday"),
    ('{"nth": 0, "weekday": 1}', "week of the month"),
    ('{"nth": 6, "weekday": 1}', "week of the month"),
    ('{"nth": -2, "weekday": 1}', "week of the month"),
    ('{"nth": [], "weekday": 1}', "Choose which week"),
    ('{"nth": "2", "weekday": 1}', "week of the month"),
    ('{"every": 2, "weekday": 1}', "unknown keys: every"),
])
def test_malformed_raises_a_clear_error_and_never_crashes_a_reader(text, words):
    with pytest.raises(ScheduleError) as info:
        Schedule.parse(text)
    assert words in str(info.value)
    assert info.value.message_ja and info.value.message("ja") == info.value.message_ja
    assert Schedule.parse_or_none(text) is None
    assert describe_json(text) == "（開催予定を読み取れません）"
    assert describe_json(text, "en") == "(schedule cannot be read)"


def test_schedule_error_is_a_value_error():
    with pytest.raises(ValueError):
        Schedule(9)


def test_to_json_matches_what_the_demo_writes():
    assert Schedule(3).to_json() == json.dumps({"weekday": 3})
    assert Schedule(1, (2,)).to_json() == json.dumps({"nth": 2, "weekday": 1})
    assert Schedule(5, (2, 4)).to_json() == json.dumps({"nth": [2, 4], "weekday": 5})
    assert Schedule(5, (LAST,)).to_json() == '{"nth": -1, "weekday": 5}'


@given(rules)
def test_json_round_trip(rule):
    assert Schedule.parse(rule.to_json()) == rule


# ------------------------------------------------------------------ descriptions

@pytest.mark.parametrize("rule, ja, en", [
    (Schedule.weekly(2), "毎週水曜日", "Every Wednesday"),
    (Schedule.monthly(1, 2), "毎月第2火曜日", "2nd Tuesday of each month"),
    (Schedule.monthly(5, 4, 2), "毎月第2・第4土曜日", "2nd and 4th Saturday of each month"),
    (Schedule.monthly(4, LAST), "毎月最終金曜日", "Last Friday of each month"),
    (Schedule.monthly(0, 1, 3, LAST), "毎月第1・第3・最終月曜日",
     "1st, 3rd and last Monday of each month"),
    (Schedule.monthly(6, 5), "毎月第5日曜日", "5th Sunday of each month"),
])
def test_describe(rule, ja, en):
    assert rule.describe() == ja == describe_json(rule.to_json())
    assert rule.describe("en") == en == describe_json(rule.to_json(), "en")
    with pytest.raises(ValueError):
        rule.describe("fr")


# ------------------------------------------------------------------ dates

def test_second_tuesday_of_2026():
    second_tuesdays = Schedule.monthly(1, 2).dates_between(date(2026, 1, 1), date(2026, 12, 31))
    assert [d.isoformat() for d in second_tuesdays[:4]] == [
        "2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14"]
    assert len(second_tuesdays) == 12


def test_nth_weekday_boundaries():
    # 2026-03-01 is a Sunday: the 1st Sunday is the 1st, the 5th Sunday the 29th (the last too)
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert Schedule.monthly(6, 1).dates_between(*march) == [date(2026, 3, 1)]
    assert Schedule.monthly(6, 5).dates_between(*march) == [date(2026, 3, 29)]
    assert Schedule.monthly(6, LAST).dates_between(*march) == [date(2026, 3, 29)]
    # a month with four Mondays has no 5th Monday; the last is the 4th
    assert Schedule.monthly(0, 5).dates_between(*march) == [date(2026, 3, 30)]
    feb = (date(2026, 2, 1), date(2026, 2, 28))  # exactly four of every weekday
    assert Schedule.monthly(0, 5).dates_between(*feb) == []
    assert Schedule.monthly(0, LAST).dates_between(*feb) == [date(2026, 2, 23)]
    assert Schedule.monthly(0, 4, LAST).dates_between(*feb) == [date(2026, 2, 23)]
    # leap day as the last Thursday
    assert Schedule.monthly(3, LAST).dates_between(date(2024, 2, 1), date(2024, 2, 29)) == [
        date(2024, 2, 29)]


def test_range_edges_are_included_and_empty_ranges_give_nothing():
    rule = Schedule.weekly(2)
    assert rule.dates_between(date(2026, 4, 1), date(2026, 4, 1)) == [date(2026, 4, 1)]
    assert rule.dates_between(date(2026, 4, 2), date(2026, 4, 7)) == []
    assert rule.dates_between(date(2026, 4, 30), date(2026, 4, 1)) == []


def _expected(rule: Schedule, start: date, end: date) -> list[date]:
    found = []
    day = start
    while day <= end:
        if day.weekday() == rule.weekday:
            month = calendar.monthcalendar(day.year, day.month)
            same = [week[rule.weekday] for week in month if week[rule.weekday]]
            position = same.index(day.day) + 1
            if not rule.nth or position in rule.nth or (LAST in rule.nth and position == len(same)):
                found.append(day)
        day += timedelta(days=1)
    return found


@given(rules, days, st.integers(0, 120))
def test_dates_between_agrees_with_the_calendar(rule, start, length):
    end = start + timedelta(days=length)
    found = rule.dates_between(start, end)
    assert found == _expected(rule, start, end)
    assert all(start <= d <= end and rule.matches(d) and d.weekday() == rule.weekday
               for d in found)


@given(rules, days)
def test_weekly_every_seven_days_monthly_at_most_nth_count_per_month(rule, start):
    found = rule.dates_between(start, start + timedelta(days=365))
    if rule.is_weekly:
        assert all((b - a).days == 7 for a, b in itertools.pairwise(found))
        assert len(found) in (52, 53)
    else:
        per_month: dict[tuple[int, int], int] = {}
        for d in found:
            per_month[(d.year, d.month)] = per_month.get((d.year, d.month), 0) + 1
        assert max(per_month.values(), default=0) <= len(rule.nth)


def test_same_days_as_the_demo_generator():
    rng = random.Random(7)
    start, end = date(2025, 4, 1), date(2027, 3, 31)
    for kind in demo_schedule.TEMPLATES:
        for _ in range(5):
            rule, _start = demo_schedule.schedule_for(rng, kind)
            stored = Schedule.parse(json.dumps(rule))
            demo_days = demo_schedule.session_days(rule, start.toordinal(), end.toordinal(),
                                                   weekly_skips_holidays=False)
            ours = [d for d in stored.dates_between(start, end)
                    if not demo_schedule._closed(d)]  # the demo also closes 年末年始 and お盆
            assert [d.toordinal() for d in ours] == demo_days, rule


# ------------------------------------------------------------------ on a Place

def test_place_validates_and_canonicalises_its_schedule():
    from kodoku_desk.models.places import Place
    from tests.models.problems import messages, problems

    place = Place(name="サロン", kind="salon", schedule=' {"weekday":2, "nth":[4,2]} ').normalized()
    assert place.schedule == '{"nth": [2, 4], "weekday": 2}'
    assert problems(place) == []
    assert messages(Place(name="サロン", kind="salon", schedule='{"weekday": 9}'), "schedule") == [
        "開催予定の曜日が正しくありません。月曜日〜日曜日から選んでください。"]
    assert messages(Place(name="サロン", kind="salon", schedule="毎週"), "schedule") == [
        "開催予定の形式が正しくありません（JSONとして読めません）。"]
    assert Place(name="サロン", kind="salon", schedule="毎週").normalized().schedule == "毎週"
