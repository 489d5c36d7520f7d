"""Statistical tables before and after disclosure control (pure; no Qt, no database).

A :class:`StatTable` is what the report services compute: a grid of cells, each
with the value to publish and the number of distinct persons behind it (the unit
of suppression, DESIGN.md §5, even when the value is a 延べ count), plus row,
column and grand totals.  :mod:`kodoku_desk.models.disclosure` turns it into a
:class:`PublishedTable` whose cells are numbers, ``x`` (秘匿) or ``−`` (該当なし).

``additive`` says whether each row total equals the sum of its cells (and the
same for columns): true for counts where every unit falls in exactly one cell
(人数 by one attribute, 延べ counts); false for 実人数 spread over months, where a
person counted in two months is one person in the total.  The disclosure audit
uses the sums only when they hold.

Positions: an entry of the table (cell or total) is addressed by ``(row, col)``
where ``None`` stands for the total of that axis: ``(r, c)`` a cell, ``(r, None)``
the total of row ``r``, ``(None, c)`` the total of column ``c``, ``(None, None)``
the grand total.  :meth:`StatTable.positions` lists them in reading order (totals
last); an entry whose total is not part of the table is ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = ["SUPPRESSED", "ZERO", "Cell", "Position", "PublishedTable", "Sensitivity", "StatTable"]

SUPPRESSED = "x"
ZERO = "−"

Position = tuple[int | None, int | None]   # None: the total of that axis


class Sensitivity(Enum):
    """Which threshold K applies (DOMAIN.md §5): activity tables or sensitive ones."""

    ACTIVITY = "activity"     # K = 3: activity and attendance tables
    SENSITIVE = "sensitive"   # K = 10: loneliness measures, 問4, 要配慮 categories, 対応区分 ≥ 2
    NOT_PERSONS = "none"      # counts of sessions or meals with no persons behind them


@dataclass(frozen=True, slots=True)
class Cell:
    value: int        # what would be published (延べ or 実人数)
    persons: int      # distinct persons behind the value (the unit of suppression)

    def __post_init__(self) -> None:
        if self.value < 0 or self.persons < 0:
            raise ValueError("cell values and person counts cannot be negative")
        if self.persons > 0 and self.value == 0:
            raise ValueError("a cell with persons behind it cannot have the value 0")


EMPTY = Cell(0, 0)


@dataclass(frozen=True, slots=True)
class StatTable:
    """One table of a report: ``cells[r][c]``; totals as :class:`Cell` (None: not published)."""

    key: str                          # stable id, e.g. "contacts_by_method"
    title_ja: str
    title_en: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    sensitivity: Sensitivity = Sensitivity.ACTIVITY
    additive: bool = True
    row_totals: tuple[Cell, ...] | None = None
    col_totals: tuple[Cell, ...] | None = None
    grand_total: Cell | None = None
    unit_ja: str = "人"               # what the values count: 人, 件, 回, 食 …
    notes_ja: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.row_labels):
            raise ValueError(f"{self.key}: {len(self.cells)} rows for {len(self.row_labels)} labels")
        for row in self.cells:
            if len(row) != len(self.col_labels):
                raise ValueError(f"{self.key}: a row has {len(row)} cells for "
                                 f"{len(self.col_labels)} columns")
        if self.row_totals is not None and len(self.row_totals) != len(self.row_labels):
            raise ValueError(f"{self.key}: row totals do not match the rows")
        if self.col_totals is not None and len(self.col_totals) != len(self.col_labels):
            raise ValueError(f"{self.key}: column totals do not match the columns")

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.row_labels), len(self.col_labels)

    def positions(self) -> tuple[Position, ...]:
        """Every position of the grid with its totals, in reading order (totals last)."""
        rows, cols = self.shape
        return tuple((r, c) for r in [*range(rows), None] for c in [*range(cols), None])

    def entry(self, pos: Position) -> Cell | None:
        """The cell or total at ``pos``; None for a total that is not part of the table."""
        return _entry_at(self.cells, self.row_totals, self.col_totals, self.grand_total, pos)

    def label_ja(self, pos: Position) -> str:
        """``row・col`` for a cell, ``row・計`` / ``計・col`` for totals, ``総計``."""
        row, col = pos
        if row is None and col is None:
            return "総計"
        return (f"{'計' if row is None else self.row_labels[row]}・"
                f"{'計' if col is None else self.col_labels[col]}")


@dataclass(frozen=True, slots=True)
class PublishedTable:
    """A table after disclosure control: every entry is an int, ``x`` or ``−``."""

    source: StatTable
    cells: tuple[tuple[int | str, ...], ...]
    row_totals: tuple[int | str, ...] | None
    col_totals: tuple[int | str, ...] | None
    grand_total: int | str | None
    k: int                            # the threshold applied

    @property
    def key(self) -> str:
        return self.source.key

    def entry(self, pos: Position) -> int | str | None:
        """The published entry at ``pos`` (see :meth:`StatTable.entry`)."""
        return _entry_at(self.cells, self.row_totals, self.col_totals, self.grand_total, pos)

    def suppressed_count(self) -> int:
        entries = [v for row in self.cells for v in row]
        entries += list(self.row_totals or ()) + list(self.col_totals or ())
        entries += [self.grand_total] if self.grand_total is not None else []
        return sum(1 for v in entries if v == SUPPRESSED)


def _entry_at(cells, row_totals, col_totals, grand_total, pos: Position):
    row, col = pos
    if row is not None and col is not None:
        return cells[row][col]
    if row is not None:
        return None if row_totals is None else row_totals[row]
    if col is not None:
        return None if col_totals is None else col_totals[col]
    return grand_total
