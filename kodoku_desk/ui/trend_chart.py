"""A small per-person chart of the UCLA loneliness score (3–12) over time, painted by hand.

Points are spaced by date order (not by calendar time), oldest on the left.  A
scored assessment is a filled dot joined to its scored neighbours; an assessment
without a score (an unanswered UCLA item) breaks the line and is drawn as a
hollow marker on the axis, below the 3-point line.  The two higher bands
(7～9点, 10～12点) are lightly shaded.  :meth:`LonelinessTrendChart.summary_text`
says the same in words (tooltip and accessible description).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kodoku_desk.services.assessments import TrendPoint
from kodoku_desk.ui import theme

SCORE_MIN, SCORE_MAX = 3, 12
TICKS = (3, 6, 9, 12)
AXIS_VALUE = 1.8    # where the x-axis (and hollow "no score" markers) sit, below 3
TOP_VALUE = 12.6
MAX_POINTS = 24     # the latest ones; older points would be too crowded

LINE = QColor(theme.ACCENT)
HOLLOW = QColor("#7b8794")
GRID = QColor("#e4e7eb")
AXIS = QColor("#9aa5b1")
TEXT = QColor("#52606d")
BANDS = ((6.5, 9.5, QColor("#fbf3e4")), (9.5, TOP_VALUE, QColor("#fbe9e4")))


def short(d: date) -> str:
    """Compact date for the axis and summary: 2026/10/01."""
    return d.strftime("%Y/%m/%d")


class LonelinessTrendChart(QWidget):
    """UCLA score per assessment, oldest on the left; :meth:`set_points` with TrendPoints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[TrendPoint] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("孤独感の推移（UCLA孤独感尺度の合計点）"))
        self._update_texts()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 140 if self._points else 48)  # empty: just one line of text

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 120 if self._points else 40)

    # ---- data -----------------------------------------------------------------------------
    def set_points(self, points: list[TrendPoint]) -> None:
        """Show ``points`` (any order; drawn by date, oldest first)."""
        self._points = sorted(points, key=lambda p: p.assessed_on)
        self._update_texts()
        self.updateGeometry()
        self.update()

    def points(self) -> list[TrendPoint]:
        return list(self._points)

    def shown_points(self) -> list[TrendPoint]:
        """The points drawn: the latest :data:`MAX_POINTS`."""
        return self._points[-MAX_POINTS:]

    def empty_text(self) -> str:
        return self.tr("まだアセスメントの記録はありません")

    def summary_text(self) -> str:
        """「最新 7点（2026/10/01）、前回 9点（2026/05/01）」 and the like."""
        if not self._points:
            return self.empty_text()
        latest = self._points[-1]
        scored = [p for p in self._points if p.score is not None]
        if latest.score is not None:
            text = self.tr("最新 {score}点（{date}）").format(score=latest.score,
                                                          date=short(latest.assessed_on))
            if len(scored) >= 2:
                text += self.tr("、前回 {score}点（{date}）").format(
                    score=scored[-2].score, date=short(scored[-2].assessed_on))
            return text
        text = self.tr("最新（{date}）は得点なし（未回答の設問あり）").format(
            date=short(latest.assessed_on))
        if scored:
            text += self.tr("、得点のある最新 {score}点（{date}）").format(
                score=scored[-1].score, date=short(scored[-1].assessed_on))
        return text

    def _update_texts(self) -> None:
        summary = self.summary_text()
        self.setAccessibleDescription(summary)
        if not self._points:
            self.setToolTip(summary)
            return
        lines = [summary, self.tr("UCLA孤独感尺度 3項目の合計（3～12点、高いほど孤独感が強い）")]
        if any(p.score is None for p in self.shown_points()):
            lines.append(self.tr("○ は得点なし（3問すべての回答がない回）"))
        if len(self._points) > MAX_POINTS:
            lines.append(self.tr("直近{count}回を表示").format(count=MAX_POINTS))
        self.setToolTip("\n".join(lines))

    # ---- painting -------------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(8.0, font.pointSizeF() * 0.8))
        return font

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if not self._points:
            painter.setPen(TEXT)
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.empty_text())
            painter.end()
            return
        left = metrics.horizontalAdvance("12") + 10
        top = metrics.height() / 2 + 2
        bottom = metrics.height() + 6
        plot = QRectF(left, top, max(10.0, self.width() - left - 10),
                      max(10.0, self.height() - top - bottom))

        def y_of(value: float) -> float:
            share = (value - AXIS_VALUE) / (TOP_VALUE - AXIS_VALUE)
            return plot.bottom() - share * plot.height()

        self._paint_grid(painter, plot, y_of, metrics)
        points = self.shown_points()
        xs = self._xs(plot, len(points))
        self._paint_line(painter, points, xs, y_of)
        self._paint_markers(painter, points, xs, y_of, plot.bottom())
        self._paint_dates(painter, points, xs, plot, metrics)
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF, y_of, metrics: QFontMetrics) -> None:
        for low, high, color in BANDS:
            painter.fillRect(QRectF(plot.left(), y_of(high), plot.width(),
                                    y_of(low) - y_of(high)), color)
        labelled = self.labelled_ticks(y_of(TICKS[0]) - y_of(TICKS[1]), metrics.height())
        for tick in TICKS:
            y = y_of(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if tick not in labelled:
                continue
            painter.setPen(TEXT)
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 5, metrics.height())
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignRight
                                             | Qt.AlignmentFlag.AlignVCenter), str(tick))
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    @staticmethod
    def labelled_ticks(gap: float, text_height: int) -> tuple[int, ...]:
        """The ticks that get a number: all when they are ``gap`` px apart and the numbers
        fit, else only the lowest and the highest (so they never overlap)."""
        if gap >= text_height:
            return TICKS
        return (TICKS[0], TICKS[-1])

    @staticmethod
    def _xs(plot: QRectF, count: int) -> list[float]:
        if count == 1:
            return [plot.center().x()]
        pad = 10.0
        step = (plot.width() - 2 * pad) / (count - 1)
        return [plot.left() + pad + i * step for i in range(count)]

    @staticmethod
    def _paint_line(painter: QPainter, points: list[TrendPoint], xs: list[float], y_of) -> None:
        path = QPainterPath()
        drawing = False
        for point, x in zip(points, xs, strict=True):
            if point.score is None:
                drawing = False  # a gap: do not join across an unscored assessment
                continue
            target = QPointF(x, y_of(point.score))
            if drawing:
                path.lineTo(target)
            else:
                path.moveTo(target)
                drawing = True
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    @staticmethod
    def _paint_markers(painter: QPainter, points: list[TrendPoint], xs: list[float], y_of,
                       axis_y: float) -> None:
        radius = 3.5 if len(points) <= 12 else 2.5
        for point, x in zip(points, xs, strict=True):
            if point.score is None:
                painter.setPen(QPen(HOLLOW, 1.5))
                painter.setBrush(QColor("white"))
                painter.drawEllipse(QPointF(x, axis_y), radius, radius)
            else:
                painter.setPen(QPen(QColor("white"), 1))
                painter.setBrush(LINE)
                painter.drawEllipse(QPointF(x, y_of(point.score)), radius + 0.5, radius + 0.5)

    def _paint_dates(self, painter: QPainter, points: list[TrendPoint], xs: list[float],
                     plot: QRectF, metrics: QFontMetrics) -> None:
        """The first and the last date under the axis (all would not fit)."""
        painter.setPen(TEXT)
        y = plot.bottom() + 4
        labels = [(0, short(points[0].assessed_on))]
        if len(points) > 1:
            labels.append((len(points) - 1, short(points[-1].assessed_on)))
        for index, text in labels:
            width = metrics.horizontalAdvance(text)
            x = min(max(xs[index] - width / 2, 2.0), self.width() - width - 2.0)
            painter.drawText(QRectF(x, y, width + 1, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
