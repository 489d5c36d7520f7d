"""Which screen comes first and what follows: first run or unlock, then the main window.

Locking (Ctrl+L, the ロック button, or :class:`IdleWatcher` after the
organisation's idle minutes): the main window records the lock, closes the
session and is deleted — no personal data stays on screen or in memory — and
the lock screen asks for the same user's passphrase (or another user's).  The
page that was open is shown again when the same user unlocks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kodoku_desk.services.org_settings import auto_lock_minutes
from kodoku_desk.ui import tasks
from kodoku_desk.ui.clipboard_guard import ClipboardGuard
from kodoku_desk.ui.first_run import FirstRunDialog
from kodoku_desk.ui.idle_watch import IdleWatcher
from kodoku_desk.ui.main_window import MainWindow
from kodoku_desk.ui.unlock import UnlockDialog


class AppController(QObject):
    """Holds the current top-level window; ``main_window_shown`` fires once a session is open."""

    main_window_shown = Signal(object)

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

    def start(self) -> None:
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

    def show_unlock(self, path: Path, *, locked_user: str | None = None) -> None:
        self.db_path = Path(path)
        self.unlock = UnlockDialog(self.db_path, locked_user=locked_user)
        self.unlock.opened.connect(self._open_main)
        self.unlock.show()

    def lock(self, reason: str = "manual") -> None:
        """Close the session and the window, then show the lock screen."""
        window = self.main_window
        if window is None:
            return
        self.idle.stop()
        self.clipboard.clear()
        user = window.session.user
        self._locked_view = (user.id, window.view_state())
        self.main_window = None
        window.close_for_lock(reason)
        window.deleteLater()
        self.show_unlock(self.db_path, locked_user=user.username)

    def _open_main(self, session) -> None:
        self.db_path = Path(session.db_path)
        self.main_window = MainWindow(session)
        self.main_window.lock_requested.connect(lambda: self.lock("manual"))
        self.main_window.settings_changed.connect(
            lambda: self.idle.set_minutes(auto_lock_minutes(session)))
        if self._locked_view is not None and self._locked_view[0] == session.user.id:
            self.main_window.restore_view(self._locked_view[1])
        self._locked_view = None
        self.main_window.show()
        self.idle.set_minutes(auto_lock_minutes(session))
        self.idle.start()
        for dialog in (self.first_run, self.unlock):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.first_run = self.unlock = None
        self.main_window_shown.emit(self.main_window)

    def close_session(self) -> None:
        """Close whatever session is open (application exit)."""
        tasks.drain()
        if self.main_window is not None and self.main_window.session.is_open:
            self.main_window.session.close()
        if self.first_run is not None and self.first_run.session is not None:
            self.first_run.session.close()
