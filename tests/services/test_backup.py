"""Encrypted backups: no plaintext, same passphrases, verified before the rename, keep N,
clear errors with nothing half-written, settings, status for ホーム, the schedule."""

from __future__ import annotations

import dataclasses
import errno
from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services import backup
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.backup import BackupFailed, BackupSettings
from kodoku_desk.services.database import unlock_database
from kodoku_desk.store import backup_files
from kodoku_desk.store.maintenance import cipher_integrity, sqlite_integrity
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import PASSPHRASE
from tests.services.mimamori_support import person, user
from tests.services.test_encryption_at_rest import NAME, _needles


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "usb" / "backups"
    out.mkdir(parents=True)
    return out


def _count(session, table: str) -> int:
    with session.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def at(day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=timezone.utc)


def test_backup_is_encrypted_opens_with_the_same_passphrase_and_is_audited(session, folder):
    person(session, NAME[0], NAME[1], kana=(NAME[2], NAME[3]))
    info = backup.make_backup(session, folder)
    assert info.path.parent == folder and info.keys_path == keyslot_path(info.path)
    assert backup_files.parse_backup_name(info.path.name)[0] == "kodoku"
    assert info.path.name.startswith("kodoku-backup-") and info.path.suffix == ".kdesk"
    assert sorted(p.name for p in folder.iterdir()) == sorted([info.path.name,
                                                               info.keys_path.name])
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for needle in _needles():
        assert needle not in data, f"{needle!r} found in the backup"
        assert needle not in info.keys_path.read_bytes()
    # its own salt: not a byte copy of the database
    assert data[:16] != session.db_path.read_bytes()[:16]

    copy = unlock_database(info.path, "admin", PASSPHRASE)
    try:
        assert copy.db_id == session.db_id
        with copy.engine.connect() as conn:
            assert cipher_integrity(conn) == [] and sqlite_integrity(conn) == []
            names = conn.execute(text("SELECT family_name FROM persons")).scalars().all()
        assert names == [NAME[0]]
    finally:
        copy.close()
    with session.engine.connect() as conn:
        row = conn.execute(text("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
    assert row.action == "backup.create"
    assert NAME[0] not in row.detail and '"trigger": "manual"' in row.detail
    status = backup.backup_status(session)
    assert status.last_at is not None and status.level == "no_folder"  # folder given, not saved


def test_configured_folder_keep_n_generations_and_others_untouched(session, folder, tmp_path):
    backup.save_backup_settings(session, BackupSettings(str(folder), keep=3, warn_days=7))
    # another database's backups with the same file name stem must survive pruning
    from kodoku_desk.services.database import create_database
    from tests.conftest import FAST_KDF

    other, _ = create_database(tmp_path / "other" / "kodoku.kdesk", org_name="別", admin_username="admin",
                               admin_display_name="x", passphrase=PASSPHRASE, kdf=FAST_KDF)
    foreign = backup.make_backup(other, folder, now=datetime(2026, 1, 1, 9, 0))
    other.close()
    made = [backup.make_backup(session, now=datetime(2026, 11, day, 9, 0)) for day in range(1, 6)]
    listed = backup.list_backups(folder)
    ours = [b for b in listed if b.db_id == session.db_id]
    assert [b.path for b in ours] == [m.path for m in reversed(made[2:])]   # newest first
    assert [b.taken_at.day for b in ours] == [5, 4, 3]
    assert all(b.has_keys and b.size > 4096 for b in listed)
    assert foreign.path.exists() and foreign.keys_path.exists()
    assert not made[0].path.exists() and not made[0].keys_path.exists()
    assert made[4].pruned == (made[1].path,)
    assert not [p for p in folder.iterdir() if ".tmp" in p.name]


def test_same_second_backups_get_distinct_names_that_sort(session, folder):
    when = datetime(2026, 11, 27, 15, 30, 12)
    names = [backup.make_backup(session, folder, now=when).path.name for _ in range(3)]
    assert names == ["kodoku-backup-20261127-153012.kdesk", "kodoku-backup-20261127-153012-2.kdesk",
                     "kodoku-backup-20261127-153012-3.kdesk"]
    assert [b.path.name for b in backup.list_backups(folder)] == list(reversed(names))


def test_backup_while_writes_continue_is_consistent(session, folder, monkeypatch):
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 5)   # many steps: write between
    pid = person(session)
    progress = []

    def write_meanwhile(fraction):
        progress.append(fraction)
        if len(progress) == 1:
            person(session, "途中", "追加")

    info = backup.make_backup(session, folder, progress=write_meanwhile)
    assert len(progress) > 3 and progress[-1] == 1.0
    copy = unlock_database(info.path, "admin", PASSPHRASE)
    try:
        with copy.engine.connect() as conn:
            assert sqlite_integrity(conn) == []
            names = conn.execute(text("SELECT family_name FROM persons")).scalars().all()
        # the copy restarted after the write: one consistent snapshot with both
        assert sorted(names) == sorted(["山田", "途中"]) and pid
    finally:
        copy.close()


def test_missing_folder_and_no_folder(session, tmp_path):
    with pytest.raises(BackupFailed) as info:
        backup.make_backup(session)
    assert info.value.details["reason"] == "no_folder" and "保存先が設定されていません" in info.value.message_ja
    gone = tmp_path / "unplugged"
    with pytest.raises(BackupFailed) as info:
        backup.make_backup(session, gone)
    assert info.value.details["reason"] == "folder_missing"
    assert "見つかりません" in info.value.message_ja and "バックアップは作成していません" in info.value.message_ja
    assert not gone.exists()


def test_folder_not_writable_leaves_nothing(session, folder, monkeypatch):
    # running as root: simulate the refusal the OS gives a normal user
    def refuse(path, data):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(backup_files, "write_synced", refuse)
    with pytest.raises(BackupFailed) as info:
        backup.make_backup(session, folder)
    assert info.value.details["reason"] == "not_writable" and "書き込めません" in info.value.message_ja
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("stage", ["copy", "keys", "verify"])
def test_disk_full_or_bad_copy_leaves_no_partial_file(session, folder, monkeypatch, stage):
    person(session)
    real_backup, real_write = backup_files.online_backup, backup_files.write_synced

    def full_after_copy(src, key, dst, progress=None):
        real_backup(src, key, dst, progress)
        assert dst.stat().st_size > 0       # a half-written file exists at this point
        raise OSError(errno.ENOSPC, "No space left on device")

    def full_on_keys(path, data):
        if path.name.endswith(".tmp") and ".keys" in path.name:
            path.write_bytes(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    def damaged(src, key, dst, progress=None):
        real_backup(src, key, dst, progress)
        raw = bytearray(dst.read_bytes())
        raw[4096 * 2 + 100: 4096 * 2 + 120] = bytes(20)
        dst.write_bytes(bytes(raw))

    if stage == "copy":
        monkeypatch.setattr(backup_files, "online_backup", full_after_copy)
    elif stage == "keys":
        monkeypatch.setattr(backup_files, "write_synced", full_on_keys)
    else:
        monkeypatch.setattr(backup_files, "online_backup", damaged)
    before = _count(session, "audit_log")
    with pytest.raises(BackupFailed) as info:
        backup.make_backup(session, folder)
    expected = "verify" if stage == "verify" else "disk_full"
    assert info.value.details["reason"] == expected
    assert list(folder.iterdir()) == [], "no half-written file may stay in the folder"
    assert backup.backup_status(session).last_at is None
    assert _count(session, "audit_log") == before


def test_old_generations_are_only_deleted_after_the_new_one_verified(session, folder, monkeypatch):
    backup.save_backup_settings(session, BackupSettings(str(folder), keep=1))
    first = backup.make_backup(session)
    monkeypatch.setattr(backup, "_verify", lambda *a: (_ for _ in ()).throw(
        backup.VaultError("bad copy")))
    with pytest.raises(BackupFailed):
        backup.make_backup(session)
    assert [b.path for b in backup.list_backups(folder)] == [first.path]


def test_a_lone_keyslot_file_of_ours_is_removed(session, folder):
    first = backup.make_backup(session, folder, now=datetime(2026, 11, 1, 9, 0))
    lone = folder / "kodoku-backup-20261102-090000.kdesk.keys"
    lone.write_bytes(first.keys_path.read_bytes())      # its database was never renamed
    foreign = folder / "kodoku-backup-20261103-090000.kdesk.keys"
    foreign.write_bytes(b"not ours")
    backup.make_backup(session, folder)
    assert not lone.exists() and foreign.exists() and first.keys_path.exists()


def test_stale_temp_files_are_cleaned(session, folder):
    stale = folder / ".kodoku-backup-20260101-000000.kdesk.abc.tmp"
    stale.write_bytes(b"half")
    import os
    old = datetime.now().timestamp() - 2 * backup.STALE_TEMP_SECONDS
    os.utime(stale, (old, old))
    fresh = folder / ".kodoku-backup-20260101-000001.kdesk.def.tmp"
    fresh.write_bytes(b"someone else's, still being written")
    backup.make_backup(session, folder)
    assert not stale.exists() and fresh.exists()


def test_roles(session, folder):
    staff = user(session, "staff1", "staff")
    volunteer = user(session, "vol1", "volunteer")
    assert backup.make_backup(staff, folder).path.exists()
    with pytest.raises(NotPermitted):
        backup.make_backup(volunteer, folder)
    with pytest.raises(NotPermitted):
        backup.save_backup_settings(staff, BackupSettings(str(folder)))
    backup.save_backup_settings(session, BackupSettings(str(folder)))
    # automatic backups run for whoever is signed in (the folder is the organisation's)
    assert backup.make_backup(volunteer, trigger="daily").trigger == "daily"
    assert backup.backup_settings(volunteer).folder == str(folder)


def test_settings_validation_and_audit(session, folder, tmp_path):
    assert backup.backup_settings(session) == BackupSettings(None, 14, 7)
    with pytest.raises(ValidationError) as info:
        backup.save_backup_settings(session, BackupSettings(str(tmp_path / "nope"), keep=0,
                                                            warn_days=91))
    assert {e.field for e in info.value.errors} == {"folder", "keep", "warn_days"}
    saved = backup.save_backup_settings(session, BackupSettings(f"  {folder}  ", 30, 3))
    assert saved == BackupSettings(str(folder), 30, 3)
    with session.engine.connect() as conn:
        detail = conn.execute(text("SELECT detail FROM audit_log WHERE action = 'settings.change' "
                                   "ORDER BY seq DESC LIMIT 1")).scalar()
    assert str(folder) not in detail and '"backup_folder": "changed"' in detail
    assert backup.save_backup_settings(session, dataclasses.replace(saved, folder="")).folder is None


def test_status_for_home_and_schedule(session, folder):
    status = backup.backup_status(session, now=at(27))
    assert status.level == "no_folder" and status.warn and status.days_since is None
    assert not backup.backup_due(session, now=at(27))
    backup.save_backup_settings(session, BackupSettings(str(folder), warn_days=7))
    assert backup.backup_status(session, now=at(27)).level == "never"
    assert backup.backup_due(session, now=at(27)) and backup.backup_due(session, "close", now=at(27))
    backup.make_backup(session, now=at(20, 9))
    assert backup.backup_status(session, now=at(27, 8)).level == "ok"
    old = backup.backup_status(session, now=at(27, 10))
    assert old.level == "old" and old.days_since == 7 and old.warn
    assert backup.backup_due(session, now=at(21, 9))
    assert not backup.backup_due(session, now=at(21, 8, 59))
    assert not backup.backup_due(session, "close", now=at(20, 9, 5))
    assert backup.backup_due(session, "close", now=at(20, 9, 10))


def test_list_of_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BackupFailed) as info:
        backup.list_backups(tmp_path / "gone")
    assert info.value.details["reason"] == "folder_missing"


def test_backup_layers_do_not_import_qt():
    import subprocess
    import sys

    code = ("import sys, kodoku_desk.services.backup, kodoku_desk.services.restore, "
            "kodoku_desk.services.instance_lock, kodoku_desk.store.backup_files; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
