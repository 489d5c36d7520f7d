"""Which screen comes first and what follows: first run or unlock, then the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kodoku_desk.ui.first_run import FirstRunDialog
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

    def show_unlock(self, path: Path) -> None:
        self.db_path = Path(path)
        self.unlock = UnlockDialog(self.db_path)
        self.unlock.opened.connect(self._open_main)
        self.unlock.show()

    def _open_main(self, session) -> None:
        self.db_path = Path(session.db_path)
        self.main_window = MainWindow(session)
        self.main_window.show()
        for dialog in (self.first_run, self.unlock):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.first_run = self.unlock = None
        self.main_window_shown.emit(self.main_window)

    def close_session(self) -> None:
        """Close whatever session is open (application exit)."""
        if self.main_window is not None and self.main_window.session.is_open:
            self.main_window.session.close()
        if self.first_run is not None and self.first_run.session is not None:
            self.first_run.session.close()
