"""The restore journal (:mod:`.restore`): the file that lets the next start finish a swap
the app was killed in the middle of.  Light on imports: :func:`resume_interrupted_restore`
runs before the first window."""

from __future__ import annotations

import json
import os
from pathlib import Path

from kodoku_desk.store import backup_files as files

__all__ = ["JOURNAL_SUFFIX", "journal_path", "read_journal", "resume_interrupted_restore",
           "run_moves", "temp_prefixes", "write_journal"]

JOURNAL_SUFFIX = ".restore.json"


def journal_path(db_path: Path) -> Path:
    return Path(str(db_path) + JOURNAL_SUFFIX)

def write_journal(db_path: Path, data: dict) -> None:
    path = journal_path(db_path)
    tmp = files.temp_path(path.parent, path.name)
    files.write_synced(tmp, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    os.replace(tmp, path)
    files.fsync_dir(path.parent)

def read_journal(db_path: Path) -> dict | None:
    try:
        data = json.loads(journal_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None

def run_moves(moves: list[list[str]]) -> None:
    """Each [source, target]: renamed when the source exists and the target does not yet.

    Running the list again after an interruption finishes it without undoing a step:
    a file moved aside is never moved again (its target exists).
    """
    for source, target in moves:
        src, dst = Path(source), Path(target)
        if src.exists() and not dst.exists():
            os.replace(src, dst)

def temp_prefixes(db_path: Path) -> tuple[str, str]:
    return f".{db_path.name}.restore.", f".{db_path.name}.keys.restore."

def resume_interrupted_restore(db_path: Path | str) -> bool:
    """At start: finish a swap the app was killed in the middle of; True when it did.

    Copies left by a restore killed while it was still copying (before any swap)
    are removed.
    """
    db_path = Path(db_path)
    journal = read_journal(db_path)
    if journal is None or journal.get("state") != "swapping":
        try:
            leftovers = [p for p in db_path.parent.iterdir()
                         if p.name.startswith(temp_prefixes(db_path))
                         and p.name.endswith(files.TMP_MARK)]
        except OSError:
            leftovers = []
        files.remove_quietly(*leftovers)
        return False
    run_moves([list(m) for m in journal.get("moves", []) if isinstance(m, list) and len(m) == 2])
    files.fsync_dir(db_path.parent)
    write_journal(db_path, {**journal, "state": "done"})
    return True
