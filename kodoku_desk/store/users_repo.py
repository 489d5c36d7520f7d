"""Users table access."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert, select, update

from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import users


def add(conn: Connection, *, username: str, display_name: str, role: str,
        created_by: str | None = None, user_id: str | None = None) -> str:
    now = now_iso()
    user_id = user_id or str(uuid.uuid4())
    conn.execute(insert(users).values(
        id=user_id, username=username, display_name=display_name, role=role, active=True,
        allow_remember_device=False, created_at=now, updated_at=now,
        created_by=created_by or user_id))
    return user_id


def by_username(conn: Connection, username: str):
    return conn.execute(select(users).where(users.c.username == username)).mappings().first()


def by_id(conn: Connection, user_id: str):
    return conn.execute(select(users).where(users.c.id == user_id)).mappings().first()


def all_users(conn: Connection):
    return conn.execute(select(users).order_by(users.c.username)).mappings().all()


def set_active(conn: Connection, user_id: str, active: bool) -> None:
    now = now_iso()
    conn.execute(update(users).where(users.c.id == user_id).values(
        active=active, updated_at=now, disabled_at=None if active else now))
