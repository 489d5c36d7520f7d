"""The controller: one app per database (refusal, stale lock after a crash, held through
a screen lock), the backup on closing and the daily one, and the way back to the unlock
screen after a restore (logged at the next unlock)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from kodoku_desk.services import backup, instance_lock
from kodoku_desk.services.backup import BackupSettings
from kodoku_desk.services.restore import prepare_restore
from kodoku_desk.store import settings_repo
from kodoku_desk.ui.controller import AppController
from tests.conftest import PASSPHRASE
from tests.services.mimamori_support import person

STALE = "前回、つながりデスクが正しく終了しませんでした。データは最後に保存した時点のものです。"


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    return out


def sign_in(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    dialog = controller.unlock
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        dialog.submit()
    qtbot.addWidget(controller.main_window)


def started(db_path) -> AppController:
    controller = AppController(db_path)
    controller.start()
    return controller


def test_a_second_app_on_the_same_database_is_refused(qtbot, new_db, db_path, sync_tasks):
    new_db[0].close()
    first = started(db_path)
    sign_in(qtbot, first)
    assert first.unlock_notices == [] and first.instance.held
    second = started(db_path)
    qtbot.addWidget(second.unlock)
    assert len(second.unlock_notices) == 1
    assert "すでに別のつながりデスクで開かれています" in second.unlock_notices[0]
    # typing the passphrase anyway: the session is closed again, no window
    second.unlock.passphrase.setText(PASSPHRASE)
    second.unlock.submit()
    assert second.main_window is None and second.unlock is not None
    qtbot.addWidget(second.unlock)
    assert "すでに別のつながりデスクで開かれています" in second.unlock_notices[0]
    # the first keeps its lock through a screen lock, and lets go on exit
    first.lock("manual")
    qtbot.addWidget(first.unlock)
    assert first.instance.held
    first.close_session()
    assert first.instance is None
    assert instance_lock.read_owner(db_path).state == "closed"
    third = started(db_path)
    qtbot.addWidget(third.unlock)
    assert third.unlock_notices == []
    third.close_session()


def test_a_crash_leaves_a_stale_lock_that_the_next_start_reports(qtbot, new_db, db_path,
                                                                  sync_tasks):
    new_db[0].close()
    instance_lock.lock_path(db_path).write_text(json.dumps({
        "format": instance_lock.FORMAT, "state": "open", "pid": 999999, "host": "pc1",
        "started_at": "2026-11-27T01:00:00+00:00"}))
    controller = started(db_path)
    qtbot.addWidget(controller.unlock)
    assert controller.unlock_notices == [STALE]
    sign_in(qtbot, controller)
    assert instance_lock.read_owner(db_path).last_opened_at is not None
    controller.close_session()


def test_backup_when_the_window_closes_and_daily(qtbot, new_db, db_path, folder, sync_tasks):
    session = new_db[0]
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    session.close()
    controller = started(db_path)
    sign_in(qtbot, controller)
    window = controller.main_window
    with qtbot.waitSignal(controller.backup_done, timeout=10_000) as done:
        controller.check_daily_backup()      # never backed up: due
    info, error = done.args
    assert error is None and info.trigger == "daily" and info.path.exists()
    controller.check_daily_backup()          # not due again for 24 h
    assert len(backup.list_backups(folder)) == 1
    # closing right after a backup: skipped (less than 10 minutes)
    window.close()
    assert controller.last_close_backup is None
    assert len(backup.list_backups(folder)) == 1
    controller.close_session()

    controller = started(db_path)
    sign_in(qtbot, controller)
    window = controller.main_window
    with window.session.engine.begin() as conn:
        settings_repo.put(conn, backup.LAST_AT_KEY, (datetime.now(timezone.utc) - timedelta(
            hours=1)).isoformat(timespec="seconds"))
    window.close()                           # the backup is made before the session closes
    assert controller.last_close_backup["info"].trigger == "close"
    assert not window.session.is_open
    assert len(backup.list_backups(folder)) == 2
    controller.close_session()


def test_a_failed_daily_backup_waits_before_trying_again(qtbot, new_db, db_path, folder,
                                                         sync_tasks):
    session = new_db[0]
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    session.close()
    controller = started(db_path)
    sign_in(qtbot, controller)
    folder.rmdir()
    with qtbot.waitSignal(controller.backup_done, timeout=10_000) as done:
        controller.check_daily_backup()
    assert done.args[1].details["reason"] == "folder_missing"
    assert "自動バックアップを作れませんでした" in controller.main_window.statusBar().currentMessage()
    with qtbot.assertNotEmitted(controller.backup_done):
        controller.check_daily_backup()
    # closing with the folder still missing does not hold the window
    controller.main_window.close()
    assert "error" in controller.last_close_backup
    controller.close_session()


def test_after_a_restore_the_unlock_screen_opens_the_restored_file(qtbot, new_db, db_path,
                                                                   folder, sync_tasks):
    session = new_db[0]
    first = person(session, "前田", "一郎", kana=("マエダ", "イチロウ"))
    made = backup.make_backup(session, folder)
    person(session, "後藤", "二郎", kana=("ゴトウ", "ジロウ"))
    session.close()
    controller = started(db_path)
    sign_in(qtbot, controller)
    window = controller.main_window
    tab = window.settings.backup_tab
    prepared = prepare_restore(window.session, made.path, "admin", PASSPHRASE)
    tab.finish(prepared)                     # what 「復元する」 does after the dialog
    assert controller.main_window is None and not window.session.is_open
    assert controller.unlock is not None and controller.instance.held
    qtbot.addWidget(controller.unlock)
    assert "から復元しました" in controller.unlock_notices[0]
    assert "before-restore" in controller.unlock_notices[0]
    sign_in(qtbot, controller)
    restored = controller.main_window.session
    with restored.engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM persons")).scalars().all() == [first]
        actions = conn.execute(text("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2")
                               ).scalars().all()
    assert actions == ["backup.restore", "unlock"]
    controller.close_session()


def test_a_damaged_database_with_a_pre_migration_copy_is_mentioned(qtbot, new_db, db_path):
    from kodoku_desk.store import opening
    from kodoku_desk.vault.keyslots import keyslot_path

    new_db[0].close()
    copy = opening.copy_before_migration(db_path, keyslot_path(db_path), "0004")
    db_path.write_bytes(db_path.read_bytes()[:-100])      # cut short during the migration
    controller = started(db_path)
    qtbot.addWidget(controller.unlock)
    assert any(copy.name in n and "更新の前に作ったコピー" in n for n in controller.unlock_notices)
    controller.close_session()
