"""月別の集計（年度）: one place's counts by month, 4月 → 3月 and 合計, from
:func:`~kodoku_desk.services.place_counts.fiscal_year_table` (staff only).

The 合計 row's 実人数 is counted over the whole year (a person who came every
month is 1), so it is not the sum of the months; a note under the table says so.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.services.place_counts import FiscalYearTable, PlaceCounts, fiscal_year_table
from kodoku_desk.services.organization import fiscal_year_start_month
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, hint

TOTAL_BACKGROUND = QColor("#e9edf1")


class YearTableModel(QAbstractTableModel):
    """Rows 4月…3月 and 合計; one column per counted item."""

    COLUMNS = ("sessions", "total", "unique", "new", "continuing", "walkins",
               "volunteer_total", "volunteer_unique", "meals", "average")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: FiscalYearTable | None = None

    def set_table(self, table: FiscalYearTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        return (self.tr("開催回数"), self.tr("延べ人数"), self.tr("実人数"), self.tr("新規"),
                self.tr("継続"), self.tr("匿名参加"), self.tr("ボランティア\n延べ"),
                self.tr("ボランティア\n実人数"), self.tr("提供食数"), self.tr("平均／回"))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() or self.table is None else len(self.table.months) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def counts(self, row: int) -> PlaceCounts:
        assert self.table is not None
        months = self.table.months
        return months[row].counts if row < len(months) else self.table.total

    def is_total(self, row: int) -> bool:
        return self.table is not None and row == len(self.table.months)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
                return self.tooltip(section)
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles()[section]
        if self.table is None:
            return None
        if self.is_total(section):
            return self.tr("合計")
        return self.tr("{month}月").format(month=self.table.months[section].month)

    def tooltip(self, section: int) -> str | None:
        key = self.COLUMNS[section]
        if key == "total":
            return self.tr("参加者（登録者）と匿名参加者の延べ人数。ボランティア・スタッフは含みません。")
        if key == "unique":
            return self.tr("登録者の実人数（匿名参加者は数えません）。合計欄は年間の実人数です。")
        if key == "new":
            return self.tr("この居場所に初めて参加した人")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(self.counts(row), self.COLUMNS[index.column()])
            if value is None:
                return "—"
            return f"{value:.1f}" if isinstance(value, float) else f"{value:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.is_total(row):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TOTAL_BACKGROUND)
        return None


class PlaceYearTable(QWidget):
    """The table for one place and 年度; :meth:`load` reads it in the background."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.place_id: str | None = None
        self.fiscal_year: int | None = None
        self._serial = 0
        self.model = YearTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("月別の集計（年度）"))
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, key in enumerate(YearTableModel.COLUMNS):
            if key.startswith("volunteer"):  # the longest titles: as wide as they need
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.note = hint(self.tr("延べ人数は参加者（登録者）と匿名参加者の合計で、ボランティア・スタッフを含みません。"
                                 "合計欄の実人数は年間の実人数です（各月の合計ではありません）。"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def load(self, place_id: str | None, fiscal_year: int) -> None:
        self.place_id, self.fiscal_year = place_id, fiscal_year
        self._serial += 1
        serial = self._serial
        session = self.session
        self.busy_bar.start()
        run_task(lambda: fiscal_year_table(session, place_id, fiscal_year,
                                           start_month=fiscal_year_start_month(session)),
                 lambda table, error: self._loaded(serial, table, error), owner=self)

    def _loaded(self, serial: int, table, error) -> None:
        if serial != self._serial:
            return  # an older request (another place or year was chosen meanwhile)
        self.busy_bar.stop()
        if error is not None:
            self.model.set_table(None)
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        self.model.set_table(table)
