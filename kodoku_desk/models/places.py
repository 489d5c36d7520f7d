"""居場所 / サロン / こども食堂: :class:`Place`, :class:`PlaceSession` (開催),
:class:`Attendance` (参加) and :class:`WalkIn` (匿名参加者数).

Tables ``places``, ``place_sessions``, ``attendance`` and ``walkins``
(DOMAIN.md §3.2).  Times are stored as ``HH:MM``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from .checks import Checker, clean, clean_opt
from .codelist import CodeList
from .labels import Label
from .schedule import Schedule, ScheduleError

__all__ = ["PLACE_LABELS", "Attendance", "Place", "PlaceSession", "WalkIn"]

PLACE_LABELS: dict[str, Label] = {
    "name": Label("居場所の名称", "Name of the place"),
    "kind": Label("居場所の種類", "Kind of place"),
    "district_code": Label("地区", "District"),
    "schedule": Label("開催予定", "Schedule"),
    "default_venue": Label("いつもの会場", "Usual venue"),
    "default_start": Label("いつもの開始時刻", "Usual start time"),
    "default_end": Label("いつもの終了時刻", "Usual end time"),
    "place_id": Label("居場所", "Place"),
    "held_on": Label("開催日", "Date held"),
    "start_time": Label("開始時刻", "Start time"),
    "end_time": Label("終了時刻", "End time"),
    "venue": Label("会場", "Venue"),
    "activity_form": Label("活動形態", "Activity form"),
    "program": Label("プログラム内容", "Programme"),
    "meals_served": Label("提供食数", "Meals served"),
    "fee_yen": Label("参加費（円）", "Fee (yen)"),
    "session_id": Label("開催", "Session"),
    "person_id": Label("参加者", "Participant"),
    "category": Label("参加者区分", "Participant category"),
    "role": Label("参加の役割", "Attendance role"),
    "count": Label("人数", "Number of people"),
    "note": Label("備考", "Notes"),
}
_L = PLACE_LABELS


def _check_times(c: Checker, start_field: str, start: object, end_field: str, end: object) -> None:
    start_t = c.a_time(start_field, start, _L[start_field])
    end_t = c.a_time(end_field, end, _L[end_field])
    if start_t is not None and end_t is not None and end_t <= start_t:
        c.add(end_field, f"{_L[end_field].ja}は{_L[start_field].ja}より後にしてください。",
              f"{_L[end_field].en} must be after {_L[start_field].en.lower()}.")


def _minute(value: time | None) -> time | None:
    return value.replace(second=0, microsecond=0) if isinstance(value, time) else value


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A 居場所 (salon, こども食堂 …) that holds sessions."""

    id: str | None = None
    name: str = ""
    kind: str = ""
    district_code: str | None = None
    schedule: str | None = None  # JSON rule, e.g. {"nth": 2, "weekday": 1}; read by services
    default_venue: str | None = None
    default_start: time | None = None
    default_end: time | None = None
    active: bool = True

    def normalized(self) -> Place:
        """Cleaned text; a readable schedule rewritten in its canonical JSON form."""
        schedule = clean_opt(self.schedule) if isinstance(self.schedule, str) else self.schedule
        rule = Schedule.parse_or_none(schedule) if isinstance(schedule, str) else None
        return replace(self, name=clean(self.name), kind=clean(self.kind),
                       district_code=clean_opt(self.district_code),
                       schedule=rule.to_json() if rule is not None else schedule,
                       default_venue=clean_opt(self.default_venue),
                       default_start=_minute(self.default_start), default_end=_minute(self.default_end))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        c.required("name", self.name, _L["name"])
        if c.required("kind", self.kind, _L["kind"], choose=True):
            c.code("kind", self.kind, "place_kind")
        if self.schedule is not None and not isinstance(self.schedule, str):
            c.add("schedule", "開催予定の形式が正しくありません。選び直してください。",
                  "The schedule is not a valid rule; choose it again.")
        else:
            try:
                Schedule.parse(self.schedule)
            except ScheduleError as error:
                c.add("schedule", error.message_ja, error.message_en)
        _check_times(c, "default_start", self.default_start, "default_end", self.default_end)
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceSession:
    """開催: one session of a place."""

    id: str | None = None
    place_id: str | None = None
    held_on: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    activity_form: str = ""
    program: str | None = None
    meals_served: int = 0
    fee_yen: int | None = None
    note: str | None = None

    @property
    def duration_minutes(self) -> int | None:
        """Length in minutes (for conditions such as 「1回当たり2時間以上」), or None."""
        if self.start_time is None or self.end_time is None:
            return None
        start = datetime.combine(date.min, self.start_time)
        return int((datetime.combine(date.min, self.end_time) - start).total_seconds() // 60)

    def normalized(self) -> PlaceSession:
        return replace(self, place_id=clean_opt(self.place_id), start_time=_minute(self.start_time),
                       end_time=_minute(self.end_time), venue=clean_opt(self.venue),
                       activity_form=clean(self.activity_form), program=clean_opt(self.program),
                       note=clean_opt(self.note))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem.

        Sessions may lie in the future (planned sessions), so ``today`` is unused.
        """
        c = Checker(codes)
        c.required("place_id", self.place_id, _L["place_id"], choose=True)
        held = c.a_date("held_on", self.held_on, _L["held_on"])
        if held is None and not c.has("held_on"):
            c.required("held_on", held, _L["held_on"])
        _check_times(c, "start_time", self.start_time, "end_time", self.end_time)
        if c.required("activity_form", self.activity_form, _L["activity_form"], choose=True):
            c.code("activity_form", self.activity_form, "activity_form")
        meals = c.an_int("meals_served", self.meals_served, _L["meals_served"])
        if meals is None and not c.has("meals_served"):
            c.required("meals_served", meals, _L["meals_served"])
        c.not_negative("meals_served", meals, _L["meals_served"])
        c.not_negative("fee_yen", c.an_int("fee_yen", self.fee_yen, _L["fee_yen"]), _L["fee_yen"])
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class Attendance:
    """参加: a registered person at a session."""

    id: str | None = None
    session_id: str | None = None
    person_id: str | None = None
    category: str = ""
    role: str = "participant"
    checked_in_at: datetime | None = None

    def normalized(self) -> Attendance:
        return replace(self, session_id=clean_opt(self.session_id),
                       person_id=clean_opt(self.person_id), category=clean(self.category),
                       role=clean(self.role))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        c.required("session_id", self.session_id, _L["session_id"], choose=True)
        c.required("person_id", self.person_id, _L["person_id"], choose=True)
        if c.required("category", self.category, _L["category"], choose=True):
            c.code("category", self.category, "participant_category")
        if c.required("role", self.role, _L["role"], choose=True):
            c.code("role", self.role, "attendance_role")
        c.a_datetime("checked_in_at", self.checked_in_at, Label("受付日時", "Check-in time"))
        c.raise_if_any()


@dataclass(frozen=True, slots=True, kw_only=True)
class WalkIn:
    """匿名参加者数: people at a session who are not registered, counted by 参加者区分."""

    session_id: str | None = None
    category: str = ""
    count: int = 0

    def normalized(self) -> WalkIn:
        return replace(self, session_id=clean_opt(self.session_id), category=clean(self.category))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        c.required("session_id", self.session_id, _L["session_id"], choose=True)
        if c.required("category", self.category, _L["category"], choose=True):
            c.code("category", self.category, "participant_category")
        count = c.an_int("count", self.count, _L["count"])
        if count is None and not c.has("count"):
            c.required("count", count, _L["count"])
        c.not_negative("count", count, _L["count"])
        c.raise_if_any()
