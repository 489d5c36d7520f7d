"""Reading dates typed by people or found in spreadsheets (西暦 and 和暦).

Accepted (after NFKC, so full-width digits, letters and punctuation work; spaces
anywhere are ignored):

* 西暦: 「1940-03-15」, 「1940/3/15」, 「1940.3.15」, 「1940年3月15日」, 「19400315」,
  optionally prefixed 「西暦」 and followed by a time (「1940-03-15 00:00:00」);
* 和暦: era name or letter (M/T/S/H/R, any case), year (digits or 「元」), then
  month and day with 年/月/日 or one of ``. / -``: 「昭和15年3月15日」, 「昭和元年12月25日」,
  「S15.3.15」, 「s15-3-15」, 「Ｓ１５．３．１５」, 「R7.11.1」, 「㍻31年4月30日」;
* an optional 曜日 in brackets, which must be right: 「令和6年4月1日（月）」.

Everything else raises :class:`DateParseError` with a message in Japanese and
English that says what is wrong (no such era year, date outside its era, no
such day, wrong 曜日, unreadable).  Import from :mod:`kodoku_desk.models.wareki`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from .eras import ERAS, WEEKDAYS_JA, Era, era_for, era_year_text, find_era, format_wareki
from .errors import FieldError

__all__ = ["DateParseError", "parse_date", "parse_date_with_era"]

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70"})

_ERA_ALT = "|".join([e.name for e in ERAS] + [e.letter for e in ERAS])
_MD = r"(?P<m>[0-9]{1,2})(?:月|[./-])(?P<d>[0-9]{1,2})日?"
_WD = r"(?:\((?P<wd>[月火水木金土日])(?:曜日?)?\))?"
_ERA_RE = re.compile(rf"(?P<era>{_ERA_ALT})(?P<y>[0-9]{{1,2}}|元)(?:年|[./-]){_MD}{_WD}")
_WEST_RE = re.compile(rf"(?:西暦)?(?P<y>[0-9]{{4}})(?:年|[./-]){_MD}{_WD}")
_COMPACT_RE = re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})")
_TIME_RE = re.compile(r"^(?P<date>\S+)[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.\d+)?)?$")
_ERA_PREFIX_RE = re.compile(rf"^(?:{_ERA_ALT})")

_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EXAMPLES = "1940-03-15、1940/3/15、1940年3月15日、昭和15年3月15日、S15.3.15"


class DateParseError(ValueError):
    """A date that cannot be read or does not exist.

    ``text`` is the input as given; ``message_ja`` / ``message_en`` explain the
    problem to the user.  ``str(error)`` is the English message.
    """

    def __init__(self, text: str, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.text = text
        self.message_ja = message_ja
        self.message_en = message_en

    def to_field_error(self, field: str) -> FieldError:
        """The same problem as a :class:`FieldError` about ``field``."""
        return FieldError(field, self.message_ja, self.message_en)

    def __reduce__(self) -> tuple[type[DateParseError], tuple[str, str, str]]:
        # keep picklable despite the custom __init__
        return (type(self), (self.text, self.message_ja, self.message_en))


def _normalise(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).strip().translate(_DASHES)
    m = _TIME_RE.match(t)
    if m:
        t = m["date"]
    return "".join(ch for ch in t if not ch.isspace()).upper()


def _seireki(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _roman(era: Era, year: int, month: int | None = None, day: int | None = None) -> str:
    text = f"{era.en} {year}"
    if month is not None:
        text += f"-{month:02d}-{day:02d}"
    return text


def _what_day_is_it(d: date) -> tuple[str, str]:
    """「この日は令和元年5月1日（2019年5月1日）です。」 and its English."""
    try:
        wareki = format_wareki(d)
    except ValueError:  # before 明治
        return f"この日は{_seireki(d)}です。", f"That day is {d.isoformat()}."
    era = era_for(d)
    year = d.year - era.offset
    return (f"この日は{wareki}（{_seireki(d)}）です。",
            f"That day is {_roman(era, year, d.month, d.day)} ({d.isoformat()}).")


def _build(original: str, y: int, m: int, d: int, era: Era | None, wd: str | None) -> date:
    shown = original.strip()
    if era is not None:
        if y == 0:
            raise DateParseError(
                original,
                f"「{shown}」: {era.name}0年はありません。最初の年は「{era.name}元年」（1年）です。",
                f'"{shown}": there is no year 0 of {era.en}; the first year is {era.en} 1 (元年).')
        if era.last_year is not None and y > era.last_year:
            end = era.end
            assert end is not None
            raise DateParseError(
                original,
                f"「{shown}」: {era.name}{y}年は存在しません。{era.name}は"
                f"{era.last_year}年{end.month}月{end.day}日（{_seireki(end)}）までです。",
                f'"{shown}": {era.en} {y} does not exist; the {era.en} era ended on '
                f"{_roman(era, era.last_year, end.month, end.day)} ({end.isoformat()}).")
        y += era.offset
    try:
        result = date(y, m, d)
    except ValueError:
        if not 1 <= m <= 12:
            why_ja, why_en = f"{m}月はありません", f"there is no month {m}"
        else:
            why_ja, why_en = f"{m}月{d}日はありません", f"there is no day {d} in month {m}"
        raise DateParseError(
            original,
            f"「{shown}」は存在しない日付です（{why_ja}）。",
            f'"{shown}" is not a valid date ({why_en}).') from None
    if era is not None and not era.contains(result):
        ja_day, en_day = _what_day_is_it(result)
        if result < era.start:
            s = era.start
            raise DateParseError(
                original,
                f"「{shown}」は{era.name}の始まり（{era_year_text(era, 1)}{s.month}月{s.day}日）"
                f"より前です。{ja_day}",
                f'"{shown}" is before the {era.en} era began '
                f"({_roman(era, 1, s.month, s.day)} = {s.isoformat()}). {en_day}")
        end = era.end
        assert end is not None and era.last_year is not None
        raise DateParseError(
            original,
            f"「{shown}」は{era.name}の終わり（{era_year_text(era, era.last_year)}"
            f"{end.month}月{end.day}日）より後です。{ja_day}",
            f'"{shown}" is after the {era.en} era ended '
            f"({_roman(era, era.last_year, end.month, end.day)} = {end.isoformat()}). {en_day}")
    if wd is not None and WEEKDAYS_JA[result.weekday()] != wd:
        right = WEEKDAYS_JA[result.weekday()]
        raise DateParseError(
            original,
            f"「{shown}」の曜日が合いません。この日は{right}曜日です。",
            f'"{shown}": wrong day of the week; {result.isoformat()} is a '
            f"{_WEEKDAYS_EN[result.weekday()]}.")
    return result


def parse_date(text: str | date | None) -> date:
    """Read a 西暦 or 和暦 date (see the module docstring); DateParseError if impossible.

    A ``date`` (or ``datetime``, e.g. from a spreadsheet cell) is returned as a
    date; None or blank text is reported as 「日付が入力されていません。」.
    """
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if text is None:
        text = ""
    t = _normalise(text)
    if not t:
        raise DateParseError(text, "日付が入力されていません。", "No date entered.")
    if m := _ERA_RE.fullmatch(t):
        era = find_era(m["era"])
        assert era is not None
        year = 1 if m["y"] == "元" else int(m["y"])
        return _build(text, year, int(m["m"]), int(m["d"]), era, m["wd"])
    if m := _WEST_RE.fullmatch(t) or _COMPACT_RE.fullmatch(t):
        wd = m.groupdict().get("wd")
        return _build(text, int(m["y"]), int(m["m"]), int(m["d"]), None, wd)
    shown = text.strip()
    raise DateParseError(
        text,
        f"「{shown}」は日付として読み取れません。例：{_EXAMPLES}",
        f'Cannot read "{shown}" as a date. Examples: 1940-03-15, 1940/3/15, '
        "昭和15年3月15日, S15.3.15.")


def parse_date_with_era(era: str | None, text: str | date | None) -> date:
    """Read a date whose era is given separately, as in spreadsheets with an era column.

    ``era`` is an era name or letter (「昭和」, 「S」, 「ｓ」 …); ``text`` holds the
    rest (「15/3/15」, 「15年3月15日」, 「元年12月25日」).  A blank ``era`` means
    ``text`` is a complete date.  ``text`` may repeat the same era; a different
    era is an error.  Error messages quote era and text together.
    """
    era_text = unicodedata.normalize("NFKC", era or "").strip()
    if not era_text or text is None or isinstance(text, date):
        return parse_date(text)
    found = find_era(era_text)
    combined = f"{era_text} {text}".strip()
    if found is None:
        raise DateParseError(
            combined,
            f"「{era_text}」は元号として読み取れません（明治・大正・昭和・平成・令和、M・T・S・H・R）。",
            f'"{era_text}" is not an era (明治/大正/昭和/平成/令和 or M/T/S/H/R).')
    rest = _normalise(text)
    if prefix := _ERA_PREFIX_RE.match(rest):
        if find_era(prefix.group()) != found:
            raise DateParseError(
                combined,
                f"元号が「{era_text}」と「{prefix.group()}」で食い違っています。",
                f'The era column says "{era_text}" but the date says "{prefix.group()}".')
        rest = rest[prefix.end():]
    try:
        return parse_date(found.name + rest)
    except DateParseError as error:
        shown_ja = error.message_ja.replace(f"「{found.name + rest}」", f"「{combined}」")
        shown_en = error.message_en.replace(f'"{found.name + rest}"', f'"{combined}"')
        raise DateParseError(combined, shown_ja, shown_en) from None
