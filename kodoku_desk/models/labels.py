"""Enums whose members carry a Japanese and an English label.

Small fixed sets that are part of the program's logic (権限, 対応の緊急度 …)
are :class:`LabeledEnum` members; open-ended lists that organisations can
extend are code lists (:mod:`.codes`).  A member is a ``str`` equal to its
stored value, so it can be written to the database and compared with a plain
string as it is.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple, Self

__all__ = ["Label", "LabeledEnum"]


class Label(NamedTuple):
    """A field or value label in both languages."""

    ja: str
    en: str

    def text(self, lang: str = "ja") -> str:
        """The label in ``lang`` (``"ja"`` or ``"en"``)."""
        if lang == "ja":
            return self.ja
        if lang == "en":
            return self.en
        raise ValueError(f"unsupported language: {lang!r}")


class LabeledEnum(StrEnum):
    """``StrEnum`` whose members are declared as ``NAME = ("value", "日本語", "English")``."""

    ja: str
    en: str

    def __new__(cls, value: str, ja: str, en: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.ja = ja
        member.en = en
        return member

    def label(self, lang: str = "ja") -> str:
        """The member's label in ``lang`` (``"ja"`` or ``"en"``)."""
        return Label(self.ja, self.en).text(lang)

    @classmethod
    def choices(cls, lang: str = "ja") -> list[tuple[str, str]]:
        """(value, label) pairs in declaration order, for combo boxes."""
        return [(m.value, m.label(lang)) for m in cls]

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The stored values in declaration order."""
        return tuple(m.value for m in cls)

    @classmethod
    def parse(cls, value: object) -> Self | None:
        """The member whose value is ``value``, or None (never raises)."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            try:
                return cls(value)
            except ValueError:
                return None
        return None
