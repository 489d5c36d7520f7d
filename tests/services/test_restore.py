"""Restore: exactly the records at backup time come back, the current file is kept aside,
damaged or truncated backups are refused with the current database byte-identical, an
interrupted swap is finished at the next start, and the restore is logged."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy import text

from kodoku_desk.services import backup, keys, restore
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.database import create_database, unlock_database
from kodoku_desk.services.restore import RestoreRefused
from kodoku_desk.store.errors import DatabaseCorrupt, DatabaseTruncated
from kodoku_desk.vault.errors import KeyslotFileMissing, WrongPassphrase
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.mimamori_support import person, user
from tests.support.files import snapshot


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "backups"
    out.mkdir()
    return out


@pytest.fixture
def backed_up(new_db, folder):
    """A database with one person, backed up; then a second person added after the backup."""
    session, _ = new_db
    first = person(session, "前田", "一郎", kana=("マエダ", "イチロウ"))
    info = backup.make_backup(session, folder)
    later = person(session, "後藤", "二郎", kana=("ゴトウ", "ジロウ"))
    return session, info, first, later


def _people(session) -> list[str]:
    with session.engine.connect() as conn:
        return sorted(conn.execute(text("SELECT id FROM persons")).scalars())


def test_inspect_shows_date_and_counts_and_writes_nothing(backed_up, folder, db_path):
    session, info, _first, _later = backed_up
    before_folder, before_db = snapshot(folder), snapshot(db_path.parent)
    summary = restore.inspect_backup(info.path, "admin", PASSPHRASE, current_db=db_path)
    assert summary.people == 1 and summary.visits == 0 and summary.attendance == 0
    assert summary.taken_at == info.taken_at.replace(tzinfo=None, microsecond=0)
    assert summary.same_database is True and summary.role == "admin"
    assert snapshot(folder) == before_folder and snapshot(db_path.parent) == before_db


def test_restore_brings_back_exactly_the_backup_and_keeps_the_current_file(backed_up, db_path):
    session, info, first, later = backed_up
    assert _people(session) == sorted([first, later])
    result = restore.restore_backup(session, info.path, "admin", PASSPHRASE)
    assert not session.is_open
    assert result.db_path == db_path and result.aside_db is not None
    assert ".before-restore-" in result.aside_db.name and result.aside_db.suffix == ".kdesk"
    assert keyslot_path(result.aside_db).exists()
    assert not [p for p in db_path.parent.iterdir() if ".tmp" in p.name]

    reopened = unlock_database(db_path, "admin", PASSPHRASE)
    try:
        assert restore.record_restore(reopened)
        assert _people(reopened) == [first]            # the later person is gone
        with reopened.engine.connect() as conn:
            row = conn.execute(text("SELECT action, detail FROM audit_log "
                                    "ORDER BY seq DESC LIMIT 1")).one()
        assert row.action == "backup.restore" and info.path.name in row.detail
        assert not restore.journal_path(db_path).exists()
        assert not restore.record_restore(reopened)   # logged once
    finally:
        reopened.close()
    aside = unlock_database(result.aside_db, "admin", PASSPHRASE)
    try:
        assert _people(aside) == sorted([first, later])   # the pre-restore copy still has it
    finally:
        aside.close()


def test_backup_passphrase_not_the_current_one(backed_up, db_path):
    """The backup opens with the passphrases of its time (its own keyslot file)."""
    session, info, first, _later = backed_up
    keys.change_passphrase(session, PASSPHRASE, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        restore.inspect_backup(info.path, "admin", "a brand new passphrase")
    restore.restore_backup(session, info.path, "admin", PASSPHRASE)
    reopened = unlock_database(db_path, "admin", PASSPHRASE)
    assert _people(reopened) == [first]
    reopened.close()


@pytest.mark.parametrize("damage", ["flip", "truncate_page", "truncate_odd", "no_keys"])
def test_damaged_backups_are_refused_and_nothing_changes(backed_up, db_path, folder, damage):
    session, info, _first, _later = backed_up
    data = bytearray(info.path.read_bytes())
    if damage == "flip":
        middle = len(data) // 2
        data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
        info.path.write_bytes(bytes(data))
        expected = DatabaseCorrupt
    elif damage == "truncate_page":
        info.path.write_bytes(bytes(data[: (len(data) // 2) // 4096 * 4096]))
        expected = DatabaseTruncated
    elif damage == "truncate_odd":
        info.path.write_bytes(bytes(data[:-1000]))
        expected = DatabaseTruncated
    else:
        info.keys_path.unlink()
        expected = KeyslotFileMissing
    session.close()
    before_db, before_folder = snapshot(db_path.parent), snapshot(folder)
    with pytest.raises(expected) as caught:
        restore.inspect_backup(info.path, "admin", PASSPHRASE)
    with pytest.raises(expected):
        restore.restore_backup(db_path, info.path, "admin", PASSPHRASE)
    assert snapshot(db_path.parent) == before_db, "the current database must be untouched"
    assert snapshot(folder) == before_folder
    from kodoku_desk.ui.messages import error_message  # the message the user reads

    assert "バックアップ" in error_message(caught.value) or "鍵ファイル" in error_message(caught.value)


def test_only_an_administrator_restores(backed_up, db_path):
    session, info, _first, _later = backed_up
    staff = user(session, "staff1", "staff")
    with pytest.raises(NotPermitted):
        restore.prepare_restore(staff, info.path, "admin", PASSPHRASE)
    # a staff passphrase of the backup opens it for inspection, not for a restore
    keys.add_user(session, username="staff2", display_name="s", role="staff",
                  passphrase="staff passphrase", kdf=FAST_KDF)
    later = backup.make_backup(session, info.path.parent)
    assert restore.inspect_backup(later.path, "staff2", "staff passphrase").role == "staff"
    before = snapshot(db_path.parent)
    with pytest.raises(RestoreRefused) as caught:
        restore.prepare_restore(db_path, later.path, "staff2", "staff passphrase")
    assert "管理者" in caught.value.message_ja
    assert snapshot(db_path.parent) == before


def test_backup_of_another_database_is_refused(backed_up, db_path, tmp_path, folder):
    session, _info, _first, _later = backed_up
    other, _ = create_database(tmp_path / "o" / "other.kdesk", org_name="x", admin_username="admin",
                               admin_display_name="x", passphrase=PASSPHRASE, kdf=FAST_KDF)
    foreign = backup.make_backup(other, folder)
    other.close()
    assert restore.inspect_backup(foreign.path, "admin", PASSPHRASE,
                                  current_db=db_path).same_database is False
    with pytest.raises(RestoreRefused) as caught:
        restore.prepare_restore(session, foreign.path, "admin", PASSPHRASE)
    assert "別のデータベース" in caught.value.message_ja
    with pytest.raises(RestoreRefused):
        restore.prepare_restore(session, db_path, "admin", PASSPHRASE)


def test_restore_onto_a_new_computer_without_a_database(backed_up, tmp_path):
    _session, info, first, _later = backed_up
    target = tmp_path / "new-pc" / "kodoku.kdesk"
    result = restore.restore_backup(target, info.path, "admin", PASSPHRASE)
    assert result.aside == () and result.aside_db is None
    reopened = unlock_database(target, "admin", PASSPHRASE)
    assert restore.record_restore(reopened) and _people(reopened) == [first]
    reopened.close()


@pytest.mark.parametrize("done_moves", [0, 1, 2, 3])
def test_an_interrupted_swap_is_finished_at_the_next_start(backed_up, db_path, monkeypatch,
                                                           done_moves):
    session, info, first, later = backed_up
    prepared = restore.prepare_restore(session, info.path, "admin", PASSPHRASE)
    real_replace = os.replace           # the renames of the swap (restore_journal.run_moves)
    calls = []

    def killed(src, dst):
        if str(dst).endswith(restore.JOURNAL_SUFFIX):
            return real_replace(src, dst)
        if len(calls) == done_moves:
            raise KeyboardInterrupt("killed")     # the process dies here
        calls.append(dst)
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        restore.finish_restore(prepared, session)
    monkeypatch.setattr(os, "replace", real_replace)
    assert json.loads(restore.journal_path(db_path).read_text())["state"] == "swapping"
    assert restore.resume_interrupted_restore(db_path)
    assert not restore.resume_interrupted_restore(db_path)
    reopened = unlock_database(db_path, "admin", PASSPHRASE)
    try:
        assert _people(reopened) == [first] and restore.record_restore(reopened)
    finally:
        reopened.close()
    asides = sorted(p for p in db_path.parent.glob("*.before-restore-*.kdesk"))
    assert len(asides) == 1
    aside = unlock_database(asides[0], "admin", PASSPHRASE)
    assert _people(aside) == sorted([first, later])
    aside.close()


def test_copies_of_a_restore_killed_before_the_swap_are_removed_at_start(backed_up, db_path):
    session, info, _first, _later = backed_up
    prepared = restore.prepare_restore(session, info.path, "admin", PASSPHRASE)
    assert prepared.tmp_db.exists() and prepared.tmp_keys.exists()
    # the app dies here: no journal, the database untouched
    assert not restore.resume_interrupted_restore(db_path)
    assert not prepared.tmp_db.exists() and not prepared.tmp_keys.exists()
    assert session.is_open and len(_people(session)) == 2
