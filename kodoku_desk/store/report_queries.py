"""SQL aggregates behind the report tables (:mod:`kodoku_desk.services.report_tables`):
cross tables of events with distinct persons.  People supported and the loneliness
measures are in :mod:`.report_people_queries`, the 居場所 in :mod:`.report_place_queries`.

Everything is counted in SQL; only small grouped results come back to Python.

**Cross tables with distinct persons** (:func:`crosstab`).  Most report tables count
events (visits, 気づき, follow-ups, referrals, attendance) by a row category and a
column (usually the month), and every cell must also carry the number of *distinct*
persons behind it (the unit of suppression).  Counting ``count(DISTINCT person)`` for
every cell, row total, column total and grand total would sort the events once per
aggregate; instead the events are grouped **once** by (column, person) into ``pm``,
a row per column and person with the person's count in each row category, and then:

- cell (row r, column c): value = Σ count_r over the ``pm`` rows of column c, persons =
  the number of those rows with count_r > 0 (one ``pm`` row per person and column);
- column total: Σ n and the number of ``pm`` rows of column c with n > 0;
- row total and grand total: the same over the per-person roll-up of ``pm``.

The counts are ``count(*) FILTER (WHERE <row category>)``: a row outside the category
costs one comparison and no aggregate step.  When the events come in (column, person)
order — 見守り read along ``ix_visits_month``, an index on (month, person, …) — the
grouping into ``pm`` needs no sort at all; otherwise the events are sorted once.
``pm`` itself is then sorted twice (by column, and by person for the roll-up), which
is cheap: it has a row per person and month, not per event.  Several row dimensions
of the same events (見守り方法, 安否確認, 対応区分) share one pass.  A row category is a
list of values of a SQL expression, so a group of codes (気づきの分類) is one row too;
values in no row (unlisted codes, NULL) fall in an extra row :data:`OTHER`, counted
as n minus the listed rows (nothing extra per event).

**Many rows, few events** (``Dim.by_key``).  A dimension with many rows whose events are
sparse (29 気づき, about one per person and month) would make ``pm`` wide and mostly
zero; such a dimension is counted by row key instead — ``GROUP BY col, key`` and
``GROUP BY key`` with ``count(DISTINCT p)``, over the events kept in a materialized
table — which costs per event, not per ``pm`` row and listed code.

**Visits** (:data:`VISITS_BY_MONTH`, :data:`VISIT_SIGNS_BY_MONTH`): the report reads
visits by month along ``ix_visits_month`` (an index on ``substr(visit_at, 1, 7)``,
person and every column the tables use), and the 気づき along ``ix_visit_signs_month``
(the visit's month and person are copied onto each sign), both index only.

Only fixed fragments are pasted into statements; every value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, text

__all__ = ["FOLLOW_UPS_CLOSED", "FOLLOW_UPS_OPENED", "OTHER", "VISITS_BY_MONTH", "Bucket",
           "Crosstab", "Dim", "Part", "PmColumns",
           "add_arm_row", "arm_values", "crosstab", "crosstabs", "group_width", "month_params",
           "pm_sums", "rollup_sums", "VISIT_SIGNS_BY_MONTH"]

#: Row key of the values that are in no bucket of a dimension (unlisted codes, NULL).
OTHER = "*other*"
Count = tuple[int, int]  # (value, distinct persons)


class Bucket(NamedTuple):
    key: str                       # the row's key (a code, or a group of codes)
    values: tuple[object, ...]     # values of the dimension's expression in this row


class Dim(NamedTuple):
    name: str                      # e.g. "method"
    expr: str                      # SQL on the base rows (a fixed fragment)
    buckets: tuple[Bucket, ...]
    #: counted by row key with count(DISTINCT) rather than as columns of ``pm``: for many
    #: rows with few events per person and column (see the module docstring)
    by_key: bool = False


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

    sums: list[str]                  # ``count(*) FILTER (…) AS <prefix><i>`` for ``pm``
    others: list[str]                # ``n - (…) AS <prefix>o<d>``: computed on the grouped rows
    columns: list[str]               # the names of both, as columns of ``pm``
    entries: list[tuple[tuple[str, str], str]]  # ((dimension, row key), column)

    def select(self, grouped: str) -> str:
        """``pm`` from ``grouped`` (a GROUP BY col, p with :attr:`sums`): adds the others."""
        return f"SELECT *, {', '.join(self.others)} FROM ({grouped})" if self.others else grouped


def _holders(tag: str, values: Sequence[object], params: dict[str, object]) -> list[str]:
    """Bind ``values`` as ``:<tag>_<i>`` and return the placeholders."""
    out = []
    for v, value in enumerate(values):
        out.append(f":{tag}_{v}")
        params[out[-1][1:]] = value
    return out


def _in_bucket(expr: str, holders: Sequence[str]) -> str:
    """``expr`` equals one of ``holders``: a chain of ``=`` joined by OR, which SQLite
    evaluates per row faster than ``IN (…)`` with bound values (a third less for the
    気づき groups of a 年度)."""
    if not holders:
        return "0"
    chain = " OR ".join(f"({expr}) = {h}" for h in holders)
    return chain if len(holders) == 1 else f"({chain})"


def _check_disjoint(dim: Dim) -> None:
    seen: set[object] = set()
    for bucket in dim.buckets:
        if seen.intersection(bucket.values):
            raise ValueError(f"{dim.name}: bucket {bucket.key!r} overlaps another")
        seen.update(bucket.values)


def pm_sums(tag: str, dims: Sequence[Dim], params: dict[str, object], *, n: str = "n",
            gate: str | None = None, prefix: str = "x") -> PmColumns:
    """A ``count(*) FILTER (WHERE <in the bucket>) AS <prefix><i>`` for every bucket of
    ``dims``; the row of values in no bucket (:data:`OTHER`, also NULL) is ``n`` minus the
    buckets, computed on the grouped rows (:meth:`PmColumns.select`), so it costs nothing
    per base row (the buckets of a dimension must not overlap).  Values go into
    ``params`` (named after ``tag``); ``gate``: only base rows matching it count (``n``
    must count the same rows)."""
    sums: list[str] = []
    others: list[str] = []
    entries: list[tuple[tuple[str, str], str]] = []
    for d, dim in enumerate(dims):
        _check_disjoint(dim)
        xs = []
        for b, bucket in enumerate(dim.buckets):
            predicate = _in_bucket(dim.expr, _holders(f"{tag}d{d}_{b}", bucket.values, params))
            if gate:
                predicate = f"({gate}) AND {predicate}"
            x = f"{prefix}{len(sums)}"
            sums.append(f"count(*) FILTER (WHERE {predicate}) AS {x}")   # NULL: not in it
            xs.append(x)
            entries.append(((dim.name, bucket.key), x))
        other = f"{prefix}o{d}"
        others.append(f"{n} - ({' + '.join(xs) or '0'}) AS {other}")
        entries.append(((dim.name, OTHER), other))
    columns = [s.rsplit(" AS ", 1)[1] for s in sums + others]
    return PmColumns(sums, others, columns, entries)


def bucket_key(tag: str, dim: Dim, params: dict[str, object]) -> str:
    """SQL giving the bucket key of ``dim`` for a base row (:data:`OTHER` for a value in
    no bucket, also NULL); the buckets must not overlap.  A simple ``CASE expr WHEN v
    THEN key …``: the expression is evaluated once per row, not once per value."""
    _check_disjoint(dim)
    whens = []
    for b, bucket in enumerate(dim.buckets):
        holders = _holders(f"{tag}v{b}", bucket.values, params)
        if holders:
            params[f"{tag}k{b}"] = bucket.key
            whens += [f"WHEN {h} THEN :{tag}k{b}" for h in holders]
    params[f"{tag}other"] = OTHER
    return (f"CASE ({dim.expr}) {' '.join(whens)} ELSE :{tag}other END" if whens
            else f":{tag}other")


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
        values += [f"sum({n}), count(*) FILTER (WHERE {n} > 0)"]
        values += [f"sum({e}), count(*) FILTER (WHERE {e} > 0)" for _, e in cols.entries]
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


_KEY_CELLS, _KEY_ROWS = 2, 3   # arms of a by_key dimension: cells by (col, key), row totals


def crosstabs(conn: Connection, parts: Sequence[Part], params: dict[str, object], *,
              prelude: str = "", one_col: bool = False) -> dict[str, Crosstab]:
    """Several cross tables in one statement (so that they can share the CTEs of
    ``prelude``, e.g. one scan of a table).  Each part's ``base`` has the columns ``p``
    (person id) and ``col`` (column key) and whatever its dimensions' expressions use;
    when it yields its rows in (``col``, ``p``) order (an index), grouping needs no sort.

    ``one_col``: every base row has the same ``col`` (a one-month period), so ``pm`` has a
    row per person already and the row and grand totals are the column's: no roll-up."""
    if not parts:
        return {}
    params = dict(params)
    ctes = [prelude] if prelude else []
    wide = [[d for d in part.dims if not d.by_key] for part in parts]
    keyed = [[d for d in part.dims if d.by_key] for part in parts]
    layouts = [pm_sums(f"p{i}", dims, params) for i, dims in enumerate(wide)]
    width = max([group_width([("n", cols)]) for cols in layouts] + [2])
    arms = []
    for i, (part, cols) in enumerate(zip(parts, layouts, strict=True)):
        group = [("n", cols)]
        base = part.base
        if keyed[i]:               # read the events once for pm and the by_key arms
            ctes.append(f"e{i} AS MATERIALIZED ({part.base})")
            base = f"SELECT * FROM e{i}"
        grouped = (f"SELECT p, col, {', '.join(['count(*) AS n', *cols.sums])} "
                   f"FROM ({base}) GROUP BY col, p ORDER BY col, p")
        # ORDER BY (free after the GROUP BY): SQLite then knows pm's order and groups it
        # by column without a sort
        pm = f"{cols.select(grouped)} ORDER BY col, p" if cols.others else grouped
        ctes.append(f"pm{i} AS MATERIALIZED ({pm})")
        ctes.append(f"pp{i} AS (SELECT * FROM pm{i})" if one_col else
                    f"pp{i} AS (SELECT p, {rollup_sums(group)} FROM pm{i} GROUP BY p)")
        arms.append(f"SELECT {i}, 0, col, {arm_values(group, width)} FROM pm{i} GROUP BY col")
        arms.append(f"SELECT {i}, 1, NULL, {arm_values(group, width)} FROM pp{i}")
        pad = ", ".join(["NULL, NULL"] * (width - 2))
        pad = f", {pad}" if pad else ""
        for d, dim in enumerate(keyed[i]):
            key = bucket_key(f"p{i}k{d}", dim, params)
            arms.append(f"SELECT {i}, {_KEY_CELLS}, col, {d}, {key} AS k, count(*), "
                        f"count(DISTINCT p){pad} FROM e{i} GROUP BY col, k")
            if not one_col:    # else the row totals are the cells of the one column
                arms.append(f"SELECT {i}, {_KEY_ROWS}, NULL, {d}, {key} AS k, count(*), "
                            f"count(DISTINCT p){pad} FROM e{i} GROUP BY k")
    sql = f"WITH {', '.join(ctes)}\n" + "\nUNION ALL\n".join(arms)
    out = {part.name: Crosstab() for part in parts}
    for row in conn.execute(text(sql), params):
        i, arm = row[0], row[1]
        table = out[parts[i].name]
        if arm in (0, 1):
            add_arm_row(table, layouts[i], row)
        elif arm == _KEY_CELLS:
            table.cells[keyed[i][row[3]].name, row[4], row[2]] = (row[5], row[6])
        else:
            table.row_totals[keyed[i][row[3]].name, row[4]] = (row[5], row[6])
    if one_col:
        for i, part in enumerate(parts):
            table = out[part.name]
            if len(table.col_totals) > 1:
                raise ValueError(f"{part.name}: one_col, but columns {sorted(table.col_totals)}")
            names = {d.name for d in keyed[i]}
            table.row_totals.update(((d, r), count) for (d, r, _), count in table.cells.items()
                                    if d in names)
    return out


