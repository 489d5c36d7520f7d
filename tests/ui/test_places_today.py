"""「今日の受付」 asks before it creates today's session, and a session it created is deleted
again when the check-in screen is left with nobody checked in (戻る, another page of the
main window, closing the window); an existing session is opened without a question."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from kodoku_desk.models.person import Person
from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.services import checkin
from kodoku_desk.services import places as svc
from kodoku_desk.services.people import register_person
from kodoku_desk.ui import places_page
from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
from kodoku_desk.ui.places_section import PlacesSection
from tests.services import places_support
from tests.ui.test_people_page import type_text

TODAY = date.today()   # the check-in screen takes attendance on the day itself
ON_DAY = Schedule.weekly(TODAY.weekday())
OFF_DAY = Schedule.weekly((TODAY.weekday() + 1) % 7)


def salon(schedule: Schedule | None = ON_DAY) -> Place:
    return Place(name="ふれあいサロン中町", kind="salon",
                 schedule=schedule.to_json() if schedule else None,
                 default_start=time(13, 30), default_end=time(15, 30))


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def section(qtbot, session, sync_tasks):
    widget = PlacesSection(session, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.refresh()
    yield widget
    places_page.UNUSED_TODAY.clear()


def answer(page, yes: bool, seen: list[str]) -> None:
    """Click 「登録して受付を始める」 (yes) or 「やめる」 in the question when it shows."""
    def click() -> None:
        box = page.question
        if box is None:
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        role = QMessageBox.ButtonRole.YesRole if yes else QMessageBox.ButtonRole.NoRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    QTimer.singleShot(0, click)


def start_today(section: PlacesSection, place_id: str, yes: bool) -> list[str]:
    page = section.list_page
    page.refresh()
    assert page.select_place(place_id)
    seen: list[str] = []
    answer(page, yes, seen)
    page.checkin_button.click()
    assert page.question is None
    return seen


def today_sessions(session, place_id: str) -> list[PlaceSession]:
    return svc.sessions_of_place(session, place_id, TODAY, TODAY)


def test_no_creates_nothing(qtbot, section, session):
    place = svc.add_place(session, salon())
    with qtbot.assertNotEmitted(section.open_checkin):
        seen = start_today(section, place.id, yes=False)
    assert len(seen) == 1
    assert seen[0].startswith("本日（")
    assert "の開催はまだ登録されていません。開催を登録して受付を始めますか？" in seen[0]
    assert "予定表の開催日ではありません" not in seen[0]   # today is on the schedule
    assert today_sessions(session, place.id) == []
    assert section.currentWidget() is section.list_page
    assert section.list_page.checkin_button.isEnabled()


def test_yes_then_back_with_nobody_deletes_it(qtbot, section, session):
    place = svc.add_place(session, salon())
    with qtbot.waitSignal(section.open_checkin) as signal:
        start_today(section, place.id, yes=True)
    [created] = today_sessions(session, place.id)
    assert signal.args == [created.id]
    assert section.currentWidget() is section.checkin_page
    assert created.id in places_page.UNUSED_TODAY

    with qtbot.waitSignal(section.changed):
        section.checkin_page.header.back_button.click()
    assert today_sessions(session, place.id) == []
    assert section.currentWidget() is section.list_page
    notice = section.list_page.success
    assert notice.isVisible()
    assert "受付がなかったため" in notice.text() and "開催の登録を取り消しました" in notice.text()
    assert created.id not in places_page.UNUSED_TODAY


def test_five_places_opened_and_left_leave_no_session(qtbot, section, session):
    ids = [svc.add_place(session, Place(name=f"居場所{n}", kind="salon")).id for n in range(5)]
    for place_id in ids:
        start_today(section, place_id, yes=True)
        assert section.currentWidget() is section.checkin_page
        section.checkin_page.back.emit()
        assert section.currentWidget() is section.list_page
    assert svc.sessions_on(session, TODAY) == []


def test_one_check_in_keeps_it(qtbot, section, session):
    place = svc.add_place(session, salon())
    register_person(session, Person(family_name="山田", given_name="花子", family_kana="ヤマダ",
                                    given_kana="ハナコ", kind="participant"))
    start_today(section, place.id, yes=True)
    page = section.checkin_page
    qtbot.waitUntil(lambda: page.roster is not None)
    type_text(page.search, "やまだ")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "受け付けました" in page.status.text())
    page.back.emit()
    [kept] = today_sessions(session, place.id)
    assert [r.full_name for r in checkin.load_roster(session, kept.id).rows] == ["山田 花子"]
    assert not section.list_page.success.isVisible()


def test_walk_ins_only_keep_it_and_undone_check_in_does_not(qtbot, section, session):
    place = svc.add_place(session, salon())
    start_today(section, place.id, yes=True)
    page = section.checkin_page
    qtbot.waitUntil(lambda: page.roster is not None)
    page.counters.rows[0].plus.click()
    page.back.emit()
    [kept] = today_sessions(session, place.id)

    # a check-in taken back again leaves the session empty: leaving deletes it
    checkin.set_walkins(session, kept.id, page.counters.rows[0].code, 0)
    person = places_support.person(session)
    attendance = places_support.attend(session, kept.id, person)
    section.show_checkin(kept.id)
    qtbot.waitUntil(lambda: page.roster is not None and len(page.roster.rows) == 1)
    checkin.undo_check_in(session, attendance)
    page.back.emit()
    assert today_sessions(session, place.id) == []


def test_existing_session_today_is_opened_without_question(qtbot, section, session,
                                                            monkeypatch):
    place = svc.add_place(session, salon(OFF_DAY))
    existing = svc.create_session(session, PlaceSession(place_id=place.id, held_on=TODAY))
    monkeypatch.setattr(section.list_page, "confirm_new_session",
                        lambda *_args: pytest.fail("asked although today's session exists"))
    page = section.list_page
    page.refresh()
    assert page.select_place(place.id)
    with qtbot.waitSignal(section.open_checkin) as signal:
        page.checkin_button.click()
    assert signal.args == [existing.id]
    section.checkin_page.back.emit()   # not made by 今日の受付: never deleted
    assert [s.id for s in today_sessions(session, place.id)] == [existing.id]


def test_note_when_today_is_not_on_the_schedule(qtbot, section, session):
    off = svc.add_place(session, salon(OFF_DAY))
    seen = start_today(section, off.id, yes=False)
    assert "※ 本日は予定表の開催日ではありません。" in seen[0]
    assert OFF_DAY.describe("ja") in seen[0]
    plain = svc.add_place(session, Place(name="こども食堂 にじいろ", kind="kodomo_shokudo"))
    seen = start_today(section, plain.id, yes=False)   # no schedule: nothing to compare with
    assert "予定表の開催日ではありません" not in seen[0]
    assert svc.sessions_on(session, TODAY) == []


def test_default_button_is_no_on_a_day_off(qtbot, section, session, monkeypatch):
    place = svc.add_place(session, salon(OFF_DAY))
    page = section.list_page
    defaults: list[str] = []

    def click() -> None:
        box = page.question
        if box is None:
            QTimer.singleShot(10, click)
            return
        defaults.append(box.defaultButton().text())
        box.escapeButton().click()
    QTimer.singleShot(0, click)
    page.refresh()
    page.select_place(place.id)
    page.checkin_button.click()
    assert defaults == ["やめる"]
    assert svc.sessions_on(session, TODAY) == []


def test_closing_the_window_deletes_an_unused_session(qtbot, section, session):
    place = svc.add_place(session, salon())
    start_today(section, place.id, yes=True)
    assert len(today_sessions(session, place.id)) == 1
    section.close()
    assert today_sessions(session, place.id) == []


def test_other_page_of_main_window_deletes_it_and_lock_keeps_it(qtbot, new_db, sync_tasks):
    session = new_db[0]
    place = svc.add_place(session, salon())
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PAGE_IDS.index("places"))
    places = window.places
    start_today(places, place.id, yes=True)
    assert places.currentWidget() is places.checkin_page
    window.show_page(PAGE_IDS.index("home"))
    assert today_sessions(session, place.id) == []
    window.show_page(PAGE_IDS.index("places"))
    assert places.currentWidget() is places.list_page
    assert "開催の登録を取り消しました" in places.list_page.success.text()

    start_today(places, place.id, yes=True)
    [created] = today_sessions(session, place.id)
    state = window.view_state()
    window.close_for_lock("manual")   # the same screen comes back after unlocking
    assert created.id in places_page.UNUSED_TODAY
    places_page.UNUSED_TODAY.clear()
    assert state["checkin_session_id"] == created.id
