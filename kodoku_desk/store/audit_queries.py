"""Reading the audit log: filtered pages (newest first), last unlocks, a detailed chain check.

Writing stays in :mod:`kodoku_desk.store.audit` (``append``); this module only reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, or_, select

from kodoku_desk.store.audit import GENESIS, _chained_fields, _digest
from kodoku_desk.store.schema.admin import audit_log, users
from kodoku_desk.store.schema.people import persons

UNLOCK_ACTION = "unlock"


@dataclass(frozen=True)
class AuditFilter:
    """Every field optional; ``since``/``until`` are stored-form UTC ISO texts (until exclusive)."""

    since: str | None = None
    until: str | None = None
    username: str | None = None
    action_prefixes: tuple[str, ...] = ()
    target_id: str | None = None
    max_seq: int | None = None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix_clause(prefix: str):
    """``prefix`` itself or anything under it: "person" matches "person" and "person.open"."""
    prefix = prefix.rstrip(".")
    return or_(audit_log.c.action == prefix,
               audit_log.c.action.like(_escape_like(prefix) + ".%", escape="\\"))


def _conditions(flt: AuditFilter) -> list:
    where = []
    if flt.since:
        where.append(audit_log.c.at >= flt.since)
    if flt.until:
        where.append(audit_log.c.at < flt.until)
    if flt.username:
        where.append(audit_log.c.username == flt.username)
    if flt.action_prefixes:
        where.append(or_(*(_prefix_clause(p) for p in flt.action_prefixes)))
    if flt.target_id:
        code = select(persons.c.id).where(persons.c.person_code == flt.target_id.upper())
        where.append(or_(audit_log.c.target_id == flt.target_id,
                         audit_log.c.target_id.in_(code.scalar_subquery()),
                         audit_log.c.target_id.like(_escape_like(flt.target_id) + "%",
                                                    escape="\\")))
    if flt.max_seq is not None:
        where.append(audit_log.c.seq <= flt.max_seq)
    return where


def page(conn: Connection, flt: AuditFilter, *, limit: int, offset: int) -> list:
    """Rows newest first, with the acting user's display name and a readable name of the
    target: the 当事者番号 of a person, the display name of a user (when they exist)."""
    target_user = users.alias("target_user")
    query = (select(audit_log, users.c.display_name, persons.c.person_code,
                    target_user.c.display_name.label("target_user_name"))
             .select_from(audit_log
                          .outerjoin(users, users.c.id == audit_log.c.user_id)
                          .outerjoin(persons, and_(audit_log.c.target_kind == "person",
                                                   persons.c.id == audit_log.c.target_id))
                          .outerjoin(target_user, and_(audit_log.c.target_kind == "user",
                                                       target_user.c.id == audit_log.c.target_id)))
             .where(*_conditions(flt))
             .order_by(audit_log.c.seq.desc()).limit(limit).offset(offset))
    return conn.execute(query).mappings().all()


def count(conn: Connection, flt: AuditFilter) -> int:
    query = select(func.count()).select_from(audit_log).where(*_conditions(flt))
    return int(conn.execute(query).scalar() or 0)


def usernames(conn: Connection) -> list[str]:
    """Every user name that appears in the log (also of users deleted since)."""
    query = (select(audit_log.c.username).where(audit_log.c.username.is_not(None))
             .distinct().order_by(audit_log.c.username))
    return [row[0] for row in conn.execute(query)]


def last_unlocks(conn: Connection) -> dict[str, str]:
    """user id → time of their last successful unlock (``unlock`` or ``unlock.<kind>``)."""
    query = (select(audit_log.c.user_id, func.max(audit_log.c.at))
             .where(_prefix_clause(UNLOCK_ACTION), ~audit_log.c.action.like("%fail%"),
                    audit_log.c.user_id.is_not(None))
             .group_by(audit_log.c.user_id))
    return {row[0]: row[1] for row in conn.execute(query)}


@dataclass(frozen=True)
class ChainCheck:
    """``checked`` entries were read; ``broken`` is the first bad row (or None) and why."""

    checked: int
    broken: dict | None = None
    reason: str = ""  # "edited": its own hash is wrong; "link": the entry before it is gone or changed


def check_chain(conn: Connection, columns: Sequence[str] = ("seq", "id", "at")) -> ChainCheck:
    """Walk the whole chain oldest first; stop at the first entry that does not fit."""
    prev = GENESIS
    checked = 0
    for row in conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings():
        checked += 1
        if row["prev_hash"] != prev:
            return ChainCheck(checked, {c: row[c] for c in columns}, "link")
        if _digest(prev, _chained_fields(row)) != row["hash"]:
            return ChainCheck(checked, {c: row[c] for c in columns}, "edited")
        prev = row["hash"]
    return ChainCheck(checked)
