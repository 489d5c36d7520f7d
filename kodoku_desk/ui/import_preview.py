"""Step 3 of the import dialog: the dry run's rows, counts and the import choices.

Every row is listed with 行番号, 氏名, ふりがな, 生年月日, 状態 and its problems
(column, value, reason); the selected row's problems are repeated in full under
the table.  ``choices_changed`` is emitted when a check box changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from kodoku_desk.services.imports import DUPLICATE, ERROR, IMPORT, ImportPreview
from kodoku_desk.ui import import_parts as parts
from kodoku_desk.ui.widgets import hint

#: Up to this many rows, rows grow to show every problem (measuring rows costs time).
WRAP_ROWS = 2000


class ImportPreviewPage(QWidget):
    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.counts_label = QLabel()
        self.counts_label.setObjectName("CardTitle")
        self.model = parts.ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("取り込みの確認"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        for col, width in ((parts.ROW, 50), (parts.NAME, 120), (parts.KANA, 140),
                           (parts.BIRTH, 215), (parts.STATUS, 115)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(parts.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(
            lambda col, _old, _new: self.fit_rows() if col == parts.PROBLEMS else None)
        self.table.selectionModel().currentRowChanged.connect(self._show_row_detail)
        self.row_detail = QLabel()
        self.row_detail.setObjectName("Hint")
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.include_duplicates = QCheckBox(self.tr("重複の可能性がある行も取り込む"))
        self.valid_only = QCheckBox(self.tr("問題のない行だけ取り込む（エラーの行は取り込みません）"))
        for box in (self.include_duplicates, self.valid_only):
            box.toggled.connect(lambda _on: self.choices_changed.emit())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.counts_label)
        column.addWidget(hint(self.tr(
            "まだ何も保存していません。内容を確かめてから「取り込む…」を押してください。"
            "エラーの行を直すには、ファイルを直して選び直します。")))
        column.addWidget(self.table, 1)
        column.addWidget(self.row_detail)
        column.addWidget(self.include_duplicates)
        column.addWidget(self.valid_only)

    def set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        ok, dup, bad = (preview.count(IMPORT), preview.count(DUPLICATE), preview.count(ERROR))
        counts = self.tr("全{total}行：取り込む {ok}人・重複の可能性 {dup}人・エラー {bad}行").format(
            total=len(preview.rows), ok=ok, dup=dup, bad=bad)
        if check := preview.count_needing_check():
            counts += self.tr("（取り込む人のうち要確認 {check}人）").format(check=check)
        self.counts_label.setText(counts)
        for box, shown in ((self.include_duplicates, dup > 0), (self.valid_only, bad > 0)):
            box.setChecked(False)
            box.setVisible(shown)

    def show_first_row(self) -> None:
        """After the page is shown (rows are measured at their real width)."""
        self.fit_rows()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_row_detail(self.table.currentIndex())

    def fit_rows(self) -> None:
        if self.isVisible() and self.model.rowCount() <= WRAP_ROWS:
            self.table.resizeRowsToContents()

    def chosen_count(self) -> int:
        """How many people the import would write with the current choices (0: blocked)."""
        if self.preview is None:
            return 0
        if self.preview.count(ERROR) and not self.valid_only.isChecked():
            return 0
        extra = self.preview.count(DUPLICATE) if self.include_duplicates.isChecked() else 0
        return self.preview.count(IMPORT) + extra

    def _show_row_detail(self, current, _previous=None) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.row_detail.setText("")
            return
        problems = self.model.problems_text(row)
        self.row_detail.setText(self.tr("{row}行目（{status}）").format(
            row=row.result.row, status=self.model.status_text(row))
            + ("\n" + problems if problems else ""))
