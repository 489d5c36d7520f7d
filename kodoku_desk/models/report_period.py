"""Report periods (集計期間): 月, 四半期, 半期 and 年度, always whole months.

A :class:`Period` is half-open, ``start <= d < end``, and both ends are the first
day of a month, so no report ever needs a date finer than the month (DESIGN.md §5).

Quarters and halves are counted **within the 年度** (fiscal year), which starts in
April unless the organisation's 事業年度 starts in another month (``fy_start_month``),
and a 年度 is named by the western year in which it starts (:func:`.wareki.fiscal_year`):

=========  =============================================  ==========================
text       meaning (年度 starting in April)                months
=========  =============================================  ==========================
2026-10    令和8年10月                                     2026-10
2026Q1     令和8年度 第1四半期                             2026-04 … 2026-06
2026Q3     令和8年度 第3四半期                             2026-10 … 2026-12
2026Q4     令和8年度 第4四半期                             2027-01 … 2027-03
2026H1     令和8年度 上半期                                2026-04 … 2026-09
2026H2     令和8年度 下半期                                2026-10 … 2027-03
FY2025     令和7年度                                       2025-04 … 2026-03
=========  =============================================  ==========================

So ``2026Q3`` is *not* the third calendar quarter (July–September): it is the third
quarter of 年度 2026.  With ``fy_start_month=1`` quarters and halves are calendar ones.

The 基準日 (reference date, e.g. for ages) of a period is its last day.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from . import wareki

__all__ = ["PERIOD_KINDS", "Period", "PeriodError", "parse_period"]

MONTH, QUARTER, HALF, FISCAL_YEAR, MONTHS = "month", "quarter", "half", "fiscal_year", "months"
#: Values of :attr:`Period.kind`; ``months`` is any other run of whole months.
PERIOD_KINDS = (MONTH, QUARTER, HALF, FISCAL_YEAR, MONTHS)

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_YEARS = (1900, 2999)


class PeriodError(ValueError):
    """A period that cannot be read; ``str()`` is the English message."""

    def __init__(self, text: str, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.text = text
        self.message_ja = message_ja
        self.message_en = message_en

    def __reduce__(self):
        return (type(self), (self.text, self.message_ja, self.message_en))


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _first(year: int, month: int) -> date:
    return date(year, month, 1)


@dataclass(frozen=True, slots=True)
class Period:
    """``[start, end)``: whole months; ``kind``, ``fiscal_year`` and ``index`` say which
    fixed period it is (``index``: the quarter 1–4 or the half 1–2)."""

    start: date
    end: date
    kind: str = MONTHS
    fiscal_year: int | None = None
    index: int | None = None
    fy_start_month: int = 4

    def __post_init__(self) -> None:
        if self.start.day != 1 or self.end.day != 1:
            raise ValueError(f"a report period runs over whole months: {self.start} … {self.end}")
        if self.end <= self.start:
            raise ValueError(f"empty period {self.start} … {self.end}")
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if not 1 <= self.fy_start_month <= 12:
            raise ValueError(f"fy_start_month must be 1..12, got {self.fy_start_month}")

    # ------------------------------------------------------------ constructors

    @classmethod
    def month(cls, year: int, month: int, *, fy_start_month: int = 4) -> Period:
        y, m = _add_months(year, month, 1)
        return cls(_first(year, month), _first(y, m), MONTH,
                   wareki.fiscal_year(_first(year, month), fy_start_month), None, fy_start_month)

    @classmethod
    def quarter(cls, fiscal_year: int, quarter: int, *, fy_start_month: int = 4) -> Period:
        """Quarter 1–4 of 年度 ``fiscal_year`` (2026, 3 → 2026-10 … 2026-12 for April)."""
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter must be 1..4, got {quarter}")
        return cls._part(fiscal_year, quarter, 3, QUARTER, fy_start_month)

    @classmethod
    def half(cls, fiscal_year: int, half: int, *, fy_start_month: int = 4) -> Period:
        """Half 1 (上半期) or 2 (下半期) of 年度 ``fiscal_year``."""
        if half not in (1, 2):
            raise ValueError(f"half must be 1 or 2, got {half}")
        return cls._part(fiscal_year, half, 6, HALF, fy_start_month)

    @classmethod
    def year(cls, fiscal_year: int, *, fy_start_month: int = 4) -> Period:
        """The whole 年度 ``fiscal_year`` (2025 → 2025-04 … 2026-03 for April)."""
        return cls._part(fiscal_year, None, 12, FISCAL_YEAR, fy_start_month)

    @classmethod
    def _part(cls, fy: int, index: int | None, length: int, kind: str,
              fy_start_month: int) -> Period:
        if not 1 <= fy_start_month <= 12:
            raise ValueError(f"fy_start_month must be 1..12, got {fy_start_month}")
        y, m = _add_months(fy, fy_start_month, ((index or 1) - 1) * length)
        ey, em = _add_months(y, m, length)
        return cls(_first(y, m), _first(ey, em), kind, fy, index, fy_start_month)

    # ------------------------------------------------------------ properties

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def reference_date(self) -> date:
        """基準日: the period's last day (ages in reports are 満年齢 on this day)."""
        return self.last_day

    def months(self) -> tuple[tuple[int, int], ...]:
        """(year, month) of every month in order (a 年度 runs 4月 → 3月)."""
        out = []
        y, m = self.start.year, self.start.month
        while _first(y, m) < self.end:
            out.append((y, m))
            y, m = _add_months(y, m, 1)
        return tuple(out)

    def month_keys(self) -> tuple[str, ...]:
        """``YYYY-MM`` of every month in order (how queries name the months)."""
        return tuple(f"{y:04d}-{m:02d}" for y, m in self.months())

    @property
    def code(self) -> str:
        """The text :func:`parse_period` reads back: ``2026-10``, ``2026Q3``, ``2026H1``,
        ``FY2025``; another run of months is ``2026-10..2026-12``."""
        if self.kind == MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.kind == QUARTER:
            return f"{self.fiscal_year}Q{self.index}"
        if self.kind == HALF:
            return f"{self.fiscal_year}H{self.index}"
        if self.kind == FISCAL_YEAR:
            return f"FY{self.fiscal_year}"
        keys = self.month_keys()
        return f"{keys[0]}..{keys[-1]}"

    # ------------------------------------------------------------ labels

    def range_ja(self) -> str:
        """「2026年10月〜12月」, 「2026年11月〜2027年1月」, or 「2026年10月」 for one month."""
        (y1, m1), (y2, m2) = self.months()[0], self.months()[-1]
        if (y1, m1) == (y2, m2):
            return f"{y1}年{m1}月"
        return f"{y1}年{m1}月〜{m2}月" if y1 == y2 else f"{y1}年{m1}月〜{y2}年{m2}月"

    def label_ja(self) -> str:
        """「令和8年10月」, 「令和8年度 第3四半期（2026年10月〜12月）」,
        「令和8年度 上半期（2026年4月〜9月）」, 「令和8年度」."""
        if self.kind == MONTH:
            return wareki.format_wareki_month(self.start.year, self.start.month)
        if self.kind == FISCAL_YEAR:
            return wareki.fiscal_year_label(self.fiscal_year)
        if self.kind in (QUARTER, HALF):
            part = (f"第{self.index}四半期" if self.kind == QUARTER
                    else ("上半期" if self.index == 1 else "下半期"))
            return f"{wareki.fiscal_year_label(self.fiscal_year)} {part}（{self.range_ja()}）"
        (y1, m1), (y2, m2) = self.months()[0], self.months()[-1]
        return f"{wareki.format_wareki_month(y1, m1)}〜{wareki.format_wareki_month(y2, m2)}"

    def range_en(self) -> str:
        """"October–December 2026", "November 2026–January 2027", "October 2026"."""
        (y1, m1), (y2, m2) = self.months()[0], self.months()[-1]
        if (y1, m1) == (y2, m2):
            return f"{_EN_MONTHS[m1 - 1]} {y1}"
        if y1 == y2:
            return f"{_EN_MONTHS[m1 - 1]}–{_EN_MONTHS[m2 - 1]} {y2}"
        return f"{_EN_MONTHS[m1 - 1]} {y1}–{_EN_MONTHS[m2 - 1]} {y2}"

    def label_en(self) -> str:
        """"October 2026", "FY2026 Q3 (October–December 2026)", "FY2025"."""
        span = self.range_en()
        if self.kind == MONTH:
            return span
        if self.kind == FISCAL_YEAR:
            return f"FY{self.fiscal_year}"
        if self.kind == QUARTER:
            return f"FY{self.fiscal_year} Q{self.index} ({span})"
        if self.kind == HALF:
            return f"FY{self.fiscal_year} H{self.index} ({span})"
        return span


