"""First run: the five-step setup (団体 › 管理者 › 作成 › 回復キー › バックアップ), by keyboard."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from kodoku_desk.services import organization
from kodoku_desk.services.backup_settings import backup_settings
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.keys import recover_with_key
from kodoku_desk.ui import first_run as fr
from kodoku_desk.ui.first_run import FirstRunDialog
from kodoku_desk.ui.person_form import PersonFormDialog
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE

KEY_RE = re.compile(r"^[A-Z2-7]{5}(-[A-Z2-7]{5}){7}$")


def make(qtbot, db_path) -> FirstRunDialog:
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def focused(dialog):
    return dialog.focusWidget()


def key(dialog, k, modifier=Qt.KeyboardModifier.NoModifier):
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(focused(dialog), k, modifier)


def type_text(qtbot, dialog, text):
    """Type into the focused field: ASCII as key presses, Japanese as an IME commit."""
    widget = focused(dialog)
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def tab_to(dialog, widget, limit=6):
    """Press Tab until ``widget`` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        if focused(dialog) is widget:
            return
        key(dialog, Qt.Key.Key_Tab)
    assert focused(dialog) is widget, f"Tab never reached {widget!r}"


def fill_org(dialog, *, org="NPO法人つながりの会", districts=""):
    dialog.org_step.org.setText(org)
    dialog.org_step.districts.setPlainText(districts)


def fill_admin(dialog, *, name="山田 花子", user="admin", passphrase=PASSPHRASE, confirm=None):
    step = dialog.admin_step
    step.display_name.setText(name)
    step.username.setText(user)
    step.passphrase.setText(passphrase)
    step.confirm.setText(passphrase if confirm is None else confirm)


