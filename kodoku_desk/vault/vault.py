"""Key management use cases on a keyslot file: unlock, add/remove slots, rewrap.

Nothing here touches the database file: the caller persists the returned
:class:`KeyslotFile` with :func:`write_keyslot_file`.
"""

from __future__ import annotations

import os
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from kodoku_desk.vault.errors import (
    LastSlotError, SlotNotFound, UnknownUser, WeakPassphrase, WrongPassphrase,
)
from kodoku_desk.vault.kdf import DEFAULT_PARAMS, KdfParams, new_salt, normalize_passphrase
from kodoku_desk.vault.keyslots import Keyslot, KeyslotFile, unwrap_key, wrap_key
from kodoku_desk.vault.recovery import normalize_recovery_key

DATA_KEY_LEN = 32
DEVICE_SECRET_LEN = 32
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class Unlocked:
    data_key: bytes
    keyfile: KeyslotFile
    slot: Keyslot


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_LEN)


def check_passphrase(passphrase: str) -> None:
    """Length over complexity: at least eight characters after normalization."""
    normalized = unicodedata.normalize("NFKC", passphrase)
    if len(normalized.strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            f"the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters",
            minimum=MIN_PASSPHRASE_CHARS,
        )


def _template(kind: str, user_id: str | None, username: str | None, role: str | None,
              kdf: KdfParams, device: str | None = None) -> Keyslot:
    return Keyslot(
        slot_id=str(uuid.uuid4()), kind=kind, user_id=user_id, username=username, role=role,
        kdf=kdf, salt=new_salt(), nonce=b"", wrapped=b"",
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), device=device,
    )


def new_keyfile(db_id: str) -> KeyslotFile:
    return KeyslotFile(db_id=db_id)


def add_slot(keyfile: KeyslotFile, data_key: bytes, *, kind: str, secret: bytes,
             user_id: str | None = None, username: str | None = None, role: str | None = None,
             kdf: KdfParams = DEFAULT_PARAMS, device: str | None = None,
             ) -> tuple[KeyslotFile, Keyslot]:
    slot = wrap_key(data_key, secret, keyfile.db_id,
                    _template(kind, user_id, username, role, kdf, device))
    new = KeyslotFile(db_id=keyfile.db_id, generation=keyfile.generation,
                      slots=[*keyfile.slots, slot])
    return new.sealed(data_key), slot


def add_passphrase_slot(keyfile: KeyslotFile, data_key: bytes, *, user_id: str, username: str,
                        role: str, passphrase: str, kdf: KdfParams = DEFAULT_PARAMS,
                        ) -> tuple[KeyslotFile, Keyslot]:
    check_passphrase(passphrase)
    return add_slot(keyfile, data_key, kind="passphrase", secret=normalize_passphrase(passphrase),
                    user_id=user_id, username=username, role=role, kdf=kdf)


def add_recovery_slot(keyfile: KeyslotFile, data_key: bytes, recovery_key: str,
                      kdf: KdfParams = DEFAULT_PARAMS) -> tuple[KeyslotFile, Keyslot]:
    return add_slot(keyfile, data_key, kind="recovery",
                    secret=normalize_recovery_key(recovery_key), kdf=kdf)


def add_device_slot(keyfile: KeyslotFile, data_key: bytes, *, secret: bytes, user_id: str,
                    username: str, role: str, device: str, kdf: KdfParams = DEFAULT_PARAMS,
                    ) -> tuple[KeyslotFile, Keyslot]:
    """A slot opened by a random secret kept in this computer's credential store."""
    if len(secret) != DEVICE_SECRET_LEN:
        raise ValueError(f"a device secret is {DEVICE_SECRET_LEN} random bytes")
    return add_slot(keyfile, data_key, kind="device", secret=secret, user_id=user_id,
                    username=username, role=role, kdf=kdf, device=device)


def remove_slots(keyfile: KeyslotFile, data_key: bytes, slot_ids: list[str]) -> KeyslotFile:
    """Drop several slots in one sealed copy (the generation goes up once)."""
    wanted = set(slot_ids)
    missing = wanted - {s.slot_id for s in keyfile.slots}
    if missing:
        raise SlotNotFound(f"no keyslot {sorted(missing)[0]}")
    remaining = [s for s in keyfile.slots if s.slot_id not in wanted]
    if not any(s.kind in ("passphrase", "recovery") for s in remaining):
        raise LastSlotError("removing these keyslots would leave no way to open the database")
    return KeyslotFile(db_id=keyfile.db_id, generation=keyfile.generation,
                       slots=remaining).sealed(data_key)


def remove_slot(keyfile: KeyslotFile, data_key: bytes, slot_id: str) -> KeyslotFile:
    remaining = [s for s in keyfile.slots if s.slot_id != slot_id]
    if len(remaining) == len(keyfile.slots):
        raise SlotNotFound(f"no keyslot {slot_id}")
    if not any(s.kind in ("passphrase", "recovery") for s in remaining):
        raise LastSlotError("removing this keyslot would leave no way to open the database")
    return KeyslotFile(db_id=keyfile.db_id, generation=keyfile.generation,
                       slots=remaining).sealed(data_key)


def change_passphrase(keyfile: KeyslotFile, data_key: bytes, slot_id: str,
                      new_passphrase: str, kdf: KdfParams | None = None) -> KeyslotFile:
    """Rewrap one user's slot: the new slot is added and the old one dropped in one write."""
    old = next((s for s in keyfile.slots if s.slot_id == slot_id), None)
    if old is None:
        raise SlotNotFound(f"no keyslot {slot_id}")
    added, _ = add_passphrase_slot(keyfile, data_key, user_id=old.user_id or "",
                                   username=old.username or "", role=old.role or "",
                                   passphrase=new_passphrase, kdf=kdf or old.kdf)
    return remove_slot(added, data_key, slot_id)


def unlock_with_passphrase(keyfile: KeyslotFile, username: str, passphrase: str) -> Unlocked:
    """Find the user's slot and unwrap the data key; the MAC is checked afterwards."""
    slots = keyfile.slots_for(username, "passphrase")
    if not slots:
        raise UnknownUser(f"no user named {username!r} in this database", username=username)
    secret = normalize_passphrase(passphrase)
    for slot in slots:
        data_key = unwrap_key(slot, secret, keyfile.db_id)
        if data_key is not None:
            keyfile.verify_mac(data_key)
            return Unlocked(data_key=data_key, keyfile=keyfile, slot=slot)
    raise WrongPassphrase(f"wrong passphrase for user {username!r}", username=username)


def unlock_with_secret(keyfile: KeyslotFile, kind: str, secret: bytes,
                       username: str | None = None, slot_id: str | None = None) -> Unlocked:
    """Unlock with a recovery key or a device secret (``slot_id``: try only that slot)."""
    for slot in keyfile.slots:
        if slot.kind != kind or (username is not None and slot.username != username):
            continue
        if slot_id is not None and slot.slot_id != slot_id:
            continue
        data_key = unwrap_key(slot, secret, keyfile.db_id)
        if data_key is not None:
            keyfile.verify_mac(data_key)
            return Unlocked(data_key=data_key, keyfile=keyfile, slot=slot)
    raise WrongPassphrase(f"the {kind} key does not open this database")


def unlock_with_recovery(keyfile: KeyslotFile, recovery_key: str) -> Unlocked:
    return unlock_with_secret(keyfile, "recovery", normalize_recovery_key(recovery_key))
