"""フォローアップ: the open list (most urgent first), filters, closing with an outcome."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.followup import FollowUpOutcome, Urgency
from kodoku_desk.services.access import ServiceError
from kodoku_desk.services.followups import FollowUpRow, close_follow_up, open_follow_ups
from kodoku_desk.ui.formatting import short_date
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError

OVERDUE = QColor("#a33a1f")
HIGH_BACKGROUND = QColor("#fde8e4")
RowRole = Qt.ItemDataRole.UserRole + 1


class FollowUpsModel(QAbstractTableModel):
    """Open follow-ups in the service's order: 緊急度, 期限, 当事者, 理由, 担当."""

    URGENCY, DUE, PERSON, REASON, ASSIGNEE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRow] = []
        self.today = date.today()

    def set_rows(self, rows: list[FollowUpRow], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def remove_id(self, follow_up_id: str) -> None:
        for index, row in enumerate(self.rows):
            if row.follow_up.id == follow_up_id:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self.rows[index]
                self.endRemoveRows()
                return

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("緊急度"), self.tr("期限"), self.tr("当事者"), self.tr("理由"),
                    self.tr("担当"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        fu = row.follow_up
        column = index.column()
        overdue = row.days_overdue(self.today)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.URGENCY:
                urgency = Urgency.parse(fu.urgency)
                return urgency.label(current_language()) if urgency else fu.urgency
            if column == self.DUE:
                if fu.due_on is None:
                    return "—"
                text = short_date(fu.due_on)
                return text + self.tr("（%n 日超過）", "", overdue) if overdue else text
            if column == self.PERSON:
                return row.person_name
            if column == self.REASON:
                return fu.reason or ""
            return row.assignee_name or "—"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE and overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and (
                (column == self.DUE and overdue) or (column == self.URGENCY
                                                     and fu.urgency == Urgency.HIGH.value)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == self.URGENCY \
                and fu.urgency == Urgency.HIGH.value:
            return QBrush(HIGH_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return fu.reason or None
        return None


class CloseFollowUpDialog(QDialog):
    """結果 (required) and メモ; closes the follow-up with :func:`close_follow_up`."""

    def __init__(self, session, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.closed = None
        self.setWindowTitle(self.tr("フォローアップを完了にする"))
        lang = current_language()
        about = QLabel(self.tr("{name} さん：{reason}").format(
            name=row.person_name, reason=row.follow_up.reason or ""))
        about.setWordWrap(True)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("（選んでください）"), "")
        for outcome in FollowUpOutcome:
            self.outcome.addItem(outcome.label(lang), outcome.value)
        self.outcome_error = FieldError()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("結果（必須）"), self.outcome)
        form.addRow("", self.outcome_error)
        form.addRow(self.tr("メモ"), self.note)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("完了にする"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("Primary")
        buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self.outcome_error.clear_error()
        self.error.clear_error()
        try:
            self.closed = close_follow_up(self.session, self.row.follow_up.id,
                                          self.outcome.currentData() or None,
                                          self.note.toPlainText())
        except ValidationError as exc:
            lang = current_language()
            outcome = [e.message(lang) for e in exc.errors if e.field == "outcome"]
            other = [e.message(lang) for e in exc.errors if e.field != "outcome"]
            self.outcome_error.show_error("\n".join(outcome))
            self.error.show_error("\n".join(other))
            return
        except ServiceError as exc:
            self.error.show_error(exc.message(current_language()))
            return
        self.accept()


class FollowUpsPage(QWidget):
    open_person = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loading = False
        self._reload = False

        title = QLabel(self.tr("フォローアップ"))
        title.setObjectName("PageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("Subtitle")
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("すべての緊急度"), "")
        for level in Urgency:
            self.urgency.addItem(self.tr("緊急度：{level}").format(
                level=level.label(current_language())), level.value)
        self.urgency.currentIndexChanged.connect(self.refresh)
        self.mine = QCheckBox(self.tr("自分の担当のみ"))
        self.mine.toggled.connect(self.refresh)
        self.close_button = QPushButton(self.tr("完了にする"))
        self.close_button.setObjectName("Primary")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_selected)
        self.open_button = QPushButton(self.tr("当事者のページを開く"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button = QPushButton(self.tr("最新の情報に更新"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)

        filters = QHBoxLayout()
        filters.addWidget(self.urgency)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.open_button)
        filters.addWidget(self.close_button)

        self.model = FollowUpsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("対応中のフォローアップ"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((FollowUpsModel.URGENCY, 90), (FollowUpsModel.DUE, 300),
                              (FollowUpsModel.PERSON, 160), (FollowUpsModel.ASSIGNEE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(FollowUpsModel.REASON, QHeaderView.ResizeMode.Stretch)
        header.moveSection(FollowUpsModel.ASSIGNEE, FollowUpsModel.REASON)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self.empty_note = QLabel(self.tr("対応中のフォローアップはありません。"))
        self.empty_note.setObjectName("Hint")
        self.empty_note.hide()
        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.success)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        self.setObjectName("PageContent")

    # ---- loading --------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        if not self.session.is_open:
            return
        if self.loading:
            self._reload = True
            return
        self.loading = True
        self._reload = False
        self.busy_bar.start()
        session = self.session
        urgency = self.urgency.currentData() or None
        assignee = session.user.id if self.mine.isChecked() else None
        today = date.today()
        run_task(lambda: open_follow_ups(session, assignee_id=assignee, urgency=urgency,
                                         today=today),
                 lambda rows, error: self._loaded(rows, error, today), owner=self)

    def _loaded(self, rows, error, today: date) -> None:
        self.loading = False
        self.busy_bar.stop()
        if self._reload:
            self.refresh()
            return
        if error is not None:
            message = getattr(error, "message_ja", None) if current_language() == "ja" else None
            self.error.show_error(message or error_message(error))
            return
        self.error.clear_error()
        self.model.set_rows(rows, today)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows
        overdue = sum(1 for r in rows if r.days_overdue(self.model.today))
        self.count_label.setText(self.tr("対応中 %n 件", "", len(rows))
                                 + (self.tr("（うち期限切れ %n 件）", "", overdue) if overdue else ""))
        self.empty_note.setVisible(not rows)
        self.table.setVisible(bool(rows))

    # ---- actions --------------------------------------------------------------------------
    def selected_row(self) -> FollowUpRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.data(indexes[0], RowRole) if indexes else None

    def _selection_changed(self, *_args) -> None:
        has = self.selected_row() is not None
        self.close_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.data(index, RowRole)
        if row is not None:
            self.open_person.emit(row.follow_up.person_id)

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_person.emit(row.follow_up.person_id)

    def make_close_dialog(self, row: FollowUpRow) -> CloseFollowUpDialog:
        return CloseFollowUpDialog(self.session, row, self)

    def close_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = self.make_close_dialog(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.remove_id(row.follow_up.id)
            self._update_count()
            self.success.setText(self.tr("{name} さんのフォローアップを完了にしました。").format(
                name=row.person_name))
            self.success.show()
        dialog.deleteLater()
