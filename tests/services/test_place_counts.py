"""居場所 counts: 延べ vs 実人数, 新規 vs 継続, walk-ins in 延べ only, volunteers and staff
apart, meals, averages, and the 年度 table (4月 → 3月, the year's 実人数 distinct)."""

from __future__ import annotations

from datetime import date

import pytest

from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.place_counts import (fiscal_year_table, period_counts,
                                               session_counts)
from tests.services.mimamori_support import user
from tests.services.places_support import attend, held, person, place

FY = 2025  # 令和7年度: 2025-04-01 … 2026-03-31


@pytest.fixture
def salon_year(new_db):
    """A salon's 年度 2025 (and one session either side), plus another place."""
    session, _ = new_db
    salon, other = place(session), place(session, "こども食堂", "kodomo_shokudo")
    a, b, c, d, e, f = (person(session, name, kana=(kana, "タロウ")) for name, kana in (
        ("青木", "アオキ"), ("馬場", "ババ"), ("千葉", "チバ"), ("土井", "ドイ"),
        ("江藤", "エトウ"), ("藤田", "フジタ")))
    attend(session, held(session, salon, date(2024, 10, 10)), a)   # A came last 年度
    s1 = held(session, salon, date(2025, 4, 12), meals=10, walkin={"senior": 2})
    attend(session, s1, a), attend(session, s1, b, category="adult")
    attend(session, s1, d, category="adult", role="volunteer")
    s2 = held(session, salon, date(2025, 4, 26), meals=8, walkin={"adult": 1})
    attend(session, s2, a), attend(session, s2, b, category="guardian")
    s3 = held(session, salon, date(2025, 5, 10))
    attend(session, s3, a), attend(session, s3, c, category="elementary")
    attend(session, s3, e, category="adult", role="staff")
    s4 = held(session, salon, date(2026, 3, 14), walkin={"elementary": 3})
    attend(session, s4, c, category="elementary")
    attend(session, held(session, salon, date(2026, 4, 11)), a)    # next 年度
    o1 = held(session, other, date(2025, 6, 1))
    attend(session, o1, b, category="adult"), attend(session, o1, f, category="adult")
    return session, salon, other, {"a": a, "b": b, "c": c, "s1": s1, "s2": s2, "s4": s4}


def test_period_of_one_place(salon_year):
    session, salon, _, _ = salon_year
    c = period_counts(session, date(2025, 4, 1), date(2026, 4, 1), salon)
    assert (c.sessions, c.meals) == (4, 18)
    assert (c.registered, c.walkins, c.total) == (7, 6, 13)       # 延べ = 参加者 + 匿名
    assert c.total_by_category == {"senior": 5, "adult": 2, "guardian": 1, "elementary": 5}
    assert c.walkins_by_category == {"senior": 2, "adult": 1, "elementary": 3}
    assert c.unique == 3                                          # A, B, C; walk-ins never
    assert c.unique_by_category == {"senior": 1, "guardian": 1, "elementary": 1}  # latest 区分
    assert (c.new, c.continuing) == (2, 1)                        # B, C new; A since 2024
    assert (c.volunteer_total, c.volunteer_unique, c.staff_total, c.staff_unique) == (1, 1, 1, 1)
    assert c.average == round(13 / 4, 1)


def test_person_attending_twice_counts_two_visits_one_person(salon_year):
    session, salon, _, _ = salon_year
    april = period_counts(session, date(2025, 4, 1), date(2025, 5, 1), salon)
    assert (april.registered, april.unique) == (4, 2)  # A and B, twice each


def test_first_time_is_per_place_and_ever(salon_year):
    session, salon, other, _ = salon_year
    at_other = period_counts(session, date(2025, 4, 1), date(2026, 4, 1), other)
    assert (at_other.unique, at_other.new) == (2, 2)   # B new there although known at the salon
    everywhere = period_counts(session, date(2025, 4, 1), date(2026, 4, 1))
    assert (everywhere.sessions, everywhere.unique, everywhere.new) == (5, 4, 3)  # B, C, F
    next_year = period_counts(session, date(2026, 4, 1), date(2027, 4, 1), salon)
    assert (next_year.unique, next_year.new, next_year.continuing) == (1, 0, 1)
    last_year = period_counts(session, date(2024, 4, 1), date(2025, 4, 1), salon)
    assert (last_year.unique, last_year.new) == (1, 1)


