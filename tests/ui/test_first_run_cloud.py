"""First run warns when the chosen database folder is synced to a cloud service."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from kodoku_desk.paths import ONEDRIVE_ENV_VARS
from kodoku_desk.ui.first_run import FirstRunDialog
from tests.conftest import FAST_KDF


def _clear_sync_env(monkeypatch, tmp_path):
    for name in ONEDRIVE_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def to_admin_step(dialog) -> None:
    dialog.org_step.org.setText("NPO法人つながりの会")
    dialog.next_button.click()


def test_no_warning_for_the_default_folder(qtbot, db_path, monkeypatch, tmp_path):
    _clear_sync_env(monkeypatch, tmp_path)
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    to_admin_step(dialog)
    assert not dialog.admin_step.path_warning.isVisible()


def test_choosing_a_onedrive_folder_shows_the_warning(qtbot, db_path, monkeypatch, tmp_path):
    _clear_sync_env(monkeypatch, tmp_path)
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    to_admin_step(dialog)
    synced = tmp_path / "OneDrive - NPO法人つながりの会" / "記録" / "kodoku.kdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(synced), "")))
    dialog.admin_step.choose_path()
    assert dialog.db_path == synced
    assert dialog.admin_step.path_warning.isVisible()
    assert "OneDrive" in dialog.admin_step.path_warning.text() and "同期" in dialog.admin_step.path_warning.text()

    # back to an ordinary folder: the warning goes away
    plain = tmp_path / "records" / "kodoku.kdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(plain), "")))
    dialog.admin_step.choose_path()
    assert not dialog.admin_step.path_warning.isVisible()


def test_onedrive_variable_marks_the_starting_path(qtbot, monkeypatch, tmp_path):
    _clear_sync_env(monkeypatch, tmp_path)
    folder = tmp_path / "Company Files"
    monkeypatch.setenv("OneDriveCommercial", str(folder))
    dialog = FirstRunDialog(folder / "kodoku.kdesk", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    to_admin_step(dialog)
    assert dialog.admin_step.path_warning.isVisible()
    assert str(folder) in dialog.admin_step.path_warning.text()
