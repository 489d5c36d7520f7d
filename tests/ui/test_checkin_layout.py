"""The check-in screen fits a 1280×800 laptop (a window content area of about 1280×740):
no squeezed walk-in rows, and the roster keeps room for at least five people."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from kodoku_desk.services import checkin as svc
from kodoku_desk.ui.checkin_page import CheckinPage
from tests.services import places_support as ps

SCREEN = (1280, 740)


def test_page_fits_a_laptop_and_roster_shows_five_rows(qtbot, new_db, sync_tasks):
    session = new_db[0]
    place_id = ps.place(session)
    session_id = ps.held(session, place_id, date.today())
    for n in range(7):
        person = ps.person(session, "山田", f"太郎{n}", kana=("ヤマダ", "タロウ"),
                           birth=date(1950, 5, 1))
        svc.check_in(session, session_id, person)
    page = CheckinPage(session)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    page.show_session(session_id)
    qtbot.waitUntil(lambda: page.roster is not None)
    QApplication.processEvents()

    hint = page.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], hint
    assert (page.width(), page.height()) == SCREEN

    table = page.roster_panel.table
    row_height = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 5 * row_height
    assert table.rowAt(4 * row_height + row_height // 2) == 4   # the 5th row is on screen

    # every walk-in row is at least as tall as its buttons: nothing overlaps
    for row in page.counters.rows:
        for widget in (row.minus, row.plus):
            assert widget.height() == widget.minimumHeight()
        if row.detail.isVisible():
            assert row.detail.geometry().bottom() <= row.plus.geometry().bottom() + 2
