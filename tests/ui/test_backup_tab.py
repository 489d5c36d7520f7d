"""設定 › バックアップ and the ホーム warning: choose a folder, back up now with progress,
the list, restore through the dialog (admin only), and clear errors."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from kodoku_desk.services import backup
from kodoku_desk.services.backup import BackupSettings
from kodoku_desk.store import settings_repo
from kodoku_desk.ui.formatting import date_time_text
from kodoku_desk.ui.home_page import HomePage
from kodoku_desk.ui.restore_dialog import RestoreDialog
from kodoku_desk.ui.settings_page import SettingsPage
from tests.conftest import PASSPHRASE
from tests.services.mimamori_support import person
from tests.services.mimamori_support import user as signed_in
from tests.support.files import snapshot


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    return out


def make_page(qtbot, session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.show_tab(page.backup_tab)
    return page


def drive_restore(monkeypatch, fill):
    """Replace RestoreDialog.exec(): ``fill(dialog)`` types and clicks as a user would."""
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    return seen


def test_admin_chooses_a_folder_backs_up_and_sees_the_list(qtbot, session, folder, sync_tasks,
                                                           monkeypatch):
    page = make_page(qtbot, session)
    tab = page.backup_tab
    assert tab.last_label.text() == "まだバックアップはありません。"
    assert tab.keep.value() == 14 and tab.warn_days.value() == 7
    assert "保存先を選ぶと" in tab.list_note.text()
    monkeypatch.setattr(tab, "ask_folder", lambda: str(folder))
    tab.choose_button.click()
    tab.backup_button.click()            # not saved yet: says so, makes nothing
    assert "先に「保存」" in tab.error.text() and list(folder.iterdir()) == []
    tab.keep.setValue(3)
    tab.save_button.click()
    assert tab.settings_success.text() == "保存しました。"
    assert backup.backup_settings(session) == BackupSettings(str(folder), 3, 7)
    with qtbot.waitSignal(page.backed_up, timeout=10_000) as made:
        tab.backup_button.click()
    info = made.args[0]
    assert info.path.exists() and not tab.progress.isVisible() and not tab.error.isVisible()
    assert info.path.name in tab.result.text()
    assert tab.last_label.text().startswith("最後のバックアップ：")
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "このデータベース"
    assert not tab.restore_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.restore_button.isEnabled()


def test_a_missing_folder_is_a_clear_error(qtbot, session, folder, sync_tasks):
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    page = make_page(qtbot, session)
    tab = page.backup_tab
    folder.rmdir()                         # the USB drive was pulled out
    tab.backup_button.click()
    assert "見つかりません" in tab.error.text() and "バックアップは作成していません" in tab.error.text()
    tab.load_list()
    assert "見つかりません" in tab.list_note.text() and tab.table.rowCount() == 0


def test_staff_back_up_but_cannot_change_settings_or_restore(qtbot, session, folder, sync_tasks):
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    page = make_page(qtbot, signed_in(session, "staff1", "staff"))
    tab = page.backup_tab
    assert not tab.choose_button.isEnabled() and not tab.save_button.isVisible()
    assert tab.settings_note.isVisible() and not tab.restore_button.isVisible()
    assert tab.folder.text() == str(folder)
    tab.backup_button.click()
    assert tab.result.isVisible() and tab.table.rowCount() == 1
    tab.table.selectRow(0)
    assert not tab.restore_button.isEnabled()


def test_restore_through_the_dialog(qtbot, session, folder, sync_tasks, monkeypatch, db_path):
    first = person(session, "前田", "一郎", kana=("マエダ", "イチロウ"))
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    made = backup.make_backup(session)
    person(session, "後藤", "二郎", kana=("ゴトウ", "ジロウ"))
    page = make_page(qtbot, session)
    tab = page.backup_tab
    tab.table.selectRow(0)

    def fill(dialog: RestoreDialog):
        assert dialog.username.text() == "admin" and not dialog.restore_button.isEnabled()
        dialog.passphrase.setText("wrong passphrase")
        dialog.check_button.click()
        assert "パスフレーズが違います" in dialog.error.text()
        assert not dialog.restore_button.isEnabled()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.check_button.click()
        assert "当事者 1 人・見守り記録 0 件" in dialog.details.text()
        assert date_time_text(made.taken_at) in dialog.details.text()
        assert "before-restore" in dialog.warning.text()
        dialog.restore_button.click()

    seen = drive_restore(monkeypatch, fill)
    with qtbot.waitSignal(page.restored, timeout=10_000) as restored:
        tab.restore_button.click()
    assert seen["dialog"].prepared is not None
    result = restored.args[0]
    assert not session.is_open and result.db_path == db_path and result.aside_db.exists()
    from kodoku_desk.services.database import unlock_database

    reopened = unlock_database(db_path, "admin", PASSPHRASE)
    with reopened.engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM persons")).scalars().all() == [first]
    reopened.close()


def test_a_damaged_backup_is_refused_in_the_dialog(qtbot, session, folder, sync_tasks,
                                                   monkeypatch, db_path):
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    made = backup.make_backup(session)
    data = made.path.read_bytes()
    made.path.write_bytes(data[: len(data) // 2 // 4096 * 4096])   # cut short
    page = make_page(qtbot, session)
    tab = page.backup_tab
    tab.table.selectRow(0)
    before = snapshot(db_path.parent)

    def fill(dialog: RestoreDialog):
        dialog.passphrase.setText(PASSPHRASE)
        dialog.check_button.click()
        assert "途中で切れている" in dialog.error.text()
        assert not dialog.restore_button.isEnabled() and not dialog.details.isVisible()
        dialog.reject()

    drive_restore(monkeypatch, fill)
    tab.restore_button.click()
    assert session.is_open

    def files(snap):   # -shm is SQLite's shared-memory index, touched by every read
        return {k: v for k, v in snap.items() if not k.endswith("-shm")}

    assert files(snapshot(db_path.parent)) == files(before)


# ---- ホーム -----------------------------------------------------------------------------------

def make_home(qtbot, session) -> HomePage:
    home = HomePage(session)
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    return home


def test_home_warns_without_folder_never_and_when_old(qtbot, session, folder, sync_tasks):
    home = make_home(qtbot, session)
    assert home.backup_warning.isVisible()
    assert home.backup_warning.text().startswith("バックアップの保存先が設定されていません。")
    backup.save_backup_settings(session, BackupSettings(str(folder), warn_days=7))
    home.refresh_backup_status()
    assert "まだ一度もバックアップしていません" in home.backup_warning.text()
    backup.make_backup(session)
    home.refresh_backup_status()
    assert not home.backup_warning.isVisible()
    eight_days_ago = datetime.now(timezone.utc) - timedelta(days=8, hours=1)
    with session.engine.begin() as conn:
        settings_repo.put(conn, backup.LAST_AT_KEY, eight_days_ago.isoformat(timespec="seconds"))
    home.refresh_backup_status()
    assert home.backup_warning.isVisible()
    assert home.backup_warning.text().startswith("最後のバックアップから 8 日たっています。")


def test_volunteers_get_no_backup_line(qtbot, session, sync_tasks):
    home = make_home(qtbot, signed_in(session, "vol1", "volunteer"))
    assert not home.backup_warning.isVisible() and home.backup_status is None


def test_restore_dialog_cancel_changes_nothing(qtbot, session, folder, sync_tasks, db_path):
    made = backup.make_backup(session, folder)
    dialog = RestoreDialog(session, made.path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check_button.click()
    assert dialog.restore_button.isEnabled()
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.prepared is None
    assert session.is_open
