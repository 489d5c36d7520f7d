"""A number card for the home screen: title, big value with unit, one detail line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class StatCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setProperty("alert", False)
        self.title = QLabel(title)
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName("CardValue")
        self.unit = QLabel()
        self.unit.setObjectName("CardUnit")
        self.detail = QLabel()
        self.detail.setObjectName("CardDetail")
        self.detail.setWordWrap(True)
        value_row = QHBoxLayout()
        value_row.setSpacing(6)
        value_row.addWidget(self.value, 0, Qt.AlignmentFlag.AlignBottom)
        value_row.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBottom)
        value_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(value_row)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setMinimumWidth(220)

    def set_value(self, value: int, unit: str, detail: str = "", *, alert: bool = False) -> None:
        self.value.setText(f"{value:,}")
        self.unit.setText(unit)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.title.text()} {value} {unit}")
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            for widget in (self, self.value):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
