"""レポート: the anonymized tables for the platform, and the printed monthly report (PDF)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kodoku_desk.ui.export_page import ExportPage
from kodoku_desk.ui.report_pdf_page import ReportPdfPage


class ReportsPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.export = ExportPage(session)
        self.tabs.addTab(self.export, self.tr("匿名の集計表"))
        self.printed = ReportPdfPage(session)
        self.tabs.addTab(self.printed, self.tr("月次報告（PDF）"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
