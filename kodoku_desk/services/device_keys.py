"""「このパソコンに記憶する」: a device keyslot whose secret lives in the OS credential store.

DESIGN.md §4.  Opt-in per user, off by default, never for volunteers, and only
while the administrator allows it (:func:`~kodoku_desk.services.org_settings.
remember_device_allowed`).  Remembering adds one more keyslot for the user: the
data key wrapped under 32 random bytes that are kept in Windows Credential
Manager / macOS Keychain / Secret Service through :mod:`keyring`.  The data key
itself never goes to the OS store.  The passphrase slot always remains.

Entries in the credential store (service :data:`SERVICE`):

- ``{db_id}:{user_id}:{slot_id}`` — the slot's secret (URL-safe base64 of 32 bytes);
- ``{db_id}:{user_id}`` — the id of the slot remembered here (not secret).  It lets
  the unlock screen say 「記憶は取り消されています」 when the slot was removed
  (an administrator revoked every computer, or the role changed) instead of
  silently showing only the passphrase field.

The slot records the computer's host name (:func:`platform.node`, no network),
bound into the slot's associated data, so the administrator's list can show
which computers are remembered.

Unlocking with the device (:func:`unlock_with_device`) never raises for a
device-specific problem: it returns a :class:`DeviceUnlock` with a reason
code and a Japanese / English message, and the unlock screen falls back to the
passphrase.  Problems with the files themselves (missing, damaged, tampered,
in use) raise the same errors as a passphrase unlock.

Every change is audited with ids only.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import platform
from dataclasses import dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from kodoku_desk.services import org_settings
from kodoku_desk.services.access import NotPermitted, ServiceError
from kodoku_desk.services.database import open_unlocked, save_keyfile
from kodoku_desk.services.session import Session
from kodoku_desk.services.users import require_admin
from kodoku_desk.store import opening
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import WrongPassphrase
from kodoku_desk.vault.kdf import KdfParams
from kodoku_desk.vault.keyslots import Keyslot, KeyslotFile, keyslot_path, read_keyslot_file

__all__ = ["SERVICE", "DeviceKeyError", "DeviceSlotInfo", "DeviceStatus", "DeviceUnlock",
           "clear_stale_entries", "device_label", "device_slot_count", "device_status",
           "forget_this_computer", "has_device_slot", "list_device_slots",
           "remember_this_computer", "revoke_all_devices", "unlock_with_device"]

log = logging.getLogger(__name__)

SERVICE = "kodoku-desk"
KIND = "device"
MAX_LABEL = 64

# Reason codes of DeviceStatus / DeviceUnlock.
READY = "ready"
NOT_REMEMBERED = "not_remembered"
REVOKED = "revoked"
KEYRING_UNAVAILABLE = "keyring_unavailable"
SECRET_MISSING = "secret_missing"
REJECTED = "rejected"
FORBIDDEN = "forbidden"

_MESSAGES: dict[str, tuple[str, str]] = {
    NOT_REMEMBERED: (
        "このパソコンには「{username}」さんの鍵は記憶されていません。パスフレーズで開いてください。",
        "This computer does not remember a key for {username}; open with the passphrase."),
    REVOKED: (
        "このパソコンの記憶は取り消されています（管理者がすべてのパソコンの記憶を取り消したか、"
        "権限が変わりました）。パスフレーズで開いてください。",
        "Remembering this computer was revoked (an administrator revoked every computer, or "
        "the role changed); open with the passphrase."),
    KEYRING_UNAVAILABLE: (
        "パソコンの資格情報の保管庫（Windows の資格情報マネージャー、macOS のキーチェーンなど）を"
        "使えないため、記憶した鍵を読み出せませんでした。パスフレーズで開いてください。",
        "The computer's credential store (Windows Credential Manager, macOS Keychain, …) is "
        "not available, so the remembered key cannot be read; open with the passphrase."),
    SECRET_MISSING: (
        "このパソコンに記憶した鍵が、資格情報の保管庫から消えています。パスフレーズで開いてください。"
        "必要なら、開いたあと「設定」で記憶し直せます。",
        "The remembered key is no longer in the computer's credential store; open with the "
        "passphrase (you can remember this computer again under Settings)."),
    REJECTED: (
        "このパソコンに記憶した鍵ではデータベースを開けませんでした（保管庫の鍵が変わったか、"
        "鍵ファイルが書き換えられています）。パスフレーズで開いてください。",
        "The remembered key does not open the database (the stored key changed or the key "
        "file was modified); open with the passphrase."),
    FORBIDDEN: (
        "管理者が「このパソコンに記憶」を許可していないため、記憶した鍵では開けません。"
        "このパソコンの記憶は消しました。パスフレーズで開いてください。",
        "The administrator does not allow remembering computers, so the remembered key was "
        "not used and has been removed; open with the passphrase."),
}


class DeviceKeyError(ServiceError):
    """Remembering this computer failed; nothing was changed."""

    code = "device_key"


@dataclass(frozen=True)
class DeviceStatus:
    """What the unlock screen can offer for ``username`` on this computer (no key is used).

    ``code`` is :data:`READY` when a remembered key is in the credential store;
    otherwise the reason it is not.  ``notable`` says whether the reason is
    worth telling the user before they type their passphrase (this computer
    had remembered them); "never remembered here" is not.
    """

    code: str
    username: str = ""
    slot_id: str | None = None
    notable: bool = False

    @property
    def ready(self) -> bool:
        return self.code == READY

    def message(self, lang: str = "ja") -> str:
        return _message(self.code, lang, self.username)


@dataclass(frozen=True)
class DeviceUnlock:
    """The outcome of :func:`unlock_with_device`: a session, or why there is none."""

    session: Session | None
    code: str = READY
    username: str = ""

    @property
    def ok(self) -> bool:
        return self.session is not None

    @property
    def message_ja(self) -> str:
        return _message(self.code, "ja", self.username)

    @property
    def message_en(self) -> str:
        return _message(self.code, "en", self.username)

    def message(self, lang: str = "ja") -> str:
        return self.message_en if lang == "en" else self.message_ja


@dataclass(frozen=True)
class DeviceSlotInfo:
    """One remembered computer, for the administrator's list (no secret)."""

    slot_id: str
    user_id: str | None
    username: str | None
    role: str | None
    device: str
    created_at: str


