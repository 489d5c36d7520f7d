"""設定 › バックアップ: a folder inside a cloud-synced folder gets the warning."""

from __future__ import annotations

from kodoku_desk.paths import ONEDRIVE_ENV_VARS
from kodoku_desk.ui.settings_page import SettingsPage


def test_cloud_folder_is_warned(qtbot, new_db, tmp_path, monkeypatch, sync_tasks):
    for name in ONEDRIVE_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    session, _ = new_db
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_tab(page.backup_tab)
    tab = page.backup_tab
    assert not tab.folder_warning.isVisible()
    synced = tmp_path / "Dropbox" / "つながり" / "backup"
    synced.mkdir(parents=True)
    monkeypatch.setattr(tab, "ask_folder", lambda: str(synced))
    tab.choose_button.click()
    assert tab.folder.text() == str(synced)
    assert tab.folder_warning.isVisible()
    assert "Dropbox" in tab.folder_warning.text() and "同期" in tab.folder_warning.text()
    plain = tmp_path / "usb"
    plain.mkdir()
    monkeypatch.setattr(tab, "ask_folder", lambda: str(plain))
    tab.choose_button.click()
    assert not tab.folder_warning.isVisible()
