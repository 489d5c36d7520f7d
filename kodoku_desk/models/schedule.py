"""A 居場所's usual schedule (いつもの開催予定): a pure value stored as JSON in ``places.schedule``.

Format (the demo generator writes the same, see ``services/demo/schedule.py``)::

    {"weekday": 2}                     every week on Wednesday       毎週水曜日
    {"nth": 2, "weekday": 1}           2nd Tuesday of each month     毎月第2火曜日
    {"nth": [2, 4], "weekday": 5}      2nd and 4th Saturday          毎月第2・第4土曜日
    {"nth": -1, "weekday": 4}          last Friday of each month     毎月最終金曜日

``weekday`` counts from Monday = 0 (as :meth:`datetime.date.weekday`); ``nth`` is
1–5 (the n-th such weekday of the month; a month has a 5th one only sometimes)
or -1 (the last one of the month); ``nth`` absent means every week.  Other keys
are refused rather than ignored, so a rule the app does not understand is never
read as a different one.

Reading: :meth:`Schedule.parse` returns None for no schedule (None or blank)
and raises :class:`ScheduleError` (a ValueError with Japanese and English
messages) for anything malformed; :meth:`Schedule.parse_or_none` never raises
(for text read back from the database: a damaged value is shown as
「読み取れません」 by :func:`describe_json`, never crashes a screen).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["LAST", "Schedule", "ScheduleError", "describe_json"]

LAST = -1
WEEKDAYS_JA = ("月", "火", "水", "木", "金", "土", "日")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_KEYS = {"weekday", "nth"}


class ScheduleError(ValueError):
    """A schedule rule that cannot be used; ``message_ja`` for the UI, str() English."""

    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en

    def message(self, lang: str = "ja") -> str:
        return self.message_ja if lang == "ja" else self.message_en


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ordinal_en(n: int) -> str:
    if n == LAST:
        return "last"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
    return f"{n}{suffix}"


def _join_en(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _month_length(day: date) -> int:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return (following - day.replace(day=1)).days


@dataclass(frozen=True, slots=True)
class Schedule:
    """Every week on ``weekday``, or the ``nth`` such weekdays of each month.

    ``nth`` is kept sorted (1…5, then -1 for "last") without repeats; build with
    :meth:`weekly` / :meth:`monthly` or :meth:`from_dict`; a bad value raises
    :class:`ScheduleError`.
    """

    weekday: int
    nth: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not _is_int(self.weekday) or not 0 <= self.weekday <= 6:
            raise ScheduleError("開催予定の曜日が正しくありません。月曜日〜日曜日から選んでください。",
                                "The schedule's weekday must be Monday (0) to Sunday (6).")
        nth = self.nth
        if not isinstance(nth, tuple) or not all(_is_int(n) and (1 <= n <= 5 or n == LAST)
                                                 for n in nth):
            raise ScheduleError("開催予定の「第何週」が正しくありません。第1〜第5または最終を選んでください。",
                                "The week of the month must be 1st to 5th or last (-1).")
        ordered = tuple(sorted(set(nth), key=lambda n: 6 if n == LAST else n))
        object.__setattr__(self, "nth", ordered)

    # -------------------------------------------------------------- building
    @classmethod
    def weekly(cls, weekday: int) -> Schedule:
        return cls(weekday)

    @classmethod
    def monthly(cls, weekday: int, *nth: int) -> Schedule:
        if not nth:
            raise ScheduleError("毎月の開催予定には「第何週」を選んでください。",
                                "Choose which week(s) of the month.")
        return cls(weekday, tuple(nth))

    @classmethod
    def from_dict(cls, data: object) -> Schedule:
        if not isinstance(data, dict):
            raise ScheduleError("開催予定の形式が正しくありません。", "The schedule is not a JSON object.")
        unknown = sorted(set(map(str, data)) - _KEYS)
        if unknown:
            raise ScheduleError(f"開催予定に不明な項目があります（{', '.join(unknown)}）。",
                                f"The schedule has unknown keys: {', '.join(unknown)}.")
        if "weekday" not in data:
            raise ScheduleError("開催予定に曜日がありません。", "The schedule has no weekday.")
        nth = data.get("nth")
        if nth is None:
            return cls(data["weekday"])
        items: Iterable[object] = nth if isinstance(nth, list) else [nth]
        return cls.monthly(data["weekday"], *items)  # type: ignore[arg-type]

    @classmethod
    def parse(cls, text: str | None) -> Schedule | None:
        """The schedule in ``text``; None when blank; :class:`ScheduleError` when malformed."""
        if text is None or not text.strip():
            return None
        try:
            data = json.loads(text)
        except (ValueError, TypeError):
            raise ScheduleError("開催予定の形式が正しくありません（JSONとして読めません）。",
                                "The schedule is not valid JSON.") from None
        return cls.from_dict(data)

    @classmethod
    def parse_or_none(cls, text: str | None) -> Schedule | None:
        """Like :meth:`parse` but None for malformed text too (never raises)."""
        try:
            return cls.parse(text)
        except (ScheduleError, AttributeError):
            return None

    # -------------------------------------------------------------- writing
    @property
    def is_weekly(self) -> bool:
        return not self.nth

    def to_dict(self) -> dict[str, object]:
        if self.is_weekly:
            return {"weekday": self.weekday}
        return {"nth": self.nth[0] if len(self.nth) == 1 else list(self.nth),
                "weekday": self.weekday}

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    def describe(self, lang: str = "ja") -> str:
        """「毎週水曜日」「毎月第2・第4土曜日」 / "Every Wednesday", "2nd and 4th Saturday of each month"."""
        if lang == "ja":
            day = f"{WEEKDAYS_JA[self.weekday]}曜日"
            if self.is_weekly:
                return f"毎週{day}"
            weeks = "・".join("最終" if n == LAST else f"第{n}" for n in self.nth)
            return f"毎月{weeks}{day}"
        if lang == "en":
            day = WEEKDAYS_EN[self.weekday]
            if self.is_weekly:
                return f"Every {day}"
            text = f"{_join_en([_ordinal_en(n) for n in self.nth])} {day} of each month"
            return text[0].upper() + text[1:]
        raise ValueError(f"unsupported language: {lang!r}")

    # -------------------------------------------------------------- dates
    def matches(self, day: date) -> bool:
        """True when the rule falls on ``day``."""
        if day.weekday() != self.weekday:
            return False
        if self.is_weekly:
            return True
        week = (day.day - 1) // 7 + 1
        last = day.day + 7 > _month_length(day)
        return week in self.nth or (LAST in self.nth and last)

    def dates_between(self, start: date, end: date) -> list[date]:
        """The days from ``start`` to ``end`` (both included) the rule falls on, in order."""
        day = start + timedelta(days=(self.weekday - start.weekday()) % 7)
        found = []
        while day <= end:
            if self.matches(day):
                found.append(day)
            day += timedelta(days=7)
        return found


def describe_json(text: str | None, lang: str = "ja") -> str:
    """Description of a stored schedule: "" when there is none, a notice when unreadable."""
    if text is None or not text.strip():
        return ""
    schedule = Schedule.parse_or_none(text)
    if schedule is None:
        return "（開催予定を読み取れません）" if lang == "ja" else "(schedule cannot be read)"
    return schedule.describe(lang)
