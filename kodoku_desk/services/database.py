"""Create, unlock and recover an encrypted database (use cases over vault + store)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from pathlib import Path

from kodoku_desk.services import failed_unlocks
from kodoku_desk.services.session import CurrentUser, Session
from kodoku_desk.store import settings_repo, users_repo
from kodoku_desk.store.codes_repo import sync_builtin_codes
from kodoku_desk.store.engine import open_engine
from kodoku_desk.store.errors import DatabaseExists, WrongDatabase
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import KeyslotTampered, UnknownUser, VaultError, WrongPassphrase
from kodoku_desk.vault.kdf import KdfParams, calibrate
from kodoku_desk.vault.keyslots import KeyslotFile, keyslot_path, read_keyslot_file, write_keyslot_file
from kodoku_desk.vault.recovery import new_recovery_key

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


class InvalidUsername(VaultError):
    code = "invalid_username"


class UserDisabled(VaultError):
    code = "user_disabled"


def check_username(username: str) -> None:
    if not USERNAME_RE.match(username):
        raise InvalidUsername(
            "a user name is 1–32 letters, digits, '.', '_' or '-', starting with a letter or digit",
            username=username)


def _remove_files(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".keys"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def create_database(db_path: Path, *, org_name: str, admin_username: str,
                    admin_display_name: str, passphrase: str,
                    kdf: KdfParams | None = None, fiscal_year_start_month: int = 4,
                    districts: Sequence[str] = ()) -> tuple[Session, str]:
    """Create a new encrypted database with one admin; return the session and recovery key.

    ``fiscal_year_start_month`` and ``districts`` (the 地区 list, in order) are the
    first run's organisation answers (:mod:`kodoku_desk.services.organization`).
    """
    from kodoku_desk.models.errors import raise_if_errors
    from kodoku_desk.services import organization
    from kodoku_desk.store import migrate

    db_path = Path(db_path)
    keys_path = keyslot_path(db_path)
    if db_path.exists() or keys_path.exists():
        raise DatabaseExists(f"{db_path} already exists", path=str(db_path))
    check_username(admin_username)
    vault.check_passphrase(passphrase)
    districts = list(districts)
    raise_if_errors(organization.check_organization(org_name, fiscal_year_start_month, districts))
    kdf = kdf or calibrate()
    data_key = vault.new_data_key()
    db_id = str(uuid.uuid4())
    admin_id = str(uuid.uuid4())
    recovery_key = new_recovery_key()
    keyfile = vault.new_keyfile(db_id)
    keyfile, _ = vault.add_passphrase_slot(keyfile, data_key, user_id=admin_id,
                                           username=admin_username, role="admin",
                                           passphrase=passphrase, kdf=kdf)
    keyfile, _ = vault.add_recovery_slot(keyfile, data_key, recovery_key, kdf=kdf)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = open_engine(db_path, data_key)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            users_repo.add(conn, user_id=admin_id, username=admin_username,
                           display_name=admin_display_name or admin_username, role="admin")
            settings_repo.put(conn, "db_id", db_id, admin_id)
            organization.store_initial(conn, name=org_name,
                                       fiscal_year_start_month=fiscal_year_start_month,
                                       districts=districts, user_id=admin_id)
            settings_repo.put(conn, "keyslot_generation", keyfile.generation, admin_id)
            sync_builtin_codes(conn)
        write_keyslot_file(keys_path, keyfile)
    except BaseException:
        engine.dispose()
        _remove_files(db_path)
        raise
    user = CurrentUser(admin_id, admin_username, admin_display_name or admin_username, "admin")
    session = Session(db_path, keys_path, engine, user, db_id, data_key, keyfile)
    with engine.begin() as conn:
        session.audit(conn, "database.create")
    return session, recovery_key


def unlock_database(db_path: Path, username: str, passphrase: str, *,
                    full_check: bool = True) -> Session:
    """Open a database as ``username``; nothing on disk changes unless this succeeds.

    ``full_check=False`` skips the page-by-page integrity check (see
    :func:`kodoku_desk.store.opening.validate`): unlocking after a screen lock.
    """
    from kodoku_desk.store import opening

    db_path = Path(db_path)
    opening.preflight(db_path)
    keyfile = read_keyslot_file(keyslot_path(db_path))
    try:
        unlocked = vault.unlock_with_passphrase(keyfile, username, passphrase)
    except (WrongPassphrase, UnknownUser) as exc:
        failed_unlocks.record(db_path, username, exc.code)
        raise
    return open_unlocked(db_path, unlocked, full_check=full_check)


def open_unlocked(db_path: Path, unlocked: vault.Unlocked, *, action: str = "unlock",
                  full_check: bool = True) -> Session:
    """Validate the file, migrate it (after a copy) and open it with an unwrapped data key."""
    # imported here: Alembic takes a few hundred ms to import, not needed before unlocking
    from kodoku_desk.store import migrate, opening

    keys_path = keyslot_path(db_path)
    data_key, keyfile = unlocked.data_key, unlocked.keyfile
    revision = opening.validate(db_path, data_key, full_check=full_check)
    db_id, generation = opening.read_identity(db_path, data_key)
    if db_id is not None and db_id != keyfile.db_id:
        raise WrongDatabase("the keyslot file belongs to another database")
    if keyfile.generation < generation:
        raise KeyslotTampered(
            f"the keyslot file is older than the database expects (generation "
            f"{keyfile.generation} < {generation}): an old copy was put back")
    if revision != migrate.head_revision():
        opening.copy_before_migration(db_path, keys_path, revision)
    engine = open_engine(db_path, data_key)
    try:
        if revision != migrate.head_revision():
            migrate.upgrade(engine)
        with engine.begin() as conn:
            row = _user_row(conn, unlocked)
            if keyfile.generation > generation:
                settings_repo.put(conn, "keyslot_generation", keyfile.generation, row["id"])
            sync_builtin_codes(conn)
            user = CurrentUser(row["id"], row["username"], row["display_name"], row["role"])
            session = Session(db_path, keys_path, engine, user, keyfile.db_id, data_key, keyfile)
            for failure in failed_unlocks.take(db_path):
                session.audit(conn, "unlock.failed", detail={
                    "at": failure["at"], "username": failure["username"],
                    "reason": failure["code"]})
            session.audit(conn, action, detail={"slot_kind": unlocked.slot.kind})
    except BaseException:
        engine.dispose()
        raise
    return session


def _user_row(conn, unlocked: vault.Unlocked):
    slot = unlocked.slot
    if slot.kind == "recovery":
        admins = [u for u in users_repo.all_users(conn) if u["role"] == "admin" and u["active"]]
        if not admins:
            raise UnknownUser("no active administrator to recover")
        return admins[0]
    row = users_repo.by_id(conn, slot.user_id or "")
    if row is None:
        raise UnknownUser(f"user {slot.username!r} is not in the database")
    if not row["active"]:
        raise UserDisabled(f"user {slot.username!r} is disabled")
    return row


def save_keyfile(session: Session, keyfile: KeyslotFile, conn=None) -> None:
    """Persist a changed keyslot file, then record its generation in the database.

    Pass ``conn`` when already inside a transaction: the generation is then written
    with the rest of that transaction.
    """
    write_keyslot_file(session.keys_path, keyfile)
    session._keyfile = keyfile
    if conn is not None:
        settings_repo.put(conn, "keyslot_generation", keyfile.generation, session.user.id)
        return
    with session.engine.begin() as own:
        settings_repo.put(own, "keyslot_generation", keyfile.generation, session.user.id)
