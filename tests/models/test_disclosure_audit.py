"""Disclosure audit: exact intervals of hidden entries, checked against an independent LP.

The reference below is a plain two-phase simplex over fractions, written for these
tests only.  For additive tables the constraint matrix is totally unimodular, so
the LP bounds are the integer bounds and the audit must match them exactly.  For
non-additive tables the reader knows every ``entry ≤ total``, ``total ≤ sum`` and
``sum ≤ total`` that holds; the LP is a relaxation of that, the audit may assume a
little more (never less), so its interval must lie inside the LP's, and a
brute-force enumeration checks small cases (exactly when no total is hidden).
"""

from __future__ import annotations

import itertools
import math
import time
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodoku_desk.models.disclosure import Interval, Rules, audit, control, publish
from kodoku_desk.models.stat_table import PublishedTable, StatTable

from .test_disclosure import make_table, random_tables, union_tables, x, z

# ---------------------------------------------------------------- reference LP


def simplex_max(a_rows, b, c):
    """max c·y s.t. A y = b, y ≥ 0 (b ≥ 0). None if unbounded; raises if infeasible.

    Two phases with artificial variables, Bland's rule, exact fractions; the last
    tableau row holds the reduced costs (negated) and is updated by every pivot.
    """
    m, n = len(a_rows), len(c)
    tableau = [[Fraction(v) for v in row] + [Fraction(int(i == k)) for k in range(m)] + [Fraction(b[i])]
               for i, row in enumerate(a_rows)]
    basis = [n + i for i in range(m)]

    def pivot(row, col):
        p = tableau[row][col]
        tableau[row] = [v / p for v in tableau[row]]
        for i in range(len(tableau)):
            if i != row and tableau[i][col]:
                factor = tableau[i][col]
                tableau[i] = [v - factor * w for v, w in zip(tableau[i], tableau[row], strict=True)]
        if row < len(basis):
            basis[row] = col

    def run(cost, allowed):
        # objective row: z − Σ cost·y = 0, expressed in the current basis
        objective = [-Fraction(v) for v in cost] + [Fraction(0)]
        for i, j in enumerate(basis):
            if objective[j]:
                factor = objective[j]
                objective = [v - factor * w for v, w in zip(objective, tableau[i], strict=True)]
        tableau.append(objective)
        try:
            while True:
                entering = next((j for j in range(n + m) if allowed(j) and objective[j] < 0), None)
                if entering is None:
                    return objective[-1]
                rows = [i for i in range(len(basis)) if tableau[i][entering] > 0]
                if not rows:
                    return None
                leave = min(rows, key=lambda i: (tableau[i][-1] / tableau[i][entering], basis[i]))
                pivot(leave, entering)
                objective = tableau[-1]
        finally:
            tableau.pop()

    run([0] * n + [-1] * m, lambda j: True)
    if any(basis[i] >= n and tableau[i][-1] != 0 for i in range(m)):
        raise AssertionError("infeasible")
    for i in range(m - 1, -1, -1):              # drive zero artificials out, drop redundant rows
        if basis[i] >= n:
            col = next((j for j in range(n) if tableau[i][j] != 0), None)
            if col is None:
                del tableau[i], basis[i]
            else:
                pivot(i, col)
    return run(list(c) + [0] * m, lambda j: j < n)


def lp_intervals(published: PublishedTable) -> dict:
    """LP bounds of every hidden entry, from the published table and the table's structure."""
    table = published.source
    rows, cols = table.shape
    unknown = {}                                  # position -> lower bound
    known = {}
    for pos in table.positions():
        shown = published.entry(pos)
        if shown is None:
            unknown[pos] = 0
        elif shown == x:
            unknown[pos] = 1
        else:
            known[pos] = 0 if shown == z else shown
    names = sorted(unknown, key=table.positions().index)
    lines = [((r, None), [(r, c) for c in range(cols)]) for r in [*range(rows), None]]
    lines += [((None, c), [(r, c) for r in range(rows)]) for c in [*range(cols), None]]
    equalities, inequalities = [], []             # (coefficients by position, right-hand side)
    for total, members in lines:
        if table.additive:
            equalities.append(({**{m: 1 for m in members}, total: -1}, 0))
        else:                                   # every relation that holds in the true table
            true = {p: table.entry(p).value for p in (total, *members)}
            whole = sum(true[m] for m in members)
            inequalities += [({m: 1, total: -1}, 0) for m in members if true[m] <= true[total]]
            if true[total] <= whole:
                inequalities.append(({total: 1, **{m: -1 for m in members}}, 0))
            if whole <= true[total]:
                inequalities.append(({total: -1, **{m: 1 for m in members}}, 0))
    # y = x − lower ≥ 0; each inequality gets a slack; knowns move to the right-hand side
    constraints = [(co, rhs, False) for co, rhs in equalities] + [(co, rhs, True) for co, rhs in inequalities]
    constraints = [item for item in constraints if any(pos in unknown for pos in item[0])]
    width = len(names) + sum(1 for *_, has_slack in constraints if has_slack)
    a_rows, b, slack = [], [], len(names)
    for coefficients, rhs, has_slack in constraints:
        row = [0] * width
        for pos, coefficient in coefficients.items():
            if pos in known:
                rhs -= coefficient * known[pos]
            else:
                row[names.index(pos)] += coefficient
                rhs -= coefficient * unknown[pos]
        if has_slack:
            row[slack] = 1
            slack += 1
        if rhs < 0:
            row, rhs = [-v for v in row], -rhs
        a_rows.append(row)
        b.append(rhs)
    result = {}
    for pos in names:
        if unknown[pos] == 0:
            continue
        objective = [0] * width
        objective[names.index(pos)] = 1
        high = simplex_max(a_rows, b, objective)
        objective[names.index(pos)] = -1
        low = -simplex_max(a_rows, b, objective)
        result[pos] = (low + unknown[pos], None if high is None else high + unknown[pos])
    return result


