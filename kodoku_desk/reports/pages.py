"""Page furniture shared by every PDF: 「1 / 4」 page numbers, 作成日 in 和暦, a watermark.

:class:`NumberedCanvas` defers each page until the document is complete, so the
footer can say how many pages there are (the classic reportlab two-pass canvas).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.reports.fonts import register_fonts

__all__ = ["NumberedCanvas", "canvas_class"]

FOOTER_GREY = (0.35, 0.35, 0.35)


def canvas_class(*, footer_left: str = "", made_on: date | None = None,
                 watermark: str | None = None):
    """A canvas class for ``SimpleDocTemplate.build(..., canvasmaker=...)``."""
    made = made_on or date.today()

    class _Canvas(NumberedCanvas):
        left_text = footer_left
        made_text = f"作成日 {format_wareki(made)}"
        mark = watermark

    return _Canvas


class NumberedCanvas(canvas.Canvas):
    left_text = ""
    made_text = ""
    mark: str | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._furniture(total)
            super().showPage()
        super().save()

    def _furniture(self, total: int) -> None:
        font = register_fonts()
        width, _height = self._pagesize if hasattr(self, "_pagesize") else A4
        self.saveState()
        if self.mark:
            self._watermark(font, width)
        self.setFont(font, 8.5)
        self.setFillColorRGB(*FOOTER_GREY)
        self.drawString(18 * 2.835, 12 * 2.835, self.left_text)
        self.drawCentredString(width / 2, 12 * 2.835, f"{self._pageNumber} / {total}")
        self.drawRightString(width - 18 * 2.835, 12 * 2.835, self.made_text)
        self.restoreState()

    def _watermark(self, font: str, width: float) -> None:
        _w, height = self._pagesize
        self.saveState()
        self.setFillColorRGB(0.85, 0.2, 0.15, alpha=0.16)
        self.setFont(font, 54)
        self.translate(width / 2, height / 2)
        self.rotate(35)
        self.drawCentredString(0, 0, self.mark)
        self.restoreState()
        self.saveState()
        self.setFillColorRGB(0.7, 0.1, 0.1)
        self.setFont(font, 10)
        self.drawRightString(width - 18 * 2.835, height - 12 * 2.835, self.mark)
        self.restoreState()
