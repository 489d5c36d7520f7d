"""First run: create a database with an administrator, show the recovery key once."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.keys import recover_with_key
from kodoku_desk.ui.first_run import FirstRunDialog
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE

KEY_RE = re.compile(r"^[A-Z2-7]{5}(-[A-Z2-7]{5}){7}$")


def fill(dialog, *, org="NPO法人つながりの会", name="山田 花子", user="admin",
         passphrase=PASSPHRASE, confirm=None):
    dialog.org.setText(org)
    dialog.display_name.setText(name)
    dialog.username.setText(user)
    dialog.passphrase.setText(passphrase)
    dialog.confirm.setText(passphrase if confirm is None else confirm)


def test_creates_database_and_shows_recovery_key(qtbot, db_path):
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    # the work runs in the background: the form is busy, the UI thread is free
    assert dialog.busy and not dialog.create_button.isEnabled()
    assert not dialog.busy_bar.isHidden()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.recovery_page, timeout=10_000)
    assert db_path.exists() and keyslot_path(db_path).exists()
    page = dialog.recovery_page
    assert KEY_RE.match(page.key())
    assert page.key().replace("-", "") == page.key_label.text().replace("-", "").replace("\n", "")
    assert page.key_label.isVisible()

    # cannot continue before confirming the key is stored
    assert not page.continue_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.opened):
        page.continue_button.click()
    page.stored.setChecked(True)
    assert page.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.opened) as opened:
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    session = opened.args[0]
    assert session.user.username == "admin" and session.user.role == "admin"
    assert session.user.display_name == "山田 花子"
    key = page.key()
    session.close()

    # the key shown is the database's real recovery key
    recovered = recover_with_key(db_path, key, "admin", "a brand new passphrase")
    recovered.close()
    unlock_database(db_path, "admin", "a brand new passphrase").close()


def test_copy_puts_key_on_clipboard(qtbot, db_path, qapp, sync_tasks):
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.submit()
    dialog.recovery_page.copy_button.click()
    assert qapp.clipboard().text() == dialog.recovery_page.key()
    assert dialog.recovery_page.key() in dialog.recovery_page.sheet_html()
    dialog.session.close()


def test_validation_is_shown_next_to_fields_and_nothing_is_created(qtbot, db_path):
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, org="", name="", user="管理者", passphrase="short")
    dialog.submit()
    errors = dialog.errors
    assert errors["org"].text() == "団体名を入力してください。"
    assert errors["display_name"].text() == "管理者のお名前を入力してください。"
    assert "半角" in errors["username"].text()
    assert errors["passphrase"].text() == "8文字以上にしてください（いまは5文字です）。"
    assert all(errors[n].isVisible() for n in ("org", "display_name", "username", "passphrase"))
    assert not dialog.busy and not db_path.exists()

    fill(dialog, confirm="something else entirely")
    dialog.submit()
    assert not errors["org"].isVisible()
    assert errors["confirm"].text().startswith("確認用のパスフレーズが一致しません")
    assert not db_path.exists()


def test_existing_file_is_refused(qtbot, new_db, db_path):
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.submit()
    assert "すでにデータベースがあります" in dialog.errors["path"].text()
    assert not dialog.busy


def test_enter_in_a_field_creates(qtbot, db_path, sync_tasks):
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    qtbot.keyClick(dialog.confirm.edit, Qt.Key.Key_Return)
    assert dialog.pages.currentWidget() is dialog.recovery_page
    assert db_path.exists()
    dialog.session.close()


def test_recovery_sheet_pdf_has_the_key_and_japanese_instructions(qtbot, db_path, tmp_path,
                                                                   sync_tasks, monkeypatch):
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.submit()
    out = tmp_path / "回復キー.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    dialog.recovery_page.pdf_button.click()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    key = dialog.recovery_page.key()
    assert key.split("-")[0] in text and key.split("-")[-1] in text
    assert "パスフレーズを忘れたときの開き方" in text.replace(" ", "") and "NPO法人つながりの会" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout
    [line] = [x for x in fonts.splitlines() if "IPAexGothic" in x]
    assert line.split()[-5:-2] == ["yes", "yes", "yes"]      # embedded, subset, unicode
    assert "削除" in dialog.recovery_page.copied.text()
    dialog.session.close()
