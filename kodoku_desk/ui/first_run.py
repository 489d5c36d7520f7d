"""First run: create a new encrypted database with an administrator, then show the recovery key."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from kodoku_desk.paths import cloud_warning
from kodoku_desk.services.database import check_username, create_database
from kodoku_desk.ui import settings
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import code_message, error_code, error_message
from kodoku_desk.ui.recovery_page import RecoveryKeyPage
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import (
    BusyBar, FieldError, PassphraseEdit, field_box, hint, link_button,
)

MIN_PASSPHRASE_CHARS = 8  # the same rule as the vault checks (NFKC, spaces trimmed)


class FirstRunDialog(QDialog):
    """Page 1: organisation, administrator, passphrase.  Page 2: the recovery key.

    ``opened(session)`` is emitted once the user confirms the recovery key is
    stored; ``open_existing(path)`` when they choose an existing database file.
    ``kdf`` is handed to ``create_database`` (None: calibrate to this computer).
    """

    opened = Signal(object)
    open_existing = Signal(object)

    def __init__(self, db_path: Path, *, kdf=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.kdf = kdf
        self.session = None
        self.busy = False
        self.setWindowTitle(self.tr("つながりデスク — はじめての設定"))
        self.setMinimumWidth(720)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form())
        self.recovery_page = RecoveryKeyPage(self)
        self.recovery_page.confirmed.connect(self._finish)
        self.pages.addWidget(self.recovery_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.pages)

    # ------------------------------------------------------------------ page 1
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("つながりデスクへようこそ"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr("記録を暗号化して保存する新しいデータベースを作ります。"
                               "最初の利用者は管理者になります。"))
        intro.setObjectName("Subtitle")
        intro.setWordWrap(True)

        self.org = QLineEdit()
        self.org.setPlaceholderText(self.tr("例：NPO法人つながりの会"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("例：山田 花子"))
        self.username = QLineEdit("admin")
        self.passphrase = PassphraseEdit()
        self.confirm = PassphraseEdit()
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("保存先を変更…"))
        change.clicked.connect(self._choose_path)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_label, 1)
        path_layout.addWidget(change)
        # personal data must not end up in OneDrive / Dropbox / Google Drive / iCloud
        self.path_warning = FieldError()

        self.errors = {name: FieldError() for name in
                       ("org", "display_name", "username", "passphrase", "confirm", "path")}
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("団体名"), field_box(self.org, self.errors["org"]))
        form.addRow(self.tr("管理者のお名前"),
                    field_box(self.display_name, self.errors["display_name"]))
        form.addRow(self.tr("利用者名"), field_box(
            self.username, hint(self.tr("ログインに使う名前です（半角英数字）。")),
            self.errors["username"]))
        form.addRow(self.tr("パスフレーズ"), field_box(
            self.passphrase, hint(self.tr("8文字以上。長い文章のようなパスフレーズがおすすめです")),
            self.errors["passphrase"]))
        form.addRow(self.tr("パスフレーズ（確認）"), field_box(self.confirm, self.errors["confirm"]))
        form.addRow(self.tr("保存先"), field_box(path_row, self.path_warning, self.errors["path"]))
        for field, name in ((self.org, "org"), (self.display_name, "display_name"),
                            (self.username, "username"), (self.passphrase.edit, "passphrase"),
                            (self.confirm.edit, "confirm")):
            field.textEdited.connect(self.errors[name].clear_error)

        self.general_error = FieldError()
        self.busy_bar = BusyBar()
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.create_button = QPushButton(self.tr("データベースを作成"))
        self.create_button.setObjectName("Primary")
        self.create_button.setDefault(True)  # Enter in any field submits
        self.create_button.clicked.connect(self.submit)
        existing = link_button(self.tr("既存のデータベースを開く…"))
        existing.clicked.connect(self._choose_existing)
        buttons = QHBoxLayout()
        buttons.addWidget(existing)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._inputs = [self.org, self.display_name, self.username, self.passphrase,
                        self.confirm, change, existing, self.create_button]
        self._show_path()
        return page

    def _show_path(self) -> None:
        self.path_label.setText(str(self.db_path))
        self.path_warning.show_error(cloud_warning(self.db_path, current_language()) or "")

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("データベースの保存先"), str(self.db_path),
            self.tr("つながりデスクのデータベース (*.kdesk)"))
        if chosen:
            path = Path(chosen)
            self.db_path = path if path.suffix else path.with_suffix(".kdesk")
            self.errors["path"].clear_error()
            self._show_path()

    def _choose_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("データベースを開く"), str(self.db_path.parent),
            self.tr("つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)"))
        if chosen:
            self.open_existing.emit(Path(chosen))

    def validate(self) -> bool:
        """Check the form, show a message next to each bad field; True when all is well."""
        problems: dict[str, str] = {}
        if not self.org.text().strip():
            problems["org"] = self.tr("団体名を入力してください。")
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
        for name, label in self.errors.items():
            label.show_error(problems.get(name, ""))
        self.general_error.clear_error()
        first = next(iter(problems), None)
        if first:
            widget = {"org": self.org, "display_name": self.display_name,
                      "username": self.username, "passphrase": self.passphrase,
                      "confirm": self.confirm}.get(first)
            if widget is not None:
                widget.setFocus()
        return not problems

    def submit(self) -> None:
        if self.busy or not self.validate():
            return
        self._set_busy(True)
        path, kdf = self.db_path, self.kdf
        org, name = self.org.text().strip(), self.display_name.text().strip()
        user, passphrase = self.username.text().strip(), self.passphrase.text()
        run_task(lambda: create_database(path, org_name=org, admin_username=user,
                                         admin_display_name=name, passphrase=passphrase,
                                         kdf=kdf), self._created, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in self._inputs:
            widget.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("データベースを作成しています。しばらくお待ちください…"))
            self.busy_bar.start()
        else:
            self.status.setText("")
            self.busy_bar.stop()

    def _created(self, result, error) -> None:
        self._set_busy(False)
        org_name = self.org.text().strip()
        if error is not None:
            target = {"weak_passphrase": "passphrase", "invalid_username": "username",
                      "db_exists": "path"}.get(error_code(error))
            (self.errors[target] if target else self.general_error).show_error(
                error_message(error))
            return
        self.session, recovery_key = result
        self.passphrase.clear()
        self.confirm.clear()
        settings.put(settings.LAST_DB, str(self.db_path))
        settings.put(settings.LAST_USER, self.session.user.username)
        self.recovery_page.org_name = org_name
        self.recovery_page.db_file = self.db_path.name
        self.recovery_page.admin_username = self.session.user.username
        self.recovery_page.set_key(recovery_key)
        self.pages.setCurrentWidget(self.recovery_page)
        self.recovery_page.continue_button.setDefault(True)

    # ------------------------------------------------------------------ page 2
    def _finish(self) -> None:
        session, self.session = self.session, None
        self.opened.emit(session)
        self.accept()

    def reject(self) -> None:  # Esc and the window's close button
        if self.busy:
            return
        if self.session is not None:
            answer = QMessageBox.question(
                self, self.tr("回復キーの確認"),
                self.tr("回復キーは二度と表示されません。保管せずに閉じますか？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.session.close()
            self.session = None
        super().reject()
