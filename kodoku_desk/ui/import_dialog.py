"""Excel・CSVから取り込む: a four-step dialog (file → columns → preview → done).

1. ファイル: choose a CSV or XLSX file; the detected 文字コード (CSV) and シート
   (XLSX) are shown and can be changed, as can the header row; the first rows
   of the file are shown with the header row marked.
2. 列の対応: one row per file column with sample values and the field it goes
   to (the mapping confirmed last time for the same header is preselected).
3. 確認: the dry run — every row with its status (取り込む / 重複の可能性 /
   エラー) and problems (column, value, reason), counts on top.
4. 完了: how many people were imported.

Reading, the dry run and the import run in the background (:func:`run_task`)
with a busy bar.  Nothing is written before the user confirms in step 3.
``imported`` is emitted with the number of people written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget,
)

from kodoku_desk.importers.mapping import mapping_problems
from kodoku_desk.importers.sources import ENCODINGS
from kodoku_desk.services.imports import (DUPLICATE, ERROR, ImportFile, ImportPreview,
                                          ImportResult, apply_import, open_import,
                                          preview_import, with_header_row)
from kodoku_desk.ui import import_parts as parts
from kodoku_desk.ui.import_preview import ImportPreviewPage
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError, hint

FILE, COLUMNS, PREVIEW, DONE = range(4)


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, session, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today or date.today()
        self.lang = current_language()
        self.source: ImportFile | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.confirm_box: QMessageBox | None = None
        self._path: Path | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Excel・CSVから取り込む"))
        self.resize(1080, 700)

        self.steps = QLabel()
        self.steps.setObjectName("Hint")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        self.busy_bar = BusyBar()
        self.error = FieldError()

        self.back_button = QPushButton(self.tr("戻る"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("次へ"))
        self.next_button.setObjectName("Primary")
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self.tr("キャンセル"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_page(FILE)

    # ------------------------------------------------------------ pages
    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("CardTitle")
        return label

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("ファイルが選ばれていません"))
        self.path_edit.setAccessibleName(self.tr("取り込むファイル"))
        self.choose_button = QPushButton(self.tr("ファイルを選ぶ…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.encoding_combo = QComboBox()
        for code, (ja, en) in ENCODINGS.items():
            self.encoding_combo.addItem(ja if self.lang == "ja" else en, code)
        self.encoding_combo.activated.connect(lambda _i: self._reload())
        self.detected_label = QLabel()
        self.detected_label.setObjectName("Hint")
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.detected_label, 1)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(220)
        self.sheet_combo.activated.connect(lambda _i: self._reload())
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.setMaximumWidth(140)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.encoding_label = QLabel(self.tr("文字コード"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.sheet_label = QLabel(self.tr("シート"))
        self.sheet_label.setBuddy(self.sheet_combo)
        header_label = QLabel(self.tr("見出しの行番号"))
        header_label.setBuddy(self.header_spin)
        self.form.addRow(self.encoding_label, encoding_row)
        self.form.addRow(self.sheet_label, self.sheet_combo)
        self.form.addRow(header_label, self.header_spin)
        self.form.setRowVisible(self.encoding_label, False)
        self.form.setRowVisible(self.sheet_label, False)
        self.form.setRowVisible(header_label, False)
        self.header_label = header_label

        self.raw_table = parts.ImportRawTable()
        self.raw_title = self._title(self.tr("ファイルの先頭（色の付いた行が見出し）"))

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._title(self.tr("取り込むファイル")))
        column.addWidget(hint(self.tr(
            "当事者の名簿（Excel の .xlsx ファイル、または CSV ファイル）を選んでください。"
            "表の上にある題名や空白の行は飛ばして、見出しの行を自動で探します。")))
        column.addLayout(row)
        column.addLayout(self.form)
        column.addWidget(self.raw_title)
        column.addWidget(self.raw_table, 1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        self.mapping_table = parts.ImportMappingTable()
        self.mapping_table.changed.connect(self._mapping_changed)
        self.remembered_label = hint("")
        self.mapping_error = FieldError()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._title(self.tr("列の対応")))
        column.addWidget(hint(self.tr(
            "ファイルの各列を、どの項目として取り込むか選んでください。"
            "見出しの名前から自動で選んでいます。取り込まない列は「（取り込まない）」のままにします。")))
        column.addWidget(self.remembered_label)
        column.addWidget(self.mapping_table, 1)
        column.addWidget(self.mapping_error)
        return page

    def _preview_page(self) -> QWidget:
        self.preview_page = ImportPreviewPage()
        self.preview_page.choices_changed.connect(self._update_buttons)
        self.preview_model = self.preview_page.model
        self.preview_table = self.preview_page.table
        self.include_duplicates = self.preview_page.include_duplicates
        self.valid_only = self.preview_page.valid_only
        self.counts_label = self.preview_page.counts_label
        return self.preview_page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("PageTitle")
        self.done_label.setWordWrap(True)
        self.done_detail = hint("")
        column = QVBoxLayout(page)
        column.addStretch(1)
        for label in (self.done_label, self.done_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        column.addStretch(2)
        return page

    # ------------------------------------------------------------ navigation
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        names = (self.tr("1. ファイルを選ぶ"), self.tr("2. 列の対応"), self.tr("3. 確認して取り込む"),
                 self.tr("4. 完了"))
        self.steps.setText("　›　".join(f"<b>{n}</b>" if i == index else n
                                        for i, n in enumerate(names)))
        self.error.clear_error()
        self._update_buttons()
        first_combo = self.mapping_table.combos[0] if self.mapping_table.combos else None
        focus = {FILE: self.choose_button, COLUMNS: first_combo or self.mapping_table,
                 PREVIEW: self.preview_table, DONE: self.next_button}[index]
        focus.setFocus()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (COLUMNS, PREVIEW))
        self.cancel_button.setVisible(page != DONE)
        texts = {FILE: self.tr("次へ"), COLUMNS: self.tr("確認へ"), PREVIEW: self.tr("取り込む…"),
                 DONE: self.tr("閉じる")}
        self.next_button.setText(texts[page])
        enabled = not self._busy
        if page == FILE:
            enabled = enabled and self.source is not None and self.source.table.width > 0
        elif page == COLUMNS:
            enabled = enabled and not mapping_problems(self.mapping_table.mapping())
        elif page == PREVIEW:
            enabled = enabled and bool(self._chosen_count())
        self.next_button.setEnabled(enabled)
        self.next_button.setDefault(True)
        for widget in (self.back_button, self.choose_button, self.encoding_combo,
                       self.sheet_combo, self.header_spin):
            widget.setEnabled(not self._busy)

    def back(self) -> None:
        self._show_page(max(FILE, self.pages.currentIndex() - 1))

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE and self.source is not None:
            self.mapping_table.set_columns(self.source.headers, self.source.samples,
                                           self.source.mapping)
            self.remembered_label.setText(
                self.tr("前回この見出しで確認した対応を選んでいます。") if self.source.remembered
                else "")
            self._show_page(COLUMNS)
            self._mapping_changed()
        elif page == COLUMNS:
            self.run_preview()
        elif page == PREVIEW:
            self.confirm()
        elif page == DONE:
            self.accept()

    # ------------------------------------------------------------ step 1
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("取り込むファイルを選ぶ"), str(Path.home()),
            self.tr("Excel・CSV (*.xlsx *.xlsm *.csv *.txt);;すべてのファイル (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path, *, encoding: str | None = None,
                  sheet: str | None = None) -> None:
        """Read ``path`` in the background (also the way tests choose a file)."""
        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        session, name = self.session, self._path.name
        target = self._path

        def work() -> ImportFile:
            return open_import(session, name, target.read_bytes(), encoding=encoding, sheet=sheet)

        self._start(work, self._file_loaded)

    def _reload(self) -> None:
        if self._path is None or self.source is None:
            return
        encoding = self.encoding_combo.currentData() if self.source.table.kind == "csv" else None
        sheet = self.sheet_combo.currentText() if self.source.table.kind == "xlsx" else None
        self.load_file(self._path, encoding=encoding, sheet=sheet)

    def _file_loaded(self, source: ImportFile | None, error) -> None:
        if error is not None:
            same_file = (self.source is not None and self._path is not None
                         and self.source.file_name == self._path.name)
            if not same_file:  # a new file that cannot be read
                self.source = None
                self.raw_table.setRowCount(0)
            else:  # another encoding or sheet that does not work: keep what was shown
                self._sync(self.source)
            self.error.show_error(error_message(error))
            self._update_buttons()
            return
        self.source = source
        self._sync(source)
        if source.table.width == 0:
            self.error.show_error(self.tr("このファイルには取り込める表がありません。"))
        self._update_buttons()

    def _sync(self, source: ImportFile) -> None:
        """Show how ``source`` was read: encoding or sheet, header row, first rows."""
        table = source.table
        csv = table.kind == "csv"
        self.form.setRowVisible(self.encoding_label, csv)
        self.form.setRowVisible(self.sheet_label, not csv)
        self.form.setRowVisible(self.header_label, True)
        if csv:
            self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(table.encoding))
            detected = ENCODINGS.get(table.detected_encoding or "")
            self.detected_label.setText(
                self.tr("自動判別：{name}").format(name=detected[0 if self.lang == "ja" else 1])
                if detected else self.tr("自動判別できませんでした"))
        else:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(table.sheets))
            self.sheet_combo.setCurrentText(table.sheet or "")
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(table.rows)))
        self.header_spin.setValue(source.header_row + 1)
        self.header_spin.blockSignals(False)
        self.raw_table.show_rows(source.table.rows, source.header_row)

    def _header_changed(self, value: int) -> None:
        if self.source is None or value - 1 == self.source.header_row:
            return
        session, source = self.session, self.source
        self._start(lambda: with_header_row(session, source, value - 1), self._file_loaded)

    # ------------------------------------------------------------ step 2
    def _mapping_changed(self) -> None:
        problems = mapping_problems(self.mapping_table.mapping())
        index = 0 if self.lang == "ja" else 1
        self.mapping_error.show_error("\n".join(p[index] for p in problems))
        self._update_buttons()

    def run_preview(self) -> None:
        session, source, today = self.session, self.source, self.today
        chosen = self.mapping_table.mapping()
        self._start(lambda: preview_import(session, source, chosen, today=today),
                    self._previewed)

    def _previewed(self, preview: ImportPreview | None, error) -> None:
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.preview = preview
        self.preview_page.set_preview(preview)
        self._show_page(PREVIEW)
        self.preview_page.show_first_row()

    # ------------------------------------------------------------ step 3
    def _chosen_count(self) -> int:
        return self.preview_page.chosen_count()

    def confirm(self) -> None:
        """Ask once more; the import starts only on 「取り込む」."""
        count = self._chosen_count()
        if not count:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("取り込みの確認"),
                          self.tr("%n人を当事者として登録します。よろしいですか？", "", count),
                          parent=self)
        skipped = []
        if self.preview.count(DUPLICATE) and not self.include_duplicates.isChecked():
            skipped.append(self.tr("重複の可能性がある%n行は取り込みません。", "",
                                   self.preview.count(DUPLICATE)))
        if self.preview.count(ERROR):
            skipped.append(self.tr("エラーの%n行は取り込みません。", "", self.preview.count(ERROR)))
        box.setInformativeText("\n".join(skipped + [self.tr("すべての行をまとめて保存します。"
                                                            "途中で問題が起きたときは何も保存しません。")]))
        self.confirm_yes = box.addButton(self.tr("取り込む"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("やめる"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.confirm_yes)
        box.buttonClicked.connect(lambda button: self._confirmed(button is self.confirm_yes))
        self.confirm_box = box
        box.open()

    def _confirmed(self, yes: bool) -> None:
        self.confirm_box = None
        if not yes or self.preview is None:
            return
        session, preview, today = self.session, self.preview, self.today
        dup, valid = self.include_duplicates.isChecked(), self.valid_only.isChecked()
        self._start(lambda: apply_import(session, preview, include_duplicates=dup,
                                         valid_only=valid, today=today), self._applied)

    def _applied(self, result: ImportResult | None, error) -> None:
        if error is not None:
            self.error.show_error(error_message(error) + "\n" + self.tr("何も保存していません。"))
            return
        self.result = result
        self.done_label.setText(self.tr("%n人を取り込みました。", "", result.imported))
        details = []
        if result.skipped_duplicates:
            details.append(self.tr("重複の可能性がある%n行は取り込んでいません。", "",
                                   result.skipped_duplicates))
        if result.skipped_errors:
            details.append(self.tr("エラーの%n行は取り込んでいません。", "", result.skipped_errors))
        details.append(self.tr("当事者の一覧に表示されています。"))
        self.done_detail.setText("\n".join(details))
        self._show_page(DONE)
        self.imported.emit(result.imported)

    # ------------------------------------------------------------ background
    def _start(self, work, on_done) -> None:
        self._busy = True
        self.busy_bar.start()
        self.error.clear_error()
        self._update_buttons()

        def done(result, error) -> None:
            self._busy = False
            self.busy_bar.stop()
            self._update_buttons()
            on_done(result, error)

        run_task(work, done, owner=self)

    def reject(self) -> None:
        if self._busy and self.pages.currentIndex() == PREVIEW:
            return  # the import is being written: let it finish
        super().reject()

