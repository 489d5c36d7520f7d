"""ホーム: today's date, the numbers that matter today, and who has gone without contact."""

from __future__ import annotations

from PySide6.QtCore import Signal, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kodoku_desk.services.backup import BackupStatus, backup_status
from kodoku_desk.services.dashboard import Dashboard, load_dashboard
from kodoku_desk.ui.cards import StatCard
from kodoku_desk.ui.formatting import code_label, long_date, short_date, urgency_counts
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError



def _gap() -> str:
    """Between two sentences: nothing in Japanese, a space in English."""
    return "" if current_language() == "ja" else " "

class HomePage(QWidget):
    """ホーム; double-click or Enter on an overdue person emits ``open_person``."""

    open_person = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dashboard: Dashboard | None = None
        self.loading = False

        title = QLabel(self.tr("ホーム"))
        title.setObjectName("PageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("Subtitle")
        self.refresh_button = QPushButton(self.tr("最新の情報に更新"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("数字を読み込み直します（F5）"))
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.date_label)
        header.addLayout(heading, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.scope_note = QLabel(self.tr("担当している方についての数字です。"))
        self.scope_note.setObjectName("Hint")
        self.scope_note.setVisible(session.user.role == "volunteer")
        self.busy_bar = BusyBar()
        self.error = FieldError()
        # バックアップ: a line when the last one is older than the set days, or there is none
        # (administrators and staff; volunteers cannot act on it)
        self.backup_warning = FieldError()
        self.backup_status: BackupStatus | None = None

        self.planned = StatCard(self.tr("今日の訪問予定"))
        self.overdue_card = StatCard(self.tr("連絡が途絶えている方"))
        self.follow_ups = StatCard(self.tr("未対応のフォローアップ"))
        self.visits = StatCard(self.tr("今月の見守り記録"))
        self.active = StatCard(self.tr("支援中の当事者"))
        self.places = StatCard(self.tr("今月の居場所"))
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, card in enumerate((self.planned, self.overdue_card, self.follow_ups,
                                      self.visits, self.active, self.places)):
            grid.addWidget(card, index // 3, index % 3)

        list_title = QLabel(self.tr("連絡が途絶えている方（予定の間隔を過ぎた順）"))
        list_title.setObjectName("CardTitle")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("お名前"), self.tr("見守り頻度"), self.tr("最後の連絡"), self.tr("経過")])
        self.table.setToolTip(self.tr("ダブルクリックでその方のページを開きます"))
        self.list_note = QLabel()
        self.list_note.setObjectName("Hint")

        stopped_title = QLabel(self.tr("集まりに来なくなった方（居場所の常連）"))
        stopped_title.setObjectName("CardTitle")
        self.stopped_table = QTableWidget(0, 4)
        self.stopped_table.setHorizontalHeaderLabels([
            self.tr("お名前"), self.tr("居場所"), self.tr("最後の参加"), self.tr("休んだ回数")])
        self.stopped_table.setAccessibleName(stopped_title.text())
        self.stopped_table.setToolTip(self.tr(
            "直近4回のうち3回以上来ていた方が、続けて2回以上休んでいます。"
            "ダブルクリックでその方のページを開きます"))
        for table in (self.table, self.stopped_table):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(40)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.itemActivated.connect(self._activated)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stopped_note = QLabel()
        self.stopped_note.setObjectName("Hint")

        content = QWidget()
        content.setObjectName("PageContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.scope_note)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.backup_warning)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(list_title)
        layout.addWidget(self.table)
        layout.addWidget(self.list_note)
        layout.addSpacing(8)
        layout.addWidget(stopped_title)
        layout.addWidget(self.stopped_table)
        layout.addWidget(self.stopped_note)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        """Load the numbers in the background and show them when they arrive."""
        if self.loading or not self.session.is_open:
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.busy_bar.start()
        session = self.session
        run_task(lambda: load_dashboard(session), self._loaded, owner=self)
        self.refresh_backup_status()

    def refresh_backup_status(self) -> None:
        """Check (in the background) whether to warn about backups."""
        if not self.session.is_open or self.session.user.role not in ("admin", "staff"):
            return
        session = self.session
        run_task(lambda: backup_status(session), self._backup_loaded, owner=self)

    def _backup_loaded(self, status, error) -> None:
        if error is not None:
            return   # the numbers above report database errors; this line stays as it was
        self.show_backup_status(status)

    def show_backup_status(self, status: BackupStatus) -> None:
        self.backup_status = status
        admin = self.session.user.is_admin
        if status.level == "no_folder":
            text = self.tr("バックアップの保存先が設定されていません。")
            if admin:
                text += _gap() + self.tr("設定の「バックアップ」で保存先を選んでください。")
        elif status.level == "never":
            text = self.tr("まだ一度もバックアップしていません。設定の「バックアップ」から作れます。")
        elif status.level == "old":
            text = self.tr("最後のバックアップから %n 日たっています。", "", status.days_since or 0)
            text += _gap() + self.tr("保存先（USBメモリーなど）がつながっているか確かめてください。")
        else:
            text = ""
        self.backup_warning.show_error(text)

    def _loaded(self, dashboard, error) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        self.show_dashboard(dashboard)

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        self.date_label.setText(self.tr("今日は {date}").format(date=long_date(d.today)))
        self.planned.set_value(d.planned_today, self.tr("人", "unit: people", d.planned_today),
                               self.tr("次回予定日が今日の方\n今週（日曜まで）は {n}人").format(
                                   n=d.planned_this_week))
        self.overdue_card.set_value(d.overdue_count,
                                    self.tr("人", "unit: people", d.overdue_count),
                                    self.tr("予定の間隔を過ぎても\n連絡が取れていない方"),
                                    alert=d.overdue_count > 0)
        f = d.follow_ups
        self.follow_ups.set_value(
            f.total, self.tr("件", "unit: follow-ups", f.total),
            self.tr("緊急度 {levels}").format(levels=urgency_counts(f)), alert=f.high > 0)
        self.visits.set_value(d.visits_this_month,
                              self.tr("件", "unit: visit records", d.visits_this_month),
                              self.tr("{month}月1日からの記録").format(month=d.today.month))
        self.active.set_value(d.active_people, self.tr("人", "unit: people", d.active_people),
                              self.tr("支援中として登録されている方"))
        self.places.set_value(
            d.place_sessions_this_month,
            self.tr("回開催", "unit: sessions held", d.place_sessions_this_month),
            self.tr("延べ参加者 {total}人\n（うち匿名 {walkins}人）").format(
                total=d.attendance_this_month, walkins=d.walkins_this_month))
        self._fill_table(d)
        self._fill_stopped(d)

    def _activated(self, item: QTableWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id:
            self.open_person.emit(person_id)

    def _fill_table(self, d: Dashboard) -> None:
        self.table.setRowCount(len(d.overdue))
        for row, person in enumerate(d.overdue):
            if person.last_contact is None:
                last = self.tr("記録なし")
                since = self.tr("登録から %n 日", "", person.days_since)
            else:
                last = short_date(person.last_contact)
                since = self.tr("%n 日", "days since last contact", person.days_since)
            cells = (person.name, code_label("visit_frequency", person.visit_frequency),
                     last, since)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.person_id)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        _fit_height(self.table)
        self.table.setVisible(bool(d.overdue))
        hidden = d.overdue_count - len(d.overdue)
        if not d.overdue:
            self.list_note.setText(self.tr("予定の間隔を過ぎている方はいません。"))
        elif hidden > 0:
            self.list_note.setText(self.tr("ほかに %n 人います。", "", hidden))
        else:
            self.list_note.setText("")
        self.list_note.setVisible(bool(self.list_note.text()))

    def _fill_stopped(self, d: Dashboard) -> None:
        table = self.stopped_table
        table.setRowCount(len(d.stopped_coming))
        for row, s in enumerate(d.stopped_coming):
            cells = (s.full_name, s.place_name, short_date(s.last_attended_on),
                     self.tr("%n 回", "sessions missed", s.missed))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.person_id)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        _fit_height(table)
        table.setVisible(bool(d.stopped_coming))
        hidden = d.stopped_coming_count - len(d.stopped_coming)
        if not d.stopped_coming:
            self.stopped_note.setText(self.tr("居場所に来なくなった常連の方はいません。"))
        elif hidden > 0:
            self.stopped_note.setText(self.tr("ほかに %n 人います。", "", hidden))
        else:
            self.stopped_note.setText("")
        self.stopped_note.setVisible(bool(self.stopped_note.text()))


def _fit_height(table: QTableWidget) -> None:
    """Show every row without an inner scroll bar (the page itself scrolls)."""
    rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + rows_height + 4)
