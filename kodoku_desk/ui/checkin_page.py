"""受付: the check-in screen of one 居場所 session, made for a busy doorway.

Left: a big search box (名前・ふりがな) with the people found as large buttons —
Enter or one click checks the highlighted person in (↑/↓ move, Esc clears);
the role (F2 参加者 / F3 ボランティア / F4 スタッフ) and 区分 (F6) for the next
check-in; a status line with 元に戻す (Ctrl+Z); 「新しい参加者」 (Ctrl+N) for a quick
registration; the roster, newest first (Delete takes a check-in back, double-click
or Enter opens the person).  Right: the live counters and the walk-in counters
(Alt+1…7 add one, Alt+Shift+1…7 take one away), in a column that scrolls when the
window is low.  Alt+← goes back.  The page fits a 1280×800 laptop screen: the
roster takes the height left over by the search side.

Reads and writes run in the background, one after another (stale answers are
dropped by serial number)
(:class:`~kodoku_desk.ui.checkin_actions.TaskQueue`).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services import checkin as svc
from kodoku_desk.services.code_lists import lists_for
from kodoku_desk.ui.checkin_actions import (
    CHECK_IN,
    WALK_IN,
    Action,
    TaskQueue,
    UndoStack,
    problem_text,
)
from kodoku_desk.ui.checkin_counters import CountersPanel
from kodoku_desk.ui.checkin_finder import Finder
from kodoku_desk.ui.checkin_model import code_text
from kodoku_desk.ui.checkin_parts import (
    KeysCard,
    NextCheckin,
    SessionHeader,
    StatusLine,
)
from kodoku_desk.ui.checkin_quick import QuickForm
from kodoku_desk.ui.checkin_roster import RosterPanel
from kodoku_desk.ui.checkin_style import ROW_HEIGHT, base_points, stylesheet
from kodoku_desk.ui.i18n import current_language

LISTS = ("participant_category", "attendance_role", "activity_form")


class CheckinPage(QWidget):
    """``back`` (Alt+←), ``open_person(person_id)`` from the roster, ``changed`` after a write."""

    back = Signal()
    open_person = Signal(str)
    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.session_id: str | None = None
        self.roster = None
        self.labels: dict = {}
        self.undo_stack = UndoStack()
        self.tasks = TaskQueue(self)
        self._load_serial = 0
        self.setObjectName("PageContent")
        self.setStyleSheet(stylesheet())

        self.header = SessionHeader()
        self.header.back.connect(self.back.emit)
        self.finder = Finder(session, self._category_text, problem_text, self.tasks.submit, self)
        self.finder.chosen.connect(lambda found: self.check_in(found.person_id, found.full_name))
        self.finder.message.connect(self._say)
        self.finder.undo_requested.connect(self.undo)
        self.search, self.results = self.finder.search, self.finder.results
        self.new_hint = QLabel(self.tr("名簿にない方は"))
        self.new_hint.setObjectName("Hint")
        self.new_button = QPushButton(self.tr("＋ 新しい参加者（Ctrl+N）"))
        self.new_button.setToolTip(self.tr("名簿にない方を、氏名・ふりがな・区分だけで登録して受付します"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.start_quick)
        self.next = NextCheckin()
        self.status = StatusLine()
        self.undo_button = QPushButton(self.tr("元に戻す（Ctrl+Z）"))
        self.undo_button.setObjectName("Undo")
        self.undo_button.setMinimumHeight(ROW_HEIGHT)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        self.quick = QuickForm()
        self.quick.submitted.connect(self.save_quick)
        self.quick.cancelled.connect(self.close_quick)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.quick)
        self.stack.setMinimumHeight(2 * (ROW_HEIGHT + 6) + 30)   # two people found, at least
        self.roster_panel = RosterPanel()
        self.roster_panel.open_person.connect(self.open_person.emit)
        self.roster_panel.remove_requested.connect(self.remove_check_in)
        self.counters = CountersPanel()
        self.counters.walkin_change.connect(self.change_walkins)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.undo_button)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_hint)
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(search_row)
        left.addWidget(self.next)
        left.addWidget(self.status)
        left.addWidget(self.stack, 2)
        left.addLayout(new_row)
        left.addWidget(self.roster_panel, 3)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 4, 0)
        right.setSpacing(8)
        right.addWidget(self.counters)
        right.addStretch(1)
        right.addWidget(KeysCard())
        right_column = QWidget()
        right_column.setObjectName("CheckinSide")
        right_column.setLayout(right)
        # the counters scroll when the window is too low for them, never squeezed or cut off
        self.side = QScrollArea()
        self.side.setObjectName("CheckinSide")
        self.side.setWidget(right_column)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setFixedWidth(26 * base_points() + 90)   # the search side takes the rest
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

        for keys_, slot in (("Ctrl+Z", self.undo), ("Ctrl+N", self.start_quick),
                            ("Alt+Left", self.back.emit), ("Escape", self._escape)):
            QShortcut(QKeySequence(keys_), self).activated.connect(slot)
        self._say(self.tr("開催を選んでください。"), "")
        self._update_undo()

    # ---- the session -----------------------------------------------------------------
    def show_session(self, session_id: str) -> None:
        """Show ``session_id`` (a place_session id): load it, empty the search, focus it."""
        if session_id != self.session_id:
            self.undo_stack.clear()
        self.session_id = session_id
        self.roster = None
        self.close_quick()
        self.finder.set_target(None, None)
        self.finder.clear()
        self._say(self.tr("読み込んでいます…"), "")
        self._update_undo()
        self._load(first=True)
        self.focus_search()

    def refresh(self) -> None:
        if self.session_id:
            self._load(first=False)

    def _load(self, first: bool) -> None:
        if not self.session.is_open or not self.session_id:
            return
        self._load_serial += 1
        serial, session, session_id = self._load_serial, self.session, self.session_id
        self.tasks.submit(lambda: (lists_for(session, LISTS), svc.load_roster(session, session_id)),
                          lambda result, error: self._loaded(serial, first, result, error))

    def _loaded(self, serial: int, first: bool, result, error) -> None:
        if serial != self._load_serial:
            return
        if error is not None:
            if self.roster is None:
                self.header.show_missing()
            self._say(problem_text(error), "error")
            return
        self.labels, self.roster = result
        lang = current_language()
        categories = self.labels["participant_category"].choices(lang)
        if first:
            self.next.set_choices(self.labels["attendance_role"].choices(lang), categories)
            self.quick.set_categories(categories)
            self.counters.set_categories(categories)
            self._set_tab_order()
        self.header.show_roster(self.roster, self.labels)
        self.roster_panel.set_rows(self.roster.rows, self.labels)
        self.counters.set_counts(self.roster.counts)
        held = self.roster.session.held_on
        future = held is not None and held > date.today()
        self.counters.set_writable(not future)
        if first:
            if future:
                self._say(self.tr("この回はまだ開催日になっていません。受付は開催日の当日から行えます。"),
                          "warn")
            else:
                self._say(self.tr("名前かふりがなの一部を入力して Enter で受付します。"), "")
            self.finder.set_target(self.roster.session.place_id, self.session_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stack.currentWidget() is self.results:
            self.focus_search()

    def _category_text(self, code: str) -> str:
        return code_text(self.labels, "participant_category", code)

    # ---- writing ----------------------------------------------------------------------
    def check_in(self, person_id: str, name: str) -> None:
        """Check ``person_id`` in with the chosen role and 区分 (自動 = suggested)."""
        if not self.session_id:
            return
        session, session_id = self.session, self.session_id
        role, category = self.next.role(), self.next.chosen_category()
        self.finder.clear()
        self.tasks.submit(
            lambda: svc.check_in(session, session_id, person_id, role=role, category=category),
            lambda stored, error: self._checked_in(name, stored, error, registered=False))

    def _checked_in(self, name: str, stored, error, *, registered: bool) -> None:
        if error is not None:
            self._say(problem_text(error), "error")
            self.refresh()
            return
        self.undo_stack.push(Action(CHECK_IN, self.tr("{name} さんの受付").format(name=name),
                                    attendance_id=stored.id))
        what = (self._category_text(stored.category) if stored.role == "participant"
                else code_text(self.labels, "attendance_role", stored.role))
        text = (self.tr("{name} さんを登録して受け付けました（{what}）") if registered
                else self.tr("{name} さんを受け付けました（{what}）"))
        self._say(text.format(name=name, what=what) + self.tr("　元に戻す: Ctrl+Z"), "ok")
        self.next.reset()
        self._after_write()

    def change_walkins(self, category: str, delta: int) -> None:
        """Add ``delta`` (+1 / −1) to the walk-ins of ``category``."""
        if not self.session_id or self.roster is None:
            return
        session, session_id = self.session, self.session_id
        self.tasks.submit(lambda: svc.change_walkins(session, session_id, category, delta),
                           lambda count, error: self._walkins_changed(category, delta, count,
                                                                      error))

    def _walkins_changed(self, category: str, delta: int, count, error) -> None:
        if error is not None:
            self._say(problem_text(error), "error")
            return
        label = self.tr("{category}（匿名）").format(category=self._category_text(category))
        self.undo_stack.push(Action(WALK_IN, f"{label}{delta:+d}", category=category,
                                    delta=delta))
        text = (self.tr("{label}を1人増やしました（いま {count}人）") if delta > 0
                else self.tr("{label}を1人減らしました（いま {count}人）"))
        self._say(text.format(label=label, count=count) + self.tr("　元に戻す: Ctrl+Z"), "ok")
        self._after_write()

    def undo(self) -> None:
        """Take back the newest action of this screen (Ctrl+Z)."""
        action = self.undo_stack.pop()
        self._update_undo()
        if action is None:
            self._say(self.tr("元に戻せる操作はありません。"), "")
            return
        session, session_id = self.session, self.session_id

        def take_back():
            if action.kind == CHECK_IN:
                return svc.undo_check_in(session, action.attendance_id)
            return svc.change_walkins(session, session_id, action.category, -action.delta)

        self.tasks.submit(take_back, lambda _result, error: self._undone(action, error))

    def _undone(self, action: Action, error) -> None:
        if error is not None:
            self._say(problem_text(error), "error")
            self.refresh()
            return
        self._say(self.tr("元に戻しました：{what}").format(what=action.label), "ok")
        self._after_write()

    def remove_check_in(self, row) -> None:
        """The roster's 取り消し (confirmed there): remove that check-in."""
        session = self.session
        self.tasks.submit(lambda: svc.undo_check_in(session, row.attendance_id),
                           lambda _result, error: self._removed(row, error))

    def _removed(self, row, error) -> None:
        if error is not None:
            self._say(problem_text(error), "error")
            self.refresh()
            return
        self.undo_stack.forget_attendance(row.attendance_id)
        self._say(self.tr("{name} さんの受付を取り消しました。").format(name=row.full_name), "ok")
        self._after_write()

    def _after_write(self) -> None:
        self._update_undo()
        self.refresh()
        self.changed.emit()

    # ---- 新しい参加者 -----------------------------------------------------------------
    def start_quick(self) -> None:
        if self.roster is None or self.stack.currentWidget() is self.quick:
            return
        self.stack.setCurrentWidget(self.quick)
        self.new_button.setEnabled(False)
        self.quick.start(self.search.text(), self.next.chosen_category())

    def close_quick(self) -> None:
        if self.stack.currentWidget() is self.quick:
            self.stack.setCurrentWidget(self.results)
            self.new_button.setEnabled(True)
            self.focus_search()

    def save_quick(self) -> None:
        if not self.session_id:
            return
        values = self.quick.values()
        self.quick.clear_errors()
        session, session_id, role = self.session, self.session_id, self.next.role()
        name = " ".join(p for p in (values["family_name"].strip(),
                                     values["given_name"].strip()) if p)
        self.tasks.submit(
            lambda: svc.quick_participant(session, values["family_name"], values["given_name"],
                                          values["family_kana"], values["given_kana"],
                                          values["category"], session_id=session_id, role=role),
            lambda registration, error: self._quick_saved(name, registration, error))

    def _quick_saved(self, name: str, registration, error) -> None:
        if isinstance(error, ValidationError):
            self.quick.show_errors(error)
            self._say(self.tr("入力を確かめてください。まだ登録していません。"), "error")
            return
        if error is not None:
            self.quick.show_general(problem_text(error))
            self._say(problem_text(error), "error")
            return
        self.close_quick()
        self.finder.clear()
        self._checked_in(registration.person.full_name or name, registration.attendance, None,
                         registered=True)

    # ---- status, undo button, keys -------------------------------------------------------
    def _say(self, text: str, kind: str) -> None:
        """The status line; ``kind`` is "ok", "warn", "error" or "" (neutral)."""
        self.status.say(text, kind)

    def _update_undo(self) -> None:
        action = self.undo_stack.peek()
        self.undo_button.setEnabled(action is not None)
        self.undo_button.setToolTip(
            self.tr("取り消す操作：{what}（Ctrl+Z）").format(what=action.label) if action
            else self.tr("元に戻せる操作はまだありません"))

    def _escape(self) -> None:
        if self.stack.currentWidget() is self.quick:
            self.close_quick()
            return
        self.finder.clear()
        self.focus_search()

    def _set_tab_order(self) -> None:
        chain = [self.search, self.undo_button, *self.next.focus_chain(), self.new_button,
                 *self.roster_panel.focus_chain(), *self.counters.focus_chain(),
                 self.header.back_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
