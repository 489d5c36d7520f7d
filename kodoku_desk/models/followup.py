"""Follow-ups (table ``follow_ups``): cases that stay on the list until someone closes them.

A visit with 対応区分 1 or more, or with 要フォロー ticked, opens one
(DOMAIN.md §2.5).  Import from :mod:`.visit`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from .checks import Checker, clean, clean_opt
from .codelist import CodeList
from .labels import Label, LabeledEnum

__all__ = ["FOLLOW_UP_LABELS", "FollowUp", "FollowUpOutcome", "FollowUpStatus", "Urgency"]


class Urgency(LabeledEnum):
    """``follow_ups.urgency``, most urgent first."""

    HIGH = ("high", "高", "High")
    NORMAL = ("normal", "通常", "Normal")
    LOW = ("low", "低", "Low")

    @property
    def rank(self) -> int:
        """0 for high … 2 for low, for sorting."""
        return list(Urgency).index(self)


class FollowUpStatus(LabeledEnum):
    OPEN = ("open", "対応中", "Open")
    CLOSED = ("closed", "完了", "Closed")


class FollowUpOutcome(LabeledEnum):
    """How a follow-up ended (``follow_ups.outcome``)."""

    RESOLVED = ("resolved", "解決した", "Resolved")
    CONNECTED = ("connected", "関係機関につないだ", "Passed on to an agency")
    WATCHING = ("watching", "通常の見守りに戻した", "Back to regular check-ins")
    UNREACHABLE = ("unreachable", "連絡がとれない", "Could not be reached")
    NOT_NEEDED = ("not_needed", "対応不要になった", "No longer needed")
    OTHER = ("other", "その他", "Other")


FOLLOW_UP_LABELS: dict[str, Label] = {
    "person_id": Label("対象者（当事者）", "Person"),
    "opened_on": Label("開始日", "Opened on"),
    "due_on": Label("期限", "Due date"),
    "urgency": Label("緊急度", "Urgency"),
    "assignee_id": Label("担当者", "Assignee"),
    "reason": Label("理由", "Reason"),
    "status": Label("状況", "Status"),
    "closed_on": Label("完了日", "Closed on"),
    "outcome": Label("対応結果", "Outcome"),
    "outcome_note": Label("対応結果（メモ）", "Outcome notes"),
}
_L = FOLLOW_UP_LABELS


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUp:
    """One follow-up case for a person, usually opened from a visit."""

    id: str | None = None
    person_id: str | None = None
    visit_id: str | None = None
    opened_on: date | None = None
    due_on: date | None = None
    urgency: str = Urgency.NORMAL.value
    assignee_id: str | None = None
    reason: str | None = None
    status: str = FollowUpStatus.OPEN.value
    closed_on: date | None = None
    closed_by: str | None = None
    outcome: str | None = None
    outcome_note: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status == FollowUpStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        """Open and past its due date (the due day itself is not overdue)."""
        return self.is_open and self.due_on is not None and today > self.due_on

    def closed(self, *, on: date, outcome: str, note: str | None = None,
               by: str | None = None) -> FollowUp:
        """A closed copy (validate it before saving)."""
        return replace(self, status=FollowUpStatus.CLOSED.value, closed_on=on, outcome=outcome,
                       outcome_note=note, closed_by=by)

    def normalized(self) -> FollowUp:
        return replace(self, person_id=clean_opt(self.person_id), urgency=clean(self.urgency),
                       assignee_id=clean_opt(self.assignee_id), reason=clean_opt(self.reason),
                       status=clean(self.status), outcome=clean_opt(self.outcome),
                       outcome_note=clean_opt(self.outcome_note))

    def validate(self, *, today: date, codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        c.required("person_id", self.person_id, _L["person_id"], choose=True)
        opened = c.a_date("opened_on", self.opened_on, _L["opened_on"])
        due = c.a_date("due_on", self.due_on, _L["due_on"])
        closed = c.a_date("closed_on", self.closed_on, _L["closed_on"])
        if opened is None and not c.has("opened_on"):
            c.required("opened_on", opened, _L["opened_on"])
        c.not_future("opened_on", opened, today, _L["opened_on"])
        c.not_before("due_on", due, opened, _L["due_on"], _L["opened_on"])
        if c.required("urgency", self.urgency, _L["urgency"], choose=True):
            c.choice("urgency", self.urgency, Urgency, _L["urgency"])
        if c.required("status", self.status, _L["status"], choose=True):
            c.choice("status", self.status, FollowUpStatus, _L["status"])
        c.choice("outcome", self.outcome, FollowUpOutcome, _L["outcome"])
        if self.status == FollowUpStatus.CLOSED:
            if not self.outcome:
                c.add("outcome", "完了にするときは対応結果を選んでください。",
                      "Choose the outcome to close the follow-up.")
            if closed is None and not c.has("closed_on"):
                c.add("closed_on", "完了にするときは完了日を入力してください。",
                      "Enter the date the follow-up was closed.")
        elif closed is not None:
            c.add("closed_on", "対応中のときは完了日を空欄にしてください。",
                  "Leave the closing date empty while the follow-up is open.")
        c.not_future("closed_on", closed, today, _L["closed_on"])
        c.not_before("closed_on", closed, opened, _L["closed_on"], _L["opened_on"])
        c.raise_if_any()
