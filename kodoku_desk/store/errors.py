"""Errors from opening or checking the database file."""

from kodoku_desk.vault.errors import VaultError


class StoreError(VaultError):
    code = "store_error"


class DatabaseMissing(StoreError):
    code = "db_missing"


class DatabaseExists(StoreError):
    code = "db_exists"


class NotEncrypted(StoreError):
    """The file is a plain SQLite database (or some other unencrypted file)."""

    code = "db_not_encrypted"


class DatabaseTruncated(StoreError):
    code = "db_truncated"


class DatabaseCorrupt(StoreError):
    code = "db_corrupt"


class NewerSchema(StoreError):
    code = "db_newer_schema"


class WrongDatabase(StoreError):
    """The keyslot file belongs to another database."""

    code = "db_wrong_keyslots"


class DatabaseLocked(StoreError):
    code = "db_locked"
