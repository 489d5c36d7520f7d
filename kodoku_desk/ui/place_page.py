"""One 居場所: header, its sessions in a 年度 (4月→3月), adding / editing / deleting
sessions, a series from the schedule, 受付を開く, and 月別の集計（年度）.

Dialogs are opened here (non-modal ``open()``, kept in :attr:`dialog`); the
check-in screen is not: :attr:`open_checkin` carries the session id out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.wareki import fiscal_year, fiscal_year_label, fiscal_year_range
from kodoku_desk.services.organization import fiscal_year_start_month
from kodoku_desk.services.access import is_volunteer
from kodoku_desk.services.places import delete_session
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_dialog import PlaceDialog
from kodoku_desk.ui.place_year_table import PlaceYearTable
from kodoku_desk.ui.place_parts import PlaceHeader, PlacePageData, SessionsView, load_place_page
from kodoku_desk.ui.places_model import SessionRole, weekday_date
from kodoku_desk.ui.series_dialog import SeriesDialog
from kodoku_desk.ui.session_dialog import SessionDialog
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError

class PlacePage(QWidget):
    back = Signal()
    open_checkin = Signal(str)   # a place_session id
    changed = Signal()           # a place or its sessions were saved or deleted

    def __init__(self, session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self.staff = not is_volunteer(session)
        self.place_id: str | None = None
        self.data: PlacePageData | None = None
        self.dialog = None
        self._select_id: str | None = None
        self._want_year: int | None = None
        self._serial = 0
        self.setObjectName("PageContent")

        self.back_button = QPushButton(self.tr("← 一覧へ戻る"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(self.tr("居場所の一覧に戻ります（Alt+←）"))
        self.back_button.clicked.connect(self.back.emit)
        self.edit_button = QPushButton(self.tr("居場所を編集"))
        self.edit_button.clicked.connect(self.edit_place)
        self.header = PlaceHeader()

        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("年度"))
        self.year.setMinimumWidth(230)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.summary = QLabel()
        self.series_button = QPushButton(self.tr("予定から開催をまとめて作成"))
        self.series_button.clicked.connect(self.create_series)
        self.add_button = QPushButton(self.tr("開催を追加"))
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.add_button.setToolTip(self.tr("開催を1回分登録します（Ctrl+N）"))
        self.add_button.clicked.connect(self.add_session)
        for button in (self.edit_button, self.series_button):
            button.setEnabled(self.staff)
            if not self.staff:
                button.setToolTip(self.tr("居場所の登録・変更と開催のまとめて作成は、"
                                         "スタッフ・管理者だけができます。"))

        self.checkin_button = QPushButton(self.tr("受付を開く"))
        self.checkin_button.setObjectName("Primary")
        self.checkin_button.setToolTip(self.tr("選んだ開催の参加者受付の画面を開きます"))
        self.checkin_button.clicked.connect(self.open_selected_checkin)
        self.edit_session_button = QPushButton(self.tr("開催を編集"))
        self.edit_session_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("削除"))
        self.delete_button.setToolTip(self.tr("選んだ開催を削除します（Delete）。受付の記録がある開催は削除できません。"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = SessionsView()
        self.model = self.table.sessions
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.empty_note = QLabel()
        self.empty_note.setObjectName("Hint")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()

        sessions_tab = QWidget()
        tab_layout = QVBoxLayout(sessions_tab)
        tab_layout.setContentsMargins(0, 8, 0, 0)
        actions = QHBoxLayout()
        for button in (self.checkin_button, self.edit_session_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        tab_layout.addLayout(actions)
        tab_layout.addWidget(self.empty_note)
        tab_layout.addWidget(self.table, 1)
        self.year_slot = QWidget()
        self.year_slot_layout = QVBoxLayout(self.year_slot)
        self.year_slot_layout.setContentsMargins(0, 8, 0, 0)
        self.year_table: QWidget | None = None
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)  # volunteers have the sessions only
        self.tabs.addTab(sessions_tab, self.tr("開催の一覧"))
        if self.staff:  # the 年度 counts are staff-only (レポート)
            self.tabs.addTab(self.year_slot, self.tr("月別の集計（年度）"))
            self.set_year_table_widget(PlaceYearTable(session))

        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("年度")))
        year_row.addWidget(self.year)
        year_row.addSpacing(12)
        year_row.addWidget(self.summary, 1)
        year_row.addWidget(self.series_button)
        year_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 18)
        layout.setSpacing(8)
        layout.addLayout(top)
        for widget in (self.header, self.busy_bar, self.error, self.success):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addLayout(year_row)
        layout.addWidget(self.tabs, 1)
        self._selection_changed()

    def today(self) -> date:
        return self._today or date.today()

    # ---- the 年度 slot ----------------------------------------------------------------------
    def set_year_table_widget(self, widget: QWidget) -> None:
        """Put ``widget`` in 「月別の集計（年度）」; it gets ``load(place_id, fiscal_year)``
        calls when it has such a method."""
        if self.year_table is not None:
            self.year_slot_layout.removeWidget(self.year_table)
            self.year_table.deleteLater()
        self.year_table = widget
        self.year_slot_layout.addWidget(widget)

    # ---- loading --------------------------------------------------------------------------
    def show_place(self, place_id: str) -> None:
        if place_id != self.place_id:
            self.place_id, self.data = place_id, None
            self.year.blockSignals(True)
            self.year.clear()
            self.year.blockSignals(False)
            self.success.hide()
            self.tabs.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        if self.place_id is None or not self.session.is_open:
            return
        self._serial += 1
        serial, session, place_id = self._serial, self.session, self.place_id
        self.busy_bar.start()
        run_task(lambda: load_place_page(session, place_id),
                 lambda data, error: self._loaded(serial, data, error), owner=self)

    def _loaded(self, serial: int, data: PlacePageData | None, error) -> None:
        if serial != self._serial:
            return
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        self.data = data
        self._show_header(data.place, data.labels)
        self._fill_years(data.sessions)
        self._show_year()

    def _show_header(self, place: Place, labels) -> None:
        self.header.set_place(place, labels)
        self.add_button.setEnabled(place.active)
        self.series_button.setEnabled(self.staff and place.active)
        self.add_button.setToolTip(
            self.tr("開催を1回分登録します（Ctrl+N）") if place.active
            else self.tr("休止中の居場所には開催を登録できません。「居場所を編集」で使用中に戻してください。"))

    def _fill_years(self, sessions: list[PlaceSession]) -> None:
        current = self.year.currentData()
        start = self.fy_start_month()
        this_year = fiscal_year(self.today(), start)
        years = {fiscal_year(s.held_on, start) for s in sessions if s.held_on} | {this_year}
        years |= {this_year + 1} if any(fiscal_year(s.held_on, start) > this_year
                                        for s in sessions if s.held_on) else set()
        self.year.blockSignals(True)
        self.year.clear()
        for fy in sorted(years, reverse=True):
            self.year.addItem(fiscal_year_label(fy, western=True), fy)
        self.year.setCurrentIndex(max(self.year.findData(current if current in years
                                                         else this_year), 0))
        self.year.blockSignals(False)

    def selected_year(self) -> int:
        return self.year.currentData() or fiscal_year(self.today(), self.fy_start_month())

    def fy_start_month(self) -> int:
        """The month the organisation's 年度 starts (設定 › 団体; read each time)."""
        return fiscal_year_start_month(self.session)

    def _year_changed(self, *_args) -> None:
        if self.data is not None:
            self._show_year()

    def _show_year(self) -> None:
        data, fy = self.data, self.selected_year()
        first, last = fiscal_year_range(fy, self.fy_start_month())
        rows = [s for s in data.sessions if s.held_on and first <= s.held_on <= last]
        keep = self._select_id or (self.selected().id if self.selected() else None)
        self.model.set_rows(rows, data.labels["activity_form"], self.today())
        planned = sum(1 for s in rows if s.held_on > self.today())
        text = self.tr("開催 %n 回", "", len(rows))
        if planned:
            text += self.tr("（うち予定 %n 回）", "", planned)
        self.summary.setText(text)
        self.empty_note.setText(self.tr("この年度の開催はまだありません。「開催を追加」か"
                                        "「予定から開催をまとめて作成」で登録してください。"))
        self.empty_note.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._select_id = None
        row = self.model.row_of(keep) if keep else -1
        if row < 0:  # today's session, else the next one, else the latest
            today = self.today()
            row = next((i for i, s in enumerate(rows) if s.held_on >= today), len(rows) - 1)
        self.table.select_row(row)
        load = getattr(self.year_table, "load", None)
        if callable(load):
            load(data.place.id, fy)

    # ---- selection ------------------------------------------------------------------------
    def selected(self) -> PlaceSession | None:
        return self.table.selected()

    def _selection_changed(self, *_args) -> None:
        held = self.selected()
        for button in (self.checkin_button, self.edit_session_button, self.delete_button):
            button.setEnabled(held is not None)
        if held is not None and held.held_on:
            self.checkin_button.setText(self.tr("受付を開く（{date}）").format(
                date=weekday_date(held.held_on)))
        else:
            self.checkin_button.setText(self.tr("受付を開く"))

    def _double_clicked(self, index: QModelIndex) -> None:
        held = self.model.data(index, SessionRole)
        if held is not None:
            self.edit_session(held)

    def open_selected_checkin(self) -> None:
        held = self.selected()
        if held is not None and held.id:
            self.open_checkin.emit(held.id)

    # ---- dialogs --------------------------------------------------------------------------
    def _open(self, make, on_saved) -> None:
        if self.data is None:
            return
        try:
            self.dialog = make(self.data.place)
        except Exception as exc:  # noqa: BLE001 - the place is gone, database errors
            self.error.show_error(error_message(exc))
            return
        self.dialog.saved.connect(on_saved)
        self.dialog.open()

    def edit_place(self) -> None:
        self._open(lambda place: PlaceDialog(self.session, place, self),
                   lambda saved: self._done(self.tr("「{name}」を保存しました。")
                                            .format(name=saved.name)))

    def add_session(self) -> None:
        self._open(lambda place: SessionDialog(self.session, place, None, self, self.today()),
                   self._session_saved)

    def edit_selected(self) -> None:
        held = self.selected()
        if held is not None:
            self.edit_session(held)

    def edit_session(self, held: PlaceSession) -> None:
        self._open(lambda place: SessionDialog(self.session, place, held, self, self.today()),
                   self._session_saved)

    def create_series(self) -> None:
        self._open(lambda place: SeriesDialog(self.session, place, self, self.today()),
                   lambda _result: self._done(self.dialog.report))

    def _session_saved(self, held: PlaceSession) -> None:
        self._select_id = held.id
        if held.held_on:
            self._want_year = fiscal_year(held.held_on, self.fy_start_month())
        self._done(self.tr("{date}の開催を保存しました。").format(date=weekday_date(held.held_on)))

    def _done(self, message: str) -> None:
        self.error.clear_error()
        self.success.setText(message)
        self.success.show()
        year = self._want_year
        if year is not None:  # show the 年度 of the session just saved
            if self.year.findData(year) < 0:
                self.year.addItem(fiscal_year_label(year, western=True), year)
            self.year.blockSignals(True)
            self.year.setCurrentIndex(self.year.findData(year))
            self.year.blockSignals(False)
            self._want_year = None
        self.refresh()
        self.changed.emit()

    def show_notice(self, text: str) -> None:
        """A line in the success style (e.g. an unused session was deleted again)."""
        self.error.clear_error()
        self.success.setText(text)
        self.success.show()

    def confirm_delete(self, held: PlaceSession) -> bool:
        answer = QMessageBox.question(
            self, self.tr("開催の削除"),
            self.tr("{date}の開催を削除しますか？\n元に戻すことはできません。").format(
                date=weekday_date(held.held_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        held = self.selected()
        if held is None or not self.confirm_delete(held):
            return
        try:
            delete_session(self.session, held.id)
        except Exception as exc:  # noqa: BLE001 - has records, not permitted, database errors
            self.success.hide()
            self.error.show_error(error_message(exc))
            return
        self._done(self.tr("{date}の開催を削除しました。").format(date=weekday_date(held.held_on)))