def test_keyboard_only_setup_stores_everything(qtbot, db_path, tmp_path, sync_tasks):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = make(qtbot, db_path)
    org, admin = dialog.org_step, dialog.admin_step
    assert dialog.steps.text() == "1/5 団体" and focused(dialog) is org.org
    type_text(qtbot, dialog, "NPO法人つながりの会")
    tab_to(dialog, org.month)
    assert org.month.currentText() == "4月"                  # April by default
    for _ in range(6):                                       # 4月 → 10月
        key(dialog, Qt.Key.Key_Down)
    assert org.month.currentData() == 10
    tab_to(dialog, org.districts)
    type_text(qtbot, dialog, "中央地区")
    key(dialog, Qt.Key.Key_Return)                           # a new line, not the next step
    type_text(qtbot, dialog, "東小学校区")
    assert dialog.current() == fr.ORG
    key(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.current() == fr.ADMIN and dialog.steps.text() == "2/5 管理者"
    assert focused(dialog) is admin.display_name
    type_text(qtbot, dialog, "山田 花子")
    tab_to(dialog, admin.username)
    assert admin.username.text() == "admin"
    tab_to(dialog, admin.passphrase.edit)
    type_text(qtbot, dialog, PASSPHRASE)
    tab_to(dialog, admin.confirm.edit)
    type_text(qtbot, dialog, PASSPHRASE)
    assert dialog.next_button.text() == "データベースを作成"
    key(dialog, Qt.Key.Key_Return)                           # create (in the background)

    assert dialog.current() == fr.RECOVERY and dialog.steps.text() == "4/5 回復キー"
    assert db_path.exists() and keyslot_path(db_path).exists()
    assert KEY_RE.match(dialog.recovery_page.key())
    assert not dialog.next_button.isEnabled()                # not before the key is stored
    key(dialog, Qt.Key.Key_Return)
    assert dialog.current() == fr.RECOVERY
    assert focused(dialog) is dialog.recovery_page.stored
    key(dialog, Qt.Key.Key_Space)
    key(dialog, Qt.Key.Key_Return)

    assert dialog.current() == fr.BACKUP and dialog.steps.text() == "5/5 バックアップ"
    assert focused(dialog) is dialog.backup_step.folder
    type_text(qtbot, dialog, str(usb))
    assert not dialog.backup_step.warning.isVisible()
    with qtbot.waitSignal(dialog.opened) as opened:
        key(dialog, Qt.Key.Key_Return)
    session = opened.args[0]
    try:
        assert session.user.username == "admin" and session.user.display_name == "山田 花子"
        org_settings = organization.organization_settings(session)
        assert org_settings.name == "NPO法人つながりの会"
        assert org_settings.fiscal_year_start_month == 10
        assert [d.label for d in org_settings.districts] == ["中央地区", "東小学校区"]
        assert backup_settings(session).folder == str(usb)
        form = PersonFormDialog(session)
        qtbot.addWidget(form)
        assert [form.district.itemText(i) for i in range(form.district.count())] == [
            "（未選択）", "中央地区", "東小学校区"]
    finally:
        session.close()
    assert not dialog.isVisible()


def test_recovery_key_is_real_and_backup_can_wait(qtbot, db_path, sync_tasks):
    dialog = make(qtbot, db_path)
    fill_org(dialog)
    dialog.next_button.click()
    fill_admin(dialog)
    dialog.next_button.click()
    page = dialog.recovery_page
    assert page.key().replace("-", "") == page.key_label.text().replace("-", "").replace("\n", "")
    key_text = page.key()
    assert not page.continue_button.isVisible()              # the dialog's 次へ instead
    page.stored.setChecked(True)
    dialog.next_button.click()
    assert dialog.skip_button.isVisible() and dialog.skip_button.text() == "あとで設定する"
    with qtbot.waitSignal(dialog.opened) as opened:
        dialog.skip_button.click()
    session = opened.args[0]
    assert backup_settings(session).folder is None
    session.close()
    recover_with_key(db_path, key_text, "admin", "a brand new passphrase").close()
    unlock_database(db_path, "admin", "a brand new passphrase").close()


def test_creation_runs_in_the_background(qtbot, db_path):
    dialog = make(qtbot, db_path)
    fill_org(dialog)
    dialog.next_button.click()
    fill_admin(dialog)
    dialog.next_button.click()
    # the work runs in a worker thread: a busy page, no way to go back or on
    assert dialog.busy and dialog.current() == fr.CREATE
    assert dialog.steps.text() == "3/5 作成"
    assert not dialog.next_button.isVisible() and not dialog.back_button.isVisible()
    assert dialog.create_step.bar.isVisible() and dialog.create_step.bar.maximum() == 0
    qtbot.waitUntil(lambda: dialog.current() == fr.RECOVERY, timeout=10_000)
    dialog.session.close()


def test_step_one_messages_next_to_the_fields(qtbot, db_path):
    dialog = make(qtbot, db_path)
    fill_org(dialog, org="  ", districts="東地区\n" + "あ" * 41)
    dialog.next_button.click()
    errors = dialog.org_step.errors
    assert dialog.current() == fr.ORG
    assert errors["name"].text() == "団体名を入力してください。" and errors["name"].isVisible()
    assert "長すぎます" in errors["districts"].text() and errors["districts"].isVisible()
    assert focused(dialog) is dialog.org_step.org
    fill_org(dialog, districts="東地区\n\n 東地区 \n西地区")   # blank and repeated lines are fine
    dialog.next_button.click()
    assert dialog.current() == fr.ADMIN and not errors["name"].isVisible()
    assert dialog.districts() == ["東地区", "西地区"]


def test_step_two_messages_back_and_nothing_created(qtbot, db_path):
    dialog = make(qtbot, db_path)
    fill_org(dialog, districts="中央地区")
    dialog.next_button.click()
    fill_admin(dialog, name="", user="管理者", passphrase="short")
    dialog.next_button.click()
    errors = dialog.admin_step.errors
    assert dialog.current() == fr.ADMIN
    assert errors["display_name"].text() == "管理者のお名前を入力してください。"
    assert "半角" in errors["username"].text()
    assert errors["passphrase"].text() == "8文字以上にしてください（いまは5文字です）。"
    assert not dialog.busy and not db_path.exists()
    fill_admin(dialog, confirm="something else entirely")
    dialog.next_button.click()
    assert errors["confirm"].text().startswith("確認用のパスフレーズが一致しません")
    assert not errors["display_name"].isVisible()
    # 戻る keeps what was typed
    dialog.back_button.click()
    assert dialog.current() == fr.ORG and dialog.org_step.name() == "NPO法人つながりの会"
    dialog.next_button.click()
    assert dialog.admin_step.display_name.text() == "山田 花子"
    assert not db_path.exists() and not db_path.parent.exists()


def test_cancel_before_creating_leaves_nothing(qtbot, db_path):
    dialog = make(qtbot, db_path)
    fill_org(dialog, districts="中央地区")
    dialog.next_button.click()
    fill_admin(dialog)
    key(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.session is None
    assert not db_path.parent.exists()


def test_closing_after_creating_asks_first(qtbot, db_path, sync_tasks, monkeypatch):
    dialog = make(qtbot, db_path)
    fill_org(dialog)
    dialog.next_button.click()
    fill_admin(dialog)
    dialog.next_button.click()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.No))
    dialog.reject()
    assert dialog.isVisible() and "回復キーは二度と表示されません" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *_args: QMessageBox.StandardButton.Yes))
    dialog.reject()
    assert not dialog.isVisible() and dialog.session is None
    unlock_database(db_path, "admin", PASSPHRASE).close()     # the database was made


