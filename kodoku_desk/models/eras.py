"""The 元号 table and date → 和暦 conversion.

Era boundaries (first day … last day), year 1 written 「元年」:

====  ====  ============  ============
明治  M     1868-10-23    1912-07-29
大正  T     1912-07-30    1926-12-24
昭和  S     1926-12-25    1989-01-07
平成  H     1989-01-08    2019-04-30
令和  R     2019-05-01    —
====  ====  ============  ============

明治 years are converted with the Gregorian calendar throughout; dates before
明治6年 (1873), when Japan still used the lunisolar calendar, are therefore not
historical calendar dates, which does not matter for the birth dates of living
people.  Import these names from :mod:`kodoku_desk.models.wareki`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = [
    "ERAS",
    "WEEKDAYS_JA",
    "Era",
    "era_for",
    "era_year_text",
    "find_era",
    "format_wareki",
    "wareki_year",
]

#: 曜日 for ``date.weekday()`` 0 (Monday) … 6 (Sunday).
WEEKDAYS_JA = "月火水木金土日"


@dataclass(frozen=True, slots=True)
class Era:
    """One 元号 with its first and last day (``end`` is None for the current era)."""

    name: str  # 令和
    letter: str  # R
    en: str  # Reiwa
    start: date
    end: date | None

    @property
    def offset(self) -> int:
        """Western year = era year + offset."""
        return self.start.year - 1

    @property
    def last_year(self) -> int | None:
        """The last era year (昭和 → 64), None for the current era."""
        return None if self.end is None else self.end.year - self.offset

    def contains(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)


ERAS: tuple[Era, ...] = (
    Era("明治", "M", "Meiji", date(1868, 10, 23), date(1912, 7, 29)),
    Era("大正", "T", "Taisho", date(1912, 7, 30), date(1926, 12, 24)),
    Era("昭和", "S", "Showa", date(1926, 12, 25), date(1989, 1, 7)),
    Era("平成", "H", "Heisei", date(1989, 1, 8), date(2019, 4, 30)),
    Era("令和", "R", "Reiwa", date(2019, 5, 1), None),
)


def find_era(label: str) -> Era | None:
    """The era named by ``label``: 「昭和」, 「S」, 「s」, 「Ｓ」, 「㍼」 or ``"Showa"``; else None."""
    key = unicodedata.normalize("NFKC", label).strip()
    for era in ERAS:
        if key in (era.name, era.letter, era.letter.lower()) or key.lower() == era.en.lower():
            return era
    return None


def era_for(d: date) -> Era:
    """The era in force on ``d``; ValueError before 明治 (1868-10-23)."""
    for era in reversed(ERAS):
        if d >= era.start:
            return era
    raise ValueError(f"{d.isoformat()} is before the Meiji era (1868-10-23)")


def wareki_year(d: date) -> tuple[Era, int]:
    """(era, era year) of ``d``: 2019-05-01 → (令和, 1)."""
    era = era_for(d)
    return era, d.year - era.offset


def era_year_text(era: Era, year: int) -> str:
    """「令和元年」, 「昭和15年」: era name, year (1 as 元), 年."""
    return f"{era.name}{'元' if year == 1 else year}年"


def format_wareki(d: date, weekday: bool = False) -> str:
    """「令和6年4月1日」; year 1 as 「令和元年5月1日」; with ``weekday`` 「令和6年4月1日（月）」."""
    era, year = wareki_year(d)
    text = f"{era_year_text(era, year)}{d.month}月{d.day}日"
    return text + f"（{WEEKDAYS_JA[d.weekday()]}）" if weekday else text
