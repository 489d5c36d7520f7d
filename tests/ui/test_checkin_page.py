"""受付 (check-in screen): kana + Enter checks a person in, a second check-in is refused,
undo, walk-in counters by keyboard, the quick 新しい参加者 form, roles, the roster, and a
whole session run with the keyboard alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kodoku_desk.services import checkin as svc
from kodoku_desk.services.checkin import RosterRow
from kodoku_desk.ui import checkin_model as cm
from kodoku_desk.ui import tasks
from kodoku_desk.ui.checkin_page import CheckinPage
from kodoku_desk.ui.checkin_quick import prefill_from_search
from tests.services import places_support as ps
from tests.services.mimamori_support import user
from tests.ui.test_people_page import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TABLES = ("persons", "attendance", "walkins")


def years_ago(years: int) -> date:
    today = date.today()
    return today.replace(year=today.year - years, day=min(today.day, 28))


@pytest.fixture
def door(new_db):
    """A salon with a session today and three registered people."""
    session = new_db[0]
    place_id = ps.place(session)
    ids = {
        "山田": ps.person(session, "山田", "太郎", kana=("ヤマダ", "タロウ"), birth=years_ago(10)),
        "鈴木": ps.person(session, "鈴木", "花子", kana=("スズキ", "ハナコ"), birth=years_ago(40)),
        "佐藤": ps.person(session, "佐藤", "一郎", kana=("サトウ", "イチロウ"), birth=years_ago(70),
                        kind="participant"),
    }
    session_id = ps.held(session, place_id, date.today())
    return session, session_id, ids


def open_page(qtbot, session, session_id) -> CheckinPage:
    page = CheckinPage(session)
    qtbot.addWidget(page)
    page.resize(1136, 820)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.show_session(session_id)
    qtbot.waitUntil(lambda: page.roster is not None)
    return page


@pytest.fixture
def page(qtbot, door, sync_tasks):
    session, session_id, _ = door
    return open_page(qtbot, session, session_id)


def stored(door) -> svc.Roster:
    session, session_id, _ = door
    return svc.load_roster(session, session_id)


def roster_names(page) -> list[str]:
    return [r.full_name for r in page.roster_panel.model.rows()]


def focused():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """A key on whatever has the focus, as a user would press it."""
    for _ in range(times):
        widget = focused()
        assert widget is not None, "no widget has the keyboard focus"
        QTest.keyClick(widget, key, modifier)


def type_and_enter(text: str) -> None:
    type_text(focused(), text)
    press(Qt.Key.Key_Return)


# ------------------------------------------------------------------ check-in

def test_kana_fragment_and_enter_checks_in_top_result(page, door):
    assert page.search.hasFocus()
    assert page.search.placeholderText() == "名前・ふりがなで探す"
    assert "ひだまりサロン" in page.header.title.text()
    type_text(page.search, "やま")
    press(Qt.Key.Key_Return)
    assert roster_names(page) == ["山田 太郎"]
    assert page.status.text() == "山田 太郎 さんを受け付けました（小学生）　元に戻す: Ctrl+Z"
    assert page.status.property("kind") == "ok"
    assert page.search.text() == "" and page.search.hasFocus()
    assert page.counters.total("participants") == 1
    assert page.counters.total("registered") == 1
    assert page.counters.total("total") == 1
    counts = stored(door).counts
    assert counts.participants == 1 and counts.registered_by_category == {"elementary": 1}
    assert page.undo_button.isEnabled()


def test_results_show_marks_and_arrows_choose(page, door):
    type_text(page.search, "ろう")   # タロウ and イチロウ
    page.finder.find()
    names = [c.full_name for c in page.results.candidates()]
    assert set(names) == {"山田 太郎", "佐藤 一郎"}
    first = page.results.buttons[0]
    assert first.height() >= 48
    assert "初めて" in first.marks
    press(Qt.Key.Key_Down)
    assert page.results.current == 1
    second_name = page.results.current_candidate().full_name
    press(Qt.Key.Key_Return)
    assert roster_names(page) == [second_name]


def test_one_click_checks_in(qtbot, page):
    type_text(page.search, "すずき")
    page.finder.find()
    qtbot.mouseClick(page.results.buttons[0], Qt.MouseButton.LeftButton)
    assert roster_names(page) == ["鈴木 花子"]
    assert "（大人）" in page.status.text()
    assert page.search.hasFocus()


def test_same_person_again_is_refused_and_nothing_written(page, door):
    session, _, ids = door
    type_and_enter("やまだ")
    before = ps.counts(session, TABLES)
    type_text(page.search, "やまだ")
    page.finder.find()
    button = page.results.buttons[0]
    assert not button.isEnabled() and button.candidate.checked_in
    press(Qt.Key.Key_Return)
    assert page.status.text() == "山田 太郎 さんは、この回はすでに受付済みです。"
    assert page.status.property("kind") == "warn"
    # a stale screen (checked in elsewhere meanwhile): the service refuses with its message
    page.check_in(ids["山田"], "山田 太郎")
    assert "すでに受付済み" in page.status.text() and "二重に受付" in page.status.text()
    assert page.status.property("kind") == "error"
    assert ps.counts(session, TABLES) == before
    assert roster_names(page) == ["山田 太郎"]


def test_ctrl_z_undoes_the_check_in(page, door):
    type_and_enter("やまだ")
    assert stored(door).counts.registered == 1
    press(Qt.Key.Key_Z, CTRL)
    assert stored(door).rows == ()
    assert roster_names(page) == []
    assert page.counters.total("participants") == 0
    assert page.status.text() == "元に戻しました：山田 太郎 さんの受付"
    assert not page.undo_button.isEnabled()
    press(Qt.Key.Key_Z, CTRL)
    assert page.status.text() == "元に戻せる操作はありません。"


def test_volunteer_role_counts_as_volunteer_then_role_resets(page, door):
    press(Qt.Key.Key_F3)
    assert page.next.role() == "volunteer"
    type_and_enter("すずき")
    counts = stored(door).counts
    assert counts.volunteers == 1 and counts.participants == 0 and counts.total == 1
    assert page.counters.total("volunteers") == 1
    assert page.counters.total("participants") == 0
    assert page.status.text().startswith("鈴木 花子 さんを受け付けました（ボランティア）")
    assert page.roster_panel.model.data(page.roster_panel.model.index(0, cm.ROLE)) == "ボランティア"
    assert page.next.role() == "participant"   # the next person is a participant again


def test_category_override_is_stored(page, door):
    press(Qt.Key.Key_F6, times=5)    # 自動 → 未就学児 → … → 保護者
    assert page.next.chosen_category() == "guardian"
    type_and_enter("すずき")
    assert stored(door).counts.registered_by_category == {"guardian": 1}
    assert page.next.chosen_category() is None


# ------------------------------------------------------------------ walk-ins

def test_walkin_shortcuts_move_counters_and_stored_count(page, door):
    press(Qt.Key.Key_2, ALT)   # 2 = 小学生
    press(Qt.Key.Key_2, ALT)
    press(Qt.Key.Key_7, ALT)   # 7 = 高齢者
    assert page.counters.walkin("elementary") == 2
    assert stored(door).walkins == {"elementary": 2, "senior": 1}
    assert page.counters.total("walkins") == 3 and page.counters.total("participants") == 3
    press(Qt.Key.Key_2, ALT | SHIFT)
    assert stored(door).walkins == {"elementary": 1, "senior": 1}
    assert page.counters.walkin("elementary") == 1
    assert "小学生（匿名）を1人減らしました（いま 1人）" in page.status.text()
    press(Qt.Key.Key_Z, CTRL)           # undo the −1
    assert stored(door).walkins["elementary"] == 2
    assert page.search.hasFocus()


def test_walkin_buttons_and_below_zero_refused(qtbot, page, door):
    session = door[0]
    row = page.counters.rows[0]   # 未就学児
    assert "Alt+1" in row.plus.toolTip() and "Alt+Shift+1" in row.minus.toolTip()
    assert not row.minus.isEnabled()
    qtbot.mouseClick(row.plus, Qt.MouseButton.LeftButton)
    assert page.counters.walkin("preschool") == 1 and row.minus.isEnabled()
    before = ps.counts(session, TABLES)
    press(Qt.Key.Key_1, ALT | SHIFT)
    press(Qt.Key.Key_1, ALT | SHIFT)   # below 0: refused by the service, nothing written
    assert page.status.property("kind") == "error"
    assert "0人より少なく" in page.status.text()
    assert stored(door).walkins.get("preschool", 0) == 0
    assert ps.counts(session, ("persons", "attendance")) == {
        k: v for k, v in before.items() if k != "walkins"}


# ------------------------------------------------------------------ 新しい参加者

def test_ctrl_n_registers_and_checks_in_with_enter(page, door):
    session = door[0]
    type_text(page.search, "やまぐち はな")
    press(Qt.Key.Key_N, CTRL)
    quick = page.quick
    assert page.stack.currentWidget() is quick
    assert quick.edits["family_kana"].text() == "ヤマグチ"
    assert quick.edits["given_kana"].text() == "ハナ"
    assert quick.edits["family_name"].hasFocus()
    persons = ps.counts(session, ("persons",))["persons"]
    press(Qt.Key.Key_Return)             # nothing typed yet: messages next to the fields
    assert quick.errors["family_name"].isVisible()
    assert quick.errors["category"].isVisible()
    assert ps.counts(session, ("persons",))["persons"] == persons
    assert stored(door).rows == ()
    type_text(focused(), "山口")
    press(Qt.Key.Key_Tab)
    type_text(focused(), "花")
    press(Qt.Key.Key_Tab, times=3)       # → セイ, メイ, 区分
    assert focused() is quick.category
    press(Qt.Key.Key_Down, times=6)      # 未就学児 … 大人
    assert quick.category.currentData() == "adult"
    press(Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.results
    assert roster_names(page) == ["山口 花"]
    assert page.status.text() == "山口 花 さんを登録して受け付けました（大人）　元に戻す: Ctrl+Z"
    assert ps.counts(session, ("persons",))["persons"] == persons + 1
    row = stored(door).rows[0]
    assert row.full_kana == "ヤマグチ ハナ" and row.category == "adult" and row.first_time
    assert page.roster_panel.model.data(page.roster_panel.model.index(0, cm.NEW)) == "新規"
    assert page.search.hasFocus()


def test_quick_form_esc_cancels_and_prefills_names(page):
    type_text(page.search, "山口 花子")
    press(Qt.Key.Key_N, CTRL)
    assert page.quick.edits["family_name"].text() == "山口"
    assert page.quick.edits["given_name"].text() == "花子"
    assert page.quick.edits["family_kana"].hasFocus()
    press(Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.results
    assert page.search.hasFocus()


@pytest.mark.parametrize("text, expected", [
    ("やまだ", {"family_kana": "ヤマダ", "given_kana": ""}),
    ("ヤマダ　タロウ", {"family_kana": "ヤマダ", "given_kana": "タロウ"}),
    ("山田 太郎", {"family_name": "山田", "given_name": "太郎"}),
    ("090-1234", {}),
    ("", {}),
])
def test_prefill_from_search(text, expected):
    assert prefill_from_search(text) == expected


# ------------------------------------------------------------------ roster

def test_roster_delete_with_confirmation_and_double_click(qtbot, page, door):
    type_and_enter("やまだ")
    type_and_enter("すずき")
    assert roster_names(page) == ["鈴木 花子", "山田 太郎"]   # newest first
    table = page.roster_panel.table
    with qtbot.waitSignal(page.open_person) as opened:
        table.doubleClicked.emit(page.roster_panel.model.index(1, cm.NAME))
    assert opened.args == [door[2]["山田"]]
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    confirm = page.roster_panel.confirm
    assert confirm is not None and "山田 太郎" in confirm.text()
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)    # やめる: nothing removed
    assert len(stored(door).rows) == 2
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.roster_panel.confirm, Qt.Key.Key_Return)
    assert [r.full_name for r in stored(door).rows] == ["鈴木 花子"]
    assert roster_names(page) == ["鈴木 花子"]
    assert page.status.text() == "山田 太郎 さんの受付を取り消しました。"
    press(Qt.Key.Key_Z, CTRL)   # the last remaining action: 鈴木's check-in
    assert stored(door).rows == ()


def test_roster_model_without_a_window():
    model = cm.RosterModel()
    row = RosterRow(attendance_id="a1", person_id="p1", full_name="山田 太郎",
                    full_kana="ヤマダ タロウ", category="elementary", role="volunteer",
                    checked_in_at=datetime(2026, 11, 27, 10, 5), first_time=True)
    model.set_rows([row])
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts == ["10:05", "山田 太郎", "小学生", "ボランティア", "新規"]
    assert model.data(model.index(0, 0), cm.RowRole) is row
    assert model.row_of("a1") == 0 and model.row_of("x") == -1


# ------------------------------------------------------------------ errors

def test_future_session_is_refused_clearly(qtbot, door, sync_tasks):
    session, _, _ = door
    place_id = ps.place(session, "こども食堂あさひ", "kodomo_shokudo")
    later = ps.held(session, place_id, date.today() + timedelta(days=7))
    page = open_page(qtbot, session, later)
    assert page.status.property("kind") == "warn"
    before = ps.counts(session, TABLES)
    type_and_enter("やまだ")
    assert page.status.property("kind") == "error"
    assert "まだ開催日になっていない" in page.status.text()
    press(Qt.Key.Key_3, ALT)
    assert ps.counts(session, TABLES) == before


def test_missing_session_shows_an_error(qtbot, door, sync_tasks):
    page = CheckinPage(door[0])
    qtbot.addWidget(page)
    page.show_session("no-such-session")
    assert page.status.property("kind") == "error"
    assert "見つかりません" in page.status.text()


def test_volunteer_checks_in_by_full_name_and_cannot_remove_others(qtbot, door, sync_tasks):
    session, session_id, ids = door
    ps.attend(session, session_id, ids["鈴木"], category="adult")   # recorded by the admin
    volunteer = user(session, "vol1", "volunteer", "ボランティア 一郎")
    page = open_page(qtbot, volunteer, session_id)
    type_and_enter("さとう")                 # a 居場所-only participant: found by a fragment
    type_and_enter("やま")                   # a client: not by a fragment …
    assert "当てはまる方がいません" in page.status.text()
    press(Qt.Key.Key_Escape)
    type_and_enter("やまだたろう")           # … but by the whole reading
    assert {r.full_name for r in stored(door).rows} == {"佐藤 一郎", "山田 太郎", "鈴木 花子"}
    suzuki = next(r for r in page.roster_panel.model.rows() if r.full_name == "鈴木 花子")
    before = ps.counts(session, TABLES)
    page.remove_check_in(suzuki)
    assert page.status.property("kind") == "error"
    assert "ほかの方が記録した受付" in page.status.text()
    assert ps.counts(session, TABLES) == before
    press(Qt.Key.Key_Z, CTRL)                # their own check-in: undone
    assert {r.full_name for r in stored(door).rows} == {"佐藤 一郎", "鈴木 花子"}


# ------------------------------------------------------------------ keyboard only

def test_a_whole_session_with_the_keyboard_alone(qtbot, page, door):
    ids = door[2]
    assert focused() is page.search
    press(Qt.Key.Key_F4)                      # staff first
    type_and_enter("すずき")
    type_and_enter("やまだ")                  # a child, 小学生 by 学年
    type_and_enter("さとう")
    press(Qt.Key.Key_6, ALT, times=2)         # two adults not on the list
    press(Qt.Key.Key_1, ALT)                  # a small child
    press(Qt.Key.Key_6, ALT | SHIFT)          # one adult counted twice
    press(Qt.Key.Key_N, CTRL)                 # someone new
    type_text(focused(), "川口")
    press(Qt.Key.Key_Tab, times=2)
    type_text(focused(), "かわぐち")
    press(Qt.Key.Key_Tab, times=2)
    press(Qt.Key.Key_Down, times=7)           # 高齢者
    press(Qt.Key.Key_Return)
    assert stored(door).rows[0].category == "senior"
    type_text(focused(), "やまだ")            # 山田 again: refused
    press(Qt.Key.Key_Return)
    assert "すでに受付済み" in page.status.text()
    press(Qt.Key.Key_Escape)
    assert page.search.text() == "" and focused() is page.search
    press(Qt.Key.Key_Z, CTRL)                 # take back 川口's check-in (they stay registered)
    type_and_enter("かわぐち")                # … and check them in again from the list (自動: 大人)
    for _ in range(20):                       # Tab through the screen to the roster
        if focused() is page.roster_panel.table:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is page.roster_panel.table
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_End, CTRL)               # the oldest: 鈴木 (staff)
    press(Qt.Key.Key_Delete)
    confirm = page.roster_panel.confirm
    qtbot.waitUntil(lambda: QApplication.activeWindow() is confirm)
    assert "鈴木 花子" in confirm.text()
    press(Qt.Key.Key_Return)                  # confirm 取り消す
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page and focused() is not None)
    press(Qt.Key.Key_Escape)                  # back in the search box
    assert focused() is page.search

    roster = stored(door)
    assert [r.full_name for r in roster.rows] == ["川口", "佐藤 一郎", "山田 太郎"]
    by_name = {r.full_name: r for r in roster.rows}
    assert by_name["山田 太郎"].category == "elementary"
    assert by_name["佐藤 一郎"].category == "senior"
    assert by_name["川口"].category == "adult" and by_name["川口"].first_time
    assert roster.walkins == {"adult": 1, "preschool": 1}
    counts = roster.counts
    assert (counts.participants, counts.registered, counts.walkins, counts.staff,
            counts.volunteers, counts.total) == (5, 3, 2, 0, 0, 5)
    assert page.counters.total("participants") == 5 and page.counters.total("total") == 5
    with qtbot.waitSignal(page.back):
        press(Qt.Key.Key_Left, ALT)
    assert ids["鈴木"] not in {r.person_id for r in roster.rows}


def test_background_threads_enter_before_the_answer_and_quick_presses(qtbot, door):
    """With the real thread pool: Enter right after typing still checks in the top match,
    and three quick 「+」 presses are three stored changes, in order.  (The test reads the
    database itself only once the screen's tasks are done.)"""
    session, session_id, _ = door
    page = open_page(qtbot, session, session_id)

    def settled() -> bool:
        return page.tasks.idle and tasks.pending_count() == 0

    type_and_enter("やまだ")
    qtbot.waitUntil(lambda: roster_names(page) == ["山田 太郎"])
    press(Qt.Key.Key_3, ALT, times=3)   # 中学生
    qtbot.waitUntil(lambda: page.counters.walkin("junior_high") == 3 and settled())
    assert stored(door).walkins == {"junior_high": 3}
    press(Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.counters.walkin("junior_high") == 2 and settled())
    assert stored(door).walkins == {"junior_high": 2}
