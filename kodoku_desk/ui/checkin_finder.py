"""The search box of the check-in screen and the people it finds.

Search as you type (a short debounce), answers in the background (the page's
task queue) with a serial
number so a stale answer is dropped.  In the box: ↑/↓ move the highlight,
Enter takes the highlighted person (also when the answer is still on its way:
it is taken when it arrives), Ctrl+Z asks for undo (not the box's own typing
undo).  A click on a result takes it at once.  Someone already checked in is
never taken: the finder says so instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

from kodoku_desk.services.checkin import find_for_checkin
from kodoku_desk.ui.checkin_results import ResultsList
from kodoku_desk.ui.checkin_style import ROW_HEIGHT

DEBOUNCE_MS = 150
MATCHES = 8


class Finder(QObject):
    """``chosen(candidate)`` to check in; ``message(text, kind)`` for the status line."""

    chosen = Signal(object)
    message = Signal(str, str)
    undo_requested = Signal()

    def __init__(self, session, category_text: Callable[[str], str],
                 problem_text: Callable[[BaseException], str], submit: Callable,
                 parent: QObject) -> None:
        """``submit(fn, on_done)`` runs ``fn`` in the background (the page's task queue)."""
        super().__init__(parent)
        self.session = session
        self.submit = submit
        self.category_text = category_text
        self.problem_text = problem_text
        self.place_id: str | None = None
        self.session_id: str | None = None
        self._query_serial = 0
        self._answered_serial = 0
        self._take_when_found = False
        self.search = QLineEdit()
        self.search.setObjectName("CheckinSearch")
        self.search.setPlaceholderText(self.tr("名前・ふりがなで探す"))
        self.search.setAccessibleName(self.tr("受付する方の検索"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(ROW_HEIGHT)
        self.search.installEventFilter(self)
        self.results = ResultsList()
        self.results.chosen.connect(self._clicked)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _text: self.timer.start())

    def set_target(self, place_id: str | None, session_id: str | None) -> None:
        """Search for check-in to ``session_id`` at ``place_id`` (None: not ready yet)."""
        self.place_id, self.session_id = place_id, session_id
        self.find()

    def clear(self) -> None:
        """Empty the box and the results (after a check-in, on Esc)."""
        self.search.clear()
        self.timer.stop()
        self.find()

    def find(self) -> None:
        self.timer.stop()
        query = self.search.text().strip()
        self._query_serial += 1
        serial = self._query_serial
        if not query or self.place_id is None:
            self._answered_serial = serial
            self.results.clear(self.tr("名前かふりがなの一部（例：やまだ、たろう）を入力すると、"
                                       "ここに候補が大きく表示されます。") if self.place_id else "")
            return
        session, place_id, session_id = self.session, self.place_id, self.session_id
        self.submit(lambda: find_for_checkin(session, query, place_id, MATCHES,
                                             session_id=session_id),
                    lambda found, error: self._found(serial, query, found, error))

    def _found(self, serial: int, query: str, found, error) -> None:
        if serial != self._query_serial:
            return  # an older query; a newer one is on its way
        self._answered_serial = serial
        take, self._take_when_found = self._take_when_found, False
        if error is not None:
            self.results.clear()
            self.message.emit(self.problem_text(error), "error")
            return
        if not found:
            note = self.tr("「{query}」に当てはまる方はいません。名簿にない方は"
                           "「新しい参加者」（Ctrl+N）で登録できます。").format(query=query)
        elif len(found) >= MATCHES:
            note = self.tr("ほかにも当てはまる方がいるかもしれません。続けて入力してください。")
        else:
            note = ""
        self.results.set_candidates(found, self.category_text, note)
        if take:
            self.take_current()

    def take_current(self) -> None:
        """Check in the highlighted person (Enter)."""
        candidate = self.results.current_candidate()
        if candidate is None:
            if self.search.text().strip():
                self.message.emit(self.tr("当てはまる方がいません。名簿にない方は Ctrl+N で登録します。"),
                                  "warn")
            else:
                self.message.emit(self.tr("名前かふりがなの一部を入力してください。"), "")
            return
        if candidate.checked_in:
            self.message.emit(self.tr("{name} さんは、この回はすでに受付済みです。").format(
                name=candidate.full_name), "warn")
            return
        self.chosen.emit(candidate)

    def _clicked(self, index: int) -> None:
        self.results.set_current(index)
        self.take_current()
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self._take_when_found = True
                    self.find()
                elif self._answered_serial != self._query_serial:
                    self._take_when_found = True   # the answer is on its way
                else:
                    self.take_current()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_requested.emit()   # Ctrl+Z takes back the last check-in, not typing
                return True
        return super().eventFilter(watched, event)
