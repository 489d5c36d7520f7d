"""Backup files on disk: names that sort by date, the online copy, checks, synced writes.

A backup is a page-by-page copy of the live database made with SQLite's online
backup API on a second sqlcipher3 connection keyed with the *same* raw data key
(SQLCipher supports the backup API between databases with identical keys and
settings).  The copy is therefore itself an encrypted SQLCipher 4 file, with its
own random salt, that the same keyslot file (and so the same passphrases) opens.
No plaintext page ever reaches the disk.

Names: ``<stem>-backup-YYYYMMDD-HHMMSS.kdesk`` (local time; ``-2``, ``-3`` … when two
backups fall in the same second) and the keyslot file next to it with ``.keys``
appended, as for every database.  Files being written carry a hidden temporary
name starting with ``.`` and containing ``.tmp``; they are renamed only after the
copy was verified.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kodoku_desk.store.errors import DatabaseCorrupt

DB_SUFFIX = ".kdesk"
NAME_RE = re.compile(
    r"^(?P<stem>.+)-backup-(?P<day>\d{8})-(?P<time>\d{6})(?:-(?P<n>\d+))?\.kdesk$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
TMP_MARK = ".tmp"
COPY_CHUNK = 1024 * 1024
BACKUP_STEP_PAGES = 2048   # 8 MiB per step of the online backup (progress granularity)
COUNTED = (("people", "persons"), ("visits", "visits"), ("attendance", "attendance"))

Progress = Callable[[float], None]


def backup_name(stem: str, when: datetime, n: int = 1) -> str:
    extra = f"-{n}" if n > 1 else ""
    return f"{stem}-backup-{when.strftime(STAMP_FORMAT)}{extra}{DB_SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """(stem, local time of the backup) or None when ``name`` is not a backup's name."""
    match = NAME_RE.match(name)
    if not match:
        return None
    try:
        when = datetime.strptime(f"{match['day']}-{match['time']}", STAMP_FORMAT)
    except ValueError:
        return None
    return match["stem"], when


def sort_key(name: str) -> tuple[str, int]:
    """Date first, then the same-second counter (names alone would sort ``-10`` before ``-2``)."""
    match = NAME_RE.match(name)
    if not match:
        return ("", 0)
    return (f"{match['day']}{match['time']}", int(match["n"] or 1))


def temp_path(folder: Path, final_name: str) -> Path:
    return folder / f".{final_name}.{uuid.uuid4().hex[:12]}{TMP_MARK}"


def is_temp_of(name: str, stem: str) -> bool:
    """A temporary file this app left behind while writing a backup of ``stem``."""
    return name.startswith(f".{stem}-backup-") and TMP_MARK in name


def sqlite_side_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("-journal", "-wal", "-shm")]


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def fsync_file(path: Path) -> None:
    # "rb+": Windows needs a handle open for writing to flush it
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass   # some network file systems refuse fsync on a directory
    finally:
        os.close(fd)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text


def online_backup(src: Path, data_key: bytes, dst: Path, progress: Progress | None = None) -> None:
    """Copy the live database ``src`` (WAL included) to the new file ``dst``, same key.

    The source connection is read-only in effect (``query_only``); other connections
    may keep writing: SQLite restarts the copy when the source changes between steps,
    so the result is always one consistent snapshot.
    """
    from kodoku_desk.store.engine import open_raw

    source = open_raw(src, data_key)
    try:
        source.execute("PRAGMA query_only = ON")
        target = open_raw(dst, data_key)
        try:
            target.execute("PRAGMA synchronous = FULL")

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and total:
                    progress((total - remaining) / total)

            source.backup(target, pages=BACKUP_STEP_PAGES, progress=step)
            # back to a single file (no -wal beside the copy), checkpointed
            target.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            target.close()
    finally:
        source.close()
    remove_quietly(*sqlite_side_files(dst))


def verify_file(path: Path, data_key: bytes) -> str | None:
    """Full check of a database file opened read-only: pages, HMACs, b-trees; the revision.

    ``opening.preflight`` + ``opening.validate`` (``cipher_integrity_check``, page
    count, schema not newer than the app), then SQLite's ``integrity_check``.
    Raises the store's errors (DatabaseTruncated, DatabaseCorrupt, NewerSchema …).
    """
    from kodoku_desk.store import opening

    opening.preflight(path)
    revision = opening.validate(path, data_key, full_check=True)
    problems = sqlite_integrity(path, data_key)
    if problems:
        raise DatabaseCorrupt(f"{path} has damaged b-trees: {'; '.join(problems[:5])}",
                              problems=problems[:20])
    return revision


def sqlite_integrity(path: Path, data_key: bytes) -> list[str]:
    from kodoku_desk.store.engine import open_raw

    conn = open_raw(path, data_key, immutable=True)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except Exception as exc:  # noqa: BLE001 - a driver error here means damage
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def record_counts(path: Path, data_key: bytes) -> dict[str, int]:
    """How many people, visits and attendance rows the file holds (opened read-only)."""
    from kodoku_desk.store.engine import open_raw

    conn = open_raw(path, data_key, immutable=True)
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {label: (conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                        if table in tables else 0)
                for label, table in COUNTED}
    finally:
        conn.close()


def copy_synced(src: Path, dst: Path, progress: Progress | None = None) -> None:
    """Copy ``src`` to the new file ``dst`` and flush it to the disk."""
    total = max(1, src.stat().st_size)
    done = 0
    with src.open("rb") as reader, dst.open("xb") as writer:
        while chunk := reader.read(COPY_CHUNK):
            writer.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(min(1.0, done / total))
        writer.flush()
        os.fsync(writer.fileno())
    shutil.copystat(src, dst)


def write_synced(path: Path, data: bytes) -> None:
    """Write ``data`` to the new file ``path`` and flush it to the disk."""
    with path.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
