"""First run, step 2 「管理者」: the first user (an administrator) and the data file.

The file location shows the cloud-folder warning (:func:`kodoku_desk.paths.cloud_warning`):
personal data must not end up in OneDrive / Dropbox / Google Drive / iCloud.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kodoku_desk.paths import cloud_warning
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.widgets import FieldError, PassphraseEdit, field_box, hint

MIN_PASSPHRASE_CHARS = 8  # the same rule as the vault checks (NFKC, spaces trimmed)
FIELDS = ("display_name", "username", "passphrase", "confirm", "path")


class AdminStep(QWidget):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        title = QLabel(self.tr("管理者"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr("最初の利用者は管理者になります。ほかの職員やボランティアは、"
                               "あとで「設定 › 利用者」から加えます。"))
        intro.setObjectName("Subtitle")
        intro.setWordWrap(True)

        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("例：山田 花子"))
        self.username = QLineEdit("admin")
        self.passphrase = PassphraseEdit()
        self.confirm = PassphraseEdit()
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("保存先を変更…"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.choose_path)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_label, 1)
        path_layout.addWidget(self.change_button)
        self.path_warning = FieldError()
        self.errors = {name: FieldError() for name in FIELDS}

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("管理者のお名前"),
                    field_box(self.display_name, self.errors["display_name"]))
        form.addRow(self.tr("利用者名"), field_box(
            self.username, hint(self.tr("ログインに使う名前です（半角英数字）。")),
            self.errors["username"]))
        form.addRow(self.tr("パスフレーズ"), field_box(
            self.passphrase, hint(self.tr("8文字以上。長い文章のようなパスフレーズがおすすめです")),
            self.errors["passphrase"]))
        form.addRow(self.tr("パスフレーズ（確認）"), field_box(self.confirm, self.errors["confirm"]))
        form.addRow(self.tr("データの保存先"), field_box(path_row, self.path_warning,
                                                   self.errors["path"]))
        for field, name in ((self.display_name, "display_name"), (self.username, "username"),
                            (self.passphrase.edit, "passphrase"), (self.confirm.edit, "confirm")):
            field.textEdited.connect(self.errors[name].clear_error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setFocusProxy(self.display_name)
        self.show_path()

    def show_path(self) -> None:
        self.path_label.setText(str(self.db_path))
        self.path_warning.show_error(cloud_warning(self.db_path, current_language()) or "")

    def choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("データベースの保存先"), str(self.db_path),
            self.tr("つながりデスクのデータベース (*.kdesk)"))
        if chosen:
            path = Path(chosen)
            self.db_path = path if path.suffix else path.with_suffix(".kdesk")
            self.errors["path"].clear_error()
            self.show_path()

    def problems(self, *, check_username, code_message, error_message) -> dict[str, str]:
        """Field name → message (the callables come from the dialog: no service import here)."""
        problems: dict[str, str] = {}
        if not self.display_name.text().strip():
            problems["display_name"] = self.tr("管理者のお名前を入力してください。")
        try:
            check_username(self.username.text().strip())
        except Exception as exc:  # noqa: BLE001 - InvalidUsername
            problems["username"] = error_message(exc)
        length = len(unicodedata.normalize("NFKC", self.passphrase.text()).strip())
        if length < MIN_PASSPHRASE_CHARS:
            problems["passphrase"] = self.tr(
                "8文字以上にしてください（いまは{count}文字です）。").format(count=length)
        elif self.confirm.text() != self.passphrase.text():
            problems["confirm"] = self.tr("確認用のパスフレーズが一致しません。もう一度入力してください。")
        if self.db_path.exists():
            problems["path"] = code_message("db_exists")
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(problems.get(name, ""))
        first = next(iter(problems), None)
        widget = {"display_name": self.display_name, "username": self.username,
                  "passphrase": self.passphrase, "confirm": self.confirm,
                  "path": self.change_button}.get(first or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
