"""Checks that run before the app writes anything to a database file.

Every check opens the file read-only and ``immutable`` so that a failed unlock
leaves the database, its WAL and the keyslot file byte-identical.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

from kodoku_desk.store.engine import PAGE_SIZE, open_raw
from kodoku_desk.store.errors import (
    DatabaseCorrupt, DatabaseMissing, DatabaseTruncated, NewerSchema, NotEncrypted,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def preflight(db_path: Path) -> None:
    """Cheap checks on the bytes before any key is involved."""
    if not db_path.is_file():
        raise DatabaseMissing(f"database file not found: {db_path}", path=str(db_path))
    size = db_path.stat().st_size
    with db_path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        raise NotEncrypted(f"{db_path} is a plain, unencrypted SQLite file")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise DatabaseTruncated(
            f"{db_path} is {size} bytes, not a whole number of {PAGE_SIZE}-byte pages: "
            "the file was cut short", size=size)


def validate(db_path: Path, data_key: bytes, *, full_check: bool = True) -> str | None:
    """Decrypt, check every page's HMAC and the page count; return the schema revision.

    ``full_check=False`` skips ``cipher_integrity_check`` (every page's HMAC; seconds
    on a large file) but still checks page 1 and the page count: for unlocking
    again a file this app closed moments ago (screen lock).
    Raises DatabaseCorrupt, DatabaseTruncated or NewerSchema.
    """
    conn = open_raw(db_path, data_key, immutable=True)
    try:
        revision = _check_open(conn, db_path, full_check)
    finally:
        conn.close()
    from kodoku_desk.store.migrate import known_revisions   # Alembic: only once opened

    if revision is not None and revision not in known_revisions():
        raise NewerSchema(
            f"{db_path} was written by a newer version of the app (schema {revision}); "
            "update the app to open it", revision=revision)
    return revision


def _check_open(conn, db_path: Path, full_check: bool = True) -> str | None:
    _check_pages(conn, db_path)
    try:
        problems = ([row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
                    if full_check else [])
        if not problems:
            return _revision(conn)
    except Exception as exc:  # noqa: BLE001 - any driver error here means damage
        raise DatabaseCorrupt(f"{db_path} is damaged: {exc}", reason=str(exc)) from exc
    raise DatabaseCorrupt(f"{db_path} has damaged pages: {'; '.join(problems[:5])}",
                          problems=problems[:20])


def _check_pages(conn, db_path: Path) -> None:
    """Page 1 must decrypt and the b-tree must not point past the end of the file."""
    size = db_path.stat().st_size
    file_pages = size // PAGE_SIZE
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # noqa: BLE001 - sqlcipher3.DatabaseError and friends
        if "malformed" in str(exc):
            if size % PAGE_SIZE or not _damaged_pages(conn):
                # Page 1 decrypted and passed its HMAC, yet the b-tree points past the
                # end: pages are missing from the end of the file.
                raise DatabaseTruncated(f"{db_path} is incomplete: the file was cut short",
                                        reason=str(exc)) from exc
            # the file is whole, but a page of the schema fails its HMAC: damage
            raise DatabaseCorrupt(f"{db_path} is damaged: {exc}", reason=str(exc)) from exc
        raise DatabaseCorrupt(
            f"{db_path} cannot be decrypted with this key: the file is damaged "
            "or the keyslot file belongs to another database", reason=str(exc)) from exc
    if pages > file_pages:
        raise DatabaseTruncated(
            f"{db_path} should hold {pages} pages but has {file_pages}: the file was cut short")


def _damaged_pages(conn) -> bool:
    """Does ``cipher_integrity_check`` find a page that fails its HMAC?"""
    try:
        return any(True for _ in conn.execute("PRAGMA cipher_integrity_check"))
    except Exception:  # noqa: BLE001 - the check itself failing means damage too
        return True


def _revision(conn) -> str | None:
    has_version = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has_version:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def copy_before_migration(db_path: Path, keys_path: Path, revision: str | None) -> Path:
    """Copy the database (and its WAL and keyslot file) aside; return the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.pre-migration-{revision or 'new'}-{stamp}")
    shutil.copy2(db_path, target)
    wal = Path(str(db_path) + "-wal")
    if wal.exists():
        shutil.copy2(wal, Path(str(target) + "-wal"))
    if keys_path.exists():
        shutil.copy2(keys_path, Path(str(target) + ".keys"))
    return target


def read_identity(db_path: Path, data_key: bytes) -> tuple[str | None, int]:
    """The database id and the keyslot-file generation recorded inside the database."""
    conn = open_raw(db_path, data_key, immutable=True)
    try:
        has_settings = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='settings'").fetchone()
        if not has_settings:
            return None, 0
        rows = dict(conn.execute(
            "SELECT key, value FROM settings WHERE key IN ('db_id', 'keyslot_generation')"))
    finally:
        conn.close()
    db_id = json.loads(rows["db_id"]) if "db_id" in rows else None
    generation = json.loads(rows["keyslot_generation"]) if "keyslot_generation" in rows else 0
    return db_id, int(generation)
