"""見守り記録: find a person and log a visit in a few keystrokes, and see one day's records.

Top: a search box (氏名・ふりがな・電話番号・番号, as on the 当事者 list) with the
first matches below it; Enter or 「見守りを記録」 (Ctrl+R) opens quick entry for the
chosen person.  Below: the visits of the chosen day (default today), newest
first; double-click opens the person.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.services.people_list import search_people
from kodoku_desk.services.visit_log import visits_on
from kodoku_desk.ui import visit_log_model as vm
from kodoku_desk.ui.formatting import long_date
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.visit_entry import VisitEntryDialog
from kodoku_desk.ui.widgets import BusyBar, FieldError

DEBOUNCE_MS = 150
MATCHES = 8
IdRole = Qt.ItemDataRole.UserRole + 1


class VisitsPage(QWidget):
    """``open_person`` on double-click; ``visit_saved`` after quick entry stored a visit."""

    open_person = Signal(str)
    visit_saved = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.day = date.today()
        self.dialog = None
        self._query_serial = 0
        self._answered_serial = 0
        self._record_when_found = False
        self._day_serial = 0

        title = QLabel(self.tr("見守り記録"))
        title.setObjectName("PageTitle")

        # ---- who: search and the first matches
        picker = QFrame()
        picker.setObjectName("Card")
        picker_box = QVBoxLayout(picker)
        picker_box.setContentsMargins(16, 12, 16, 12)
        picker_title = QLabel(self.tr("記録する方を探す"))
        picker_title.setObjectName("CardTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("氏名・ふりがな・電話番号・番号で検索"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("記録する方の検索"))
        self.search.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("見つかった方"))
        self.matches.setMaximumHeight(150)
        self.matches.itemActivated.connect(lambda _item: self.log_visit_for_chosen())
        self.matches.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.matches.hide()
        self.match_note = QLabel()
        self.match_note.setObjectName("Hint")
        self.match_note.hide()
        self.visit_button = QPushButton(self.tr("見守りを記録"))
        self.visit_button.setObjectName("Primary")
        self.visit_button.setShortcut(QKeySequence("Ctrl+R"))
        self.visit_button.setToolTip(self.tr("選んだ方の見守りを記録します（Ctrl+R）"))
        self.visit_button.clicked.connect(self.log_visit_for_chosen)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.visit_button)
        picker_box.addWidget(picker_title)
        picker_box.addLayout(search_row)
        picker_box.addWidget(self.matches)
        picker_box.addWidget(self.match_note)

        # ---- when: the day's records
        self.prev_button = QPushButton(self.tr("◀ 前の日"))
        self.prev_button.setToolTip(self.tr("前の日の記録（Alt+←）"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_button = QPushButton(self.tr("次の日 ▶"))
        self.next_button.setToolTip(self.tr("次の日の記録（Alt+→）"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today_button = QPushButton(self.tr("今日"))
        self.today_button.clicked.connect(lambda: self.show_day(date.today()))
        self.day_label = QLabel()
        self.day_label.setObjectName("CardTitle")
        self.mine_only = QCheckBox(self.tr("自分の記録だけ"))
        self.mine_only.toggled.connect(lambda _on: self.refresh())
        self.count_label = QLabel()
        day_row = QHBoxLayout()
        day_row.addWidget(self.prev_button)
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.next_button)
        day_row.addWidget(self.today_button)
        day_row.addSpacing(16)
        day_row.addWidget(self.mine_only)
        day_row.addStretch(1)
        day_row.addWidget(self.count_label)

        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.model = vm.VisitLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("この日の見守り記録"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in vm.COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(vm.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        self.table.installEventFilter(self)
        self.empty_note = QLabel(self.tr("この日の見守り記録はありません。"))
        self.empty_note.setObjectName("Hint")
        self.empty_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(picker)
        layout.addSpacing(6)
        layout.addLayout(day_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        self.setObjectName("PageContent")
        self._update_buttons()

    # ---- the person to record for ------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _find(self) -> None:
        query = self.search.text().strip()
        self._query_serial += 1
        serial = self._query_serial
        if not query:
            self.matches.clear()
            self.matches.hide()
            self.match_note.setText("")
            self.match_note.hide()
            self._update_buttons()
            return
        session = self.session
        run_task(lambda: search_people(session, query, limit=MATCHES + 1),
                 lambda rows, error: self._found(serial, rows, error), owner=self.matches)

    def _found(self, serial: int, rows, error) -> None:
        if serial != self._query_serial:
            return  # an older query; a newer one is on its way
        self._answered_serial = serial
        record, self._record_when_found = self._record_when_found, False
        self.matches.clear()
        self.match_note.show()
        if error is not None:
            self.match_note.setText(error_message(error))
            self.matches.hide()
            self._update_buttons()
            return
        for row in rows[:MATCHES]:
            parts = [row.full_name, f"（{row.full_kana}）" if row.full_kana else "",
                     f"  {row.person_code}"]
            if row.age is not None:
                parts.append(self.tr("  {age}歳").format(age=row.age))
            item = QListWidgetItem("".join(parts))
            item.setData(IdRole, row.id)
            self.matches.addItem(item)
        self.matches.setVisible(bool(rows))
        if rows:
            self.matches.setCurrentRow(0)
        if not rows:
            self.match_note.setText(self.tr("該当する方はいません。"))
        elif len(rows) > MATCHES:
            self.match_note.setText(self.tr("ほかにも該当する方がいます。名前を続けて入力してください。"))
        else:
            self.match_note.setText(self.tr("↑↓で選び、Enterで見守りを記録します。"))
        self._update_buttons()
        if record and rows:
            self.log_visit_for_chosen()

    def chosen_person_id(self) -> str | None:
        item = self.matches.currentItem()
        return item.data(IdRole) if item is not None else None

    def _update_buttons(self) -> None:
        self.visit_button.setEnabled(self.chosen_person_id() is not None)

    def log_visit_for_chosen(self) -> None:
        person_id = self.chosen_person_id()
        if person_id:
            self.log_visit(person_id)

    def log_visit(self, person_id: str) -> None:
        try:
            self.dialog = VisitEntryDialog(self.session, person_id, self)
        except Exception as exc:  # noqa: BLE001 - e.g. NotPermitted for a volunteer
            QMessageBox.warning(self, self.tr("見守りを記録"), error_message(exc))
            return
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, saved) -> None:
        self.search.clear()
        self.timer.stop()
        self._find()
        day = saved.visit.visit_at.date() if saved is not None else self.day
        self.show_day(day)
        self.visit_saved.emit()
        self.focus_search()

    # ---- the day's records -------------------------------------------------------------
    def show_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        self._day_serial += 1
        serial, day, mine = self._day_serial, self.day, self.mine_only.isChecked()
        self.day_label.setText(long_date(day))
        self.next_button.setEnabled(day < date.today())
        self.busy_bar.start()
        session, lang = self.session, current_language()
        run_task(lambda: visits_on(session, day, mine_only=mine, lang=lang),
                 lambda rows, error: self._day_loaded(serial, rows, error), owner=self.busy_bar)

    def _day_loaded(self, serial: int, rows, error) -> None:
        if serial != self._day_serial:
            return
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        self.model.set_rows(rows)
        self.empty_note.setVisible(not rows)
        self.count_label.setText(self.tr("%n 件", "", len(rows)))

    def _open_row(self, index) -> None:
        row = self.model.data(self.model.index(index.row(), 0), vm.RowRole)
        if row is not None:
            self.open_person.emit(row.person_id)

    # ---- keys: ↓ from the search box into the matches, Enter opens ----------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                    step = 1 if key == Qt.Key.Key_Down else -1
                    row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                    self.matches.setCurrentRow(row)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if self.timer.isActive():
                        self.timer.stop()
                        self._record_when_found = True
                        self._find()
                    elif self._answered_serial != self._query_serial:
                        self._record_when_found = True   # the answer is on its way
                    else:
                        self.log_visit_for_chosen()
                    return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)
