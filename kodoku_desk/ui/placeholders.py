"""Pages that are not built yet: one sentence on what will come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("PageTitle")
        body = QLabel(text)
        body.setObjectName("Subtitle")
        body.setWordWrap(True)
        note = QLabel(self.tr("この画面は準備中です。"))
        note.setObjectName("Hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.body = body

