"""Domain layer: dataclasses, code lists, validation and pure rules.

No Qt, no database, no I/O: everything here is plain Python and unit-testable.
Modules: ``errors`` (ValidationError), ``kana`` (search keys, フリガナ),
``wareki`` (和暦, 年度, 満年齢, 学年), ``codes`` / ``codelist`` (code lists),
``frequency`` (見守り due dates), ``survey`` (loneliness survey items),
``schedule`` (a 居場所's usual schedule as JSON), ``holidays_jp`` (祝日 names
from the holidays library), ``series`` (session defaults, days of a series).

Records (frozen dataclasses whose fields are the table columns; each has
``normalized()`` and ``validate(*, today, codes=None)`` raising one
ValidationError with every problem): ``person`` (Person, Address,
EmergencyContact, PersonStaffPart, Consent), ``visit`` (Visit, Visitor,
VisitAction, FollowUp), ``records`` (Assessment, Referral, Organization),
``places`` (Place, PlaceSession, Attendance, WalkIn), ``user`` (Role, User).
Helpers: ``labels`` (LabeledEnum, Label), ``checks`` (Checker), ``rows``
(to_row / from_row).
"""

from .errors import FieldError, ValidationError
from .labels import Label, LabeledEnum
from .person import Address, Consent, EmergencyContact, Person, PersonKind, PersonStaffPart
from .places import Attendance, Place, PlaceSession, WalkIn
from .records import Assessment, Organization, Referral
from .user import Role, User
from .visit import FollowUp, FollowUpOutcome, FollowUpStatus, Urgency, Visit, VisitAction, Visitor, VisitorKind

__all__ = [
    "Address", "Assessment", "Attendance", "Consent", "EmergencyContact", "FieldError", "FollowUp",
    "FollowUpOutcome", "FollowUpStatus", "Label", "LabeledEnum", "Organization", "Person",
    "PersonKind", "PersonStaffPart", "Place", "PlaceSession", "Referral", "Role", "Urgency", "User",
    "ValidationError", "Visit", "VisitAction", "Visitor", "VisitorKind", "WalkIn",
]
