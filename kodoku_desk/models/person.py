"""当事者 (the person supported): :class:`Person` and what belongs to it.

Field names are the columns of table ``persons``; the address columns are
grouped in :class:`~.contact.Address` and the ``emergency_*`` columns in
:class:`~.contact.EmergencyContact` (:meth:`Person.to_row` / :meth:`Person.from_row`
flatten and rebuild them).  ``support_categories`` is table ``person_categories``.
:class:`~.consent.PersonStaffPart` (table ``person_staff``) and
:class:`~.consent.Consent` (table ``consents``) are re-exported from here.

Typical use: ``person = form_values.normalized(); person.validate(today=today)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from . import kana, wareki
from .checks import Checker, clean, clean_codes, clean_opt
from .codelist import CodeList
from .consent import CARE_LEVELS, Consent, PersonStaffPart
from .contact import Address, EmergencyContact, normalize_phone, normalize_postal_code
from .labels import Label, LabeledEnum
from .rows import from_row, to_row

__all__ = [
    "CARE_LEVELS",
    "MAX_AGE",
    "MIN_BIRTH_DATE",
    "PERSON_LABELS",
    "Address",
    "Consent",
    "EmergencyContact",
    "Person",
    "PersonKind",
    "PersonStaffPart",
    "normalize_phone",
    "normalize_postal_code",
]

MIN_BIRTH_DATE = date(1900, 1, 1)
MAX_AGE = 120
CLOSED = "closed"

_LG_CODE_RE = re.compile(r"[0-9]{6}")


class PersonKind(LabeledEnum):
    """``persons.kind``: a case record, or a 居場所 participant only."""

    CLIENT = ("client", "当事者", "Client")
    PARTICIPANT = ("participant", "居場所の参加者", "Drop-in participant")


PERSON_LABELS: dict[str, Label] = {
    "person_code": Label("当事者番号", "Person number"),
    "kind": Label("登録の種類", "Record type"),
    "family_name": Label("氏（姓）", "Family name"),
    "given_name": Label("名", "Given name"),
    "family_kana": Label("フリガナ（セイ）", "Family name reading"),
    "given_kana": Label("フリガナ（メイ）", "Given name reading"),
    "common_name": Label("通称", "Common name"),
    "former_name": Label("旧姓", "Former name"),
    "romaji": Label("ローマ字", "Romanised name"),
    "birth_date": Label("生年月日", "Date of birth"),
    "gender": Label("性別", "Gender"),
    "district_code": Label("地区", "District"),
    "lg_code": Label("全国地方公共団体コード", "Local government code"),
    "phone": Label("電話番号", "Phone"),
    "phone2": Label("電話番号2", "Second phone"),
    "related_agencies": Label("かかりつけ医・関係機関", "Doctor and related agencies"),
    "household_type": Label("世帯類型", "Household type"),
    "visit_frequency": Label("見守り頻度", "Check-in frequency"),
    "status": Label("支援状況", "Status"),
    "registered_on": Label("登録日", "Registration date"),
    "closed_on": Label("終了日", "Closing date"),
    "closure_reason": Label("終了理由", "Reason for closing"),
    "note": Label("特記事項", "Notes"),
    "support_categories": Label("支援区分", "Support categories"),
}

_L = PERSON_LABELS
_EMERGENCY_COLUMNS = {"name": "emergency_name", "relation": "emergency_relation",
                      "phone": "emergency_phone"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """One 当事者 (or 居場所 participant) as stored in ``persons``."""

    id: str | None = None
    person_code: str = ""
    kind: str = PersonKind.CLIENT.value
    family_name: str = ""
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    common_name: str | None = None
    former_name: str | None = None
    romaji: str | None = None
    birth_date: date | None = None
    gender: str | None = None
    address: Address = Address()
    district_code: str | None = None
    lg_code: str | None = None
    phone: str | None = None
    phone2: str | None = None
    emergency: EmergencyContact = EmergencyContact()
    related_agencies: str | None = None
    household_type: str | None = None
    visit_frequency: str | None = None
    status: str = "active"
    registered_on: date | None = None
    closed_on: date | None = None
    closure_reason: str | None = None
    note: str | None = None
    support_categories: tuple[str, ...] = ()

    # ------------------------------------------------------------ derived values
    @property
    def full_name(self) -> str:
        """「山田 太郎」 (just 「山田」 for a single-name person); kanji kept as entered."""
        return " ".join(p for p in (self.family_name, self.given_name) if p)

    @property
    def full_kana(self) -> str:
        """「ヤマダ タロウ」."""
        return " ".join(p for p in (self.family_kana, self.given_kana) if p)

    @property
    def search_key(self) -> str:
        """``persons.search_key``: name, reading, 通称, 旧姓 and ローマ字 (see :func:`.kana.person_search_key`)."""
        return kana.person_search_key(self.family_name, self.given_name, self.family_kana,
                                      self.given_kana,
                                      other_names=(self.common_name, self.former_name, self.romaji))

    @property
    def sort_key(self) -> str:
        """``persons.sort_key``: 五十音順 by reading."""
        return kana.kana_sort_key(self.family_kana, self.given_kana)

    @property
    def phone_digits(self) -> str:
        return kana.digits(self.phone)

    @property
    def phone2_digits(self) -> str:
        return kana.digits(self.phone2)

    @property
    def is_closed(self) -> bool:
        return self.status == CLOSED

    def age_on(self, d: date) -> int | None:
        """満年齢 on ``d``; None without a birth date or before it."""
        if self.birth_date is None or d < self.birth_date:
            return None
        return wareki.age_on(self.birth_date, d)

    def sensitive_categories(self, codes: Mapping[str, CodeList] | None = None) -> tuple[str, ...]:
        """Support categories that are 要配慮個人情報 (their collection needs consent)."""
        sensitive = Checker(codes).codes["support_category"].sensitive_codes()
        return tuple(c for c in self.support_categories if c in sensitive)

    # ------------------------------------------------------------ normalisation
    def normalized(self) -> Person:
        """Cleaned copy: whitespace stripped (blank optional text → None),
        フリガナ converted to 全角カタカナ (from ひらがな / 半角), phone numbers and
        postal code normalised (full-width digits → ASCII), codes stripped,
        support categories without blanks or repeats.  Kanji are kept exactly
        as entered (異体字 such as 髙 or 﨑 are never changed)."""
        return replace(
            self,
            person_code=clean(self.person_code),
            kind=clean(self.kind),
            family_name=clean(self.family_name),
            given_name=clean(self.given_name),
            family_kana=_reading(self.family_kana),
            given_kana=_reading(self.given_kana),
            common_name=clean_opt(self.common_name),
            former_name=clean_opt(self.former_name),
            romaji=clean_opt(self.romaji),
            gender=clean_opt(self.gender),
            address=self.address.normalized(),
            district_code=clean_opt(self.district_code),
            lg_code=_ascii(self.lg_code),
            phone=normalize_phone(self.phone),
            phone2=normalize_phone(self.phone2),
            emergency=self.emergency.normalized(),
            related_agencies=clean_opt(self.related_agencies),
            household_type=clean_opt(self.household_type),
            visit_frequency=clean_opt(self.visit_frequency),
            status=clean(self.status),
            closure_reason=clean_opt(self.closure_reason),
            note=clean_opt(self.note),
            support_categories=clean_codes(self.support_categories),
        )

    # ------------------------------------------------------------ validation
    def validate(self, *, today: date, codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem.

        Call on :meth:`normalized` input.  ``codes``: the organisation's code
        lists (default: built-in).
        """
        c = Checker(codes)
        c.required("family_name", self.family_name, _L["family_name"])
        for name in ("family_kana", "given_kana"):
            value = getattr(self, name)
            if value and not kana.is_katakana_reading(value):
                label = _L[name]
                c.add(name, f"{label.ja}はカタカナで入力してください。",
                      f"{label.en} must be written in katakana.")
        c.choice("kind", self.kind, PersonKind, _L["kind"])
        self._check_dates(c, today)
        for name, list_name in (("gender", "gender"), ("household_type", "household_type"),
                                ("visit_frequency", "visit_frequency"),
                                ("closure_reason", "closure_reason")):
            c.code(name, getattr(self, name), list_name)
        if c.required("status", self.status, _L["status"], choose=True):
            c.code("status", self.status, "person_status")
        c.code_each("support_categories", self.support_categories, "support_category")
        if self.lg_code and not _LG_CODE_RE.fullmatch(self.lg_code):
            c.add("lg_code", "全国地方公共団体コードは6桁の数字で入力してください。",
                  "The local government code must be 6 digits.")
        c.phone("phone", self.phone, _L["phone"])
        c.phone("phone2", self.phone2, _L["phone2"])
        self.address.check(c)
        self.emergency.check(c)
        c.raise_if_any()

    def _check_dates(self, c: Checker, today: date) -> None:
        birth = c.a_date("birth_date", self.birth_date, _L["birth_date"])
        registered = c.a_date("registered_on", self.registered_on, _L["registered_on"])
        closed = c.a_date("closed_on", self.closed_on, _L["closed_on"])
        if birth is not None:
            if birth < MIN_BIRTH_DATE:
                c.add("birth_date", "生年月日が1900年より前です。和暦の元号（明治・大正・昭和など）を確認してください。",
                      "Date of birth is before 1900; check the era (Meiji, Taisho, Showa …).")
            elif birth > today:
                c.not_future("birth_date", birth, today, _L["birth_date"])
            elif wareki.age_on(birth, today) > MAX_AGE:
                c.add("birth_date", f"生年月日から計算した年齢が{MAX_AGE}歳を超えています。生年月日と元号を確認してください。",
                      f"The age from this date of birth is over {MAX_AGE}; check the date and era.")
        c.not_future("registered_on", registered, today, _L["registered_on"])
        c.not_before("registered_on", registered, birth, _L["registered_on"], _L["birth_date"])
        if self.status == CLOSED:
            if closed is None and not c.has("closed_on"):
                c.add("closed_on", "支援状況が「終了」のときは終了日を入力してください。",
                      "Enter the closing date when the status is Closed.")
            if not self.closure_reason:
                c.add("closure_reason", "支援状況が「終了」のときは終了理由を選んでください。",
                      "Choose the reason for closing when the status is Closed.")
        else:
            if closed is not None:
                c.add("closed_on", "支援状況が「終了」でないときは終了日を空欄にしてください。",
                      "Leave the closing date empty unless the status is Closed.")
            if self.closure_reason:
                c.add("closure_reason", "支援状況が「終了」でないときは終了理由を空欄にしてください。",
                      "Leave the reason for closing empty unless the status is Closed.")
        c.not_future("closed_on", closed, today, _L["closed_on"])
        c.not_before("closed_on", closed, registered, _L["closed_on"], _L["registered_on"])

    # ------------------------------------------------------------ rows
    def to_row(self) -> dict[str, object]:
        """Values for table ``persons`` (without the stamp columns), derived keys included."""
        row = to_row(self)
        row.update(to_row(self.address))
        row.update({column: getattr(self.emergency, name)
                    for name, column in _EMERGENCY_COLUMNS.items()})
        row.update(search_key=self.search_key, sort_key=self.sort_key,
                   phone_digits=self.phone_digits or None, phone2_digits=self.phone2_digits or None)
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, object], support_categories: Iterable[str] = ()) -> Person:
        """A :class:`Person` from a ``persons`` row and its ``person_categories`` codes."""
        emergency = EmergencyContact(**{name: row.get(column)  # type: ignore[arg-type]
                                        for name, column in _EMERGENCY_COLUMNS.items()})
        return from_row(cls, row, address=from_row(Address, row), emergency=emergency,
                        support_categories=tuple(support_categories))


def _reading(text: str | None) -> str:
    """フリガナ as stored: 全角カタカナ, outer spaces stripped, inner runs collapsed to one."""
    return " ".join(kana.to_katakana(text).split())


def _ascii(text: str | None) -> str | None:
    """NFKC (full-width digits → ASCII) without any whitespace; None if blank."""
    folded = "".join(unicodedata.normalize("NFKC", text or "").split())
    return folded or None
