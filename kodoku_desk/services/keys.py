"""Key use cases for a signed-in user: passphrases, user keyslots, recovery, raw key."""

from __future__ import annotations

from pathlib import Path

from kodoku_desk.services.database import (
    check_username, open_unlocked, save_keyfile, unlock_database,
)
from kodoku_desk.services.session import Session
from kodoku_desk.store import opening, users_repo
from kodoku_desk.store.engine import raw_key_literal
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import VaultError
from kodoku_desk.vault.kdf import KdfParams
from kodoku_desk.vault.keyslots import keyslot_path, read_keyslot_file


class NotAllowed(VaultError):
    code = "not_allowed"


def _require_admin(session: Session) -> None:
    if not session.user.is_admin:
        raise NotAllowed("only an administrator may do this")


def change_passphrase(session: Session, old_passphrase: str, new_passphrase: str) -> None:
    """Rewrap the user's own slot; the database bytes do not change."""
    keyfile = session._keyfile
    unlocked = vault.unlock_with_passphrase(keyfile, session.user.username, old_passphrase)
    new_file = vault.change_passphrase(keyfile, session._data_key, unlocked.slot.slot_id,
                                       new_passphrase)
    save_keyfile(session, new_file)
    with session.engine.begin() as conn:
        session.audit(conn, "passphrase.change", target_kind="user", target_id=session.user.id)


def add_user(session: Session, *, username: str, display_name: str, role: str,
             passphrase: str, kdf: KdfParams | None = None) -> str:
    """Create a user and the keyslot that lets them open the database."""
    _require_admin(session)
    check_username(username)
    vault.check_passphrase(passphrase)
    keyfile = session._keyfile
    kdf = kdf or keyfile.slots[0].kdf
    with session.engine.begin() as conn:
        if users_repo.by_username(conn, username) is not None or keyfile.slots_for(username):
            raise VaultError(f"a user named {username!r} already exists", username=username)
        user_id = users_repo.add(conn, username=username, display_name=display_name, role=role,
                                 created_by=session.user.id)
        new_file, _ = vault.add_passphrase_slot(keyfile, session._data_key, user_id=user_id,
                                                username=username, role=role,
                                                passphrase=passphrase, kdf=kdf)
        save_keyfile(session, new_file, conn)
        session.audit(conn, "user.add", target_kind="user", target_id=user_id,
                      detail={"role": role})
    return user_id


def disable_user(session: Session, username: str) -> None:
    """Remove every keyslot of the user and mark the account inactive."""
    _require_admin(session)
    if username == session.user.username:
        raise NotAllowed("you cannot disable your own account")
    keyfile = session._keyfile
    with session.engine.begin() as conn:
        row = users_repo.by_username(conn, username)
        if row is None:
            raise VaultError(f"no user named {username!r}")
        for slot in [s for s in keyfile.slots if s.user_id == row["id"]]:
            keyfile = vault.remove_slot(keyfile, session._data_key, slot.slot_id)
        save_keyfile(session, keyfile, conn)
        users_repo.set_active(conn, row["id"], False)
        session.audit(conn, "user.disable", target_kind="user", target_id=row["id"])


def recover_with_key(db_path: Path, recovery_key: str, admin_username: str,
                     new_passphrase: str) -> Session:
    """Forgotten passphrase: open with the recovery key and give the admin a new passphrase."""
    db_path = Path(db_path)
    vault.check_passphrase(new_passphrase)
    opening.preflight(db_path)
    keyfile = read_keyslot_file(keyslot_path(db_path))
    unlocked = vault.unlock_with_recovery(keyfile, recovery_key)
    session = open_unlocked(db_path, unlocked, action="unlock.recovery")
    try:
        with session.engine.connect() as conn:
            row = users_repo.by_username(conn, admin_username)
        if row is None or row["role"] != "admin" or not row["active"]:
            raise NotAllowed(f"{admin_username!r} is not an active administrator")
        keyfile = session._keyfile
        old_slots = [s for s in keyfile.slots if s.user_id == row["id"] and s.kind == "passphrase"]
        kdf = old_slots[0].kdf if old_slots else keyfile.slots[0].kdf
        keyfile, _ = vault.add_passphrase_slot(keyfile, session._data_key, user_id=row["id"],
                                               username=admin_username, role="admin",
                                               passphrase=new_passphrase, kdf=kdf)
        for slot in old_slots:
            keyfile = vault.remove_slot(keyfile, session._data_key, slot.slot_id)
        save_keyfile(session, keyfile)
        with session.engine.begin() as conn:
            session.audit(conn, "passphrase.reset_by_recovery", target_kind="user",
                          target_id=row["id"])
    except BaseException:
        session.close()
        raise
    return session


def key_info(db_path: Path, username: str, passphrase: str) -> str:
    """The raw SQLCipher key literal, for an administrator; the use is audited."""
    session = unlock_database(db_path, username, passphrase)
    try:
        _require_admin(session)
        with session.engine.begin() as conn:
            session.audit(conn, "key.export")
        return raw_key_literal(session._data_key)
    finally:
        session.close()
