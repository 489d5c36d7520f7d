"""居場所 section: places list, the place dialog (schedule editor), the place page with its
sessions (single, series, edit, delete), 今日の受付, volunteers, and bad input."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.services import places as svc
from kodoku_desk.ui.place_dialog import PlaceDialog
from kodoku_desk.ui.place_fields import ScheduleEditor, parse_time
from kodoku_desk.ui.place_year_table import PlaceYearTable
from kodoku_desk.ui.places_model import PlacesModel, SessionsModel
from kodoku_desk.ui.places_section import PlacesSection
from kodoku_desk.ui.series_dialog import SeriesDialog
from kodoku_desk.ui.session_dialog import SessionDialog
from tests.services import places_support
from tests.services.mimamori_support import counts, user

TODAY = date(2026, 11, 27)   # a Friday, in 令和8年度 (2026-04 … 2027-03)
TABLES = ("places", "place_sessions")
SALON = Place(name="ふれあいサロン中町", kind="salon", schedule=Schedule.weekly(0).to_json(),
              default_venue="中町会館", default_start=time(13, 30), default_end=time(15, 30))


@pytest.fixture
def session(new_db):
    return new_db[0]


def make_section(qtbot, session) -> PlacesSection:
    widget = PlacesSection(session, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def section(qtbot, session, sync_tasks):
    return make_section(qtbot, session)


def list_cell(section: PlacesSection, row: int, column: int) -> str:
    model = section.list_page.model
    return model.data(model.index(row, column))


def session_cells(section: PlacesSection, column: int) -> list[str]:
    model = section.place_page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def open_place(section: PlacesSection, place_id: str) -> None:
    section.list_page.refresh()
    assert section.list_page.select_place(place_id)
    section.list_page.table.setFocus()
    section.list_page.open_button.click()
    assert section.currentWidget() is section.place_page
    assert section.place_page.data is not None and section.place_page.data.place.id == place_id


def ctrl_enter(qtbot, dialog, widget) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# ------------------------------------------------------------------ places

def test_add_place_with_monthly_schedule_then_edit(qtbot, section, session):
    page = section.list_page
    assert page.empty_note.isVisible() and "まだ登録されていません" in page.empty_note.text()
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PlaceDialog) and dialog.isVisible()
    dialog.save()  # nothing typed: refused next to the fields, nothing written
    assert dialog.errors["name"].text() == "居場所の名称を入力してください。"
    assert "種類" in dialog.errors["kind"].text()
    assert counts(session, TABLES) == {"places": 0, "place_sessions": 0}

    dialog.name.setText("ふれあいサロン中町")
    dialog.kind.setCurrentIndex(dialog.kind.findData("salon"))
    editor = dialog.schedule
    editor.mode_buttons[ScheduleEditor.MONTHLY].setChecked(True)
    dialog.save()  # monthly without a week
    assert dialog.errors["schedule"].text() == "毎月の場合は、第何週かを1つ以上選んでください。"
    editor.week_boxes[2].setChecked(True)
    editor.weekday.setCurrentIndex(editor.weekday.findData(1))
    assert editor.description.text() == "毎月第2火曜日"
    dialog.venue.setText("中町会館")
    dialog.start.setText("13時半")
    dialog.end.setText("１５：３０")
    ctrl_enter(qtbot, dialog, dialog.venue)
    assert dialog.result() == QDialog.DialogCode.Accepted

    [stored] = svc.list_places(session)
    assert stored.schedule == '{"nth": 2, "weekday": 1}'
    assert (stored.default_start, stored.default_end) == (time(13, 30), time(15, 30))
    assert page.success.text() == "「ふれあいサロン中町」を追加しました。"
    assert list_cell(section, 0, PlacesModel.NAME) == "ふれあいサロン中町"
    assert list_cell(section, 0, PlacesModel.SCHEDULE) == "毎月第2火曜日"
    # no session registered yet: the next day on the schedule, marked as not registered
    assert list_cell(section, 0, PlacesModel.NEXT) == "令和8年12月8日（火）（予定・未登録）"
    assert list_cell(section, 0, PlacesModel.TIME) == "13:30〜15:30"
    assert list_cell(section, 0, PlacesModel.KIND) == "サロン"
    assert list_cell(section, 0, PlacesModel.STATUS) == "使用中"

    # edit it from its page: add the 4th week, rename, then retire it
    open_place(section, stored.id)
    place_page = section.place_page
    assert place_page.header.title.text() == "ふれあいサロン中町"
    assert place_page.header.subtitle.text() == "サロン・毎月第2火曜日"
    place_page.edit_button.click()
    dialog = place_page.dialog
    assert dialog.schedule.week_boxes[2].isChecked()
    assert dialog.start.text() == "13:30"
    dialog.name.setText("ふれあいサロン中町会館")
    dialog.schedule.week_boxes[4].setChecked(True)
    dialog.active.setChecked(False)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert place_page.header.title.text() == "ふれあいサロン中町会館"
    assert place_page.header.subtitle.text() == "サロン・毎月第2・第4火曜日"
    assert place_page.header.badge.isVisible()
    assert not place_page.add_button.isEnabled()  # a retired place takes no sessions
    place_page.back_button.click()
    assert section.currentWidget() is section.list_page
    assert section.list_page.model.rowCount() == 0  # retired places are hidden …
    section.list_page.show_retired.setChecked(True)  # … until asked for
    assert list_cell(section, 0, PlacesModel.STATUS) == "休止"
    assert list_cell(section, 0, PlacesModel.SCHEDULE) == "毎月第2・第4火曜日"
    assert not section.list_page.checkin_button.isEnabled()


def test_volunteers_see_places_but_cannot_add_or_edit(qtbot, session, sync_tasks, monkeypatch):
    place = svc.add_place(session, SALON)
    volunteer = user(session, "vol1", "volunteer")
    section = make_section(qtbot, volunteer)
    page = section.list_page
    monkeypatch.setattr(page, "confirm_new_session", lambda *_args: True)  # 「登録して受付を始める」
    assert list_cell(section, 0, PlacesModel.NAME) == "ふれあいサロン中町"
    assert not page.add_button.isEnabled()
    assert "スタッフ・管理者だけ" in page.add_button.toolTip()
    page.add_place()
    assert page.dialog is None
    assert page.checkin_button.isEnabled()  # volunteers run the door
    with qtbot.waitSignal(section.open_checkin) as signal:
        page.checkin_button.click()
    assert signal.args == [svc.sessions_on(session, TODAY)[0].session.id]
    open_place(section, place.id)
    place_page = section.place_page
    assert not place_page.edit_button.isEnabled()
    assert not place_page.series_button.isEnabled()
    assert "スタッフ・管理者だけ" in place_page.series_button.toolTip()
    assert place_page.add_button.isEnabled()
    assert place_page.tabs.count() == 1  # no 年度 counts for volunteers


# ------------------------------------------------------------------ sessions

def test_add_single_session_with_ctrl_enter(qtbot, section, session):
    place = svc.add_place(session, SALON)
    svc.create_session(session, PlaceSession(place_id=place.id, held_on=date(2026, 11, 2),
                                             fee_yen=200))
    open_place(section, place.id)
    page = section.place_page
    assert session_cells(section, SessionsModel.DATE) == ["令和8年11月2日（月）"]
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog)
    # prefilled: today, the usual time and venue, 活動形態 from the kind, the last fee
    assert dialog.held_on.text() == "令和8年11月27日"
    assert (dialog.start.text(), dialog.end.text()) == ("13:30", "15:30")
    assert dialog.venue.text() == "中町会館"
    assert dialog.form_combo.currentData() == "salon"
    assert dialog.fee.text() == "200"
    dialog.program.setText("健康体操と茶話会")
    dialog.meals.setValue(12)
    ctrl_enter(qtbot, dialog, dialog.program)
    assert dialog.result() == QDialog.DialogCode.Accepted

    stored = svc.sessions_of_place(session, place.id)
    assert [s.held_on for s in stored] == [date(2026, 11, 2), TODAY]
    assert (stored[1].program, stored[1].meals_served, stored[1].fee_yen) == (
        "健康体操と茶話会", 12, 200)
    assert session_cells(section, SessionsModel.DATE) == [
        "令和8年11月2日（月）", "令和8年11月27日（金）・今日"]
    assert session_cells(section, SessionsModel.PROGRAM)[1] == "健康体操と茶話会"
    assert page.selected().id == stored[1].id
    assert "令和8年11月27日（金）の開催を保存しました。" == page.success.text()

    # double-click edits it
    model = page.model
    page.table.doubleClicked.emit(model.index(1, SessionsModel.PROGRAM))
    dialog = page.dialog
    assert dialog.program.text() == "健康体操と茶話会"
    dialog.meals.setValue(15)
    dialog.save()
    assert svc.get_session(session, stored[1].id).meals_served == 15
    assert session_cells(section, SessionsModel.MEALS)[1] == "15"

    # 受付を開く emits the selected session
    with qtbot.waitSignal(section.open_checkin) as signal:
        page.checkin_button.click()
    assert signal.args == [stored[1].id]


def test_end_before_start_is_refused_and_nothing_written(qtbot, section, session):
    place = svc.add_place(session, SALON)
    open_place(section, place.id)
    section.place_page.add_session()
    dialog = section.place_page.dialog
    dialog.start.setText("15:00")
    dialog.end.setText("14:00")
    dialog.save()
    assert dialog.errors["end_time"].text() == "終了時刻は開始時刻より後にしてください。"
    assert dialog.form_error.text() == "入力内容を確かめてください。保存していません。"
    assert dialog.isVisible()
    dialog.start.setText("25:00")  # unreadable time: said under it, other checks still run
    dialog.held_on.setText("あした")
    dialog.save()
    assert dialog.errors["start_time"].text().startswith("時刻は「13:30」のように")
    assert dialog.errors["held_on"].isVisible()
    assert counts(session, TABLES) == {"places": 1, "place_sessions": 0}

    # the same rule in the place dialog
    section.place_page.edit_place()
    dialog = section.place_page.dialog
    dialog.start.setText("16:00")
    dialog.save()
    assert dialog.errors["default_end"].text() == "いつもの終了時刻はいつもの開始時刻より後にしてください。"
    assert svc.get_place(session, place.id).default_start == time(13, 30)


def test_series_preview_skips_the_holiday_and_creates_the_rest(qtbot, section, session):
    place = svc.add_place(session, SALON)  # every Monday
    open_place(section, place.id)
    page = section.place_page
    page.series_button.click()
    dialog = page.dialog
    assert isinstance(dialog, SeriesDialog)
    # defaults: today → the end of the 年度, the place's schedule, holidays left out
    assert dialog.start.text() == "令和8年11月27日"
    assert dialog.end.text() == "令和9年3月31日"
    assert dialog.schedule.description.text() == "毎週月曜日"
    assert dialog.skip_holidays.isChecked() and not dialog.skip_year_end.isChecked()

    dialog.start.setText("2027/1/1")
    dialog.end.setText("2027/1/31")
    dialog.update_preview()
    # Mondays of January 2027: 4, 11 (成人の日), 18, 25
    rows = [(dialog.preview.item(i, 0).text(), dialog.preview.item(i, 1).text())
            for i in range(dialog.preview.rowCount())]
    assert rows == [("令和9年1月4日（月）", "作成します"),
                    ("令和9年1月11日（月）", "除外：祝日（成人の日）"),
                    ("令和9年1月18日（月）", "作成します"),
                    ("令和9年1月25日（月）", "作成します")]
    assert dialog.summary.text() == "作成する開催：3回　除外する日：1日"
    assert counts(session, TABLES)["place_sessions"] == 0  # the preview writes nothing

    dialog.end.setText("2026/12/31")  # before the start: said under 終了日, no preview
    dialog.update_preview()
    assert dialog.errors["end"].text() == "終了日は開始日以降にしてください。"
    assert not dialog.save_button.isEnabled()
    dialog.end.setText("2027/1/31")
    ctrl_enter(qtbot, dialog, dialog.end)  # creates what the preview shows
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert page.success.text() == "3回の開催を作成しました（1日は祝日などのため除外）"
    assert [s.held_on for s in svc.sessions_of_place(session, place.id)] == [
        date(2027, 1, 4), date(2027, 1, 18), date(2027, 1, 25)]
    assert session_cells(section, SessionsModel.DATE) == [
        "令和9年1月4日（月）", "令和9年1月18日（月）", "令和9年1月25日（月）"]
    assert page.summary.text() == "開催 3 回（うち予定 3 回）"


def test_delete_session_asks_and_refuses_with_attendance(qtbot, section, session, monkeypatch):
    place = svc.add_place(session, SALON)
    first = svc.create_session(session, PlaceSession(place_id=place.id, held_on=date(2026, 11, 2)))
    second = svc.create_session(session, PlaceSession(place_id=place.id, held_on=date(2026, 11, 9)))
    places_support.attend(session, second.id, places_support.person(session))
    open_place(section, place.id)
    page = section.place_page
    asked = []
    monkeypatch.setattr(page, "confirm_delete", lambda held: asked.append(held.id) or False)
    page.table.select_row(page.model.row_of(first.id))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [first.id]
    assert counts(session, TABLES)["place_sessions"] == 2  # cancelled

    monkeypatch.setattr(page, "confirm_delete", lambda held: True)
    page.delete_button.click()
    assert [s.id for s in svc.sessions_of_place(session, place.id)] == [second.id]
    assert page.success.text() == "令和8年11月2日（月）の開催を削除しました。"
    assert session_cells(section, SessionsModel.DATE) == ["令和8年11月9日（月）"]

    page.table.select_row(0)
    page.delete_button.click()  # someone was checked in: the service's message, kept
    assert "受付または匿名参加者数が記録されているため、削除できません" in page.error.text()
    assert page.error.isVisible() and not page.success.isVisible()
    assert counts(session, TABLES)["place_sessions"] == 1


def test_today_checkin_creates_once_then_reuses(qtbot, section, session, monkeypatch):
    place = svc.add_place(session, SALON)
    other = svc.add_place(session, Place(name="こども食堂 にじいろ", kind="kodomo_shokudo"))
    page = section.list_page
    asked = []
    monkeypatch.setattr(page, "confirm_new_session",
                        lambda place, day: asked.append((place.id, day)) or True)
    page.refresh()
    assert page.select_place(place.id)
    with qtbot.waitSignal(section.open_checkin) as signal:
        page.checkin_button.click()
    [today] = svc.sessions_on(session, TODAY)
    assert today.session.place_id == place.id
    assert signal.args == [today.session.id]
    assert list_cell(section, page.model.row_of(place.id), PlacesModel.NEXT).startswith("今日")
    assert page.selected().id == place.id  # the refresh kept the selection

    with qtbot.waitSignal(section.open_checkin) as again:
        page.checkin_button.click()
    assert again.args == [today.session.id]
    assert asked == [(place.id, TODAY)]  # asked once: the second time the session exists
    assert len(svc.sessions_of_place(session, place.id)) == 1
    assert svc.sessions_of_place(session, other.id) == []


def test_year_selector_and_year_table(qtbot, section, session):
    place = svc.add_place(session, SALON)
    for day in (date(2025, 4, 7), date(2025, 5, 12), date(2026, 4, 6)):
        svc.create_session(session, PlaceSession(place_id=place.id, held_on=day, meals_served=5))
    open_place(section, place.id)
    page = section.place_page
    years = [page.year.itemText(i) for i in range(page.year.count())]
    assert years == ["令和8年度（2026年度）", "令和7年度（2025年度）"]
    assert page.year.currentData() == 2026
    assert session_cells(section, SessionsModel.DATE) == ["令和8年4月6日（月）"]
    page.year.setCurrentIndex(page.year.findData(2025))
    assert session_cells(section, SessionsModel.DATE) == [
        "令和7年4月7日（月）", "令和7年5月12日（月）"]
    table = page.year_table
    assert isinstance(table, PlaceYearTable) and table.fiscal_year == 2025
    model = table.model
    assert model.rowCount() == 13
    assert model.headerData(0, Qt.Orientation.Vertical) == "4月"
    assert model.headerData(12, Qt.Orientation.Vertical) == "合計"
    assert model.data(model.index(12, model.COLUMNS.index("sessions"))) == "2"
    assert model.data(model.index(12, model.COLUMNS.index("meals"))) == "10"


def test_time_reading():
    assert parse_time("13:30") == time(13, 30)
    assert parse_time("１３：３０") == time(13, 30)
    assert parse_time("9時") == time(9)
    assert parse_time("13時半") == time(13, 30)
    assert parse_time("午後1時15分") == time(13, 15)
    assert parse_time("1330") == time(13, 30)
    assert parse_time("930") == time(9, 30)
    assert parse_time("13") == time(13)
    assert parse_time("  ") is None
    for bad in ("25:00", "13:75", "あさ", "12345", "2400"):
        with pytest.raises(ValueError):
            parse_time(bad)
