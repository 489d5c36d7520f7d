"""One running app per database file (DESIGN.md §4), and what a crash leaves behind.

The lock file ``<db>.lock`` sits next to the database.  While the app has the
database open it holds an OS advisory lock on that file (``fcntl.flock`` on
POSIX, ``msvcrt.locking`` of one byte far past the text on Windows) and the file
says ``"state": "open"`` with the process id, the computer's name and the start
time.  On a clean exit the app writes ``"state": "closed"`` and lets go.

- A second app on the same database cannot take the OS lock: it gets
  :class:`InstanceRunning` (「このデータベースはすでに別のつながりデスクで開かれています」)
  and writes nothing.
- The OS drops the lock of a process that dies (crash, power cut, ``kill -9``),
  but the file still says "open": the next start takes the lock over and reports
  :attr:`InstanceLock.stale` (「前回、つながりデスクが正しく終了しませんでした…」).
  Every save was one transaction with ``synchronous=FULL``, so the data is what was
  last saved.

The same process taking the lock twice is refused too (each take opens the file
anew), so the app keeps one :class:`InstanceLock` for the whole session, through
screen locks.  Advisory locks on network shares depend on the file server: SMB
shares honour them between Windows computers; some NAS setups do not.

Also here: :func:`migration_copy_note` — at start, when the database fails its
byte-level checks and a ``*.pre-migration-*`` copy newer than the last successful
open exists, the app says where that copy is (message only).
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kodoku_desk.services.errors import ServiceError
from kodoku_desk.vault.errors import VaultError

LOCK_SUFFIX = ".lock"
FORMAT = "kodoku-desk-lock"
#: Windows: the byte locked with msvcrt.locking, far past the JSON so readers never hit it.
WIN_LOCK_OFFSET = 1 << 20

STALE_JA = "前回、つながりデスクが正しく終了しませんでした。データは最後に保存した時点のものです。"
STALE_EN = ("Kodoku Desk did not close properly last time. The data is as it was when it "
            "was last saved.")


class InstanceRunning(ServiceError):
    """Another running app has this database open; nothing was touched."""

    code = "db_in_use"


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + LOCK_SUFFIX)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class LockOwner:
    """What a lock file says (all texts; times UTC ISO)."""

    state: str = ""
    pid: int | None = None
    host: str = ""
    started_at: str = ""
    last_opened_at: str | None = None

    @classmethod
    def parse(cls, raw: bytes) -> LockOwner | None:
        try:
            data = json.loads(raw.decode("utf-8").strip("\x00 \n") or "null")
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        pid = data.get("pid")
        return cls(state=str(data.get("state", "")), pid=pid if isinstance(pid, int) else None,
                   host=str(data.get("host", "")), started_at=str(data.get("started_at", "")),
                   last_opened_at=data.get("last_opened_at") or None)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
        if sum(map(len, chunks)) > WIN_LOCK_OFFSET // 2:
            break
    return b"".join(chunks)


def _refusal(path: Path, owner: LockOwner | None) -> InstanceRunning:
    where_ja = where_en = ""
    if owner is not None and owner.host:
        where_ja = f"（{owner.host} で {owner.started_at[:16].replace('T', ' ')} UTC から）"
        where_en = f" (on {owner.host} since {owner.started_at[:16].replace('T', ' ')} UTC)"
    return InstanceRunning(
        f"このデータベースはすでに別のつながりデスクで開かれています{where_ja}。"
        "そちらの画面を使うか、閉じてからもう一度開いてください。ファイルは変更していません。",
        f"This database is already open in another Kodoku Desk{where_en}. Use that window, "
        "or close it and open the database again. No file was changed.",
        path=str(path), host=owner.host if owner else "", pid=owner.pid if owner else None)


class InstanceLock:
    """The held lock on one database; :meth:`release` on exit (keep it through screen locks)."""

    def __init__(self, db_path: Path, fd: int, previous: LockOwner | None) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = fd
        self.previous = previous
        self.started_at = _now()
        self.last_opened_at = previous.last_opened_at if previous else None

    @property
    def stale(self) -> bool:
        """The last app to open this database did not close it (it crashed or was killed)."""
        return self.previous is not None and self.previous.state == "open"

    @property
    def held(self) -> bool:
        return self._fd is not None

    def stale_message(self, lang: str = "ja") -> str:
        return (STALE_JA if lang == "ja" else STALE_EN) if self.stale else ""

    def _write(self, state: str, **extra: object) -> None:
        if self._fd is None:
            return
        data = {"format": FORMAT, "state": state, "pid": os.getpid(), "host": platform.node(),
                "started_at": self.started_at, "last_opened_at": self.last_opened_at, **extra}
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, raw)
        os.fsync(self._fd)

    def mark_opened(self) -> None:
        """Record a successful unlock (the time a migration copy is compared with)."""
        self.last_opened_at = _now()
        self._write("open")

    def release(self) -> None:
        """Say "closed" and let go (idempotent)."""
        if self._fd is None:
            return
        fd = self._fd
        try:
            self._write("closed", closed_at=_now())
        except OSError:
            pass
        finally:
            self._fd = None
            try:
                _unlock(fd)
            except OSError:
                pass
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def acquire(db_path: Path | str) -> InstanceLock:
    """Take the database's lock; :class:`InstanceRunning` when another app holds it.

    The returned lock's :attr:`~InstanceLock.stale` says a previous app crashed.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise ServiceError(
            f"ロックファイル（{path}）を作れません。データベースのフォルダーに書き込めるか確かめてください。",
            f"The lock file ({path}) cannot be created; check that the database folder is "
            f"writable ({exc}).", path=str(path)) from exc
    if not _try_lock(fd):
        try:
            owner = LockOwner.parse(_read(fd))
        finally:
            os.close(fd)
        raise _refusal(path, owner)
    try:
        previous = LockOwner.parse(_read(fd))
        lock = InstanceLock(db_path, fd, previous)
        lock._write("open")
    except BaseException:
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        raise
    return lock


