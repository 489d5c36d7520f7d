"""Report tables about persons: people supported (新規 / 継続 / 終了) by attribute, and the
loneliness measures at the first and the latest assessment.

In these tables every value is a number of persons, so value = persons in each cell.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection

from kodoku_desk.models.age_bands import AGE_BANDS, band_for
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.models.stat_table import StatTable
from kodoku_desk.models.survey import UCLA_BANDS, UNANSWERED, ucla_band
from kodoku_desk.services.report_shapes import Axis, ReportContext, code_axis, make_table
from kodoku_desk.store import report_people_queries as q

__all__ = ["STATUS_COLS", "loneliness_tables", "people_tables"]

#: Columns of the people tables, in order.
STATUS_COLS: Axis = [("new", "新規"), ("continuing", "継続"), ("ended", "終了")]
UNKNOWN_KEY, UNKNOWN_LABEL = "\x00unknown", "不明"
NO_CATEGORY_KEY, NO_CATEGORY_LABEL = "\x00none", "区分なし"

_PEOPLE_NOTES = (
    "支援対象者：期間の末日までに登録され、期間の初日より前に支援を終了していない当事者（休止中を含む）。",
    "新規：期間中に登録。継続：期間より前に登録。終了：期間中に支援終了（期間中に登録して終了した人も「終了」）。",
)
_ATTRIBUTE_TABLES = (("people_by_gender", "gender", "gender"),
                     ("people_by_household", "household_type", "household_type"),
                     ("people_by_district", "district_code", "district"))


def people_tables(conn: Connection, ctx: ReportContext) -> list[StatTable]:
    """The five people-supported tables from one pass over ``persons``."""
    period = ctx.period
    rows = q.people_rows(conn, period.start, period.end, period.reference_date,
                         ages=ctx.wants(("people_by_age",)),
                         categories=ctx.wants(("people_by_support_category",)))
    counts: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    seen: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.dim == "age":
            code = band_for(r.age, r.grade)
        elif r.dim == "no_category":
            code = NO_CATEGORY_KEY
        else:
            code = r.code if r.code is not None else UNKNOWN_KEY
            if r.code is not None:
                seen[r.dim].add(r.code)
        counts[r.dim][code, r.col] += r.persons
    per_col = defaultdict(int)  # supported persons by column (any attribute is a partition)
    for (_, col), n in counts["gender"].items():
        per_col[col] += n
    grand = sum(per_col.values())

    def table(key: str, dim_counts: dict[tuple[str, str], int], axis: Axis, *,
              additive: bool = True, notes: tuple[str, ...] = ()) -> StatTable:
        def row_total(r: str) -> tuple[int, int]:
            n = sum(dim_counts.get((r, c), 0) for c, _ in STATUS_COLS)  # a person is in one column
            return n, n
        return make_table(
            key, axis, STATUS_COLS, lambda r, c: (dim_counts.get((r, c), 0),) * 2,
            row_total=row_total, col_total=lambda c: (per_col[c], per_col[c]),
            grand=(grand, grand), additive=additive, notes=_PEOPLE_NOTES + notes)

    tables = [table("people_by_age", counts["age"], [(c.code, c.ja) for c in AGE_BANDS],
                    notes=(f"{ctx.reference_note}（年齢は基準日の満年齢、こどもは学年による）。",
                           "18〜29歳：高校生世代を過ぎた18歳と19〜29歳。"))]
    for key, dim_name, list_name in _ATTRIBUTE_TABLES:
        axis = code_axis(ctx.code_list(list_name), seen[dim_name]) + [(UNKNOWN_KEY, UNKNOWN_LABEL)]
        tables.append(table(key, counts[dim_name], axis))
    categories = dict(counts["category"])
    categories.update(counts["no_category"])
    axis = code_axis(ctx.code_list("support_category"), seen["category"])
    tables.append(table("people_by_support_category", categories,
                        axis + [(NO_CATEGORY_KEY, NO_CATEGORY_LABEL)], additive=False,
                        notes=("複数の支援区分に該当する人は、それぞれの区分に計上（行の合計は支援対象者数と一致しない）。",
                               "要配慮個人情報を含むため、秘匿基準は機微項目のもの。")))
    return tables


# ---------------------------------------------------------------- loneliness

_LONELINESS_NOTES = (
    "基準日までにその設問に2回以上回答した人について、最初の回答（行）と直近の回答（列）の組み合わせ。",
    "無回答の回は除く。UCLA得点は3項目すべてに回答した回のみ。",
)


_PAIR_LISTS = {"ucla": UCLA_BANDS.name, "direct": "direct_loneliness", "q4": "contact_frequency"}


def _pair_axis(ctx: ReportContext, name: str) -> Axis:
    codes = ctx.code_list(_PAIR_LISTS[name]) or BUILTIN_CODE_LISTS[_PAIR_LISTS[name]]
    return [(c.code, c.ja) for c in codes if c.code != UNANSWERED]


def loneliness_tables(conn: Connection, ctx: ReportContext) -> list[StatTable]:
    """UCLA-3 band, direct question and 問4: first × latest answer, persons."""
    counts: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    extra: dict[str, set[str]] = defaultdict(set)
    for r in q.assessment_pairs(conn, ctx.period.end):
        first, latest = (ucla_band(int(v)) if r.measure == "ucla" else str(v)
                         for v in (r.first, r.latest))
        counts[r.measure][first, latest] += r.persons
        extra[r.measure] |= {first, latest}
    tables = []
    for key, name in (("loneliness_ucla", "ucla"), ("loneliness_direct", "direct"),
                      ("loneliness_q4", "q4")):
        axis = _pair_axis(ctx, name)
        known = {k for k, _ in axis}
        axis += [(code, code) for code in sorted(extra[name] - known)]
        cells = counts[name]
        firsts, latests = defaultdict(int), defaultdict(int)
        for (f, la), n in cells.items():
            firsts[f] += n
            latests[la] += n
        total = sum(cells.values())
        tables.append(make_table(
            key, axis, axis, lambda r, c, cells=cells: (cells.get((r, c), 0),) * 2,
            row_total=lambda r, f=firsts: (f[r], f[r]), col_total=lambda c, la=latests: (la[c], la[c]),
            grand=(total, total),
            notes=(*_LONELINESS_NOTES, f"{ctx.reference_note}。行：初回、列：直近。")))
    return tables
