"""Table model of one day's visits (:class:`VisitLogRow`) for the 見守り記録 page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kodoku_desk.services.visit_log import VisitLogRow

TIME, NAME, METHOD, SAFETY, LEVEL, SIGNS, VISITORS, NOTE = range(8)
COLUMN_WIDTHS = {TIME: 60, NAME: 120, METHOD: 150, SAFETY: 120, LEVEL: 124, SIGNS: 180,
                 VISITORS: 110}
ALERT_BACKGROUND = QColor("#fde8e4")
ALERT_TEXT = QColor("#8a2a12")
RowRole = Qt.ItemDataRole.UserRole + 1


class VisitLogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[VisitLogRow] = []

    def set_rows(self, rows: list[VisitLogRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("時刻"), self.tr("氏名"), self.tr("方法"), self.tr("安否確認"),
                    self.tr("対応区分"), self.tr("気づき"), self.tr("訪問者"),
                    self.tr("メモ"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (SIGNS, VISITORS, NOTE):
            return self._text(r, column) or None
        if role == RowRole:
            return r
        alert = r.response_level >= 2 or not r.safety_confirmed
        if role == Qt.ItemDataRole.BackgroundRole and alert:
            return QBrush(ALERT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and alert:
            return QBrush(ALERT_TEXT)
        return None

    def _text(self, r: VisitLogRow, column: int) -> str:
        if column == TIME:
            return f"{r.visit_at:%H:%M}"
        if column == NAME:
            return r.person_name
        if column == METHOD:
            return r.method
        if column == SAFETY:
            return r.safety_check
        if column == LEVEL:
            text = str(r.response_level)
            return text + self.tr("・要フォロー") if r.follow_up else text
        if column == SIGNS:
            return "、".join(r.signs)
        if column == VISITORS:
            return "、".join(r.visitors)
        return r.note
