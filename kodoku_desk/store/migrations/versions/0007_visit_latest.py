"""visit_latest: each person's latest 見守り and latest confirmed one, kept by triggers.

ホーム (the overdue and planned lists) and the 当事者 list's 「連絡が途絶えている」 filter
need, for every active person, the latest visit (its 安否確認 and 次回予定日) and the
latest visit with 本人確認できた.  Found from the visits themselves, that is a step on
ix_visits_person_contact for each of 20,000 persons: a leaf page each, ~70 MB of index
pages read and kept in the page cache on the DESIGN.md §8 dataset.  This table holds the
answer — one row per person with visits — and triggers on ``visits`` keep it exact:
after any insert, delete or change of a visit the rows of the person(s) concerned are
recomputed from that person's visits (a few dozen index entries), so what the table says
is by construction what the query on the visits would say (tests/store/test_visit_latest.py
checks it after random edits).

No foreign key to persons: when a person is deleted their visits go by cascade, each
delete recomputes the row, and the last one leaves none.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _refresh(pid: str) -> str:
    """The statements that recompute ``visit_latest`` for the person ``pid`` (an SQL
    expression: ``NEW.person_id`` / ``OLD.person_id``).  "Latest" is the last entry of
    ix_visits_person_contact (person_id, visit_at, …) — the order the screens used when
    they read the visits themselves."""
    return f"""
    DELETE FROM visit_latest WHERE person_id = {pid};
    INSERT INTO visit_latest (person_id, visit_at, safety_check, next_due, confirmed_at)
    SELECT person_id, visit_at, safety_check, next_due,
           (SELECT c.visit_at FROM visits AS c
            WHERE c.person_id = {pid} AND c.safety_check = 'confirmed'
            ORDER BY c.visit_at DESC LIMIT 1)
    FROM (SELECT person_id, visit_at, safety_check, next_due FROM visits
          WHERE person_id = {pid} ORDER BY visit_at DESC LIMIT 1);"""


TRIGGERS = (
    f"""CREATE TRIGGER tr_visits_latest_insert AFTER INSERT ON visits
    BEGIN {_refresh("NEW.person_id")}
    END""",
    f"""CREATE TRIGGER tr_visits_latest_delete AFTER DELETE ON visits
    BEGIN {_refresh("OLD.person_id")}
    END""",
    f"""CREATE TRIGGER tr_visits_latest_update
    AFTER UPDATE OF person_id, visit_at, safety_check, next_due ON visits
    BEGIN {_refresh("NEW.person_id")}
    END""",
    # a visit moved to another person: the person it left too
    f"""CREATE TRIGGER tr_visits_latest_move AFTER UPDATE OF person_id ON visits
    WHEN OLD.person_id IS NOT NEW.person_id
    BEGIN {_refresh("OLD.person_id")}
    END""",
)

#: Every person with visits, from the same index as the triggers' statements.
BACKFILL = """
INSERT INTO visit_latest (person_id, visit_at, safety_check, next_due, confirmed_at)
SELECT p.id, l.visit_at, l.safety_check, l.next_due,
       (SELECT c.visit_at FROM visits AS c
        WHERE c.person_id = p.id AND c.safety_check = 'confirmed'
        ORDER BY c.visit_at DESC LIMIT 1)
FROM persons AS p CROSS JOIN visits AS l
  ON l.rowid = (SELECT v.rowid FROM visits AS v WHERE v.person_id = p.id
                ORDER BY v.visit_at DESC LIMIT 1)"""


def upgrade() -> None:
    op.create_table(
        "visit_latest",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("visit_at", sa.String(19), nullable=False),
        sa.Column("safety_check", sa.String(16), nullable=False),
        sa.Column("next_due", sa.String(10)),
        sa.Column("confirmed_at", sa.String(19)),
        sa.PrimaryKeyConstraint("person_id", name="pk_visit_latest"),
    )
    op.execute(BACKFILL)
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
