"""Disclosure control: primary and secondary suppression, Rules, footnotes, overlapping exports.

Known-answer tables are written out by hand (``x`` 秘匿, ``−`` 該当なし; the last
column is the row total, the last row the column totals and the grand total).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.disclosure import (
    DisclosureBlocked,
    Rules,
    audit,
    control,
    footnotes_ja,
    overlapping_exports,
    publish,
)
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.stat_table import Cell, PublishedTable, Sensitivity, StatTable

ACTIVITY, SENSITIVE, NOT_PERSONS = Sensitivity.ACTIVITY, Sensitivity.SENSITIVE, Sensitivity.NOT_PERSONS
x, z = "x", "−"


# ---------------------------------------------------------------- helpers (also used by the audit tests)

def make_table(values, persons=None, *, sensitivity=ACTIVITY, additive=True, totals=True,
               row_totals=None, col_totals=None, grand_total=None, key="t") -> StatTable:
    """A table from a grid of values (persons = values unless given); additive totals by default.

    Totals are ``(value, persons)`` pairs or plain ints (persons = value).
    """
    persons = persons or values
    rows, cols = len(values), len(values[0])

    def cell(item) -> Cell:
        return Cell(*item) if isinstance(item, tuple) else Cell(item, item)

    if totals:
        row_totals = row_totals or [(sum(values[r]), sum(persons[r])) for r in range(rows)]
        col_totals = col_totals or [(sum(values[r][c] for r in range(rows)),
                                     sum(persons[r][c] for r in range(rows))) for c in range(cols)]
        grand_total = grand_total if grand_total is not None else (
            sum(map(sum, values)), sum(map(sum, persons)))
    return StatTable(
        key=key, title_ja="表", title_en="table",
        row_labels=tuple(f"行{r + 1}" for r in range(rows)),
        col_labels=tuple(f"列{c + 1}" for c in range(cols)),
        cells=tuple(tuple(Cell(values[r][c], persons[r][c]) for c in range(cols)) for r in range(rows)),
        sensitivity=sensitivity, additive=additive,
        row_totals=None if row_totals is None else tuple(map(cell, row_totals)),
        col_totals=None if col_totals is None else tuple(map(cell, col_totals)),
        grand_total=None if grand_total is None else cell(grand_total))


def grid(published: PublishedTable) -> list[list]:
    """The published table as printed: cells with row totals, then column totals with the grand total."""
    out = [list(row) + ([published.row_totals[r]] if published.row_totals else [])
           for r, row in enumerate(published.cells)]
    if published.col_totals is not None or published.grand_total is not None:
        out.append(list(published.col_totals or []) + [published.grand_total])
    return out


def lines_of(published: PublishedTable) -> list[list]:
    """Every row and column of the grid with its totals (entries not in the table left out)."""
    table = published.source
    rows, cols = table.shape
    found = []
    for r in [*range(rows), None]:
        found.append([published.entry((r, c)) for c in [*range(cols), None]])
    for c in [*range(cols), None]:
        found.append([published.entry((r, c)) for r in [*range(rows), None]])
    return [[e for e in line if e is not None] for line in found]


@st.composite
def random_tables(draw, max_rows=6, max_cols=6, max_persons=30, sensitivities=(ACTIVITY, SENSITIVE)):
    """Additive tables of 実人数 (value = persons) or 延べ counts (value ≥ persons), exact totals."""
    rows, cols = draw(st.integers(2, max_rows)), draw(st.integers(2, max_cols))
    small = st.one_of(st.integers(0, 4), st.integers(0, max_persons))
    persons = [[draw(small) for _ in range(cols)] for _ in range(rows)]
    repeat = draw(st.booleans())            # 延べ: a person may count several times
    values = [[p + (draw(st.integers(0, 20)) if repeat and p else 0) for p in row] for row in persons]

    def total(cells_values, cells_persons):
        value, most, every = sum(cells_values), max(cells_persons), sum(cells_persons)
        return value, draw(st.integers(most, every)) if repeat else every

    row_totals = [total(values[r], persons[r]) for r in range(rows)]
    col_totals = [total([values[r][c] for r in range(rows)], [persons[r][c] for r in range(rows)])
                  for c in range(cols)]
    grand = total([v for v, _ in row_totals], [p for _, p in row_totals])
    if repeat:    # the grand total's persons are at least each total's
        grand = (grand[0], max(grand[1], *(p for _, p in col_totals)))
    return make_table(values, persons, sensitivity=draw(st.sampled_from(sensitivities)),
                      row_totals=row_totals, col_totals=col_totals, grand_total=grand)


@st.composite
def union_tables(draw, max_rows=3, max_cols=3, max_people=6):
    """Non-additive tables of 実人数 from actual people, each in some rows and some months."""
    rows, cols = draw(st.integers(2, max_rows)), draw(st.integers(2, max_cols))
    people = draw(st.lists(st.tuples(
        st.frozensets(st.integers(0, rows - 1), min_size=1),
        st.frozensets(st.integers(0, cols - 1), min_size=1)), max_size=max_people))

    def count(row=None, col=None):
        return sum(1 for rs, cs in people if (row is None or row in rs) and (col is None or col in cs))

    return make_table([[count(r, c) for c in range(cols)] for r in range(rows)], additive=False,
                      row_totals=[count(r) for r in range(rows)],
                      col_totals=[count(col=c) for c in range(cols)], grand_total=count())


# ---------------------------------------------------------------- Rules and footnotes

def test_rules_defaults_and_k_for_each_kind_of_table():
    rules = Rules()
    assert (rules.k_activity, rules.k_sensitive) == (3, 10)
    assert rules.k_for(make_table([[1]])) == 3
    assert rules.k_for(make_table([[1]], sensitivity=SENSITIVE)) == 10
    assert rules.k_for(make_table([[1]], sensitivity=NOT_PERSONS)) == 0
    raised = Rules(k_activity=12)
    assert raised.k_for(make_table([[1]], sensitivity=SENSITIVE)) == 12   # never below activity


@pytest.mark.parametrize("kwargs, field", [
    ({"k_activity": 2}, "k_activity"), ({"k_sensitive": 9}, "k_sensitive"),
    ({"k_activity": 0}, "k_activity"), ({"k_activity": 3.5}, "k_activity"),
    ({"k_sensitive": True}, "k_sensitive")])
def test_rules_can_be_raised_never_lowered(kwargs, field):
    with pytest.raises(ValidationError) as caught:
        Rules(**kwargs)
    assert caught.value.fields == (field,)
    error = caught.value.errors[0]
    assert "下げることはできません" in error.message_ja and "cannot go below" in error.message_en


def test_footnotes():
    assert footnotes_ja(Rules()) == (
        "x：秘匿（該当者が3人未満（機微な項目は10人未満）のため、または他の数値から計算できないように伏せた値）",
        "−：該当なし")
    assert footnotes_ja(Rules(k_activity=5), make_table([[1]]))[0] == \
        "x：秘匿（該当者が5人未満のため、または他の数値から計算できないように伏せた値）"
    assert footnotes_ja(Rules(), make_table([[1]], sensitivity=SENSITIVE))[0].startswith(
        "x：秘匿（該当者が10人未満のため")
    assert footnotes_ja(Rules(), make_table([[1]], sensitivity=NOT_PERSONS)) == ("−：該当なし",)


# ---------------------------------------------------------------- known answers

def test_one_small_cell_forces_a_rectangle_of_complements():
    table = make_table([[2, 5, 9], [4, 6, 8], [7, 10, 12]])
    assert grid(publish(table, Rules())) == [
        [x, x, 9, 16],
        [x, x, 8, 18],
        [7, 10, 12, 29],
        [13, 21, 29, 63]]


def test_small_cell_alone_in_its_row_hides_the_row_total_and_a_second_row():
    # row 1 is 2 − −: its total is 2 as well, so both are hidden; the column of row
    # totals then needs a second x, and row 2's total protects it and row 2 at once
    table = make_table([[2, 0, 0], [5, 6, 7], [8, 9, 10]])
    assert grid(publish(table, Rules())) == [
        [x, z, z, x],
        [x, 6, 7, x],
        [8, 9, 10, 27],
        [15, 15, 17, 47]]


def test_small_totals_are_hidden_like_cells():
    table = make_table([[1, 1, 0], [6, 7, 8], [9, 10, 11]])
    assert grid(publish(table, Rules())) == [
        [x, x, z, x],
        [x, x, 8, x],
        [9, 10, 11, 30],
        [16, 18, 19, 53]]


def test_column_total_hidden_when_it_would_pin_its_small_cells():
    # column 1 is 1, 2, − with total 3: both small cells are hidden, but 3 − 0 leaves
    # them 1 and 2 (both under K); no other entry is left, so the total goes too
    table = make_table([[1, 5, 6], [2, 7, 8], [0, 9, 10]])
    published = publish(table, Rules())
    assert grid(published) == [
        [x, x, 6, 12],
        [x, x, 8, 17],
        [z, 9, 10, 19],
        [x, x, 24, 48]]
    assert audit(published).ok


def test_grand_total_hidden_when_it_is_small():
    table = make_table([[1, 0], [0, 1]])
    assert grid(control(table, Rules())) == [[x, z, x], [z, x, x], [x, x, x]]


def test_sensitive_table_uses_k_10():
    values = [[12, 3, 15], [20, 25, 11], [14, 30, 18]]
    assert grid(publish(make_table(values, sensitivity=SENSITIVE), Rules())) == [
        [x, x, 15, 30],
        [20, 25, 11, 56],
        [x, x, 18, 62],
        [46, 58, 44, 148]]
    assert grid(publish(make_table(values), Rules())) == [      # K = 3: nothing to hide
        [12, 3, 15, 30], [20, 25, 11, 56], [14, 30, 18, 62], [46, 58, 44, 148]]


def test_k_raised_to_5():
    values = [[4, 9, 7], [8, 6, 12], [10, 11, 5]]
    published = publish(make_table(values), Rules(k_activity=5))
    assert published.k == 5
    assert grid(published) == [
        [x, 9, x, 20],
        [x, 6, x, 26],
        [10, 11, 5, 26],
        [22, 26, 24, 72]]
    assert grid(publish(make_table(values), Rules())) == [
        [4, 9, 7, 20], [8, 6, 12, 26], [10, 11, 5, 26], [22, 26, 24, 72]]


def test_persons_decide_not_the_value():
    # 延べ: 12 visits by 2 persons is hidden, 4 visits by 4 persons is shown
    table = make_table([[12, 3, 20], [30, 4, 50], [25, 6, 40]], [[2, 3, 8], [9, 4, 12], [7, 5, 10]])
    assert grid(control(table, Rules())) == [
        [x, x, 20, 35],
        [30, 4, 50, 84],
        [x, x, 40, 71],
        [67, 13, 110, 190]]


def test_not_persons_table_is_untouched():
    table = make_table([[1, 2], [0, 4]], [[0, 0], [0, 0]], sensitivity=NOT_PERSONS)
    published = control(table, Rules())
    assert grid(published) == [[1, 2, 3], [z, 4, 4], [1, 6, 7]]
    assert published.k == 0 and published.suppressed_count() == 0


def test_non_additive_table():
    # 実人数 by month: a person counted in two months is one person in the row total
    table = make_table([[2, 4, 3], [10, 12, 11]], additive=False,
                       row_totals=[6, 14], col_totals=[12, 16, 14], grand_total=20)
    published = control(table, Rules())
    assert grid(published) == [
        [x, 4, x, 6],
        [x, 12, x, 14],
        [12, 16, 14, 20]]


def test_table_without_totals_needs_no_complements():
    table = make_table([[2, 5, 9], [4, 6, 8]], totals=False)
    published = control(table, Rules())
    assert grid(published) == [[x, 5, 9], [4, 6, 8]]


def test_row_totals_only_grand_total_lets_reader_work_out_a_row():
    # no row totals are published, but the grand total and the other rows give row 1's
    # sum, so the small cell still needs a complement in its row and its column
    table = make_table([[2, 5, 9], [4, 6, 8], [7, 10, 12]], totals=False,
                       col_totals=[13, 21, 29], grand_total=63)
    published = control(table, Rules())
    assert grid(published) == [
        [x, x, 9],
        [x, x, 8],
        [7, 10, 12],
        [13, 21, 29, 63]]


def test_zeros_everywhere():
    published = control(make_table([[0, 0], [0, 0]]), Rules())
    assert grid(published) == [[z, z, z], [z, z, z], [z, z, z]]


def test_publish_is_deterministic_and_control_never_blocks_on_this_table():
    table = make_table([[1, 2, 1], [2, 1, 2], [1, 1, 1]])
    assert publish(table, Rules()) == publish(table, Rules())
    assert grid(control(table, Rules())) == [[x] * 4] * 4


def test_control_raises_when_even_hiding_everything_fails(monkeypatch):
    import kodoku_desk.models.disclosure as module
    from kodoku_desk.models.disclosure_audit import AuditFinding, AuditResult, Interval

    finding = AuditFinding((0, 0), "行1・列1", Interval(1, 1), "計算できます", "exact")
    monkeypatch.setattr(module, "audit", lambda published: AuditResult("t", 3, (), (finding,)))
    with pytest.raises(DisclosureBlocked) as caught:
        control(make_table([[1, 5], [5, 5]]), Rules())
    assert "安全に出力できません" in caught.value.message_ja
    assert "行1・列1：計算できます" in caught.value.message_ja


# ---------------------------------------------------------------- overlapping exports

def test_overlapping_exports():
    october = (date(2026, 10, 1), date(2026, 10, 31), {"contacts", "people"})
    q3 = (date(2026, 10, 1), date(2026, 12, 31), {"contacts"})
    fy = (date(2026, 4, 1), date(2027, 3, 31), {"sessions"})
    november = (date(2026, 11, 1), date(2026, 11, 30), {"people"})
    log = [october, q3, fy, november]
    assert overlapping_exports(log, date(2026, 10, 1), date(2026, 10, 31), {"contacts"}) == [q3]
    assert overlapping_exports(log, date(2026, 10, 1), date(2026, 12, 31), {"people", "contacts"}) == [
        october, november]
    assert overlapping_exports(log, date(2026, 12, 1), date(2026, 12, 31), {"people"}) == []
    assert overlapping_exports(log, date(2026, 10, 1), date(2027, 3, 31), {"sessions"}) == [fy]
    with pytest.raises(ValueError):
        overlapping_exports(log, date(2026, 10, 31), date(2026, 10, 1), {"people"})


# ---------------------------------------------------------------- properties

def check_published(published: PublishedTable, table: StatTable, k: int) -> None:
    for pos in table.positions():
        cell, shown = table.entry(pos), published.entry(pos)
        if cell is None:
            assert shown is None
        elif shown == x:
            assert cell.value > 0                               # zeros are never hidden
        elif shown == z:
            assert cell.value == 0
        else:
            assert shown == cell.value                          # (d) the source value
            assert cell.persons == 0 or cell.persons >= k       # (a) no 1..K−1 persons
    for line in lines_of(published):                            # (b) never exactly one x
        assert line.count(x) != 1


@given(random_tables(), st.sampled_from([Rules(), Rules(k_activity=5, k_sensitive=12)]))
def test_published_tables_keep_the_rules(table, rules):
    k = rules.k_for(table)
    published = publish(table, rules)
    check_published(published, table, k)
    assert publish(table, rules) == published                  # deterministic
    controlled = control(table, rules)
    check_published(controlled, table, k)
    assert audit(controlled).ok
    hidden = {p for p in table.positions() if published.entry(p) == x}
    assert hidden <= {p for p in table.positions() if controlled.entry(p) == x}


@given(union_tables(max_rows=5, max_cols=6, max_people=40), st.sampled_from([Rules(), Rules(k_activity=5)]))
def test_non_additive_tables_keep_the_rules(table, rules):
    controlled = control(table, rules)
    check_published(controlled, table, rules.k_for(table))
    assert audit(controlled).ok


@given(random_tables(max_rows=4, max_cols=4, sensitivities=(NOT_PERSONS,)))
def test_not_persons_tables_are_never_suppressed(table):
    assert control(table, Rules()).suppressed_count() == 0
