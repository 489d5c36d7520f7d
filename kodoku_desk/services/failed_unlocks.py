"""Failed unlock attempts, kept until the next successful unlock writes them to the audit log.

A wrong passphrase cannot be recorded in the database (without the key nothing
can be written there, and the database files must stay untouched on a failed
attempt), so each failure is appended to a small file in the app's data folder:
time, database file, user name and reason — no passphrase, nothing personal
beyond the user name.  The next successful unlock of that database moves them
into the hash-chained audit log as ``unlock.failed`` entries.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from kodoku_desk.paths import data_dir

__all__ = ["pending", "record", "take"]

FILE_NAME = "failed-unlocks.jsonl"
MAX_KEPT = 500


def _path() -> Path:
    return data_dir() / FILE_NAME


def _key(db_path: Path) -> str:
    return str(Path(db_path).resolve())


def record(db_path: Path, username: str, code: str, *, now: datetime | None = None) -> None:
    """Remember one failed attempt (best effort: an unwritable data folder is ignored)."""
    entry = {"at": (now or datetime.now()).isoformat(timespec="seconds"),
             "db": _key(db_path), "username": username[:64], "code": code}
    try:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    except OSError:
        pass


def _read() -> list[dict]:
    try:
        lines = _path().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    out = []
    for line in lines[-MAX_KEPT:]:
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and {"at", "db", "username", "code"} <= set(item):
            out.append(item)
    return out


def pending(db_path: Path) -> list[dict]:
    key = _key(db_path)
    return [item for item in _read() if item["db"] == key]


def take(db_path: Path) -> list[dict]:
    """The attempts on ``db_path`` (oldest first), removed from the file."""
    items = _read()
    key = _key(db_path)
    mine = [item for item in items if item["db"] == key]
    if mine:
        rest = [item for item in items if item["db"] != key]
        path = _path()
        tmp = path.with_suffix(".tmp")
        try:
            tmp.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in rest),
                           encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            return []
    return mine
