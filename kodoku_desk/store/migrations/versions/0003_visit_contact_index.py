"""Covering index for "latest contact per person" (ホーム, overdue list).

Replaces ix_visits_person_at: the new index has the same leading columns and also
carries safety_check and next_due, so the dashboard reads no table pages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visits_person_contact", "visits",
                    ["person_id", "visit_at", "safety_check", "next_due"])
    op.drop_index("ix_visits_person_at", table_name="visits")


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
