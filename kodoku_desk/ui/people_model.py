"""当事者 list: a thin table model over :class:`~kodoku_desk.models.person_list.PersonRow`.

Rows stay in the order the service returns them (五十音順); the page appends the
next page as the user scrolls.  ``RawRole`` gives the row itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kodoku_desk.models.codelist import CodeList
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.models.person_list import PersonRow
from kodoku_desk.models.wareki import format_wareki, wareki_year
from kodoku_desk.ui.formatting import code_label
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.theme import WARN

NAME, KANA, AGE, DISTRICT, PHONE, FREQUENCY, LAST_CONTACT, STATUS = range(8)
COLUMN_COUNT = 8
RawRole = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def compact_date(d: date) -> str:
    """「R8.11.3」 (和暦 short form) in Japanese, ISO "2026-11-03" in English."""
    if current_language() != "ja":
        return d.isoformat()
    era, year = wareki_year(d)
    return f"{era.letter}{year}.{d.month}.{d.day}"


class PeopleTableModel(QAbstractTableModel):
    """Read-only rows; :meth:`set_rows` replaces them, :meth:`append_rows` adds a page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._lists: dict[str, CodeList] = {}
        self._headers = (self.tr("氏名"), self.tr("ふりがな"), self.tr("年齢"), self.tr("地区"),
                         self.tr("電話"), self.tr("見守り頻度"), self.tr("最後の連絡"),
                         self.tr("状況"))

    # ------------------------------------------------------------ data in
    def set_code_lists(self, lists: dict[str, CodeList]) -> None:
        """The organisation's lists (地区 labels, edited frequency labels)."""
        self._lists = dict(lists)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[PersonRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == AGE else _LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == RawRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == AGE else _LEFT
        if column == STATUS and row.is_overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(WARN))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column == LAST_CONTACT and row.last_contact:
            return format_wareki(row.last_contact)
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.full_name
        if column == KANA:
            return row.full_kana
        if column == AGE:
            return self.tr("%n歳", "age", row.age) if row.age is not None else ""
        if column == DISTRICT:
            return self._label("district", row.district_code)
        if column == PHONE:
            return row.phone or ""
        if column == FREQUENCY:
            return self._label("visit_frequency", row.visit_frequency)
        if column == LAST_CONTACT:
            return compact_date(row.last_contact) if row.last_contact else self.tr("記録なし")
        if column == STATUS:
            if row.is_overdue:
                return self.tr("%n日超過", "days overdue", row.days_overdue)
            return self._label("person_status", row.status)
        return ""

    def _label(self, list_name: str, code: str | None) -> str:
        if not code:
            return ""
        codes = self._lists.get(list_name)
        entry = codes.get(code) if codes is not None else None
        if entry is not None:
            return entry.label(current_language())
        return code_label(list_name, code) if list_name in BUILTIN_CODE_LISTS else code
