"""居場所 end to end in the main window: 今日の受付 opens the check-in screen, a kana fragment
and Enter check a person in, 戻る returns to the list, ホーム counts the attendance, and a
lock brings the same check-in screen back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kodoku_desk.models.person import Person
from kodoku_desk.models.places import Place
from kodoku_desk.services import places as svc
from kodoku_desk.services.checkin import load_roster
from kodoku_desk.services.people import register_person
from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
from tests.ui.test_people_page import type_text


def test_door_to_home(qtbot, new_db, sync_tasks, monkeypatch):
    session = new_db[0]
    svc.add_place(session, Place(name="ひだまりサロン", kind="salon"))
    register_person(session, Person(family_name="山田", given_name="花子", family_kana="ヤマダ",
                                    given_kana="ハナコ", kind="participant"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_IDS.index("places"))
    places = window.places
    places.list_page.table.selectRow(0)
    monkeypatch.setattr(places.list_page, "confirm_new_session", lambda *_args: True)
    places.list_page.checkin_button.click()
    page = places.checkin_page
    assert places.currentWidget() is page and page.session_id
    type_text(page.search, "やまだ")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "受け付けました" in page.status.text())
    roster = load_roster(session, page.session_id)
    assert [r.full_name for r in roster.rows] == ["山田 花子"]
    state = window.view_state()
    assert state == {"page": "places", "checkin_session_id": page.session_id}

    page.back.emit()
    assert places.currentWidget() is places.list_page
    assert window.home.dashboard is None or window.home.dashboard.today == date.today()
    qtbot.waitUntil(lambda: window.home.dashboard is not None
                    and window.home.dashboard.participants_this_month == 1)

    other = MainWindow(session)
    qtbot.addWidget(other)
    other.restore_view(state)
    assert other.current_page_id() == "places"
    assert other.places.currentWidget() is other.places.checkin_page
