"""Pieces of the 見守り quick entry: date conversions, one 対応・連絡 row, wrapping checkboxes."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QWidget,
)

from kodoku_desk.models.visit import VisitAction
from kodoku_desk.ui.formatting import edit_format
from kodoku_desk.ui.i18n import current_language


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActionRow(QWidget):
    """One 対応・連絡 row: 連絡先種別, 日時, 内容, 結果, and a 削除 button."""

    def __init__(self, lists, acted_at: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.contact_type = QComboBox()
        self.contact_type.addItem(self.tr("（選んでください）"), "")
        for code in lists["contact_type"]:
            self.contact_type.addItem(code.label(lang), code.code)
        self.acted_at = QDateTimeEdit(to_qdatetime(acted_at))
        self.acted_at.setDisplayFormat(edit_format(with_time=True))
        self.acted_at.setCalendarPopup(True)
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("内容（例：長女に電話し状況を伝えた）"))
        self.result = QComboBox()
        self.result.addItem(self.tr("結果：なし"), "")
        for code in lists["emergency_outcome"]:
            self.result.addItem(code.label(lang), code.code)
        self.remove = QPushButton(self.tr("削除"))
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(self.tr("この対応・連絡の行を削除します"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.contact_type, 0, 0)
        grid.addWidget(self.acted_at, 0, 1)
        grid.addWidget(self.result, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.content, 1, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)

    def value(self) -> VisitAction:
        return VisitAction(contact_type=self.contact_type.currentData() or "",
                           acted_at=from_qdatetime(self.acted_at.dateTime()),
                           content=self.content.text(), result=self.result.currentData() or None)


def wrapping_checkbox(check: QCheckBox) -> QWidget:
    """A checkbox whose long label wraps: the box plus a clickable wrapped label."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    text = check.text()
    check.setText("")
    check.setAccessibleName(text)
    check.setProperty("label_text", text)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(check)
    label.mousePressEvent = lambda _event: check.toggle()
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return holder
