"""Encrypted backups to a folder the administrator chooses (issue 8, DESIGN.md §3, §4).

A backup is an encrypted SQLCipher copy of the database made online (see
:mod:`kodoku_desk.store.backup_files`) plus a copy of the keyslot file, so the
passphrases that opened the database at that moment open the backup.  It is
written under a hidden temporary name in the target folder, verified
(``cipher_integrity_check``, page count, ``integrity_check``, identity and the
keyslot file's MAC), flushed to the disk and renamed: the folder never holds a
half-written backup under a backup's name.  Only then are older generations of
*this* database (same database id in their keyslot file) beyond the newest
``keep`` deleted.

When: on demand (設定 › バックアップ, administrators and staff), when the app is
closed and once a day while it is open (any signed-in user: the folder is the
organisation's choice).  Settings (in the database): ``backup_folder``,
``backup_keep`` (14), ``backup_warn_days`` (7); the last success is
``last_backup_at`` (UTC) and ``last_backup_file``.  Every backup is audited as
``backup.create`` with the trigger, file name and size — never any content.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kodoku_desk.services.access import ServiceError, require_staff
from kodoku_desk.services.backup_settings import (  # re-exported: one module for callers
    CLOSE_MIN_INTERVAL, DAILY_INTERVAL, FOLDER_KEY, KEEP_DEFAULT, KEEP_KEY, KEEP_RANGE,
    LAST_AT_KEY, LAST_FILE_KEY, WARN_DEFAULT, WARN_KEY, WARN_RANGE, BackupSettings, BackupStatus,
    backup_due, backup_settings, backup_status, read_backup_settings, save_backup_settings,
)
from kodoku_desk.services.session import Session
from kodoku_desk.store import backup_files as files
from kodoku_desk.store import opening, settings_repo
from kodoku_desk.vault.errors import VaultError
from kodoku_desk.vault.keyslots import KeyslotFile, keyslot_path

__all__ = ["CLOSE_MIN_INTERVAL", "DAILY_INTERVAL", "FOLDER_KEY", "KEEP_DEFAULT", "KEEP_KEY",
           "KEEP_RANGE", "LAST_AT_KEY", "LAST_FILE_KEY", "TRIGGERS", "WARN_DEFAULT", "WARN_KEY",
           "WARN_RANGE", "BackupFailed", "BackupFile", "BackupInfo", "BackupSettings",
           "BackupStatus", "backup_due", "backup_settings", "backup_status", "list_backups",
           "make_backup", "prune_backups", "read_backup_settings", "save_backup_settings"]

STALE_TEMP_SECONDS = 3600
TRIGGERS = ("manual", "close", "daily")
NOT_MADE_JA = "バックアップは作成していません。"
NOT_MADE_EN = "No backup was made."

Progress = Callable[[float], None]


class BackupFailed(ServiceError):
    """No backup was made (and nothing half-written was left in the folder)."""

    code = "backup_failed"


def _failed(reason: str, ja: str, en: str, **details: object) -> BackupFailed:
    return BackupFailed(f"{ja}{NOT_MADE_JA}", f"{en} {NOT_MADE_EN}", reason=reason, **details)


def _no_folder() -> BackupFailed:
    return _failed("no_folder", "バックアップの保存先が設定されていません。設定の「バックアップ」で保存先を選んでください。",
                   "No backup folder is set; choose one under Settings › Backups.")


def _folder_missing(folder: Path) -> BackupFailed:
    return _failed("folder_missing",
                   f"バックアップの保存先フォルダー（{folder}）が見つかりません。"
                   "USBメモリーやネットワークの接続を確かめてください。",
                   f"The backup folder ({folder}) was not found; check that the USB drive or "
                   "network share is connected.", folder=str(folder))


def _not_writable(folder: Path) -> BackupFailed:
    return _failed("not_writable",
                   f"バックアップの保存先フォルダー（{folder}）に書き込めません。"
                   "書き込みが許可されたフォルダーを選んでください。",
                   f"The backup folder ({folder}) cannot be written to; choose a folder you "
                   "may write to.", folder=str(folder))


def _disk_full(folder: Path) -> BackupFailed:
    return _failed("disk_full",
                   f"バックアップの保存先（{folder}）の空き容量が足りません。"
                   "不要なファイルを整理するか、別の保存先を選んでください。",
                   f"There is not enough free space in the backup folder ({folder}); free "
                   "some space or choose another folder.", folder=str(folder))


# ---- making a backup --------------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    keys_path: Path
    taken_at: datetime          # local, aware
    size: int                   # database + keyslot file, bytes
    trigger: str
    pruned: tuple[Path, ...] = ()


def _check_folder(folder: Path, stem: str) -> None:
    if not folder.is_dir():
        raise _folder_missing(folder)
    probe = files.temp_path(folder, f"{stem}-backup-probe")
    try:
        files.write_synced(probe, b"")
    except OSError as exc:
        raise _mapped(exc, folder) from exc
    finally:
        files.remove_quietly(probe)


def _mapped(exc: BaseException, folder: Path) -> BackupFailed:
    if isinstance(exc, BackupFailed):
        return exc
    if files.is_disk_full(exc):
        return _disk_full(folder)
    if isinstance(exc, PermissionError) or "readonly" in str(exc).lower().replace(" ", ""):
        return _not_writable(folder)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)) or not folder.is_dir():
        return _folder_missing(folder)
    if isinstance(exc, VaultError):   # the copy did not pass its checks
        return _failed("verify", "作成したバックアップの確認で問題が見つかったため、保存しませんでした。"
                       "保存先の装置に問題がないか確かめ、もう一度お試しください。",
                       "The new backup failed its checks and was not kept; check the backup "
                       f"device and try again ({exc}).", detail=str(exc))
    return _failed("error", f"バックアップを保存できませんでした（{exc}）。",
                   f"The backup could not be written ({exc}).", detail=str(exc))


def _free_name(folder: Path, stem: str, when: datetime) -> Path:
    n = 1
    while True:
        final = folder / files.backup_name(stem, when, n)
        if not final.exists() and not keyslot_path(final).exists():
            return final
        n += 1


def _remove_stale_temps(folder: Path, stem: str) -> None:
    """Temporary files of a backup that was interrupted (the app was killed meanwhile)."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        try:
            if files.is_temp_of(entry.name, stem) and entry.stat().st_mtime < cutoff:
                entry.unlink()
        except OSError:
            pass


