"""匿名の集計表: choose a period and tables → see exactly what will be written → save.

The preview is the disclosure-controlled tables themselves (``x`` and ``−`` marked,
footnotes, 集計期間 and 作成日); tables that cannot be published are listed with
the reason.  Building and saving run off the UI thread.  Staff and administrators
only: volunteers see a short explanation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kodoku_desk.models.stat_table import SUPPRESSED
from kodoku_desk.reports.export_files import grid_rows
from kodoku_desk.services.export import ExportPreview, prepare_export, save_export
from kodoku_desk.services.report_catalog import CATALOG
from kodoku_desk.services.organization import fiscal_year_start_month
from kodoku_desk.ui.export_period import PeriodChooser
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError

HIDDEN_BACKGROUND = QColor("#f3e3b5")
FORMATS = (("xlsx", "Excel（.xlsx）", "xlsx"), ("csv", "CSV（表ごと・zip）", "zip"),
           ("json", "JSON", "json"))


class ExportPage(QWidget):
    """``exported(path)`` after a file was written."""

    exported = Signal(str)

    def __init__(self, session, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: ExportPreview | None = None
        self.busy = False
        title = QLabel(self.tr("匿名の集計表"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr(
            "官民連携プラットフォームや市区町村、助成元に渡す集計表を作ります。"
            "少人数の欄は「x」で伏せ、名前・連絡先・自由記述は含みません。"
            "保存する前に、書き出される内容をそのまま確認できます。"))
        intro.setWordWrap(True)
        intro.setObjectName("Subtitle")
        self.denied = QLabel(self.tr(
            "集計表の出力はスタッフ・管理者だけが行えます。ボランティアのアカウントでは利用できません。"))
        self.denied.setWordWrap(True)
        self.denied.setObjectName("Hint")

        self.period = PeriodChooser(today=today, fy_start_month=fiscal_year_start_month(session))
        self.build_button = QPushButton(self.tr("集計して確認"))
        self.build_button.setObjectName("Primary")
        self.build_button.clicked.connect(self.build)
        self.format = QComboBox()
        for code, label, _suffix in FORMATS:
            self.format.addItem(label, code)
        self.format.setAccessibleName(self.tr("保存する形式"))
        self.save_button = QPushButton(self.tr("保存…"))
        self.save_button.clicked.connect(self.choose_file)
        self.save_button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addWidget(self.build_button)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("形式")))
        controls.addWidget(self.format)
        controls.addWidget(self.save_button)

        self.tables = QListWidget()
        self.tables.setAccessibleName(self.tr("出力する表"))
        for info in CATALOG.values():
            name = info.title_ja if current_language() == "ja" else info.title_en
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, info.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.tables.addItem(item)
        self.tables.setWordWrap(True)
        self.tables.currentRowChanged.connect(self._show_current)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("書き出される表"))
        self.grid_title = QLabel()
        self.grid_title.setObjectName("CardTitle")
        self.grid_title.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("Hint")
        self.notes.setWordWrap(True)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.grid_title)
        right_box.addWidget(self.grid, 1)
        right_box.addWidget(self.notes)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tables)
        self.splitter.addWidget(right)
        self.splitter.setSizes([400, 700])

        self.busy_bar = BusyBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FieldError()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.denied)
        layout.addLayout(controls)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        self.setObjectName("PageContent")
        allowed = session.user.role != "volunteer"
        self.denied.setVisible(not allowed)
        for widget in (self.period, self.build_button, self.format, self.save_button,
                       self.splitter):
            widget.setVisible(allowed)

    # ---- build ---------------------------------------------------------------------------
    def chosen_keys(self) -> list[str]:
        return [self.tables.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tables.count())
                if self.tables.item(i).checkState() == Qt.CheckState.Checked]

    def build(self) -> None:
        if self.busy:
            return
        period = self.period.period()
        if period is None:
            self.error.show_error(self.period.problem())
            return
        keys = self.chosen_keys()
        if not keys:
            self.error.show_error(self.tr("出力する表を1つ以上選んでください。"))
            return
        self._set_busy(True, self.tr("集計しています。大きなデータでは少し時間がかかります…"))
        session = self.session
        run_task(lambda: prepare_export(session, period, table_keys=keys), self._built, owner=self)

    def _built(self, preview: ExportPreview | None, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.preview = preview
        by_key = {t.key: t for t in preview.tables}
        left = {x.key: x for x in preview.left_out}
        for i in range(self.tables.count()):
            item = self.tables.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setForeground(QBrush(QColor("#8a2a12" if key in left else "#1f2933")))
            item.setToolTip(left[key].reason_ja if key in left else "")
        hidden = sum(t.suppressed_count() for t in preview.tables)
        text = self.tr("{period}：{n}表を書き出せます（伏せた値 {hidden}）。").format(
            period=preview.meta.period_label, n=len(preview.tables), hidden=hidden)
        if preview.left_out:
            text += self.tr("　{n}表は出力できません（赤字の表。理由は表を選ぶと表示）。").format(
                n=len(preview.left_out))
        self.status.setText(text)
        self.save_button.setEnabled(bool(preview.tables))
        first = next((i for i in range(self.tables.count())
                      if self.tables.item(i).data(Qt.ItemDataRole.UserRole) in by_key), 0)
        self.tables.setCurrentRow(first)
        self._show_current(first)

    def _show_current(self, row: int) -> None:
        if self.preview is None or row < 0:
            return
        key = self.tables.item(row).data(Qt.ItemDataRole.UserRole)
        table = next((t for t in self.preview.tables if t.key == key), None)
        left = next((x for x in self.preview.left_out if x.key == key), None)
        self.grid.clear()
        if table is None:
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.grid_title.setText(self.tables.item(row).text())
            self.notes.setText(left.reason_ja if left else self.tr("この表は選ばれていません。"))
            return
        rows = grid_rows(table)
        self.grid.setColumnCount(len(rows[0]) - 1)
        self.grid.setRowCount(len(rows) - 1)
        self.grid.setHorizontalHeaderLabels([str(x) for x in rows[0][1:]])
        self.grid.setVerticalHeaderLabels([str(r[0]) for r in rows[1:]])
        for r, line in enumerate(rows[1:]):
            for c, value in enumerate(line[1:]):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value == SUPPRESSED:
                    item.setBackground(QBrush(HIDDEN_BACKGROUND))
                self.grid.setItem(r, c, item)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        meta = self.preview.meta
        self.grid_title.setText(f"{table.source.title_ja}（単位：{table.source.unit_ja}）")
        self.notes.setText("\n".join([*meta.header_lines()[:2], *meta.footnotes,
                                      *table.source.notes_ja]))

    # ---- save ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.preview is None or not self.preview.tables:
            return
        code = self.format.currentData()
        suffix = next(s for c, _label, s in FORMATS if c == code)
        if code == "csv" and len(self.preview.tables) == 1:
            suffix = "csv"
        name = f"集計表_{self.preview.meta.period_label}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("集計表を保存"), name,
                                              f"{suffix.upper()} (*.{suffix})")
        if path:
            self.save(Path(path), code)

    def save(self, path: Path, fmt: str) -> None:
        self._set_busy(True, self.tr("保存しています…"))
        session, preview = self.session, self.preview
        run_task(lambda: save_export(session, preview, path, fmt),
                 lambda digest, error: self._saved(path, digest, error), owner=self)

    def _saved(self, path: Path, digest: str | None, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.status.setText(self.tr("「{name}」に保存しました（出力の記録に残しました）。").format(
            name=path.name))
        self.exported.emit(str(path))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (self.build_button, self.save_button, self.period):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear_error()
            self.status.setText(text)
            self.busy_bar.start()
        else:
            self.busy_bar.stop()
            self.save_button.setEnabled(self.preview is not None and bool(self.preview.tables))
