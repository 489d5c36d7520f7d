"""SQLite's memory statistics are off in the app's driver, and never switched while a
connection is open (shutting SQLite down then would break that connection)."""

from __future__ import annotations

import ctypes
import sqlite3
import subprocess
import sys
from pathlib import Path

import _sqlite3
import sqlcipher3._sqlite3 as driver

from kodoku_desk.store import sqlite_config


def _memory_used(module) -> int:
    fn = ctypes.CDLL(module.__file__).sqlite3_memory_used
    fn.restype = ctypes.c_int64
    return fn()


def test_the_app_driver_keeps_no_memory_statistics(new_db):
    session = new_db[0]
    with session.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM persons").scalar_one()
        # with statistics on, an open connection alone holds 60 KB or more
        assert _memory_used(driver) == 0
    assert sqlite_config.memory_statistics_off(driver) is True


def test_not_switched_while_a_connection_is_open(monkeypatch):
    monkeypatch.setattr(sqlite_config, "_done", {})
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (a)")
        conn.execute("INSERT INTO t VALUES ('kept')")
        assert sqlite_config.open_connections(_sqlite3) >= 1
        assert sqlite_config.memory_statistics_off(_sqlite3) is False
        assert conn.execute("SELECT a FROM t").fetchall() == [("kept",)]
    finally:
        conn.close()


_FRESH_PROCESS = """
import ctypes, sqlite3, _sqlite3
from kodoku_desk.store import sqlite_config
used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
used.restype = ctypes.c_int64
conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (a)")
print(used() > 0, sqlite_config.memory_statistics_off(_sqlite3))
conn.close()
print(sqlite_config.open_connections(_sqlite3), sqlite_config.memory_statistics_off(_sqlite3))
sqlite_config._done.clear()
print(sqlite_config.memory_statistics_off(_sqlite3))
conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (a)")
conn.execute("INSERT INTO t VALUES (1)")
print(used(), conn.execute("SELECT a FROM t").fetchall())
"""


_FRESH_SQLCIPHER = """
import sqlcipher3, sqlcipher3._sqlite3 as driver
from kodoku_desk.store import sqlite_config
conn = sqlcipher3.connect(":memory:")
conn.execute("CREATE TABLE t (a)")
print(sqlite_config.open_connections(driver), sqlite_config.memory_statistics_off(driver))
conn.execute("INSERT INTO t VALUES (1)")
print(conn.execute("SELECT a FROM t").fetchall())
conn.close()
sqlite_config._done.clear()
print(sqlite_config.memory_statistics_off(driver))
"""


def test_sqlcipher_is_not_switched_while_a_connection_is_open():
    # sqlcipher3's connections are invisible to the garbage collector: the memory
    # SQLite holds gives them away
    out = subprocess.run([sys.executable, "-c", _FRESH_SQLCIPHER], check=True, text=True,
                         capture_output=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split("\n")[:3] == ["0 False", "[(1,)]", "True"]


def test_switched_in_a_fresh_process_once_no_connection_is_open():
    # a process of its own: this one holds connections of other tests' engines
    out = subprocess.run([sys.executable, "-c", _FRESH_PROCESS], check=True, text=True,
                         capture_output=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split("\n")[:4] == [
        "True False",       # statistics on; a connection open: refused
        "0 False",          # closed, but the refusal is remembered for that library
        "True",             # asked again from scratch: switched off
        "0 [(1,)]"]         # SQLite works after its restart and counts nothing


def test_a_library_without_sqlite_is_left_alone(monkeypatch):
    monkeypatch.setattr(sqlite_config, "_done", {})
    import _ctypes

    assert sqlite_config.memory_statistics_off(_ctypes) is False
    assert sqlite_config.memory_statistics_off(ctypes) is False   # a package: no library
    assert sqlite_config.open_connections(_ctypes) is None
