"""Timeline table model of the person page: one row per :class:`TimelineEntry`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kodoku_desk.services.timeline import TimelineEntry, TimelineKind
from kodoku_desk.ui.formatting import short_date
from kodoku_desk.ui.i18n import current_language

KIND_MARK = {"visit": "●", "follow_up_opened": "▲", "follow_up_closed": "✓", "assessment": "◆",
             "referral": "→", "attendance": "■"}
ALERT_BACKGROUND = QColor("#fde8e4")
ALERT_TEXT = QColor("#8a2a12")
EntryRole = Qt.ItemDataRole.UserRole + 1


class TimelineModel(QAbstractTableModel):
    """Rows of :class:`TimelineEntry` (already newest first): 日時, 種類, 記録."""

    WHEN, KIND, RECORD = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("日時"), self.tr("種類"), self.tr("記録"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                when = short_date(e.at.date())
                return f"{when}\n{e.at:%H:%M}" if e.timed else when
            if column == self.KIND:
                kind = TimelineKind.parse(e.kind)
                label = kind.label(current_language()) if kind else e.kind
                return f"{KIND_MARK.get(e.kind, '・')} {label}"
            return f"{e.title_ja}\n{e.detail_ja}" if e.detail_ja else e.title_ja
        if role == EntryRole:
            return e
        alert = (e.level or 0) >= 2 or (e.kind == "follow_up_opened" and e.urgency == "high")
        if role == Qt.ItemDataRole.BackgroundRole and alert:
            return QBrush(ALERT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and alert:
            return QBrush(ALERT_TEXT)
        if role == Qt.ItemDataRole.FontRole and alert and column == self.RECORD:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
