"""当事者 list: the table model without a window, and the page driven like a user would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kodoku_desk.models.person import Person
from kodoku_desk.models.person_list import PersonRow
from kodoku_desk.services.people import register_person
from kodoku_desk.ui import people_model as pm
from kodoku_desk.ui.people_page import PeoplePage
from tests.ui import seed


def row(**fields) -> PersonRow:
    values = dict(id="p1", person_code="P000001", kind="client", full_name="山田 太郎",
                  full_kana="ヤマダ タロウ", birth_date=date(1940, 3, 15), age=86,
                  district_code=None, phone="03-1111-2222", status="active",
                  visit_frequency="weekly", last_contact=date(2026, 11, 3), days_overdue=0)
    values.update(fields)
    return PersonRow(**values)


def test_model_columns_roles_and_paging(qapp):
    model = pm.PeopleTableModel()
    model.set_rows([row(), row(id="p2", full_name="佐藤 花子", days_overdue=12,
                            last_contact=None, age=None)])
    assert model.rowCount() == 2 and model.columnCount() == pm.COLUMN_COUNT
    text = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert model.headerData(pm.NAME, Qt.Orientation.Horizontal) == "氏名"
    assert text(0, pm.NAME) == "山田 太郎"
    assert text(0, pm.AGE) == "86歳"
    assert text(0, pm.FREQUENCY) == "週1回"
    assert text(0, pm.LAST_CONTACT) == "R8.11.3"
    assert text(0, pm.STATUS) == "支援中"
    assert text(1, pm.LAST_CONTACT) == "記録なし"
    assert text(1, pm.STATUS) == "12日超過"
    assert text(1, pm.AGE) == ""
    overdue = model.index(1, pm.STATUS)
    assert model.data(overdue, Qt.ItemDataRole.FontRole).bold()
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, pm.STATUS), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, pm.AGE), Qt.ItemDataRole.TextAlignmentRole) & \
        Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(1, 0), pm.RawRole).id == "p2"
    model.append_rows([row(id="p3")])
    assert model.rowCount() == 3 and model.row_at(2).id == "p3"


@pytest.fixture
def people(new_db):
    session, _ = new_db
    ids = {}
    for family, given, fk, gk, freq in (("山田", "太郎", "やまだ", "たろう", "weekly"),
                                        ("佐藤", "花子", "サトウ", "ハナコ", "monthly"),
                                        ("鈴木", "一郎", "スズキ", "イチロウ", None)):
        ids[family] = register_person(session, Person(
            family_name=family, given_name=given, family_kana=fk, given_kana=gk,
            visit_frequency=freq, registered_on=date.today() - timedelta(days=60))).id
    with session.engine.begin() as conn:  # 佐藤 was seen last week: not overdue
        seed.visit(conn, ids["佐藤"], date.today() - timedelta(days=7))
    return session, ids


@pytest.fixture
def page(qtbot, people):
    session, _ = people
    widget = PeoplePage(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only takes ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def names(page) -> list[str]:
    return [r.full_name for r in page.model.rows()]


def test_lists_everyone_in_gojuon_order(page):
    assert names(page) == ["佐藤 花子", "鈴木 一郎", "山田 太郎"]
    assert page.count_label.text() == "該当 3人"
    assert page.search.hasFocus()
    assert page.search.placeholderText() == "氏名・ふりがな・電話番号・番号で検索"


@pytest.mark.parametrize("typed", ["ヤマダ", "ﾔﾏﾀﾞ", "やまだ", "山田"])
def test_search_as_you_type(qtbot, page, typed):
    type_text(page.search, typed)
    qtbot.waitUntil(lambda: names(page) == ["山田 太郎"])
    assert page.count_label.text() == "該当 1人"


def test_stale_answer_is_dropped(page, sync_tasks):
    page.search.setText("サトウ")
    page.refresh()
    stale = page._generation
    page.search.setText("スズキ")
    page.refresh()
    assert names(page) == ["鈴木 一郎"]
    page._searched(stale, ([row(full_name="古い 結果")], 1), None)  # arrives late
    assert names(page) == ["鈴木 一郎"]


def test_overdue_filter(qtbot, page):
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: names(page) == ["山田 太郎"])
    assert page.model.row_at(0).days_overdue > 0
    assert page.model.data(page.model.index(0, pm.STATUS)).endswith("日超過")
    page.overdue_only.setChecked(False)
    qtbot.waitUntil(lambda: len(names(page)) == 3)


def test_enter_opens_and_ctrl_r_logs_visit(qtbot, page, people):
    _, ids = people
    type_text(page.search, "ﾔﾏﾀﾞ")
    qtbot.waitUntil(lambda: names(page) == ["山田 太郎"])
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    with qtbot.waitSignal(page.open_person, timeout=2000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [ids["山田"]]
    with qtbot.waitSignal(page.log_visit, timeout=2000) as logged:
        qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert logged.args == [ids["山田"]]
    with qtbot.waitSignal(page.log_visit, timeout=2000):
        page.visit_button.click()


def test_paging_loads_the_next_200(qtbot, new_db, sync_tasks):
    session, _ = new_db
    with session.engine.begin() as conn:
        for i in range(230):
            seed.person(conn, f"試験{i:03d}")
    widget = PeoplePage(session)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 200
    assert widget.count_label.text() == "該当 230人"
    assert widget.more_button.isVisibleTo(widget)
    widget.more_button.click()
    assert widget.model.rowCount() == 230
    assert not widget.more_button.isVisibleTo(widget)
    assert len({r.id for r in widget.model.rows()}) == 230


def test_new_person_from_the_list(qtbot, page, sync_tasks):
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.form_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.family_name.setText("高橋")
    dialog.family_kana.setText("たかはし")
    with qtbot.waitSignal(page.person_created, timeout=2000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: "高橋" in names(page))
