"""Helpers shared by the report table builders: the context of one report, row and
column axes from code lists, and turning counts into a :class:`StatTable`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from kodoku_desk.models.codelist import CodeList
from kodoku_desk.models.report_period import Period
from kodoku_desk.models.stat_table import Cell, StatTable
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.services.report_catalog import info
from kodoku_desk.store.report_queries import OTHER, Bucket, Crosstab, Dim

__all__ = ["Axis", "Count", "ReportContext", "code_axis", "crosstab_table", "dim", "make_table",
           "month_axis"]

Count = tuple[int, int]          # (value, distinct persons)
Axis = list[tuple[str, str]]     # (key, label) in display order

#: Label of the row of values that are in no listed code (DB codes outside the list, NULL).
OTHER_LABEL = "その他（一覧にない区分・未記録）"


@dataclass(frozen=True)
class ReportContext:
    """What every builder needs: the period and the organisation's code lists."""

    period: Period
    lists: dict[str, CodeList]
    wanted: frozenset[str] = frozenset()   # the table keys asked for (empty: all)

    def wants(self, keys: Iterable[str]) -> bool:
        """Whether any of ``keys`` is asked for (a builder skips the queries of the rest)."""
        return not self.wanted or not self.wanted.isdisjoint(keys)

    def code_list(self, name: str) -> CodeList | None:
        return self.lists.get(name)

    @property
    def reference_note(self) -> str:
        return f"基準日：{format_wareki(self.period.reference_date)}"


def month_axis(period: Period) -> Axis:
    """The period's months in order: 「4月」… (「2026年4月」… beyond 12 months)."""
    long = len(period.months()) > 12
    return [(f"{y:04d}-{m:02d}", f"{y}年{m}月" if long else f"{m}月") for y, m in period.months()]


def code_axis(codes: CodeList | None, extra: Iterable[str] = ()) -> Axis:
    """The list's codes with their labels, then ``extra`` codes (seen in the data but not
    listed) labelled by the code itself."""
    axis = [(c.code, c.ja) for c in codes] if codes is not None else []
    known = {key for key, _ in axis}
    axis += [(code, code) for code in sorted(set(extra) - known)]
    return axis


def dim(name: str, expr: str, axis: Axis, *, by_key: bool = False) -> Dim:
    """A crosstab dimension with one bucket per code of ``axis`` (``by_key``: see
    :class:`~kodoku_desk.store.report_queries.Dim`)."""
    return Dim(name, expr, tuple(Bucket(key, (key,)) for key, _ in axis), by_key)


def make_table(key: str, rows: Sequence[tuple[str, str]], cols: Sequence[tuple[str, str]],
               cell: Callable[[str, str], Count], *,
               row_total: Callable[[str], Count] | None = None,
               col_total: Callable[[str], Count] | None = None,
               grand: Count | None = None, additive: bool = True,
               notes: Sequence[str] = ()) -> StatTable:
    """A :class:`StatTable` of ``key`` (titles, sensitivity and unit from the catalog)."""
    meta = info(key)

    def as_cell(count: Count) -> Cell:
        return Cell(int(count[0]), int(count[1]))

    return StatTable(
        key=key, title_ja=meta.title_ja, title_en=meta.title_en,
        row_labels=tuple(label for _, label in rows), col_labels=tuple(label for _, label in cols),
        cells=tuple(tuple(as_cell(cell(r, c)) for c, _ in cols) for r, _ in rows),
        sensitivity=meta.sensitivity, additive=additive,
        row_totals=tuple(as_cell(row_total(r)) for r, _ in rows) if row_total else None,
        col_totals=tuple(as_cell(col_total(c)) for c, _ in cols) if col_total else None,
        grand_total=as_cell(grand) if grand is not None else None,
        unit_ja=meta.unit_ja, notes_ja=tuple(notes))


def crosstab_table(key: str, ct: Crosstab, dim_name: str, rows: Axis, cols: Axis, *,
                   notes: Sequence[str] = (), additive: bool = True) -> StatTable:
    """A table of one crosstab dimension by column; the row of unlisted values is added
    when it has anything in it."""
    if ct.row_total(dim_name, OTHER) != (0, 0):
        rows = [*rows, (OTHER, OTHER_LABEL)]
    return make_table(key, rows, cols, lambda r, c: ct.cell(dim_name, r, c),
                      row_total=lambda r: ct.row_total(dim_name, r),
                      col_total=ct.col_total, grand=ct.total, additive=additive, notes=notes)
