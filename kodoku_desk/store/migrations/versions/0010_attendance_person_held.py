"""ix_attendance_person_held (person, day, session) replaces ix_attendance_person_session.

新規 in the 居場所 counts (the report tables and the 居場所 screen's 年度 table) asks,
for every person who came in the period, whether they came at all before it.  That
look-back walked the person's attendance along (person, session) and read each
session's day by id; with the day copied onto each attendance row (migration 0009) it is
one seek along (person, day).  The session id stays in the index, so every read of "a
person's attendance with its sessions" is still index only.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_attendance_person_held", "attendance",
                    ["person_id", "held_on", "session_id"])
    op.drop_index("ix_attendance_person_session", table_name="attendance")


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
