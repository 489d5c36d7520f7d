"""Unlock screen: user name and passphrase; the slow key derivation runs in the background.

Also the lock screen (``locked_user``): the same form after an auto-lock or Ctrl+L;
unlocking again skips the page-by-page integrity check of a file this app has
just closed.  After :data:`FREE_ATTEMPTS` wrong passphrases each further try
waits longer (2, 4, 8 … up to :data:`MAX_DELAY` seconds).

「このパソコンに記憶」 (DESIGN.md §4): when the user name has a key remembered on
this computer (checked in the background whenever the name or file changes), a
「このパソコンに記憶した鍵で開く」 button appears, takes the focus and is the
default button (Enter opens) until a passphrase is typed; the passphrase field
stays as the fallback.  If the remembered key cannot be used the reason is shown
and the passphrase field takes the focus.  A reason worth knowing before typing
(the key was revoked, is gone, or the credential store is unavailable) is shown
as a note.  Device attempts do not count as wrong passphrases.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from kodoku_desk.services.errors import ServiceError
from kodoku_desk.services.instance_lock import LockHolder
from kodoku_desk.ui import settings
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_code, error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, PassphraseEdit, field_box, link_button


if TYPE_CHECKING:
    from kodoku_desk.services.device_keys import DeviceStatus
    from kodoku_desk.ui.recover_dialog import RecoverDialog

FREE_ATTEMPTS = 2
MAX_DELAY = 60


def unlock_database(*args, **kwargs):
    """:func:`kodoku_desk.services.database.unlock_database`, imported when first needed
    (the database layer, SQLAlchemy and Alembic are not needed to show this window)."""
    from kodoku_desk.services.database import unlock_database as unlock

    return unlock(*args, **kwargs)


def _device_keys():
    from kodoku_desk.services import device_keys

    return device_keys


def retry_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS))


class UnlockDialog(QDialog):
    """Emits ``opened(session)`` after a successful unlock or recovery."""

    opened = Signal(object)

    def __init__(self, db_path: Path, *, username: str | None = None,
                 locked_user: str | None = None, locks: LockHolder | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.locks = locks      # the app's instance lock (None: the caller manages it)
        self.busy = False
        self.locked_user = locked_user
        self.failures = 0
        self.wait_left = 0
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._tick)
        self.recover_dialog: RecoverDialog | None = None
        self.device_status: DeviceStatus | None = None
        self._status_for: tuple[Path, str] | None = None   # the check being run
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(400)
        self.status_timer.timeout.connect(self.check_device)
        self.setWindowTitle(self.tr("つながりデスク — データベースを開く"))
        self.setMinimumWidth(680)

        title = QLabel(self.tr("つながりデスク"))
        title.setObjectName("PageTitle")
        subtitle = QLabel(self.tr("利用者名とパスフレーズを入力して、データベースを開いてください。")
                          if locked_user is None else
                          self.tr("画面をロックしました。続けるにはパスフレーズを入力してください。"
                                  "別の方が使うときは利用者名を変えて開きます。"))
        subtitle.setObjectName("Subtitle")
        subtitle.setWordWrap(True)

        self.path_label = QLabel()
        self.path_label.setObjectName("Hint")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = link_button(self.tr("別のファイルを選ぶ…"))
        self.choose_button.clicked.connect(self._choose_file)
        path_box = field_box(self.path_label, self.choose_button)

        self.username = QLineEdit(locked_user or username
                                  or settings.get(settings.LAST_USER, "admin") or "admin")
        self.passphrase = PassphraseEdit()
        self.error = FieldError()
        self.error.setAccessibleName(self.tr("エラー"))
        self.passphrase.edit.textEdited.connect(self.error.clear_error)
        self.passphrase.edit.textChanged.connect(self._update_default)
        self.username.textEdited.connect(self._username_edited)
        self.device_note = QLabel()
        self.device_note.setObjectName("Hint")
        self.device_note.setWordWrap(True)
        self.device_note.setTextFormat(Qt.TextFormat.PlainText)
        self.device_note.hide()
        self.lock_note = QLabel()
        self.lock_note.setObjectName("Hint")
        self.lock_note.setWordWrap(True)
        self.lock_note.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_note.hide()
        path_box.layout().addWidget(self.lock_note)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("データベース"), path_box)
        form.addRow(self.tr("利用者名"), self.username)
        form.addRow(self.tr("パスフレーズ"), field_box(self.passphrase, self.device_note,
                                                    self.error))

        self.busy_bar = BusyBar()
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.open_button = QPushButton(self.tr("開く"))
        self.open_button.setObjectName("Primary")
        self.open_button.setDefault(True)  # Enter in any field submits
        self.open_button.clicked.connect(self.submit)
        self.device_button = QPushButton(self.tr("このパソコンに記憶した鍵で開く"))
        self.device_button.setObjectName("Primary")
        self.device_button.setToolTip(self.tr(
            "パスフレーズの代わりに、このパソコンの資格情報の保管庫に記憶した鍵で開きます。"))
        self.device_button.clicked.connect(self.open_with_device)
        self.device_button.hide()
        self.recover_button = link_button(self.tr("パスフレーズを忘れたとき（回復キーで開く）…"))
        self.recover_button.clicked.connect(self.show_recovery)
        device_row = QHBoxLayout()
        device_row.addStretch(1)
        device_row.addWidget(self.device_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(device_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._inputs = [self.username, self.passphrase, self.choose_button, self.open_button,
                        self.recover_button, self.device_button]
        self._show_path()
        (self.username if not self.username.text() else self.passphrase).setFocus()
        self.check_device()

    def _show_path(self) -> None:
        self.path_label.setText(str(self.db_path))
        self.path_label.setToolTip(str(self.db_path))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("データベースを開く"), str(self.db_path.parent),
            self.tr("つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)"))
        if chosen:
            self.set_db_path(Path(chosen))

    def set_db_path(self, path: Path) -> None:
        """Switch to another file: let go of the old file's lock and take the new one's."""
        self.db_path = Path(path)
        self.error.clear_error()
        self.lock_note.hide()
        self._show_path()
        self._hold_lock()
        self.passphrase.setFocus()
        self.check_device()

    def _hold_lock(self) -> bool:
        """Hold the instance lock of the chosen file (when this dialog manages it).

        False, with the reason shown, when another app has the file open.
        """
        if self.locks is None:
            return True
        if self.locks.holds(self.db_path):
            return True
        if not self.db_path.exists():
            self.locks.release()    # the old file is no longer ours to keep
            return True
        try:
            held = self.locks.hold(self.db_path)
        except ServiceError as exc:
            self.error.show_error(error_message(exc))
            return False
        if held.stale:
            self.lock_note.setText(self.tr("前回、つながりデスクが正しく終了しませんでした。"
                                           "データは最後に保存した時点のものです。"))
            self.lock_note.show()
        return True

    # ---- 「このパソコンに記憶した鍵で開く」 ------------------------------------------------
    @property
    def device_ready(self) -> bool:
        return self.device_status is not None and self.device_status.ready

    def _username_edited(self, _text: str) -> None:
        self._show_device(None)
        self.status_timer.start()

    def check_device(self) -> None:
        """Ask (in the background) whether this user name has a key remembered here."""
        self.status_timer.stop()
        username = self.username.text().strip()
        if not username:
            self._show_device(None)
            return
        key = (self.db_path, username)
        self._status_for = key
        run_task(lambda: _device_keys().device_status(key[0], key[1]),
                 lambda status, error: self._status_checked(key, status, error), owner=self)

    def _status_checked(self, key, status, error) -> None:
        if key != self._status_for or key != (self.db_path, self.username.text().strip()):
            return   # the name or file changed meanwhile; a newer check is coming
        self._status_for = None
        self._show_device(None if error is not None else status)

    def _show_device(self, status: DeviceStatus | None) -> None:
        # focusWidget(): also right before the dialog is first shown
        had_focus = self.focusWidget() in (None, self.passphrase.edit, self.device_button)
        self.device_status = status
        ready = self.device_ready
        self.device_button.setVisible(ready)
        self.device_button.setEnabled(ready and not self.busy)
        self.open_button.setText(self.tr("パスフレーズで開く") if ready else self.tr("開く"))
        # one prominent button: the remembered key while it is offered
        self.open_button.setObjectName("" if ready else "Primary")
        self.open_button.style().unpolish(self.open_button)
        self.open_button.style().polish(self.open_button)
        if ready:
            self.device_note.setText(self.tr(
                "この利用者の鍵はこのパソコンに記憶されています。"
                "パスフレーズを入力しなくても開けます。"))
        elif status is not None and status.notable:
            self.device_note.setText(status.message(current_language()))
        else:
            self.device_note.setText("")
        self.device_note.setVisible(bool(self.device_note.text()))
        self._update_default()
        if ready and had_focus and not self.passphrase.text():
            self.device_button.setFocus()

    def _update_default(self, *_args) -> None:
        """Enter opens with the remembered key until a passphrase is typed."""
        device = self.device_ready and not self.passphrase.text()
        self.device_button.setDefault(device)
        self.open_button.setDefault(not device)

    def open_with_device(self) -> None:
        if self.busy or not self.device_ready or not self._hold_lock():
            return
        username = self.username.text().strip()
        self._set_busy(True)
        self.status.setText(self.tr("このパソコンに記憶した鍵で開いています…"))
        path, full_check = self.db_path, self.locked_user is None
        run_task(lambda: _device_keys().unlock_with_device(path, username, full_check=full_check),
                 self._device_unlocked, owner=self)

    def _device_unlocked(self, result, error) -> None:
        self._set_busy(False)
        if error is None and result.ok:
            self._opened(result.session)
            return
        self._show_device(None)
        if error is not None:
            self.error.show_error(error_message(error, username=self.username.text().strip()))
        else:
            self.error.show_error(result.message(current_language()))
        self.passphrase.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        username, passphrase = self.username.text().strip(), self.passphrase.text()
        if not username:
            self.error.show_error(self.tr("利用者名を入力してください。"))
            self.username.setFocus()
            return
        if not passphrase:
            self.error.show_error(self.tr("パスフレーズを入力してください。"))
            self.passphrase.setFocus()
            return
        if self.wait_left > 0:
            return
        if not self._hold_lock():
            return      # open in another window: no key derivation, nothing touched
        self._set_busy(True)
        path, full_check = self.db_path, self.locked_user is None
        run_task(lambda: unlock_database(path, username, passphrase, full_check=full_check),
                 self._unlocked, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in self._inputs:
            widget.setEnabled(not busy)
        self.device_button.setEnabled(not busy and self.device_ready)
        if busy:
            self.error.clear_error()
            self.status.setText(self.tr("鍵を確かめています。しばらくお待ちください…"))
            self.busy_bar.start()
        else:
            self.status.setText("")
            self.busy_bar.stop()

    def _unlocked(self, session, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.passphrase.clear()
            self.error.show_error(error_message(error, username=self.username.text().strip()))
            if error_code(error) in ("wrong_passphrase", "unknown_user"):
                self.failures += 1
                self._wait(retry_delay(self.failures))
            if error_code(error) in ("unknown_user", "invalid_username"):
                self.username.setFocus()
                self.username.selectAll()
            else:
                self.passphrase.setFocus()
            return
        self._opened(session)

    def _wait(self, seconds: int) -> None:
        self.wait_left = seconds
        if seconds > 0:
            self.open_button.setEnabled(False)
            self._show_wait()
            self.wait_timer.start()

    def _tick(self) -> None:
        self.wait_left -= 1
        if self.wait_left <= 0:
            self.wait_timer.stop()
            self.wait_left = 0
            self.open_button.setEnabled(True)
            self.status.setText("")
            return
        self._show_wait()

    def _show_wait(self) -> None:
        self.status.setText(self.tr("間違いが続いたため、%n 秒後にもう一度入力できます。", "",
                                    self.wait_left))

    def _opened(self, session) -> None:
        device_keys = _device_keys()
        if self.device_status is not None and self.device_status.code == device_keys.REVOKED:
            device_keys.clear_stale_entries(session)   # say 「取り消されています」 only once
        settings.put(settings.LAST_DB, str(self.db_path))
        settings.put(settings.LAST_USER, session.user.username)
        self.opened.emit(session)
        self.accept()

    def show_recovery(self) -> None:
        from kodoku_desk.ui.recover_dialog import RecoverDialog

        self.recover_dialog = RecoverDialog(self.db_path, admin_username=self.username.text(),
                                            parent=self)
        self.recover_dialog.recovered.connect(self._opened)
        self.recover_dialog.open()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
