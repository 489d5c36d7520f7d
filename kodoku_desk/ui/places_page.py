"""居場所 section: the list of places and one place's page in a stack.

Everyone signed in sees the places and can open today's check-in (「今日の受付」
finds or creates today's session with ``open_session``); only staff add or edit
places.  The check-in screen itself lives elsewhere: :attr:`PlacesSection.open_checkin`
carries the session id to whoever shows it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models.places import Place
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import is_volunteer
from kodoku_desk.services.places import list_places, open_session, sessions_of_place
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_dialog import PlaceDialog
from kodoku_desk.ui.checkin_page import CheckinPage
from kodoku_desk.ui.place_page import PlacePage
from kodoku_desk.ui.places_model import PlaceRole, PlaceRow, PlacesModel
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError

#: How far ahead 「次回の開催」 looks.
NEXT_WITHIN = timedelta(days=400)


def load_places(session, active_only: bool, today: date):
    """(rows with each place's next session, kind labels, district labels)."""
    places = list_places(session, active_only=active_only)
    rows = []
    for place in places:
        upcoming = sessions_of_place(session, place.id, today, today + NEXT_WITHIN)
        rows.append(PlaceRow(place, upcoming[0].held_on if upcoming else None))
    lists = code_lists.lists_for(session, ("place_kind", "district"))
    lang = current_language()
    kinds = dict(lists["place_kind"].choices(lang)) if "place_kind" in lists else {}
    districts = dict(lists["district"].choices(lang)) if "district" in lists else {}
    return rows, kinds, districts


class PlacesListPage(QWidget):
    open_place = Signal(str)
    open_checkin = Signal(str)   # a place_session id

    def __init__(self, session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self.staff = not is_volunteer(session)
        self.dialog = None
        self._serial = 0
        self._select_id: str | None = None
        self.setObjectName("PageContent")

        title = QLabel(self.tr("居場所"))
        title.setObjectName("PageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("Subtitle")
        self.show_retired = QCheckBox(self.tr("使用をやめた居場所も表示"))
        self.show_retired.toggled.connect(self.refresh)
        self.checkin_button = QPushButton(self.tr("今日の受付"))
        self.checkin_button.setObjectName("Primary")
        self.checkin_button.setToolTip(self.tr("選んだ居場所の今日の開催を開き（なければ作成し）、"
                                               "参加者の受付を始めます"))
        self.checkin_button.clicked.connect(self.open_today)
        self.open_button = QPushButton(self.tr("開く"))
        self.open_button.setToolTip(self.tr("居場所のページを開きます（Enter）"))
        self.open_button.clicked.connect(self._open_selected)
        self.add_button = QPushButton(self.tr("居場所を追加"))
        self.add_button.clicked.connect(self.add_place)
        if not self.staff:
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(self.tr("居場所の登録・変更は、スタッフ・管理者だけができます。"))

        self.model = PlacesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("居場所の一覧"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(PlacesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PlacesModel.KIND, 150), (PlacesModel.DISTRICT, 100),
                              (PlacesModel.SCHEDULE, 200), (PlacesModel.TIME, 130),
                              (PlacesModel.NEXT, 220), (PlacesModel.STATUS, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        for keys in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_selected)

        self.empty_note = QLabel()
        self.empty_note.setObjectName("Hint")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.hide()

        controls = QHBoxLayout()
        controls.addWidget(self.show_retired)
        controls.addStretch(1)
        for button in (self.add_button, self.open_button, self.checkin_button):
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addLayout(controls)
        for widget in (self.busy_bar, self.error, self.success, self.empty_note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self._selection_changed()

    def today(self) -> date:
        return self._today or date.today()

    # ---- loading --------------------------------------------------------------------------
    def refresh(self, *_args, select: str | None = None) -> None:
        """Reload the list; ``select`` is the place to select afterwards."""
        if select:
            self._select_id = select
        if not self.session.is_open:
            return
        self._serial += 1
        serial, session, today = self._serial, self.session, self.today()
        active_only = not self.show_retired.isChecked()
        self.busy_bar.start()
        run_task(lambda: load_places(session, active_only, today),
                 lambda result, error: self._loaded(serial, today, result, error), owner=self)

    def _loaded(self, serial: int, today: date, result, error) -> None:
        if serial != self._serial:
            return  # a newer load is on its way
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        keep = self._select_id or (self.selected().id if self.selected() else None)
        rows, kinds, districts = result
        self.model.set_rows(rows, kinds, districts, today)
        self.table.setColumnHidden(PlacesModel.DISTRICT,
                                   not districts and not any(r.place.district_code for r in rows))
        for column in range(PlacesModel.KIND, PlacesModel.STATUS + 1):
            self.table.resizeColumnToContents(column)  # the name column takes the rest
        active = sum(1 for r in rows if r.place.active)
        text = self.tr("使用中 %n か所", "", active)
        if len(rows) != active:
            text += self.tr("・休止 %n か所", "", len(rows) - active)
        self.count_label.setText(text)
        self.empty_note.setText(
            self.tr("居場所はまだ登録されていません。「居場所を追加」から登録してください。")
            if self.staff else self.tr("居場所はまだ登録されていません。スタッフに登録を依頼してください。"))
        self.empty_note.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._select_id = None
        row = max(self.model.row_of(keep), 0) if rows else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    # ---- selection ------------------------------------------------------------------------
    def selected(self) -> Place | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.data(indexes[0], PlaceRole) if indexes else None

    def select_place(self, place_id: str) -> bool:
        row = self.model.row_of(place_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self, *_args) -> None:
        place = self.selected()
        self.open_button.setEnabled(place is not None)
        self.checkin_button.setEnabled(place is not None and place.active)
        if place is not None and not place.active:
            self.checkin_button.setToolTip(self.tr("休止中の居場所では受付できません。"))
        else:
            self.checkin_button.setToolTip(self.tr("選んだ居場所の今日の開催を開き（なければ作成し）、"
                                                   "参加者の受付を始めます"))

    def _double_clicked(self, index: QModelIndex) -> None:
        place = self.model.data(index, PlaceRole)
        if place is not None:
            self.open_place.emit(place.id)

    def _open_selected(self) -> None:
        place = self.selected()
        if place is not None:
            self.open_place.emit(place.id)

    # ---- actions --------------------------------------------------------------------------
    def open_today(self) -> None:
        """Today's session of the selected place (created if there is none) → open_checkin."""
        place = self.selected()
        if place is None or not place.active:
            return
        session, today = self.session, self.today()
        self.checkin_button.setEnabled(False)
        run_task(lambda: open_session(session, place.id, today), self._today_opened, owner=self)

    def _today_opened(self, opened, error) -> None:
        self._selection_changed()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        if opened.created:
            self.refresh()  # 次回の開催 is now today
        self.open_checkin.emit(opened.session.id)

    def add_place(self) -> None:
        if not self.staff:
            return
        try:
            self.dialog = PlaceDialog(self.session, None, self)
        except Exception as exc:  # noqa: BLE001 - database errors
            self.error.show_error(error_message(exc))
            return
        self.dialog.saved.connect(self._place_added)
        self.dialog.open()

    def _place_added(self, place: Place) -> None:
        self.success.setText(self.tr("「{name}」を追加しました。").format(name=place.name))
        self.success.show()
        self._select_id = place.id
        self.refresh()


class PlacesSection(QStackedWidget):
    """The 居場所 page of the main window: list ↔ one place ↔ the check-in screen.

    ``open_checkin`` (a place_session id) shows the check-in screen in this stack;
    its 戻る returns to the page it was opened from.  ``changed`` after a check-in
    or walk-in change, so ホーム can refresh.
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
        self.checkin_page.show_session(session_id)
        self.setCurrentWidget(self.checkin_page)
        self.checkin_page.focus_search()

    def close_checkin(self) -> None:
        back = self._before_checkin
        self.setCurrentWidget(back)
        if back is self.place_page:
            self.place_page.refresh()
        else:
            self.list_page.refresh()

    def open_place(self, place_id: str) -> None:
        self.place_page.show_place(place_id)
        self.setCurrentWidget(self.place_page)

    def show_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.list_page.refresh(select=self.place_page.place_id)
        self.list_page.table.setFocus()
