"""「このパソコンに記憶」 on screen: the unlock and lock screens offer the remembered key and
fall back to the passphrase with the reason; 設定 remembers, forgets and revokes."""

from __future__ import annotations

import dataclasses

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError
from PySide6.QtCore import Qt

from kodoku_desk.services import device_keys, org_settings, users
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.device_keys import SERVICE
from kodoku_desk.services.session import CurrentUser
from kodoku_desk.ui.controller import AppController
from kodoku_desk.ui.lock_tab import DevicesSection
from kodoku_desk.ui.settings_page import SettingsPage
from kodoku_desk.ui.unlock import UnlockDialog
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE


class FailingKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise KeyringError("locked")

    def set_password(self, service, username, password):
        raise KeyringError("locked")

    def delete_password(self, service, username):
        raise KeyringError("locked")


@pytest.fixture(autouse=True)
def host(monkeypatch):
    monkeypatch.setattr(device_keys.platform, "node", lambda: "JIMUSHO-PC")


@pytest.fixture
def admin(new_db):
    session = new_db[0]
    org_settings.save_lock_settings(session, org_settings.LockSettings(10, True))
    return session


@pytest.fixture
def remembered(admin, db_path):
    """The admin remembered on this computer; the database closed."""
    device_keys.remember_this_computer(admin)
    admin.close()
    return db_path


def open_dialog(qtbot, db_path, **kwargs) -> UnlockDialog:
    dialog = UnlockDialog(db_path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def secret_accounts(memory_keyring) -> list[str]:
    return [account for (service, account) in memory_keyring.items
            if service == SERVICE and account.count(":") == 2]


def test_remembered_key_is_offered_focused_and_enter_opens(qtbot, remembered, sync_tasks):
    dialog = open_dialog(qtbot, remembered)
    assert dialog.device_ready
    assert dialog.device_button.isVisible() and dialog.device_button.isDefault()
    assert dialog.device_button.text() == "このパソコンに記憶した鍵で開く"
    assert dialog.open_button.text() == "パスフレーズで開く" and not dialog.open_button.isDefault()
    assert dialog.focusWidget() is dialog.device_button
    assert "記憶されています" in dialog.device_note.text()
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)   # empty field: the key
    session = opened.args[0]
    assert (session.user.username, session.user.role) == ("admin", "admin")
    session.close()


def test_typing_a_passphrase_makes_enter_use_it(qtbot, remembered, sync_tasks, monkeypatch):
    used = []
    monkeypatch.setattr(device_keys, "unlock_with_device",
                        lambda *a, **k: used.append(a))
    dialog = open_dialog(qtbot, remembered)
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.open_button.isDefault() and not dialog.device_button.isDefault()
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert used == []
    opened.args[0].close()


def test_secret_gone_falls_back_to_the_passphrase_with_the_reason(qtbot, remembered,
                                                                  memory_keyring, sync_tasks):
    dialog = open_dialog(qtbot, remembered)
    assert dialog.device_button.isVisible()
    for account in secret_accounts(memory_keyring):
        keyring.delete_password(SERVICE, account)
    keys_before = keyslot_path(remembered).read_bytes()
    dialog.device_button.click()
    assert not dialog.busy
    assert dialog.error.isVisible() and "資格情報の保管庫から消えています" in dialog.error.text()
    assert not dialog.device_button.isVisible() and dialog.open_button.text() == "開く"
    assert dialog.open_button.isDefault()
    assert dialog.focusWidget() is dialog.passphrase.edit
    assert dialog.failures == 0                      # not a wrong passphrase
    assert keyslot_path(remembered).read_bytes() == keys_before
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit()
    opened.args[0].close()


def test_unavailable_store_is_explained_before_typing(qtbot, remembered, sync_tasks):
    keyring.set_keyring(FailingKeyring())
    dialog = open_dialog(qtbot, remembered)
    assert not dialog.device_button.isVisible()
    assert dialog.device_note.isVisible()
    assert "資格情報の保管庫" in dialog.device_note.text()
    assert "パスフレーズで開いてください" in dialog.device_note.text()
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit()
    opened.args[0].close()


def test_store_failing_between_check_and_click(qtbot, remembered, sync_tasks):
    dialog = open_dialog(qtbot, remembered)
    keyring.set_keyring(FailingKeyring())
    dialog.device_button.click()
    assert "資格情報の保管庫" in dialog.error.text()
    assert not dialog.device_button.isVisible() and dialog.passphrase.edit.isEnabled()


def test_revoked_note_is_shown_until_the_next_passphrase_unlock(qtbot, remembered,
                                                                memory_keyring, sync_tasks):
    admin = unlock_database(remembered, "admin", PASSPHRASE)
    device_keys.revoke_all_devices(admin)
    admin.close()
    # the secret is gone here; the note (from the slot pointer) is shown until one unlock
    assert secret_accounts(memory_keyring) == [] and memory_keyring.items
    dialog = open_dialog(qtbot, remembered)
    assert not dialog.device_button.isVisible()
    assert "取り消されています" in dialog.device_note.text()
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit()
    opened.args[0].close()
    assert memory_keyring.items == {}
    again = open_dialog(qtbot, remembered)
    assert not again.device_note.isVisible() and not again.device_button.isVisible()


