"""当事者: the list of people with instant search, filters and paging.

Typing restarts a short timer; when it fires the query runs on the thread pool
(:func:`kodoku_desk.ui.tasks.run_task`) and only the answer to the latest query
is shown.  Rows come 五十音順 from the service, :data:`PAGE_SIZE` at a time; the
next page loads when the list is scrolled near its end (or with 「さらに表示」).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models.person_list import DEFAULT_STATUSES, PeopleFilter
from kodoku_desk.services.people_filters import ListChoices, list_choices
from kodoku_desk.services.people_list import count_people, search_people
from kodoku_desk.ui import people_model as pm
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError

PAGE_SIZE = 200
DEBOUNCE_MS = 150
#: Column widths in pixels at the default font (the last column stretches).
COLUMN_WIDTHS = {pm.NAME: 150, pm.KANA: 190, pm.AGE: 70, pm.DISTRICT: 170, pm.PHONE: 150,
                 pm.FREQUENCY: 100, pm.LAST_CONTACT: 110, pm.STATUS: 110}
ANY = ""


class PeoplePage(QWidget):
    """``open_person(id)``: Enter or double-click on a row; ``log_visit(id)``: 見守りを記録."""

    open_person = Signal(str)
    log_visit = Signal(str)
    #: A person was registered from this page (id of the new record).
    person_created = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choices: ListChoices | None = None
        self.total = 0
        self.has_more = False
        self.loading_more = False
        self._generation = 0
        self.form_dialog = None

        title = QLabel(self.tr("当事者"))
        title.setObjectName("PageTitle")
        self.new_button = QPushButton(self.tr("新規登録"))
        self.new_button.setToolTip(self.tr("新しい当事者を登録します（Ctrl+N）"))
        self.new_button.clicked.connect(self.new_person)
        self.new_button.setVisible(session.user.role != "volunteer")
        self.visit_button = QPushButton(self.tr("見守りを記録"))
        self.visit_button.setObjectName("Primary")
        self.visit_button.setToolTip(self.tr("選んだ方の見守りを記録します（Ctrl+R）"))
        self.visit_button.clicked.connect(self.log_visit_for_selected)
        self.import_button = QPushButton(self.tr("Excel・CSVから取り込む…"))
        self.import_button.setToolTip(self.tr("Excel や CSV の名簿から当事者をまとめて登録します"))
        self.import_button.clicked.connect(self.import_people)
        self.import_button.setVisible(session.user.role != "volunteer")
        self.import_dialog = None
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.import_button)
        header.addWidget(self.new_button)
        header.addWidget(self.visit_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("氏名・ふりがな・電話番号・番号で検索"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("検索"))
        self.search.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.timer.start())

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("支援状況"))
        for text, statuses in ((self.tr("支援中・休止"), DEFAULT_STATUSES),
                               (self.tr("支援中"), ("active",)), (self.tr("休止"), ("paused",)),
                               (self.tr("終了"), ("closed",)),
                               (self.tr("すべての状況"), ("active", "paused", "closed"))):
            self.status_filter.addItem(text, statuses)
        self.district_filter = self._combo(self.tr("すべての地区"), self.tr("地区"))
        self.worker_filter = self._combo(self.tr("すべての担当者"), self.tr("担当者"))
        self.worker_filter.setVisible(session.user.role != "volunteer")
        self.category_filter = self._combo(self.tr("すべての支援区分"), self.tr("支援区分"))
        self.overdue_only = QCheckBox(self.tr("連絡が途絶えている方のみ"))
        for combo in (self.status_filter, self.district_filter, self.worker_filter,
                      self.category_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        for widget in (self.status_filter, self.district_filter, self.worker_filter,
                       self.category_filter, self.overdue_only):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setObjectName("CardTitle")
        self.busy_bar = BusyBar()
        self.error = FieldError()

        self.model = pm.PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("当事者の一覧"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            header_view.resizeSection(column, width)
        # Names and 地区 give way when the window is narrow; the short columns keep their width.
        for column in (pm.NAME, pm.KANA, pm.DISTRICT):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.verticalScrollBar().valueChanged.connect(self._maybe_load_more)

        self.more_button = QPushButton(self.tr("さらに表示"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.more_button)
        footer.addStretch(1)
        footer.addWidget(QLabel(self.tr("Enter：開く　Ctrl+R：見守りを記録　Ctrl+N：新規登録")))
        footer.itemAt(footer.count() - 1).widget().setObjectName("Hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        for keys, slot in (("Ctrl+R", self.log_visit_for_selected), ("Ctrl+N", self.new_person),
                           ("Ctrl+F", self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.search)
        self.search.setFocus()
        run_task(lambda: list_choices(session), self._choices_loaded, owner=self)
        self.refresh()

    def _combo(self, any_text: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(any_text, ANY)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # ------------------------------------------------------------ filters
    def _choices_loaded(self, choices: ListChoices | None, error) -> None:
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.choices = choices
        self.model.set_code_lists(choices.lists)
        lang = current_language()
        for combo, list_name in ((self.district_filter, "district"),
                                 (self.category_filter, "support_category")):
            codes = choices.codes(list_name)
            combo.blockSignals(True)
            for code, label in (codes.choices(lang) if codes else []):
                combo.addItem(label, code)
            combo.blockSignals(False)
        self.district_filter.setVisible(self.district_filter.count() > 1)
        self.worker_filter.blockSignals(True)
        for user_id, name in choices.workers:
            self.worker_filter.addItem(name, user_id)
        self.worker_filter.blockSignals(False)
        self.worker_filter.setVisible(bool(choices.workers))

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(
            statuses=tuple(self.status_filter.currentData() or DEFAULT_STATUSES),
            district_code=self.district_filter.currentData() or None,
            worker_id=self.worker_filter.currentData() or None,
            support_category=self.category_filter.currentData() or None,
            overdue_only=self.overdue_only.isChecked())

    # ------------------------------------------------------------ searching
    def refresh(self) -> None:
        """Run the search for the current text and filters (the previous answer is dropped)."""
        self.timer.stop()
        if not self.session.is_open:
            return
        self._generation += 1
        generation = self._generation
        session, query, filters = self.session, self.search.text(), self.current_filter()
        self.loading_more = False
        self.busy_bar.start()

        def work():
            rows = search_people(session, query, filters=filters, limit=PAGE_SIZE)
            total = (len(rows) if len(rows) < PAGE_SIZE
                     else count_people(session, query, filters=filters))
            return rows, total

        run_task(work, lambda result, error: self._searched(generation, result, error), owner=self)

    def _searched(self, generation: int, result, error) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        rows, self.total = result
        self.model.set_rows(rows)
        self._after_page(len(rows))
        if rows:
            self.table.selectRow(0)

    def load_more(self) -> None:
        if not self.has_more or self.loading_more:
            return
        self.loading_more = True
        generation = self._generation
        session, query, filters = self.session, self.search.text(), self.current_filter()
        offset = self.model.rowCount()
        run_task(lambda: search_people(session, query, filters=filters, limit=PAGE_SIZE,
                                       offset=offset),
                 lambda rows, error: self._more_loaded(generation, rows, error), owner=self)

    def _more_loaded(self, generation: int, rows, error) -> None:
        if generation != self._generation:
            return
        self.loading_more = False
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.model.append_rows(rows)
        self._after_page(len(rows))

    def _after_page(self, received: int) -> None:
        self.has_more = received == PAGE_SIZE and self.model.rowCount() < self.total
        self.more_button.setVisible(self.has_more)
        self.count_label.setText(self.tr("該当 %n人", "people found", self.total))

    def _maybe_load_more(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if self.has_more and value >= bar.maximum() - 5:
            self.load_more()

    # ------------------------------------------------------------ actions
    def selected_person_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def _open_row(self, row: int) -> None:
        person = self.model.row_at(row)
        if person is not None:
            self.open_person.emit(person.id)

    def log_visit_for_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id:
            self.log_visit.emit(person_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_person(self) -> None:
        if self.session.user.role == "volunteer":
            return
        from kodoku_desk.ui.person_form import PersonFormDialog

        self.form_dialog = PersonFormDialog(self.session, None, self)
        self.form_dialog.accepted.connect(self._person_created)
        self.form_dialog.open()

    def import_people(self) -> None:
        if self.session.user.role == "volunteer":
            return
        from kodoku_desk.ui.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.session, self)
        self.import_dialog.imported.connect(lambda _count: self.refresh())
        self.import_dialog.open()

    def _person_created(self) -> None:
        person = self.form_dialog.saved_person if self.form_dialog else None
        self.refresh()
        if person is not None and person.id:
            self.person_created.emit(person.id)

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.refresh()
                elif self.model.rowCount() == 1:
                    self._open_row(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.table.currentIndex()
                if index.isValid():
                    self._open_row(index.row())
                return True
            if (watched is self.table and key == Qt.Key.Key_Up
                    and self.table.currentIndex().row() <= 0):
                self.search.setFocus()
                return True
        return super().eventFilter(watched, event)
