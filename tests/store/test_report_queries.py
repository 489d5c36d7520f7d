"""The report SQL against brute force: cross tables with distinct persons (hypothesis),
the 満年齢 / 学年 formulas against :mod:`kodoku_desk.models.wareki`, the scan choice."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from kodoku_desk.models import wareki
from kodoku_desk.models.age_bands import age_band, band_for
from kodoku_desk.store import report_people_queries, report_queries as q
from kodoku_desk.store.report_queries import OTHER, Bucket, Dim

ENGINE = create_engine("sqlite://")
CATS = ["a", "b", "c", "zz", None]        # "zz" and None are in no bucket
DIMS = [Dim("cat", "cat", (Bucket("a", ("a",)), Bucket("b", ("b",)), Bucket("c", ("c",)))),
        Dim("grp", "cat", (Bucket("ab", ("a", "b")),))]   # a group of two codes

events = st.lists(st.tuples(st.sampled_from(["p1", "p2", "p3", "p4"]),
                            st.sampled_from(["2025-10", "2025-11", "2025-12"]),
                            st.sampled_from(CATS)), max_size=40)


def brute(rows):
    """(value, persons) by (dim, row, col), by (dim, row), by col, and in total."""
    def key_of(dim, cat):
        if dim == "cat":
            return cat if cat in ("a", "b", "c") else OTHER
        return "ab" if cat in ("a", "b") else OTHER
    cells, row_totals = defaultdict(list), defaultdict(list)
    for p, col, cat in rows:
        for dim in ("cat", "grp"):
            cells[dim, key_of(dim, cat), col].append(p)
            row_totals[dim, key_of(dim, cat)].append(p)
    col_totals = defaultdict(list)
    for p, col, _ in rows:
        col_totals[col].append(p)

    def count(ps):
        return len(ps), len(set(ps))
    return ({k: count(v) for k, v in cells.items()}, {k: count(v) for k, v in row_totals.items()},
            {k: count(v) for k, v in col_totals.items()},
            count([p for p, _, _ in rows]))


@given(events)
def test_crosstab_counts_values_and_distinct_persons(rows):
    with ENGINE.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS ev (p TEXT, col TEXT, cat TEXT)"))
        conn.execute(text("DELETE FROM ev"))
        if rows:
            conn.execute(text("INSERT INTO ev VALUES (:p, :col, :cat)"),
                         [{"p": p, "col": c, "cat": x} for p, c, x in rows])
        ct = q.crosstab(conn, "SELECT p, col, cat FROM ev", {}, DIMS)
    cells, row_totals, col_totals, total = brute(rows)
    assert ct.cells == cells
    assert ct.row_totals == row_totals
    assert ct.col_totals == col_totals
    assert ct.total == total


@given(events)
def test_crosstab_by_key_counts_the_same(rows):
    """A dimension counted by row key (count(DISTINCT), for many sparse rows) gives what the
    columns of ``pm`` give; mixed with one that is not."""
    by_key = [DIMS[0]._replace(by_key=True), DIMS[1]]
    with ENGINE.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS ev (p TEXT, col TEXT, cat TEXT)"))
        conn.execute(text("DELETE FROM ev"))
        if rows:
            conn.execute(text("INSERT INTO ev VALUES (:p, :col, :cat)"),
                         [{"p": p, "col": c, "cat": x} for p, c, x in rows])
        ct = q.crosstab(conn, "SELECT p, col, cat FROM ev", {}, by_key)
        both = q.crosstab(conn, "SELECT p, col, cat FROM ev", {},
                          [d._replace(by_key=True) for d in DIMS])
    cells, row_totals, col_totals, total = brute(rows)
    for got in (ct, both):
        assert got.cells == cells
        assert got.row_totals == row_totals
        assert got.col_totals == col_totals
        assert got.total == total


@given(st.lists(st.tuples(st.sampled_from(["p1", "p2", "p3"]), st.just("2025-10"),
                          st.sampled_from(CATS)), max_size=30))
def test_crosstab_of_one_column_needs_no_rollup(rows):
    """``one_col`` (a one-month period): the totals are the column's, as brute force says."""
    dims = [DIMS[0], DIMS[1]._replace(by_key=True)]
    with ENGINE.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS ev (p TEXT, col TEXT, cat TEXT)"))
        conn.execute(text("DELETE FROM ev"))
        if rows:
            conn.execute(text("INSERT INTO ev VALUES (:p, :col, :cat)"),
                         [{"p": p, "col": c, "cat": x} for p, c, x in rows])
        ct = q.crosstabs(conn, [q.Part("t", "SELECT p, col, cat FROM ev", dims)], {},
                         one_col=True)["t"]
    cells, row_totals, col_totals, total = brute(rows)
    assert (ct.cells, ct.row_totals, ct.col_totals) == (cells, row_totals, col_totals)
    assert ct.total == total


