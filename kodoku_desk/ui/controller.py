"""Which screen comes first and what follows: first run or unlock, then the main window.

Locking (Ctrl+L, the ロック button, or :class:`IdleWatcher` after the
organisation's idle minutes): the main window records the lock, closes the
session and is deleted — no personal data stays on screen or in memory — and
the lock screen asks for the same user's passphrase (or another user's).  The
page that was open is shown again when the same user unlocks.

One app per database (:mod:`kodoku_desk.services.instance_lock`): the lock file is
taken before the unlock screen opens a file and held until the app exits — also
while the screen is locked.  A second app on the same file is told so on its
unlock screen (and refused if it unlocks anyway); after a crash the next start
says the last session did not end properly.

Backups (:mod:`kodoku_desk.services.backup`): once a day while a window is open
(checked every 10 minutes, in the background) and when the main window is closed
(in a worker thread with a small progress window, at most
:data:`CLOSE_BACKUP_TIMEOUT` seconds), both only when a folder is set.  After a
restore (設定 › バックアップ) the window closes and the unlock screen opens the
restored file; the restore is logged at the next unlock.

Sample data (「まずはサンプルデータで試す」 on the first run): the sample database is a
file of its own beside the real one; its window says so and offers
「本番のデータベースを作る…」, which closes it and shows the first run for the real
path (``home_db_path``, the path the app started with).  The real path is never
remembered as the sample, so the next start shows the first run again until the
real database exists.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog

from kodoku_desk.paths import default_db_path
from kodoku_desk.services import instance_lock, restore_journal
from kodoku_desk.services.errors import ServiceError
from kodoku_desk.ui import tasks
from kodoku_desk.ui.clipboard_guard import ClipboardGuard
from kodoku_desk.ui.first_run import FirstRunDialog
from kodoku_desk.ui.formatting import date_time_text
from kodoku_desk.ui.idle_watch import IdleWatcher
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.unlock import UnlockDialog

if TYPE_CHECKING:
    from kodoku_desk.ui.main_window import MainWindow

DAILY_CHECK_MS = 10 * 60 * 1000      # how often the daily backup is considered
FIRST_CHECK_MS = 60 * 1000           # the first look, a minute after unlocking
DAILY_RETRY_SECONDS = 3600           # after a failed daily backup (USB unplugged …)
CLOSE_BACKUP_TIMEOUT = 120           # seconds the window waits for the backup on closing


class AppController(QObject):
    """Holds the current top-level window; ``main_window_shown`` fires once a session is open.

    ``backup_done(info, error)`` after each automatic backup (daily or on closing).
    """

    main_window_shown = Signal(object)
    backup_done = Signal(object, object)

    def __init__(self, db_path: Path, *, kdf=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.kdf = kdf
        self.first_run: FirstRunDialog | None = None
        self.unlock: UnlockDialog | None = None
        self.main_window: MainWindow | None = None
        self.idle = IdleWatcher(10, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.clipboard = ClipboardGuard(parent=self)
        self._locked_view: tuple[str, dict] | None = None   # (user id, view state)
        self.locks = instance_lock.LockHolder()
        self.home_db_path = Path(db_path)          # the real database (never the sample)
        self.sample_open = False
        self.unlock_notices: list[str] = []       # what the unlock screen was told to say
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(DAILY_CHECK_MS)
        self.backup_timer.timeout.connect(self.check_daily_backup)
        self._daily_running = False
        self._daily_failed_at: float | None = None
        self.last_close_backup: dict | None = None   # {"info": …} / {"error": …} / {"timeout": …}

    def start(self) -> None:
        try:
            restore_journal.resume_interrupted_restore(self.db_path)  # killed in the middle of a swap
        except OSError:
            pass
        if self.db_path.exists():
            self.show_unlock(self.db_path)
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        self.first_run = FirstRunDialog(self.db_path, kdf=self.kdf)
        self.first_run.opened.connect(self._open_main)
        self.first_run.open_existing.connect(self._switch_to_unlock)
        self.first_run.show()

    def _switch_to_unlock(self, path: Path) -> None:
        self.show_unlock(Path(path))
        if self.first_run is not None:
            self.first_run.close()
            self.first_run = None

    def show_unlock(self, path: Path, *, locked_user: str | None = None,
                    notices: list[tuple[str, bool]] = ()) -> None:
        """The unlock (or lock) screen; ``notices``: (text, is_error) lines shown above the form."""
        self.db_path = Path(path)
        notices = list(notices)
        if locked_user is None:
            notices += self._take_lock(self.db_path)
        if locked_user is not None and self.sample_open:
            from kodoku_desk.services.sample_data import SAMPLE_PASSPHRASE

            notices.append((self.tr("お試し用データのパスフレーズは「{passphrase}」です。").format(
                passphrase=SAMPLE_PASSPHRASE), False))
        self.unlock = UnlockDialog(self.db_path, locked_user=locked_user, locks=self.locks)
        self.unlock.opened.connect(self._open_main)
        self.unlock_notices = []
        for text, is_error in notices:
            self._add_notice(self.unlock, text, is_error)
        self.unlock.show()

    # ---- one app per database ---------------------------------------------------------------
    def _add_notice(self, dialog: UnlockDialog, text: str, is_error: bool) -> None:
        label = QLabel(text)
        label.setObjectName("FieldError" if is_error else "Subtitle")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        dialog.layout().insertWidget(2, label)
        self.unlock_notices.append(text)

    @property
    def instance(self) -> instance_lock.InstanceLock | None:
        """The lock this app holds (None when it holds none)."""
        return self.locks.lock

    def _take_lock(self, path: Path) -> list[tuple[str, bool]]:
        """Hold ``path``'s lock file (kept if already held); what the unlock screen should say."""
        notices: list[tuple[str, bool]] = []
        if self.locks.holds(path):
            return notices
        if not path.exists():
            return notices
        try:
            held = self.locks.hold(path)
        except ServiceError as exc:
            return [(error_message(exc), True)]
        if held.stale:
            notices.append((self.tr("前回、つながりデスクが正しく終了しませんでした。"
                                    "データは最後に保存した時点のものです。"), False))
        copy = instance_lock.migration_copy_note(path, held.last_opened_at)
        if copy is not None:
            notices.append((self.tr(
                "データベースの更新の前に作ったコピーがあります：{name}\n"
                "データベースが開けないときは、管理者がこのコピーから戻せます。").format(
                    name=copy.name), False))
        return notices

    def release_lock(self) -> None:
        self.locks.release()

    def _hold_lock_for(self, path: Path) -> str | None:
        """None when this app holds ``path``'s lock (taking it if needed), else the refusal."""
        try:
            self.locks.hold(path)
        except ServiceError as exc:
            return error_message(exc)
        return None

    def lock(self, reason: str = "manual") -> None:
        """Close the session and the window, then show the lock screen."""
        window = self.main_window
        if window is None:
            return
        self.idle.stop()
        self.backup_timer.stop()
        self.clipboard.clear()
        user = window.session.user
        self._locked_view = (user.id, window.view_state())
        self.main_window = None
        window.removeEventFilter(self)
        window.close_for_lock(reason)
        window.deleteLater()
        self.show_unlock(self.db_path, locked_user=user.username)

    def _open_main(self, session) -> None:
        self.db_path = Path(session.db_path)
        refusal = self._hold_lock_for(self.db_path)
        if refusal is not None:
            # another app has this file open (it was chosen on the unlock screen)
            session.close()
            stale_dialogs = [d for d in (self.first_run, self.unlock) if d is not None]
            self.first_run = None
            self.show_unlock(self.db_path)     # tries the lock again and shows the refusal
            for dialog in stale_dialogs:
                dialog.hide()
                dialog.deleteLater()
            return
        # Imported here, not at the top: they load SQLAlchemy, which the first window
        # does not need (DESIGN.md §8: window shown < 1.5 s after launch).
        from kodoku_desk.services import restore
        from kodoku_desk.services.org_settings import auto_lock_minutes
        from kodoku_desk.services.sample_data import is_sample

        self.sample_open = is_sample(session)

        try:
            self.instance.mark_opened()
            restore.record_restore(session)     # logs backup.restore once after a restore
        except Exception:  # noqa: BLE001 - never keep anyone out for a note
            pass
        # Imported here, not at the top: the main window pulls in every page (and
        # SQLAlchemy, reportlab …); the unlock window shows ~1.5 s sooner without it.
        from kodoku_desk.ui.main_window import MainWindow

        self.main_window = MainWindow(session)
        self.main_window.lock_requested.connect(lambda: self.lock("manual"))
        self.main_window.settings_changed.connect(
            lambda: self.idle.set_minutes(auto_lock_minutes(session)))
        self.main_window.settings_changed.connect(self.main_window.home.refresh_backup_status)
        self.main_window.settings.backed_up.connect(self.main_window.home.refresh_backup_status)
        self.main_window.settings.restored.connect(self._restored)
        self.main_window.create_real_requested.connect(self.create_real_database)
        self.main_window.installEventFilter(self)
        if self._locked_view is not None and self._locked_view[0] == session.user.id:
            self.main_window.restore_view(self._locked_view[1])
        self._locked_view = None
        self.main_window.show()
        self.idle.set_minutes(auto_lock_minutes(session))
        self.idle.start()
        self.backup_timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.check_daily_backup)
        for dialog in (self.first_run, self.unlock):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.first_run = self.unlock = None
        self.main_window_shown.emit(self.main_window)

    def _detach_main_window(self):
        """Stop the timers and the clipboard guard and let go of the main window (the caller
        shows the next window, then closes this one); None when there is none."""
        window = self.main_window
        if window is None:
            return None
        self.idle.stop()
        self.backup_timer.stop()
        self.clipboard.clear()
        self._locked_view = None
        self.main_window = None
        window.removeEventFilter(self)
        return window

    def create_real_database(self) -> None:
        """From the sample data: close it and show the first run for the real database."""
        window = self._detach_main_window()
        if window is None:
            return
        sample = Path(window.session.db_path)
        real = self.home_db_path if self.home_db_path != sample else default_db_path()
        self.sample_open = False
        self.release_lock()
        self.db_path = real
        if real.exists():
            self.show_unlock(real)       # the real database was made meanwhile
        else:
            self.show_first_run()
        window.close()                   # after the next window is shown: the app stays open
        window.deleteLater()

    def close_session(self) -> None:
        """Close whatever session is open and let go of the database (application exit)."""
        self.backup_timer.stop()
        self.backup_before_close()
        tasks.drain()
        if self.main_window is not None and self.main_window.session.is_open:
            self.main_window.session.close()
        if self.first_run is not None and self.first_run.session is not None:
            self.first_run.session.close()
        self.release_lock()

    # ---- backups ------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.main_window and event.type() == QEvent.Type.Close:
            self.backup_before_close()      # before MainWindow.closeEvent closes the session
        return False

    def check_daily_backup(self) -> None:
        """Start the daily backup in the background when it is due."""
        from kodoku_desk.services import backup   # after unlocking only

        window = self.main_window
        if window is None or self._daily_running or not window.session.is_open:
            return
        if (self._daily_failed_at is not None
                and time.monotonic() - self._daily_failed_at < DAILY_RETRY_SECONDS):
            return
        session = window.session
        try:
            if not backup.backup_due(session, "daily"):
                return
        except Exception:  # noqa: BLE001 - a closed or busy database: try again later
            return
        self._daily_running = True
        tasks.run_task(lambda: backup.make_backup(session, trigger="daily"), self._daily_done,
                       owner=self)

    def _daily_done(self, info, error) -> None:
        self._daily_running = False
        self._daily_failed_at = time.monotonic() if error is not None else None
        window = self.main_window
        if window is not None:
            if error is not None:
                window.statusBar().showMessage(
                    self.tr("自動バックアップを作れませんでした：{reason}").format(
                        reason=error_message(error)), 15_000)
            else:
                window.statusBar().showMessage(self.tr("自動バックアップを作りました。"), 8_000)
                window.home.refresh_backup_status()
        self.backup_done.emit(info, error)

    def backup_before_close(self) -> dict | None:
        """The backup on closing: in a worker thread, waiting at most CLOSE_BACKUP_TIMEOUT s."""
        from kodoku_desk.services import backup   # after unlocking only

        window = self.main_window
        if window is None or not window.session.is_open:
            return None
        session = window.session
        try:
            if not backup.backup_due(session, "close"):
                return None
        except Exception:  # noqa: BLE001 - never stand in the way of closing
            return None
        self.idle.stop()
        self.backup_timer.stop()
        tasks.drain()
        outcome: dict = {}

        def work() -> None:
            try:
                outcome["info"] = backup.make_backup(session, trigger="close")
            except BaseException as exc:  # noqa: BLE001 - reported below
                outcome["error"] = exc

        progress = QProgressDialog(self.tr("バックアップを作っています。しばらくお待ちください…"),
                                   "", 0, 0, window)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("つながりデスク"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        worker = threading.Thread(target=work, name="kodoku-close-backup", daemon=True)
        worker.start()
        deadline = time.monotonic() + CLOSE_BACKUP_TIMEOUT
        while worker.is_alive() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            worker.join(0.05)
        progress.close()
        progress.deleteLater()
        if worker.is_alive():
            outcome["timeout"] = CLOSE_BACKUP_TIMEOUT
        self.last_close_backup = outcome
        self.backup_done.emit(outcome.get("info"), outcome.get("error"))
        return outcome

    def _restored(self, result) -> None:
        """After a restore: the session is closed; open the restored file from the unlock screen."""
        window = self._detach_main_window()
        if window is None:
            return
        notices = []
        if result is not None:
            text = self.tr("バックアップ（{date}）から復元しました。"
                           "バックアップを作ったときのパスフレーズで開いてください。").format(
                date=date_time_text(result.backup.taken_at)
                if result.backup.taken_at else result.backup.path.name)
            if result.aside_db is not None:
                text += self.tr("復元の前のデータベースは「{name}」として同じフォルダーに残しています。").format(
                    name=result.aside_db.name)
            notices.append((text, False))
        self.show_unlock(self.db_path, notices=notices)
        window.close()
        window.deleteLater()
