"""Indexes for the lists and dashboards (五十音順 list, timelines, visit periods).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "persons": [("ix_persons_sort_key", ["sort_key"]),
                ("ix_persons_district_status", ["district_code", "status"])],
    "visits": [("ix_visits_person_at", ["person_id", "visit_at"]),
               ("ix_visits_visit_at", ["visit_at"])],
    "place_sessions": [("ix_place_sessions_place_held", ["place_id", "held_on"]),
                       ("ix_place_sessions_held", ["held_on"])],
    "follow_ups": [("ix_follow_ups_status_due", ["status", "due_on"])],
}


def upgrade() -> None:
    for table, indexes in INDEXES.items():
        for name, columns in indexes:
            op.create_index(name, table, columns)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
