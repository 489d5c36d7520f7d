"""The keyslot sidecar file: the data key wrapped once per user (and recovery key).

Format (JSON, no personal data)::

    {"format": "kodoku-desk-keyslots", "version": 1, "db_id": "...",
     "generation": 3, "slots": [ {...}, ... ], "mac": "<base64>"}

Each slot wraps the 256-bit data key with AES-256-GCM under a key derived from
the slot's secret (Argon2id). The slot's identity (db id, slot id, kind, user id,
username, role, KDF parameters and, for a device slot, the computer's label) is
the GCM associated data, so editing any of it breaks the slot. The whole file carries an HMAC keyed from the data key; it is
checked after unlocking so that tampering or a rolled-back file is noticed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kodoku_desk.vault.errors import KeyslotFileDamaged, KeyslotFileMissing, KeyslotTampered
from kodoku_desk.vault.kdf import KdfParams, derive_key

FORMAT = "kodoku-desk-keyslots"
VERSION = 1
SLOT_KINDS = ("passphrase", "recovery", "device")


def keyslot_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Keyslot:
    slot_id: str
    kind: str  # passphrase | recovery | device
    user_id: str | None
    username: str | None
    role: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created_at: str = ""
    #: Device slots: which computer holds the secret (its host name), for the
    #: administrator's list.  None for other kinds (and then left out of the
    #: file and the associated data, so older slots keep opening).
    device: str | None = None

    def associated_data(self, db_id: str) -> bytes:
        identity = {
            "db_id": db_id, "slot_id": self.slot_id, "kind": self.kind,
            "user_id": self.user_id, "username": self.username, "role": self.role,
            "kdf": self.kdf.to_dict(), "salt": _b64(self.salt),
        }
        if self.device is not None:
            identity["device"] = self.device
        return _canonical(identity)

    def to_dict(self) -> dict:
        data = {
            "slot_id": self.slot_id, "kind": self.kind, "user_id": self.user_id,
            "username": self.username, "role": self.role, "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt), "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped),
            "created_at": self.created_at,
        }
        if self.device is not None:
            data["device"] = self.device
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Keyslot":
        kind = str(data["kind"])
        if kind not in SLOT_KINDS:
            raise ValueError(f"unknown slot kind {kind!r}")
        return cls(
            slot_id=str(data["slot_id"]), kind=kind,
            user_id=data.get("user_id"), username=data.get("username"), role=data.get("role"),
            kdf=KdfParams.from_dict(data["kdf"]), salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]), wrapped=_unb64(data["wrapped"]),
            created_at=str(data.get("created_at", "")),
            device=None if data.get("device") is None else str(data["device"]),
        )


def wrap_key(data_key: bytes, secret: bytes, db_id: str, template: Keyslot) -> Keyslot:
    """Return ``template`` with the data key wrapped under ``secret``."""
    kek = derive_key(secret, template.salt, template.kdf)
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, template.associated_data(db_id))
    return replace(template, nonce=nonce, wrapped=wrapped)


def unwrap_key(slot: Keyslot, secret: bytes, db_id: str) -> bytes | None:
    """The data key, or None when the secret (or any bound field) is wrong."""
    kek = derive_key(secret, slot.salt, slot.kdf)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.associated_data(db_id))
    except InvalidTag:
        return None


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=None,
                info=b"kodoku-desk keyslot-file mac v1").derive(data_key)


@dataclass
class KeyslotFile:
    db_id: str
    generation: int = 0
    slots: list[Keyslot] = field(default_factory=list)
    mac: bytes = b""

    def body(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION, "db_id": self.db_id,
            "generation": self.generation, "slots": [s.to_dict() for s in self.slots],
        }

    def compute_mac(self, data_key: bytes) -> bytes:
        return hmac.new(_mac_key(data_key), _canonical(self.body()), hashlib.sha256).digest()

    def verify_mac(self, data_key: bytes) -> None:
        if not hmac.compare_digest(self.mac, self.compute_mac(data_key)):
            raise KeyslotTampered("the keyslot file was modified outside the app (MAC mismatch)")

    def slots_for(self, username: str, kind: str = "passphrase") -> list[Keyslot]:
        return [s for s in self.slots if s.username == username and s.kind == kind]

    def to_bytes(self) -> bytes:
        data = self.body()
        data["mac"] = _b64(self.mac)
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KeyslotFile":
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("not a keyslot file")
            if int(data.get("version", 0)) > VERSION:
                raise ValueError(f"keyslot file version {data['version']} is newer than this app")
            return cls(
                db_id=str(data["db_id"]), generation=int(data["generation"]),
                slots=[Keyslot.from_dict(s) for s in data["slots"]], mac=_unb64(data["mac"]),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeyslotFileDamaged(f"the keyslot file cannot be read: {exc}") from exc

    def sealed(self, data_key: bytes) -> "KeyslotFile":
        """A copy with the generation bumped and the MAC recomputed."""
        new = KeyslotFile(db_id=self.db_id, generation=self.generation + 1, slots=list(self.slots))
        new.mac = new.compute_mac(data_key)
        return new

    def digest(self) -> str:
        return hashlib.sha256(self.to_bytes()).hexdigest()


def read_keyslot_file(path: Path) -> KeyslotFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyslotFileMissing(f"keyslot file not found: {path}", path=str(path)) from exc
    return KeyslotFile.from_bytes(raw)


def write_keyslot_file(path: Path, keyfile: KeyslotFile) -> None:
    """Write atomically: temporary file in the same folder, fsync, rename, fsync folder."""
    data = keyfile.to_bytes()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
