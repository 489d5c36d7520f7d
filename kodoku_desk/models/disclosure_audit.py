"""Disclosure audit: how far can each hidden entry of a published table be narrowed down?

For every ``x`` of a :class:`PublishedTable` the audit computes the interval
``[lo, hi]`` of integer values the entry could take for someone who knows
everything published in the table and its structure (``hi`` None: no upper bound).
Every ``x`` stands for a value ≥ 1 (a zero is always published as ``−``, never
hidden).  The table is a small network: one node per row and column of the grid
with its totals, one edge per entry (cell: row → column; row total: Σ → row;
column total: column → Σ; grand total: Σ → Σ), and a line "adds up" when its node
conserves flow.  The bounds of a hidden entry are then two maximum flows around
the true table; the constraint matrix is totally unimodular, so real and integer
bounds coincide.

- **Additive tables**: every line adds up.  A total that is not part of the table
  is an unknown ≥ 0.  The intervals are exact.
- **Non-additive tables** (実人数 over months, people in several categories, 新規 /
  継続): no rule holds for every such table, so the reader is assumed to know every
  relation ``entry ≤ total``, ``total ≤ sum`` and ``sum ≤ total`` that holds in the
  true table.  The last two bound the line's *overlap* ``sum − total`` (an edge to a
  spare node whose flow is the overlap); ``entry ≤ total`` against a published
  total is an upper bound on the entry's edge.  Against a hidden total it cannot be
  a flow constraint, so the audit assumes a little more than the reader knows: the
  overlap is at most its true value, and the hidden entries of the line have lower
  bounds just high enough that the other entries always cover the overlap (which is
  what ``entry ≤ total`` says).  Without hidden totals the intervals are exact; with
  them they may be narrower than the reader's, never wider — the audit may block more
  than needed, never less.  A line whose total is not part of the table carries no
  relation.

An export is blocked (``AuditResult.ok`` False) when a hidden entry

1. can be computed exactly (``lo == hi``), or
2. is pinned under K: ``hi < K``.  Every value counts at least one unit per person
   (実人数 = persons, 延べ ≥ persons), so ``hi`` is also an upper bound on the persons
   behind the entry; ``hi < K`` would tell the reader that fewer than K persons are
   behind it, which is what the ``x`` hides.  A 延べ entry whose value is narrowed
   (say to 12–15 visits) but not to one value passes: the persons behind it stay unknown.

``also_known`` lets the export add facts published elsewhere (an entry shown in
another table of the same export); they only narrow the intervals.  The result
holds true values in memory for the preview and must never be written to a file.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

from .stat_table import (
    SUPPRESSED,
    ZERO,
    Position,
    PublishedTable,
    Sensitivity,
    StatTable,
)

__all__ = ["AuditFinding", "AuditResult", "Interval", "audit"]

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """The integer values a hidden entry could take; ``hi`` None means no upper bound."""

    lo: int
    hi: int | None

    @property
    def exact(self) -> bool:
        return self.hi is not None and self.lo == self.hi

    def __str__(self) -> str:
        return f"{self.lo}〜{'∞' if self.hi is None else self.hi}"


@dataclass(frozen=True, slots=True)
class AuditFinding:
    """One hidden entry that the published numbers give away."""

    position: Position
    label_ja: str
    interval: Interval
    reason_ja: str
    reason_en: str


@dataclass(frozen=True, slots=True)
class AuditResult:
    key: str
    k: int
    intervals: tuple[tuple[Position, Interval], ...]   # every hidden entry, reading order
    findings: tuple[AuditFinding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def offending(self) -> tuple[Position, ...]:
        return tuple(f.position for f in self.findings)

    @property
    def reason_ja(self) -> str:
        return "\n".join(f"{f.label_ja}：{f.reason_ja}" for f in self.findings)

    @property
    def reason_en(self) -> str:
        return "\n".join(f"{f.position}: {f.reason_en}" for f in self.findings)

    def interval(self, pos: Position) -> Interval:
        return dict(self.intervals)[pos]


def audit(published: PublishedTable, table: StatTable | None = None, *,
          also_known: Mapping[Position, int] | None = None) -> AuditResult:
    """Intervals of the hidden entries of ``published`` and whether the table may leave.

    ``table`` defaults to ``published.source``.  Raises ValueError when the published
    table does not match the source, or when the source breaks its own structure
    (an additive table whose totals do not add up).
    """
    table = table or published.source
    model = _Model(published, table, dict(also_known or {}))
    bounds = _bounds(model)
    k = published.k if table.sensitivity is not Sensitivity.NOT_PERSONS else 0
    intervals, findings = [], []
    for pos in model.hidden:
        interval = bounds[pos]
        intervals.append((pos, interval))
        if interval.exact:
            findings.append(AuditFinding(
                pos, table.label_ja(pos), interval,
                "ほかの公表値から正確に計算できてしまいます。",
                "can be computed exactly from the other published numbers"))
        elif k and interval.hi is not None and interval.hi < k:
            findings.append(AuditFinding(
                pos, table.label_ja(pos), interval,
                f"ほかの公表値から{k}人未満であることが分かってしまいます。",
                f"the other published numbers show it is below {k} persons"))
    return AuditResult(table.key, published.k, tuple(intervals), tuple(findings))


class _Model:
    """Known values, and the unknowns (hidden entries, totals not in the table) with lower bounds."""

    def __init__(self, published: PublishedTable, table: StatTable, also_known: dict) -> None:
        rows, cols = table.shape
        if len(published.cells) != rows or any(len(row) != cols for row in published.cells):
            raise ValueError(f"{table.key}: the published table does not have the source's shape")
        self.table, self.shape = table, (rows, cols)
        self.positions = table.positions()
        self.known: dict[Position, int] = {}
        self.lower: dict[Position, int] = {}       # unknowns: hidden ≥ 1, absent totals ≥ 0
        self.hidden: list[Position] = []
        for pos in self.positions:
            cell, shown = table.entry(pos), published.entry(pos)
            if (cell is None) != (shown is None):
                raise ValueError(f"{table.key}: {pos} is published but not in the source, or back")
            if cell is None:
                self.lower[pos] = 0
            elif shown == SUPPRESSED:
                if cell.value == 0:
                    raise ValueError(f"{table.key}: a zero at {pos} must be published as {ZERO}")
                self.hidden.append(pos)
                self.lower[pos] = 1
            elif shown == ZERO and cell.value == 0 or shown == cell.value:
                self.known[pos] = cell.value
            else:
                raise ValueError(f"{table.key}: published {shown!r} at {pos} is not the source value")
        for pos, value in also_known.items():      # published elsewhere: treated as published here
            cell = table.entry(pos)
            if cell is not None and cell.value != value:
                raise ValueError(f"{table.key}: also_known {pos}={value} contradicts the source")
            self.lower.pop(pos, None)
            self.known[pos] = value
        self.hidden = [p for p in self.hidden if p in self.lower]

    def value(self, pos: Position) -> int | None:
        cell = self.table.entry(pos)
        return None if cell is None else cell.value

    def lines(self) -> list[tuple[int, Position, tuple[Position, ...]]]:
        """(node, total, members) of each row and column of the grid with its totals."""
        rows, cols = self.shape
        out: list[tuple[int, Position, tuple[Position, ...]]] = []
        for index, r in enumerate([*range(rows), None]):
            out.append((index, (r, None), tuple((r, c) for c in range(cols))))
        for index, c in enumerate([*range(cols), None]):
            out.append((rows + 1 + index, (None, c), tuple((r, c) for r in range(rows))))
        return out


# --- bounds by maximum flow ------------------------------------------------------------

def _bounds(model: _Model) -> dict[Position, Interval]:
    rows, cols = model.shape
    value: dict[Position, int | None] = {p: model.value(p) for p in model.positions}
    value.update(model.known)
    lower = dict(model.lower)
    upper: dict[Position, int] = {}
    overlap: dict[int, tuple[int, float, float]] = {}     # node: (true, least, most)
    if model.table.additive:
        for pos in model.positions:
            if pos[0] is None or pos[1] is None:
                _check_sum(model, pos, value)
    else:
        lower = {p: low for p, low in lower.items() if value[p] is not None}
        overlap = _relations(model, value, lower, upper)

    # residual network of the true table: an unknown edge can grow up to its upper bound
    # (if any) and shrink down to its lower bound; known entries have no residual edge.
    # A line's overlap (Σ entries − total) is an edge to the spare node, within its range.
    spare = rows + cols + 2
    base: dict[int, dict[int, float]] = {n: {} for n in range(spare + 1)}
    for node, (true, least, most) in overlap.items():
        members_leave = node < rows or node == spare - 1     # a row, or the column of row totals
        a, b = (spare, node) if members_leave else (node, spare)
        base[a][b], base[b][a] = most - true, true - least
    for pos, low in lower.items():
        u, v = _edge(model, pos)
        base[u][v] = upper[pos] - value[pos] if pos in upper else INF
        base[v][u] = value[pos] - low
    result = {}
    for pos in model.hidden:
        u, v = _edge(model, pos)
        f, low = value[pos], lower[pos]
        grow = min(_max_flow(_without(base, u, v), v, u), upper.get(pos, INF) - f)
        shrink = _max_flow(_without(base, u, v), u, v, limit=f - low)
        result[pos] = Interval(f - int(min(f - low, shrink)), None if grow == INF else f + int(grow))
    return result


def _node(model: _Model, pos: Position, axis: int) -> int:
    rows, cols = model.shape
    index = pos[axis]
    if axis == 0:
        return rows if index is None else index
    return rows + 1 + (cols if index is None else index)


def _edge(model: _Model, pos: Position) -> tuple[int, int]:
    row_node, col_node = _node(model, pos, 0), _node(model, pos, 1)
    same = (pos[0] is None) == (pos[1] is None)     # cell or grand total: row side → column side
    return (row_node, col_node) if same else (col_node, row_node)


def _check_sum(model: _Model, pos: Position, value: dict) -> None:
    """Additive: a total is the sum of its cells (an absent one gets that sum)."""
    rows, cols = model.shape
    cells = model.table.cells
    total = sum(cells[i][j].value for i in range(rows) for j in range(cols)
                if (pos[0] is None or i == pos[0]) and (pos[1] is None or j == pos[1]))
    if value[pos] is None:
        value[pos] = total
    elif value[pos] != total:
        raise ValueError(f"{model.table.key}: the total at {pos} is {value[pos]}, its line adds up "
                         f"to {total} (an additive table's totals must be exact)")


def _relations(model: _Model, value: dict, lower: dict, upper: dict) -> dict:
    """Non-additive: the overlap range of each line, upper and raised lower bounds.

    The reader is assumed to know every ``entry ≤ total``, ``total ≤ sum`` and
    ``sum ≤ total`` that holds in the true table.  The last two bound the line's
    overlap ``sum − total`` below by 0 and above by 0.  ``entry ≤ total`` against a
    published total is an upper bound on the entry; against a hidden total it reads
    "the other entries add up to at least the overlap", which the audit makes sure of
    by assuming a little more: that the overlap is at most its true value, and lower
    bounds on the hidden entries just high enough to cover it.
    """
    overlap = {}
    for node, total, members in model.lines():
        if any(value[p] is None for p in (total, *members)):
            overlap[node] = (0, -INF, INF)        # a total not in the table: no relation
            continue
        whole = sum(value[m] for m in members)
        true = whole - value[total]
        least, most = (0 if true >= 0 else -INF), (0 if true <= 0 else INF)
        bounded = [m for m in members if value[m] <= value[total]]
        if total not in lower:
            for m in bounded:
                if m in lower:
                    upper[m] = min(upper.get(m, value[total]), value[total])
        elif true > 0 and bounded:
            most = true
            hidden = [m for m in members if m in lower]
            small, big = 0, max([value[m] for m in hidden], default=0)
            while small < big:                    # the largest slack that still covers it
                middle = (small + big + 1) // 2
                if _implied(members, bounded, true, value, lower, middle):
                    small = middle
                else:
                    big = middle - 1
            for m in hidden:
                lower[m] = max(lower[m], 1, value[m] - small)
        overlap[node] = (true, least, most)
    return overlap


def _implied(members, bounded, overlap: int, value: dict, lower: dict, slack: int) -> bool:
    low = {m: max(1, value[m] - slack) if m in lower else value[m] for m in members}
    whole = sum(low.values())
    return all(whole - low[m] >= overlap for m in bounded)


def _without(base: dict[int, dict[int, float]], u: int, v: int) -> dict[int, dict[int, float]]:
    graph = {n: dict(out) for n, out in base.items()}
    graph[u].pop(v, None)
    graph[v].pop(u, None)
    return graph


def _max_flow(graph: dict[int, dict[int, float]], source: int, sink: int,
              limit: float = INF) -> float:
    """Edmonds–Karp on ``graph`` (capacities, mutated); INF if an unbounded path exists."""
    total: float = 0
    while total < limit:
        parent: dict[int, int | None] = {source: None}
        queue = deque([source])
        while queue and sink not in parent:
            u = queue.popleft()
            for v, capacity in graph[u].items():
                if capacity > 0 and v not in parent:
                    parent[v] = u
                    queue.append(v)
        if sink not in parent:
            break
        path, v = [], sink
        while (u := parent[v]) is not None:
            path.append((u, v))
            v = u
        push = min([limit - total] + [graph[a][b] for a, b in path])
        if push == INF:
            return INF
        for a, b in path:
            graph[a][b] -= push
            graph[b][a] = graph[b].get(a, 0) + push
        total += push
    return total
