"""Hash-chained audit log: who did what to which record, never the content."""

from __future__ import annotations

import hashlib
import json
import uuid

from sqlalchemy import Connection, insert, select

from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import audit_log

GENESIS = "0" * 64


def _digest(prev_hash: str, entry: dict) -> str:
    body = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _chained_fields(row) -> dict:
    return {k: row[k] for k in ("id", "at", "user_id", "username", "action",
                                "target_kind", "target_id", "detail")}


def append(conn: Connection, *, action: str, user_id: str | None = None,
           username: str | None = None, target_kind: str | None = None,
           target_id: str | None = None, detail: dict | None = None) -> str:
    last = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = now_iso()
    entry = {
        "id": str(uuid.uuid4()), "at": at, "user_id": user_id, "username": username,
        "action": action, "target_kind": target_kind, "target_id": target_id,
        "detail": json.dumps(detail, sort_keys=True, ensure_ascii=False) if detail else None,
    }
    digest = _digest(prev, entry)
    conn.execute(insert(audit_log).values(**entry, prev_hash=prev, hash=digest,
                                          created_at=at, updated_at=at, created_by=user_id))
    return digest


def verify_chain(conn: Connection) -> int | None:
    """Return the seq of the first broken entry, or None when the chain is intact."""
    prev = GENESIS
    for row in conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings():
        if row["prev_hash"] != prev or _digest(prev, _chained_fields(row)) != row["hash"]:
            return row["seq"]
        prev = row["hash"]
    return None
