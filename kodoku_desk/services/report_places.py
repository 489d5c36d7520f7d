"""Report tables of the 居場所, month by month in 年度 order (DOMAIN.md §3.1–3.2).

Definitions follow :mod:`kodoku_desk.services.place_counts` (the 居場所 screen), so
both show the same numbers (counted in one pass: :func:`.report_place_queries.attendance_counts`):

- **開催回数** / **提供食数**: sessions held in the month / the sum of their 提供食数, by
  居場所の種類.  No person is behind them (``NOT_PERSONS``: never suppressed).
- **延べ参加者数**: attendance rows with role 参加者 plus walk-ins (匿名参加者数); by
  参加者区分 or by 居場所の種類.  Volunteers and staff are not in it.
- **Walk-ins and suppression**: walk-ins are anonymous — the database links them to
  nobody — so each is treated as a person of its own: persons = value for walk-in
  counts, and a 延べ cell's persons = distinct registered persons + walk-ins.
- **実人数**: distinct registered 参加者, each in the 参加者区分 of their latest
  attendance in the month (for a row total: in the period); a year's 実人数 is not the
  sum of its months (``additive`` False).
- **新規**: 実人数 whose first attendance at any 居場所 (in any role) falls in the month;
  **継続** = 実人数 − 新規.  The period's 新規 is the sum of its months.
- **ボランティア・スタッフ**: attendance with those roles, 延べ and 実人数.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection

from kodoku_desk.models.stat_table import StatTable
from kodoku_desk.services.report_shapes import (OTHER_LABEL, Axis, Count, ReportContext,
                                                code_axis, crosstab_table, dim, make_table,
                                                month_axis)
from kodoku_desk.store import report_place_queries as pq
from kodoku_desk.store.place_count_queries import Scope
from kodoku_desk.store.report_queries import OTHER, Crosstab

__all__ = ["place_tables"]

PARTICIPANT = "participant"
_WALKIN_NOTE = ("匿名参加者（名簿にない参加者）は一人ずつ別の人として数える"
                "（延べ欄の人数＝登録参加者の実人数＋匿名参加者数）。")


class _Grid:
    """Additive counts by (row, month); persons given per entry."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def add(self, row: str, col: str, value: int, persons: int) -> None:
        entry = self.data[row, col]
        entry[0] += value
        entry[1] += persons

    def cell(self, row: str, col: str) -> Count:
        entry = self.data.get((row, col))
        return (entry[0], entry[1]) if entry else (0, 0)

    def row_total(self, row: str) -> Count:
        return _sum(e for (r, _), e in self.data.items() if r == row)

    def col_total(self, col: str) -> Count:
        return _sum(e for (_, c), e in self.data.items() if c == col)

    def grand(self) -> Count:
        return _sum(self.data.values())

    def has(self, row: str) -> bool:
        return self.row_total(row) != (0, 0)


def _sum(entries) -> Count:
    value = persons = 0
    for v, p in entries:
        value, persons = value + v, persons + p
    return value, persons


def _plus(a: Count, b: Count) -> Count:
    return a[0] + b[0], a[1] + b[1]


def _with_other(axis: Axis, grid: _Grid) -> Axis:
    return [*axis, (OTHER, OTHER_LABEL)] if grid.has(OTHER) else axis


