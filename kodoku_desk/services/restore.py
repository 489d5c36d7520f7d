"""Restore from a backup (issue 8): inspect, verify, keep the current file aside, swap.

1. :func:`inspect_backup` opens a backup read-only (``immutable``) with its own
   keyslot file and the user name + passphrase that opened the database when the
   backup was made, runs every check of an unlock (preflight, keyslot MAC,
   ``cipher_integrity_check``, page count, ``integrity_check``, identity) and
   returns the date and the numbers of people, visits and attendance rows.  A
   damaged or truncated backup raises the store's usual errors and nothing is
   written anywhere.
2. :func:`prepare_restore` (administrators; the passphrase must open an
   *administrator's* slot of the backup) copies the backup and its keyslot file
   next to the database under hidden temporary names, flushes and verifies the
   copies.  Slow: run it in the background.  The current database is untouched.
3. :func:`finish_restore` (fast: renames only) closes the session, moves the
   current database, its WAL and keyslot file aside as
   ``<stem>.before-restore-<YYYYMMDD-HHMMSS>.kdesk`` (+ ``.keys``, ``-wal``) —
   never deleted by the app — and renames the copies into place.  A small journal
   file ``<db>.restore.json`` is written first; if the app is killed halfway,
   :func:`resume_interrupted_restore` finishes the renames at the next start.
   After the swap the journal stays as a marker until :func:`record_restore`
   writes ``backup.restore`` to the audit log of the restored database at the next
   unlock, then removes it.

:func:`restore_backup` does 2 and 3 at once (command line, tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from kodoku_desk.services.access import ServiceError
from kodoku_desk.services.restore_journal import (  # noqa: F401 - part of this module's API
    JOURNAL_SUFFIX, journal_path, read_journal, resume_interrupted_restore, run_moves,
    temp_prefixes, write_journal)
from kodoku_desk.services.session import Session
from kodoku_desk.services.users import require_admin
from kodoku_desk.store import backup_files as files
from kodoku_desk.store import opening
from kodoku_desk.store.errors import WrongDatabase
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import KeyslotTampered, VaultError
from kodoku_desk.vault.keyslots import read_keyslot_file, keyslot_path

ASIDE_MARK = ".before-restore-"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

Progress = Callable[[float], None]


class RestoreRefused(ServiceError):
    """The restore was refused before anything changed."""

    code = "restore_refused"


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    taken_at: datetime | None   # local time from the name (None for a file renamed by hand)
    db_id: str
    revision: str | None
    counts: dict[str, int]
    username: str
    role: str | None
    same_database: bool | None  # None: no current database (or its keyslot file is unreadable)

    @property
    def people(self) -> int:
        return self.counts.get("people", 0)

    @property
    def visits(self) -> int:
        return self.counts.get("visits", 0)

    @property
    def attendance(self) -> int:
        return self.counts.get("attendance", 0)


def _current_db_id(db_path: Path | None) -> str | None:
    if db_path is None:
        return None
    try:
        return read_keyslot_file(keyslot_path(Path(db_path))).db_id
    except (OSError, VaultError):
        return None


def _open_backup(path: Path, username: str, passphrase: str,
                 current_db: Path | None) -> tuple[BackupSummary, bytes]:
    opening.preflight(path)
    keyfile = read_keyslot_file(keyslot_path(path))
    unlocked = vault.unlock_with_passphrase(keyfile, username, passphrase)
    data_key = unlocked.data_key
    revision = files.verify_file(path, data_key)
    db_id, generation = opening.read_identity(path, data_key)
    if db_id is not None and db_id != keyfile.db_id:
        raise WrongDatabase("the backup's keyslot file belongs to another database")
    if keyfile.generation < generation:
        raise KeyslotTampered("the backup's keyslot file is older than the backup expects")
    parsed = files.parse_backup_name(path.name)
    current_id = _current_db_id(current_db)
    summary = BackupSummary(
        path=path, taken_at=parsed[1] if parsed else None, db_id=keyfile.db_id,
        revision=revision, counts=files.record_counts(path, data_key), username=username,
        role=unlocked.slot.role,
        same_database=None if current_id is None else current_id == keyfile.db_id)
    return summary, data_key


def inspect_backup(path: Path | str, username: str, passphrase: str, *,
                   current_db: Path | str | None = None) -> BackupSummary:
    """Open a backup read-only and check it fully; its date and record counts.

    ``current_db``: the database it would replace (to say whether it is the same one).
    Raises the unlock errors (wrong passphrase, damaged, truncated …); writes nothing.
    """
    return _open_backup(Path(path), username, passphrase,
                        Path(current_db) if current_db else None)[0]


@dataclass(frozen=True)
class PreparedRestore:
    db_path: Path
    backup: BackupSummary
    tmp_db: Path
    tmp_keys: Path


@dataclass(frozen=True)
class RestoreResult:
    db_path: Path
    backup: BackupSummary
    aside: tuple[Path, ...] = field(default_factory=tuple)   # the previous files, kept
    aside_db: Path | None = None    # the previous database (None when there was none)


def _target(target: Session | Path | str) -> tuple[Session | None, Path]:
    if isinstance(target, Session):
        return target, Path(target.db_path)
    return None, Path(target)


def prepare_restore(target: Session | Path | str, backup_path: Path | str, username: str,
                    passphrase: str, *, progress: Progress | None = None) -> PreparedRestore:
    """Verify the backup and place verified copies next to the database (nothing replaced)."""
    session, db_path = _target(target)
    if session is not None:
        require_admin(session, "バックアップからの復元", "restoring a backup")
    backup_path = Path(backup_path)
    report = progress or (lambda _f: None)
    if backup_path.resolve() == db_path.resolve():
        raise RestoreRefused("そのファイルはいま使っているデータベースです。バックアップのファイルを選んでください。",
                             "That is the database in use; choose a backup file.")
    summary, data_key = _open_backup(backup_path, username, passphrase, db_path)
    report(0.3)
    if summary.role != "admin":
        raise RestoreRefused(
            "復元できるのは管理者だけです。バックアップを作ったときの管理者の利用者名とパスフレーズを入力してください。",
            "Only an administrator can restore: enter the user name and passphrase an "
            "administrator had when the backup was made.")
    if summary.same_database is False:
        raise RestoreRefused(
            "このバックアップは別のデータベースのものです。このデータベースのバックアップを選んでください。",
            "This backup belongs to another database; choose a backup of this database.")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_db = files.temp_path(db_path.parent, f"{db_path.name}.restore")
    tmp_keys = files.temp_path(db_path.parent, f"{db_path.name}.keys.restore")
    try:
        files.copy_synced(backup_path, tmp_db, progress=lambda f: report(0.3 + 0.4 * f))
        files.copy_synced(keyslot_path(backup_path), tmp_keys)
        files.verify_file(tmp_db, data_key)              # the copy, not only the original
        read_keyslot_file(tmp_keys).verify_mac(data_key)
    except BaseException:
        files.remove_quietly(tmp_db, tmp_keys)
        raise
    report(1.0)
    return PreparedRestore(db_path, summary, tmp_db, tmp_keys)


def cancel_restore(prepared: PreparedRestore) -> None:
    files.remove_quietly(prepared.tmp_db, prepared.tmp_keys)




def aside_path(db_path: Path, stamp: str) -> Path:
    return db_path.with_name(f"{db_path.stem}{ASIDE_MARK}{stamp}{db_path.suffix}")








def finish_restore(prepared: PreparedRestore, session: Session | None = None, *,
                   now: datetime | None = None) -> RestoreResult:
    """Close ``session``, move the current files aside and put the backup in place.

    Call with no background task running on the session (the UI drains them first).
    """
    if session is not None:
        require_admin(session, "バックアップからの復元", "restoring a backup")
        session.close()
    db_path = prepared.db_path
    stamp = (now or datetime.now()).strftime(files.STAMP_FORMAT)
    aside_db = aside_path(db_path, stamp)
    moves = []
    for suffix in (*SIDE_SUFFIXES, "", ".keys"):   # the WAL first: never beside the new file
        current = Path(str(db_path) + suffix)
        if current.exists():
            moves.append([str(current), str(aside_db) + suffix])
    aside = tuple(Path(target) for _source, target in moves)
    moves += [[str(prepared.tmp_db), str(db_path)],
              [str(prepared.tmp_keys), str(keyslot_path(db_path))]]
    summary = prepared.backup
    journal = {
        "state": "swapping", "moves": moves, "backup": summary.path.name,
        "taken_at": summary.taken_at.isoformat() if summary.taken_at else None,
        "db_id": summary.db_id, "username": summary.username,
        "aside": aside_db.name if aside else None,
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    try:
        write_journal(db_path, journal)
    except BaseException:
        cancel_restore(prepared)
        raise
    # From here on the journal lets the next start finish the renames.
    run_moves(moves)
    files.fsync_dir(db_path.parent)
    write_journal(db_path, {**journal, "state": "done"})
    return RestoreResult(db_path, summary, aside,
                         aside_db if Path(str(aside_db)).exists() else None)






def record_restore(session: Session) -> bool:
    """After unlocking a restored database: log ``backup.restore`` once; True when logged."""
    journal = read_journal(session.db_path)
    if journal is None or journal.get("state") != "done":
        return False
    if journal.get("db_id") == session.db_id:
        with session.engine.begin() as conn:
            session.audit(conn, "backup.restore", detail={
                "backup": journal.get("backup"), "taken_at": journal.get("taken_at"),
                "restored_by": journal.get("username"), "aside": journal.get("aside"),
                "restored_at": journal.get("at")})
    journal_path(session.db_path).unlink(missing_ok=True)
    return True


def restore_backup(target: Session | Path | str, backup_path: Path | str, username: str,
                   passphrase: str) -> RestoreResult:
    """Verify, copy, set the current database aside and swap, in one call."""
    session, _db_path = _target(target)
    prepared = prepare_restore(target, backup_path, username, passphrase)
    return finish_restore(prepared, session)