def crosstab(conn: Connection, base_sql: str, params: dict[str, object],
             dims: Sequence[Dim]) -> Crosstab:
    """One cross table: the rows of ``base_sql`` (columns ``p``: person id, ``col``: column
    key, and whatever the dimensions' expressions use) by each dimension's buckets and
    ``col``; see :func:`crosstabs`."""
    return crosstabs(conn, [Part("", base_sql, dims)], params)[""]


# ---------------------------------------------------------------- visits

def month_params(start: date, end: date) -> dict[str, str]:
    """``:m0`` / ``:m1``: the first month of ``[start, end)`` and the month of ``end``
    (``YYYY-MM``; a report period runs over whole months)."""
    return {"m0": start.isoformat()[:7], "m1": end.isoformat()[:7]}


#: 見守り records of the months [:m0, :m1) as crosstab base rows (``p``, ``col`` and
#: ``method``, ``safety``, ``level``), read along ix_visits_month: index only, and in
#: (month, person) order, so grouping them into ``pm`` needs no sort.
VISITS_BY_MONTH = """SELECT person_id AS p, substr(visit_at, 1, 7) AS col, method,
       safety_check AS safety, response_level AS level
FROM visits WHERE substr(visit_at, 1, 7) >= :m0 AND substr(visit_at, 1, 7) < :m1"""


