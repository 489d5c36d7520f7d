"""Covering indexes for the 当事者 list (search as you type) and the latest 居場所 attendance.

- ix_persons_list replaces ix_persons_sort_key: same leading column, plus the
  tie-breaker person_code (so 五十音順 needs no sort) and every column the list
  filters on, so a search reads the index in order and touches a table row
  only for the rows it returns.
- ix_attendance_person_session replaces ix_attendance_person_id: a person's
  attendance with the session ids, without reading attendance rows.
- ix_place_sessions_id_held: a session's date by id without reading the row.
Together they make "latest attendance of this person" an index-only lookup.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PERSONS_LIST = ["sort_key", "person_code", "status", "kind", "district_code", "search_key",
                "phone_digits", "phone2_digits", "id"]


def upgrade() -> None:
    op.create_index("ix_persons_list", "persons", PERSONS_LIST)
    op.drop_index("ix_persons_sort_key", table_name="persons")
    op.create_index("ix_attendance_person_session", "attendance", ["person_id", "session_id"])
    op.drop_index("ix_attendance_person_id", table_name="attendance")
    op.create_index("ix_place_sessions_id_held", "place_sessions", ["id", "held_on"])


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
