"""Locking: after the idle time (or Ctrl+L) no personal data is on screen, the database
connection is closed, and unlocking as the same user shows the same page again; wrong
passphrases wait longer each time; copied data leaves the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit
from sqlalchemy import text

from kodoku_desk.services.database import unlock_database
from kodoku_desk.ui.clipboard_guard import ClipboardGuard
from kodoku_desk.ui.controller import AppController
from kodoku_desk.ui.main_window import MainWindow
from kodoku_desk.ui.unlock import UnlockDialog, retry_delay
from tests.conftest import PASSPHRASE
from tests.services.mimamori_support import person


def visible_texts() -> str:
    """Every text shown in a visible top-level window (labels, fields, table cells)."""
    out = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out += [w.text() for w in top.findChildren(QLabel) if w.isVisible()]
        out += [w.text() for w in top.findChildren(QLineEdit) if w.isVisible()]
        for view in top.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None:
                root = QModelIndex()
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
                out += [str(model.index(r, c).data()) for r in range(model.rowCount(root))
                        for c in range(columns)]
    return "\n".join(out)


def signed_in(qtbot, db_path) -> AppController:
    controller = AppController(db_path)
    controller.start()
    dialog = controller.unlock
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        dialog.submit()
    return controller


def unlock_again(qtbot, controller, passphrase=PASSPHRASE) -> None:
    dialog = controller.unlock
    assert isinstance(dialog, UnlockDialog) and dialog.locked_user == "admin"
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        dialog.submit()


def test_idle_lock_hides_everything_and_unlock_restores_the_page(qtbot, new_db, db_path,
                                                                 sync_tasks):
    session = new_db[0]
    pid = person(session, "孤立", "花子", kana=("コリツ", "ハナコ"))
    session.close()
    controller = signed_in(qtbot, db_path)
    window = controller.main_window
    window.open_person(pid)
    qtbot.waitUntil(lambda: window.people.person_page.data is not None)
    assert "孤立 花子" in visible_texts()
    old_session = window.session

    controller.idle.set_minutes(0.005)         # 0.3 s instead of the organisation's 10 min
    qtbot.waitUntil(lambda: controller.unlock is not None, timeout=5_000)
    assert controller.main_window is None and not old_session.is_open
    assert "孤立" not in visible_texts()
    assert controller.unlock.isVisible() and controller.unlock.username.text() == "admin"

    unlock_again(qtbot, controller)
    window = controller.main_window
    assert window.current_page_id() == "people"
    qtbot.waitUntil(lambda: window.people.person_page.data is not None)
    assert window.people.person_page.person_id == pid
    with window.session.engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text(
            "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 3"))]
    assert actions == ["person.open", "unlock", "lock"]   # newest first
    controller.close_session()
    window.close()


def test_ctrl_l_locks_and_another_user_starts_on_home(qtbot, new_db, db_path, sync_tasks):
    new_db[0].close()
    controller = signed_in(qtbot, db_path)
    window = controller.main_window
    window.show_page(2)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.wait(20)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.unlock is not None)
    dialog = controller.unlock
    dialog.passphrase.setText("wrong passphrase")
    dialog.submit()
    assert "パスフレーズが違います" in dialog.error.text() and dialog.failures == 1
    unlock_again(qtbot, controller)
    assert controller.main_window.current_page_id() == "visits"
    controller.close_session()
    controller.main_window.close()


def test_wrong_passphrases_wait_longer_each_time(qtbot, new_db, db_path, sync_tasks):
    new_db[0].close()
    assert [retry_delay(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 32, 60]
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        dialog.passphrase.setText("wrong passphrase")
        dialog.submit()
    assert dialog.failures == 3 and dialog.wait_left == 2
    assert not dialog.open_button.isEnabled() and "2 秒後" in dialog.status.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()                            # refused while waiting: no attempt
    assert dialog.failures == 3 and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=5_000)
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        dialog.submit()
    opened.args[0].close()


def test_relock_skips_the_full_integrity_check_but_not_the_keys(new_db, db_path):
    new_db[0].close()
    session = unlock_database(db_path, "admin", PASSPHRASE, full_check=False)
    assert session.is_open
    session.close()


def test_clipboard_is_cleared_only_if_it_still_holds_our_copy(qtbot, new_db):
    window = MainWindow(new_db[0])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    guard = ClipboardGuard(seconds=0.2)
    clipboard = QApplication.clipboard()
    clipboard.setText("090-1234-5678")
    assert guard.copied == "090-1234-5678"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    clipboard.setText("山田 太郎")
    guard.copied = "something else"      # what we copied was replaced meanwhile
    guard.clear()
    assert clipboard.text() == "山田 太郎"
