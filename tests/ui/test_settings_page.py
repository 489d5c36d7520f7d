"""設定 page: users through the dialogs, own passphrase, lock settings, the audit log screen."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from kodoku_desk.services import org_settings, users
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.session import CurrentUser
from kodoku_desk.ui import audit_tab as audit_tab_module
from kodoku_desk.ui.audit_model import AuditModel
from kodoku_desk.ui.settings_page import SettingsPage
from kodoku_desk.ui.user_dialog import AddUserDialog, NewPassphraseDialog
from kodoku_desk.ui.users_model import UsersModel
from kodoku_desk.ui.users_tab import UsersTab
from kodoku_desk.vault.errors import UnknownUser, WrongPassphrase
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.mimamori_support import user as signed_in


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def session(new_db):
    return new_db[0]


def make_page(qtbot, session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


@pytest.fixture
def page(qtbot, session, sync_tasks):
    return make_page(qtbot, session)


def drive(monkeypatch, dialog_class, fill):
    """Replace exec(): ``fill(dialog)`` types and saves as a user would."""
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def names(tab: UsersTab) -> list[str]:
    return [tab.model.data(tab.model.index(r, UsersModel.USERNAME))
            for r in range(tab.model.rowCount())]


def add_through_dialog(tab, monkeypatch, username, role, passphrase, name="新しい 利用者"):
    def fill(dialog: AddUserDialog):
        dialog.display_name.setText(name)
        dialog.username.setText(username)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.pair.first.setText(passphrase)
        dialog.pair.second.setText(passphrase)
        dialog.save()

    drive(monkeypatch, AddUserDialog, fill)
    tab.add_button.click()


@pytest.mark.parametrize("role", ["staff", "volunteer"])
def test_others_see_only_their_own_passphrase(qtbot, session, sync_tasks, role):
    page = make_page(qtbot, signed_in(session, "someone", role))
    # staff may also make backups (設定 › バックアップ, read-only settings)
    assert page.tab_titles() == (["自分のパスフレーズ", "バックアップ"] if role == "staff"
                                 else ["自分のパスフレーズ"])
    assert page.users_tab is None and page.audit_tab is None
    assert "管理者だけ" in page.note.text() and page.note.isVisible()


def test_admin_adds_a_user_who_can_then_unlock(qtbot, page, session, db_path, monkeypatch):
    tab = page.users_tab
    assert page.tab_titles() == ["利用者", "団体", "自分のパスフレーズ", "ロックと記憶", "集計の秘匿基準",
                                 "監査ログ", "バックアップ"]
    assert names(tab) == ["admin"]

    def fill(dialog: AddUserDialog):
        dialog.save()   # nothing typed: every field says what is missing, nothing written
        assert dialog.errors["display_name"].text() == "表示名を入力してください。"
        assert dialog.errors["username"].text() == "利用者名を入力してください。"
        assert dialog.errors["role"].text() == "権限を選んでください。"
        assert "8文字以上" in dialog.errors["passphrase"].text()
        dialog.display_name.setText("田中 一郎")
        dialog.username.setText("tanaka")
        dialog.role.setCurrentIndex(dialog.role.findData("volunteer"))
        assert dialog.role_about.text().startswith("担当の方の見守り記録")
        dialog.pair.first.setText("ひだまりの朝ごはん")
        assert "この長さなら使えます" in dialog.pair.status.text()
        dialog.pair.second.setText("ひだまりの朝ごはんX")
        dialog.save()
        assert "一致しません" in dialog.errors["confirm"].text()
        dialog.pair.second.setText("ひだまりの朝ごはん")
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog.pair.second.edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    seen = drive(monkeypatch, AddUserDialog, fill)
    tab.add_button.click()
    assert seen["dialog"].result_value.username == "tanaka"
    assert names(tab) == ["admin", "tanaka"]
    assert tab.selected().username == "tanaka"
    assert "田中 一郎さん（tanaka）を追加しました" in tab.success.text()
    volunteer = unlock_database(db_path, "tanaka", "ひだまりの朝ごはん")
    assert volunteer.user.role == "volunteer"
    volunteer.close()


def test_change_own_passphrase_in_the_ui(qtbot, page, session, db_path):
    tab = page.passphrase_tab
    page.show_tab(tab)
    db_before, keys_before = _sha(db_path), _sha(keyslot_path(db_path))
    tab.submit()
    assert tab.errors["current"].text() == "いまのパスフレーズを入力してください。"
    tab.current.setText("ちがうパスフレーズ")
    tab.pair.first.setText("新しい長いパスフレーズ")
    tab.pair.second.setText("新しい長いパスフレーズ")
    tab.submit()
    assert "いまのパスフレーズが違います" in tab.errors["current"].text()
    assert tab.form_error.text() == "パスフレーズは変更していません。"
    assert _sha(keyslot_path(db_path)) == keys_before
    tab.current.setText(PASSPHRASE)
    tab.pair.second.setText("新しい長いパスフレーズ？")
    tab.submit()
    assert "一致しません" in tab.errors["confirm"].text()
    tab.pair.second.setText("新しい長いパスフレーズ")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.pair.second.edit, Qt.Key.Key_Return)
    assert "パスフレーズを変更しました" in tab.success.text()
    assert tab.current.text() == "" and tab.pair.text() == ""
    assert _sha(db_path) == db_before                  # the database bytes did not change
    assert _sha(keyslot_path(db_path)) != keys_before  # only the keyslot file did
    with pytest.raises(WrongPassphrase):
        unlock_database(db_path, "admin", PASSPHRASE)
    unlock_database(db_path, "admin", "新しい長いパスフレーズ").close()


def test_stop_reset_role_and_restart(qtbot, page, session, db_path, monkeypatch):
    tab = page.users_tab
    add_through_dialog(tab, monkeypatch, "sato", "staff", "佐藤さんの合言葉")
    asked = []
    monkeypatch.setattr(UsersTab, "confirm_stop", lambda self, user: asked.append(user) or True)

    tab.select_user("admin")
    tab.stop_button.click()   # yourself: refused in words, no question asked
    assert "自分のアカウント" in tab.error.text() and asked == []

    def reset(dialog: NewPassphraseDialog):
        assert dialog.mode == "reset" and "新しい 利用者さん（sato）" in dialog.subtitle.text()
        dialog.pair.first.setText("再設定した合言葉")
        dialog.pair.second.setText("再設定した合言葉")
        dialog.save()

    tab.select_user("sato")
    drive(monkeypatch, NewPassphraseDialog, reset)
    tab.reset_button.click()
    assert "パスフレーズを再設定しました" in tab.success.text()
    unlock_database(db_path, "sato", "再設定した合言葉").close()

    def demote(dialog: NewPassphraseDialog):
        dialog.pair.first.setText("ボランティアになった")
        dialog.pair.second.setText("ボランティアになった")
        dialog.save()
        assert dialog.errors["role"].text() == "新しい権限を選んでください。"
        dialog.role.setCurrentIndex(dialog.role.findData("volunteer"))
        dialog.save()

    drive(monkeypatch, NewPassphraseDialog, demote)
    tab.role_button.click()
    assert tab.selected().role == "volunteer"
    other = unlock_database(db_path, "sato", "ボランティアになった")
    assert other.user.role == "volunteer"
    other.close()

    tab.stop_button.click()
    assert [u.username for u in asked] == ["sato"]
    assert "利用を停止しました" in tab.success.text()
    assert not tab.selected().active and tab.stop_button.text() == "利用を再開"
    with pytest.raises(UnknownUser):
        unlock_database(db_path, "sato", "ボランティアになった")

    def restart(dialog: NewPassphraseDialog):
        assert dialog.mode == "reactivate"
        dialog.pair.first.setText("また使いますのでよろしく")
        dialog.pair.second.setText("また使いますのでよろしく")
        dialog.save()

    drive(monkeypatch, NewPassphraseDialog, restart)
    tab.stop_button.click()
    assert tab.selected().active
    unlock_database(db_path, "sato", "また使いますのでよろしく").close()


def test_the_last_administrator_is_protected_in_the_ui(qtbot, session, sync_tasks, monkeypatch):
    second = users.add_user(session, username="kanri2", display_name="管理 二郎", role="admin",
                            passphrase="二人目の管理者です", kdf=FAST_KDF)
    stale = dataclasses.replace(session, user=CurrentUser(second.id, "kanri2", "管理 二郎",
                                                          "admin"))
    users.change_role(session, "kanri2", "staff", "スタッフに戻りました", kdf=FAST_KDF)
    page = make_page(qtbot, stale)   # kanri2's window, opened before the change
    tab = page.users_tab
    monkeypatch.setattr(UsersTab, "confirm_stop", lambda self, user: pytest.fail("asked"))
    tab.select_user("admin")
    tab.stop_button.click()
    assert "最後の管理者" in tab.error.text()
    tab.role_button.click()
    assert "最後の管理者" in tab.error.text()


def test_lock_settings_are_saved_and_announced(qtbot, page, session):
    tab = page.lock_tab
    page.show_tab(tab)
    assert (tab.minutes.value(), tab.allow_remember.isChecked()) == (10, False)
    tab.minutes.setValue(30)
    tab.allow_remember.setChecked(True)
    assert org_settings.auto_lock_minutes(session) == 10   # nothing saved before 保存
    with qtbot.waitSignal(page.settings_changed):
        tab.save_button.click()
    assert org_settings.lock_settings(session) == org_settings.LockSettings(30, True)
    assert tab.success.text() == "保存しました。"
    k = page.suppression_tab
    page.show_tab(k)
    k.k_sensitive.setValue(15)
    with qtbot.waitSignal(page.settings_changed):
        k.save_button.click()
    assert org_settings.suppression_settings(session).k_sensitive == 15


def _log(session, count, action="person.open"):
    with session.engine.begin() as conn:
        for i in range(count):
            session.audit(conn, action, target_kind="person", target_id=f"p-{i:04d}")


def cells(tab, column) -> list[str]:
    return [tab.model.data(tab.model.index(r, column)) for r in range(tab.model.rowCount())]


def test_audit_log_filters_pages_and_verifies(qtbot, page, session, monkeypatch):
    monkeypatch.setattr(audit_tab_module, "PAGE_SIZE", 20)
    staff = signed_in(session, "sato", "staff", "佐藤 二郎")
    _log(session, 25)
    _log(staff, 2, "visit.create")
    tab = page.audit_tab
    page.show_tab(tab)
    assert cells(tab, AuditModel.ACTION)[:2] == ["見守りを記録", "見守りを記録"]
    assert tab.model.rowCount() == 20 and tab.more_button.isVisible()
    assert tab.count_label.text() == "28 件中 20 件を表示（新しい順）"
    tab.more_button.click()
    assert tab.model.rowCount() == 28 and not tab.more_button.isVisible()
    assert cells(tab, AuditModel.ACTION)[-1] == "データベースを作成"

    tab.user.setCurrentIndex(tab.user.findData("sato"))
    assert cells(tab, AuditModel.USER) == ["佐藤 二郎（sato）"] * 2
    tab.user.setCurrentIndex(0)
    tab.action.setCurrentIndex(tab.action.findData("person"))
    assert set(cells(tab, AuditModel.ACTION)) == {"当事者の記録を表示"}
    tab.target.setText("p-0003")
    tab.target.editingFinished.emit()
    assert cells(tab, AuditModel.TARGET) == ["当事者 p-0003"]
    tab.target.clear()
    tab.target.editingFinished.emit()
    tab.action.setCurrentIndex(0)

    tab.verify_button.click()
    assert tab.check_ok.text() == "記録 28 件を確認しました。改ざんは見つかりませんでした。"
    assert cells(tab, AuditModel.ACTION)[0] == "監査ログの改ざんを確認"


@pytest.mark.parametrize("tamper, words", [
    ("UPDATE audit_log SET target_id = 'p-9999' WHERE seq = 6", "内容が書き換えられています"),
    ("DELETE FROM audit_log WHERE seq = 5", "直前の記録が削除されたか"),
])
def test_tampering_is_reported_and_the_entry_highlighted(qtbot, page, session, tamper, words):
    _log(session, 300)
    with session.engine.begin() as conn:
        conn.execute(text(tamper))
    tab = page.audit_tab
    page.show_tab(tab)
    tab.action.setCurrentIndex(tab.action.findData("visit"))   # a filter that hides it
    tab.verify_button.click()
    message = tab.check_failed.text()
    assert message.startswith("改ざんが見つかりました。記録 #6（") and words in message
    assert not tab.check_ok.isVisible()
    assert tab.action.currentIndex() == 0                       # filters cleared
    row = tab.model.row_of_seq(6)
    assert row >= 0 and tab.model.data(tab.model.index(row, AuditModel.SEQ)) == "⚠ #6"
    assert tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    top = tab.table.rowViewportPosition(row)
    assert 0 <= top < tab.table.viewport().height()          # scrolled into view
    assert "付近" in tab.count_label.text() and tab.latest_button.isVisible()
    tab.latest_button.click()
    assert tab.model.rows[0].seq > 300 and not tab.latest_button.isVisible()
