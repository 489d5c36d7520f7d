"""visit_signs.person_id / visit_month: a 気づき's visit person and month, kept by triggers.

The report tables count 気づき by month with the distinct persons behind each cell.  A
sign row only names its visit, so a period's signs were found by looking up each
visit — every sign of the database probed on the visits' id index for a 年度 (98,000
probes on the DESIGN.md §8 dataset), or every visit of the period probed on
visit_signs for a month.  With the visit's person and month copied onto the sign and
ix_visit_signs_month (visit_month, person_id, sign_code), a period's signs are one
index range, already in (month, person) order.

ix_visits_id_visit (migration 0006, for those probes) has no reader left and goes.

Triggers keep the copy exact: a new sign takes its visit's person and month, and a
visit whose person or time changes passes them to its signs.  The app never writes
the two columns.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_FROM_VISIT = """person_id = (SELECT v.person_id FROM visits AS v WHERE v.id = NEW.visit_id),
        visit_month = (SELECT substr(v.visit_at, 1, 7) FROM visits AS v WHERE v.id = NEW.visit_id)"""

TRIGGERS = (
    f"""CREATE TRIGGER tr_visit_signs_visit_insert AFTER INSERT ON visit_signs
    BEGIN
      UPDATE visit_signs SET {_FROM_VISIT}
      WHERE visit_id = NEW.visit_id AND sign_code = NEW.sign_code;
    END""",
    f"""CREATE TRIGGER tr_visit_signs_visit_update AFTER UPDATE OF visit_id ON visit_signs
    BEGIN
      UPDATE visit_signs SET {_FROM_VISIT}
      WHERE visit_id = NEW.visit_id AND sign_code = NEW.sign_code;
    END""",
    """CREATE TRIGGER tr_visits_signs_follow AFTER UPDATE OF person_id, visit_at ON visits
    BEGIN
      UPDATE visit_signs SET person_id = NEW.person_id, visit_month = substr(NEW.visit_at, 1, 7)
      WHERE visit_id = NEW.id;
    END""",
)


def upgrade() -> None:
    op.add_column("visit_signs", sa.Column("person_id", sa.String(36)))
    op.add_column("visit_signs", sa.Column("visit_month", sa.String(7)))
    op.execute("""UPDATE visit_signs SET (person_id, visit_month) =
                  (SELECT v.person_id, substr(v.visit_at, 1, 7) FROM visits AS v
                   WHERE v.id = visit_signs.visit_id)""")
    op.create_index("ix_visit_signs_month", "visit_signs",
                    ["visit_month", "person_id", "sign_code"])
    for sql in TRIGGERS:
        op.execute(sql)
    op.drop_index("ix_visits_id_visit", table_name="visits")


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
