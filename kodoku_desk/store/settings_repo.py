"""Key/value settings stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import settings


def get(conn: Connection, key: str, default: Any = None) -> Any:
    raw = conn.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
    return default if raw is None else json.loads(raw)


def put(conn: Connection, key: str, value: Any, user_id: str | None = None) -> None:
    now = now_iso()
    stmt = sqlite_insert(settings).values(key=key, value=json.dumps(value, ensure_ascii=False),
                                          created_at=now, updated_at=now, created_by=user_id)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=[settings.c.key],
        set_={"value": stmt.excluded.value, "updated_at": now}))
