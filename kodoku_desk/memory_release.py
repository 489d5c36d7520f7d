"""Give the memory freed by heavy work back to the system (glibc's ``malloc_trim``).

SQLite's page caches, sorters and the report builders allocate in small blocks; once
freed, glibc keeps them in the arenas of the threads that used them, so the app's
resident size stayed at its highest point: on the DESIGN.md §8 dataset, 312 MB after
a 年度's tables although the page caches then held 37 MB.  ``malloc_trim(0)`` returns
the free pages of every arena (233 MB at the same step).  Elsewhere than glibc (Windows,
macOS, musl) there is no such call and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
import threading

__all__ = ["release_free_memory"]

_libc: ctypes.CDLL | None | bool = None
_lock = threading.Lock()


def _trim_function():
    global _libc
    with _lock:
        if _libc is None:
            _libc = False
            if sys.platform.startswith("linux"):
                try:
                    libc = ctypes.CDLL("libc.so.6")
                    libc.malloc_trim.argtypes = [ctypes.c_size_t]
                    _libc = libc
                except (OSError, AttributeError):
                    pass
        return _libc.malloc_trim if _libc else None


def release_free_memory() -> bool:
    """Return freed heap memory to the system; False where the C library cannot."""
    trim = _trim_function()
    if trim is None:
        return False
    trim(0)
    return True
