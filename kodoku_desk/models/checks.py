"""Shared helpers for the domain validators: cleaning input and collecting errors.

Every ``validate`` method builds a :class:`Checker`, runs its checks (each
adds a :class:`~.errors.FieldError` naming the column the UI binds to) and
calls :meth:`Checker.raise_if_any` once, so the user sees every problem at
the same time.  Messages say what is wrong and what to do, in Japanese first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from enum import StrEnum

from .codelist import CodeList
from .codes import BUILTIN_CODE_LISTS
from .errors import FieldError, raise_if_errors
from .kana import digits
from .labels import Label

__all__ = ["Checker", "clean", "clean_codes", "clean_opt"]

#: Japanese phone numbers including the area code: 10 digits (landline) or 11 (mobile, 050).
PHONE_DIGITS = (10, 11)


def clean(text: str | None) -> str:
    """``text`` without leading/trailing whitespace (U+3000 included); "" for None."""
    return text.strip() if text else ""


def clean_opt(text: str | None) -> str | None:
    """Like :func:`clean` but blank becomes None (for nullable columns)."""
    return clean(text) or None


def clean_codes(values: Iterable[str | None]) -> tuple[str, ...]:
    """Codes stripped, blanks dropped, repeats removed, order kept."""
    return tuple(dict.fromkeys(c for c in (clean(v) for v in values) if c))


class Checker:
    """Collects :class:`FieldError` for one record.

    ``codes`` maps code-list names to lists; pass an organisation's extended
    lists to accept its own codes (default: the built-in lists).
    """

    __slots__ = ("codes", "errors")

    def __init__(self, codes: Mapping[str, CodeList] | None = None) -> None:
        self.codes: Mapping[str, CodeList] = BUILTIN_CODE_LISTS if codes is None else codes
        self.errors: list[FieldError] = []

    # -------------------------------------------------------------- basics
    def add(self, field: str, message_ja: str, message_en: str) -> None:
        self.errors.append(FieldError(field, message_ja, message_en))

    def has(self, field: str) -> bool:
        """True when ``field`` already has an error (to avoid piling up messages)."""
        return any(e.field == field for e in self.errors)

    def raise_if_any(self) -> None:
        """Raise :class:`~.errors.ValidationError` holding every collected error."""
        raise_if_errors(self.errors)

    # -------------------------------------------------------------- presence
    def required(self, field: str, value: object, label: Label, *, choose: bool = False) -> bool:
        """Error when ``value`` is None or blank; ``choose`` words it for a list."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if choose:
                self.add(field, f"{label.ja}を選んでください。",
                         f"{label.en} is required; choose one from the list.")
            else:
                self.add(field, f"{label.ja}を入力してください。", f"{label.en} is required; enter it.")
            return False
        return True

    # -------------------------------------------------------------- codes
    def code(self, field: str, value: str | None, list_name: str) -> None:
        """Error when ``value`` is given but not a code of list ``list_name``."""
        if value is None or value == "":
            return
        code_list = self.codes[list_name]
        if value not in code_list:
            self.add(field, f"{code_list.title('ja')}「{value}」は選択肢にありません。一覧から選んでください。",
                     f"{code_list.title('en')} {value!r} is not in the list; choose one from the list.")

    def code_each(self, field: str, values: Iterable[str], list_name: str) -> None:
        """:meth:`code` for every value, plus an error for repeated codes."""
        values = tuple(values)
        for value in values:
            self.code(field, value, list_name)
        if len(set(values)) != len(values):
            title = self.codes[list_name]
            self.add(field, f"{title.title('ja')}に同じ項目が重複しています。重複を取り除いてください。",
                     f"{title.title('en')} contains the same item twice; remove the repeat.")

    def choice(self, field: str, value: str | None, enum: type[StrEnum], label: Label) -> None:
        """Error when ``value`` is given but not a value of ``enum``."""
        if value is None or value == "":
            return
        if value not in {m.value for m in enum}:
            self.add(field, f"{label.ja}「{value}」は選択肢にありません。一覧から選んでください。",
                     f"{label.en} {value!r} is not one of the choices; choose one from the list.")

    # -------------------------------------------------------------- typed values
    def a_date(self, field: str, value: object, label: Label) -> date | None:
        """``value`` if it is a date (not a datetime), else None (with an error unless None)."""
        if value is None:
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        self._bad_type(field, label, "日付", "a date")
        return None

    def a_datetime(self, field: str, value: object, label: Label) -> datetime | None:
        """``value`` if it is a datetime, else None (with an error unless None)."""
        if value is None:
            return None
        if isinstance(value, datetime):
            return value
        self._bad_type(field, label, "日時", "a date and time")
        return None

    def a_time(self, field: str, value: object, label: Label) -> time | None:
        """``value`` if it is a time, else None (with an error unless None)."""
        if value is None:
            return None
        if isinstance(value, time):
            return value
        self._bad_type(field, label, "時刻", "a time")
        return None

    def an_int(self, field: str, value: object, label: Label) -> int | None:
        """``value`` if it is an int (not a bool), else None (with an error unless None)."""
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self._bad_type(field, label, "数値", "a whole number")
        return None

    def _bad_type(self, field: str, label: Label, kind_ja: str, kind_en: str) -> None:
        self.add(field, f"{label.ja}の{kind_ja}が正しくありません。入力し直してください。",
                 f"{label.en} is not {kind_en}; enter it again.")

    # -------------------------------------------------------------- dates
    def not_future(self, field: str, value: date | None, today: date, label: Label) -> None:
        if value is not None and value > today:
            self.add(field, f"{label.ja}が未来の日付です。今日までの日付を入力してください。",
                     f"{label.en} is in the future; enter today or an earlier date.")

    def not_before(self, field: str, value: date | None, other: date | None,
                   label: Label, other_label: Label) -> None:
        """Error when both dates are given and ``value`` is before ``other``."""
        if value is not None and other is not None and value < other:
            self.add(field, f"{label.ja}が{other_label.ja}より前になっています。日付を確認してください。",
                     f"{label.en} is before {other_label.en.lower()}; check the dates.")

    # -------------------------------------------------------------- numbers
    def in_range(self, field: str, value: int | None, low: int, high: int, label: Label) -> None:
        if value is not None and not low <= value <= high:
            self.add(field, f"{label.ja}は{low}から{high}までの数で選んでください。",
                     f"{label.en} must be between {low} and {high}.")

    def not_negative(self, field: str, value: int | None, label: Label) -> None:
        if value is not None and value < 0:
            self.add(field, f"{label.ja}は0以上の数を入力してください。",
                     f"{label.en} cannot be negative; enter 0 or more.")

    # -------------------------------------------------------------- phone
    def phone(self, field: str, value: str | None, label: Label) -> None:
        """Error when ``value`` is given but does not hold 10 or 11 digits."""
        if not value:
            return
        if len(digits(value)) not in PHONE_DIGITS:
            self.add(field, f"{label.ja}は市外局番から10桁または11桁の数字で入力してください（例：03-1234-5678）。",
                     f"{label.en} must have 10 or 11 digits including the area code "
                     "(e.g. 03-1234-5678).")