def _verify(tmp_db: Path, keys_bytes: bytes, data_key: bytes, db_id: str) -> None:
    files.verify_file(tmp_db, data_key)
    keyfile = KeyslotFile.from_bytes(keys_bytes)
    keyfile.verify_mac(data_key)
    found_id, generation = opening.read_identity(tmp_db, data_key)
    if keyfile.db_id != db_id or (found_id is not None and found_id != db_id):
        raise VaultError("the copy does not belong to this database")
    if keyfile.generation < generation:
        raise VaultError("the keyslot file copied is older than the database copy")


def make_backup(session: Session, folder: Path | str | None = None, *, trigger: str = "manual",
                progress: Progress | None = None, now: datetime | None = None) -> BackupInfo:
    """Write one verified backup generation; return where it is.

    ``folder`` defaults to the configured ``backup_folder``.  ``trigger`` is
    "manual" (administrators and staff), "close" or "daily" (anyone signed in).
    Raises :class:`BackupFailed` with the reason; nothing is left half-written.
    """
    if trigger not in TRIGGERS:
        raise ValueError(f"unknown backup trigger {trigger!r}")
    if trigger == "manual":
        require_staff(session, "バックアップの作成", "making backups")
    data_key, db_id = session._data_key, session.db_id
    if not data_key:
        raise _failed("closed", "データベースが閉じられています。", "The database is closed.")
    configured = backup_settings(session)
    chosen = folder if folder not in (None, "") else configured.folder
    if chosen is None:
        raise _no_folder()
    folder = Path(chosen)
    stem = session.db_path.stem
    _check_folder(folder, stem)
    _remove_stale_temps(folder, stem)
    when = (now or datetime.now().astimezone()).astimezone()
    final = _free_name(folder, stem, when)
    final_keys = keyslot_path(final)
    tmp_db = files.temp_path(folder, final.name)
    tmp_keys = files.temp_path(folder, final_keys.name)
    report = progress or (lambda _f: None)
    placed_keys = False
    try:
        files.online_backup(session.db_path, data_key, tmp_db,
                            progress=lambda f: report(0.7 * f))
        # Read after the copy: the keyslot file is written before the generation it
        # carries is recorded in the database, so this copy is never older than it.
        keys_bytes = session.keys_path.read_bytes()
        files.write_synced(tmp_keys, keys_bytes)
        report(0.75)
        _verify(tmp_db, keys_bytes, data_key, db_id)
        report(0.95)
        files.fsync_file(tmp_db)
        os.replace(tmp_keys, final_keys)
        placed_keys = True
        os.replace(tmp_db, final)
        files.fsync_dir(folder)
    except Exception as exc:
        files.remove_quietly(tmp_db, tmp_keys, *files.sqlite_side_files(tmp_db))
        if placed_keys and not final.exists():
            files.remove_quietly(final_keys)
        raise _mapped(exc, folder) from exc
    except BaseException:
        files.remove_quietly(tmp_db, tmp_keys, *files.sqlite_side_files(tmp_db))
        raise
    size = final.stat().st_size + final_keys.stat().st_size
    pruned = prune_backups(folder, db_id, configured.keep, protect=final)
    if not session.is_open:
        # the window was locked meanwhile: the backup is complete, but the database
        # must not be opened again to note it (the next backup will)
        return BackupInfo(final, final_keys, when, size, trigger, tuple(pruned))
    with session.engine.begin() as conn:
        settings_repo.put(conn, LAST_AT_KEY,
                          when.astimezone(timezone.utc).isoformat(timespec="seconds"),
                          session.user.id)
        settings_repo.put(conn, LAST_FILE_KEY, final.name, session.user.id)
        session.audit(conn, "backup.create", detail={
            "trigger": trigger, "file": final.name, "bytes": size, "pruned": len(pruned)})
    report(1.0)
    return BackupInfo(final, final_keys, when, size, trigger, tuple(pruned))


