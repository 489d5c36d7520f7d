"""Integrity checks and record counts for `kodoku-desk check`."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from kodoku_desk.store import audit
from kodoku_desk.store.schema import metadata

COUNTED_TABLES = (
    "users", "persons", "consents", "visits", "visit_actions", "follow_ups", "assessments",
    "organizations", "referrals", "places", "place_sessions", "attendance", "walkins",
    "audit_log", "export_log", "provision_records", "code_items",
)


def cipher_integrity(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute(text("PRAGMA cipher_integrity_check"))]


def sqlite_integrity(conn: Connection) -> list[str]:
    rows = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(conn: Connection) -> list[str]:
    return [f"{r[0]} row {r[1]} → {r[2]}" for r in conn.execute(text("PRAGMA foreign_key_check"))]


def counts(conn: Connection) -> dict[str, int]:
    return {name: conn.execute(select(func.count()).select_from(metadata.tables[name])).scalar()
            for name in COUNTED_TABLES}


def audit_chain_break(conn: Connection) -> int | None:
    return audit.verify_chain(conn)
