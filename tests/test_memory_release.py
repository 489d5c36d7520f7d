"""Heavy work's freed memory goes back to the system (glibc), in a process of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kodoku_desk.memory_release import release_free_memory

_PROBE = """
import ctypes
from kodoku_desk.memory_release import release_free_memory

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
blocks = [libc.malloc(2000) for _ in range(100_000)]      # about 200 MB in small blocks
for b in blocks:
    ctypes.memset(b, 1, 2000)
pin = libc.malloc(2000)        # the top of the heap stays in use: glibc keeps the rest
for b in blocks:
    libc.free(b)
before = rss_mb()
print(before, release_free_memory(), rss_mb())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_small_blocks_are_returned():
    out = subprocess.run([sys.executable, "-c", _PROBE], check=True, text=True,
                         capture_output=True, cwd=Path(__file__).resolve().parents[1])
    before, released, after = out.stdout.split()
    assert released == "True"
    assert int(before) - int(after) > 150, out.stdout


def test_it_can_be_called_any_time():
    assert release_free_memory() is (sys.platform.startswith("linux"))
