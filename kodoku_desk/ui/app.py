"""The GUI entry point: QApplication, font, language, then first run / unlock / main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kodoku_desk import __version__
from kodoku_desk.paths import default_db_path
from kodoku_desk.ui import i18n, settings, theme

APP_DISPLAY_NAME = "つながりデスク"


def create_application(lang: str | None = None) -> QApplication:
    """The QApplication with names, font, style and translations (reused if one exists)."""
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, lang)
    app.setApplicationDisplayName(
        QCoreApplication.translate("App", "つながりデスク"))
    theme.apply(app)
    return app


def initial_db_path(db_path: Path | None) -> Path:
    """The database to open: the argument, else the last one used, else the default."""
    if db_path is not None:
        return Path(db_path)
    last = settings.get(settings.LAST_DB)
    if last and Path(last).exists():
        return Path(last)
    return default_db_path()


def run_gui(db_path: Path | None = None, lang: str | None = None, *, kdf=None) -> int:
    """Run the app until the last window closes; returns the exit code.

    ``kdf`` (tests, demos) replaces the calibrated Argon2id parameters when a new
    database is created.
    """
    from kodoku_desk.ui.controller import AppController

    app = create_application(lang)
    controller = AppController(initial_db_path(db_path), kdf=kdf)
    app.aboutToQuit.connect(controller.close_session)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.close_session()
