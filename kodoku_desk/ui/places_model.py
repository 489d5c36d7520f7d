"""Table models of the 居場所 section: the places list and one place's sessions."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import describe_json
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.place_fields import time_range

PlaceRole = Qt.ItemDataRole.UserRole + 1
SessionRole = Qt.ItemDataRole.UserRole + 2
MUTED = QColor("#7b8794")


def weekday_date(day: date) -> str:
    """「令和8年4月14日（火）」 / "Tue 14 Apr 2026"."""
    if current_language() == "ja":
        return format_wareki(day, weekday=True)
    return QLocale(QLocale.Language.English).toString(QDate(day.year, day.month, day.day),
                                                      "ddd d MMM yyyy")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class PlaceRow(NamedTuple):
    place: Place
    next_on: date | None  # the next session from today on, if any
    planned_on: date | None = None  # else the next day on the place's schedule (not registered)


class PlacesModel(QAbstractTableModel):
    """名称, 種類, 地区, 開催予定, いつもの時間, 次回の開催, 状態 — one row per place."""

    NAME, KIND, DISTRICT, SCHEDULE, TIME, NEXT, STATUS = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PlaceRow] = []
        self.kind_labels: dict[str, str] = {}
        self.district_labels: dict[str, str] = {}
        self.today = date.today()

    def set_rows(self, rows: list[PlaceRow], kind_labels: dict[str, str],
                 district_labels: dict[str, str], today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.kind_labels, self.district_labels = dict(kind_labels), dict(district_labels)
        self.today = today
        self.endResetModel()

    def row_of(self, place_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.place.id == place_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("名称"), self.tr("種類"), self.tr("地区"), self.tr("開催予定"),
                    self.tr("いつもの時間"), self.tr("次回の開催"), self.tr("状態"))[section]
        return None

    def display(self, row: PlaceRow, column: int) -> str:
        place = row.place
        if column == self.NAME:
            return place.name
        if column == self.KIND:
            return self.kind_labels.get(place.kind, place.kind)
        if column == self.DISTRICT:
            code = place.district_code
            return self.district_labels.get(code, code) if code else ""
        if column == self.SCHEDULE:
            return describe_json(place.schedule, current_language()) or self.tr("不定期")
        if column == self.TIME:
            return time_range(place.default_start, place.default_end)
        if column == self.NEXT:
            if row.next_on is None:
                if row.planned_on is None:
                    return "—"
                return self.tr("{date}（予定・未登録）").format(date=weekday_date(row.planned_on))
            text = weekday_date(row.next_on)
            return self.tr("今日") + f"　{text}" if row.next_on == self.today else text
        return self.tr("使用中") if place.active else self.tr("休止")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == PlaceRole:
            return row.place
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.place.default_venue or None
        if role == Qt.ItemDataRole.ForegroundRole and (
                not row.place.active or (column == self.NEXT and row.next_on is None)):
            return QBrush(MUTED)
        if (role == Qt.ItemDataRole.ToolTipRole and column == self.NEXT and row.next_on is None
                and row.planned_on is not None):
            return self.tr("開催予定表による日付です。開催はまだ登録されていません。")
        if role == Qt.ItemDataRole.FontRole and (
                column == self.NAME or (column == self.NEXT and row.next_on == self.today)):
            return _bold()
        return None


class SessionsModel(QAbstractTableModel):
    """開催日, 時間, 会場, 活動形態, プログラム, 提供食数, 参加費 — one row per session."""

    DATE, TIME, VENUE, FORM, PROGRAM, MEALS, FEE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PlaceSession] = []
        self.form_labels: dict[str, str] = {}
        self.today = date.today()

    def set_rows(self, rows: list[PlaceSession], form_labels: dict[str, str],
                 today: date) -> None:
        self.beginResetModel()
        self.rows, self.form_labels, self.today = list(rows), dict(form_labels), today
        self.endResetModel()

    def row_of(self, session_id: str | None) -> int:
        return next((i for i, s in enumerate(self.rows) if s.id == session_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("開催日"), self.tr("時間"), self.tr("会場"), self.tr("活動形態"),
                    self.tr("プログラム"), self.tr("提供食数"), self.tr("参加費"))[section]
        return None

    def display(self, held: PlaceSession, column: int) -> str:
        if column == self.DATE:
            text = weekday_date(held.held_on) if held.held_on else ""
            return self.tr("{date}・今日").format(date=text) if held.held_on == self.today else text
        if column == self.TIME:
            return time_range(held.start_time, held.end_time)
        if column == self.VENUE:
            return held.venue or ""
        if column == self.FORM:
            return self.form_labels.get(held.activity_form, held.activity_form)
        if column == self.PROGRAM:
            return " ".join((held.program or "").split())
        if column == self.MEALS:
            return str(held.meals_served) if held.meals_served else "—"
        if held.fee_yen is None:
            return ""
        return self.tr("無料") if held.fee_yen == 0 else self.tr("{n}円").format(n=f"{held.fee_yen:,}")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        held = self.rows[index.row()]
        column = index.column()
        if role == SessionRole:
            return held
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(held, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.PROGRAM, self.VENUE):
            return self.display(held, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MEALS, self.FEE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and held.held_on == self.today:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and held.held_on and held.held_on > self.today:
            return QBrush(MUTED)  # planned, not held yet
        return None
