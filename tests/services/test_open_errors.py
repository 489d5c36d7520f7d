"""Each way an unlock can fail has its own clear error and leaves every file byte-identical."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from kodoku_desk.services.database import create_database, unlock_database
from kodoku_desk.store.errors import (
    DatabaseCorrupt, DatabaseExists, DatabaseMissing, DatabaseTruncated, NewerSchema, NotEncrypted,
)
from kodoku_desk.vault.errors import (
    KeyslotFileDamaged, KeyslotFileMissing, KeyslotTampered, UnknownUser, WrongPassphrase,
)
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.files import snapshot


@pytest.fixture
def closed_db(new_db, db_path):
    """A database with some rows, closed again (WAL checkpointed)."""
    session, _ = new_db
    with session.engine.begin() as conn:
        for i in range(400):
            conn.execute(text("INSERT INTO settings (key, value, created_at, updated_at) "
                              "VALUES (:k, :v, 'x', 'x')"), {"k": f"filler{i}", "v": '"' + "あ" * 300 + '"'})
    session.close()
    return db_path


def _expect(db_path, exc_type, passphrase=PASSPHRASE, username="admin"):
    before = snapshot(db_path.parent)
    with pytest.raises(exc_type) as info:
        unlock_database(db_path, username, passphrase)
    assert snapshot(db_path.parent) == before, "a failed unlock must not change any file"
    return info.value


def test_good_unlock_works(closed_db):
    session = unlock_database(closed_db, "admin", PASSPHRASE)
    assert session.user.role == "admin"
    session.close()


def test_wrong_passphrase(closed_db):
    err = _expect(closed_db, WrongPassphrase, passphrase="not the passphrase")
    assert err.code == "wrong_passphrase" and "wrong passphrase" in str(err)


def test_unknown_user(closed_db):
    assert _expect(closed_db, UnknownUser, username="ghost").code == "unknown_user"


def test_missing_keyslot_file(closed_db):
    keyslot_path(closed_db).unlink()
    assert _expect(closed_db, KeyslotFileMissing).code == "keyslot_missing"


def test_damaged_keyslot_file(closed_db):
    path = keyslot_path(closed_db)
    path.write_bytes(path.read_bytes()[:100])
    assert _expect(closed_db, KeyslotFileDamaged).code == "keyslot_damaged"


def test_rolled_back_keyslot_file(closed_db):
    from kodoku_desk.services import keys

    old = keyslot_path(closed_db).read_bytes()
    session = unlock_database(closed_db, "admin", PASSPHRASE)
    keys.change_passphrase(session, PASSPHRASE, "another passphrase")
    session.close()
    keyslot_path(closed_db).write_bytes(old)  # put the old file back: the old passphrase slot
    err = _expect(closed_db, KeyslotTampered)
    assert "older" in str(err)


def test_truncated_file_not_on_page_boundary(closed_db):
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[: len(data) - 1000])
    assert _expect(closed_db, DatabaseTruncated).code == "db_truncated"


def test_truncated_file_on_page_boundary(closed_db):
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[: (len(data) // 2) // 4096 * 4096])
    assert _expect(closed_db, DatabaseTruncated).code == "db_truncated"


def test_corrupted_page(closed_db):
    data = bytearray(closed_db.read_bytes())
    offset = 4096 * 5 + 200
    data[offset:offset + 16] = bytes(16)
    closed_db.write_bytes(bytes(data))
    err = _expect(closed_db, DatabaseCorrupt)
    assert "page 6" in str(err)


def test_any_damaged_page_is_damage_not_truncation(closed_db):
    """A whole file with one damaged page — whichever, schema pages included (they fail
    before the integrity check, with SQLite's 'malformed') — is reported as damaged."""
    pristine = closed_db.read_bytes()
    pages = len(pristine) // 4096
    for page in range(1, pages):           # page 0 holds the salt: a wrong key, not damage
        data = bytearray(pristine)
        at = page * 4096 + 100
        data[at:at + 8] = bytes(b ^ 0xFF for b in data[at:at + 8])
        closed_db.write_bytes(bytes(data))
        with pytest.raises(DatabaseCorrupt) as caught:
            unlock_database(closed_db, "admin", PASSPHRASE)
        assert not isinstance(caught.value, DatabaseTruncated), page
    closed_db.write_bytes(pristine)
    unlock_database(closed_db, "admin", PASSPHRASE).close()


def test_plain_sqlite_file_is_refused(closed_db):
    import sqlite3

    closed_db.unlink()
    sqlite3.connect(closed_db).execute("CREATE TABLE t (x)").connection.close()
    assert _expect(closed_db, NotEncrypted).code == "db_not_encrypted"


def test_missing_database(db_path):
    with pytest.raises(DatabaseMissing):
        unlock_database(db_path, "admin", PASSPHRASE)


def test_newer_schema_is_refused(closed_db):
    session = unlock_database(closed_db, "admin", PASSPHRASE)
    with session.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    session.close()
    err = _expect(closed_db, NewerSchema)
    assert "newer version" in str(err) and err.details["revision"] == "9999"


def test_create_refuses_to_overwrite(closed_db):
    before = snapshot(closed_db.parent)
    with pytest.raises(DatabaseExists):
        create_database(closed_db, org_name="x", admin_username="admin", admin_display_name="x",
                        passphrase=PASSPHRASE, kdf=FAST_KDF)
    assert snapshot(closed_db.parent) == before


def test_keyslot_file_from_another_database(closed_db, tmp_path):
    other = tmp_path / "other" / "other.kdesk"
    session, _ = create_database(other, org_name="x", admin_username="admin",
                                 admin_display_name="x", passphrase=PASSPHRASE, kdf=FAST_KDF)
    session.close()
    shutil.copy(keyslot_path(other), keyslot_path(closed_db))
    err = _expect(closed_db, DatabaseCorrupt)
    assert "another database" in str(err)