def place_tables(conn: Connection, ctx: ReportContext) -> list[StatTable]:
    """The nine 居場所 tables, by month: sessions, walk-ins and one pass over attendance."""
    scope = Scope(ctx.period.start, ctx.period.end)
    months = month_axis(ctx.period)
    kinds = code_axis(ctx.code_list("place_kind"))
    categories = code_axis(ctx.code_list("participant_category"))
    roles = [(k, label) for k, label in code_axis(ctx.code_list("attendance_role"))
             if k != PARTICIPANT]
    kind_keys, category_keys = {k for k, _ in kinds}, {k for k, _ in categories}

    def fold(code: str, keys: set[str]) -> str:
        return code if code in keys else OTHER

    sessions, meals = _Grid(), _Grid()
    for r in pq.sessions_by_kind(conn, scope):
        sessions.add(fold(r.kind, kind_keys), r.month, r.sessions, 0)
        meals.add(fold(r.kind, kind_keys), r.month, r.meals, 0)
    walk_kind, walk_category = _Grid(), _Grid()
    for r in pq.walkins_by(conn, scope):           # a walk-in counts as a person of its own
        walk_kind.add(fold(r.kind, kind_keys), r.month, r.count, r.count)
        walk_category.add(fold(r.category, category_keys), r.month, r.count, r.count)
    counts = pq.attendance_counts(conn, scope, dim("category", "category", categories),
                                  dim("kind", "kind", kinds), dim("role", "role", roles),
                                  one_col=len(months) == 1,
                                  new=ctx.wants(("place_new_continuing",)))
    registered = counts.participants

    def sessions_table(key: str, grid: _Grid, note: str) -> StatTable:
        return make_table(key, _with_other(kinds, grid), months, grid.cell,
                          row_total=grid.row_total, col_total=grid.col_total, grand=grid.grand(),
                          notes=(note,))

    def attendance_table(key: str, dim_name: str, axis: Axis, walk: _Grid) -> StatTable:
        if registered.row_total(dim_name, OTHER) != (0, 0) or walk.has(OTHER):
            axis = [*axis, (OTHER, OTHER_LABEL)]
        return make_table(
            key, axis, months, lambda r, c: _plus(registered.cell(dim_name, r, c), walk.cell(r, c)),
            row_total=lambda r: _plus(registered.row_total(dim_name, r), walk.row_total(r)),
            col_total=lambda c: _plus(registered.col_total(c), walk.col_total(c)),
            grand=_plus(registered.total, walk.grand()),
            notes=("延べ参加者数：参加者（ボランティア・スタッフを除く）の参加回数と匿名参加者数の合計。",
                   _WALKIN_NOTE))

    tables = [
        sessions_table("place_sessions", sessions, "開催回数：期間中に開催した回数（開催日の月に計上）。"),
        sessions_table("place_meals", meals, "提供食数：各回に記録した提供食数の合計。"),
        attendance_table("place_attendance_by_kind", "kind", kinds, walk_kind),
        attendance_table("place_attendance", "category", categories, walk_category),
        *_unique_tables(counts, months, categories, category_keys),
        make_table("place_walkins", _with_other(categories, walk_category), months,
                   walk_category.cell, row_total=walk_category.row_total,
                   col_total=walk_category.col_total, grand=walk_category.grand(),
                   notes=("匿名参加者数：名簿に登録していない参加者の延べ人数。", _WALKIN_NOTE)),
        *_helper_tables(counts.helpers, roles, months),
    ]
    return tables


def _unique_tables(counts: pq.AttendanceCounts, months: Axis, categories: Axis,
                   category_keys: set[str]) -> list[StatTable]:
    """実人数 by 参加者区分 and 新規 / 継続."""
    unique, unique_all = _Grid(), defaultdict(int)
    for (month, category), n in counts.unique.items():
        unique.add(category if category in category_keys else OTHER, month, n, n)
    for category, n in counts.unique_all.items():
        unique_all[category if category in category_keys else OTHER] += n
    new = counts.new
    per_month = {c: unique.col_total(c)[0] for c, _ in months}
    everyone, new_total = sum(unique_all.values()), sum(new.values())
    axis = [*categories, (OTHER, OTHER_LABEL)] if unique_all.get(OTHER) else categories
    stage = {"new": (lambda c: new.get(c, 0), new_total),
             "continuing": (lambda c: per_month[c] - new.get(c, 0), everyone - new_total)}
    return [
        make_table("place_participants", axis, months, unique.cell,
                   row_total=lambda r: (unique_all.get(r, 0),) * 2,
                   col_total=lambda c: (per_month[c],) * 2, grand=(everyone, everyone),
                   additive=False,
                   notes=("実人数：登録参加者の人数（匿名参加者を含まない）。月ごとに最後に参加したときの区分で1回だけ数える。",
                          "合計欄は期間を通じた実人数（各月の和ではない）。")),
        make_table("place_new_continuing", [("new", "新規"), ("continuing", "継続")], months,
                   lambda r, c: (stage[r][0](c),) * 2,
                   row_total=lambda r: (stage[r][1],) * 2,
                   col_total=lambda c: (per_month[c],) * 2, grand=(everyone, everyone),
                   additive=False,
                   notes=("新規：いずれかの居場所への初めての参加がその月の人。継続：実人数のうち新規でない人。",
                          "合計欄は期間を通じた実人数（継続の合計は各月の和ではない）。")),
    ]


def _helper_tables(helpers: Crosstab, roles: Axis, months: Axis) -> list[StatTable]:
    persons_only = Crosstab(
        cells={k: (p, p) for k, (_, p) in helpers.cells.items()},
        row_totals={k: (p, p) for k, (_, p) in helpers.row_totals.items()},
        col_totals={k: (p, p) for k, (_, p) in helpers.col_totals.items()},
        total=(helpers.total[1], helpers.total[1]))
    return [
        crosstab_table("place_helpers", helpers, "role", roles, months,
                       notes=("ボランティア・スタッフとしての参加の延べ人数。",)),
        crosstab_table("place_helpers_unique", persons_only, "role", roles, months,
                       additive=False,
                       notes=("ボランティア・スタッフの実人数。合計欄は期間を通じた実人数（各月の和ではない）。",)),
    ]
