"""The numbers of a printed 月次活動報告 (or 年度 summary), gathered for one period.

Everything comes from the report tables (:func:`.report_tables.build_tables`) so that
the printed figures are the exported ones:

- **外部提出用** (``external``): every table goes through disclosure control
  (:func:`kodoku_desk.models.disclosure.control`) with the organisation's rules —
  small numbers show ``x``, zeros ``−`` — and so do the tables of the comparison
  periods (前月, 前年同月 / 前年度); a key figure that adds entries up is ``x`` when
  any of them is.  No name, no place name, and no count for less than a month
  (DESIGN.md §5: dates no finer than the month): a month's chart shows the 見守り
  件数 of the month and of the comparison months, not the weeks (a week cut by the
  month's edge can be a single day, and weekly counts of a small organisation are
  counts of a handful of visits).
- **内部用** (``internal``): the same tables without suppression, plus 見守り by
  week, 居場所 by place, the people with no contact beyond their planned interval
  and the open follow-ups by name (as of the day the report is made).

Cost (DESIGN.md §8, monthly PDF < 2 s): :func:`build_tables` runs once for the
period (:data:`CURRENT_KEYS`) and once per comparison period with only the tables
the key figures need (:data:`COMPARE_KEYS`); everything else is derived from them.

Key figures (rows of the first table), per period:
支援した当事者 (people tables: registered before the period's end and not closed
before its start) and うち新規; 見守り件数; 安否確認できず; 対応区分2以上; フォローアップ
開始 / 完了; 居場所 開催回数, 延べ参加者数, 実人数; つなぎ件数.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from kodoku_desk.models.disclosure import Rules, control, footnotes_ja
from kodoku_desk.models.report_period import FISCAL_YEAR, MONTH, Period
from kodoku_desk.models.stat_table import (SUPPRESSED, ZERO, Cell, PublishedTable, Sensitivity,
                                           StatTable)
from kodoku_desk.models.wareki import format_wareki_month
from kodoku_desk.reports.monthly_report import (EXTERNAL, FigureRow, FollowUpLine,
                                                MonthlyReportData, OverdueLine, PlaceSummary,
                                                Value)
from kodoku_desk.services import code_lists
from kodoku_desk.services.dashboard import organization_name, overdue_people
from kodoku_desk.services.followups import open_follow_ups
from kodoku_desk.services.org_settings import read_suppression_settings
from kodoku_desk.services.report_shapes import code_axis
from kodoku_desk.services.report_tables import build_tables
from kodoku_desk.services.session import Session
from kodoku_desk.store import printed_report_queries as q

__all__ = ["CURRENT_KEYS", "COMPARE_KEYS", "gather", "raw_table", "weekly_table"]

#: Tables read for the reported period, and for each comparison period.
CURRENT_KEYS = ("people_by_gender", "contacts_by_method", "contacts_by_safety_check",
                "contacts_by_response_level", "followups_opened", "followups_closed",
                "referrals", "place_sessions", "place_attendance_by_kind", "place_attendance",
                "place_participants", "loneliness_ucla")
COMPARE_KEYS = ("people_by_gender", "contacts_by_safety_check", "contacts_by_response_level",
                "followups_opened", "followups_closed", "referrals", "place_sessions",
                "place_attendance", "place_participants")
NOT_CONFIRMED = "not_confirmed"

Progress = Callable[[str, float], None]


def raw_table(table: StatTable) -> PublishedTable:
    """The table as it is (内部用): numbers, and ``−`` for zero."""
    def show(cell: Cell | None):
        return None if cell is None else (cell.value if cell.value else ZERO)

    return PublishedTable(
        source=table, cells=tuple(tuple(show(c) for c in row) for row in table.cells),
        row_totals=None if table.row_totals is None else tuple(show(c) for c in table.row_totals),
        col_totals=None if table.col_totals is None else tuple(show(c) for c in table.col_totals),
        grand_total=show(table.grand_total), k=0)


def add_up(values: Sequence[Value]) -> Value:
    """Sum of published entries: ``x`` if any is hidden, ``−`` if all are zero."""
    if any(v == SUPPRESSED for v in values):
        return SUPPRESSED
    total = sum(v for v in values if isinstance(v, int))
    return total if total else ZERO


def _grand(table: PublishedTable | None) -> Value:
    if table is None:
        return None
    if table.grand_total is not None:
        return table.grand_total
    return add_up(list(table.col_totals or ()))


def _row_total(table: PublishedTable, index: int) -> Value:
    if table.row_totals is not None:
        return table.row_totals[index]
    return add_up(list(table.cells[index]))


def _figures(tables: dict[str, PublishedTable], not_confirmed_row: int | None) -> list[Value]:
    """Key figures of one period, in the order of :data:`FIGURE_ROWS`."""
    people = tables.get("people_by_gender")
    safety = tables.get("contacts_by_safety_check")
    levels = tables.get("contacts_by_response_level")
    high = [i for i, label in enumerate(levels.source.row_labels)
            if label.split(" ")[0].isdigit() and int(label.split(" ")[0]) >= 2] if levels else []
    new = people.col_totals[0] if people is not None and people.col_totals else None
    return [
        _grand(people), new, _grand(safety),
        _row_total(safety, not_confirmed_row) if safety and not_confirmed_row is not None else None,
        add_up([_row_total(levels, i) for i in high]) if levels else None,
        _grand(tables.get("followups_opened")), _grand(tables.get("followups_closed")),
        _grand(tables.get("place_sessions")), _grand(tables.get("place_attendance")),
        _grand(tables.get("place_participants")), _grand(tables.get("referrals")),
    ]


CONTACTS_ROW = "見守り件数"
FIGURE_ROWS = (("支援した当事者", "人"), ("　うち新規登録", "人"), (CONTACTS_ROW, "件"),
               ("　うち安否確認できず", "件"), ("　うち対応区分2以上", "件"),
               ("フォローアップ開始", "件"), ("フォローアップ完了", "件"),
               ("居場所の開催回数", "回"), ("居場所の延べ参加者数", "人"),
               ("居場所の参加者実人数", "人"), ("つなぎ件数", "件"))


def comparison_periods(period: Period) -> list[tuple[str, Period]]:
    """(column heading, period): 前月 and 前年同月 for a month; 前年度 for a 年度."""
    fy = period.fy_start_month
    if period.kind == MONTH:
        prev = period.start - timedelta(days=1)
        y, m = period.start.year, period.start.month
        return [(f"前月\n{format_wareki_month(prev.year, prev.month)}",
                 Period.month(prev.year, prev.month, fy_start_month=fy)),
                (f"前年同月\n{format_wareki_month(y - 1, m)}",
                 Period.month(y - 1, m, fy_start_month=fy))]
    if period.kind == FISCAL_YEAR and period.fiscal_year is not None:
        before = Period.year(period.fiscal_year - 1, fy_start_month=fy)
        return [(f"前年度\n{before.label_ja()}", before)]
    return []


def weekly_table(session: Session, period: Period) -> StatTable:
    """見守り件数 per Monday–Sunday week of a month (内部用 only: weeks are finer than
    the month, which DESIGN.md §5 keeps out of anything that leaves the organisation)."""
    with session.engine.connect() as conn:
        weeks, everyone = q.weekly_contacts(conn, period.start, period.end)
    labels = tuple(f"{w.first.day}〜{w.last.day}日" if w.first != w.last else f"{w.first.day}日"
                   for w in weeks)
    cells = (tuple(Cell(w.visits, w.persons) for w in weeks),)
    total = Cell(sum(w.visits for w in weeks), everyone)
    return StatTable("contacts_by_week", "見守りの延べ件数（週別）", "Contacts by week",
                     ("見守り件数",), labels, cells, Sensitivity.ACTIVITY, True,
                     row_totals=(total,), unit_ja="件")


def _weekly(session: Session, period: Period) -> tuple[str, list[tuple[str, Value]]]:
    table = raw_table(weekly_table(session, period))
    return ("見守りの延べ件数（週別・月曜〜日曜）",
            list(zip(table.source.col_labels, table.cells[0], strict=True)))


def _compared(columns: Sequence[str], figures: Sequence[FigureRow]) -> tuple[str, list]:
    """外部提出用, a month: 見守り件数 of the month and of the comparison months — the
    key figures as printed in the table above (so the chart shows nothing more)."""
    visits = next(f for f in figures if f.label == CONTACTS_ROW)
    labels = [heading.split("\n")[-1] for heading in columns]
    return ("見守りの延べ件数（当月と比較する月）", list(zip(labels, visits.values, strict=True)))


def _monthly_trend(tables: dict[str, PublishedTable]) -> tuple[str, list[tuple[str, Value]]]:
    safety = tables["contacts_by_safety_check"]
    return ("見守りの延べ件数（月別）",
            list(zip(safety.source.col_labels, safety.col_totals or (), strict=True)))


def _places(session: Session, period: Period, tables: dict[str, PublishedTable],
            external: bool) -> PlaceSummary:
    sessions = tables["place_sessions"]
    unique_total = _grand(tables["place_participants"])
    if external:
        visits = tables["place_attendance_by_kind"]
        by_label = {label: _row_total(visits, i) for i, label in enumerate(visits.source.row_labels)}
        rows = []
        for i, label in enumerate(sessions.source.row_labels):
            held = _row_total(sessions, i)
            if held not in (ZERO, 0) or by_label.get(label, ZERO) != ZERO:
                rows.append((label, held, by_label.get(label, ZERO), None))
        return PlaceSummary("居場所の種類", tuple(rows),
                            ("計", _grand(sessions), _grand(visits), unique_total),
                            ("延べ参加者数：参加者の参加回数と匿名参加者数の合計（ボランティア・スタッフを除く）。",
                             "実人数は居場所の種類をまたいで1人と数えるため、計の欄だけに示す。"))
    with session.engine.connect() as conn:
        places = q.place_rows(conn, period.start, period.end)
    rows = tuple((p.name, p.sessions, p.total or ZERO, p.unique or ZERO) for p in places)
    return PlaceSummary("居場所", rows,
                        ("計", _grand(sessions), _grand(tables["place_attendance"]), unique_total),
                        ("延べ参加者数：参加者の参加回数と匿名参加者数の合計（ボランティア・スタッフを除く）。",
                         "実人数：登録参加者の人数（匿名参加者を含まない）。複数の居場所に来た人は計では1人。"))


def _internal_lists(session: Session, today: date):
    overdue_list = overdue_people(session, today)
    with session.engine.connect() as conn:
        lists = code_lists.load(conn, ["visit_frequency"])
    overdue = tuple(OverdueLine(
        p.name, code_lists.label(lists, "visit_frequency", p.visit_frequency), p.last_contact,
        p.days_since, p.days_overdue) for p in overdue_list)
    follow_ups = tuple(FollowUpLine(
        r.person_name, r.follow_up.urgency, r.follow_up.opened_on, r.follow_up.due_on,
        r.assignee_name or "", " ".join((r.follow_up.reason or "").split()))
        for r in open_follow_ups(session, today=today))
    return overdue, follow_ups


def gather(session: Session, period: Period, kind: str, *, today: date | None = None,
           progress: Progress | None = None) -> MonthlyReportData:
    """Every number of the report for ``period`` (a month or a 年度).  Staff only
    (:func:`build_tables` raises NotPermitted for volunteers)."""
    today = today or date.today()
    report = progress or (lambda _stage, _fraction: None)
    external = kind == EXTERNAL
    with session.engine.connect() as conn:
        settings = read_suppression_settings(conn)
        lists = code_lists.load(conn, ["safety_check"])
    rules = Rules(settings.k_activity, settings.k_sensitive)
    publish = (lambda t: control(t, rules)) if external else raw_table
    safety_codes = [code for code, _ in code_axis(lists.get("safety_check"))]
    not_confirmed = safety_codes.index(NOT_CONFIRMED) if NOT_CONFIRMED in safety_codes else None
    report("当月の集計表を作っています", 0.05)
    tables = {t.key: publish(t) for t in build_tables(session, period, table_keys=CURRENT_KEYS)}
    current = {MONTH: "当月", FISCAL_YEAR: "当年度"}.get(period.kind, "対象期間")
    columns = [f"{current}\n{period.label_ja()}"]
    per_period = [_figures(tables, not_confirmed)]
    compare = comparison_periods(period)
    for index, (heading, other) in enumerate(compare):
        report("比較する期間を集計しています", 0.35 + 0.4 * index / max(1, len(compare)))
        others = {t.key: publish(t) for t in build_tables(session, other, table_keys=COMPARE_KEYS)}
        columns.append(heading)
        per_period.append(_figures(others, not_confirmed))
    figures = tuple(FigureRow(label, unit, tuple(values[i] for values in per_period))
                    for i, (label, unit) in enumerate(FIGURE_ROWS))
    report("週別・居場所別の数を数えています", 0.8)
    if period.kind != MONTH:
        trend_title, trend = _monthly_trend(tables)
    elif external:
        trend_title, trend = _compared(columns, figures)
    else:
        trend_title, trend = _weekly(session, period)
    places = _places(session, period, tables, external)
    overdue = follow_ups = None
    if not external:
        report("連絡が途絶えている方と未完了のフォローアップを読み込んでいます", 0.9)
        overdue, follow_ups = _internal_lists(session, today)
    notes = list(footnotes_ja(rules)) if external else ["−：該当なし"]
    return MonthlyReportData(
        kind=kind, org_name=organization_name(session), period=period, made_on=today,
        figure_columns=tuple(columns), figures=figures, tables=tables, trend_title=trend_title,
        trend=tuple(trend), places=places, overdue=overdue, open_follow_ups=follow_ups,
        k_sensitive=rules.k_sensitive, k_activity=rules.k_activity, footnotes=tuple(notes))
