"""居場所: the list of places (:class:`PlacesListPage`); the stack it sits in, with one
place's page and the check-in screen, is :class:`~kodoku_desk.ui.places_section.PlacesSection`.

Everyone signed in sees the places and can open today's check-in (「今日の受付」
opens today's session; when the place has none it asks first, since every
session counts as a 開催 in ホーム and the reports); only staff add or edit
places.  A session made that way and still without check-ins or walk-ins when
the check-in screen is left (← 戻る, another page, closing the window) is
deleted again (:func:`~kodoku_desk.services.places.discard_if_empty`).  The
check-in screen itself lives elsewhere: :attr:`PlacesListPage.open_checkin`
carries the session id to whoever shows it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import is_volunteer
from kodoku_desk.services.places import (list_places, open_session,
                                         session_on_day, sessions_of_place)
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_dialog import PlaceDialog
from kodoku_desk.ui.places_model import PlaceRole, PlaceRow, PlacesModel, weekday_date
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError

#: How far ahead 「次回の開催」 looks.
NEXT_WITHIN = timedelta(days=400)

#: Sessions 「今日の受付」 created, not yet used: deleted again when the check-in screen
#: is left while they have no check-ins and no walk-ins.  Kept for the whole
#: application (not per window), so a lock and unlock on the check-in screen keeps it.
UNUSED_TODAY: set[str] = set()


def load_places(session, active_only: bool, today: date):
    """(rows with each place's next session, kind labels, district labels)."""
    places = list_places(session, active_only=active_only)
    rows = []
    for place in places:
        upcoming = sessions_of_place(session, place.id, today, today + NEXT_WITHIN)
        planned = None
        schedule = Schedule.parse_or_none(place.schedule)
        if not upcoming and schedule is not None and place.active:
            days = schedule.dates_between(today, today + timedelta(days=62))
            planned = days[0] if days else None
        rows.append(PlaceRow(place, upcoming[0].held_on if upcoming else None, planned))
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
        self.question: QMessageBox | None = None   # 「開催を登録して受付を始めますか？」 while asked
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
        self.checkin_button.setToolTip(self.tr("選んだ居場所の今日の開催を開き、参加者の受付を始めます"
                                               "（開催がまだなければ、登録するか確かめます）"))
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
            self.checkin_button.setToolTip(self.tr("選んだ居場所の今日の開催を開き、参加者の受付を始めます"
                                                   "（開催がまだなければ、登録するか確かめます）"))

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
        """Today's session of the selected place → open_checkin.

        When the place has no session today, ask first (:meth:`confirm_new_session`)
        and create it only on yes; such a session is deleted again if the check-in
        screen is left with nobody checked in (:data:`UNUSED_TODAY`).
        """
        place = self.selected()
        if place is None or not place.active:
            return
        session, today = self.session, self.today()
        self.checkin_button.setEnabled(False)
        run_task(lambda: session_on_day(session, place.id, today),
                 lambda found, error: self._today_found(place, today, found, error), owner=self)

    def _today_found(self, place: Place, today: date, found: PlaceSession | None,
                     error) -> None:
        if error is not None:
            self._selection_changed()
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        if found is not None:
            self._selection_changed()
            self.open_checkin.emit(found.id)
            return
        if not self.confirm_new_session(place, today):
            self._selection_changed()
            return
        session = self.session
        run_task(lambda: open_session(session, place.id, today), self._today_opened, owner=self)

    def new_session_question(self, place: Place, day: date) -> str:
        """The question before 「今日の受付」 creates a session (with a note on a day
        the place's schedule does not fall on)."""
        text = self.tr("本日（{date}）の開催はまだ登録されていません。開催を登録して受付を始めますか？"
                       ).format(date=weekday_date(day))
        schedule = Schedule.parse_or_none(place.schedule)
        if schedule is not None and not schedule.matches(day):
            text += "\n\n" + self.tr("※ 本日は予定表の開催日ではありません。")
            text += "\n" + self.tr("いつもの開催予定：{schedule}").format(
                schedule=schedule.describe("ja" if current_language() == "ja" else "en"))
        return text

    def confirm_new_session(self, place: Place, day: date) -> bool:
        """Ask whether to create today's session (modal); True for yes."""
        schedule = Schedule.parse_or_none(place.schedule)
        off_schedule = schedule is not None and not schedule.matches(day)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("開催の登録"),
                          self.new_session_question(place, day),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("誰も受付しないまま受付の画面を離れると、"
                                       "この開催の登録は取り消されます。"))
        yes = box.addButton(self.tr("登録して受付を始める"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("やめる"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no if off_schedule else yes)
        box.setEscapeButton(no)
        self.question = box
        try:
            box.exec()
        finally:
            self.question = None
        return box.clickedButton() is yes

    def _today_opened(self, opened, error) -> None:
        self._selection_changed()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        if opened.created:
            UNUSED_TODAY.add(opened.session.id)
            self.refresh()  # 次回の開催 is now today
        self.open_checkin.emit(opened.session.id)

    def show_notice(self, text: str) -> None:
        """A line in the success style (e.g. an unused session was deleted again)."""
        self.success.setText(text)
        self.success.show()

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
