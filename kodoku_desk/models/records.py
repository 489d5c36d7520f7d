"""Staff records: loneliness :class:`Assessment`, :class:`Referral` (つなぎ), and :class:`Organization`.

Tables ``assessments``, ``referrals`` and ``organizations``.  Assessments keep
the raw answers of the national survey items (DOMAIN.md §4); the UCLA score and
band are derived with :mod:`.survey`, only when all three items are answered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from . import survey
from .checks import Checker, clean, clean_opt
from .codelist import CodeList
from .contact import normalize_phone
from .labels import Label

__all__ = ["ASSESSMENT_LABELS", "ORGANIZATION_LABELS", "REFERRAL_LABELS", "Assessment",
           "Organization", "Referral"]

ASSESSMENT_LABELS: dict[str, Label] = {
    "person_id": Label("対象者（当事者）", "Person"),
    "assessed_on": Label("実施日", "Date of assessment"),
    "administered_by": Label("実施者", "Administered by"),
    "ucla_q1": Label("問1（人とのつきあいがない）", "Q1 (lack of companionship)"),
    "ucla_q2": Label("問2（取り残されている）", "Q2 (feeling left out)"),
    "ucla_q3": Label("問3（他の人たちから孤立している）", "Q3 (feeling isolated from others)"),
    "direct_q": Label("孤独感（直接質問）", "Loneliness (direct question)"),
    "q4": Label("問4（同居していない家族や友人たちと直接会って話す頻度）",
                "Q4 (meeting non-cohabiting family or friends)"),
    "note": Label("備考", "Notes"),
}

REFERRAL_LABELS: dict[str, Label] = {
    "person_id": Label("対象者（当事者）", "Person"),
    "organization_id": Label("つなぎ先の機関", "Organisation"),
    "destination_kind": Label("つなぎ先の種類", "Kind of destination"),
    "referred_on": Label("紹介日", "Referral date"),
    "reason": Label("理由", "Reason"),
    "outcome": Label("状況", "Status"),
    "outcome_on": Label("結果の日付", "Outcome date"),
    "note": Label("結果・経過", "Outcome and progress"),
}

ORGANIZATION_LABELS: dict[str, Label] = {
    "name": Label("機関名", "Name"),
    "kind": Label("関係機関の種類", "Kind of organisation"),
    "district_code": Label("地区", "District"),
    "phone": Label("電話番号", "Phone"),
    "address": Label("住所", "Address"),
    "contact_person": Label("担当者", "Contact person"),
    "council_member": Label("地域協議会の構成機関等", "Member of the regional council"),
    "council_name": Label("協議会の名称", "Council name"),
    "note": Label("備考", "Notes"),
    "active": Label("使用中", "Active"),
}

_IN_PROGRESS = "in_progress"


@dataclass(frozen=True, slots=True, kw_only=True)
class Assessment:
    """One administration of the survey items (raw answers; None = 無回答 / not asked)."""

    id: str | None = None
    person_id: str | None = None
    assessed_on: date | None = None
    administered_by: str | None = None
    ucla_q1: int | None = None
    ucla_q2: int | None = None
    ucla_q3: int | None = None
    direct_q: int | None = None
    q4: str | None = None
    note: str | None = None

    @property
    def ucla_score(self) -> int | None:
        """3–12 when all three UCLA items hold valid answers, else None."""
        try:
            return survey.ucla_score(self.ucla_q1, self.ucla_q2, self.ucla_q3)
        except ValueError:
            return None

    @property
    def ucla_band(self) -> str | None:
        """Band code (``"3"``, ``"4-6"``, ``"7-9"``, ``"10-12"``) or None."""
        score = self.ucla_score
        return None if score is None else survey.ucla_band(score)

    def ucla_band_label(self, lang: str = "ja") -> str | None:
        band = self.ucla_band
        return None if band is None else survey.UCLA_BANDS.label(band, lang)

    @property
    def feels_lonely(self) -> bool | None:
        """「孤独感がある」 by the direct question; None when not answered or invalid."""
        if self.direct_q is None or str(self.direct_q) not in survey.DIRECT_ANSWERS:
            return None
        return survey.feels_lonely(str(self.direct_q))

    @property
    def answered_count(self) -> int:
        """Items with an answer (問4 「無回答」 is not an answer)."""
        values = (self.ucla_q1, self.ucla_q2, self.ucla_q3, self.direct_q)
        q4 = self.q4 not in (None, "", survey.UNANSWERED)
        return sum(v is not None for v in values) + int(q4)

    def normalized(self) -> Assessment:
        return replace(self, person_id=clean_opt(self.person_id),
                       administered_by=clean_opt(self.administered_by),
                       q4=clean_opt(self.q4), note=clean_opt(self.note))

    def validate(self, *, today: date, codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        L = ASSESSMENT_LABELS
        c.required("person_id", self.person_id, L["person_id"], choose=True)
        assessed = c.a_date("assessed_on", self.assessed_on, L["assessed_on"])
        if assessed is None and not c.has("assessed_on"):
            c.required("assessed_on", assessed, L["assessed_on"])
        c.not_future("assessed_on", assessed, today, L["assessed_on"])
        for name, high in (("ucla_q1", 4), ("ucla_q2", 4), ("ucla_q3", 4), ("direct_q", 5)):
            value = c.an_int(name, getattr(self, name), L[name])
            c.in_range(name, value, 1, high, L[name])
        if self.q4 is not None:
            c.code("q4", self.q4, "contact_frequency")
        if self.answered_count == 0:
            c.add("", "回答が1つもありません。少なくとも1つの設問の回答を記録してください。",
                  "No question has been answered; record the answer to at least one question.")
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class Referral:
    """つなぎ: a person referred to another agency, and how it turned out."""

    id: str | None = None
    person_id: str | None = None
    organization_id: str | None = None
    destination_kind: str = ""
    referred_on: date | None = None
    reason: str | None = None
    outcome: str = _IN_PROGRESS
    outcome_on: date | None = None
    note: str | None = None

    @property
    def is_settled(self) -> bool:
        return self.outcome != _IN_PROGRESS

    def normalized(self) -> Referral:
        return replace(self, person_id=clean_opt(self.person_id),
                       organization_id=clean_opt(self.organization_id),
                       destination_kind=clean(self.destination_kind), reason=clean_opt(self.reason),
                       outcome=clean(self.outcome), note=clean_opt(self.note))

    def validate(self, *, today: date, codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        L = REFERRAL_LABELS
        c.required("person_id", self.person_id, L["person_id"], choose=True)
        if c.required("destination_kind", self.destination_kind, L["destination_kind"], choose=True):
            c.code("destination_kind", self.destination_kind, "org_kind")
        referred = c.a_date("referred_on", self.referred_on, L["referred_on"])
        outcome_on = c.a_date("outcome_on", self.outcome_on, L["outcome_on"])
        if referred is None and not c.has("referred_on"):
            c.required("referred_on", referred, L["referred_on"])
        c.not_future("referred_on", referred, today, L["referred_on"])
        if c.required("outcome", self.outcome, L["outcome"], choose=True):
            c.code("outcome", self.outcome, "referral_outcome")
        if self.outcome and self.is_settled and outcome_on is None and not c.has("outcome_on"):
            c.add("outcome_on", "つながった・不成立のときは、結果の日付を入力してください。",
                  "Enter the outcome date once the referral has an outcome.")
        c.not_future("outcome_on", outcome_on, today, L["outcome_on"])
        c.not_before("outcome_on", outcome_on, referred, L["outcome_on"], L["referred_on"])
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class Organization:
    """A related agency (関係機関), possibly a 構成機関等 of a 孤独・孤立対策地域協議会."""

    id: str | None = None
    name: str = ""
    kind: str = ""
    district_code: str | None = None
    phone: str | None = None
    address: str | None = None
    contact_person: str | None = None
    council_member: bool = False
    council_name: str | None = None
    note: str | None = None
    active: bool = True

    def normalized(self) -> Organization:
        return replace(self, name=clean(self.name), kind=clean(self.kind),
                       district_code=clean_opt(self.district_code), phone=normalize_phone(self.phone),
                       address=clean_opt(self.address), contact_person=clean_opt(self.contact_person),
                       council_name=clean_opt(self.council_name), note=clean_opt(self.note))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        L = ORGANIZATION_LABELS
        c.required("name", self.name, L["name"])
        if c.required("kind", self.kind, L["kind"], choose=True):
            c.code("kind", self.kind, "org_kind")
        c.phone("phone", self.phone, L["phone"])
        if self.council_member and not self.council_name:
            c.add("council_name", "地域協議会の構成機関等のときは、協議会の名称を入力してください。",
                  "Enter the council's name for a member of a regional council.")
        c.raise_if_any()
