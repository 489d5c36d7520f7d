"""Disclosure control (秘匿処理) of report tables: DESIGN.md §5, DOMAIN.md §5.3.

Pure: a :class:`StatTable` in, a :class:`PublishedTable` out; every exported table
goes through :func:`control` (= :func:`publish`, then :func:`audit`).

The rules, as applied here:

- **Unit = persons.**  Every cell and every total carries the number of distinct
  persons behind it, even when the value shown is a 延べ count.  Totals are entries
  like the cells: a total with 1 ≤ persons < K is hidden too.
- **Zero** (value 0, nobody behind it) shows ``−`` and is never hidden, so every
  ``x`` stands for a number ≥ 1 (the audit relies on that).  Zeros are not used as
  complements either: ``−`` is the official mark for 皆無, readers take ``x`` for a
  real number, and a zero reveals nobody.  A line whose other entries are all zeros
  is protected through its total instead (row ``2 − −`` with total 2: the total is
  hidden too, and the column of row totals then gets its own complement).
- **Primary suppression**: 1 ≤ persons < K shows ``x``; K from :class:`Rules`
  (3 activity, 10 sensitive; NOT_PERSONS tables — counts of sessions or meals — get
  no suppression at all).
- **Secondary suppression** (iterated until stable), on every row and column of
  the grid *with its totals* (the row of column totals and the column of row
  totals are lines too, the grand total being their total):
  a line may not have exactly one unknown entry that is hidden.  A total that is
  not part of the table is an unknown too, unless the other lines let the reader
  work it out (then it counts as published), so a table without totals needs no
  complements.  In additive tables a line is also protected when the values left
  for its hidden entries (total − published entries) would pin one of them under
  K (``remaining − (hidden − 1) < K``).
  The complement is a published non-zero entry of that line, chosen by:
  first one whose *other* line also has a single hidden entry (one ``x`` protects
  both lines: the usual rectangle), then cells before the line's total, then the
  smallest value, the fewest persons, reading order.  When the line has nothing
  left to hide, the grand total is hidden.  The result is deterministic.
- **Audit** (:mod:`.disclosure_audit`): the exact interval of each ``x``; the
  table is blocked if one is exact or below K.  :func:`control` then hides more —
  for each offending entry, a published entry of its row or column (one whose
  lines already hold an ``x`` first, then the smallest), or the totals of those
  lines when nothing else is left — re-applies the secondary rule and audits
  again; as a last resort every non-zero entry is hidden (that always passes).
  :class:`DisclosureBlocked` is raised only if even that fails.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from .disclosure_audit import AuditFinding, AuditResult, Interval, audit
from .errors import FieldError, raise_if_errors
from .stat_table import (
    SUPPRESSED,
    ZERO,
    Position,
    PublishedTable,
    Sensitivity,
    StatTable,
)

__all__ = [
    "MIN_K_ACTIVITY",
    "MIN_K_SENSITIVE",
    "AuditFinding",
    "AuditResult",
    "DisclosureBlocked",
    "ExportPeriod",
    "Interval",
    "Rules",
    "audit",
    "control",
    "footnotes_ja",
    "overlapping_exports",
    "publish",
]

MIN_K_ACTIVITY = 3      # 「1又は2」 → x (official statistics)
MIN_K_SENSITIVE = 10    # NDB: 10 未満 (loneliness, 問4, 要配慮 categories, 対応区分 ≥ 2)


@dataclass(frozen=True, slots=True)
class Rules:
    """Thresholds K; they can be raised, never lowered below 3 and 10 (ValidationError)."""

    k_activity: int = MIN_K_ACTIVITY
    k_sensitive: int = MIN_K_SENSITIVE

    def __post_init__(self) -> None:
        problems = []
        for field, value, low, what_ja, what_en in (
                ("k_activity", self.k_activity, MIN_K_ACTIVITY, "活動・参加の集計表", "activity tables"),
                ("k_sensitive", self.k_sensitive, MIN_K_SENSITIVE, "孤独感など機微な集計表",
                 "sensitive tables")):
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                problems.append(FieldError(
                    field, f"{what_ja}の秘匿基準は{low}以上の整数にしてください（{low}より下げることはできません）。",
                    f"The threshold for {what_en} must be a whole number of at least {low}; "
                    f"it cannot go below {low}."))
        raise_if_errors(problems)

    def k_for(self, table: StatTable) -> int:
        """K for ``table``; 0 (no suppression) when nobody is counted.

        A sensitive table never gets a lower K than an activity table.
        """
        if table.sensitivity is Sensitivity.NOT_PERSONS:
            return 0
        if table.sensitivity is Sensitivity.SENSITIVE:
            return max(self.k_sensitive, self.k_activity)
        return self.k_activity


class DisclosureBlocked(Exception):
    """The table cannot be published safely; ``result`` says which entries give something away."""

    def __init__(self, result: AuditResult, title_ja: str = "") -> None:
        self.result = result
        name = title_ja or result.key
        self.message_ja = f"「{name}」は秘匿処理をしても安全に出力できません。\n{result.reason_ja}"
        self.message_en = f"{result.key}: cannot be published safely.\n{result.reason_en}"
        super().__init__(self.message_en)


def publish(table: StatTable, rules: Rules) -> PublishedTable:
    """Primary and secondary suppression (no audit; use :func:`control` for exports)."""
    grid = _Grid(table, rules.k_for(table))
    hidden = grid.primary()
    grid.protect(hidden)
    return grid.render(hidden)


def control(table: StatTable, rules: Rules) -> PublishedTable:
    """:func:`publish`, then :func:`audit`; hides more until the audit passes."""
    grid = _Grid(table, rules.k_for(table))
    hidden = grid.primary()
    grid.protect(hidden)
    for _ in range(len(grid.entries) + 1):
        published = grid.render(hidden)
        result = audit(published)
        if result.ok:
            return published
        extra = grid.escalate(result.offending, hidden)
        if not extra:
            break
        hidden |= extra
        grid.protect(hidden)
    hidden = {pos for pos, cell in grid.entries.items() if cell.value > 0}
    published = grid.render(hidden)
    result = audit(published)
    if result.ok:
        return published
    raise DisclosureBlocked(result, table.title_ja)


def footnotes_ja(rules: Rules, table: StatTable | None = None) -> tuple[str, ...]:
    """The notes printed under a table (for ``table``'s K, or both K without a table)."""
    if table is None:
        who = f"該当者が{rules.k_activity}人未満（機微な項目は{rules.k_sensitive}人未満）"
    elif (k := rules.k_for(table)) == 0:
        return (f"{ZERO}：該当なし",)
    else:
        who = f"該当者が{k}人未満"
    return (f"{SUPPRESSED}：秘匿（{who}のため、または他の数値から計算できないように伏せた値）",
            f"{ZERO}：該当なし")


ExportPeriod = tuple[date, date, Collection[str]]   # first day, last day, table keys


def overlapping_exports(previous: Iterable[ExportPeriod], start: date, end: date,
                        table_keys: Collection[str]) -> list[ExportPeriod]:
    """Earlier exports sharing a table with this one over an overlapping, different period.

    Two exports of the same table for periods that overlap without being equal
    (October and the third quarter, a quarter and the 年度) can be subtracted from
    each other: Q3 − November − December gives October, hidden cells included.
    Recommended policy for the export service: refuse those tables (name the
    earlier export: period, date) and offer the longer period as one table with
    months as columns instead, where the audit sees the months and their sums
    together.  An identical period is a re-issue and is not reported here; if the
    data changed since (the logged file hash differs) the two versions can be
    subtracted too, so the service should warn and log the reason.
    """
    if end < start:
        raise ValueError("the period ends before it starts")
    keys = set(table_keys)
    return [item for item in previous
            if item[0] <= end and start <= item[1] and (item[0], item[1]) != (start, end)
            and keys & set(item[2])]


class _Grid:
    """The table as lines of entries (a row or column with its total), and hidden sets on it."""

    def __init__(self, table: StatTable, k: int) -> None:
        self.table, self.k = table, k
        rows, cols = table.shape
        positions = table.positions()
        self.order = {pos: index for index, pos in enumerate(positions)}
        self.entries = {pos: cell for pos in positions if (cell := table.entry(pos)) is not None}
        self.absent = frozenset(pos for pos in positions if pos not in self.entries)
        self.lines: list[tuple[Position, tuple[Position, ...]]] = (
            [((r, None), tuple((r, c) for c in range(cols))) for r in range(rows)]
            + [((None, c), tuple((r, c) for r in range(rows))) for c in range(cols)]
            + [((None, None), tuple((None, c) for c in range(cols))),
               ((None, None), tuple((r, None) for r in range(rows)))])
        self.lines_of: dict[Position, list[int]] = {}
        for index, (total, members) in enumerate(self.lines):
            for pos in (*members, total):
                self.lines_of.setdefault(pos, []).append(index)

    def primary(self) -> set[Position]:
        return {pos for pos, cell in self.entries.items() if 1 <= cell.persons < self.k}

    def render(self, hidden: set[Position]) -> PublishedTable:
        table = self.table
        rows, cols = table.shape

        def show(pos: Position) -> int | str:
            cell = self.entries[pos]
            return SUPPRESSED if pos in hidden else ZERO if cell.value == 0 else cell.value

        return PublishedTable(
            source=table,
            cells=tuple(tuple(show((r, c)) for c in range(cols)) for r in range(rows)),
            row_totals=None if table.row_totals is None else tuple(show((r, None)) for r in range(rows)),
            col_totals=None if table.col_totals is None else tuple(show((None, c)) for c in range(cols)),
            grand_total=None if table.grand_total is None else show((None, None)),
            k=self.k)

    def protect(self, hidden: set[Position]) -> None:
        """Secondary suppression: add complements to ``hidden`` until no line needs one."""
        if not self.k:
            return
        stuck: set[int] = set()
        while True:
            unknown = hidden | (self.absent - self._derivable(hidden))
            needy = next((i for i in range(len(self.lines)) if i not in stuck
                          and (self._exposed(i, hidden, unknown) or self._thin(i, hidden))), None)
            if needy is None:
                return
            pick = self._complement(needy, hidden, unknown)
            if pick is None:
                stuck.add(needy)     # nothing left to hide here; the audit has the last word
            else:
                hidden.add(pick)

    def escalate(self, offending: Iterable[Position], hidden: set[Position]) -> set[Position]:
        """More to hide for entries the audit rejected: an entry of their lines, else a total."""
        extra: set[Position] = set()
        for pos in offending:
            lines = [self.lines[i] for i in self.lines_of[pos]]
            totals = [t for t, _ in lines if self._published(t, hidden)]
            members = [m for _, ms in lines for m in ms if self._published(m, hidden)]
            pool = members or totals
            if pool:
                extra.add(min(pool, key=lambda p: (self._crossing(p, hidden), self.entries[p].value,
                                                   self.entries[p].persons, self.order[p])))
        return extra - hidden

    def _crossing(self, pos: Position, hidden: set[Position]) -> int:
        """0 if each line through ``pos`` already has a hidden entry (no new line exposed)."""
        return sum(1 for i in self.lines_of[pos]
                   if not any(p in hidden for p in (*self.lines[i][1], self.lines[i][0])))

    def _published(self, pos: Position, hidden: set[Position]) -> bool:
        return pos in self.entries and pos not in hidden and self.entries[pos].value > 0

    def _derivable(self, hidden: set[Position]) -> set[Position]:
        """Totals not in the table that the reader can still work out from the other lines."""
        known: set[Position] = set()
        changed = bool(self.absent)
        while changed:
            changed = False
            for total, members in self.lines:
                unknown = [p for p in (*members, total)
                           if p in hidden or (p in self.absent and p not in known)]
                if len(unknown) == 1 and unknown[0] in self.absent:
                    known.add(unknown[0])
                    changed = True
        return known

    def _exposed(self, line: int, hidden: set[Position], unknown: set[Position]) -> bool:
        total, members = self.lines[line]
        left = [p for p in (*members, total) if p in unknown]
        return len(left) == 1 and left[0] in hidden

    def _thin(self, line: int, hidden: set[Position]) -> bool:
        """Additive: the published numbers leave a hidden entry of this line fewer than K."""
        total, members = self.lines[line]
        if not self.table.additive or total not in self.entries or total in hidden:
            return False
        if any(m in self.absent for m in members):
            return False
        count = sum(1 for m in members if m in hidden)
        if not count:
            return False
        remaining = self.entries[total].value - sum(
            self.entries[m].value for m in members if m not in hidden)
        return remaining - (count - 1) < self.k

    def _complement(self, line: int, hidden: set[Position],
                    unknown: set[Position]) -> Position | None:
        total, members = self.lines[line]

        def rank(pos: Position) -> tuple:
            other = next((i for i in self.lines_of[pos] if i != line), line)
            helps = 0 if self._exposed(other, hidden, unknown) else 1
            cell = self.entries[pos]
            return helps, pos == total, cell.value, cell.persons, self.order[pos]

        candidates = [p for p in (*members, total) if self._published(p, hidden)]
        if candidates:
            return min(candidates, key=rank)
        grand = (None, None)
        return grand if self._published(grand, hidden) else None
