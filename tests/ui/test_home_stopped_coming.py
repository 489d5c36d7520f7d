"""ホーム: a regular of a 居場所 who missed the last two sessions shows under
「集まりに来なくなった方」, opens the person on double-click, and leaves the list after
coming again."""

from __future__ import annotations

from datetime import date, timedelta

from kodoku_desk.ui.home_page import HomePage
from tests.ui import seed


def test_regular_who_stopped_coming_is_listed_until_they_come_back(qtbot, new_db, sync_tasks):
    session = new_db[0]
    today = date.today()
    days = [today - timedelta(weeks=w) for w in range(6, 0, -1)]   # six weekly sessions
    with session.engine.begin() as conn:
        regular = seed.person(conn, "長谷川", "和子", frequency=None)
        other = seed.person(conn, "森", "一郎", frequency=None)
        place = seed.place(conn, "ひだまりサロン")
        for index, day in enumerate(days):
            came = index in (0, 1, 3)          # 3 of the 4 before the last two
            seed.place_session(conn, place, day, attendees=(regular, other) if came else (other,))
    page = HomePage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    table = page.stopped_table
    assert table.isVisible() and table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1, 3)] == ["長谷川 和子", "ひだまりサロン", "2 回"]
    with qtbot.waitSignal(page.open_person) as opened:
        page.stopped_table.itemActivated.emit(table.item(0, 0))
    assert opened.args == [regular]

    with session.engine.begin() as conn:
        seed.place_session(conn, place, today, attendees=(regular, other))
    page.refresh()
    assert not table.isVisible()
    assert page.stopped_note.text() == "居場所に来なくなった常連の方はいません。"
