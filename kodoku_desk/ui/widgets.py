"""Small widgets shared by the screens: passphrase field, field error, busy bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)


class PassphraseEdit(QWidget):
    """A hidden-echo line edit with a 表示 / 隠す toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QPushButton(self.tr("表示"), self)
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.setAutoDefault(False)  # Enter keeps submitting the dialog
        self.toggle.setToolTip(self.tr("入力したパスフレーズを表示します"))
        self.toggle.toggled.connect(self._on_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _on_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("隠す") if shown else self.tr("表示"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()


class FieldError(QLabel):
    """A message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()


class BusyBar(QProgressBar):
    """An indeterminate progress bar, hidden until :meth:`start`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(10)
        self.hide()

    def start(self) -> None:
        self.show()

    def stop(self) -> None:
        self.hide()


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    return label


def field_box(field: QWidget, *extras: QWidget) -> QWidget:
    """A field with its hint and error label stacked under it (for a form row)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addWidget(field)
    for extra in extras:
        column.addWidget(extra)
    return box


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFlat(True)
    return button