def test_existing_file_is_refused(qtbot, new_db, db_path):
    dialog = make(qtbot, db_path)
    fill_org(dialog)
    dialog.next_button.click()
    fill_admin(dialog)
    dialog.next_button.click()
    assert "すでにデータベースがあります" in dialog.admin_step.errors["path"].text()
    assert not dialog.busy and dialog.current() == fr.ADMIN


def test_backup_folder_in_onedrive_is_warned_and_missing_folder_refused(
        qtbot, db_path, tmp_path, sync_tasks, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(name, raising=False)
    dialog = make(qtbot, db_path)
    fill_org(dialog)
    dialog.next_button.click()
    fill_admin(dialog)
    dialog.next_button.click()
    dialog.recovery_page.stored.setChecked(True)
    dialog.next_button.click()
    synced = tmp_path / "OneDrive - つながりの会" / "backup"
    synced.mkdir(parents=True)
    monkeypatch.setattr(dialog.backup_step, "ask_folder", lambda: str(synced))
    dialog.backup_step.choose_button.click()
    warning = dialog.backup_step.warning
    assert warning.isVisible() and "OneDrive" in warning.text() and "同期" in warning.text()
    dialog.backup_step.folder.setText(str(tmp_path / "no such folder"))
    assert not warning.isVisible()
    dialog.next_button.click()
    assert dialog.isVisible() and "見つかりません" in dialog.backup_step.error.text()
    dialog.skip_button.click()
    assert not dialog.isVisible()
    QApplication.processEvents()


def test_recovery_sheet_pdf_has_the_key_and_japanese_instructions(qtbot, db_path, tmp_path,
                                                                   sync_tasks, monkeypatch):
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    dialog = make(qtbot, db_path)
    fill_org(dialog)
    dialog.next_button.click()
    fill_admin(dialog)
    dialog.next_button.click()
    out = tmp_path / "回復キー.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    dialog.recovery_page.pdf_button.click()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    key_text = dialog.recovery_page.key()
    assert key_text.split("-")[0] in text and key_text.split("-")[-1] in text
    assert "パスフレーズを忘れたときの開き方" in text.replace(" ", "") and "NPO法人つながりの会" in text
    assert "削除" in dialog.recovery_page.copied.text()
    dialog.recovery_page.copy_button.click()
    assert QApplication.clipboard().text() == key_text
    dialog.session.close()
