"""The loneliness trend chart: summary in words, paints without error, gaps, empty state."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from kodoku_desk.models.records import Assessment
from kodoku_desk.services.assessments import TrendPoint, loneliness_trend, record_assessment
from kodoku_desk.ui import theme
from kodoku_desk.ui.trend_chart import LonelinessTrendChart
from tests.services.mimamori_support import TODAY, person

MAY = TrendPoint(date(2026, 5, 1), 9, "7-9", 4)
OCT = TrendPoint(date(2026, 10, 1), 7, "7-9", 3)
NOV_UNSCORED = TrendPoint(date(2026, 11, 1), None, None, 2)


def accent_pixels(chart) -> int:
    image = chart.grab().toImage()
    accent = QColor(theme.ACCENT).rgb()
    return sum(image.pixel(x, y) == accent for x in range(image.width())
               for y in range(image.height()))


def make(qtbot, points=None, width=298) -> LonelinessTrendChart:
    chart = LonelinessTrendChart()
    qtbot.addWidget(chart)
    if points is not None:
        chart.set_points(points)
    chart.resize(width, chart.sizeHint().height())
    return chart


def test_empty_state(qtbot):
    chart = make(qtbot)
    assert chart.summary_text() == "まだアセスメントの記録はありません"
    assert chart.toolTip() == chart.summary_text()
    pixmap = chart.grab()
    assert not pixmap.isNull()
    assert accent_pixels(chart) == 0
    assert chart.sizeHint().height() < 80  # no empty chart frame in the side panel


def test_latest_and_previous_scores_in_words(qtbot):
    chart = make(qtbot, [OCT, MAY])  # any order: drawn oldest first
    assert [p.assessed_on for p in chart.points()] == [MAY.assessed_on, OCT.assessed_on]
    assert chart.summary_text() == "最新 7点（2026/10/01）、前回 9点（2026/05/01）"
    assert chart.accessibleDescription() == chart.summary_text()
    assert chart.toolTip().startswith(chart.summary_text())
    assert chart.accessibleName()
    assert accent_pixels(chart) > 0


def test_single_point(qtbot):
    chart = make(qtbot, [OCT])
    assert chart.summary_text() == "最新 7点（2026/10/01）"
    assert not chart.grab().isNull()


def test_unscored_latest_is_a_gap_not_a_score(qtbot):
    chart = make(qtbot, [MAY, OCT, NOV_UNSCORED])
    assert chart.summary_text() == ("最新（2026/11/01）は得点なし（未回答の設問あり）、"
                                    "得点のある最新 7点（2026/10/01）")
    assert "○ は得点なし" in chart.toolTip()
    only_unscored = make(qtbot, [NOV_UNSCORED])
    assert only_unscored.summary_text() == "最新（2026/11/01）は得点なし（未回答の設問あり）"
    assert accent_pixels(only_unscored) == 0  # a hollow marker only, no dot or line


def test_fits_the_side_panel_and_many_points(qtbot):
    points = [TrendPoint(date(2024, 1, 1 + i), 3 + i % 10, None, None) for i in range(30)]
    chart = make(qtbot, points, width=250)
    assert chart.minimumSizeHint().width() <= 298 and chart.sizeHint().width() <= 300
    assert len(chart.shown_points()) == 24
    assert "直近24回を表示" in chart.toolTip()
    assert not chart.grab().isNull()


def test_trend_from_the_service(qtbot, new_db):
    session = new_db[0]
    pid = person(session)
    for day, answers in ((date(2026, 5, 1), (3, 3, 3)), (date(2026, 10, 1), (3, 2, 2))):
        record_assessment(session, Assessment(person_id=pid, assessed_on=day, ucla_q1=answers[0],
                                              ucla_q2=answers[1], ucla_q3=answers[2]),
                          today=TODAY)
    chart = make(qtbot, loneliness_trend(session, pid))
    assert chart.summary_text() == "最新 7点（2026/10/01）、前回 9点（2026/05/01）"
