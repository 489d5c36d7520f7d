"""The aggregate tables of a report period (issue 6 item 1), before disclosure control.

``build_tables(session, period)`` returns every table as a
:class:`~kodoku_desk.models.stat_table.StatTable`: each cell has the value to publish
and the number of distinct persons behind it, with row, column and grand totals.
:mod:`kodoku_desk.models.disclosure` decides afterwards what may be shown.

What leaves this module is counts under labels taken from the code lists: no names,
no free text (notes, 特記事項, reasons), no ids, no date finer than the month, no area
below the 地区.  Staff and administrators only.

The tables (keys are stable; titles in :mod:`.report_catalog`):

**People supported** — 当事者 registered before the end of the period and not closed
before its start (paused ones included).  Columns: 新規 (registered in the period),
継続 (registered before it), 終了 (closed in the period; also when registered in it),
so every person is in exactly one column.  Rows:
``people_by_age`` (学年 for children, 10-year bands, 満年齢 at the 基準日 = the period's
last day: :mod:`kodoku_desk.models.age_bands`), ``people_by_gender``,
``people_by_household``, ``people_by_district`` (不明 = not recorded), and
``people_by_support_category`` (a person with several 支援区分 is in several rows:
``additive`` False; SENSITIVE because it holds 要配慮 categories).

**Contacts** — 見守り records in the period by row × month, 延べ件数, persons = the
distinct 当事者 behind the cell: ``contacts_by_method`` (見守り方法),
``contacts_by_safety_check`` (安否確認), ``contacts_by_response_level`` (対応区分 0–3;
SENSITIVE as a whole since it holds levels ≥ 2).

**Warning signs** — 気づき recorded on visits in the period, one per (visit, sign):
``warning_sign_groups`` (the four groups) and ``warning_signs`` (each sign) × month.

**Follow-ups** — ``followups_opened`` by 緊急度 × month opened, ``followups_closed`` by
対応結果 × month closed (未記録 in the 「その他」 row).

**Referrals** — ``referrals``: referrals made in the period by kind of destination ×
status on the 基準日 (紹介済み / つながった / 不成立; an outcome dated after the 基準日
still counts as 紹介済み).

**居場所** — month by month in 年度 order, see :mod:`.report_places`:
``place_sessions`` and ``place_meals`` (NOT_PERSONS), ``place_attendance_by_kind`` and
``place_attendance`` (延べ incl. walk-ins), ``place_participants`` (実人数),
``place_new_continuing``, ``place_walkins``, ``place_helpers`` (延べ) and
``place_helpers_unique`` (実人数).

**Loneliness** (SENSITIVE) — persons with two or more answers to the measure dated up
to the 基準日; rows = the first answer, columns = the latest: ``loneliness_ucla``
(UCLA-3 score bands), ``loneliness_direct`` (直接質問), ``loneliness_q4`` (問4).

Rows come from the organisation's code lists (labels as edited); values found in the
data but not in a list go to a row 「その他（一覧にない区分・未記録）」 shown only when
it is not empty (people tables: codes get their own rows and 「不明」 is always shown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext

from sqlalchemy import Connection

from kodoku_desk.models.report_period import Period
from kodoku_desk.models.stat_table import StatTable
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import require_staff
from kodoku_desk.services.report_activity import followup_tables, referral_tables, visit_tables
from kodoku_desk.services.report_catalog import CATALOG, TABLE_KEYS, TableInfo
from kodoku_desk.services.report_people import loneliness_tables, people_tables
from kodoku_desk.services.report_places import place_tables
from kodoku_desk.services.report_shapes import ReportContext
from kodoku_desk.services.session import Session
from kodoku_desk.store.engine import small_cache

__all__ = ["LISTS", "TABLE_KEYS", "TableInfo", "build_tables", "table_catalog"]

_WHAT_JA, _WHAT_EN = "集計表（レポート）", "report tables"

Builder = Callable[[Connection, ReportContext], list[StatTable]]

#: Builders and the keys each produces (one query pass per builder).
_BUILDERS: tuple[tuple[tuple[str, ...], Builder], ...] = (
    (("people_by_age", "people_by_gender", "people_by_household", "people_by_district",
      "people_by_support_category"), people_tables),
    (("contacts_by_method", "contacts_by_safety_check", "contacts_by_response_level",
      "warning_sign_groups", "warning_signs"), visit_tables),
    (("followups_opened", "followups_closed"), followup_tables),
    (("referrals",), referral_tables),
    (("place_sessions", "place_meals", "place_attendance_by_kind", "place_attendance",
      "place_participants", "place_new_continuing", "place_walkins", "place_helpers",
      "place_helpers_unique"), place_tables),
    (("loneliness_ucla", "loneliness_direct", "loneliness_q4"), loneliness_tables),
)
assert sorted(k for keys, _ in _BUILDERS for k in keys) == sorted(TABLE_KEYS)

#: Periods longer than this many months are read with a small page cache
#: (:func:`~kodoku_desk.store.engine.small_cache`): a 年度 reads its pages once, and took
#: as long with 16 MiB as with 128 MiB (2.96 / 3.24 s); a month's pages are read again by
#: the next report and the screens: its tables took 0.51 s with 16 MiB, 0.34 s with 48 MiB
#: and 0.21 s with 128 MiB (DESIGN.md §8 dataset, 2026-11-27).
SMALL_CACHE_AFTER_MONTHS = 3


def _second_lane(period: Period) -> tuple[Builder, ...]:
    """The builders read on the second connection (:meth:`PairedReader.run`); both lanes
    read one snapshot, so the split is by cost alone.  The 居場所 pass and the 見守り
    pass are the two costliest and go apart; the loneliness pass (all assessments to the
    period's end, whatever its length) joins the 居場所 one for any period, and the
    follow-ups too for a period longer than a month, where the 見守り pass is the longer
    one (DESIGN.md §8 dataset, CPU of each pass for a 年度: 見守り with 気づき 1.36 s,
    居場所 1.14, follow-ups 0.13, loneliness 0.08, people 0.07)."""
    if len(period.months()) == 1:
        return (place_tables, loneliness_tables)
    return (place_tables, followup_tables, loneliness_tables)


#: Code lists the tables take their rows and labels from.
LISTS = ("gender", "household_type", "district", "support_category", "visit_method",
         "safety_check", "response_level", "warning_sign", "warning_sign_group",
         "referral_outcome", "org_kind", "place_kind", "participant_category",
         "attendance_role", "ucla_band", "direct_loneliness", "contact_frequency")


def table_catalog() -> list[TableInfo]:
    """Every table's key, titles, sensitivity and unit, in export order (nothing is read)."""
    return list(CATALOG.values())


def _wanted(table_keys: Iterable[str] | None) -> set[str]:
    if table_keys is None:
        return set(TABLE_KEYS)
    wanted = set(table_keys)
    unknown = sorted(wanted - set(TABLE_KEYS))
    if unknown:
        raise ValueError(f"unknown report table(s) {', '.join(unknown)}; "
                         f"known: {', '.join(TABLE_KEYS)}")
    return wanted


def build_tables(session: Session, period: Period, *,
                 table_keys: Iterable[str] | None = None) -> list[StatTable]:
    """The tables ``table_keys`` (default: all) for ``period``, in :data:`TABLE_KEYS` order.

    NotPermitted for volunteers; ValueError for an unknown key.  All tables describe
    the same state of the database: the builders run in two lanes (:func:`_second_lane`), on
    two connections reading one snapshot (:class:`~kodoku_desk.store.paired_read.PairedReader`),
    or in one transaction when only one lane is wanted.
    """
    require_staff(session, _WHAT_JA, _WHAT_EN)
    wanted = _wanted(table_keys)
    builders = [b for keys, b in _BUILDERS if wanted.intersection(keys)]
    on_second = _second_lane(period)
    first = [b for b in builders if b not in on_second]
    second = [b for b in builders if b in on_second]
    long_period = len(period.months()) > SMALL_CACHE_AFTER_MONTHS

    def lane(builders: list[Builder], conn: Connection) -> list[StatTable]:
        with small_cache(conn) if long_period else nullcontext():
            ctx = ReportContext(period, code_lists.load(conn, LISTS), frozenset(wanted))
            return [t for builder in builders for t in builder(conn, ctx) if t.key in wanted]

    if first and second:
        a, b = session.reader.run(lambda c: lane(first, c), lambda c: lane(second, c))
    else:
        with session.engine.connect() as conn:
            a, b = lane(first + second, conn), []
    tables = {t.key: t for t in a + b}
    return [tables[key] for key in TABLE_KEYS if key in tables]
