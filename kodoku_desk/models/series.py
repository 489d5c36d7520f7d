"""New sessions from a place's usual values: defaults, and the days of a series.

:func:`with_place_defaults` fills a session's blank 会場, 開始・終了時刻 from
the place and 活動形態 from its kind (:data:`DEFAULT_FORMS`).

:func:`plan_days` (used by ``services.places.create_series``) takes the days a
:class:`~.schedule.Schedule` gives between two dates, then leave out, in this
order of precedence,

1. days on which the place already has a session (``exists``),
2. Japanese public holidays, when asked (``holiday``; 振替休日 and 国民の休日
   included, names from :mod:`.holidays_jp`),
3. 年末年始 29 Dec – 3 Jan, when asked (``year_end``; many places close then
   although only 1 Jan is a public holiday).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from .holidays_jp import holiday_name
from .places import Place, PlaceSession
from .schedule import Schedule

__all__ = ["DEFAULT_FORMS", "MAX_SERIES_DAYS", "SkipReason", "SkippedDay", "is_year_end",
           "plan_days", "with_place_defaults"]

#: 活動形態 a new session takes from its place's kind (place_kind → activity_form);
#: an organisation's own kind gives ``other``.
DEFAULT_FORMS = {"salon": "salon", "kodomo_shokudo": "shared_meal", "ibasho_cafe": "salon",
                 "food_pantry": "food_pantry", "study_support": "study_support",
                 "online": "online", "other": "other"}

#: Longest range one series may cover (two years, so a mistyped year cannot create hundreds).
MAX_SERIES_DAYS = 731


def with_place_defaults(held: PlaceSession, place: Place) -> PlaceSession:
    """``held`` with blank venue, times and 活動形態 taken from ``place``.

    A usual time that would clash with a time typed by the user (an end not
    after the start) is left blank instead.
    """
    start = held.start_time if held.start_time is not None else place.default_start
    end = held.end_time if held.end_time is not None else place.default_end
    if held.end_time is None and start is not None and end is not None and end <= start:
        end = None
    if held.start_time is None and start is not None and end is not None and end <= start:
        start = None
    return replace(held, venue=held.venue or place.default_venue, start_time=start, end_time=end,
                   activity_form=held.activity_form or DEFAULT_FORMS.get(place.kind, "other"))


class SkipReason(StrEnum):
    EXISTS = "exists"
    HOLIDAY = "holiday"
    YEAR_END = "year_end"


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A day the schedule falls on where no session was (or would be) created."""

    day: date
    reason: SkipReason
    holiday: str | None = None  # the holiday's Japanese name for HOLIDAY

    def reason_text(self, lang: str = "ja") -> str:
        """「祝日（成人の日）」「すでに開催があります」「年末年始」 / English."""
        if self.reason is SkipReason.HOLIDAY:
            name = holiday_name(self.day, lang) or self.holiday or ""
            return f"祝日（{name}）" if lang == "ja" else f"Public holiday ({name})"
        if self.reason is SkipReason.EXISTS:
            return ("この日はすでに開催が登録されています" if lang == "ja"
                    else "A session already exists on this day")
        return ("年末年始（12月29日〜1月3日）" if lang == "ja"
                else "Year-end and New Year break (29 Dec – 3 Jan)")


def is_year_end(day: date) -> bool:
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def plan_days(schedule: Schedule, start: date, end: date, *, existing: Collection[date] = (),
              skip_holidays: bool = True,
              skip_year_end: bool = False) -> tuple[list[date], list[SkippedDay]]:
    """(days to create, days left out with the reason), both in date order.

    Raises ValueError when ``end`` is before ``start`` or the range is longer
    than :data:`MAX_SERIES_DAYS` (the service turns those into field errors).
    """
    if end < start:
        raise ValueError("end is before start")
    if end - start > timedelta(days=MAX_SERIES_DAYS):
        raise ValueError(f"a series may cover at most {MAX_SERIES_DAYS} days")
    chosen: list[date] = []
    skipped: list[SkippedDay] = []
    for day in schedule.dates_between(start, end):
        name = holiday_name(day) if skip_holidays else None
        if day in existing:
            skipped.append(SkippedDay(day, SkipReason.EXISTS))
        elif name is not None:
            skipped.append(SkippedDay(day, SkipReason.HOLIDAY, name))
        elif skip_year_end and is_year_end(day):
            skipped.append(SkippedDay(day, SkipReason.YEAR_END))
        else:
            chosen.append(day)
    return chosen, skipped
