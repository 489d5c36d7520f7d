"""Main window: navigation, shortcuts, status bar, language menu, one page per section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kodoku_desk.services.keys import add_user
from kodoku_desk.ui import i18n, settings
from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
from kodoku_desk.ui.directory_page import DirectoryPage
from kodoku_desk.ui.followups_page import FollowUpsPage
from kodoku_desk.ui.home_page import HomePage
from kodoku_desk.ui.people_section import PeopleSection
from kodoku_desk.ui.reports_page import ReportsPage
from kodoku_desk.ui.places_section import PlacesSection
from kodoku_desk.ui.settings_page import SettingsPage
from kodoku_desk.ui.visits_page import VisitsPage
from tests.conftest import FAST_KDF

NAV_JA = ["ホーム", "当事者", "見守り記録", "居場所", "フォローアップ", "関係機関", "レポート", "設定"]


@pytest.fixture
def window(qtbot, new_db, sync_tasks):
    session, _ = new_db
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    return win


def test_navigation_labels_and_pages(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == NAV_JA
    assert window.pages.count() == len(PAGE_IDS) == 8
    assert window.windowTitle() == "つながりデスク — テストNPO"
    built = {"home": HomePage, "people": PeopleSection, "follow_ups": FollowUpsPage,
             "visits": VisitsPage, "directory": DirectoryPage, "places": PlacesSection,
             "settings": SettingsPage, "reports": ReportsPage}
    assert set(built) == set(PAGE_IDS)
    for index, page_id in enumerate(PAGE_IDS):
        assert isinstance(window.pages.widget(index), built[page_id])


def test_every_shortcut(qtbot, window):
    window.activateWindow()
    for index in (7, 1, 5, 4, 0):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == index
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{i}" for i in range(1, 9)]


def test_clicking_navigation_switches_page(qtbot, window):
    window.nav.setCurrentRow(6)
    assert window.current_page_id() == "reports"


def test_status_bar_shows_org_user_and_role(window):
    assert window.org_label.text() == "テストNPO"
    assert window.user_label.text() == "管理 花子（admin）・管理者"


@pytest.mark.parametrize("role,label", [("staff", "スタッフ"), ("volunteer", "ボランティア")])
def test_role_labels(qtbot, new_db, db_path, sync_tasks, role, label):
    session, _ = new_db
    add_user(session, username="u1", display_name="利用 一郎", role=role,
             passphrase="user passphrase", kdf=FAST_KDF)
    from kodoku_desk.services.database import unlock_database

    other = unlock_database(db_path, "u1", "user passphrase")
    win = MainWindow(other)
    qtbot.addWidget(win)
    assert win.user_label.text() == f"利用 一郎（u1）・{label}"
    assert win.home.scope_note.isHidden() == (role != "volunteer")
    win.close()
    assert not other.is_open


def test_language_menu_saves_choice_and_says_restart(qtbot, window):
    assert window.language_actions["ja"].isChecked()
    window.language_actions["en"].trigger()
    assert settings.get(settings.LANGUAGE) == "en"
    assert window.language_notice.isVisible()
    assert "次に起動したとき" in window.language_notice.text()
    assert i18n.resolve_language(None) in ("ja", "en")  # env var (tests: ja) still wins
    window.language_notice.close()


def test_close_closes_session(window):
    session = window.session
    window.close()
    assert not session.is_open
