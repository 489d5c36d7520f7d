"""run_gui: first run when there is no file, unlock when there is; the loop ends cleanly."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kodoku_desk.ui import app as ui_app
from kodoku_desk.ui import settings
from kodoku_desk.ui.first_run import FirstRunDialog
from kodoku_desk.ui.unlock import UnlockDialog
from tests.conftest import FAST_KDF


def _run_and_capture(db_path, **kwargs):
    seen = []

    def close_all():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (FirstRunDialog, UnlockDialog)) and widget.isVisible():
                seen.append(widget)
                widget.close()

    QTimer.singleShot(100, close_all)
    code = ui_app.run_gui(db_path, **kwargs)
    return code, seen


def test_first_run_when_no_database(qtbot, db_path):
    code, seen = _run_and_capture(db_path, kdf=FAST_KDF)
    assert code == 0
    assert len(seen) == 1 and isinstance(seen[0], FirstRunDialog)
    assert seen[0].kdf is FAST_KDF and not db_path.exists()


def test_unlock_when_database_exists(qtbot, new_db, db_path):
    new_db[0].close()
    code, seen = _run_and_capture(db_path)
    assert code == 0 and isinstance(seen[0], UnlockDialog) and seen[0].db_path == db_path


def test_last_database_is_remembered(new_db, db_path):
    new_db[0].close()
    settings.put(settings.LAST_DB, str(db_path))
    assert ui_app.initial_db_path(None) == db_path
    assert ui_app.initial_db_path(db_path.parent / "other.kdesk") == db_path.parent / "other.kdesk"


def test_japanese_font_is_chosen(qapp):
    ui_app.create_application("ja")
    family = qapp.font().family()
    assert family in ui_app.theme.PREFERRED_FAMILIES
    assert qapp.font().pointSize() >= 12
