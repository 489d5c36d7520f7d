"""居場所: places, sessions (開催), attendance (参加) and anonymous walk-ins."""

from sqlalchemy import (Boolean, CheckConstraint, Column, Index, Integer, PrimaryKeyConstraint,
                        String, Table, Text, UniqueConstraint, func)

from kodoku_desk.store.schema.base import fk, metadata, stamps, uuid_pk

places = Table(
    "places", metadata,
    uuid_pk(),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("district_code", String(48)),
    Column("schedule", Text),        # JSON rule, e.g. {"nth": 2, "weekday": 1}
    Column("default_venue", Text),
    Column("default_start", String(5)),
    Column("default_end", String(5)),
    Column("active", Boolean, nullable=False, default=True),
    *stamps(),
)

place_sessions = Table(  # 開催
    "place_sessions", metadata,
    uuid_pk(),
    fk("place_id", "places.id", index=False),
    Column("held_on", String(10), nullable=False),
    Column("start_time", String(5)),
    Column("end_time", String(5)),
    Column("venue", Text),
    Column("activity_form", String(32), nullable=False),
    Column("program", Text),
    Column("meals_served", Integer, nullable=False, default=0),
    Column("fee_yen", Integer),
    Column("note", Text),
    *stamps(),
    CheckConstraint("meals_served >= 0", name="meals"),
)
Index("ix_place_sessions_place_held", place_sessions.c.place_id, place_sessions.c.held_on)
Index("ix_place_sessions_held", place_sessions.c.held_on)

attendance = Table(  # 参加 of a registered person
    "attendance", metadata,
    uuid_pk(),
    fk("session_id", "place_sessions.id", index=False),
    fk("person_id", "persons.id", index=False),
    Column("category", String(16), nullable=False),   # 参加者区分
    Column("role", String(16), nullable=False, default="participant"),
    Column("checked_in_at", String(19)),
    *stamps(),
    # the session's day and its place's 種類 (migration 0009), copied by triggers — never
    # written by the app: the report tables read a period's attendance along
    # ix_attendance_month
    Column("held_on", String(10)),
    Column("place_kind", String(32)),
    UniqueConstraint("session_id", "person_id"),
    CheckConstraint("role in ('participant', 'volunteer', 'staff')", name="role"),
)

# a person's attendance by day with its sessions, index only (migration 0010): "came
# before the period" (新規) and the latest attendance are one seek each
Index("ix_attendance_person_held", attendance.c.person_id, attendance.c.held_on,
      attendance.c.session_id)
# a session's day by id, index only (joins from attendance to its sessions' days)
Index("ix_place_sessions_id_held", place_sessions.c.id, place_sessions.c.held_on)
# report tables (migration 0006): a session's attendance with role and 区分, index only
Index("ix_attendance_session_role", attendance.c.session_id, attendance.c.person_id,
      attendance.c.role, attendance.c.category)
# report tables (migration 0009): attendance by month, then person, index only
Index("ix_attendance_month", func.substr(attendance.c.held_on, 1, 7), attendance.c.person_id,
      attendance.c.role, attendance.c.category, attendance.c.place_kind, attendance.c.held_on)

walkins = Table(  # 匿名参加者数 by 参加者区分
    "walkins", metadata,
    fk("session_id", "place_sessions.id", index=False),
    Column("category", String(16), nullable=False),
    Column("count", Integer, nullable=False, default=0),
    *stamps(),
    PrimaryKeyConstraint("session_id", "category"),
    CheckConstraint("count >= 0", name="count"),
)
