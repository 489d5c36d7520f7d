"""attendance.held_on / place_kind: the session's day and its place's 種類, kept by triggers.

The report tables count attendance by month and person (延べ with the distinct persons
behind each cell, 実人数, 新規).  An attendance row only names its session, so a period's
attendance was found through the sessions held in it and each session's place, which
hands the rows over in session order: grouping them by (month, person) took a sort of
every row (228,000 for a 年度 on the DESIGN.md §8 dataset).  With the day and the 種類
copied onto each row and ix_attendance_month (month, person, role, 区分, 種類, day), a
period's attendance is one index range, already in (month, person) order, with every
column the tables use.

Triggers keep the copy exact: a new row (or one moved to another session) takes its
session's day and place 種類; a session whose day or place changes passes them to its
attendance; a place whose 種類 changes passes it to the attendance of all its sessions.
The app never writes the two columns.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_FROM_SESSION = """held_on = (SELECT s.held_on FROM place_sessions AS s WHERE s.id = NEW.session_id),
        place_kind = (SELECT p.kind FROM place_sessions AS s JOIN places AS p ON p.id = s.place_id
                      WHERE s.id = NEW.session_id)"""

TRIGGERS = (
    f"""CREATE TRIGGER tr_attendance_session_insert AFTER INSERT ON attendance
    BEGIN
      UPDATE attendance SET {_FROM_SESSION} WHERE id = NEW.id;
    END""",
    f"""CREATE TRIGGER tr_attendance_session_update AFTER UPDATE OF session_id ON attendance
    BEGIN
      UPDATE attendance SET {_FROM_SESSION} WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER tr_place_sessions_attendance_follow
    AFTER UPDATE OF held_on, place_id ON place_sessions
    BEGIN
      UPDATE attendance SET held_on = NEW.held_on,
        place_kind = (SELECT p.kind FROM places AS p WHERE p.id = NEW.place_id)
      WHERE session_id = NEW.id;
    END""",
    """CREATE TRIGGER tr_places_attendance_kind AFTER UPDATE OF kind ON places
    BEGIN
      UPDATE attendance SET place_kind = NEW.kind
      WHERE session_id IN (SELECT s.id FROM place_sessions AS s WHERE s.place_id = NEW.id);
    END""",
)


def upgrade() -> None:
    op.add_column("attendance", sa.Column("held_on", sa.String(10)))
    op.add_column("attendance", sa.Column("place_kind", sa.String(32)))
    op.execute("""UPDATE attendance SET (held_on, place_kind) =
                  (SELECT s.held_on, p.kind FROM place_sessions AS s
                   JOIN places AS p ON p.id = s.place_id WHERE s.id = attendance.session_id)""")
    op.create_index("ix_attendance_month", "attendance",
                    [sa.text("substr(held_on, 1, 7)"), "person_id", "role", "category",
                     "place_kind", "held_on"])
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
