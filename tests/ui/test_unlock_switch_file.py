"""Unlock screen 「別のファイルを選ぶ…」: the instance lock moves with the chosen file."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from kodoku_desk.services import instance_lock
from kodoku_desk.services.database import create_database
from kodoku_desk.ui.controller import AppController
from tests.conftest import FAST_KDF, PASSPHRASE


def _closed(path):
    session, _ = create_database(path, org_name="別の団体", admin_username="admin",
                                 admin_display_name="管理 次郎", passphrase=PASSPHRASE,
                                 kdf=FAST_KDF)
    session.close()
    return path


def test_switching_files_moves_the_lock(qtbot, new_db, db_path, tmp_path, sync_tasks,
                                        monkeypatch):
    new_db[0].close()
    other = _closed(tmp_path / "other" / "other.kdesk")
    controller = AppController(db_path)
    controller.start()
    dialog = controller.unlock
    qtbot.addWidget(dialog)
    assert controller.instance.db_path == db_path
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    dialog.choose_button.click()
    assert dialog.db_path == other and str(other) in dialog.path_label.text()
    # the old file is free for another app; this app holds the new one
    assert instance_lock.read_owner(db_path).state == "closed"
    with instance_lock.acquire(db_path):
        pass
    assert controller.instance.db_path == other and controller.instance.held
    assert instance_lock.read_owner(other).state == "open"
    assert not dialog.error.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        dialog.submit()
    window = controller.main_window
    qtbot.addWidget(window)
    assert window.session.db_path == other
    window.close()
    controller.close_session()
    assert instance_lock.read_owner(other).state == "closed"


def test_a_file_open_in_another_window_is_refused_clearly(qtbot, new_db, db_path, tmp_path,
                                                          sync_tasks, monkeypatch):
    new_db[0].close()
    other = _closed(tmp_path / "other" / "other.kdesk")
    elsewhere = instance_lock.acquire(other)          # "another window" has it open
    try:
        controller = AppController(db_path)
        controller.start()
        dialog = controller.unlock
        qtbot.addWidget(dialog)
        dialog.set_db_path(other)
        assert dialog.error.isVisible()
        assert "すでに別のつながりデスクで開かれています" in dialog.error.text()
        assert controller.instance is None                   # the first file was let go too
        assert instance_lock.read_owner(db_path).state == "closed"
        # typing the passphrase anyway: no key derivation, no window
        calls = []
        import kodoku_desk.ui.unlock as unlock_module
        monkeypatch.setattr(unlock_module, "unlock_database",
                            lambda *a, **k: calls.append(a))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit()
        assert calls == [] and controller.main_window is None
        assert "すでに別のつながりデスクで開かれています" in dialog.error.text()
        # back to the first file: it is taken again and opens
        dialog.set_db_path(db_path)
        assert not dialog.error.isVisible() and controller.instance.db_path == db_path
    finally:
        elsewhere.release()
    controller.close_session()
