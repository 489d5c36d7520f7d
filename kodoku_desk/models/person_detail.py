"""The person page (当事者の詳細): assignments of workers, family links, and the whole record.

:class:`Assignment` is table ``person_assignments`` (with the worker's display
name joined in); :class:`FamilyLink` is table ``person_links`` seen from one
person; :class:`PersonDetail` is everything the person page shows except the
timeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from .checks import Checker, clean
from .codelist import CodeList
from .consent import Consent, PersonStaffPart
from .labels import Label, LabeledEnum
from .person import Person

__all__ = ["ASSIGNMENT_LABELS", "Assignment", "AssignmentRole", "FamilyLink", "PersonDetail"]


class AssignmentRole(LabeledEnum):
    """``person_assignments.assignment_role``."""

    PRIMARY = ("primary", "主担当", "Primary worker")
    VOLUNTEER = ("volunteer", "見守りボランティア", "Volunteer")
    BACKUP = ("backup", "副担当", "Backup worker")


ASSIGNMENT_LABELS: dict[str, Label] = {
    "user_id": Label("担当者", "Worker"),
    "role": Label("担当の種類", "Assignment type"),
    "start_on": Label("担当開始日", "Start date"),
    "end_on": Label("担当終了日", "End date"),
}
_L = ASSIGNMENT_LABELS


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """A worker assigned to a person.  ``end_on`` is the first day without the
    assignment (ended "today" = no longer assigned today)."""

    id: str | None = None
    person_id: str | None = None
    user_id: str | None = None
    role: str = AssignmentRole.PRIMARY.value
    start_on: date | None = None
    end_on: date | None = None
    worker_name: str = ""   # users.display_name (read only)
    worker_role: str = ""   # users.role (read only)

    def is_current(self, on: date) -> bool:
        """Started on or before ``on`` and not yet ended."""
        return ((self.start_on is None or self.start_on <= on)
                and (self.end_on is None or self.end_on > on))

    def normalized(self) -> Assignment:
        return replace(self, user_id=clean(self.user_id) or None, role=clean(self.role))

    def validate(self, *, today: date, codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        c.required("user_id", self.user_id, _L["user_id"], choose=True)
        if c.required("role", self.role, _L["role"], choose=True):
            c.choice("role", self.role, AssignmentRole, _L["role"])
        start = c.a_date("start_on", self.start_on, _L["start_on"])
        end = c.a_date("end_on", self.end_on, _L["end_on"])
        c.not_before("end_on", end, start, _L["end_on"], _L["start_on"])
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyLink:
    """Another registered person linked to this one (家族・親族).

    ``relation`` is who *the other person* is to this one (「母」) when
    ``reverse`` is False; when the link was recorded on the other person's
    record, ``reverse`` is True and ``relation`` says who *this* person is to
    them (this person is the other's 「母」).
    """

    id: str
    person_id: str          # the other person
    person_code: str
    full_name: str
    relation: str
    reverse: bool = False
    status: str = "active"


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonDetail:
    """The person page: the record, the staff-only part (``None`` when the user
    may not see it, e.g. a volunteer), consents (newest first), assignments
    (current first) and family links."""

    person: Person
    staff: PersonStaffPart | None
    consents: tuple[Consent, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    family: tuple[FamilyLink, ...] = ()

    def current_assignments(self, on: date) -> tuple[Assignment, ...]:
        return tuple(a for a in self.assignments if a.is_current(on))

    def consent_in_force(self, scope: str, on: date) -> Consent | None:
        """The newest consent that covers ``scope`` on ``on`` (None if there is none)."""
        return next((c for c in self.consents if c.covers(scope, on)), None)
