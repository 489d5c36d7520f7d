"""Unlock screen: specific messages, files untouched on failure, main window on success."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kodoku_desk.ui.controller import AppController
from kodoku_desk.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.support.files import snapshot
from tests.ui import seed


@pytest.fixture
def closed_db(new_db, db_path):
    session, recovery_key = new_db
    session.close()
    return db_path, recovery_key


def open_unlock(qtbot, db_path):
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def submit(qtbot, dialog, passphrase, username="admin"):
    dialog.username.setText(username)
    dialog.passphrase.setText(passphrase)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_wrong_passphrase_message_and_files_unchanged(qtbot, closed_db):
    db_path, _ = closed_db
    before = snapshot(db_path.parent)
    dialog = open_unlock(qtbot, db_path)
    dialog.username.setText("admin")
    dialog.passphrase.setText("not the passphrase")
    dialog.submit()
    assert dialog.busy and not dialog.passphrase.edit.isEnabled()  # off the UI thread
    assert not dialog.busy_bar.isHidden()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("パスフレーズが違います。")
    assert dialog.passphrase.text() == ""
    assert dialog.focusWidget() is dialog.passphrase.edit
    assert dialog.passphrase.edit.isEnabled() and dialog.busy_bar.isHidden()
    assert snapshot(db_path.parent) == before


def test_unknown_user_names_the_user(qtbot, closed_db):
    db_path, _ = closed_db
    dialog = open_unlock(qtbot, db_path)
    submit(qtbot, dialog, PASSPHRASE, username="ghost")
    assert dialog.error.text() == (
        "このデータベースに「ghost」という利用者はいません。利用者名を確かめてください。")


def test_truncated_file_says_restore_from_backup(qtbot, closed_db):
    db_path, _ = closed_db
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2 + 100])
    before = snapshot(db_path.parent)
    dialog = open_unlock(qtbot, db_path)
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.error.text() == ("データベースファイルが途中で切れています。"
                                   "バックアップから復元してください。ファイルは変更していません。")
    assert snapshot(db_path.parent) == before


def test_passphrase_show_hide_toggle(qtbot, closed_db):
    dialog = open_unlock(qtbot, closed_db[0])
    edit = dialog.passphrase.edit
    assert edit.echoMode() == edit.EchoMode.Password
    dialog.passphrase.toggle.click()
    assert edit.echoMode() == edit.EchoMode.Normal and dialog.passphrase.toggle.text() == "隠す"
    dialog.passphrase.toggle.click()
    assert edit.echoMode() == edit.EchoMode.Password


def test_recovery_dialog(qtbot, closed_db):
    db_path, recovery_key = closed_db
    dialog = open_unlock(qtbot, db_path)
    dialog.recover_button.click()
    recover = dialog.recover_dialog
    assert recover is not None and recover.isVisible()
    recover.key.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")
    recover.username.setText("admin")
    recover.passphrase.setText("new passphrase here")
    recover.confirm.setText("new passphrase here")
    recover.submit()
    qtbot.waitUntil(lambda: not recover.busy, timeout=10_000)
    assert recover.errors["key"].text().startswith("回復キーが違います。")

    recover.key.setText(recovery_key.lower())
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        recover.submit()
    session = opened.args[0]
    assert session.user.username == "admin"
    session.close()
    # the old passphrase no longer works, the new one does
    again = open_unlock(qtbot, db_path)
    submit(qtbot, again, PASSPHRASE)
    assert again.error.text().startswith("パスフレーズが違います。")
    with qtbot.waitSignal(again.opened, timeout=10_000) as opened:
        submit(qtbot, again, "new passphrase here")
    opened.args[0].close()


def test_right_passphrase_opens_main_window_with_real_counts(qtbot, new_db, db_path):
    session, _ = new_db
    today = date.today()
    with session.engine.begin() as conn:
        late = seed.person(conn, "山田", "太郎", frequency="monthly",
                           registered=today - timedelta(days=400))
        seed.visit(conn, late, today - timedelta(days=45))
        for family in ("佐藤", "鈴木"):
            pid = seed.person(conn, family, "花子", frequency="weekly")
            seed.visit(conn, pid, today, next_due=today + timedelta(days=7))
        seed.visit(conn, pid, today, next_due=today, hour=11)  # 鈴木: the latest plan is today
        seed.follow_up(conn, late, urgency="high")
        seed.follow_up(conn, late, urgency="low")
    session.close()

    controller = AppController(db_path)
    controller.start()
    unlock = controller.unlock
    qtbot.addWidget(unlock)
    assert controller.first_run is None and unlock is not None
    assert str(db_path) in unlock.path_label.text()
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        unlock.open_button.click()
    window = controller.main_window
    qtbot.addWidget(window)
    home = window.home
    qtbot.waitUntil(lambda: home.dashboard is not None, timeout=10_000)
    assert home.active.value.text() == "3"
    assert home.visits.value.text() == "3"
    assert home.planned.value.text() == "1"
    assert home.overdue_card.value.text() == "1"
    assert home.follow_ups.value.text() == "2"
    assert home.follow_ups.detail.text() == "緊急度 高 1・通常 0・低 1"
    assert home.places.value.text() == "0"
    assert home.table.rowCount() == 1 and home.table.item(0, 0).text() == "山田 太郎"
    assert home.table.item(0, 3).text() == "45 日"
    assert home.date_label.text().startswith("今日は 令和")
    assert "管理者" in window.user_label.text() and window.org_label.text() == "テストNPO"

    # Ctrl+3 switches to 見守り記録
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 2 and window.current_page_id() == "visits"
    assert window.nav.currentItem().text() == "見守り記録"

    # closing the window closes the session
    window.close()
    assert not window.session.is_open


def test_enter_submits_once(qtbot, closed_db, sync_tasks, monkeypatch):
    """Enter in a field makes exactly one attempt (the dialog's default button)."""
    import kodoku_desk.ui.unlock as unlock_module

    calls = []
    real = unlock_module.unlock_database
    monkeypatch.setattr(unlock_module, "unlock_database",
                        lambda *a, **k: calls.append(a) or real(*a, **k))
    dialog = open_unlock(qtbot, closed_db[0])
    dialog.passphrase.setText("not the passphrase")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert len(calls) == 1
    assert dialog.error.text().startswith("パスフレーズが違います。")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)  # empty passphrase: no attempt
    assert len(calls) == 1 and dialog.error.text() == "パスフレーズを入力してください。"