# ---------------------------------------------------------------- parsing

_MONTH_RE = re.compile(r"(\d{4})[-/](\d{1,2})")
_QUARTER_RE = re.compile(r"(\d{4})Q(\d)")
_HALF_RE = re.compile(r"(\d{4})H(\d)")
_FY_RE = re.compile(r"FY(\d{4})")


def _error(text: str, fy_start_month: int, problem_ja: str = "", problem_en: str = "") -> PeriodError:
    q3 = Period.quarter(2026, 3, fy_start_month=fy_start_month)
    h1 = Period.half(2026, 1, fy_start_month=fy_start_month)
    fy = Period.year(2025, fy_start_month=fy_start_month)
    ja = (f"期間「{text}」を読み取れません。{problem_ja}"
          "2026-10（月）、2026Q3（四半期）、2026H1（半期）、FY2025（年度）の形で指定してください。"
          f"四半期と半期は年度（{fy_start_month}月始まり）の中で数えます。"
          f"2026Q3 は2026年度の第3四半期で{q3.range_ja()}、2026H1 は{h1.range_ja()}、"
          f"FY2025 は{fy.range_ja()}です。")
    en = (f"Cannot read the period {text!r}. {problem_en}"
          "Use 2026-10 (a month), 2026Q3 (a quarter), 2026H1 (a half year) or FY2025 "
          "(a fiscal year, 年度). Quarters and halves count within the fiscal year, which "
          f"starts in {_EN_MONTHS[fy_start_month - 1]}: 2026Q3 is the 3rd quarter of FY2026 = "
          f"{q3.range_en()}{'' if fy_start_month == 1 else ', not a calendar quarter'}; "
          f"2026H1 is {h1.range_en()}; "
          f"FY2025 is {fy.range_en()}.")
    return PeriodError(text, ja, en)