def test_session_counts(salon_year):
    session, _, _, ids = salon_year
    first, second = session_counts(session, ids["s1"]), session_counts(session, ids["s2"])
    assert (first.total, first.unique, first.new, first.continuing) == (4, 2, 1, 1)
    assert (second.total, second.unique, second.new, second.continuing) == (3, 2, 0, 2)
    only_walkins = session_counts(session, ids["s4"])
    assert (only_walkins.walkins, only_walkins.total, only_walkins.unique) == (3, 4, 1)
    assert first.volunteer_total == 1 and second.volunteer_total == 0


def test_fiscal_year_table_months_april_to_march_and_distinct_year(salon_year):
    session, salon, _, _ = salon_year
    table = fiscal_year_table(session, salon, FY)
    assert [(m.year, m.month) for m in table.months] == [
        (2025, m) for m in range(4, 13)] + [(2026, m) for m in range(1, 4)]
    by_month = {m.month: m.counts for m in table.months}
    assert (by_month[4].sessions, by_month[4].total, by_month[4].unique, by_month[4].new) == (
        2, 7, 2, 1)
    assert (by_month[5].total, by_month[5].unique, by_month[5].new) == (2, 2, 1)
    assert (by_month[3].total, by_month[3].unique, by_month[3].new) == (4, 1, 0)
    assert by_month[8].sessions == 0 and by_month[8].average is None
    assert sum(m.counts.unique for m in table.months) == 5
    assert table.total.unique == 3                                # distinct over the year
    whole = period_counts(session, date(2025, 4, 1), date(2026, 4, 1), salon)
    assert table.total == whole
    assert table.total.new == sum(m.counts.new for m in table.months)
    assert table.total.total == sum(m.counts.total for m in table.months)


def test_fiscal_year_table_of_every_place(salon_year):
    session, _, _, _ = salon_year
    table = fiscal_year_table(session, None, FY)
    assert table.total == period_counts(session, date(2025, 4, 1), date(2026, 4, 1))
    assert {m.month: m.counts.new for m in table.months if m.counts.new} == {4: 1, 5: 1, 6: 1}


def test_empty_period_and_unknown_place_give_zeros(salon_year):
    session, _, _, _ = salon_year
    nothing = period_counts(session, date(2020, 4, 1), date(2020, 5, 1), "no-such-place")
    assert (nothing.sessions, nothing.total, nothing.unique, nothing.average) == (0, 0, 0, None)
    assert nothing.total_by_category == {}
    with pytest.raises(ValueError):
        period_counts(session, date(2025, 5, 1), date(2025, 4, 1))


def test_volunteers_see_session_counts_but_not_reports(salon_year):
    session, salon, _, ids = salon_year
    volunteer = user(session, "vol", "volunteer")
    assert session_counts(volunteer, ids["s1"]).total == 4
    with pytest.raises(NotPermitted):
        period_counts(volunteer, date(2025, 4, 1), date(2026, 4, 1), salon)
    with pytest.raises(NotPermitted):
        fiscal_year_table(volunteer, salon, FY)


def test_someone_who_helped_before_is_not_new_when_they_come_as_participant(new_db):
    session, _ = new_db
    salon = place(session)
    helper = person(session)
    attend(session, held(session, salon, date(2025, 3, 1)), helper, category="adult",
           role="volunteer")
    attend(session, held(session, salon, date(2025, 6, 1)), helper, category="adult")
    c = period_counts(session, date(2025, 4, 1), date(2026, 4, 1), salon)
    assert (c.unique, c.new, c.continuing, c.volunteer_total) == (1, 0, 1, 0)
