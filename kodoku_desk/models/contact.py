"""住所 (structured address), 緊急連絡先, and phone / postal-code normalisation.

Addresses follow the Japanese written order, largest to smallest (DOMAIN.md §7):
〒, 都道府県, 市区町村, 町字, 丁目, 番地・号, then 方書 (building and room).
The postal code is stored as 7 ASCII digits and shown as ``123-4567``.
Phone numbers are kept as entered (landlines matter), with full-width digits
and dash look-alikes folded so that the display is consistent; search uses the
digits only (:func:`.kana.digits`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date

from .checks import Checker, clean_opt
from .kana import digits
from .labels import Label

__all__ = [
    "ADDRESS_LABELS",
    "EMERGENCY_LABELS",
    "Address",
    "EmergencyContact",
    "normalize_phone",
    "normalize_postal_code",
]

ADDRESS_LABELS: dict[str, Label] = {
    "postal_code": Label("郵便番号", "Postal code"),
    "prefecture": Label("都道府県", "Prefecture"),
    "municipality": Label("市区町村", "Municipality"),
    "town": Label("町字", "Town"),
    "chome": Label("丁目", "Chome"),
    "banchi": Label("番地・号", "Block and house number"),
    "building": Label("方書（建物名・部屋番号）", "Building and room"),
}

#: Labels by column name (``emergency_*`` in table ``persons``).
EMERGENCY_LABELS: dict[str, Label] = {
    "emergency_name": Label("緊急連絡先の氏名", "Emergency contact name"),
    "emergency_relation": Label("緊急連絡先の続柄", "Emergency contact relationship"),
    "emergency_phone": Label("緊急連絡先の電話番号", "Emergency contact phone"),
}

# Dash look-alikes typed for "-" in phone numbers and postal codes (after NFKC):
# hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus,
# katakana long-vowel mark (a common IME slip), small/half-width forms.
_DASHES = str.maketrans({ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\ufe63"})
_POSTAL_RE = re.compile(r"[0-9]{7}")
_MOBILE_PREFIXES = ("050", "060", "070", "080", "090")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def normalize_phone(text: str | None) -> str | None:
    """Phone number as displayed: NFKC, dashes unified, spaces removed; None if blank.

    Full-width digits become ASCII (「０３－１２３４－５６７８」 → ``03-1234-5678``).
    A bare 11-digit mobile / 050 number gets its hyphens (``090-1234-5678``);
    landline numbers without hyphens are left alone because the area-code
    length varies.
    """
    if not text:
        return None
    folded = "".join(ch for ch in _fold(text) if not ch.isspace())
    if not folded:
        return None
    if folded.isascii() and folded.isdigit():
        if len(folded) == 11 and folded.startswith(_MOBILE_PREFIXES):
            return f"{folded[:3]}-{folded[3:7]}-{folded[7:]}"
        if len(folded) == 10 and folded.startswith("0120"):
            return f"{folded[:4]}-{folded[4:7]}-{folded[7:]}"
    return folded


def normalize_postal_code(text: str | None) -> str | None:
    """7 ASCII digits from 「〒１２３－４５６７」 / ``123-4567``; None if blank.

    Input that does not reduce to digits is returned cleaned but otherwise as
    typed, so that validation can report it.
    """
    if not text:
        return None
    folded = "".join(ch for ch in _fold(text) if not ch.isspace() and ch not in "〒-")
    return folded or None


@dataclass(frozen=True, slots=True, kw_only=True)
class Address:
    """Structured address; field names are the ``persons`` columns."""

    postal_code: str | None = None
    prefecture: str | None = None
    municipality: str | None = None
    town: str | None = None
    chome: str | None = None
    banchi: str | None = None
    building: str | None = None

    @property
    def postal_display(self) -> str:
        """``123-4567`` for a valid postal code, the stored text otherwise ("" if none)."""
        code = self.postal_code or ""
        return f"{code[:3]}-{code[3:]}" if _POSTAL_RE.fullmatch(code) else code

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def one_line(self, *, postal: bool = True) -> str:
        """「〒123-4567 東京都新宿区西新宿2丁目8-1 ○○ハイツ101」 (Japanese order)."""
        body = "".join(p for p in (self.prefecture, self.municipality, self.town,
                                   self.chome, self.banchi) if p)
        parts = [f"〒{self.postal_display}" if postal and self.postal_code else "", body,
                 self.building or ""]
        return " ".join(p for p in parts if p)

    def normalized(self) -> Address:
        """Whitespace stripped (blank → None), postal code reduced to its digits."""
        cleaned = {f.name: clean_opt(getattr(self, f.name)) for f in fields(self)}
        cleaned["postal_code"] = normalize_postal_code(cleaned["postal_code"])
        return replace(self, **cleaned)

    def check(self, checker: Checker) -> None:
        """Add this address's problems to ``checker``."""
        code = self.postal_code
        if code and not _POSTAL_RE.fullmatch(code):
            label = ADDRESS_LABELS["postal_code"]
            checker.add("postal_code", f"{label.ja}は7桁の数字で入力してください（例：123-4567）。",
                        f"{label.en} must be 7 digits (e.g. 123-4567).")

    def validate(self, *, today: date | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        checker = Checker()
        self.check(checker)
        checker.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class EmergencyContact:
    """緊急連絡先; stored as ``emergency_name`` / ``emergency_relation`` / ``emergency_phone``."""

    name: str | None = None
    relation: str | None = None
    phone: str | None = None

    @property
    def phone_digits(self) -> str:
        return digits(self.phone)

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.relation or self.phone)

    def normalized(self) -> EmergencyContact:
        return EmergencyContact(name=clean_opt(self.name), relation=clean_opt(self.relation),
                                phone=normalize_phone(self.phone))

    def check(self, checker: Checker) -> None:
        """Add this contact's problems to ``checker`` (fields named after the columns)."""
        checker.phone("emergency_phone", self.phone, EMERGENCY_LABELS["emergency_phone"])
        if self.phone and not self.name:
            checker.required("emergency_name", self.name, EMERGENCY_LABELS["emergency_name"])

    def validate(self, *, today: date | None = None) -> None:
        checker = Checker()
        self.check(checker)
        checker.raise_if_any()