def hide(table: StatTable, hidden, k: int = 3) -> PublishedTable:
    """``table`` published with exactly ``hidden`` suppressed (whatever the rules would say)."""
    rows, cols = table.shape

    def show(pos):
        cell = table.entry(pos)
        return x if pos in hidden else z if cell.value == 0 else cell.value

    return PublishedTable(
        source=table,
        cells=tuple(tuple(show((r, c)) for c in range(cols)) for r in range(rows)),
        row_totals=None if table.row_totals is None else tuple(show((r, None)) for r in range(rows)),
        col_totals=None if table.col_totals is None else tuple(show((None, c)) for c in range(cols)),
        grand_total=None if table.grand_total is None else show((None, None)), k=k)


def intervals(result) -> dict:
    return {pos: (i.lo, i.hi) for pos, i in result.intervals}


# ---------------------------------------------------------------- known answers

def test_rectangle_intervals():
    # a + b = 7, c + d = 10, a + c = 6, b + d = 11, every x ≥ 1
    result = audit(publish(make_table([[2, 5, 9], [4, 6, 8], [7, 10, 12]]), Rules()))
    assert result.ok and result.findings == ()
    assert intervals(result) == {(0, 0): (1, 5), (0, 1): (2, 6), (1, 0): (1, 5), (1, 1): (5, 9)}
    assert str(result.interval((0, 0))) == "1〜5"


def test_hidden_totals_have_intervals_too():
    result = audit(publish(make_table([[2, 0, 0], [5, 6, 7], [8, 9, 10]]), Rules()))
    assert result.ok
    assert intervals(result) == {(0, 0): (1, 6), (0, None): (1, 6), (1, 0): (1, 6), (1, None): (14, 19)}


def test_single_hidden_cell_in_a_row_is_computed_exactly():
    table = make_table([[2, 5, 9], [4, 6, 8], [7, 10, 12]])
    result = audit(hide(table, {(0, 0), (1, 0)}))     # column protected, row 1 not
    assert not result.ok
    assert result.offending == ((0, 0), (1, 0))
    assert result.interval((0, 0)) == Interval(2, 2)
    assert result.reason_ja.splitlines()[0] == "行1・列1：ほかの公表値から正確に計算できてしまいます。"
    assert "computed exactly" in result.reason_en


def test_interval_below_k_is_blocked():
    # column 1 is 1, 2, − with total 3 published: both x are 1 or 2, under K = 3
    table = make_table([[1, 5, 6], [2, 7, 8], [0, 9, 10]])
    result = audit(hide(table, {(0, 0), (0, 1), (1, 0), (1, 1)}))
    assert intervals(result) == {(0, 0): (1, 2), (0, 1): (4, 5), (1, 0): (1, 2), (1, 1): (7, 8)}
    assert result.offending == ((0, 0), (1, 0))
    assert result.findings[0].reason_ja == "ほかの公表値から3人未満であることが分かってしまいます。"
    assert audit(hide(table, {(0, 0), (0, 1), (1, 0), (1, 1)}, k=2)).ok


def test_narrow_but_not_exact_visits_pass():
    # 延べ: the hidden 12 visits (2 persons) lie between 7 and 14; not exact and not under K
    table = make_table([[12, 3, 20], [30, 4, 50], [25, 6, 40]], [[2, 3, 8], [9, 4, 12], [7, 5, 10]])
    result = audit(control(table, Rules()))
    assert result.ok and result.interval((0, 0)) == Interval(7, 14)


