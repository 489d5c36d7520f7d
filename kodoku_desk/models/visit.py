"""見守り visit records: :class:`Visit`, its :class:`Visitor` and :class:`VisitAction` rows.

Tables ``visits``, ``visit_visitors``, ``visit_signs`` (``Visit.signs``) and
``visit_actions`` (DOMAIN.md §2.2, §2.5).  Date-times are naive local time,
kept to the minute.  :class:`~.followup.FollowUp` is re-exported from here.

Rules (§2.5): 対応区分 2 or more needs at least one 対応・連絡 row; 対応区分 3
(緊急対応) needs the outcome (``emergency_outcome`` code) recorded on a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from . import frequency
from .checks import Checker, clean, clean_codes, clean_opt
from .codelist import CodeList
from .errors import FieldError
from .followup import FollowUp, FollowUpOutcome, FollowUpStatus, Urgency
from .labels import Label, LabeledEnum

__all__ = [
    "CLOCK_SKEW",
    "EARLIEST_VISIT",
    "VISIT_LABELS",
    "FollowUp",
    "FollowUpOutcome",
    "FollowUpStatus",
    "Urgency",
    "Visit",
    "VisitAction",
    "Visitor",
    "VisitorKind",
]

#: A visit may be stamped up to this much after "now" (another computer's clock).
CLOCK_SKEW = timedelta(minutes=10)
EARLIEST_VISIT = datetime(2000, 1, 1)

VISIT_LABELS: dict[str, Label] = {
    "person_id": Label("対象者（当事者）", "Person"),
    "visit_at": Label("訪問日時", "Date and time of visit"),
    "visit_date": Label("訪問日", "Visit date"),
    "visitors": Label("訪問者", "Visitors"),
    "method": Label("見守り方法", "Check-in method"),
    "safety_check": Label("安否確認", "Safety check"),
    "condition": Label("本人の様子", "Person's condition"),
    "condition_note": Label("本人の様子（メモ）", "Condition notes"),
    "response_level": Label("対応区分", "Response level"),
    "signs": Label("気づき（異変のサイン）", "Warning signs"),
    "actions": Label("対応・連絡", "Actions and contacts"),
    "follow_up_requested": Label("要フォロー", "Follow-up needed"),
    "next_due": Label("次回予定日", "Next planned contact"),
    "note": Label("特記事項", "Notes"),
    "contact_type": Label("連絡先種別", "Contacted party"),
    "acted_at": Label("対応日時", "Date and time of action"),
    "content": Label("内容", "What was done"),
    "result": Label("結果", "Result"),
    "result_note": Label("結果（メモ）", "Result notes"),
    "visitor_name": Label("訪問者の氏名", "Visitor's name"),
    "visitor_kind": Label("訪問者の種別", "Kind of visitor"),
}
_L = VISIT_LABELS


class VisitorKind(LabeledEnum):
    """``visit_visitors.visitor_kind``."""

    STAFF = ("staff", "職員", "Staff")
    VOLUNTEER = ("volunteer", "ボランティア", "Volunteer")
    MINSEI = ("minsei", "民生委員", "Minsei-iin")
    OTHER = ("other", "その他", "Other")


def _limit(today: date, now: datetime | None) -> datetime:
    """Latest acceptable time stamp: ``now`` (or the end of ``today``) plus :data:`CLOCK_SKEW`."""
    return (now if now is not None else datetime.combine(today, time.max)) + CLOCK_SKEW


def _to_minute(value: datetime | None) -> datetime | None:
    return value.replace(second=0, microsecond=0) if isinstance(value, datetime) else value


@dataclass(frozen=True, slots=True, kw_only=True)
class Visitor:
    """Who made the visit: a user account, or a name (民生委員, helper) without one."""

    user_id: str | None = None
    visitor_name: str | None = None
    visitor_kind: str = VisitorKind.STAFF.value

    def normalized(self) -> Visitor:
        return replace(self, user_id=clean_opt(self.user_id),
                       visitor_name=clean_opt(self.visitor_name), visitor_kind=clean(self.visitor_kind))

    def check(self, c: Checker) -> None:
        if not self.user_id and not self.visitor_name:
            c.add("visitor_name", "訪問者は職員・ボランティアを選ぶか、氏名を入力してください。",
                  "Choose a staff member or volunteer as visitor, or enter a name.")
        c.choice("visitor_kind", self.visitor_kind, VisitorKind, _L["visitor_kind"])


@dataclass(frozen=True, slots=True, kw_only=True)
class VisitAction:
    """One 対応・連絡 row: who was contacted, when, what was done and the result."""

    id: str | None = None
    visit_id: str | None = None
    contact_type: str = ""
    acted_at: datetime | None = None
    content: str | None = None
    result: str | None = None
    result_note: str | None = None

    def normalized(self) -> VisitAction:
        return replace(self, contact_type=clean(self.contact_type), acted_at=_to_minute(self.acted_at),
                       content=clean_opt(self.content), result=clean_opt(self.result),
                       result_note=clean_opt(self.result_note))

    def check(self, c: Checker, *, limit: datetime, visit_day: date | None = None) -> None:
        """Add this row's problems (plain field names) to ``c``."""
        if c.required("contact_type", self.contact_type, _L["contact_type"], choose=True):
            c.code("contact_type", self.contact_type, "contact_type")
        acted = c.a_datetime("acted_at", self.acted_at, _L["acted_at"])
        if acted is None and not c.has("acted_at"):
            c.required("acted_at", acted, _L["acted_at"])
        elif acted is not None:
            if acted > limit:
                c.add("acted_at", "対応日時が未来になっています。現在までの日時を入力してください。",
                      "The date and time of action is in the future; enter a time up to now.")
            c.not_before("acted_at", acted.date(), visit_day, _L["acted_at"], _L["visit_date"])
        c.code("result", self.result, "emergency_outcome")

    def validate(self, *, today: date, now: datetime | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        c = Checker(codes)
        self.check(c, limit=_limit(today, now))
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class Visit:
    """One 見守り contact with a person (visit, call, sighting …)."""

    id: str | None = None
    person_id: str | None = None
    visit_at: datetime
    visitors: tuple[Visitor, ...] = ()
    method: str = ""
    safety_check: str = ""
    condition: str | None = None
    condition_note: str | None = None
    response_level: int = 0
    signs: tuple[str, ...] = ()
    actions: tuple[VisitAction, ...] = ()
    follow_up_requested: bool = False
    next_due: date | None = None
    note: str | None = None

    @property
    def visit_date(self) -> date:
        return self.visit_at.date()

    @property
    def needs_follow_up(self) -> bool:
        """On the follow-up list: 対応区分 1 or more, or 要フォロー ticked."""
        return self.response_level >= 1 or self.follow_up_requested

    @property
    def safety_confirmed(self) -> bool:
        return self.safety_check == "confirmed"

    def suggested_next_due(self, frequency_code: str | None) -> date | None:
        """次回予定日 from the person's 見守り頻度 (None for 随時 or no plan)."""
        if not frequency_code or frequency_code not in frequency.INTERVAL_DAYS:
            return None
        return frequency.next_due(self.visit_date, frequency_code)

    def normalized(self) -> Visit:
        """Cleaned copy: time to the minute, codes stripped, signs without repeats."""
        return replace(
            self, person_id=clean_opt(self.person_id), visit_at=_to_minute(self.visit_at),
            visitors=tuple(v.normalized() for v in self.visitors),
            method=clean(self.method), safety_check=clean(self.safety_check),
            condition=clean_opt(self.condition), condition_note=clean_opt(self.condition_note),
            signs=clean_codes(self.signs), actions=tuple(a.normalized() for a in self.actions),
            note=clean_opt(self.note))

    def validate(self, *, today: date, now: datetime | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem.

        ``now`` is the current local time (default: the end of ``today``); a
        visit or action may be up to :data:`CLOCK_SKEW` after it.  Problems
        in visitor and action rows are reported on ``visitors`` / ``actions``
        with the row number in the message.
        """
        c = Checker(codes)
        limit = _limit(today, now)
        c.required("person_id", self.person_id, _L["person_id"], choose=True)
        visit_at = c.a_datetime("visit_at", self.visit_at, _L["visit_at"])
        if visit_at is None and not c.has("visit_at"):
            c.required("visit_at", visit_at, _L["visit_at"])
        elif visit_at is not None and visit_at > limit:
            c.add("visit_at", "訪問日時が未来になっています。現在までの日時を入力してください。",
                  "The visit date and time is in the future; enter a time up to now.")
        elif visit_at is not None and visit_at < EARLIEST_VISIT:
            c.add("visit_at", "訪問日時が2000年より前です。年を確認してください。",
                  "The visit date is before 2000; check the year.")
        visit_day = visit_at.date() if visit_at is not None else None
        if c.required("method", self.method, _L["method"], choose=True):
            c.code("method", self.method, "visit_method")
        if c.required("safety_check", self.safety_check, _L["safety_check"], choose=True):
            c.code("safety_check", self.safety_check, "safety_check")
        if self.method == "visit_absent" and self.safety_check == "confirmed":
            c.add("safety_check", "見守り方法が「訪問（不在）」のときは、安否確認を「本人確認できた」にできません。どちらかを直してください。",
                  "A home visit with nobody at home cannot have the person confirmed safe; "
                  "correct the method or the safety check.")
        c.code("condition", self.condition, "condition")
        c.code_each("signs", self.signs, "warning_sign")
        level = c.an_int("response_level", self.response_level, _L["response_level"])
        c.in_range("response_level", level, 0, 3, _L["response_level"])
        if c.has("response_level"):
            level = None  # an invalid level triggers no level rules
        self._check_rows(c, limit, visit_day)
        if level is not None and level >= 2 and not self.actions:
            c.add("actions", "対応区分が2以上のときは、対応・連絡を1件以上記録してください。",
                  "With response level 2 or higher, record at least one action or contact.")
        if level == 3 and not any(a.result in c.codes["emergency_outcome"] for a in self.actions):
            c.add("actions", "対応区分が3（緊急対応）のときは、対応・連絡の結果（安否確認済・救急搬送など）を記録してください。",
                  "With response level 3 (emergency), record the outcome of an action "
                  "(safety confirmed, taken to hospital …).")
        c.not_before("next_due", self.next_due, visit_day, _L["next_due"], _L["visit_date"])
        c.raise_if_any()

    def _check_rows(self, c: Checker, limit: datetime, visit_day: date | None) -> None:
        for field, rows, run in (
                ("visitors", self.visitors, lambda row, sub: row.check(sub)),
                ("actions", self.actions,
                 lambda row, sub: row.check(sub, limit=limit, visit_day=visit_day))):
            for number, row in enumerate(rows, start=1):
                sub = Checker(c.codes)
                run(row, sub)
                name = _L[field]
                for e in sub.errors:
                    c.errors.append(FieldError(field, f"{name.ja}（{number}件目）：{e.message_ja}",
                                               f"{name.en} (row {number}): {e.message_en}"))