class LockHolder:
    """The one lock an app holds; switching to another database lets go of the old one first.

    Used by the controller and the unlock screen (「別のファイルを選ぶ…」): holding
    ``b.kdesk`` after ``a.kdesk`` releases ``a.kdesk`` (another app may now open it)
    and takes ``b.kdesk`` — or raises :class:`InstanceRunning` when another app has
    it, holding nothing then.
    """

    def __init__(self) -> None:
        self.lock: InstanceLock | None = None

    def holds(self, db_path: Path | str) -> bool:
        return (self.lock is not None and self.lock.held
                and self.lock.db_path == Path(db_path))

    def hold(self, db_path: Path | str) -> InstanceLock:
        """The held lock on ``db_path`` (kept if already held, else taken)."""
        if self.holds(db_path):
            return self.lock
        self.release()
        self.lock = acquire(db_path)
        return self.lock

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def read_owner(db_path: Path | str) -> LockOwner | None:
    """What the lock file says (without taking the lock)."""
    try:
        return LockOwner.parse(lock_path(Path(db_path)).read_bytes()[:WIN_LOCK_OFFSET // 2])
    except OSError:
        return None


def _copy_time(path: Path) -> float:
    """When a pre-migration copy was made: the local stamp ending its name (copy2 keeps
    the database's own modification time, so the file's time says nothing)."""
    try:
        return datetime.strptime(path.name[-15:], "%Y%m%d-%H%M%S").timestamp()
    except ValueError:
        return 0.0


def pre_migration_copies(db_path: Path | str) -> list[Path]:
    """Copies made before a migration (``<db>.pre-migration-<rev>-<stamp>``), newest first."""
    db_path = Path(db_path)
    prefix = f"{db_path.name}.pre-migration-"
    try:
        found = [p for p in db_path.parent.iterdir()
                 if p.name.startswith(prefix) and p.is_file()
                 and not p.name.endswith((".keys", "-wal", "-shm"))]
    except OSError:
        return []
    return sorted(found, key=_copy_time, reverse=True)


def migration_copy_note(db_path: Path | str, last_opened_at: str | None = None) -> Path | None:
    """The newest pre-migration copy worth mentioning, or None.

    Mentioned when the database fails its byte-level checks (cut short, not an
    encrypted file) and the copy is newer than the last successful open (from the
    lock file when ``last_opened_at`` is not given; any copy when never recorded).
    """
    db_path = Path(db_path)
    copies = pre_migration_copies(db_path)
    if not copies:
        return None
    from kodoku_desk.store import opening    # (imports Alembic: only when there are copies)

    try:
        opening.preflight(db_path)
        return None                 # the file looks whole: nothing to say before unlocking
    except VaultError:
        pass
    if last_opened_at is None:
        owner = read_owner(db_path)
        last_opened_at = owner.last_opened_at if owner else None
    if last_opened_at:
        try:
            since = datetime.fromisoformat(last_opened_at).timestamp()
        except ValueError:
            since = 0.0
        copies = [p for p in copies if _copy_time(p) >= since]
    return copies[0] if copies else None
