"""Fast bulk inserts (demo data, benchmarks): executemany in chunks, few transactions.

:class:`BulkWriter` takes lists of row dicts per table.  Each chunk becomes one
``executemany`` of the statement SQLAlchemy Core compiles for
``insert(table)`` with those columns; the rows go to the driver as tuples,
which skips SQLAlchemy's per-row parameter processing (about 40% of the
insert time here — the values are already plain str / int / bool / None).
Rows are written in the order given, so parents put before their children
satisfy the foreign keys; a transaction is committed every ``commit_rows``
rows so that the write-ahead log can be checkpointed instead of growing to the
size of the database.

Writing happens on the calling thread.  A writer thread does not help: SQLite
releases the GIL only around each row's step, and the row generator holding
the GIL makes the writer wait for it on every row (measured slower).

:func:`open_bulk_engine` is the engine for this work: the PRAGMAs of
:mod:`kodoku_desk.store.engine` with a larger page cache, so that the indexes of a
million visits (random UUID keys) stay in memory while they are written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, bindparam, insert

from kodoku_desk.store.engine import CONNECTION_PRAGMAS, open_engine

__all__ = ["BULK_PRAGMAS", "BulkWriter", "CHUNK_ROWS", "COMMIT_ROWS", "open_bulk_engine"]

#: Rows per executemany call.
CHUNK_ROWS = 20_000
#: Rows per transaction.
COMMIT_ROWS = 250_000

#: Page cache of the bulk connection: the indexes of a million visits (random UUID keys)
#: stay in memory, so a page is decrypted and encrypted once instead of on every visit.
BULK_CACHE_KIB = 512 * 1024

BULK_PRAGMAS = tuple(f"PRAGMA cache_size = -{BULK_CACHE_KIB}" if "cache_size" in p else p
                     for p in CONNECTION_PRAGMAS)


def open_bulk_engine(db_path: Path, data_key: bytes) -> Engine:
    """An engine on the encrypted file for bulk loading (the app's PRAGMAs, a bigger cache)."""
    return open_engine(db_path, data_key, pragmas=BULK_PRAGMAS)


class BulkWriter:
    """Insert row dicts into tables in large transactions.

    Use as a context manager: a clean exit commits, an exception rolls back
    the open transaction (earlier commits stay).  All dicts of one :meth:`put`
    must have the same keys.  ``counts`` holds the rows written per table.
    """

    def __init__(self, engine: Engine, *, commit_rows: int = COMMIT_ROWS) -> None:
        self.engine = engine
        self.counts: Counter[str] = Counter()
        self._commit_rows = commit_rows
        self._uncommitted = 0
        self._conn: Connection | None = None
        self._statements: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}

    def __enter__(self) -> BulkWriter:
        self._conn = self.engine.connect()  # begins a transaction on first use
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if exc_type is None:
                conn.commit()
            else:
                conn.rollback()
        finally:
            conn.close()

    def put(self, table: Table, rows: Sequence[dict]) -> None:
        """Insert ``rows`` into ``table`` in chunks of :data:`CHUNK_ROWS`."""
        if self._conn is None:
            raise RuntimeError("use BulkWriter as a context manager")
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start:start + CHUNK_ROWS]
            sql, order = self._statement(table, tuple(chunk[0]))
            self._conn.exec_driver_sql(sql, [tuple(row[k] for k in order) for row in chunk])
            self.counts[table.name] += len(chunk)
            self._uncommitted += len(chunk)
            if self._uncommitted >= self._commit_rows:
                self.commit()

    def put_all(self, batches: Iterable[tuple[Table, Sequence[dict]]]) -> None:
        """:meth:`put` each non-empty ``(table, rows)`` in order (parents before children)."""
        for table, rows in batches:
            if rows:
                self.put(table, rows)

    def commit(self) -> None:
        """Commit what was written so far and start a new transaction."""
        if self._conn is None:
            raise RuntimeError("use BulkWriter as a context manager")
        self._conn.commit()
        self._uncommitted = 0

    def _statement(self, table: Table, keys: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        """The driver-level INSERT for these columns and the order of its parameters."""
        cached = self._statements.get((table.name, keys))
        if cached is None:
            stmt = insert(table).values({key: bindparam(key) for key in keys})
            compiled = stmt.compile(dialect=self.engine.dialect)
            cached = (str(compiled), tuple(compiled.positiontup or ()))
            self._statements[(table.name, keys)] = cached
        return cached
