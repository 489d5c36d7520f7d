"""Showing and printing a PDF without QtPdf: pages drawn by pdftoppm (see
:mod:`kodoku_desk.reports.pdf_raster`) into pixmaps, and printed as page images.

- :class:`PdfPagesView`: the pages one under another in a scroll area, scaled to
  the width available (a drop shadow-free white page on a grey background).  Only the
  pages in sight (and a screen above and below) are drawn: a page is ~4.5 MB as a
  pixmap, and an 内部用 report of a large organisation runs to dozens of pages; the
  others keep their place and their PNG (~0.1 MB) until scrolled to.
- :func:`print_images`: paints page images (rendered at the printer's resolution,
  at most :data:`PRINT_DPI`) onto a QPrinter, one per sheet, keeping proportions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPageLayout, QPageSize, QPainter, QPixmap
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
        self._pngs: list[bytes] = []
        self._sizes: list[QSize] = []           # of each page image, in pixels
        self._drawn: set[int] = set()           # pages that hold a pixmap now
        self._width = 0
        self._tops: list[int] = []              # y of each page in the column
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._draw_visible())

    def set_message(self, text: str) -> None:
        self.clear()
        self.placeholder.setText(text)
        self.placeholder.show()

    def clear(self) -> None:
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        self._pngs, self._sizes, self._drawn = [], [], set()
        self._width = 0

    def set_pages(self, images: Sequence[bytes]) -> None:
        self.clear()
        self.placeholder.hide()
        for number, data in enumerate(images, start=1):
            label = QLabel()
            label.setAccessibleName(self.tr("{n}ページ目").format(n=number))
            label.setStyleSheet("background: white; border: 1px solid #9aa5b1;")
            self.column.addWidget(label)
            self.pages.append(label)
            self._pngs.append(bytes(data))
            self._sizes.append(_image_size(data))
        self._scale()

    def drawn_pages(self) -> list[int]:
        """Indexes of the pages that hold a pixmap now (the ones in or near sight)."""
        return sorted(self._drawn)

    def _scale(self) -> None:
        width = max(300, min(self.viewport().width() - 40, 900))
        if width != self._width:
            self._width = width
            y = self.column.contentsMargins().top()
            self._tops = []
            for index, (label, size) in enumerate(zip(self.pages, self._sizes, strict=True)):
                height = round(size.height() * width / size.width()) if size.width() else width
                label.setFixedSize(width, height)   # whole pages: the view scrolls
                label.clear()
                self._drawn.discard(index)
                self._tops.append(y)                # where the column puts it
                y += height + self.column.spacing()
            self.column.activate()
        self._draw_visible()

    def _draw_visible(self) -> None:
        """Draw the pages within a screen of the visible area; release the others."""
        top = self.verticalScrollBar().value()
        reach = max(self.viewport().height(), 200)
        for index, label in enumerate(self.pages):
            y = self._tops[index]
            near = y + label.height() >= top - reach and y <= top + 2 * reach
            if near and index not in self._drawn:
                image = QImage.fromData(self._pngs[index])
                if image.isNull():
                    continue
                label.setPixmap(QPixmap.fromImage(image).scaled(
                    label.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                self._drawn.add(index)
            elif not near and index in self._drawn:
                label.clear()
                self._drawn.discard(index)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._scale()


def _image_size(data: bytes) -> QSize:
    """Width and height of a page image, read from its header without decoding it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer).size()


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
