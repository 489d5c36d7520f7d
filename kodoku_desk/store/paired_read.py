"""Two read transactions on one snapshot of the database, on two threads.

The report tables of a long period are several independent query passes (見守り,
居場所, people …); on a machine with two cores, running half of them on a second
connection almost halves the wait.  The tables must still describe *one* state of
the database (DESIGN.md §5: the disclosure audit reasons over everything published),
so both connections must read the same WAL snapshot:

1. the caller's connection takes the write lock (``BEGIN IMMEDIATE``): from then on no
   connection can commit, and it notes ``PRAGMA data_version``;
2. the helper thread's connection begins and reads: its snapshot is the latest one;
3. the caller ends its transaction (releasing the lock at once: writers wait only for
   step 2), begins again, reads, and compares ``data_version``: unchanged means no other
   connection committed in between, so its new snapshot is the helper's.  Otherwise
   (a write slipped in) the helper's work is not used and both parts run on the
   caller's connection, one after the other, in its one transaction.

The helper is one long-lived thread per engine (its connection, and that connection's
page cache, stay warm between reports); :meth:`PairedReader.close` ends it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TypeVar

from sqlalchemy import Connection, Engine

from kodoku_desk.store.engine import BUSY_TIMEOUT_MS

__all__ = ["PairedReader"]

A = TypeVar("A")
B = TypeVar("B")

#: Seconds the caller waits for the helper's connection to begin (it normally takes
#: milliseconds; past this the caller gives up on the helper and reads alone).
HANDSHAKE_TIMEOUT = 10.0
#: Milliseconds the caller waits for the write lock when another connection is writing
#: (an import, a restore): reading never waits in WAL mode, so rather than make ホーム
#: wait behind a long write, the caller gives up the second lane and reads alone.
LOCK_WAIT_MS = 100


def _data_version(conn: Connection) -> int:
    return conn.exec_driver_sql("PRAGMA data_version").scalar_one()


def _start_reading(conn: Connection) -> None:
    """Begin (SQLAlchemy's autobegin, our ``BEGIN``) and read, which fixes the snapshot."""
    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()


class PairedReader:
    """Runs two read-only functions on one snapshot, the second on a helper thread."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._busy = threading.Lock()   # held by the run that uses the helper
        #: how the last :meth:`run` went: "paired", or "serial" (the helper was busy or
        #: failed to begin, or a commit slipped in during the handshake)
        self.last_mode = ""

    def _helper(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="kodoku-reader")
            return self._executor

    def close(self) -> None:
        """End the helper thread (its connection goes back to the engine's pool)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    def run(self, first: Callable[[Connection], A],
            second: Callable[[Connection], B]) -> tuple[A, B]:
        """``first`` on a connection of the calling thread and ``second`` on the helper's,
        both in read transactions on the same snapshot (see the module docstring).  When
        the helper is busy (another report is being read) or the write lock cannot be
        had, both run here, one after the other, in one transaction."""
        if not self._busy.acquire(blocking=False):
            return self._serial(first, second)
        began, paired = [False], [False]
        ready, verdict = threading.Event(), threading.Event()

        def helper_side() -> B | None:
            with self._engine.connect() as conn:
                try:
                    _start_reading(conn)           # the caller holds the write lock now
                    began[0] = True
                finally:
                    ready.set()
                verdict.wait()
                return second(conn) if paired[0] else None

        future: Future | None = None
        try:
            with self._engine.connect() as conn:
                future, before = self._handshake(conn, helper_side, ready)
                _start_reading(conn)               # SQLAlchemy's transaction from here
                paired[0] = (future is not None and began[0]
                             and _data_version(conn) == before)
                verdict.set()
                self.last_mode = "paired" if paired[0] else "serial"
                a = first(conn)
                b = future.result() if paired[0] else second(conn)
                conn.rollback()
                return a, b
        finally:
            verdict.set()                          # never leave the helper waiting
            if future is not None:
                wait([future])                     # its connection is back before the next run
            self._busy.release()

    def _handshake(self, conn: Connection, helper_side: Callable[[], object],
                   ready: threading.Event) -> tuple[Future | None, int | None]:
        """Steps 1–2 of the module docstring, on the driver's connection (before
        SQLAlchemy begins its transaction): the write lock, ``data_version``, the helper
        started and begun.  ``(None, None)`` when the lock is not had within
        :data:`LOCK_WAIT_MS`; the lock is released on return either way."""
        raw = conn.connection.dbapi_connection
        raw.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
        try:
            raw.execute("BEGIN IMMEDIATE")
        except self._engine.dialect.loaded_dbapi.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            return None, None
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            before = raw.execute("PRAGMA data_version").fetchone()[0]
            future = self._helper().submit(helper_side)
            ready.wait(HANDSHAKE_TIMEOUT)
            return future, before
        finally:
            raw.execute("ROLLBACK")                # releases the write lock at once

    def _serial(self, first: Callable[[Connection], A],
                second: Callable[[Connection], B]) -> tuple[A, B]:
        self.last_mode = "serial"
        with self._engine.connect() as conn:
            a = first(conn)
            b = second(conn)
            conn.rollback()
            return a, b
