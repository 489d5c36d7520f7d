"""設定 › 自分のパスフレーズ (everyone): the current passphrase, then the new one twice.

Only the user's keyslot is wrapped again (the .keys file); the database is not
re-encrypted.  The key derivation runs in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services.users import change_own_passphrase
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.passphrase_fields import PassphrasePair
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, PassphraseEdit, field_box, hint


class PassphraseTab(QWidget):
    """``changed`` after the passphrase was changed."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        intro = hint(self.tr(
            "{name}さん（{username}）がロックを解除するときのパスフレーズを変えます。"
            "記録は暗号化し直さず、鍵ファイル（.keys）だけが書き換わります。").format(
                name=session.user.display_name, username=session.user.username))
        self.current = PassphraseEdit()
        self.current.setAccessibleName(self.tr("いまのパスフレーズ"))
        self.pair = PassphrasePair(self)
        self.errors = {key: FieldError() for key in ("current", "new", "confirm")}
        self.inputs = {"current": self.current, "new": self.pair.first,
                       "confirm": self.pair.second}
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("いまのパスフレーズ"), field_box(self.current, self.errors["current"]))
        form.addRow(self.tr("新しいパスフレーズ"), field_box(
            self.pair.first, self.pair.hint, self.pair.status, self.errors["new"]))
        form.addRow(self.tr("もう一度（確認）"), field_box(self.pair.second, self.errors["confirm"]))
        for key, widget in self.inputs.items():
            widget.edit.textEdited.connect(self.errors[key].clear_error)
            widget.edit.returnPressed.connect(self.submit)

        self.submit_button = QPushButton(self.tr("パスフレーズを変更"))
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.submit_button)
        self.busy_bar = BusyBar()
        self.form_error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()

        box = QWidget()
        box.setMaximumWidth(760)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(row)
        column.addWidget(self.busy_bar)
        column.addWidget(self.form_error)
        column.addWidget(self.success)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(box)
        layout.addStretch(1)

    def clear_errors(self) -> None:
        self.form_error.clear_error()
        for label in self.errors.values():
            label.clear_error()

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, message in problems.items():
            self.errors[key].show_error(message)
        self.form_error.show_error(self.tr("パスフレーズは変更していません。"))
        self.inputs[next(iter(problems))].setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        self.success.hide()
        problems = {}
        if not self.current.text():
            problems["current"] = self.tr("いまのパスフレーズを入力してください。")
        problems.update({{"first": "new", "second": "confirm"}[k]: v
                         for k, v in self.pair.problems().items()})
        if problems:
            self.show_problems(problems)
            return
        self._set_busy(True)
        session, current, new = self.session, self.current.text(), self.pair.text()
        run_task(lambda: change_own_passphrase(session, current, new), self._finished,
                 owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.current, self.pair.first, self.pair.second, self.submit_button):
            widget.setEnabled(not busy)
        (self.busy_bar.start if busy else self.busy_bar.stop)()

    def _finished(self, _result, error) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            lang = current_language()
            problems: dict[str, str] = {}
            for e in error.errors:
                key = e.field if e.field in self.errors else "new"
                problems[key] = "\n".join(filter(None, (problems.get(key), e.message(lang))))
            self.show_problems(problems)
            return
        if error is not None:
            self.form_error.show_error(error_message(error))
            return
        self.current.clear()
        self.pair.clear()
        self.success.setText(self.tr("パスフレーズを変更しました。次にロックを解除するときから、"
                                     "新しいパスフレーズを使ってください。"))
        self.success.show()
        self.changed.emit()
