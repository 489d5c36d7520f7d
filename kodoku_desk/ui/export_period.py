"""Choosing a report period: 月 / 四半期 / 半期 / 年度, with the 年度 starting in April.

Defaults to last month (the usual month-end report).  Quarters and halves are
counted inside the 年度, as :class:`~kodoku_desk.models.report_period.Period` does.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from kodoku_desk.models.report_period import Period
from kodoku_desk.models.wareki import fiscal_year, fiscal_year_label
from kodoku_desk.ui.i18n import current_language

MONTH, QUARTER, HALF, YEAR = "month", "quarter", "half", "year"


class PeriodChooser(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 fy_start_month: int = 4) -> None:
        super().__init__(parent)
        self.fy_start_month = fy_start_month
        last_month = (today or date.today()).replace(day=1) - timedelta(days=1)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("期間の種類"))
        for code, label in ((MONTH, self.tr("月")), (QUARTER, self.tr("四半期")),
                            (HALF, self.tr("半期")), (YEAR, self.tr("年度"))):
            self.kind.addItem(label, code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("年"))
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("月・四半期・半期"))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.kind)
        box.addWidget(self.year)
        box.addWidget(self.part)
        self._month_default = (last_month.year, last_month.month)
        self._fy_default = fiscal_year(last_month, fy_start_month)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._year_changed)
        self.part.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.year.blockSignals(True)
        if kind == MONTH:
            self.year.setValue(self._month_default[0])
            self.year.setSuffix(self.tr("年", "suffix after a calendar year, e.g. 2026年"))
        else:
            self.year.setValue(self._fy_default)
            self.year.setSuffix(self.tr("年度", "suffix after a fiscal year, e.g. 2026年度"))
        self.year.blockSignals(False)
        self._fill_parts()
        self.changed.emit()

    def _year_changed(self) -> None:
        self._fill_parts()
        self.changed.emit()

    def _fill_parts(self) -> None:
        kind, year = self.kind.currentData(), self.year.value()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == MONTH:
            for month in range(1, 13):
                self.part.addItem(_month_name(month), month)
            self.part.setCurrentIndex(self._month_default[1] - 1)
        elif kind == QUARTER:
            for q in range(1, 5):
                period = Period.quarter(year, q, fy_start_month=self.fy_start_month)
                self.part.addItem(self.tr("第{n}四半期（{range}）").format(
                    n=q, range=_range(period)), q)
        elif kind == HALF:
            for h, label in ((1, self.tr("上半期")), (2, self.tr("下半期"))):
                period = Period.half(year, h, fy_start_month=self.fy_start_month)
                self.part.addItem(f"{label}（{_range(period)}）", h)
        else:
            self.part.addItem(fiscal_year_label(year) if current_language() == "ja"
                              else f"FY{year}", None)
        self.part.setVisible(kind != YEAR)
        self.part.blockSignals(False)

    def period(self) -> Period | None:
        kind, year, part = self.kind.currentData(), self.year.value(), self.part.currentData()
        fy = self.fy_start_month
        if kind == MONTH:
            return Period.month(year, part, fy_start_month=fy)
        if kind == QUARTER:
            return Period.quarter(year, part, fy_start_month=fy)
        if kind == HALF:
            return Period.half(year, part, fy_start_month=fy)
        return Period.year(year, fy_start_month=fy)

    def problem(self) -> str:
        return self.tr("期間を選んでください。")

    def set_period(self, kind: str, year: int, part: int | None = None) -> None:
        """Select a period programmatically (tests, remembering the last choice)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(year)
        if part is not None:
            self.part.setCurrentIndex(self.part.findData(part))


def _range(period: Period) -> str:
    return period.range_ja() if current_language() == "ja" else period.range_en()


def _month_name(month: int) -> str:
    if current_language() == "ja":
        return f"{month}月"
    from PySide6.QtCore import QLocale

    return QLocale(QLocale.Language.English).monthName(month)
