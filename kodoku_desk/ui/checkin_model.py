"""Table model of a session's roster (:class:`~kodoku_desk.services.checkin.RosterRow`),
newest check-in first, for the check-in screen: 時刻 · 氏名 · 区分 · 役割 · 新規.

Code labels come from the organisation's code lists (``labels``: list name →
CodeList), so an edited label shows as edited; an unknown code shows as itself.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kodoku_desk.services import code_lists
from kodoku_desk.services.checkin import RosterRow
from kodoku_desk.ui.formatting import code_label
from kodoku_desk.ui.i18n import current_language

TIME, NAME, CATEGORY, ROLE, NEW = range(5)
COLUMN_SAMPLES = {TIME: "00:00", CATEGORY: "高校生世代", ROLE: "ボランティア", NEW: "新規"}  # widths
RowRole = Qt.ItemDataRole.UserRole + 1
HELPER_TEXT = QColor("#1d5e86")   # ボランティア・スタッフ rows
NEW_TEXT = QColor("#8a4b00")


def code_text(labels: dict, list_name: str, code: str | None) -> str:
    """The label of ``code`` in the UI language (the code itself if unknown); the
    built-in list when ``labels`` has not been loaded yet."""
    if list_name not in labels:
        return code_label(list_name, code)
    return code_lists.label(labels, list_name, code, current_language())


class RosterModel(QAbstractTableModel):
    """Thin model over a tuple of roster rows; :data:`RowRole` gives the raw row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self.labels: dict = {}

    def set_rows(self, rows, labels: dict | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if labels is not None:
            self.labels = labels
        self.endResetModel()

    def rows(self) -> list[RosterRow]:
        return list(self._rows)

    def row_at(self, row: int) -> RosterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, attendance_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.attendance_id == attendance_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("時刻"), self.tr("氏名"), self.tr("区分"), self.tr("役割"),
                    self.tr("新規"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, column)
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return r.full_kana or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == NEW and r.first_time:
                return QBrush(NEW_TEXT)
            if column == ROLE and r.role != "participant":
                return QBrush(HELPER_TEXT)
        if role == Qt.ItemDataRole.FontRole and (column == NAME or (column == NEW and r.first_time)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TIME, NEW):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def text(self, r: RosterRow, column: int) -> str:
        if column == TIME:
            return f"{r.checked_in_at:%H:%M}" if r.checked_in_at else ""
        if column == NAME:
            return r.full_name
        if column == CATEGORY:
            return code_text(self.labels, "participant_category", r.category)
        if column == ROLE:
            return code_text(self.labels, "attendance_role", r.role)
        if column == NEW:
            return self.tr("新規") if r.first_time else ""
        return ""