#: Follow-ups opened in the months [:m0, :m1) (``p``, ``col``, ``urgency``), along
#: ix_follow_ups_opened_month, and those closed in them (``outcome``; ``closed_on`` is
#: set only on closed ones) along ix_follow_ups_closed_month: both in (month, person) order.
FOLLOW_UPS_OPENED = """SELECT person_id AS p, substr(opened_on, 1, 7) AS col, urgency
FROM follow_ups WHERE substr(opened_on, 1, 7) >= :m0 AND substr(opened_on, 1, 7) < :m1"""
FOLLOW_UPS_CLOSED = """SELECT person_id AS p, substr(closed_on, 1, 7) AS col, outcome
FROM follow_ups WHERE status = 'closed'
  AND substr(closed_on, 1, 7) >= :m0 AND substr(closed_on, 1, 7) < :m1"""


#: 気づき of the visits in the months [:m0, :m1) as crosstab base rows (``p``, ``col``,
#: ``sign``), from the visit's person and month copied onto each sign (migration 0008)
#: along ix_visit_signs_month: index only, in (month, person) order.
VISIT_SIGNS_BY_MONTH = """SELECT person_id AS p, visit_month AS col, sign_code AS sign
FROM visit_signs WHERE visit_month >= :m0 AND visit_month < :m1"""
