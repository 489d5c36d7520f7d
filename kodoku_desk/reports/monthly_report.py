"""月次活動報告 (and the 年度 summary) as a PDF: A4 portrait, Japanese, vector charts.

The numbers arrive in a :class:`MonthlyReportData` (gathered by
:mod:`kodoku_desk.services.report_figures`); this module only lays them out.  The
same layout serves a month (one column per table, a weekly chart) and a 年度
(months as columns, a monthly chart).

Two kinds, chosen explicitly:

- **外部提出用** (:data:`EXTERNAL`): disclosure-controlled tables only; no names.
- **内部用** (:data:`INTERNAL`): plus 居場所 by place and, by name, the people with no
  contact beyond their planned interval and the open follow-ups; 「取扱注意」 is
  printed across every page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kodoku_desk.models.report_period import FISCAL_YEAR, MONTH, Period
from kodoku_desk.models.stat_table import ZERO, PublishedTable
from kodoku_desk.models.wareki import format_period_label, format_seireki, format_wareki
from kodoku_desk.reports.blocks import Bars, Document, Grid, Pair, Section, Text, render

__all__ = ["EXTERNAL", "INTERNAL", "KIND_LABELS", "WATERMARK", "FigureRow", "FollowUpLine",
           "MonthlyReportData", "OverdueLine", "PlaceSummary", "monthly_document",
           "period_heading", "report_title", "write_monthly_report"]

EXTERNAL, INTERNAL = "external", "internal"
KIND_LABELS = {EXTERNAL: "外部提出用", INTERNAL: "内部用"}
WATERMARK = "取扱注意"
URGENCY_JA = {"high": "高", "normal": "通常", "low": "低"}
CHART_PLACES = 20          # bars at most in the 居場所 chart (the table lists every place)
LIST_LIMIT = 60            # names at most in each internal list (the rest are counted)

Value = int | float | str | None


@dataclass(frozen=True)
class FigureRow:
    label: str
    unit: str
    values: tuple[Value, ...]     # one per column of the key-figure table


@dataclass(frozen=True)
class PlaceSummary:
    row_heading: str                                      # 居場所 / 居場所の種類
    rows: tuple[tuple[str, Value, Value, Value], ...]     # label, 開催回数, 延べ, 実人数 (None: n/a)
    total: tuple[str, Value, Value, Value]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class OverdueLine:
    name: str
    frequency: str
    last_contact: date | None
    days_since: int
    days_overdue: int


@dataclass(frozen=True)
class FollowUpLine:
    name: str
    urgency: str
    opened_on: date | None
    due_on: date | None
    assignee: str
    reason: str


@dataclass(frozen=True)
class MonthlyReportData:
    kind: str
    org_name: str
    period: Period
    made_on: date
    figure_columns: tuple[str, ...]
    figures: tuple[FigureRow, ...]
    tables: dict[str, PublishedTable]
    trend_title: str
    trend: tuple[tuple[str, Value], ...]
    places: PlaceSummary
    overdue: tuple[OverdueLine, ...] | None = None
    open_follow_ups: tuple[FollowUpLine, ...] | None = None
    k_sensitive: int = 10
    k_activity: int = 3
    footnotes: tuple[str, ...] = field(default=())

    @property
    def external(self) -> bool:
        return self.kind == EXTERNAL


def report_title(period: Period) -> str:
    """月次活動報告 (a month), 年度活動報告 (a 年度), 活動報告 (any other run of months)."""
    return {MONTH: "月次活動報告", FISCAL_YEAR: "年度活動報告"}.get(period.kind, "活動報告")


def period_heading(period: Period) -> str:
    """「令和8年10月分（2026年10月）」 or 「令和8年度（2026年4月〜2027年3月）」."""
    if period.kind == MONTH:
        return format_period_label(period.start.year, period.start.month)
    return f"{period.label_ja()}（{period.range_ja()}）"


def _grid(table: PublishedTable | None, title: str = "", *, hide_empty: bool = False,
          label: str = "区分", notes: tuple[str, ...] = (), widths=None) -> Grid | Text:
    """A published table as a Grid: one value column per period column, 計 when useful."""
    if table is None:
        return Text(f"{title}：この表は作成できませんでした。", "warn")
    src = table.source
    single = len(src.col_labels) == 1
    with_total_col = table.row_totals is not None and not single
    header = [label, *(f"{src.unit_ja}数" if single and src.col_labels[0].endswith("月")
                       else c for c in src.col_labels)] + (["計"] if with_total_col else [])
    rows = []
    for i, row_label in enumerate(src.row_labels):
        values = list(table.cells[i]) + ([table.row_totals[i]] if with_total_col else [])
        if hide_empty and all(v in (ZERO, 0) for v in values):
            continue
        rows.append((row_label, values))
    total = None
    if table.col_totals is not None:
        total = ("計", list(table.col_totals) + ([table.grand_total] if with_total_col else []))
    return Grid(header, rows, title=title or f"{src.title_ja}（単位：{src.unit_ja}）",
                total=total, notes=notes, widths=widths,
                font_size=8.5 if len(header) <= 6 else 7)


def _figures_block(data: MonthlyReportData) -> Grid:
    header = ["項目", *data.figure_columns, "単位"]
    n = len(data.figure_columns)
    widths = [62, *([min(34, (180 - 62 - 12) / n)] * n), 12]
    rows = [(f.label, [*f.values, f.unit]) for f in data.figures]
    return Grid(header, rows, widths=widths, font_size=9)


def _loneliness(data: MonthlyReportData) -> list:
    table = data.tables.get("loneliness_ucla")
    src = table.source if table else None
    assessed = src.grand_total.persons if src and src.grand_total else 0
    if table is None or assessed < data.k_sensitive:
        return [Text(f"孤独感の評価を2回以上行った方が{data.k_sensitive}人に満たないため、"
                     "得点区分の分布は掲載しません。", "note")]
    rows = [(label, [table.row_totals[i] if table.row_totals else None,
                     table.col_totals[i] if table.col_totals else None])
            for i, label in enumerate(src.row_labels)]
    latest = [table.col_totals[i] if table.col_totals else None for i in range(len(src.row_labels))]
    shown = sum(1 for v in latest if isinstance(v, int))
    grid = Grid(["得点区分", "初回", "直近"], rows,
                title="UCLA孤独感尺度（3項目版）の得点区分別人数（単位：人）",
                total=("計", [table.grand_total, table.grand_total]),
                widths=[48, 19, 19] if shown >= 2 else [70, 25, 25],
                notes=(f"基準日までに2回以上評価した方（{data.k_sensitive}人以上のときだけ掲載）の、"
                       "初回と直近の評価。得点が高いほど孤独感が強い。",))
    if shown < 2:
        return [grid]
    chart = Bars([label.split("（")[0] for label in src.row_labels], latest,
                 title="直近の得点区分（人）", horizontal=True, height=40)
    return [Pair(grid, chart)]


def _places(data: MonthlyReportData) -> list:
    summary = data.places
    with_unique = any(r[3] is not None for r in summary.rows)
    header = [summary.row_heading, "開催回数", "延べ参加者数"] + (["実人数"] if with_unique else [])
    rows = [(r[0], [r[1], r[2]] + ([r[3]] if with_unique else [])) for r in summary.rows]
    total = summary.total
    grid = Grid(header, rows, title="居場所の開催と参加（単位：回・人）",
                total=(total[0], [total[1], total[2]] + ([total[3]] if with_unique else [])),
                notes=summary.notes + (() if with_unique else (f"参加者実人数（計）：{_text(total[3])}人",)),
                widths=[80, 26, 30] + ([26] if with_unique else []))
    if not summary.rows:
        return [Text("この期間に開催した居場所はありません。")]
    charted = list(summary.rows)
    title = f"{summary.row_heading}別の延べ参加者数（人）"
    if len(charted) > CHART_PLACES:
        charted = sorted(charted, key=lambda r: -(r[2] if isinstance(r[2], int) else 0))
        charted = charted[:CHART_PLACES]
        title = f"{summary.row_heading}別の延べ参加者数（多い順に{CHART_PLACES}か所・人）"
    chart = Bars([r[0] for r in charted], [r[2] for r in charted], title=title, horizontal=True,
                 height=max(30, 9 * len(charted) + 18))
    return [grid, chart]


def _text(value: Value) -> str:
    return "" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def _more(total: int, shown: int, where: str) -> list:
    if total <= shown:
        return []
    return [Text(f"ほか{total - shown}件は{where}で確認してください（この報告には上位{shown}件だけを載せています）。",
                 "note")]


def _internal_sections(data: MonthlyReportData) -> list[Section]:
    made = format_wareki(data.made_on)
    overdue = data.overdue or ()
    rows = [(o.name, [o.frequency, format_seireki(o.last_contact) if o.last_contact else "記録なし",
                      f"{o.days_since}日", f"{o.days_overdue}日"]) for o in overdue[:LIST_LIMIT]]
    overdue_blocks = ([Grid(["氏名", "見守り頻度", "最後の連絡", "経過", "超過"], rows,
                            widths=[48, 26, 40, 22, 22], align="left", font_size=8.5,
                            title=f"予定の間隔を過ぎても連絡が取れていない方（{len(overdue)}人・{made}時点・"
                                  "超過の長い順）")] + _more(len(overdue), len(rows), "ホーム画面")
                      if rows else [Text(f"{made}時点で、予定の間隔を過ぎている方はいません。")])
    follow = data.open_follow_ups or ()
    rows = [(f.name, [URGENCY_JA.get(f.urgency, f.urgency),
                      format_seireki(f.opened_on) if f.opened_on else "",
                      format_seireki(f.due_on) if f.due_on else "なし", f.assignee,
                      f.reason[:40] + ("…" if len(f.reason) > 40 else "")])
            for f in follow[:LIST_LIMIT]]
    follow_blocks = ([Grid(["氏名", "緊急度", "開始日", "期限", "担当", "理由"], rows,
                           widths=[30, 13, 27, 27, 25, 58], align="left", font_size=8,
                           title=f"未完了のフォローアップ（{len(follow)}件・{made}時点・緊急度の高い順）")]
                     + _more(len(follow), len(rows), "フォローアップ画面")
                     if rows else [Text(f"{made}時点で、未完了のフォローアップはありません。")])
    return [Section("7. 連絡が途絶えている方（内部用）", overdue_blocks),
            Section("8. 未完了のフォローアップ（内部用）", follow_blocks)]


def monthly_document(data: MonthlyReportData) -> Document:
    t = data.tables
    month = data.period.kind == MONTH
    title = report_title(data.period)
    few = len(data.trend) <= 4           # 外部提出用: the month and its comparison months
    trend = Bars([label for label, _ in data.trend], [v for _, v in data.trend],
                 title=data.trend_title + "（件）", height=40 if few else 44,
                 width=110 if few else None)
    contact_notes = ("延べ件数：期間中の見守り記録（訪問・電話・外観確認など）の件数。",)
    level = _grid(t.get("contacts_by_response_level"), "対応区分別（件）", label="対応区分")
    sections = [
        Section("1. 主な数値", [_figures_block(data)]),
        Section("2. 見守り", [
            trend,
            Pair(_grid(t.get("contacts_by_method"), "見守り方法別（件）", label="見守り方法",
                       notes=contact_notes),
                 [_grid(t.get("contacts_by_safety_check"), "安否確認（件）", label="安否確認"), level])
            if month else _grid(t.get("contacts_by_method"), label="見守り方法"),
            *([] if month else [_grid(t.get("contacts_by_safety_check"), label="安否確認"), level]),
        ]),
        Section("3. フォローアップ", [
            Pair(_grid(t.get("followups_opened"), "開始（緊急度別・件）", label="緊急度"),
                 _grid(t.get("followups_closed"), "完了（対応結果別・件）", label="対応結果"))
            if month else _grid(t.get("followups_opened"), label="緊急度")]
            + ([] if month else [_grid(t.get("followups_closed"), label="対応結果")])),
        Section("4. 居場所", _places(data)),
        Section("5. つなぎ（関係機関への紹介）", [
            _grid(t.get("referrals"), "つなぎ先の種類別・状況別（件）", hide_empty=True,
                  label="つなぎ先の種類",
                  notes=("期間中に紹介したつなぎの件数。状況は期間の末日時点。",
                         "件数のない種類は省略。"))]),
        Section("6. 孤独感の評価", _loneliness(data)),
    ]
    if not data.external:
        sections += _internal_sections(data)
    kind = KIND_LABELS.get(data.kind, data.kind)
    notes = list(data.footnotes)
    if data.external:
        notes.append("この報告は集計値のみで、個人を特定できる情報（氏名・住所・連絡先・自由記述）を含みません。"
                     f"人数の少ない欄は秘匿基準（活動{data.k_activity}人・機微な項目{data.k_sensitive}人）により伏せています。")
    else:
        notes.append("この報告は氏名を含む内部資料です。団体の外に持ち出さず、使い終わったら適切に廃棄してください。")
    return Document(
        title=title,
        subtitle_lines=[data.org_name, period_heading(data.period),
                        f"作成日：{format_wareki(data.made_on)}"],
        sections=sections, made_on=data.made_on,
        footer_left=f"{title}　{data.period.label_ja()}（{kind}）",
        watermark=WATERMARK if not data.external else None,
        badge=("外部提出用\n集計値・秘匿処理済み" if data.external else "内部用\n取扱注意"),
        author=data.org_name, closing_notes=notes)


def write_monthly_report(data: MonthlyReportData, out=None) -> bytes:
    """Render the report; returns the PDF bytes (and writes them to ``out`` when given)."""
    return render(monthly_document(data), out)