def test_everything_hidden_is_unbounded():
    table = make_table([[1, 2], [2, 1]])
    result = audit(hide(table, set(table.positions())))
    assert result.ok
    assert all(i.hi is None for _, i in result.intervals)
    assert result.interval((0, 0)).lo == 1 and result.interval((0, None)).lo == 2   # two x ≥ 1
    assert str(result.interval((None, None))) == "4〜∞"


def test_also_known_values_from_other_tables_narrow_the_intervals():
    published = publish(make_table([[2, 0, 0], [5, 6, 7], [8, 9, 10]]), Rules())
    result = audit(published, also_known={(0, None): 2})
    assert not result.ok and result.offending == ((0, 0), (1, 0), (1, None))


def test_table_without_totals_hides_anything():
    table = make_table([[2, 5], [4, 6]], totals=False)
    result = audit(hide(table, {(0, 0)}))
    assert result.ok and intervals(result) == {(0, 0): (1, None)}


def test_non_additive_intervals():
    # 実人数 by month: row 1 (a=2, 4, e=3 | 6) counts 3 people in two months; the months
    # add up over the rows.  The reader knows every relation that holds: rows
    # a + 4 + e ≥ 6 with a, e ≤ 6 and b + 12 + f ≥ 14; months a + b = 12, e + f = 14
    table = make_table([[2, 4, 3], [10, 12, 11]], additive=False,
                       row_totals=[6, 14], col_totals=[12, 16, 14], grand_total=20)
    result = audit(publish(table, Rules()))
    assert result.ok
    assert intervals(result) == {(0, 0): (1, 6), (0, 2): (1, 6), (1, 0): (6, 11), (1, 2): (8, 13)}
    # hiding the row total instead does not help: the month column gives a = 12 − 10
    column = audit(hide(table, {(0, 0), (0, None)}))
    assert intervals(column) == {(0, 0): (2, 2), (0, None): (6, 6)} and not column.ok
    # hidden row totals: "each entry ≤ t" is then assumed through the overlap (at most 3
    # in row 1, 19 in row 2) and lower bounds that cover it (a ≥ 1, e ≥ 2, b ≥ 9, f ≥ 10):
    # narrower than the real reader's intervals, never wider
    totals = audit(hide(table, {(0, 0), (0, 2), (0, None), (1, 0), (1, 2), (1, None)}))
    assert totals.ok
    assert intervals(totals) == {(0, 0): (1, 3), (0, 2): (2, 4), (0, None): (4, 8),
                                 (1, 0): (9, 11), (1, 2): (10, 12), (1, None): (12, 16)}


def test_new_and_continuing_where_a_month_exceeds_the_total():
    # 新規 / 継続 by month: 継続 in June (3) is larger than 継続 over the quarter (1: people
    # who were already coming before April).  Non-additive tables need no rule of their own.
    table = make_table([[2, 1, 1], [1, 1, 3]], additive=False, row_totals=[4, 1],
                       col_totals=[3, 2, 4], grand_total=5)
    published = control(table, Rules())
    result = audit(published)
    assert result.ok
    for pos, interval in result.intervals:
        assert interval.lo <= table.entry(pos).value <= (interval.hi or 10**9)
    check_against_lp(published, result)


def test_audit_rejects_tables_that_break_their_own_structure():
    wrong_total = make_table([[1, 2], [3, 4]], row_totals=[3, 8])
    with pytest.raises(ValueError, match="add"):
        audit(hide(wrong_total, {(0, 0)}))
    table = make_table([[1, 0], [3, 4]])
    with pytest.raises(ValueError, match="zero"):
        audit(hide(table, {(0, 1)}))
    forged = hide(table, set())
    forged = PublishedTable(table, ((2, z), (3, 4)), forged.row_totals, forged.col_totals,
                            forged.grand_total, 3)
    with pytest.raises(ValueError, match="source value"):
        audit(forged)


def test_publish_and_audit_of_a_12_by_20_table_is_quick():
    values = [[(r * 7 + c * 13) % 23 for c in range(20)] for r in range(12)]
    table = make_table(values)
    start = time.perf_counter()
    published = control(table, Rules())
    elapsed = time.perf_counter() - start
    assert audit(published).ok
    assert published.suppressed_count() > 20
    assert elapsed < 20          # generous: a smoke check, the benchmark reports the real time


# ---------------------------------------------------------------- against the reference LP

@st.composite
def hidden_patterns(draw, max_side=3, max_value=6):
    table = draw(random_tables(max_rows=max_side, max_cols=max_side, max_persons=max_value))
    nonzero = [p for p in table.positions() if table.entry(p).value > 0]
    hidden = draw(st.sets(st.sampled_from(nonzero), min_size=1) if nonzero else st.just(set()))
    return table, hidden


