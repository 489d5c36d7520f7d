"""Users table changes made by an administrator (role); reads that the 設定 page needs."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import users


def set_role(conn: Connection, user_id: str, role: str) -> None:
    conn.execute(update(users).where(users.c.id == user_id).values(role=role,
                                                                   updated_at=now_iso()))


def active_admin_ids(conn: Connection) -> list[str]:
    query = select(users.c.id).where(users.c.role == "admin", users.c.active.is_(True))
    return [row[0] for row in conn.execute(query)]
