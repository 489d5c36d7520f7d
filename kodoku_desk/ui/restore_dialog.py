"""「このバックアップから復元…」: open the backup with its own passphrase, show what it holds,
then prepare the restore (administrators).

Step 1 (確かめる): the user name and passphrase that opened the database when the
backup was made; the backup is checked in full in the background and its date and
counts are shown.  Step 2 (復元する): the verified copy is placed next to the
database (background).  The dialog is then accepted with :attr:`prepared` set;
the caller finishes the swap (:func:`kodoku_desk.services.restore.finish_restore`)
after the background tasks have stopped.  Nothing changes until step 2 finished,
and closing the dialog before that leaves everything as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kodoku_desk.services import restore
from kodoku_desk.ui.formatting import date_time_text
from kodoku_desk.ui.messages import error_code, error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, PassphraseEdit, hint

#: Errors about the backup file itself get a message that names the backup.
DAMAGED_CODES = ("db_corrupt", "db_truncated", "db_not_encrypted", "db_missing",
                 "keyslot_missing", "keyslot_damaged", "keyslot_tampered", "db_wrong_keyslots")


def taken_text(when) -> str:
    return date_time_text(when) if when is not None else "—"


class RestoreDialog(QDialog):
    def __init__(self, session, backup_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.backup_path = Path(backup_path)
        self.summary: restore.BackupSummary | None = None
        self.prepared: restore.PreparedRestore | None = None
        self.busy = False
        self.setWindowTitle(self.tr("バックアップから復元"))
        self.setMinimumSize(660, 480)

        intro = hint(self.tr(
            "このバックアップを作ったときの、管理者の利用者名とパスフレーズを入力してください。"
            "バックアップの中身を確かめてから、復元するかどうかを選べます。"))
        self.file_label = QLabel(self.backup_path.name)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.username = QLineEdit(session.user.username)
        self.passphrase = PassphraseEdit()
        self.passphrase.edit.textEdited.connect(self._credentials_changed)
        self.username.textEdited.connect(self._credentials_changed)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("バックアップ"), self.file_label)
        form.addRow(self.tr("利用者名"), self.username)
        form.addRow(self.tr("パスフレーズ"), self.passphrase)

        self.details = QLabel()
        self.details.setObjectName("Subtitle")
        self.details.setWordWrap(True)
        self.details.hide()
        self.warning = hint("")
        self.warning.hide()
        self.error = FieldError()
        self.busy_bar = BusyBar()
        self.status = hint("")

        self.check_button = QPushButton(self.tr("確かめる"))
        self.check_button.setObjectName("Primary")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.restore_button = QPushButton(self.tr("復元する"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.start_restore)
        self.cancel_button = QPushButton(self.tr("キャンセル"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.passphrase.setFocus()

    def _credentials_changed(self, *_args) -> None:
        if self.busy:
            return
        self.summary = None
        self.details.hide()
        self.warning.hide()
        self.error.clear_error()
        self.restore_button.setEnabled(False)
        self.check_button.setDefault(True)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (self.username, self.passphrase, self.check_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.summary is not None
                                       and self.summary.same_database is not False)
        self.status.setText(text)
        (self.busy_bar.start if busy else self.busy_bar.stop)()

    def _show_error(self, error: BaseException) -> None:
        if error_code(error) in DAMAGED_CODES:
            self.error.show_error(self.tr(
                "このバックアップは壊れているか、途中で切れているため使えません。"
                "別のバックアップを選んでください。いまのデータベースは変更していません。")
                + f"\n({error_message(error)})")
        else:
            self.error.show_error(error_message(error, username=self.username.text().strip()))

    def check(self) -> None:
        if self.busy:
            return
        username, passphrase = self.username.text().strip(), self.passphrase.text()
        if not username or not passphrase:
            self.error.show_error(self.tr("利用者名とパスフレーズを入力してください。"))
            return
        self.error.clear_error()
        self._set_busy(True, self.tr("バックアップを確かめています。しばらくお待ちください…"))
        path, current = self.backup_path, self.session.db_path
        run_task(lambda: restore.inspect_backup(path, username, passphrase, current_db=current),
                 self._checked, owner=self)

    def _checked(self, summary, error) -> None:
        self.summary = None if error is not None else summary
        self._set_busy(False)
        if error is not None:
            self._show_error(error)
            return
        self.details.setText(self.tr(
            "{date} のバックアップです。\n当事者 {people} 人・見守り記録 {visits} 件・"
            "居場所の参加 {attendance} 件").format(
                date=taken_text(summary.taken_at), people=summary.people,
                visits=summary.visits, attendance=summary.attendance))
        self.details.show()
        if summary.same_database is False:
            self.warning.setText(self.tr("このバックアップは別のデータベースのものです。復元できません。"))
        else:
            self.warning.setText(self.tr(
                "復元すると、このバックアップのあとに入力した記録は見えなくなります。"
                "いまのデータベースは消さずに、名前に「before-restore」を付けて同じフォルダーに残します。"
                "復元のあとは、このバックアップを作ったときのパスフレーズで開きます。"))
        self.warning.show()
        self.restore_button.setEnabled(summary.same_database is not False)
        self.restore_button.setObjectName("Primary")
        self.restore_button.setDefault(True)
        self.restore_button.style().unpolish(self.restore_button)
        self.restore_button.style().polish(self.restore_button)
        self.adjustSize()

    def start_restore(self) -> None:
        if self.busy or self.summary is None:
            return
        username, passphrase = self.username.text().strip(), self.passphrase.text()
        self._set_busy(True, self.tr("バックアップを写して確かめています…"))
        session, path = self.session, self.backup_path
        run_task(lambda: restore.prepare_restore(session, path, username, passphrase),
                 self._prepared, owner=self)

    def _prepared(self, prepared, error) -> None:
        self._set_busy(False)
        if error is not None:
            self._show_error(error)
            return
        self.prepared = prepared
        self.passphrase.clear()
        self.accept()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
