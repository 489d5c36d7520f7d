"""回復キーで開く: open with the recovery key and give the administrator a new passphrase."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kodoku_desk.services.keys import recover_with_key
from kodoku_desk.ui.messages import error_code, error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.theme import mono_font, point_size
from kodoku_desk.ui.widgets import BusyBar, FieldError, PassphraseEdit, field_box, hint

MIN_PASSPHRASE_CHARS = 8


class RecoverDialog(QDialog):
    """Emits ``recovered(session)``; the old passphrase of that administrator stops working."""

    recovered = Signal(object)

    def __init__(self, db_path: Path, *, admin_username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.busy = False
        self.setWindowTitle(self.tr("回復キーで開く"))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr(
            "保管してある回復キーと管理者の利用者名を入力し、新しいパスフレーズを決めてください。"
            "これまでのパスフレーズは使えなくなります。"))
        intro.setWordWrap(True)
        intro.setObjectName("Subtitle")
        self.key = QLineEdit()
        self.key.setFont(mono_font(point_size() + 1))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QLineEdit(admin_username or "admin")
        self.passphrase = PassphraseEdit()
        self.confirm = PassphraseEdit()
        self.errors = {name: FieldError() for name in ("key", "username", "passphrase", "confirm")}
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("回復キー"), field_box(self.key, self.errors["key"]))
        form.addRow(self.tr("管理者の利用者名"), field_box(self.username, self.errors["username"]))
        form.addRow(self.tr("新しいパスフレーズ"), field_box(
            self.passphrase, hint(self.tr("8文字以上。長い文章のようなパスフレーズがおすすめです")),
            self.errors["passphrase"]))
        form.addRow(self.tr("新しいパスフレーズ（確認）"),
                    field_box(self.confirm, self.errors["confirm"]))
        self.general_error = FieldError()
        self.busy_bar = BusyBar()
        self.open_button = QPushButton(self.tr("開く"))
        self.open_button.setObjectName("Primary")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("キャンセル"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.busy_bar)
        layout.addLayout(buttons)
        self._inputs = [self.key, self.username, self.passphrase, self.confirm,
                        self.open_button, self.cancel_button]
        self.key.setFocus()

    def validate(self) -> bool:
        problems: dict[str, str] = {}
        if not self.key.text().strip():
            problems["key"] = self.tr("回復キーを入力してください。")
        if not self.username.text().strip():
            problems["username"] = self.tr("管理者の利用者名を入力してください。")
        length = len(unicodedata.normalize("NFKC", self.passphrase.text()).strip())
        if length < MIN_PASSPHRASE_CHARS:
            problems["passphrase"] = self.tr(
                "8文字以上にしてください（いまは{count}文字です）。").format(count=length)
        elif self.confirm.text() != self.passphrase.text():
            problems["confirm"] = self.tr("確認用のパスフレーズが一致しません。もう一度入力してください。")
        for name, label in self.errors.items():
            label.show_error(problems.get(name, ""))
        self.general_error.clear_error()
        return not problems

    def submit(self) -> None:
        if self.busy or not self.validate():
            return
        self._set_busy(True)
        path, key = self.db_path, self.key.text()
        user, passphrase = self.username.text().strip(), self.passphrase.text()
        run_task(lambda: recover_with_key(path, key, user, passphrase), self._done, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in self._inputs:
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)

    def _done(self, session, error) -> None:
        self._set_busy(False)
        if error is not None:
            code = error_code(error)
            target = {"wrong_passphrase": "key", "not_allowed": "username",
                      "weak_passphrase": "passphrase"}.get(code)
            message = error_message(error, context="recovery",
                                    username=self.username.text().strip())
            (self.errors[target] if target else self.general_error).show_error(message)
            if target == "key":
                self.key.setFocus()
                self.key.selectAll()
            return
        self.recovered.emit(session)
        self.accept()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
