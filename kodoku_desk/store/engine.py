"""SQLCipher 4 engine: raw 256-bit key, PRAGMAs of DESIGN.md §3, one connection per thread.

The key is passed as SQLCipher's raw-key literal ``x'<64 hex>'`` so no KDF runs
on connect; the database keeps SQLCipher 4 defaults otherwise (4096-byte pages,
HMAC-SHA512), which DB Browser for SQLite (SQLCipher 4) opens with the same raw key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from kodoku_desk.store.sqlite_config import memory_statistics_off

PAGE_SIZE = 4096
CACHE_KIB = 128 * 1024
#: Page cache of a connection while it reads report tables (:func:`small_cache`).
REPORT_CACHE_KIB = 16 * 1024
BUSY_TIMEOUT_MS = 5000

# cipher_memory_security stays at SQLCipher's default (OFF), against DESIGN.md §3:
# with it ON every SQLite allocation is mlock()ed, wiped and munlock()ed, which made
# ホーム 6× slower on the benchmark dataset (1.9 s vs 0.3 s) and bulk inserts 5–10×
# slower, and once ON it cannot be turned off for the process. What it protects —
# freed SQLite buffers — is a small part of the personal data in memory: the same
# names sit in Python strings and Qt widgets, which it cannot wipe. SQLCipher made it
# OFF by default in 4.5.0 for the same reason.
CONNECTION_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


@contextmanager
def small_cache(conn: Connection, kib: int = REPORT_CACHE_KIB) -> Iterator[None]:
    """Run with the connection's page cache cut to ``kib`` (pages beyond it are freed),
    then give it back the size it had.  For the report tables of a long period: a
    年度 reads a few hundred MB of index pages once, which would fill two 128 MiB caches
    with pages no screen reads again (peak RSS 744 MB on the DESIGN.md §8 dataset), and
    its tables take as long with 16 MiB (the time is in the aggregates)."""
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


def raw_key_literal(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{data_key.hex()}'"


def open_engine(db_path: Path, data_key: bytes, *, echo: bool = False,
                pragmas: tuple[str, ...] = CONNECTION_PRAGMAS) -> Engine:
    """An engine on an encrypted file; the pysqlcipher dialect issues ``PRAGMA key`` first."""
    _configure_driver()
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(data_key),
                     database=str(db_path))
    engine = create_engine(url, echo=echo)

    def on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that DDL
        # (migrations) is transactional too (SQLAlchemy's pysqlite "transactional DDL" recipe).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _begin)
    return engine


def _configure_driver() -> None:
    """Process-wide SQLite settings, before the first connection (:mod:`.sqlite_config`)."""
    import sqlcipher3._sqlite3 as driver

    memory_statistics_off(driver)


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def open_raw(db_path: Path, data_key: bytes, *, immutable: bool = False):
    """A bare sqlcipher3 connection (validation, backup); immutable opens write nothing."""
    import sqlcipher3

    _configure_driver()
    if immutable:
        conn = sqlcipher3.connect(f"file:{db_path.as_posix()}?immutable=1", uri=True,
                                  check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(db_path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{raw_key_literal(data_key)}"')
    return conn