def test_other_user_name_rechecks(qtbot, remembered, sync_tasks):
    dialog = open_dialog(qtbot, remembered)
    assert dialog.device_button.isVisible()
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "x")            # "adminx": not remembered
    assert not dialog.device_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.status_timer.isActive(), timeout=3_000)
    assert not dialog.device_button.isVisible() and not dialog.device_note.isVisible()
    qtbot.keyClick(dialog.username, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: dialog.device_button.isVisible(), timeout=3_000)
    assert dialog.focusWidget() is dialog.username   # typing the name keeps the focus


def test_lock_screen_opens_with_the_remembered_key(qtbot, admin, db_path, sync_tasks):
    admin.close()
    controller = AppController(db_path)
    controller.start()
    dialog = controller.unlock
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        dialog.submit()
    window = controller.main_window
    device_keys.remember_this_computer(window.session)
    window.show_page(2)
    controller.lock("manual")
    lock_screen = controller.unlock
    assert lock_screen.locked_user == "admin"
    assert lock_screen.device_button.isVisible() and lock_screen.device_button.isDefault()
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        lock_screen.device_button.click()
    assert controller.main_window.current_page_id() == "visits"
    assert controller.main_window.session.user.username == "admin"
    controller.close_session()
    controller.main_window.close()


# ---- 設定 ------------------------------------------------------------------------------------
def make_page(qtbot, session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def as_user(session, username, role):
    info = users.add_user(session, username=username, display_name=username, role=role,
                          passphrase=f"{username}の長いパスフレーズ", kdf=FAST_KDF)
    return dataclasses.replace(session, user=CurrentUser(info.id, info.username,
                                                         info.display_name, info.role))


def test_volunteers_see_no_remember_section(qtbot, admin, sync_tasks):
    page = make_page(qtbot, as_user(admin, "vol", "volunteer"))
    assert page.passphrase_tab.remember is None


def test_staff_remember_and_forget_from_settings(qtbot, admin, db_path, memory_keyring,
                                                 sync_tasks):
    staff = as_user(admin, "kato", "staff")
    page = make_page(qtbot, staff)
    section = page.passphrase_tab.remember
    assert section is not None and section.allowed and not section.remembered
    assert section.remember_button.isVisible() and not section.forget_button.isVisible()
    assert "JIMUSHO-PC" in section.state.text()
    section.remember_button.click()
    assert section.remembered and section.success.text().startswith("このパソコンに記憶しました")
    assert section.forget_button.isVisible() and not section.remember_button.isVisible()
    assert len(secret_accounts(memory_keyring)) == 1
    section.forget_button.click()
    assert not section.remembered and secret_accounts(memory_keyring) == []
    assert "記憶を消しました" in section.success.text()
    assert section.remember_button.isVisible()


def test_not_offered_while_the_administrator_forbids_it(qtbot, new_db, sync_tasks):
    page = make_page(qtbot, new_db[0])
    page.show_tab(page.passphrase_tab)
    section = page.passphrase_tab.remember
    assert not section.allowed and not section.remember_button.isVisible()
    assert "許可していない" in section.state.text()
    # the administrator allows it in ロックと記憶; 自分のパスフレーズ shows the button next time
    page.show_tab(page.lock_tab)
    page.lock_tab.allow_remember.setChecked(True)
    page.lock_tab.save_button.click()
    page.show_tab(page.passphrase_tab)
    assert section.allowed and section.remember_button.isVisible()


def test_failing_store_in_settings_says_why_and_changes_nothing(qtbot, admin, db_path,
                                                                sync_tasks):
    page = make_page(qtbot, admin)
    page.show_tab(page.passphrase_tab)
    keyring.set_keyring(FailingKeyring())
    keys_before = keyslot_path(db_path).read_bytes()
    section = page.passphrase_tab.remember
    section.remember_button.click()
    assert section.error.isVisible() and "資格情報の保管庫" in section.error.text()
    assert "何も変更していません" in section.error.text()
    assert keyslot_path(db_path).read_bytes() == keys_before
    assert not section.remembered and section.remember_button.isEnabled()


def test_admin_revokes_every_computer_after_confirming(qtbot, admin, db_path, monkeypatch,
                                                       sync_tasks):
    staff = as_user(admin, "kato", "staff")
    device_keys.remember_this_computer(staff)
    admin._keyfile = staff._keyfile   # one open database, two Session copies: share the slots
    device_keys.remember_this_computer(admin)
    page = make_page(qtbot, admin)
    page.show_tab(page.lock_tab)
    devices = page.lock_tab.devices
    assert devices.count == 2 and devices.revoke_button.isEnabled()
    assert devices.summary.text().startswith("いま 2 件")
    assert "kato" in devices.listing.text() and "JIMUSHO-PC" in devices.listing.text()

    answers = []
    monkeypatch.setattr(DevicesSection, "confirm_revoke",
                        lambda self, count: answers.append(count) or False)
    devices.revoke_button.click()
    assert answers == [2] and devices.count == 2     # cancelled: nothing removed
    monkeypatch.setattr(DevicesSection, "confirm_revoke", lambda self, count: True)
    devices.revoke_button.click()
    assert devices.count == 0 and not devices.revoke_button.isEnabled()
    assert devices.success.text() == "2 件の記憶を取り消しました。"
    assert devices.summary.text() == "記憶しているパソコンはありません。"
    # 自分のパスフレーズ reloads and no longer says this computer is remembered
    page.show_tab(page.passphrase_tab)
    assert not page.passphrase_tab.remember.remembered
