"""設定 › 監査ログ (administrators): who did what and when, newest first, and the chain check.

Filters (期間, 利用者, 操作, 当事者番号・対象ID) reload the list; 「さらに表示」 appends the next
page.  「改ざんの確認」 walks the whole hash chain in the background and says how
many entries it checked, or shows the first broken entry highlighted in the list.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.services import audit_log, users
from kodoku_desk.ui.formatting import edit_format
from kodoku_desk.ui.audit_model import AuditModel, local_time_text
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, link_button

PAGE_SIZE = 200
CONTEXT_AFTER = 5  # entries shown above a broken one


class AuditTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loading = False
        self.checking = False
        self.total = 0
        self.around_seq: int | None = None
        self.last_check = None
        self._target_text = ""
        lang = current_language()

        self.period = QComboBox()
        for label, key in ((self.tr("すべての期間"), None), (self.tr("今日"), 0),
                           (self.tr("過去7日間"), 6), (self.tr("過去30日間"), 29),
                           (self.tr("期間を指定"), "custom")):
            self.period.addItem(label, key)
        self.period.setAccessibleName(self.tr("期間"))
        self.since = self._date_edit(date.today() - timedelta(days=30))
        self.until = self._date_edit(date.today())
        self.range_sep = QLabel(self.tr("〜"))
        self.user = QComboBox()
        self.user.addItem(self.tr("すべての利用者"), None)
        self.user.setAccessibleName(self.tr("利用者"))
        self.action = QComboBox()
        self.action.addItem(self.tr("すべての操作"), None)
        for group in audit_log.ACTION_GROUPS:
            self.action.addItem(group.label.text(lang), group.key)
        self.action.setAccessibleName(self.tr("操作"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("当事者番号・対象ID"))
        self.target.setToolTip(self.tr("記録のIDで絞り込みます（先頭の数文字だけでもかまいません）"))
        self.target.setClearButtonEnabled(True)
        self.target.setMaximumWidth(220)
        self.target.setMinimumWidth(140)
        for combo in (self.user, self.action):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.count_label = QLabel()
        self.count_label.setObjectName("Hint")
        self.latest_button = link_button(self.tr("最新の記録に戻る"))
        self.latest_button.hide()
        self.verify_button = QPushButton(self.tr("改ざんの確認"))
        self.verify_button.setToolTip(self.tr("すべての記録のつながり（ハッシュ）を確かめます"))
        period_row = QHBoxLayout()
        for widget in (self.period, self.since, self.range_sep, self.until):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        period_row.addWidget(self.verify_button)
        filters = QHBoxLayout()
        filters.addWidget(self.user, 1)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.target)
        filters.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.count_label)
        status_row.addWidget(self.latest_button)
        status_row.addStretch(1)
        self.check_ok = QLabel()
        self.check_ok.setObjectName("Success")
        self.check_ok.setWordWrap(True)
        self.check_ok.hide()
        self.check_failed = FieldError()
        self.error = FieldError()
        self.busy_bar = BusyBar()

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("監査ログ"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        widest_time = local_time_text(datetime(2026, 12, 31, 23, 59, 59).astimezone())
        at_width = self.table.fontMetrics().horizontalAdvance(widest_time) + 28
        for column, width in ((AuditModel.AT, max(190, at_width)), (AuditModel.USER, 220),
                              (AuditModel.ACTION, 260), (AuditModel.SEQ, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(AuditModel.TARGET, QHeaderView.ResizeMode.Stretch)
        self.more_button = QPushButton(self.tr("さらに表示"))
        more_row = QHBoxLayout()
        more_row.addStretch(1)
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addLayout(period_row)
        layout.addLayout(filters)
        layout.addLayout(status_row)
        for widget in (self.check_ok, self.check_failed, self.error, self.busy_bar):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(more_row)

        self.period.currentIndexChanged.connect(self._period_changed)
        for widget in (self.since, self.until):
            widget.dateChanged.connect(self._filters_changed)
        self.user.currentIndexChanged.connect(self._filters_changed)
        self.action.currentIndexChanged.connect(self._filters_changed)
        self.target.editingFinished.connect(self._target_edited)
        self.more_button.clicked.connect(self.load_more)
        self.verify_button.clicked.connect(self.check_chain)
        self.latest_button.clicked.connect(self._filters_changed)
        self._show_range()  # nothing is loaded before the tab is shown (refresh)

    @staticmethod
    def _date_edit(value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(edit_format())
        return edit

    # ---- filters --------------------------------------------------------------------------
    def _show_range(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.since, self.range_sep, self.until):
            widget.setVisible(custom)

    def _period_changed(self, *_args) -> None:
        self._show_range()
        self._filters_changed()

    def _target_edited(self) -> None:
        if self.target.text().strip() != self._target_text:
            self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self.around_seq = None
        self.reload()

    def filters(self) -> dict:
        """The keyword arguments of :func:`audit_log.list_entries` for the current filters."""
        period = self.period.currentData()
        since = until = None
        if period == "custom":
            since, until = self.since.date().toPython(), self.until.date().toPython()
        elif period is not None:
            since = date.today() - timedelta(days=int(period))
        group = next((g for g in audit_log.ACTION_GROUPS if g.key == self.action.currentData()),
                     None)
        self._target_text = self.target.text().strip()
        return {"since": since, "until": until, "username": self.user.currentData(),
                "action_prefixes": group.prefixes if group else (),
                "target_id": self.target.text().strip() or None, "before_seq": self.around_seq}

    # ---- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the 利用者 choices and the first page."""
        session = self.session

        def names():
            known = {u.username: u.display_name for u in users.list_users(session)}
            return [(n, known.get(n)) for n in audit_log.log_usernames(session)]

        run_task(names, self._names_loaded, owner=self)
        self.reload()

    def _names_loaded(self, result, error) -> None:
        if error is not None:
            return
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("すべての利用者"), None)
        for username, display_name in result:
            self.user.addItem(f"{display_name}（{username}）" if display_name else username,
                              username)
        self.user.setCurrentIndex(max(self.user.findData(current), 0))
        self.user.blockSignals(False)

    def reload(self) -> None:
        self._load(0)

    def load_more(self) -> None:
        self._load(len(self.model.rows))

    def _load(self, offset: int) -> None:
        if not self.session.is_open or self.loading:
            return
        self.loading = True
        self.busy_bar.start()
        session, kwargs = self.session, self.filters()
        run_task(lambda: audit_log.list_entries(session, limit=PAGE_SIZE, offset=offset,
                                                **kwargs), self._loaded, owner=self)

    def _loaded(self, page, error) -> None:
        self.loading = False
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        if page.offset == 0:
            self.model.set_rows(page.entries)
        else:
            self.model.append_rows(page.entries)
        self.total = page.total
        shown = len(self.model.rows)
        self.count_label.setText(self.tr("{total} 件中 {shown} 件を表示（新しい順）").format(
            total=f"{page.total:,}", shown=f"{shown:,}"))
        if self.around_seq is not None:
            self.count_label.setText(self.count_label.text() + self.tr(
                "・記録 #{seq} の付近").format(seq=f"{self.model.broken_seq or 0:,}"))
        self.latest_button.setVisible(self.around_seq is not None)
        self.more_button.setVisible(page.has_more)
        self._show_broken()

    def _show_broken(self) -> None:
        row = self.model.row_of_seq(self.model.broken_seq)
        if row >= 0:  # coloured by the model; not selected, so the colour stays visible
            self.table.clearSelection()
            self.table.scrollTo(self.model.index(row, 0),
                                QAbstractItemView.ScrollHint.PositionAtCenter)

    # ---- chain check ----------------------------------------------------------------------
    def check_chain(self) -> None:
        if self.checking:
            return
        self.checking = True
        self.verify_button.setEnabled(False)
        self.verify_button.setText(self.tr("確認しています…"))
        self.check_ok.hide()
        self.check_failed.clear_error()
        session = self.session
        run_task(lambda: audit_log.verify(session), self._checked, owner=self)

    def _checked(self, result, error) -> None:
        self.checking = False
        self.verify_button.setEnabled(True)
        self.verify_button.setText(self.tr("改ざんの確認"))
        self.last_check = result
        if error is not None:
            self.check_failed.show_error(error_message(error))
            return
        if result.ok:
            self.model.set_broken(None)
            self.check_ok.setText(self.tr("記録 {count} 件を確認しました。改ざんは見つかりませんでした。"
                                          ).format(count=f"{result.checked:,}"))
            self.check_ok.show()
            self.reload()
            return
        if result.reason == "edited":
            what = self.tr("記録 #{seq}（{at}）の内容が書き換えられています。")
        else:
            what = self.tr("記録 #{seq}（{at}）の直前の記録が削除されたか、書き換えられています。")
        self.check_failed.show_error(
            self.tr("改ざんが見つかりました。") + what.format(
                seq=f"{result.broken_seq:,}", at=local_time_text(result.broken_at) or "?")
            + self.tr("この記録より後の記録も、正しいかどうか確かめられません。"))
        self.model.set_broken(result.broken_seq)
        for combo in (self.period, self.user, self.action):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.target.clear()
        self._show_range()
        self.around_seq = result.broken_seq + CONTEXT_AFTER
        self.reload()
