"""Users' keyslots: add, disable, change passphrase (database bytes untouched), recovery key."""

from __future__ import annotations

import hashlib

import pytest
from kodoku_desk.services import keys
from kodoku_desk.services.database import unlock_database
from kodoku_desk.vault.errors import UnknownUser, WrongPassphrase
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF, PASSPHRASE


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_added_user_can_unlock_with_their_role(new_db, db_path):
    session, _ = new_db
    keys.add_user(session, username="tanaka", display_name="田中 一郎", role="staff",
                  passphrase="田中さんの合言葉", kdf=FAST_KDF)
    session.close()
    other = unlock_database(db_path, "tanaka", "田中さんの合言葉")
    assert (other.user.role, other.user.display_name) == ("staff", "田中 一郎")
    with pytest.raises(keys.NotAllowed):
        keys.add_user(other, username="x", display_name="x", role="admin",
                      passphrase="whatever long", kdf=FAST_KDF)
    other.close()


def test_disabled_user_cannot_unlock(new_db, db_path):
    session, _ = new_db
    keys.add_user(session, username="vol1", display_name="V", role="volunteer",
                  passphrase="volunteer pass", kdf=FAST_KDF)
    keys.disable_user(session, "vol1")
    session.close()
    with pytest.raises(UnknownUser):
        unlock_database(db_path, "vol1", "volunteer pass")


def test_change_passphrase_rewraps_the_users_slot(new_db, db_path):
    session, _ = new_db
    keys_before = _sha(keyslot_path(db_path))
    keys.change_passphrase(session, PASSPHRASE, "まったく新しいパスフレーズ")
    assert _sha(keyslot_path(db_path)) != keys_before
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase(session, "wrong old one", "another new one")
    session.close()
    with pytest.raises(WrongPassphrase):
        unlock_database(db_path, "admin", PASSPHRASE)
    unlock_database(db_path, "admin", "まったく新しいパスフレーズ").close()


def test_recovery_key_resets_a_forgotten_admin_passphrase(new_db, db_path):
    session, recovery = new_db
    session.close()
    recovered = keys.recover_with_key(db_path, recovery.lower(), "admin", "思い出した新しい言葉")
    assert recovered.user.username == "admin"
    recovered.close()
    unlock_database(db_path, "admin", "思い出した新しい言葉").close()
    with pytest.raises(WrongPassphrase):
        keys.recover_with_key(db_path, "AAAAA-" * 7 + "AAAAA", "admin", "anything long")


def test_data_key_is_unchanged_by_a_passphrase_change(new_db, db_path):
    """Only the slot is rewrapped: the data pages are not re-encrypted."""
    session, _ = new_db
    session.close()
    literal_before = keys.key_info(db_path, "admin", PASSPHRASE)
    s = unlock_database(db_path, "admin", PASSPHRASE)
    keys.change_passphrase(s, PASSPHRASE, "second passphrase")
    s.close()
    assert keys.key_info(db_path, "admin", "second passphrase") == literal_before


def test_failed_unlocks_reach_the_audit_log_at_the_next_unlock(new_db, db_path):
    import json

    from sqlalchemy import text

    from kodoku_desk.services import failed_unlocks
    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.vault.errors import UnknownUser, WrongPassphrase
    from tests.conftest import PASSPHRASE
    from tests.support.files import snapshot

    new_db[0].close()
    before = snapshot(db_path.parent)
    with pytest.raises(WrongPassphrase):
        unlock_database(db_path, "admin", "not the passphrase")
    with pytest.raises(UnknownUser):
        unlock_database(db_path, "nobody", "whatever it is")
    assert snapshot(db_path.parent) == before          # the database files are untouched
    assert [f["code"] for f in failed_unlocks.pending(db_path)] == ["wrong_passphrase",
                                                                   "unknown_user"]
    session = unlock_database(db_path, "admin", PASSPHRASE)
    with session.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 3")).all()
    session.close()
    assert [r[0] for r in rows] == ["unlock", "unlock.failed", "unlock.failed"]
    assert [json.loads(r[1])["username"] for r in rows[1:]] == ["nobody", "admin"]
    assert failed_unlocks.pending(db_path) == []
