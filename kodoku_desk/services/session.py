"""An unlocked database: engine, signed-in user, key material handle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine

from kodoku_desk.store import audit
from kodoku_desk.store.paired_read import PairedReader
from kodoku_desk.vault.keyslots import KeyslotFile


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    display_name: str
    role: str  # admin | staff | volunteer

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass
class Session:
    db_path: Path
    keys_path: Path
    engine: Engine
    user: CurrentUser
    db_id: str
    _data_key: bytes = field(repr=False, default=b"")
    _keyfile: KeyslotFile | None = field(repr=False, default=None)
    _reader: PairedReader | None = field(repr=False, default=None, compare=False)

    def audit(self, conn: Connection, action: str, *, target_kind: str | None = None,
              target_id: str | None = None, detail: dict | None = None) -> None:
        audit.append(conn, action=action, user_id=self.user.id, username=self.user.username,
                     target_kind=target_kind, target_id=target_id, detail=detail)

    def close(self) -> None:
        """Dispose of the engine (last connection closes, WAL is checkpointed) and drop the key."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.engine.dispose()
        self._data_key = b""
        self._keyfile = None

    @property
    def reader(self) -> PairedReader:
        """Reads on two connections at once on one snapshot (the report tables)."""
        if self._reader is None:
            self._reader = PairedReader(self.engine)
        return self._reader

    @property
    def is_open(self) -> bool:
        return bool(self._data_key)
