"""Bar charts for the printed reports, drawn with reportlab's own graphics (vector).

A value that is hidden (``x``) or missing is drawn as no bar with 「x」 written at the
base, so a chart never shows more than the table beside it.  Values are written
above (or beside) each bar so that the printed chart can be read without a ruler.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

__all__ = ["bar_chart", "nice_max"]

BAR = colors.HexColor("#4f8fb0")
GRID = colors.HexColor("#d9dee3")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#7b8794")


def nice_max(value: float) -> tuple[float, float]:
    """A round axis maximum at or above ``value`` and its step (1-2-5 steps, 4–6 ticks)."""
    if value <= 0:
        return 5.0, 1.0
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw:
            break
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def bar_chart(labels: Sequence[str], values: Sequence, *, width: float, height: float,
              font: str, unit: str = "", horizontal: bool = False) -> Drawing:
    """A Drawing of ``width`` × ``height`` points with one bar per label."""
    numbers = [_number(v) for v in values]
    top, step = nice_max(max((n for n in numbers if n is not None), default=0) * 1.12)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    label_space = 0.0
    if horizontal:
        longest = max((len(label) for label in labels), default=4)
        label_space = min(width * 0.42, 8.2 * max(4, longest) + 8)
        chart.x, chart.y = label_space, 14
        chart.width, chart.height = width - label_space - 30, height - 22
    else:
        chart.x, chart.y = 34, 26
        chart.width, chart.height = width - 44, height - 36
    chart.data = [[n or 0.0 for n in numbers]] if numbers else [[0.0]]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 6 if len(labels) > 8 else 10
    value_axis = chart.valueAxis
    value_axis.valueMin, value_axis.valueMax, value_axis.valueStep = 0, top, step
    value_axis.labels.fontName, value_axis.labels.fontSize = font, 7
    value_axis.labels.fillColor = MUTED
    value_axis.labelTextFormat = lambda v: f"{int(v):,}" if float(v).is_integer() else f"{v:g}"
    value_axis.visibleGrid = True
    value_axis.gridStrokeColor = GRID
    value_axis.gridStrokeWidth = 0.4
    value_axis.strokeColor = GRID
    category_axis = chart.categoryAxis
    category_axis.categoryNames = list(labels) or [""]
    category_axis.labels.fontName, category_axis.labels.fontSize = font, 7.5
    category_axis.labels.fillColor = INK
    category_axis.strokeColor = MUTED
    if horizontal:
        category_axis.reverseDirection = True
        category_axis.labels.boxAnchor = "e"
        category_axis.labels.dx = -3
    else:
        category_axis.labels.boxAnchor = "n"
        category_axis.labels.dy = -3
    drawing.add(chart)
    _value_labels(drawing, chart, values, numbers, top, font, horizontal)
    if unit:
        drawing.add(String(2 if not horizontal else width - 2, height - 8, f"（{unit}）",
                           fontName=font, fontSize=7, fillColor=MUTED,
                           textAnchor="start" if not horizontal else "end"))
    return drawing


def _value_labels(drawing: Drawing, chart, values, numbers, top: float, font: str,
                  horizontal: bool) -> None:
    count = max(1, len(numbers))
    for i, (value, number) in enumerate(zip(values, numbers, strict=True)):
        text = "x" if number is None and value not in (None, "−") else (
            "−" if not number else f"{int(number):,}" if number.is_integer() else f"{number:g}")
        share = (number or 0) / top if top else 0
        if horizontal:
            slot = chart.height / count
            y = chart.y + chart.height - slot * (i + 0.5) - 2.5
            x = chart.x + chart.width * share + 3
            drawing.add(String(x, y, text, fontName=font, fontSize=7, fillColor=INK))
        else:
            slot = chart.width / count
            x = chart.x + slot * (i + 0.5)
            y = chart.y + chart.height * share + 2
            drawing.add(String(x, y, text, fontName=font, fontSize=7, fillColor=INK,
                               textAnchor="middle"))
