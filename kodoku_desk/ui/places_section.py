"""居場所 page of the main window: the list of places, one place's page and the check-in
screen in a stack (:class:`PlacesSection`).

A session that 「今日の受付」 created (:data:`.places_page.UNUSED_TODAY`) and that is still
without check-ins or walk-ins when the check-in screen is left (← 戻る, another page,
closing the window) is deleted again
(:func:`~kodoku_desk.services.places.discard_if_empty`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kodoku_desk.models.places import PlaceSession
from kodoku_desk.services.places import discard_if_empty
from kodoku_desk.ui import tasks
from kodoku_desk.ui.checkin_page import CheckinPage
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_page import PlacePage
from kodoku_desk.ui.places_model import weekday_date
from kodoku_desk.ui.places_page import UNUSED_TODAY, PlacesListPage

__all__ = ["PlacesSection"]


class PlacesSection(QStackedWidget):
    """The 居場所 page of the main window: list ↔ one place ↔ the check-in screen.

    ``open_checkin`` (a place_session id) shows the check-in screen in this stack;
    its 戻る returns to the page it was opened from.  ``changed`` after a check-in
    or walk-in change (or an unused session deleted again), so ホーム can refresh.

    Leaving the check-in screen (戻る, another page of the window, closing the
    window) deletes the session again when 「今日の受付」 created it and it is
    still unused (:data:`UNUSED_TODAY`); a lock does not (the same screen comes
    back after unlocking, and leaving it then does).
    """

    open_checkin = Signal(str)   # a place_session id: show the check-in screen for it
    open_person = Signal(str)    # a person id (from the check-in screen's roster)
    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_page = PlacesListPage(session, today=today)
        self.place_page = PlacePage(session, today=today)
        self.checkin_page = CheckinPage(session)
        self.addWidget(self.list_page)
        self.addWidget(self.place_page)
        self.addWidget(self.checkin_page)
        self._before_checkin: QWidget = self.list_page
        self.list_page.open_place.connect(self.open_place)
        self.list_page.open_checkin.connect(self.open_checkin)
        self.place_page.open_checkin.connect(self.open_checkin)
        self.place_page.back.connect(self.show_list)
        self.open_checkin.connect(self.show_checkin)
        self.checkin_page.back.connect(self.close_checkin)
        self.checkin_page.open_person.connect(self.open_person)
        self.checkin_page.changed.connect(self.changed)
        self._watched_window: QWidget | None = None
        self._closing = False

    def refresh(self) -> None:
        """Reload what is shown (call when the page becomes visible)."""
        if self.currentWidget() is self.place_page:
            self.place_page.refresh()
        elif self.currentWidget() is self.checkin_page:
            self.checkin_page.refresh()
        else:
            self.list_page.refresh()

    def show_checkin(self, session_id: str) -> None:
        if self.currentWidget() is not self.checkin_page:
            self._before_checkin = self.currentWidget()
        elif self.checkin_page.session_id != session_id:
            self.leave_checkin()
        self.checkin_page.show_session(session_id)
        self.setCurrentWidget(self.checkin_page)
        self.checkin_page.focus_search()

    def close_checkin(self) -> None:
        self.leave_checkin()
        back = self._before_checkin
        self.setCurrentWidget(back)
        if back is self.place_page:
            self.place_page.refresh()
        else:
            self.list_page.refresh()

    # ---- an unused session of 「今日の受付」 ------------------------------------------------
    def leave_checkin(self) -> None:
        """The check-in screen is being left: delete its session if 「今日の受付」 made it
        and nobody was checked in.  Runs after the screen's pending writes (its queue)."""
        session_id = self.checkin_page.session_id
        if session_id not in UNUSED_TODAY or not self.session.is_open:
            return
        session = self.session
        self.checkin_page.tasks.submit(
            lambda: discard_if_empty(session, session_id),
            lambda deleted, error: self._discarded(session_id, deleted, error))

    def _discarded(self, session_id: str, deleted: PlaceSession | None, error) -> None:
        back = self._before_checkin
        if error is not None:
            back.error.show_error(error_message(error))
            return
        if deleted is None:
            return  # someone was checked in: the session stays
        UNUSED_TODAY.discard(session_id)
        if self.currentWidget() is self.checkin_page and self.checkin_page.session_id == session_id:
            self.setCurrentWidget(back)   # left by another page or the window: not shown again
        back.show_notice(self.tr("受付がなかったため、{date}の開催の登録を取り消しました。").format(
            date=weekday_date(deleted.held_on)))
        back.refresh()
        self.changed.emit()

    def _discard_now(self) -> None:
        """Closing the window: wait for running writes, then delete an unused session."""
        session_id = self.checkin_page.session_id
        if session_id not in UNUSED_TODAY or not self.session.is_open:
            return
        tasks.drain()
        try:
            if discard_if_empty(self.session, session_id) is not None:
                UNUSED_TODAY.discard(session_id)
        except Exception:  # noqa: BLE001 - the window closes anyway; the session then stays
            pass

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window and window is not self:  # self: closeEvent
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window
        self._closing = False

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        # another page of the window (not minimising, not a lock: the session is closed then)
        if (not event.spontaneous() and not self._closing
                and self.currentWidget() is self.checkin_page):
            self.leave_checkin()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override (a window of its own)
        if self.currentWidget() is self.checkin_page:
            self._closing = True
            self._discard_now()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self._watched_window and event.type() == QEvent.Type.Close
                and self.currentWidget() is self.checkin_page):
            self._closing = True   # before the window closes the database
            self._discard_now()
        return super().eventFilter(watched, event)

    def open_place(self, place_id: str) -> None:
        self.place_page.show_place(place_id)
        self.setCurrentWidget(self.place_page)

    def show_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.list_page.refresh(select=self.place_page.place_id)
        self.list_page.table.setFocus()