# ---- the folder's backups ---------------------------------------------------------------

@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime          # local time from the name
    size: int                   # database + keyslot file, bytes
    has_keys: bool
    db_id: str | None           # from the keyslot file (not secret); None when unreadable

    @property
    def keys_path(self) -> Path:
        return keyslot_path(self.path)


def _db_id_of(keys: Path) -> str | None:
    try:
        return KeyslotFile.from_bytes(keys.read_bytes()).db_id
    except (OSError, VaultError):
        return None


def list_backups(folder: Path | str) -> list[BackupFile]:
    """The backups in ``folder`` (any database), newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        raise _folder_missing(folder)
    found = []
    for entry in folder.iterdir():
        parsed = files.parse_backup_name(entry.name)
        if parsed is None or not entry.is_file():
            continue
        keys = keyslot_path(entry)
        has_keys = keys.is_file()
        try:
            size = entry.stat().st_size + (keys.stat().st_size if has_keys else 0)
        except OSError:
            continue
        found.append(BackupFile(entry, parsed[1], size, has_keys,
                                _db_id_of(keys) if has_keys else None))
    found.sort(key=lambda b: files.sort_key(b.path.name), reverse=True)
    return found


def prune_backups(folder: Path, db_id: str, keep: int, *, protect: Path | None = None) -> list[Path]:
    """Delete this database's generations beyond the newest ``keep``; return what went.

    Only files named like a backup whose keyslot file names ``db_id`` are touched:
    another database's backups in the same folder are never deleted.
    """
    try:
        ours = [b for b in list_backups(folder) if b.db_id == db_id]
    except (BackupFailed, OSError):
        return []
    removed = []
    for lone in folder.glob("*-backup-*.kdesk.keys"):
        # a rename interrupted between the keyslot file and the database
        database = lone.with_name(lone.name[:-len(".keys")])
        if (files.parse_backup_name(database.name) and not database.exists()
                and _db_id_of(lone) == db_id):
            files.remove_quietly(lone)
    for old in ours[max(1, keep):]:
        if protect is not None and old.path == protect:
            continue
        try:
            old.path.unlink()             # the database first: a lone .keys is no backup
            removed.append(old.path)
            old.keys_path.unlink(missing_ok=True)
        except OSError:
            continue
    return removed


