"""SQL aggregates behind the report tables (:mod:`kodoku_desk.services.report_tables`):
cross tables of events with distinct persons.  People supported and the loneliness
measures are in :mod:`.report_people_queries`, the 居場所 in :mod:`.report_place_queries`.

Everything is counted in SQL; only small grouped results come back to Python.

**Cross tables with distinct persons** (:func:`crosstab`).  Most report tables count
events (visits, 気づき, follow-ups, referrals, attendance) by a row category and a
column (usually the month), and every cell must also carry the number of *distinct*
persons behind it (the unit of suppression).  Counting ``count(DISTINCT person)`` for
every cell, row total, column total and grand total would sort the events once per
aggregate; instead the events are grouped **once** by (person, column) into ``pm``,
a row per person and column with the person's count in each row category, and then:

- cell (row r, column c): value = Σ count_r over the ``pm`` rows of column c, persons =
  the number of those rows with count_r > 0 (one ``pm`` row per person and column);
- column total: Σ n and the number of ``pm`` rows of column c with n > 0;
- row total and grand total: the same over the per-person roll-up of ``pm``.

So the events are sorted once (into ``pm``) and ``pm`` twice (by column, and by person
for the roll-up), whatever the number of rows and totals.  Several row dimensions of
the same events (見守り方法, 安否確認, 対応区分) share one pass.  A row category is a
list of values of a SQL expression, so a group of codes (気づきの分類) is one row too;
values in no row (unlisted codes, NULL) fall in an extra row :data:`OTHER`, counted
as n minus the listed rows (nothing extra per event).  Per event, each listed row
costs one comparison and one ``sum`` step: on the DESIGN.md §8 dataset that, and the
sort, are most of the time of a 年度 report (benchmarks/bench_reports.py).

**Visits**: for a period that covers a large part of the recorded visits, scanning
the table in storage order is cheaper than following ``ix_visits_visit_at`` and
looking up each row (:func:`visits_source`), which is what SQLite would choose itself
with ANALYZE statistics.

Only fixed fragments are pasted into statements; every value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, text

__all__ = ["OTHER", "Bucket", "Crosstab", "Dim", "Part", "PmColumns", "add_arm_row", "arm_values",
           "crosstab", "crosstabs", "group_width", "pm_sums", "rollup_sums", "visits_source"]

#: Row key of the values that are in no bucket of a dimension (unlisted codes, NULL).
OTHER = "*other*"
#: Above this share of the recorded visit span, visits are read in storage order.
FULL_SCAN_SHARE = 0.25

Count = tuple[int, int]  # (value, distinct persons)


class Bucket(NamedTuple):
    key: str                       # the row's key (a code, or a group of codes)
    values: tuple[object, ...]     # values of the dimension's expression in this row


class Dim(NamedTuple):
    name: str                      # e.g. "method"
    expr: str                      # SQL on the base rows (a fixed fragment)
    buckets: tuple[Bucket, ...]


@dataclass
class Crosstab:
    """(value, persons) by (dimension, row key, column), with row / column / grand totals.

    ``cols`` are the column keys seen in the data (in no particular order)."""

    cells: dict[tuple[str, str, str], Count] = field(default_factory=dict)
    row_totals: dict[tuple[str, str], Count] = field(default_factory=dict)
    col_totals: dict[str, Count] = field(default_factory=dict)
    total: Count = (0, 0)

    @property
    def cols(self) -> tuple[str, ...]:
        return tuple(self.col_totals)

    def cell(self, dim: str, row: str, col: str) -> Count:
        return self.cells.get((dim, row, col), (0, 0))

    def row_total(self, dim: str, row: str) -> Count:
        return self.row_totals.get((dim, row), (0, 0))

    def col_total(self, col: str) -> Count:
        return self.col_totals.get(col, (0, 0))


class Part(NamedTuple):
    """One cross table of :func:`crosstabs`: its ``base`` rows and row dimensions."""

    name: str
    base: str                      # SELECT with columns p, col and what the dims use
    dims: Sequence[Dim]


class PmColumns(NamedTuple):
    """What :func:`pm_sums` puts into ``pm`` and how the cross table reads it back."""

    sums: list[str]                  # ``sum(<predicate>) AS <prefix><i>`` for ``pm``
    others: list[str]                # ``n - (…) AS <prefix>o<d>``: computed on the grouped rows
    columns: list[str]               # the names of both, as columns of ``pm``
    entries: list[tuple[tuple[str, str], str]]  # ((dimension, row key), column)

    def select(self, grouped: str) -> str:
        """``pm`` from ``grouped`` (a GROUP BY p, col with :attr:`sums`): adds the others."""
        return f"SELECT *, {', '.join(self.others)} FROM ({grouped})" if self.others else grouped


def pm_sums(tag: str, dims: Sequence[Dim], params: dict[str, object], *, n: str = "n",
            gate: str | None = None, prefix: str = "x") -> PmColumns:
    """A ``sum(<predicate>) AS <prefix><i>`` for every bucket of ``dims``; the row of
    values in no bucket (:data:`OTHER`, also NULL) is ``n`` minus the buckets, computed
    on the grouped rows (:meth:`PmColumns.select`), so it costs nothing per base row
    (the buckets of a dimension must not overlap).  Values go into ``params`` (named
    after ``tag``); ``gate``: only base rows matching it count (``n`` must count the same
    rows)."""
    sums: list[str] = []
    others: list[str] = []
    entries: list[tuple[tuple[str, str], str]] = []
    for d, dim in enumerate(dims):
        seen: set[object] = set()
        xs = []
        for b, bucket in enumerate(dim.buckets):
            if seen.intersection(bucket.values):
                raise ValueError(f"{dim.name}: bucket {bucket.key!r} overlaps another")
            seen.update(bucket.values)
            holders = []
            for v, value in enumerate(bucket.values):
                holders.append(f":{tag}d{d}_{b}_{v}")
                params[holders[-1][1:]] = value
            if len(holders) == 1:
                predicate = f"({dim.expr}) = {holders[0]}"
            else:
                predicate = f"({dim.expr}) IN ({', '.join(holders)})" if holders else "0"
            if gate:
                predicate = f"({gate}) AND {predicate}"
            x = f"{prefix}{len(sums)}"
            sums.append(f"coalesce(sum({predicate}), 0) AS {x}")   # NULL: not in the bucket
            xs.append(x)
            entries.append(((dim.name, bucket.key), x))
        other = f"{prefix}o{d}"
        others.append(f"{n} - ({' + '.join(xs) or '0'}) AS {other}")
        entries.append(((dim.name, OTHER), other))
    columns = [s.rsplit(" AS ", 1)[1] for s in sums + others]
    return PmColumns(sums, others, columns, entries)


Group = tuple[str, PmColumns]   # (the count column in pm, its bucket columns)


def group_width(groups: Sequence[Group]) -> int:
    """Entries (value, persons pairs) that :func:`arm_values` gives for ``groups``."""
    return sum(1 + len(cols.entries) for _, cols in groups)


def rollup_sums(groups: Sequence[Group]) -> str:
    """The per-person roll-up of ``pm``: ``sum(c) AS c`` of every count and bucket column
    (for ``SELECT p, … FROM pm GROUP BY p``)."""
    names = [n for n, _ in groups] + [c for _, cols in groups for c in cols.columns]
    return ", ".join(f"sum({c}) AS {c}" for c in names)


def arm_values(groups: Sequence[Group], width: int) -> str:
    """Value and persons of each group's total and entries, as aggregates over rows of
    ``pm`` (a row per person and column: persons = rows with a count) or of its per-person
    roll-up (a row per person); padded with NULLs to ``width`` entries.  A SELECT of
    them ``FROM pm GROUP BY col`` gives the cells and column totals, one ``FROM`` the
    roll-up gives the row and grand totals."""
    values = []
    for n, cols in groups:
        values += [f"sum({n}), sum({n} > 0)"]
        values += [f"sum({e}), sum({e} > 0)" for _, e in cols.entries]
    values += ["NULL, NULL"] * (width - group_width(groups))
    return ", ".join(values)


def add_arm_row(table: Crosstab, cols: PmColumns, row: Sequence, offset: int = 3) -> None:
    """Put one group of a row of :func:`arm_values` (starting at ``offset``; ``row[1]``:
    is it the total row, ``row[2]``: the column) into ``table``."""
    is_total, col = row[1], row[2]
    count = (row[offset] or 0, row[offset + 1] or 0)
    if is_total:
        table.total = count
    elif count != (0, 0):
        table.col_totals[col] = count
    for j, (key, _) in enumerate(cols.entries, start=1):
        count = (row[offset + 2 * j] or 0, row[offset + 2 * j + 1] or 0)
        if count == (0, 0):
            continue
        if is_total:
            table.row_totals[key] = count
        else:
            table.cells[(*key, col)] = count


def crosstabs(conn: Connection, parts: Sequence[Part], params: dict[str, object], *,
              prelude: str = "") -> dict[str, Crosstab]:
    """Several cross tables in one statement (so that they can share the CTEs of
    ``prelude``, e.g. one scan of a table).  Each part's ``base`` has the columns ``p``
    (person id) and ``col`` (column key) and whatever its dimensions' expressions use."""
    if not parts:
        return {}
    params = dict(params)
    ctes = [prelude] if prelude else []
    layouts = [pm_sums(f"p{i}", part.dims, params) for i, part in enumerate(parts)]
    width = max((group_width([("n", cols)]) for cols in layouts), default=0)
    arms = []
    for i, (part, cols) in enumerate(zip(parts, layouts, strict=True)):
        group = [("n", cols)]
        grouped = (f"SELECT p, col, {', '.join(['count(*) AS n', *cols.sums])} "
                   f"FROM ({part.base}) GROUP BY p, col")
        ctes.append(f"pm{i} AS MATERIALIZED ({cols.select(grouped)})")
        ctes.append(f"pp{i} AS (SELECT p, {rollup_sums(group)} FROM pm{i} GROUP BY p)")
        arms.append(f"SELECT {i}, 0, col, {arm_values(group, width)} FROM pm{i} GROUP BY col")
        arms.append(f"SELECT {i}, 1, NULL, {arm_values(group, width)} FROM pp{i}")
    sql = f"WITH {', '.join(ctes)}\n" + "\nUNION ALL\n".join(arms)
    out = {part.name: Crosstab() for part in parts}
    for row in conn.execute(text(sql), params):
        add_arm_row(out[parts[row[0]].name], layouts[row[0]], row)
    return out


def crosstab(conn: Connection, base_sql: str, params: dict[str, object],
             dims: Sequence[Dim]) -> Crosstab:
    """One cross table: the rows of ``base_sql`` (columns ``p``: person id, ``col``: column
    key, and whatever the dimensions' expressions use) by each dimension's buckets and
    ``col``; see :func:`crosstabs`."""
    return crosstabs(conn, [Part("", base_sql, dims)], params)[""]


def visits_source(conn: Connection, start: date, end: date, alias: str = "v") -> str:
    """``visits AS v``, or ``visits AS v NOT INDEXED`` when ``[start, end)`` covers more
    than :data:`FULL_SCAN_SHARE` of the span of recorded visits (two index probes)."""
    first, last = conn.execute(text("SELECT min(visit_at), max(visit_at) FROM visits")).one()
    plain = f"visits AS {alias}"
    if not first:
        return plain
    lo, hi = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    span = (hi - lo).days + 1
    covered = (min(end, date.fromordinal(hi.toordinal() + 1)) - max(start, lo)).days
    return f"{plain} NOT INDEXED" if covered > FULL_SCAN_SHARE * span else plain
