"""One process-wide SQLite setting: no memory statistics (``SQLITE_CONFIG_MEMSTATUS`` off).

With memory statistics on (SQLite's default), every allocation SQLite makes takes one
process-wide mutex to keep its counters.  The report tables of a long period run on
two connections on two threads (:class:`~kodoku_desk.store.paired_read.PairedReader`),
both allocating all the time (sorters, materialized CTEs, pages), so each waited on
the other: on the DESIGN.md §8 dataset the two lanes of a 年度 took 2.2–3.8 s each side
by side against 1.2–1.7 s with the statistics off (plain SQLite, same machine).  No
part of the app reads the statistics (``sqlite3_memory_used``, the soft heap limit).

SQLite accepts the setting only while it is not initialized, and the driver
initializes it when it is imported; so :func:`memory_statistics_off` shuts SQLite down,
sets it and starts it again — which is safe only while no connection is open.  It is
called before the first connection is opened (:mod:`.engine`), and first looks for an
open connection in two ways: the memory SQLite holds (an open connection holds its
lookaside buffers, 60 KB or more; SQLite alone holds less than :data:`IDLE_MEMORY_LIMIT`)
and, for a driver whose connections the garbage collector tracks (the standard
``sqlite3``; not ``sqlcipher3``), the open connection objects.  If either finds one, or
the library does not export the functions, it leaves SQLite as it is: the setting is
for speed only.
"""

from __future__ import annotations

import ctypes
import gc
import threading
from types import ModuleType

__all__ = ["memory_statistics_off"]

SQLITE_OK = 0
SQLITE_CONFIG_MEMSTATUS = 9
#: SQLite's own allocations with no connection open are below this (SQLCipher 4.19:
#: 49.5 KB once its crypto provider is loaded; Python's SQLite 3.40: none); one open
#: connection adds 60 KB or more.
IDLE_MEMORY_LIMIT = 96 * 1024

#: Py_TPFLAGS_HAVE_GC: the type's objects are tracked by the garbage collector.
_TPFLAGS_HAVE_GC = 1 << 14

_lock = threading.Lock()
_done: dict[str, bool] = {}


def memory_statistics_off(driver: ModuleType) -> bool:
    """Turn SQLite's memory statistics off in the library behind ``driver`` (the
    extension module of ``sqlcipher3`` or of the standard ``sqlite3``), once per library.
    True if they are off now; False if it was not safe or possible (nothing changed)."""
    path = getattr(driver, "__file__", None)
    if not path:
        return False
    with _lock:
        if path not in _done:
            _done[path] = _switch_off(driver, path)
        return _done[path]


def open_connections(driver: ModuleType) -> int | None:
    """How many connections of ``driver`` the garbage collector sees open in this process
    (None: not a driver; 0 also when its connections are not tracked, as sqlcipher3's)."""
    cls, closed = getattr(driver, "Connection", None), getattr(driver, "ProgrammingError", None)
    if not isinstance(cls, type) or closed is None:
        return None
    if not cls.__flags__ & _TPFLAGS_HAVE_GC:    # untracked: the walk below would see none
        return 0
    count = 0
    for obj in gc.get_objects():
        if isinstance(obj, cls):
            try:
                _ = obj.total_changes   # raises on a closed connection
            except closed:
                continue
            count += 1
    return count


def _switch_off(driver: ModuleType, path: str) -> bool:
    if open_connections(driver) != 0:   # shutting SQLite down would break them
        return False
    try:
        lib = ctypes.CDLL(path)
        shutdown, config = lib.sqlite3_shutdown, lib.sqlite3_config
        initialize, used = lib.sqlite3_initialize, lib.sqlite3_memory_used
        built_off = lib.sqlite3_compileoption_used(b"DEFAULT_MEMSTATUS=0")
    except (OSError, AttributeError):
        return False
    if built_off:                       # nothing to switch (and nothing counted to check)
        return True
    used.restype = ctypes.c_int64
    if used() >= IDLE_MEMORY_LIMIT:     # a connection is open
        return False
    if shutdown() != SQLITE_OK:
        initialize()
        return False
    ok = config(ctypes.c_int(SQLITE_CONFIG_MEMSTATUS), ctypes.c_int(0)) == SQLITE_OK
    if initialize() != SQLITE_OK:
        raise RuntimeError("SQLite did not start again after its memory statistics were set")
    return ok
