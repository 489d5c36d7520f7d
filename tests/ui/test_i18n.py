"""English UI through the compiled Qt translation; the .ts is complete and up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from kodoku_desk.ui import i18n, settings
from kodoku_desk.ui.main_window import MainWindow
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.unlock import UnlockDialog
from kodoku_desk.vault.errors import WrongPassphrase
from tests.ui.conftest import ROOT

NAV_EN = ["Home", "People", "Check-ins", "Drop-in places", "Follow-ups", "Organisations", "Reports", "Settings"]


def test_english_main_window(qtbot, qapp, new_db, sync_tasks, compiled_translations):
    assert i18n.install(qapp, "en") == "en"
    session, _ = new_db
    win = MainWindow(session)
    qtbot.addWidget(win)
    assert win.windowTitle() == "Kodoku Desk — テストNPO"
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == NAV_EN
    assert win.user_label.text() == "管理 花子 (admin) · Administrator"
    assert win.home.planned.title.text() == "Planned visits today"
    assert win.home.date_label.text().startswith("Today is ")
    assert "令和" in win.home.date_label.text()
    win.close()


def test_english_unlock_and_messages(qtbot, qapp, db_path, compiled_translations):
    i18n.install(qapp, "en")
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.open_button.text() == "Open"
    assert error_message(WrongPassphrase("x")).startswith("Wrong passphrase.")


def test_language_resolution(monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    assert i18n.resolve_language(None) == "ja"
    settings.put(settings.LANGUAGE, "en")
    assert i18n.resolve_language(None) == "en"
    monkeypatch.setenv(i18n.ENV_VAR, "ja")
    assert i18n.resolve_language(None) == "ja"
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("fr") == "ja"


def test_missing_qm_falls_back_to_japanese(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install(qapp, "en") == "ja"


def test_ts_is_complete_and_up_to_date(tmp_path):
    """Every string in the source is in the .ts with a finished English translation."""
    if shutil.which("pyside6-lupdate", path=str(__import__("pathlib").Path(sys.executable).parent)) is None:
        pytest.skip("pyside6-lupdate not installed")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n as i18n_script
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    ts = i18n_script.ts_path("en")
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    files = [str(p) for p in (ROOT / "kodoku_desk" / "ui").rglob("*.py")]
    subprocess.run([i18n_script._tool("pyside6-lupdate"), *files, "-target-language", "en",
                    "-no-obsolete", "-silent", "-ts", str(copy)], check=True, cwd=ROOT)
    assert i18n_script.unfinished(copy) == [], \
        "run `python scripts/i18n.py extract` and translate the new strings"
