"""The table model of 関係機関の名簿 and its filter proxy (種類 and free text)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor

from kodoku_desk.models.records import Organization

OrgRole = Qt.ItemDataRole.UserRole + 1
RETIRED = QColor("#7b8794")
CHECK = "✓"


def _fold(text: str) -> str:
    """For matching: full/half width and case do not matter."""
    return unicodedata.normalize("NFKC", text).casefold()


class OrganizationsModel(QAbstractTableModel):
    """名称, 種類, 電話番号, 担当者, 地域協議会の構成機関等, 備考 — one row per organisation."""

    NAME, KIND, PHONE, CONTACT, COUNCIL, NOTE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Organization] = []
        self.kind_labels: dict[str, str] = {}

    def set_rows(self, rows: list[Organization], kind_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.kind_labels = list(rows), dict(kind_labels)
        self.endResetModel()

    def kind_label(self, org: Organization) -> str:
        return self.kind_labels.get(org.kind, org.kind)

    def row_of(self, org_id: str | None) -> int:
        return next((i for i, o in enumerate(self.rows) if o.id == org_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("名称"), self.tr("種類"), self.tr("電話番号"), self.tr("担当者"),
                    self.tr("地域協議会"), self.tr("備考"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COUNCIL:
            return self.tr("地域協議会の構成機関等")
        return None

    def display(self, org: Organization, column: int) -> str:
        if column == self.NAME:
            return org.name if org.active else self.tr("{name}（使用停止）").format(name=org.name)
        if column == self.KIND:
            return self.kind_label(org)
        if column == self.PHONE:
            return org.phone or ""
        if column == self.CONTACT:
            return org.contact_person or ""
        if column == self.COUNCIL:
            return CHECK if org.council_member else ""
        return " ".join((org.note or "").split())

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        org = self.rows[index.row()]
        column = index.column()
        if role == OrgRole:
            return org
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(org, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COUNCIL and org.council_member:
                return org.council_name
            if column == self.NOTE:
                return org.note or None
            if column == self.NAME:
                return org.address or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNCIL:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and not org.active:
            return QBrush(RETIRED)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COUNCIL:
            return self.tr("構成機関等") if org.council_member else self.tr("いいえ")
        return None


class OrganizationsFilter(QSortFilterProxyModel):
    """Rows of one 種類 (or all) whose text contains the filter text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.text = ""

    def set_filter(self, kind: str | None, text: str) -> None:
        self.beginFilterChange()
        self.kind, self.text = kind, _fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        model: OrganizationsModel = self.sourceModel()
        org = model.rows[source_row]
        if self.kind and org.kind != self.kind:
            return False
        if not self.text:
            return True
        haystack = " ".join((org.name, model.kind_label(org), org.phone or "",
                             org.contact_person or "", org.address or "", org.council_name or "",
                             org.note or ""))
        return all(word in _fold(haystack) for word in self.text.split())
