"""Issue 3 end to end in the main window: an overdue person shows on ホーム, is found by a
katakana search, a visit is logged with Ctrl+Enter from the list, it tops the timeline and
the person leaves the overdue list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kodoku_desk.models.person import Person
from kodoku_desk.services.people import register_person
from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
from kodoku_desk.ui.visit_entry import VisitEntryDialog
from tests.ui import seed
from tests.ui.test_people_page import type_text


def test_overdue_person_found_visited_and_cleared(qtbot, new_db, sync_tasks):
    session, _ = new_db
    today = date.today()
    late = register_person(session, Person(
        family_name="山田", given_name="太郎", family_kana="やまだ", given_kana="たろう",
        visit_frequency="monthly", registered_on=today - timedelta(days=400))).id
    with session.engine.begin() as conn:
        seed.visit(conn, late, today - timedelta(days=45))
        recent = seed.person(conn, "佐藤", "花子", frequency="weekly")
        seed.visit(conn, recent, today)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    home = window.home
    qtbot.waitUntil(lambda: home.dashboard is not None)
    assert home.table.rowCount() == 1 and home.table.item(0, 0).text() == "山田 太郎"

    # 当事者: search in katakana, select, Ctrl+R opens the quick entry
    window.show_page(PAGE_IDS.index("people"))
    people = window.people.list_page
    type_text(people.search, "ヤマダ")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5_000)
    people.table.setFocus()
    people.table.selectRow(0)
    qtbot.keyClick(people.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.people.dialog, VisitEntryDialog))
    dialog = window.people.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # ホーム no longer lists the person; the person page shows the visit on top
    qtbot.waitUntil(lambda: home.table.rowCount() == 0 or not home.table.isVisible())
    window.open_person(late)
    page = window.people.person_page
    qtbot.waitUntil(lambda: page.data is not None and len(page.data.timeline) == 2)
    top = page.data.timeline[0]
    assert top.kind == "visit" and top.at.date() == today
    QApplication.processEvents()