def test_overlapping_buckets_are_refused():
    dim = Dim("x", "cat", (Bucket("a", ("a",)), Bucket("ab", ("a", "b"))))
    with ENGINE.connect() as conn:
        try:
            q.crosstab(conn, "SELECT 'p' AS p, 'c' AS col, 'a' AS cat", {}, [dim])
        except ValueError as error:
            assert "overlaps" in str(error)
        else:
            raise AssertionError("overlapping buckets were accepted")
        try:
            q.crosstab(conn, "SELECT 'p' AS p, 'c' AS col, 'a' AS cat", {},
                       [dim._replace(by_key=True)])
        except ValueError as error:
            assert "overlaps" in str(error)
        else:
            raise AssertionError("overlapping buckets were accepted (by key)")


@given(st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_age_and_grade_in_sql_match_wareki(birth, ref):
    school_fy = ref.year if ref.month >= 4 else ref.year - 1
    with ENGINE.connect() as conn:
        age, grade = conn.execute(text(f"SELECT {report_people_queries._AGE}, {report_people_queries._GRADE} FROM (SELECT :b AS birth_date)"),
                                  {"b": birth.isoformat(), "ref": ref.isoformat(),
                                   "ref_fy": school_fy}).one()
    if birth > ref:
        assert (age, grade) == (None, None)
        assert age_band(birth, ref) == "unknown"
    else:
        assert age == wareki.age_on(birth, ref)
        assert grade == wareki.school_year(birth, ref)
        assert band_for(age, grade) == age_band(birth, ref)


def test_age_edges():
    ref = date(2025, 12, 31)
    for birth, band in [(date(2015, 4, 1), "elementary"),    # 小学5年
                        (date(2007, 4, 2), "high_school"),   # 高校3年世代 until 2026-03-31
                        (date(2007, 4, 1), "18-29"),         # past 高校生世代 at 18
                        (date(1955, 12, 31), "70-79"),       # 70 on the day itself
                        (date(1955, 12, 31) + timedelta(days=1), "60-69"),
                        (date(1935, 12, 31), "90-"), (date(2020, 4, 2), "preschool")]:
        assert age_band(birth, ref) == band, birth
    assert age_band(date(2008, 2, 29), date(2026, 2, 28)) == "high_school"
    assert wareki.age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17   # 18 from March 1
    assert age_band(None, ref) == "unknown"


def test_attendance_counts_are_for_a_whole_period_of_every_place():
    from kodoku_desk.store.place_count_queries import Scope
    from kodoku_desk.store.report_place_queries import attendance_counts

    dim = Dim("category", "category", (Bucket("senior", ("senior",)),))
    for scope in (Scope(date(2026, 1, 1), date(2026, 2, 1), place_id="p1"),
                  Scope(date(2026, 1, 1), date(2026, 1, 2), session_id="s1")):
        with ENGINE.connect() as conn, pytest.raises(ValueError, match="every place"):
            attendance_counts(conn, scope, dim, dim, dim)
