"""Data location: the default data folder is not cloud-synced; a synced folder is warned about."""

from __future__ import annotations

import json

import pytest

from kodoku_desk import paths
from kodoku_desk.paths import (
    ONEDRIVE_ENV_VARS,
    cloud_sync_folder,
    cloud_sync_root,
    cloud_warning,
)

WIN_HOME = "C:\\Users\\taro"


@pytest.fixture(autouse=True)
def no_sync_clients(monkeypatch, tmp_path):
    """No OneDrive variables and no Dropbox info.json from the machine running the tests."""
    for name in ONEDRIVE_ENV_VARS + ("APPDATA", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def test_default_data_folder_is_not_synced(monkeypatch):
    monkeypatch.delenv("KODOKU_DESK_HOME")
    from platformdirs import user_data_dir

    assert paths.data_dir() == paths.Path(user_data_dir("KodokuDesk", appauthor=False))
    assert cloud_sync_root(paths.data_dir()) is None
    assert cloud_sync_root(paths.default_db_path()) is None
    assert cloud_warning(paths.default_db_path()) is None


def test_default_data_folder_on_windows_is_outside_onedrive(monkeypatch):
    """%LOCALAPPDATA%\\KodokuDesk even when OneDrive syncs Documents and Desktop."""
    from platformdirs import windows

    monkeypatch.setenv("LOCALAPPDATA", WIN_HOME + "\\AppData\\Local")
    monkeypatch.setenv("OneDrive", WIN_HOME + "\\OneDrive")
    monkeypatch.setenv("OneDriveCommercial", WIN_HOME + "\\OneDrive - NPO法人つながりの会")
    monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)
    folder = windows.Windows("KodokuDesk", appauthor=False).user_data_dir
    assert folder.startswith(WIN_HOME + "\\AppData\\Local")
    assert cloud_sync_root(folder) is None
    assert cloud_sync_root(WIN_HOME + "\\OneDrive\\ドキュメント\\kodoku.kdesk") == \
        WIN_HOME + "\\OneDrive"


def test_default_data_folder_on_macos_is_outside_icloud(monkeypatch):
    from platformdirs.macos import MacOS

    monkeypatch.setenv("HOME", "/Users/taro")
    folder = MacOS("KodokuDesk", appauthor=False).user_data_dir
    assert folder == "/Users/taro/Library/Application Support/KodokuDesk"
    assert cloud_sync_root(folder) is None


@pytest.mark.parametrize("path, service, root", [
    (WIN_HOME + "\\OneDrive\\Documents\\kodoku.kdesk", "onedrive", WIN_HOME + "\\OneDrive"),
    (WIN_HOME + "\\OneDrive - Contoso\\記録\\kodoku.kdesk", "onedrive",
     WIN_HOME + "\\OneDrive - Contoso"),
    ("/Users/taro/Library/CloudStorage/OneDrive-Personal/kodoku.kdesk", "onedrive",
     "/Users/taro/Library/CloudStorage/OneDrive-Personal"),
    ("/home/taro/Dropbox/backups", "dropbox", "/home/taro/Dropbox"),
    (WIN_HOME + "\\Dropbox (Personal)\\x.kdesk", "dropbox", WIN_HOME + "\\Dropbox (Personal)"),
    ("G:\\My Drive\\kodoku.kdesk", "gdrive", "G:\\My Drive"),
    ("G:\\マイドライブ\\kodoku.kdesk", "gdrive", "G:\\マイドライブ"),
    (WIN_HOME + "\\Google Drive\\kodoku.kdesk", "gdrive", WIN_HOME + "\\Google Drive"),
    ("/Users/taro/Library/CloudStorage/GoogleDrive-taro@example.com/My Drive/a", "gdrive",
     "/Users/taro/Library/CloudStorage/GoogleDrive-taro@example.com"),
    (WIN_HOME + "\\iCloudDrive\\kodoku.kdesk", "icloud", WIN_HOME + "\\iCloudDrive"),
    ("/Users/taro/Library/Mobile Documents/com~apple~CloudDocs/a", "icloud",
     "/Users/taro/Library/Mobile Documents"),
    ("/Users/taro/Library/CloudStorage/Box-Box/a", "cloud",
     "/Users/taro/Library/CloudStorage/Box-Box"),
])
def test_synced_folders_by_name(path, service, root):
    assert cloud_sync_folder(path) == (service, root)


@pytest.mark.parametrize("path", [
    WIN_HOME + "\\AppData\\Local\\KodokuDesk\\kodoku.kdesk",
    WIN_HOME + "\\Documents\\OneDriveの使い方.pdf",     # a file named like it, not the folder
    "/home/taro/.local/share/KodokuDesk/kodoku.kdesk",
    "D:\\バックアップ\\kodoku",
    "E:\\",
])
def test_ordinary_folders_are_not_synced(path):
    assert cloud_sync_folder(path) is None
    assert cloud_warning(path) is None


def test_onedrive_warning_by_folder_name():
    path = WIN_HOME + "\\OneDrive\\kodoku.kdesk"
    ja = cloud_warning(path)
    assert "OneDrive" in ja and "同期" in ja and WIN_HOME + "\\OneDrive" in ja
    en = cloud_warning(path, "en")
    assert "OneDrive" in en and "synchronises" in en


def test_onedrive_environment_variable_marks_a_renamed_folder(monkeypatch, tmp_path):
    """Windows announces the OneDrive folder, whatever it is called, in %OneDrive%."""
    synced = tmp_path / "会社の共有"
    (synced / "事務").mkdir(parents=True)
    target = synced / "事務" / "kodoku.kdesk"
    assert cloud_sync_folder(target) is None
    for name in ONEDRIVE_ENV_VARS:
        monkeypatch.setenv(name, str(synced))
        assert cloud_sync_folder(target) == ("onedrive", str(synced))
        assert "OneDrive" in cloud_warning(target)
        monkeypatch.delenv(name)
    assert cloud_warning(tmp_path / "elsewhere" / "kodoku.kdesk") is None


def test_dropbox_info_json_marks_a_renamed_folder(monkeypatch, tmp_path):
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    synced = tmp_path / "Work Files"
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(synced), "host": 1}}), encoding="utf-8")
    assert cloud_sync_folder(synced / "kodoku.kdesk") == ("dropbox", str(synced))
    (home / ".dropbox" / "info.json").write_text("{not json", encoding="utf-8")
    assert cloud_sync_folder(synced / "kodoku.kdesk") is None


def test_relative_paths_are_resolved(monkeypatch, tmp_path):
    work = tmp_path / "Dropbox" / "sub"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    assert cloud_sync_root("kodoku.kdesk") == str(tmp_path / "Dropbox")
