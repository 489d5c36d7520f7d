"""Consent records (個人情報保護法) and the staff-only part of a person record.

:class:`Consent` is table ``consents``: the consent obtained at intake — date,
method (書面/口頭), scopes (``consent_scope`` codes), recipients, who obtained
it — needed before collecting 要配慮個人情報 (APPI 第20条第2項) or giving data
to a third party (第27条).  :class:`PersonStaffPart` is table ``person_staff``,
kept apart so that it can be encrypted with a key volunteers do not hold.
Import both from :mod:`.person`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from .checks import Checker, clean_codes, clean_opt
from .codelist import CodeList
from .labels import Label

__all__ = ["CARE_LEVELS", "CONSENT_LABELS", "SENSITIVE_SCOPE", "STAFF_LABELS", "Consent",
           "PersonStaffPart"]

#: Scope code for 「要配慮個人情報の取得」.
SENSITIVE_SCOPE = "sensitive_info"

#: Suggestions for 要介護度 (free text in the database, at most 32 characters).
CARE_LEVELS: tuple[str, ...] = ("自立", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3",
                                "要介護4", "要介護5", "申請中", "未申請", "不明")
_CARE_LEVEL_MAX = 32

CONSENT_LABELS: dict[str, Label] = {
    "consented_on": Label("同意日", "Date of consent"),
    "method": Label("同意の方法", "Consent method"),
    "scopes": Label("同意の範囲", "Consent scope"),
    "recipients": Label("提供先", "Recipients"),
    "includes_sensitive": Label("要配慮個人情報を含む", "Includes special-care information"),
    "obtained_by": Label("同意を得た職員", "Obtained by"),
    "withdrawn_on": Label("同意撤回日", "Date withdrawn"),
    "note": Label("備考", "Notes"),
}

STAFF_LABELS: dict[str, Label] = {
    "care_level": Label("要介護度", "Care level"),
    "medical_history": Label("病歴", "Medical history"),
    "disability_note": Label("心身の障害", "Disability"),
    "staff_note": Label("職員用メモ", "Staff notes"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonStaffPart:
    """Staff-only data of one person (要配慮個人情報: care level, 病歴, 障害)."""

    person_id: str | None = None
    care_level: str | None = None
    medical_history: str | None = None
    disability_note: str | None = None
    staff_note: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.care_level or self.medical_history or self.disability_note
                    or self.staff_note)

    @property
    def has_sensitive(self) -> bool:
        """True when it holds 要配慮個人情報 (collecting it needs prior consent)."""
        return bool(self.care_level or self.medical_history or self.disability_note)

    def normalized(self) -> PersonStaffPart:
        return replace(self, care_level=clean_opt(self.care_level),
                       medical_history=clean_opt(self.medical_history),
                       disability_note=clean_opt(self.disability_note),
                       staff_note=clean_opt(self.staff_note))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        c = Checker(codes)
        if self.care_level and len(self.care_level) > _CARE_LEVEL_MAX:
            c.add("care_level", f"要介護度は{_CARE_LEVEL_MAX}文字以内で入力してください（例：要介護1）。",
                  f"Care level must be at most {_CARE_LEVEL_MAX} characters (e.g. 要介護1).")
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent:
    """One consent record of a person."""

    id: str | None = None
    person_id: str | None = None
    consented_on: date | None = None
    method: str | None = None
    scopes: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    includes_sensitive: bool = False
    obtained_by: str | None = None
    withdrawn_on: date | None = None
    note: str | None = None

    def active_on(self, on: date) -> bool:
        """True from the consent date until the day before withdrawal."""
        if self.consented_on is None or on < self.consented_on:
            return False
        return self.withdrawn_on is None or on < self.withdrawn_on

    def covers(self, scope: str, on: date) -> bool:
        """True when this consent includes ``scope`` and is in force on ``on``."""
        return scope in self.scopes and self.active_on(on)

    def normalized(self) -> Consent:
        """Cleaned copy; 「要配慮個人情報を含む」 and the scope 「要配慮個人情報の取得」 made to agree."""
        scopes = clean_codes(self.scopes)
        sensitive = self.includes_sensitive or SENSITIVE_SCOPE in scopes
        if sensitive and SENSITIVE_SCOPE not in scopes:
            scopes = (*scopes, SENSITIVE_SCOPE)
        return replace(self, method=clean_opt(self.method), scopes=scopes,
                       recipients=clean_codes(self.recipients), includes_sensitive=sensitive,
                       obtained_by=clean_opt(self.obtained_by), note=clean_opt(self.note))

    def validate(self, *, today: date, codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        L = CONSENT_LABELS
        consented = c.a_date("consented_on", self.consented_on, L["consented_on"])
        withdrawn = c.a_date("withdrawn_on", self.withdrawn_on, L["withdrawn_on"])
        if not c.has("consented_on"):
            c.required("consented_on", consented, L["consented_on"])
        c.not_future("consented_on", consented, today, L["consented_on"])
        if c.required("method", self.method, L["method"], choose=True):
            c.code("method", self.method, "consent_method")
        if not self.scopes:
            c.add("scopes", "同意の範囲を1つ以上選んでください。",
                  "Choose at least one consent scope.")
        c.code_each("scopes", self.scopes, "consent_scope")
        if self.includes_sensitive != (SENSITIVE_SCOPE in self.scopes):
            c.add("includes_sensitive",
                  "「要配慮個人情報を含む」と同意の範囲「要配慮個人情報の取得」が食い違っています。どちらかを直してください。",
                  "'Includes special-care information' and the scope 'Collecting special-care "
                  "personal information' disagree; correct one of them.")
        c.not_future("withdrawn_on", withdrawn, today, L["withdrawn_on"])
        c.not_before("withdrawn_on", withdrawn, consented, L["withdrawn_on"], L["consented_on"])
        c.raise_if_any()
