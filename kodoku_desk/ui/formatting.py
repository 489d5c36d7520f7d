"""Dates and code labels in the UI language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from kodoku_desk.models.codes import code_list
from kodoku_desk.models.followup import Urgency
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.ui.i18n import current_language


def long_date(d: date) -> str:
    """今日の日付: 「令和8年11月27日（金）」; in English "Friday 27 November 2026 (令和8年…)"."""
    wareki = format_wareki(d, weekday=True)
    if current_language() == "ja":
        return wareki
    english = QLocale(QLocale.Language.English).toString(QDate(d.year, d.month, d.day),
                                                         "dddd d MMMM yyyy")
    return f"{english} ({wareki})"


def _english_short(d: date) -> str:
    return QLocale(QLocale.Language.English).toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def short_date(d: date) -> str:
    """A date in a list: 「令和8年11月20日」 or "20 Nov 2026"."""
    return format_wareki(d) if current_language() == "ja" else _english_short(d)


def date_time_text(value: datetime, *, seconds: bool = False, time: bool = True) -> str:
    """A moment in a log or a list: 「2026年11月27日 14:05」 / "27 Nov 2026 14:05" (西暦, like
    the date editors: :func:`edit_format`); ``time`` False: the day only."""
    day = (f"{value.year}年{value.month}月{value.day}日" if current_language() == "ja"
           else _english_short(value))
    if not time:
        return day
    return f"{day} {value:%H:%M:%S}" if seconds else f"{day} {value:%H:%M}"


def code_label(list_name: str, code: str | None) -> str:
    """Label of a built-in code in the UI language; the code itself if unknown."""
    if not code:
        return ""
    entry = code_list(list_name).get(code)
    return entry.label(current_language()) if entry else code


def urgency_counts(counts) -> str:
    """「高 1・通常 2・低 0」 / "High 1 · Normal 2 · Low 0" from a FollowUpCounts."""
    lang = current_language()
    separator = "・" if lang == "ja" else " · "
    return separator.join(f"{level.label(lang)} {getattr(counts, level.value)}"
                          for level in Urgency)


def edit_format(with_time: bool = False) -> str:
    """Display format of a date (and time) editor: 「2026年11月27日 14:30」 in Japanese, like
    the dates elsewhere on the screen (Qt's editors cannot show the 和暦 era)."""
    if current_language() == "ja":
        return "yyyy年M月d日 H:mm" if with_time else "yyyy年M月d日"
    return "d MMM yyyy HH:mm" if with_time else "d MMM yyyy"
