"""Showing and printing a PDF without QtPdf: pages drawn by pdftoppm (see
:mod:`kodoku_desk.reports.pdf_raster`) into pixmaps, and printed as page images.

- :class:`PdfPagesView`: the pages one under another in a scroll area, scaled to
  the width available (a drop shadow-free white page on a grey background).
- :func:`print_images`: paints page images (rendered at the printer's resolution,
  at most :data:`PRINT_DPI`) onto a QPrinter, one per sheet, keeping proportions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

__all__ = ["PREVIEW_DPI", "PRINT_DPI", "PdfPagesView", "prepare_printer", "print_images"]

PREVIEW_DPI = 110
PRINT_DPI = 300


class PdfPagesView(QScrollArea):
    """The pages of a document as images; :meth:`set_pages` with PNG bytes per page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("PDFのプレビュー"))
        self.setObjectName("PdfPages")
        self.setStyleSheet("#PdfPages, #PdfPagesBody { background: #d9dee3; }")
        self.body = QWidget()
        self.body.setObjectName("PdfPagesBody")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.column.setSpacing(14)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.placeholder)
        self.setWidget(self.body)
        self.pages: list[QLabel] = []
        self._images: list[QImage] = []

    def set_message(self, text: str) -> None:
        self.clear()
        self.placeholder.setText(text)
        self.placeholder.show()

    def clear(self) -> None:
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        self._images = []

    def set_pages(self, images: Sequence[bytes]) -> None:
        self.clear()
        self.placeholder.hide()
        for number, data in enumerate(images, start=1):
            image = QImage.fromData(data)
            self._images.append(image)
            label = QLabel()
            label.setAccessibleName(self.tr("{n}ページ目").format(n=number))
            label.setStyleSheet("background: white; border: 1px solid #9aa5b1;")
            self.column.addWidget(label)
            self.pages.append(label)
        self._scale()

    def _scale(self) -> None:
        width = max(300, min(self.viewport().width() - 40, 900))
        for label, image in zip(self.pages, self._images, strict=True):
            if image.isNull():
                continue
            pixmap = QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())     # whole pages: the view scrolls
        self.column.activate()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._scale()


def prepare_printer(printer: QPrinter, title: str) -> None:
    """A4 portrait, the whole sheet addressable (the PDF pages carry their own margins)."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)


def print_images(printer: QPrinter, images: Sequence[bytes]) -> int:
    """Paint each page image on its own sheet, the A4 page onto the whole sheet (scaled
    to fit, centred); returns the number of sheets painted."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        for data in images:
            image = QImage.fromData(data)
            if image.isNull():
                continue
            if painted:
                printer.newPage()
            area = printer.pageLayout().fullRectPixels(printer.resolution())
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (area.width() - target.width()) // 2
            y = (area.height() - target.height()) // 2
            painter.drawImage(QRect(x, y, target.width(), target.height()), image)
            painted += 1
    finally:
        painter.end()
    return painted