def _message(code: str, lang: str, username: str) -> str:
    if code not in _MESSAGES:
        return ""
    ja, en = _MESSAGES[code]
    return (en if lang == "en" else ja).format(username=username)


# ---- the credential store ------------------------------------------------------------------
def device_label() -> str:
    """This computer's host name (no network call), or 「このパソコン」 when it has none."""
    name = " ".join(platform.node().split())[:MAX_LABEL]
    return name or "このパソコン"


def _secret_account(db_id: str, user_id: str, slot_id: str) -> str:
    return f"{db_id}:{user_id}:{slot_id}"


def _pointer_account(db_id: str, user_id: str) -> str:
    return f"{db_id}:{user_id}"


def _encode(secret: bytes) -> str:
    return base64.urlsafe_b64encode(secret).decode("ascii")


def _decode(text: str) -> bytes | None:
    try:
        raw = base64.urlsafe_b64decode(text.encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
    return raw if len(raw) == vault.DEVICE_SECRET_LEN else None


def _delete(account: str) -> None:
    """Best effort: the entry may be gone already or the store unavailable."""
    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        log.warning("could not delete a credential entry: %s", type(exc).__name__)


def _device_slots(keyfile: KeyslotFile, user_id: str | None = None,
                  username: str | None = None) -> list[Keyslot]:
    return [s for s in keyfile.slots if s.kind == KIND
            and (user_id is None or s.user_id == user_id)
            and (username is None or s.username == username)]


def _user_id_for(keyfile: KeyslotFile, username: str) -> str | None:
    """The user id of ``username`` as the slots name it (read before any key is known)."""
    for slot in keyfile.slots:
        if slot.username == username and slot.user_id and slot.kind in ("passphrase", KIND):
            return slot.user_id
    return None


@dataclass(frozen=True)
class _Here:
    """This computer's view of one user's device slots."""

    secrets: dict[str, bytes | None]  # slot id → stored secret (None: not decodable)
    pointer: str | None
    unavailable: bool


def _look_here(db_id: str, user_id: str, slots: list[Keyslot]) -> _Here:
    secrets: dict[str, bytes | None] = {}
    try:
        pointer = keyring.get_password(SERVICE, _pointer_account(db_id, user_id))
        for slot in slots:
            text = keyring.get_password(SERVICE, _secret_account(db_id, user_id, slot.slot_id))
            if text is not None:
                secrets[slot.slot_id] = _decode(text)
    except KeyringError as exc:
        log.info("credential store unavailable: %s", type(exc).__name__)
        return _Here({}, None, True)
    return _Here(secrets, pointer, False)


def _status(keyfile: KeyslotFile, username: str) -> DeviceStatus:
    user_id = _user_id_for(keyfile, username)
    if user_id is None:
        return DeviceStatus(NOT_REMEMBERED, username)
    slots = _device_slots(keyfile, user_id)
    labelled_here = any(s.device == device_label() for s in slots)
    here = _look_here(keyfile.db_id, user_id, slots)
    if here.unavailable:
        # Only worth saying when this computer was remembered for this user.
        return DeviceStatus(KEYRING_UNAVAILABLE if labelled_here else NOT_REMEMBERED, username,
                            notable=labelled_here)
    for slot in slots:
        if slot.slot_id in here.secrets:
            return DeviceStatus(READY, username, slot.slot_id, notable=True)
    pointed = here.pointer is not None
    if pointed and not any(s.slot_id == here.pointer for s in slots):
        return DeviceStatus(REVOKED, username, notable=True)
    if pointed or labelled_here:
        return DeviceStatus(SECRET_MISSING, username, notable=True)
    return DeviceStatus(NOT_REMEMBERED, username)


def device_status(db_path: Path, username: str) -> DeviceStatus:
    """Whether ``username`` can open ``db_path`` with a key remembered on this computer.

    Reads the keyslot file and the credential store only; nothing is unwrapped or
    written.  A missing or unreadable keyslot file gives :data:`NOT_REMEMBERED`
    (the passphrase unlock reports that problem properly).
    """
    try:
        keyfile = read_keyslot_file(keyslot_path(Path(db_path)))
    except Exception:  # noqa: BLE001 - any file problem: the passphrase path explains it
        return DeviceStatus(NOT_REMEMBERED, username)
    return _status(keyfile, username)


# ---- unlocking -----------------------------------------------------------------------------
def unlock_with_device(db_path: Path, username: str, *, full_check: bool = True) -> DeviceUnlock:
    """Open ``db_path`` as ``username`` with the key remembered on this computer.

    Device problems come back as a :class:`DeviceUnlock` without a session (and
    nothing on disk changed, except that a key no longer permitted by the
    administrator is removed).  File problems raise like :func:`unlock_database`.
    """
    db_path = Path(db_path)
    opening.preflight(db_path)
    keyfile = read_keyslot_file(keyslot_path(db_path))
    status = _status(keyfile, username)
    if not status.ready:
        return DeviceUnlock(None, status.code, username)
    user_id = _user_id_for(keyfile, username) or ""
    try:
        text = keyring.get_password(SERVICE, _secret_account(keyfile.db_id, user_id,
                                                             status.slot_id or ""))
    except KeyringError:
        return DeviceUnlock(None, KEYRING_UNAVAILABLE, username)
    if text is None:
        return DeviceUnlock(None, SECRET_MISSING, username)
    secret = _decode(text)
    if secret is None:
        return DeviceUnlock(None, REJECTED, username)
    try:
        unlocked = vault.unlock_with_secret(keyfile, KIND, secret, username=username,
                                            slot_id=status.slot_id)
    except WrongPassphrase:
        return DeviceUnlock(None, REJECTED, username)
    session = open_unlocked(db_path, unlocked, action="unlock.device", full_check=full_check)
    try:
        if session.user.role == "volunteer" or not org_settings.remember_device_allowed(session):
            _forget(session, reason=FORBIDDEN)
            session.close()
            return DeviceUnlock(None, FORBIDDEN, username)
    except BaseException:
        session.close()
        raise
    return DeviceUnlock(session, READY, username)


# ---- remembering and forgetting ------------------------------------------------------------
def _require_allowed(session: Session) -> None:
    if session.user.role == "volunteer":
        raise NotPermitted(
            "ボランティアのアカウントでは「このパソコンに記憶」は使えません。パスフレーズで開いてください。",
            "Volunteer accounts cannot be remembered on a computer; use the passphrase.",
            role=session.user.role)
    if not org_settings.remember_device_allowed(session):
        raise NotPermitted(
            "管理者が「このパソコンに記憶」を許可していません。必要なときは管理者に相談してください。",
            "The administrator does not allow remembering computers; ask an administrator.",
            role=session.user.role)


def _slots_here(session: Session) -> list[Keyslot]:
    """This user's device slots that belong to this computer (store entry, pointer or label)."""
    keyfile = session._keyfile
    slots = _device_slots(keyfile, session.user.id)
    here = _look_here(keyfile.db_id, session.user.id, slots)
    label = device_label()
    return [s for s in slots if s.slot_id in here.secrets or s.slot_id == here.pointer
            or s.device == label]


def has_device_slot(session: Session) -> bool:
    """Whether the signed-in user is remembered on this computer."""
    return bool(session.is_open and _slots_here(session))


def _unavailable(exc: BaseException) -> DeviceKeyError:
    return DeviceKeyError(
        "パソコンの資格情報の保管庫（Windows の資格情報マネージャー、macOS のキーチェーンなど）を"
        "使えないため、このパソコンに記憶できませんでした。何も変更していません。"
        "これまでどおりパスフレーズで開いてください。",
        "The computer's credential store is not available, so this computer could not be "
        f"remembered; nothing was changed ({type(exc).__name__}).")


def remember_this_computer(session: Session, *, kdf: KdfParams | None = None) -> DeviceSlotInfo:
    """Add a device slot for the signed-in user and keep its secret in the credential store.

    The secret is stored (and read back) first; only then is the keyslot file
    written, so a failing store leaves the file untouched.  An earlier slot of
    this user on this computer is replaced in the same write.
    """
    _require_allowed(session)
    keyfile, data_key, user = session._keyfile, session._data_key, session.user
    old = _slots_here(session)
    own = [s for s in keyfile.slots if s.user_id == user.id and s.kind == "passphrase"]
    kdf = kdf or (own[0].kdf if own else keyfile.slots[0].kdf)
    label = device_label()
    secret = os.urandom(vault.DEVICE_SECRET_LEN)
    new_file, slot = vault.add_device_slot(keyfile, data_key, secret=secret, user_id=user.id,
                                           username=user.username, role=user.role,
                                           device=label, kdf=kdf)
    if old:
        new_file = vault.remove_slots(new_file, data_key, [s.slot_id for s in old])
    account = _secret_account(keyfile.db_id, user.id, slot.slot_id)
    encoded = _encode(secret)
    try:
        keyring.set_password(SERVICE, account, encoded)
        if keyring.get_password(SERVICE, account) != encoded:
            raise KeyringError("the credential store did not keep the secret")
    except KeyringError as exc:
        _delete(account)
        raise _unavailable(exc) from exc
    try:
        with session.engine.begin() as conn:
            save_keyfile(session, new_file, conn)
            session.audit(conn, "device.remember", target_kind="user", target_id=user.id,
                          detail={"slot_id": slot.slot_id,
                                  "replaced": [s.slot_id for s in old]})
    except BaseException:
        _delete(account)
        raise
    try:
        keyring.set_password(SERVICE, _pointer_account(keyfile.db_id, user.id), slot.slot_id)
    except KeyringError as exc:  # the secret is stored: only the 取り消し notice is lost
        log.warning("could not store the slot pointer: %s", type(exc).__name__)
    for s in old:
        _delete(_secret_account(keyfile.db_id, user.id, s.slot_id))
    return _info(slot)


def _forget(session: Session, reason: str | None = None) -> int:
    keyfile, user = session._keyfile, session.user
    slots = _slots_here(session)
    if slots:
        new_file = vault.remove_slots(keyfile, session._data_key, [s.slot_id for s in slots])
        with session.engine.begin() as conn:
            save_keyfile(session, new_file, conn)
            detail: dict = {"slot_ids": [s.slot_id for s in slots]}
            if reason:
                detail["reason"] = reason
            session.audit(conn, "device.forget", target_kind="user", target_id=user.id,
                          detail=detail)
    for s in slots:
        _delete(_secret_account(keyfile.db_id, user.id, s.slot_id))
    _delete(_pointer_account(keyfile.db_id, user.id))
    return len(slots)


def forget_this_computer(session: Session) -> int:
    """Remove the signed-in user's device slot(s) of this computer and the stored secret.

    Returns the number of slots removed (0 when this computer was not remembered).
    The keyslot file is written first; the credential entry is deleted after,
    best effort (a left-over secret opens nothing once its slot is gone).
    """
    return _forget(session)


def clear_stale_entries(session: Session) -> None:
    """Drop this computer's credential entries for the user whose slot no longer exists.

    Called after a passphrase unlock, so that 「記憶は取り消されています」 is said
    until the user has opened the database once, and then no more.
    """
    keyfile, user = session._keyfile, session.user
    if keyfile is None:
        return
    try:
        pointer = keyring.get_password(SERVICE, _pointer_account(keyfile.db_id, user.id))
    except KeyringError:
        return
    if pointer is not None and not any(s.slot_id == pointer for s in keyfile.slots):
        _delete(_secret_account(keyfile.db_id, user.id, pointer))
        _delete(_pointer_account(keyfile.db_id, user.id))


# ---- administrator -------------------------------------------------------------------------
_WHAT = ("記憶したパソコンの管理", "managing remembered computers")


def _info(slot: Keyslot) -> DeviceSlotInfo:
    return DeviceSlotInfo(slot.slot_id, slot.user_id, slot.username, slot.role,
                          slot.device or "", slot.created_at)


def list_device_slots(session: Session) -> list[DeviceSlotInfo]:
    """Administrator: every remembered computer, oldest first."""
    require_admin(session, *_WHAT)
    return sorted((_info(s) for s in _device_slots(session._keyfile)),
                  key=lambda d: (d.created_at, d.username or ""))


def device_slot_count(session: Session) -> int:
    """Administrator: how many device slots the keyslot file holds (all users)."""
    require_admin(session, *_WHAT)
    return len(_device_slots(session._keyfile))


def revoke_all_devices(session: Session) -> int:
    """Administrator: remove every device slot of every user; returns how many were removed.

    Passphrase and recovery slots stay.  On this computer the stored secrets of
    the removed slots are deleted too (other computers keep orphaned entries that
    open nothing; their unlock screens say the memory was revoked).
    """
    require_admin(session, *_WHAT)
    keyfile = session._keyfile
    slots = _device_slots(keyfile)
    if not slots:
        return 0
    new_file = vault.remove_slots(keyfile, session._data_key, [s.slot_id for s in slots])
    with session.engine.begin() as conn:
        save_keyfile(session, new_file, conn)
        session.audit(conn, "device.revoke_all", detail={"count": len(slots)})
    for s in slots:
        _delete(_secret_account(keyfile.db_id, s.user_id or "", s.slot_id))
    return len(slots)
