"""Covering indexes for the report tables (issue 6): events read by month, then person.

A report cell counts events *and* the distinct persons behind them, so the events are
grouped by (month, person) first (kodoku_desk/store/report_queries.py).  An index whose
leading columns are the month and the person hands them over in that order — no sort —
and holds every column the tables use, so no table row is read:

- ix_visits_month: 見守り by ``substr(visit_at, 1, 7)``, person, then 見守り方法, 安否確認,
  対応区分 (``visit_at`` and ``id`` too: SQLite uses an index on an expression as covering
  only with the column itself in it, and the 気づき of a short period are found from
  the visit id);
- ix_visits_id_visit: a visit's time and person by id, for the 気づき of a long period
  (read from visit_signs, a tenth of the visits);
- ix_attendance_session_role: a session's attendance with role and 参加者区分;
- ix_follow_ups_opened_month / ix_follow_ups_closed_month: follow-ups by the month they
  were opened / closed, then person.

On the DESIGN.md §8 dataset (benchmarks/bench_reports.py) they take the 年度 report
from about 10 s to about 4 s (see the issue 6 notes in the commit); the visit indexes
add about 220 MB to the 1.2 GB file.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_visits_month", "visits",
     [sa.text("substr(visit_at, 1, 7)"), "person_id", "method", "safety_check",
      "response_level", "visit_at", "id"]),
    ("ix_visits_id_visit", "visits", ["id", "visit_at", "person_id"]),
    ("ix_attendance_session_role", "attendance", ["session_id", "person_id", "role", "category"]),
    ("ix_follow_ups_opened_month", "follow_ups",
     [sa.text("substr(opened_on, 1, 7)"), "person_id", "urgency", "opened_on"]),
    ("ix_follow_ups_closed_month", "follow_ups",
     ["status", sa.text("substr(closed_on, 1, 7)"), "person_id", "outcome", "closed_on"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
