"""Errors raised while opening or changing an encrypted database.

Each error has a stable ``code`` that the UI maps to a translated Japanese
message; ``str(error)`` is the English text used in logs and on the CLI.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class: something prevents unlocking or changing the key material."""

    code = "vault_error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.details = details


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class UnknownUser(VaultError):
    code = "unknown_user"


class KeyslotFileMissing(VaultError):
    code = "keyslot_missing"


class KeyslotFileDamaged(VaultError):
    code = "keyslot_damaged"


class KeyslotTampered(VaultError):
    """The keyslot file decrypted but its MAC or generation does not match."""

    code = "keyslot_tampered"


class WeakPassphrase(VaultError):
    code = "weak_passphrase"


class SlotNotFound(VaultError):
    code = "slot_not_found"


class LastSlotError(VaultError):
    """Removing the slot would leave no way to open the database."""

    code = "last_slot"