def check_against_lp(published: PublishedTable, result) -> None:
    reference = lp_intervals(published)
    for pos, interval in result.intervals:
        low, high = reference[pos]
        true = published.source.entry(pos).value
        assert interval.lo <= true and (interval.hi is None or true <= interval.hi)
        if published.source.additive:           # totally unimodular: LP bounds are integer bounds
            assert (interval.lo, interval.hi) == (low, high)
        else:                                   # the audit's reader knows more: narrower
            assert math.ceil(low) <= interval.lo
            assert high is None or (interval.hi is not None and interval.hi <= high)
        if low == high:                         # derivable exactly → never passes
            assert not result.ok and pos in result.offending


@given(hidden_patterns())
def test_audit_matches_the_reference_lp_on_random_suppression(case):
    table, hidden = case
    published = hide(table, hidden, k=Rules().k_for(table))
    result = audit(published)
    check_against_lp(published, result)
    k = published.k
    expected = [pos for pos, i in result.intervals if i.exact or (i.hi is not None and i.hi < k)]
    assert list(result.offending) == expected


@given(random_tables(max_rows=3, max_cols=3, max_persons=12))
def test_controlled_tables_hide_nothing_the_reference_lp_can_pin(table):
    published = control(table, Rules())
    result = audit(published)
    assert result.ok
    check_against_lp(published, result)


@st.composite
def union_cases(draw):
    table = draw(union_tables(max_people=5))
    nonzero = [p for p in table.positions() if table.entry(p).value > 0]
    hidden = draw(st.sets(st.sampled_from(nonzero), min_size=1, max_size=3) if nonzero
                  else st.just(set()))
    return table, hidden


@settings(max_examples=50)          # the reference LP is slow with many inequalities
@given(union_tables(max_people=8), st.data())
def test_non_additive_audit_against_the_reference_lp(table, data):
    nonzero = [p for p in table.positions() if table.entry(p).value > 0]
    hidden = data.draw(st.sets(st.sampled_from(nonzero)) if nonzero else st.just(set()))
    published = hide(table, hidden)
    check_against_lp(published, audit(published))


@given(union_cases())
def test_non_additive_audit_against_lp_and_brute_force(case):
    table, hidden = case
    published = hide(table, hidden)
    result = audit(published)
    check_against_lp(published, result)
    # brute force over a box: every hidden entry from 1 to 2·max + 1
    order = [p for p, _ in result.intervals]
    positions = table.positions()
    index = {p: i for i, p in enumerate(positions)}
    top = 2 * max(table.entry(p).value for p in positions) + 1
    rows, cols = table.shape
    lines = [(index[(r, None)], [index[(r, c)] for c in range(cols)]) for r in [*range(rows), None]]
    lines += [(index[(None, c)], [index[(r, c)] for r in range(rows)]) for c in [*range(cols), None]]
    value = [table.entry(p).value for p in positions]
    facts = [([value[m] <= value[t] for m in ms], value[t] <= sum(value[m] for m in ms),
              sum(value[m] for m in ms) <= value[t]) for t, ms in lines]

    def relation(total, members, below, under_sum, over_sum):
        whole = sum(members)
        return (all(m <= total for m, b in zip(members, below, strict=True) if b)
                and (not under_sum or total <= whole) and (not over_sum or whole <= total))

    slots = [index[p] for p in order]
    seen = {p: set() for p in order}
    for guess in itertools.product(range(1, top + 1), repeat=len(order)):
        for slot, v in zip(slots, guess, strict=True):
            value[slot] = v
        if all(relation(value[t], [value[m] for m in ms], *known) for (t, ms), known in zip(lines, facts, strict=True)):
            for p, v in zip(order, guess, strict=True):
                seen[p].add(v)
    exact = all(None not in pos for pos in order)    # no hidden total: nothing assumed
    for pos, interval in result.intervals:         # never wider than the real reader's
        assert min(seen[pos]) <= interval.lo
        assert min(interval.hi or top, top) <= max(seen[pos])
        if exact:
            assert (interval.lo, min(interval.hi or top, top)) == (min(seen[pos]), max(seen[pos]))
        if len(seen[pos]) == 1:
            assert pos in result.offending


def test_reference_lp_itself():
    # max y0 with y0 + y1 = 4: 4; min: 0; unbounded y0 − y1 = 1
    assert simplex_max([[1, 1]], [4], [1, 0]) == 4
    assert simplex_max([[1, 1]], [4], [-1, 0]) == 0
    assert simplex_max([[1, -1]], [1], [1, 0]) is None
