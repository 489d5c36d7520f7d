"""設定 › 自分のパスフレーズ (everyone): the current passphrase, then the new one twice.

Only the user's keyslot is wrapped again (the .keys file); the database is not
re-encrypted.  The key derivation runs in the background.

Below it, for administrators and staff (never volunteers), the
「このパソコンに記憶」 section (:class:`RememberSection`): 「このパソコンに記憶する」
while the administrator allows it, 「このパソコンの記憶を消す」 whenever this
computer is remembered (even after the administrator stopped allowing it).
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
from kodoku_desk.services import device_keys, org_settings
from kodoku_desk.services.users import change_own_passphrase
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.passphrase_fields import PassphrasePair
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, PassphraseEdit, field_box, hint


class RememberSection(QWidget):
    """「このパソコンに記憶」 for the signed-in user; ``changed`` after remembering or forgetting.

    :meth:`load` reads whether the administrator allows it and whether this
    computer is remembered (the 設定 page calls it when the tab is shown).
    """

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.allowed = False
        self.remembered = False
        title = QLabel(self.tr("このパソコンに記憶"))
        title.setObjectName("CardTitle")
        self.state = hint("")
        self.remember_button = QPushButton(self.tr("このパソコンに記憶する"))
        self.remember_button.clicked.connect(self.remember)
        self.forget_button = QPushButton(self.tr("このパソコンの記憶を消す"))
        self.forget_button.clicked.connect(self.forget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remember_button)
        row.addWidget(self.forget_button)
        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(8)
        column.addWidget(title)
        column.addWidget(self.state)
        column.addLayout(row)
        column.addWidget(self.busy_bar)
        column.addWidget(self.error)
        column.addWidget(self.success)
        self._show()

    def load(self) -> None:
        if not self.session.is_open:
            return
        self.allowed = org_settings.remember_device_allowed(self.session)
        self.remembered = device_keys.has_device_slot(self.session)
        self._show()

    def _show(self) -> None:
        host = device_keys.device_label()
        if self.remembered:
            text = self.tr("このパソコン（{host}）にあなたの鍵を記憶しています。ロックの解除で"
                           "パスフレーズを入力しなくても開けます。使わなくなるときや、ほかの人も"
                           "使うようになるときは記憶を消してください。").format(host=host)
        elif self.allowed:
            text = self.tr("このパソコン（{host}）にあなたの鍵を記憶すると、ロックの解除で"
                           "パスフレーズを入力しなくても開けます。鍵はパソコンの資格情報の保管庫に"
                           "入り、パスフレーズもこれまでどおり使えます。共用のパソコンでは"
                           "記憶しないでください。").format(host=host)
        else:
            text = self.tr("管理者が「このパソコンに記憶」を許可していないため、"
                           "使えません。必要なときは管理者に相談してください。")
        self.state.setText(text)
        self.remember_button.setVisible(self.allowed and not self.remembered)
        self.forget_button.setVisible(self.remembered)
        for button in (self.remember_button, self.forget_button):
            button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        (self.busy_bar.start if busy else self.busy_bar.stop)()
        self._show()

    def _start(self, work, done) -> None:
        if self.busy:
            return
        self.error.clear_error()
        self.success.hide()
        self._set_busy(True)
        run_task(work, done, owner=self)

    def remember(self) -> None:
        session = self.session
        self._start(lambda: device_keys.remember_this_computer(session), self._remembered)

    def forget(self) -> None:
        session = self.session
        self._start(lambda: device_keys.forget_this_computer(session), self._forgotten)

    def _remembered(self, _info, error) -> None:
        self._finish(error, self.tr(
            "このパソコンに記憶しました。次からはロックの解除で"
            "「このパソコンに記憶した鍵で開く」を使えます。"))

    def _forgotten(self, _count, error) -> None:
        self._finish(error, self.tr(
            "このパソコンの記憶を消しました。次からはパスフレーズで開いてください。"))

    def _finish(self, error, success: str) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(error_message(error))
        else:
            self.success.setText(success)
            self.success.show()
            self.changed.emit()
        self.load()


class PassphraseTab(QWidget):
    """``changed`` after the passphrase was changed; ``devices_changed`` after
    this computer was remembered or forgotten."""

    changed = Signal()
    devices_changed = Signal()

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
        self.remember: RememberSection | None = None
        if session.user.role != "volunteer":   # never offered to volunteers (DESIGN.md §4)
            self.remember = RememberSection(session)
            self.remember.changed.connect(self.devices_changed)
            column.addWidget(self.remember)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(box)
        layout.addStretch(1)

    def load(self) -> None:
        """Read what the 「このパソコンに記憶」 section shows."""
        if self.remember is not None:
            self.remember.load()

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
