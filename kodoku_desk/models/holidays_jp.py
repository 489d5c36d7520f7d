"""Japanese public holidays (国民の祝日, 振替休日, 国民の休日) from the ``holidays`` library.

A thin wrapper so the rest of the app asks one question — "is this day a
holiday, and what is it called?" — and never keeps its own table.  The library
follows the 祝日法 including one-off days (2019-05-01 天皇の即位の日,
2019-10-22 即位礼正殿の儀が行われる日, the moved 2020/2021 Olympic holidays);
future 春分の日 / 秋分の日 are its astronomical estimates (officially announced
each February for the following year).

Names are Japanese by default (「勤労感謝の日」「振替休日」) or English
(``lang="en"``: "Labor Thanksgiving Day", "Substitute Holiday").  Lookups are
cached per year and language; no I/O.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays

__all__ = ["holiday_name", "holidays_between", "is_holiday"]

_LANGUAGES = {"ja": "ja", "en": "en_US"}


@cache
def _year(year: int, lang: str) -> dict[date, str]:
    try:
        language = _LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"unsupported language: {lang!r}") from None
    table = holidays.country_holidays("JP", years=year, language=language)
    return {day: str(name) for day, name in table.items()}


def holiday_name(day: date, lang: str = "ja") -> str | None:
    """The holiday's name (several joined by 「・」 / "; "), or None on an ordinary day."""
    name = _year(day.year, lang).get(day)
    if name is None:
        return None
    parts = [p.strip() for p in name.split(";")]  # the library joins same-day holidays by "; "
    return ("・" if lang == "ja" else "; ").join(parts)


def is_holiday(day: date) -> bool:
    return day in _year(day.year, "ja")


def holidays_between(start: date, end: date, lang: str = "ja") -> list[tuple[date, str]]:
    """(day, name) of every holiday from ``start`` to ``end`` (both included), in order."""
    found: list[tuple[date, str]] = []
    for year in range(start.year, end.year + 1):
        for day in sorted(_year(year, lang)):
            if start <= day <= end:
                found.append((day, holiday_name(day, lang) or ""))
    return found
