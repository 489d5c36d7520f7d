"""月次報告（PDF）: choose the kind and the month (or 年度) → 「作成」 → look at the pages
inside the app → 「保存…」 or 「印刷…」.

The report is built off the UI thread, and so are the page images (pdftoppm, see
:mod:`kodoku_desk.reports.pdf_raster`: nothing is written to disk for the preview).
Saving and printing are logged by the service (``report.export`` / ``report.print``).
内部用 (with names, 「取扱注意」) cannot be chosen by volunteers, who see only an
explanation: every report is for staff and administrators.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from kodoku_desk.reports.pdf_raster import RasterError, page_images
from kodoku_desk.services.organization import fiscal_year_start_month
from kodoku_desk.services.printed_reports import (EXTERNAL, INTERNAL, PrintedReport,
                                                  monthly_report, record_print, save_report)
from kodoku_desk.ui.export_period import HALF, QUARTER, PeriodChooser
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.pdf_view import (PREVIEW_DPI, PRINT_DPI, PdfPagesView, prepare_printer,
                                     print_images)
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError


def _build(session, period, kind: str, today: date | None):
    """Off the UI thread: the report, and its pages as images (or why there are none)."""
    report = monthly_report(session, period, kind, today=today)
    try:
        return report, page_images(report.pdf, report.pages, PREVIEW_DPI), None
    except RasterError as exc:
        return report, [], exc


class ReportPdfPage(QWidget):
    """``saved(path)`` after a file was written; ``printed(sheets)`` after printing."""

    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, session, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.report: PrintedReport | None = None
        self.busy = False
        title = QLabel(self.tr("月次報告（PDF）"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr(
            "理事会・事務所・助成元に渡す月次活動報告をPDFで作ります。「外部提出用」は秘匿処理した"
            "集計値だけで、名前は載りません。「内部用」は連絡が途絶えている方や未完了のフォローアップを"
            "氏名つきで載せ、全ページに「取扱注意」と入ります。保存・印刷は記録に残ります。"))
        intro.setWordWrap(True)
        intro.setObjectName("Subtitle")
        self.denied = QLabel(self.tr(
            "月次報告の作成はスタッフ・管理者だけが行えます。ボランティアのアカウントでは利用できません。"))
        self.denied.setWordWrap(True)
        self.denied.setObjectName("Hint")

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("報告の種類"))
        self.kind.addItem(self.tr("外部提出用（集計値のみ）"), EXTERNAL)
        self.kind.addItem(self.tr("内部用（氏名あり・取扱注意）"), INTERNAL)
        self.period = PeriodChooser(today=today, fy_start_month=fiscal_year_start_month(session))
        for code in (QUARTER, HALF):                  # a month, or the 年度 summary
            self.period.kind.removeItem(self.period.kind.findData(code))
        self.period.changed.connect(self._forget)
        self.kind.currentIndexChanged.connect(self._forget)
        self.make_button = QPushButton(self.tr("作成"))
        self.make_button.setObjectName("Primary")
        self.make_button.clicked.connect(self.make)
        self.save_button = QPushButton(self.tr("保存…"))
        self.save_button.clicked.connect(self.choose_file)
        self.print_button = QPushButton(self.tr("印刷…"))
        self.print_button.clicked.connect(self.choose_printer)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("種類")))
        controls.addWidget(self.kind)
        controls.addWidget(QLabel(self.tr("期間")))
        controls.addWidget(self.period)
        controls.addWidget(self.make_button)
        controls.addStretch(1)
        controls.addWidget(self.save_button)
        controls.addWidget(self.print_button)

        self.busy_bar = BusyBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FieldError()
        self.pages = PdfPagesView()
        self.pages.set_message(self.tr("種類と期間を選んで「作成」を押すと、ここにページが表示されます。"))

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
        layout.addWidget(self.pages, 1)
        self.setObjectName("PageContent")
        allowed = session.user.role != "volunteer"
        self.denied.setVisible(not allowed)
        for widget in (self.kind, self.period, self.make_button, self.save_button,
                       self.print_button, self.pages):
            widget.setVisible(allowed)
        if not allowed:                               # never offered, even if shown
            self.kind.model().item(self.kind.findData(INTERNAL)).setEnabled(False)
        self._update_buttons()

    # ---- make -----------------------------------------------------------------------------
    def make(self) -> None:
        if self.busy or self.session.user.role == "volunteer":
            return
        period = self.period.period()
        if period is None:
            self.error.show_error(self.period.problem())
            return
        kind = self.kind.currentData()
        self._set_busy(True, self.tr("報告を作っています。大きなデータでは少し時間がかかります…"))
        session, today = self.session, self.today
        run_task(lambda: _build(session, period, kind, today), self._made, owner=self)

    def _made(self, result, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(error_message(error))
            return
        report, images, problem = result
        self.report = report
        if images:
            self.pages.set_pages(images)
        else:
            self.pages.set_message(self.tr("プレビューを表示できません（{reason}）。保存はできます。").format(
                reason=error_message(problem) if problem else ""))
        self.status.setText(self.tr("{title}：{pages}ページ。内容を確かめてから保存・印刷してください。").format(
            title=report.title, pages=report.pages))
        self._update_buttons()

    def _forget(self) -> None:
        """A different kind or period: the shown report no longer matches the choice."""
        if self.report is None or self.busy:
            return
        self.report = None
        self.pages.set_message(self.tr("種類と期間を選んで「作成」を押すと、ここにページが表示されます。"))
        self.status.setText("")
        self._update_buttons()

    # ---- save -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("報告を保存"), self.report.file_name,
                                              "PDF (*.pdf)")
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        if self.report is None or self.busy:
            return
        self._set_busy(True, self.tr("保存しています…"))
        session, report = self.session, self.report
        run_task(lambda: save_report(session, report, path),
                 lambda _r, error: self._saved(path, error), owner=self)

    def _saved(self, path: Path, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.status.setText(self.tr("「{name}」に保存しました（出力の記録に残しました）。").format(
            name=path.name))
        self.saved.emit(str(path))

    # ---- print ----------------------------------------------------------------------------
    def choose_printer(self) -> None:
        if self.report is None or self.busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.report.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("報告を印刷"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render the pages at the printer's resolution (at most 300 dpi), then print."""
        if self.report is None or self.busy:
            return
        dpi = min(PRINT_DPI, max(72, printer.resolution()))
        self._set_busy(True, self.tr("印刷用の画像を作っています…"))
        report = self.report
        run_task(lambda: page_images(report.pdf, report.pages, dpi),
                 lambda images, error: self._print_ready(printer, images, error), owner=self)

    def _print_ready(self, printer: QPrinter, images, error) -> None:
        if error is not None:
            self._set_busy(False)
            self.error.show_error(error_message(error))
            return
        sheets = print_images(printer, images)
        session, report, copies = self.session, self.report, max(1, printer.copyCount())
        run_task(lambda: record_print(session, report, copies=copies),
                 lambda _r, err: self._printed(sheets, err), owner=self)

    def _printed(self, sheets: int, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.status.setText(self.tr("{n}ページを印刷に送りました（印刷の記録に残しました）。").format(n=sheets))
        self.printed.emit(sheets)

    # ---- state ----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        ready = self.report is not None and not self.busy
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (self.make_button, self.kind, self.period):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear_error()
            self.status.setText(text)
            self.busy_bar.start()
        else:
            self.busy_bar.stop()
        self._update_buttons()
