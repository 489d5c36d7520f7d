"""Table model of the 監査ログ: 日時, 利用者, 操作, 対象, 番号 — rows appended page by page."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kodoku_desk.services.audit_log import AuditEntry, action_label, target_label
from kodoku_desk.ui.formatting import date_time_text
from kodoku_desk.ui.i18n import current_language

EntryRole = Qt.ItemDataRole.UserRole + 1
BROKEN_BACKGROUND = QColor("#f8d7cf")
BROKEN_TEXT = QColor("#7a2410")


def local_time_text(value: datetime | str | None, seconds: bool = True, *,
                    time: bool = True) -> str:
    """A stored UTC time in this computer's time zone: 「2026年11月27日 14:05:09」
    (:func:`~kodoku_desk.ui.formatting.date_time_text`); ``time`` False: the day only."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return date_time_text(value.astimezone(), seconds=seconds, time=time)


def short_id(value: str | None) -> str:
    return (value or "")[:8]


class AuditModel(QAbstractTableModel):
    AT, USER, ACTION, TARGET, SEQ = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditEntry] = []
        self.broken_seq: int | None = None

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[AuditEntry]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def set_broken(self, seq: int | None) -> None:
        self.broken_seq = seq
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.SEQ))

    def row_of_seq(self, seq: int | None) -> int:
        return next((i for i, e in enumerate(self.rows) if e.seq == seq), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("日時"), self.tr("利用者"), self.tr("操作"), self.tr("対象"),
                    self.tr("番号"))[section]
        return None

    def user_text(self, entry: AuditEntry) -> str:
        if entry.display_name and entry.username:
            return f"{entry.display_name}（{entry.username}）"
        return entry.username or self.tr("（不明）")

    def target_text(self, entry: AuditEntry) -> str:
        lang = current_language()
        if not entry.target_kind and not entry.target_id:
            return ""
        kind = target_label(entry.target_kind, lang)
        return f"{kind} {entry.target_name or short_id(entry.target_id)}".strip()

    def display(self, entry: AuditEntry, column: int) -> str:
        if column == self.AT:
            return local_time_text(entry.at)
        if column == self.USER:
            return self.user_text(entry)
        if column == self.ACTION:
            return action_label(entry.action, current_language())
        if column == self.TARGET:
            return self.target_text(entry)
        if entry.seq == self.broken_seq:
            return f"⚠ #{entry.seq:,}"
        return f"#{entry.seq:,}"

    def tooltip(self, entry: AuditEntry, column: int) -> str:
        if column == self.ACTION:
            return entry.action
        if column == self.TARGET and entry.target_id:
            return entry.target_id
        if column == self.SEQ:
            text = self.tr("記録ID: {id}").format(id=entry.id)
            if entry.seq == self.broken_seq:
                text = self.tr("改ざんの確認で、最初に合わなかった記録です。") + "\n" + text
            return text
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(entry, index.column()) or None
        broken = self.broken_seq is not None and entry.seq == self.broken_seq
        if role == Qt.ItemDataRole.BackgroundRole and broken:
            return QBrush(BROKEN_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            return QBrush(BROKEN_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
