"""Pieces shared by the small record dialogs (つなぎ, 関係機関): a date typed in 西暦 or
和暦, code-list combos, and a dialog frame with one error label per field and
保存（Ctrl+Enter）.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.wareki import (DateParseError, era_year_text, format_seireki,
                                       format_wareki, parse_date, wareki_year)
from kodoku_desk.services.code_lists import is_retired_label
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.widgets import FieldError, field_box


def add_code_items(combo: QComboBox, codes, lang: str, current: str | None = None) -> None:
    """The list's (code, label) entries; an unknown ``current`` code stays selectable, and
    a retired entry (a 地区 no longer used) is offered only when it is ``current``."""
    for code, label in (codes.choices(lang) if codes else []):
        if is_retired_label(label) and code != current:
            continue
        combo.addItem(label, code)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)


def drop_retired(combo: QComboBox, keep: object = None) -> None:
    """Remove retired entries (see :func:`add_code_items`) except the one holding ``keep``."""
    for index in reversed(range(combo.count())):
        if is_retired_label(combo.itemText(index)) and combo.itemData(index) != keep:
            combo.removeItem(index)


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class DateInput(QLineEdit):
    """A date typed as text (西暦 or 和暦), with a line under it saying how it was read."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(320)
        self.feedback = QLabel()
        self.feedback.setObjectName("Hint")
        self.feedback.setWordWrap(True)
        self.textChanged.connect(self.update_feedback)
        self.update_feedback()

    def set_date(self, value: date | None) -> None:
        self.setText(format_wareki(value) if value else "")

    def value(self) -> date | None:
        """None when blank; DateParseError when the text is not a date."""
        text = self.text()
        return parse_date(text) if text.strip() else None

    def update_feedback(self) -> None:
        lang = current_language()
        try:
            value = self.value()
        except DateParseError as exc:
            self.feedback.setText(exc.message_ja if lang == "ja" else exc.message_en)
        else:
            if value is None:
                self.feedback.setText(self.tr("西暦でも和暦でも入力できます。"))
            else:
                era, year = wareki_year(value)
                self.feedback.setText(f"{format_seireki(value)}（{era_year_text(era, year)}）")


class RecordFormDialog(QDialog):
    """A captioned grid of fields, an error label under each, 保存（Ctrl+Enter）／キャンセル（Esc）.

    Subclasses add rows with :meth:`add_row` and implement :meth:`save`; they call
    :meth:`remember_initial` once filled so that closing asks before losing input.
    """

    saved = Signal(object)

    def __init__(self, session, parent: QWidget | None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today or date.today()
        self.lang = current_language()
        self.errors: dict[str, FieldError] = {}
        self.inputs: dict[str, QWidget] = {}
        self._initial: tuple = ()
        self.setModal(True)
        self.header = QVBoxLayout()
        self.header.setSpacing(2)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.form_error = FieldError()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("保存（Ctrl+Enter）"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("Primary")
        self.cancel_button = self.buttons.addButton(self.tr("キャンセル（Esc）"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.setSpacing(12)
        layout.addLayout(self.header)
        self.form = QWidget()
        self.form.setLayout(self.grid)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    # ---- building -------------------------------------------------------------------------
    def set_title(self, text: str, subtitle: str = "") -> None:
        self.setWindowTitle(text)
        title = QLabel(text)
        title.setObjectName("PageTitle")
        self.header.addWidget(title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("Subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        self.header.addWidget(self.subtitle)

    def add_row(self, caption: str, key: str | None, widget: QWidget, *extras: QWidget):
        """A captioned row; with ``key`` the field gets an error label (a model field name)."""
        row = self.grid.rowCount()
        label = QLabel(caption)
        label.setBuddy(widget)
        label.setContentsMargins(0, 6, 0, 0)  # level with the text in the field
        boxed = list(extras)
        if key is not None:
            self.errors[key] = FieldError()
            self.inputs[key] = widget
            boxed.append(self.errors[key])
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(field_box(widget, *boxed), row, 1, Qt.AlignmentFlag.AlignTop)
        return widget

    @staticmethod
    def text_box(height: int = 80) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def read_date(self, field: DateInput, key: str,
                  problems: list[ModelFieldError]) -> date | None:
        try:
            return field.value()
        except DateParseError as exc:
            problems.append(exc.to_field_error(key))
            return None

    def deny(self, error: BaseException) -> None:
        """Not permitted (or the record is gone): say so, show no fields, offer only 閉じる."""
        self.form.hide()
        self.form_error.show_error(error_message(error))
        self.save_button.setEnabled(False)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("閉じる"))
        self.cancel_button.setFocus()
        self.resize(self.width(), self.sizeHint().height())

    # ---- errors ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.form_error.clear_error()
        for label in self.errors.values():
            label.clear_error()

    def show_errors(self, errors) -> None:
        """Each message under its field (others at the bottom); focus the first bad field."""
        general: list[str] = []
        by_key: dict[str, list[str]] = {}
        for e in errors:
            if e.field in self.errors:
                by_key.setdefault(e.field, []).append(e.message(self.lang))
            else:
                general.append(e.message(self.lang))
        for key, messages in by_key.items():
            self.errors[key].show_error("\n".join(messages))
        self.form_error.show_error("\n".join(general) if general
                                   else self.tr("入力内容を確かめてください。保存していません。"))
        first = next((k for k in self.errors if k in by_key), None)
        if first is not None:
            self.inputs[first].setFocus()

    # ---- saving and closing -----------------------------------------------------------------
    def save(self) -> None:  # pragma: no cover - each dialog saves its own record
        raise NotImplementedError

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # The Ctrl+Enter shortcuts cover focus inside text fields; this covers the rest.
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

    def _snapshot(self) -> tuple:
        values = []
        for widget in self.inputs.values():
            if isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QCheckBox):
                values.append(widget.isChecked())
        return tuple(values)

    def remember_initial(self) -> None:
        self._initial = self._snapshot()

    def is_dirty(self) -> bool:
        return self.save_button.isEnabled() and self._snapshot() != self._initial

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("入力の破棄"),
                self.tr("入力した内容は保存されていません。破棄して閉じますか？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
