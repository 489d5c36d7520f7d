"""見守り記録 page: find a person by typing, Enter opens quick entry, Ctrl+Enter saves, and
the visit appears in the day's list; day navigation; 自分の記録だけ; volunteers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
from kodoku_desk.ui.visit_entry import VisitEntryDialog
from kodoku_desk.ui.visits_page import VisitsPage
from tests.services.mimamori_support import assign, user
from tests.ui import seed
from tests.ui.test_people_page import type_text


@pytest.fixture
def people(new_db):
    session, _ = new_db
    with session.engine.begin() as conn:
        yamada = seed.person(conn, "山田", "太郎")
        sato = seed.person(conn, "佐藤", "花子")
        seed.visit(conn, sato, date.today(), hour=0)
        seed.visit(conn, yamada, date.today() - timedelta(days=1))
    return session, yamada, sato


@pytest.fixture
def page(qtbot, people, sync_tasks):
    session = people[0]
    widget = VisitsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.refresh()
    return widget


def names(page) -> list[str]:
    return [r.person_name for r in page.model.rows]


def test_today_is_listed_and_days_can_be_stepped(qtbot, page):
    assert names(page) == ["佐藤 花子"] and page.count_label.text() == "1 件"
    assert not page.next_button.isEnabled()            # nothing after today
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["山田 太郎"] and page.next_button.isEnabled()
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert names(page) == [] and page.empty_note.isVisible()
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.day == date.today() and names(page) == ["佐藤 花子"]


def test_type_a_name_enter_and_ctrl_enter_logs_the_visit(qtbot, page, people):
    _, yamada, _ = people
    type_text(page.search, "山田")
    qtbot.waitUntil(lambda: page.matches.count() == 1)
    assert page.matches.item(0).text().startswith("山田 太郎")
    assert page.visit_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, VisitEntryDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog.person_id == yamada
    with qtbot.waitSignal(page.visit_saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert names(page)[0] == "山田 太郎" and len(names(page)) == 2
    assert page.search.text() == "" and page.matches.count() == 0


def test_no_match_says_so_and_cannot_record(qtbot, page):
    type_text(page.search, "存在しない名前")
    qtbot.waitUntil(lambda: page.match_note.text() != "")
    assert page.match_note.text() == "該当する方はいません。"
    assert not page.visit_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.dialog is None


def test_double_click_opens_the_person(qtbot, page, people):
    _, _, sato = people
    with qtbot.waitSignal(page.open_person) as signal:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    assert signal.args == [sato]


def test_mine_only_and_volunteer_scope(qtbot, people, sync_tasks):
    session, yamada, sato = people
    volunteer = user(session, "vol", "volunteer", "ボランティア 一郎")
    assign(session, yamada, volunteer.user.id)
    with session.engine.begin() as conn:
        seed.visit(conn, yamada, date.today(), hour=0)
    widget = VisitsPage(volunteer)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    assert names(widget) == ["山田 太郎"]                # not 佐藤 (not assigned)
    widget.mine_only.setChecked(True)
    assert names(widget) == []                           # seeded visit has no visitor rows


def test_main_window_page_and_other_pages_refresh(qtbot, people, sync_tasks):
    session, yamada, _ = people
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.wait(20)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "visits"
    visits = window.visits
    assert visits.search.hasFocus() or not window.isActiveWindow()
    assert names(visits) == ["佐藤 花子"]
    visits.log_visit(yamada)
    with qtbot.waitSignal(visits.visit_saved):
        qtbot.keyClick(visits.dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert names(visits)[0] == "山田 太郎"
    visits.table.doubleClicked.emit(visits.model.index(0, 0))
    assert window.current_page_id() == "people"
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.data is not None and page.data.detail.person.id == yamada)
    assert page.data.timeline[0].kind == "visit" and page.data.timeline[0].at.date() == date.today()
    assert PAGE_IDS.index("visits") == 2