def parse_period(text: str, fy_start_month: int = 4) -> Period:
    """Read ``2026-10`` (month), ``2026Q3`` (quarter of 年度 2026), ``2026H1`` (half of
    年度 2026) or ``FY2025`` (年度 2025); full-width characters, lower case and spaces
    are accepted.  ``fy_start_month``: the month the 年度 starts (default April).

    PeriodError (a ValueError) with a Japanese and an English message otherwise;
    the message says what the quarter and half codes mean.
    """
    if not 1 <= fy_start_month <= 12:
        raise ValueError(f"fy_start_month must be 1..12, got {fy_start_month}")
    raw = text if isinstance(text, str) else repr(text)
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw)).upper() if isinstance(text, str) else ""
    for pattern, kind in ((_MONTH_RE, MONTH), (_QUARTER_RE, QUARTER), (_HALF_RE, HALF),
                          (_FY_RE, FISCAL_YEAR)):
        match = pattern.fullmatch(norm)
        if match is None:
            continue
        year = int(match.group(1))
        if not _YEARS[0] <= year <= _YEARS[1]:
            raise _error(raw, fy_start_month, f"{year}年は扱えません。",
                         f"The year {year} is out of range. ")
        if kind == FISCAL_YEAR:
            return Period.year(year, fy_start_month=fy_start_month)
        number = int(match.group(2))
        if kind == MONTH:
            if not 1 <= number <= 12:
                raise _error(raw, fy_start_month, f"{number}月という月はありません。",
                             f"There is no month {number}. ")
            return Period.month(year, number, fy_start_month=fy_start_month)
        if kind == QUARTER:
            if not 1 <= number <= 4:
                raise _error(raw, fy_start_month, "四半期は Q1〜Q4 です。",
                             "Quarters are Q1 to Q4. ")
            return Period.quarter(year, number, fy_start_month=fy_start_month)
        if number not in (1, 2):
            raise _error(raw, fy_start_month, "半期は H1（上半期）か H2（下半期）です。",
                         "Halves are H1 (first half) or H2 (second half). ")
        return Period.half(year, number, fy_start_month=fy_start_month)
    raise _error(raw, fy_start_month)
